import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { BASIC_EXPECTED, basicSnapshot, writeFixture } from './fixtures'
import { readCsv } from '../support/csv'
import { sampleText } from '../support/fixtures'
import { download, importFiles, launchBrowser, newPage, readKpis, tid, waitForDashboard } from './browser'

const base = inject('baseUrl')
const sample = JSON.parse(sampleText())
const STATUS_COLUMNS = [
  'not_started',
  'in_progress',
  'ongoing',
  'completed',
  'suspended',
  'cancelled',
  'no_information',
  'overdue',
  'total',
]

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

async function freshPage(): Promise<Page> {
  const { page } = await newPage(browser)
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(base + '/')
  await waitForDashboard(page)
  expect(errors).toEqual([])
  return page
}

/** A chart's CSV as { key: { column: number } }, with the header checked. */
async function chartTable(page: Page, chart: string) {
  const { name, text } = await download(page, tid(chart), 'chart-csv')
  expect(text.charCodeAt(0)).toBe(0xfeff)
  const [head, ...rows] = readCsv(text)
  expect(head).toEqual(['key', 'label', ...STATUS_COLUMNS])
  const table: Record<string, Record<string, number>> = {}
  for (const r of rows) table[r[0]] = Object.fromEntries(STATUS_COLUMNS.map((c, i) => [c, Number(r[i + 2])]))
  return { name, table, keys: rows.map((r) => r[0]), labels: rows.map((r) => r[1]) }
}

describe('first start', () => {
  it('shows the built-in sample data, badged, with every chart drawn', async () => {
    const page = await freshPage()
    await expect(page.locator(tid('sample-badge')).isVisible()).resolves.toBe(true)
    const kpis = await readKpis(page)
    expect(kpis.commitments).toBe(String(sample.commitments.length))
    expect(kpis.agreements).toBe(String(sample.agreements.length))
    expect(await page.locator(tid('snapshot-asof')).getAttribute('data-value')).toBe(sample.snapshot.asOf)
    await page.close()
  })

  it('on a phone (390 px) nothing is wider than the screen, and the table keeps readable columns', async () => {
    const { context, page } = await newPage(browser, { viewport: { width: 390, height: 844 } })
    await page.goto(base + '/')
    await waitForDashboard(page)
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
    expect(await fits()).toBe(true)
    const storage = await page.locator(tid('storage-open')).boundingBox()
    expect(storage!.x + storage!.width).toBeLessThanOrEqual(390)
    // The table scrolls sideways in its own box instead of squeezing its columns to a few letters.
    const firstCell = await page
      .locator(`${tid('commitment-row')} [role="cell"]`)
      .first()
      .boundingBox()
    expect(firstCell!.width).toBeGreaterThan(150)
    await page.goto(`${base}/#/country/MN`)
    await page.locator(tid('country-agreements')).waitFor()
    expect(await fits()).toBe(true)
    await context.close()
  })

  it('removes the sample with one click, remembers it, and can bring it back', async () => {
    const page = await freshPage()
    await page.locator(tid('sample-remove')).click()
    await page.locator(tid('empty-state')).waitFor()
    await page.reload()
    await page.locator(tid('empty-state')).waitFor()
    expect(await page.locator(tid('kpi-commitments')).count()).toBe(0)
    await page.locator(tid('sample-show')).click()
    await waitForDashboard(page)
    expect((await readKpis(page)).commitments).toBe(String(sample.commitments.length))
    await page.close()
  })
})

describe('import', () => {
  it('imports a snapshot through the file input: KPIs and all three charts show its numbers, and survive a reload', async () => {
    const page = await freshPage()
    expect(await importFiles(page, writeFixture('basic.json', basicSnapshot()))).toBe('ok')
    await waitForDashboard(page)
    expect(await readKpis(page)).toEqual(BASIC_EXPECTED.kpi)
    expect(await page.locator(tid('sample-badge')).count()).toBe(0)

    const bySphere = await chartTable(page, 'chart-status-by-sphere')
    expect(bySphere.table).toEqual(BASIC_EXPECTED.bySphere)
    expect(bySphere.keys).toEqual(['digitalization', 'ecology', 'trade_economic'])
    expect(bySphere.labels).toEqual(['Digitalization', 'Ecology', 'Trade and economic'])
    expect(bySphere.name).toBe('e2e-basic_status-by-sphere_2026-06-30.csv')
    const byCountry = await chartTable(page, 'chart-status-by-country')
    expect(byCountry.table).toEqual(BASIC_EXPECTED.byCountry)
    expect(byCountry.keys).toEqual(['MN', 'UZ', 'CN', 'KG'])
    expect(byCountry.labels[0]).toBe('Mongolia')
    const byYear = await chartTable(page, 'chart-status-by-year')
    expect(byYear.table).toEqual(BASIC_EXPECTED.byYear)
    expect(byYear.keys).toEqual(['2024', '2025'])

    await page.reload()
    await waitForDashboard(page)
    expect(await readKpis(page)).toEqual(BASIC_EXPECTED.kpi)
    expect(await page.locator(tid('sample-badge')).count()).toBe(0)
    await page.close()
  })

  it('refuses an invalid file, lists its errors with their paths, and changes nothing', async () => {
    const page = await freshPage()
    await importFiles(page, writeFixture('basic.json', basicSnapshot()))
    await waitForDashboard(page)
    const before = { kpis: await readKpis(page), sphere: (await chartTable(page, 'chart-status-by-sphere')).table }

    const bad = basicSnapshot('e2e-bad')
    bad.commitments[2].due = '2025-02-30'
    ;(bad.commitments[4] as Record<string, unknown>).status = 'finished'
    expect(await importFiles(page, writeFixture('bad.json', bad))).toBe('error')
    const items = await page.locator(`${tid('import-errors')} li`).allTextContents()
    expect(items).toHaveLength(2)
    expect(items[0]).toContain('commitments[2].due')
    expect(items[0]).toContain('2025-02-30')
    expect(items[0]).toMatch(/line \d+, column \d+/)
    expect(items[1]).toContain('commitments[4].status')
    expect(await readKpis(page)).toEqual(before.kpis)
    expect((await chartTable(page, 'chart-status-by-sphere')).table).toEqual(before.sphere)

    expect(await importFiles(page, writeFixture('cut.json', JSON.stringify(basicSnapshot()).slice(0, 500)))).toBe(
      'error',
    )
    expect((await page.locator(`${tid('import-errors')} li`).allTextContents())[0]).toMatch(/line 1, column 501/)
    await page.reload()
    await waitForDashboard(page)
    expect(await readKpis(page)).toEqual(before.kpis)
    await page.close()
  })

  it('asks before replacing a stored snapshot id; keeping it changes nothing, replacing it does', async () => {
    const page = await freshPage()
    await importFiles(page, writeFixture('basic.json', basicSnapshot()))
    const smaller = basicSnapshot()
    smaller.commitments = smaller.commitments.slice(0, 3)
    const path = writeFixture('basic-v2.json', smaller)

    await page.locator(tid('import-input')).setInputFiles(path)
    await page.locator(tid('confirm-replace')).waitFor()
    expect(await page.locator(tid('import-status')).getAttribute('data-state')).toBe('busy')
    await page.getByRole('button', { name: 'Keep the stored one' }).click()
    await page.waitForFunction(
      () => document.querySelector('[data-testid="import-status"]')?.getAttribute('data-state') !== 'busy',
    )
    expect((await readKpis(page)).commitments).toBe('8')

    await page.locator(tid('import-input')).setInputFiles(path)
    await page.locator(tid('confirm-replace')).click()
    await page.waitForFunction(
      () => document.querySelector('[data-testid="import-status"]')?.getAttribute('data-state') === 'ok',
    )
    expect((await readKpis(page)).commitments).toBe('3')
    await page.close()
  })

  it('imports several files at once and lists warnings after a successful import', async () => {
    const page = await freshPage()
    const warned = basicSnapshot('e2e-warned')
    ;(warned.commitments[0] as Record<string, unknown>).priority = 'high'
    warned.commitments[7].updates![1].date = '2026-08-01'
    const state = await importFiles(page, [
      writeFixture('one.json', basicSnapshot('e2e-one')),
      writeFixture('warned.json', warned),
    ])
    expect(state).toBe('ok')
    const warnings = await page.locator(`${tid('import-warnings')} li`).allTextContents()
    expect(warnings).toHaveLength(2)
    expect(warnings.join(' ')).toContain('commitments[0].priority')
    expect(warnings.join(' ')).toContain('commitments[7].updates[1].date')
    expect(await page.locator(`${tid('snapshot-select')} option`).count()).toBe(2)
    expect(await page.locator(tid('snapshot-banner')).getAttribute('data-snapshot-id')).toBe('e2e-warned')
    await page.locator(tid('snapshot-select')).selectOption('e2e-one')
    await page.waitForFunction(
      () => document.querySelector('[data-testid="snapshot-banner"]')?.getAttribute('data-snapshot-id') === 'e2e-one',
    )
    await page.close()
  })

  it('shows an import made in another tab without a reload, and clear-data empties every tab', async () => {
    const { context, page } = await newPage(browser)
    await page.goto(base + '/')
    await waitForDashboard(page)
    const other = await context.newPage()
    await other.goto(base + '/')
    await waitForDashboard(other)
    await importFiles(page, writeFixture('basic.json', basicSnapshot()))
    await other.waitForFunction(
      () => document.querySelector('[data-testid="kpi-commitments"]')?.getAttribute('data-value') === '8',
    )
    await page.locator(tid('storage-open')).click()
    await page.locator(tid('clear-data')).click()
    await page.locator(tid('clear-data-confirm')).click()
    await page.locator(tid('empty-state')).waitFor()
    await other.locator(tid('empty-state')).waitFor()
    await context.close()
  })
})
