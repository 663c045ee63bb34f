import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { RATE_RAMP, STATUS_COLORS, TYPE_COLORS } from '../../src/charts/palette'
import { AGREEMENT_TYPES } from '../../src/domain/vocab'
import { readCsv } from '../support/csv'
import { sampleText } from '../support/fixtures'
import { BASIC_EXPECTED, basicSnapshot, pageWithBasicSnapshot, writeFixture } from './fixtures'
import {
  address,
  colourPatch,
  delayWorkerRequests,
  download,
  hashQuery,
  importFiles,
  launchBrowser,
  newPage,
  readKpis,
  tid,
  waitForDashboard,
  waitForKpi,
} from './browser'

const base = inject('baseUrl')
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const withBasic = () => pageWithBasicSnapshot(browser, base)

/** The basic snapshot's dashboard, its worker's searches answered 800 ms late (an index being built). */
async function withSlowSearch() {
  const { context, page } = await newPage(browser)
  await delayWorkerRequests(context, 'search', 800)
  // The index kept off the page: its searches go to the worker.
  await delayWorkerRequests(context, 'searchIndexPart', 600_000)
  await page.goto(base + '/')
  await waitForDashboard(page)
  expect(await importFiles(page, writeFixture('basic.json', basicSnapshot()))).toBe('ok')
  await waitForKpi(page, 'commitments', '8')
  return page
}

/** Types a search and submits it, as a user does. */
async function search(page: Page, text: string) {
  await page.locator(tid('filter-search')).fill(text)
  await page.locator(tid('filter-search')).press('Enter')
}

async function csvTotals(page: Page, chart: string): Promise<Record<string, number>> {
  const { text } = await download(page, tid(chart), 'chart-csv')
  const [head, ...rows] = readCsv(text)
  const total = head.indexOf('total')
  return Object.fromEntries(rows.map((r) => [r[0], Number(r[total])]))
}

describe('cross-filtering', () => {
  it('a click on a bar segment filters every other view, lives in the URL, survives reload and Back undoes it', async () => {
    const page = await withBasic()
    // Digitalization is the first bar; its in-progress segment is commitment C2 (due 2026-01-01: overdue).
    const at = await colourPatch(page, 'chart-status-by-sphere', STATUS_COLORS.in_progress)
    await page.mouse.click(at.x, at.y)
    await waitForKpi(page, 'commitments', '1')
    expect(await readKpis(page)).toEqual({
      agreements: '1',
      commitments: '1',
      completed: '0',
      overdue: '1',
      completionRate: '0.0000',
    })
    expect((await hashQuery(page)).get('sphere')).toBe('digitalization')
    expect((await hashQuery(page)).get('status')).toBe('in_progress')
    expect(await csvTotals(page, 'chart-status-by-country')).toEqual({ MN: 1 })
    expect(await csvTotals(page, 'chart-status-by-year')).toEqual({ '2024': 1 })
    // The sphere chart keeps its own dimension (every sphere with an in-progress commitment).
    expect(await csvTotals(page, 'chart-status-by-sphere')).toEqual({ digitalization: 1 })
    expect(await page.locator(tid('filter-chip')).count()).toBe(2)

    await page.reload()
    await waitForKpi(page, 'commitments', '1')
    const copied = await address(page)
    const other = await page.context().newPage()
    await other.goto(copied)
    await waitForKpi(other, 'commitments', '1')
    expect(await readKpis(other)).toEqual(await readKpis(page))
    await other.close()

    await page.goBack()
    await waitForKpi(page, 'commitments', '8')
    expect(await readKpis(page)).toEqual(BASIC_EXPECTED.kpi)
    await page.goForward()
    await waitForKpi(page, 'commitments', '1')
    await page.close()
  })

  it('the bars answer the pointer: a tooltip lists the bar as text; its label filters by the bar alone', async () => {
    const page = await withBasic()
    const chart = tid('chart-status-by-sphere')
    const at = await colourPatch(page, 'chart-status-by-sphere', STATUS_COLORS.in_progress)
    await page.mouse.move(at.x, at.y)
    const tip = page.locator(`${chart} ${tid('chart-tooltip')}`)
    await tip.waitFor()
    // Digitalization: C1 completed, C2 in progress (overdue), C7 suspended.
    expect((await tip.innerText()).split('\n').map((l) => l.trim())).toEqual([
      'Digitalization',
      'In progress: 1',
      'Completed: 1',
      'Suspended: 1',
      'Overdue: 1',
      'Total: 3',
    ])
    expect(await page.locator(`${chart} canvas`).evaluate((c) => (c as HTMLElement).style.cursor)).toBe('pointer')
    await page.mouse.move(at.x, at.y - 1000)
    await tip.waitFor({ state: 'detached' })
    // The label, left of the bars, on the same line.
    const box = (await page.locator(`${chart} canvas`).boundingBox())!
    await page.mouse.click(box.x + 40, at.y)
    await waitForKpi(page, 'commitments', '3')
    expect((await hashQuery(page)).get('sphere')).toBe('digitalization')
    expect((await hashQuery(page)).get('status')).toBeNull()
    // The other spheres are dimmed, not gone: a click on the label again clears the filter (the
    // chips above moved the chart: found again by its one undimmed in-progress segment).
    const again = await colourPatch(page, 'chart-status-by-sphere', STATUS_COLORS.in_progress)
    const moved = (await page.locator(`${chart} canvas`).boundingBox())!
    await page.mouse.click(moved.x + 40, again.y)
    await waitForKpi(page, 'commitments', '8')
    expect((await hashQuery(page)).get('sphere')).toBeNull()
    await page.close()
  })

  it('the heatmap answers the pointer: a cell’s tooltip as text, a click filters by its sphere and country', async () => {
    const page = await withBasic()
    const chart = tid('chart-completion-heatmap')
    // Ecology × Uzbekistan is the one cell at 100 % (C8, completed): the ramp's darkest colour.
    const at = await colourPatch(page, 'chart-completion-heatmap', RATE_RAMP[RATE_RAMP.length - 1])
    await page.mouse.move(at.x, at.y)
    const tip = page.locator(`${chart} ${tid('chart-tooltip')}`)
    await tip.waitFor()
    expect((await tip.innerText()).split('\n').map((l) => l.trim())).toEqual([
      'Ecology · Uzbekistan',
      '100%',
      '1 completed of 1',
    ])
    expect(await page.locator(`${chart} canvas`).evaluate((c) => (c as HTMLElement).style.cursor)).toBe('pointer')
    await page.mouse.click(at.x, at.y)
    await waitForKpi(page, 'commitments', '1')
    expect((await hashQuery(page)).get('sphere')).toBe('ecology')
    expect((await hashQuery(page)).get('country')).toBe('UZ')
    await page.locator(tid('filter-reset')).click()
    await waitForKpi(page, 'commitments', '8')
    // The row's label, left of the cells: the sphere alone.
    const again = await colourPatch(page, 'chart-completion-heatmap', RATE_RAMP[RATE_RAMP.length - 1])
    const box = (await page.locator(`${chart} canvas`).boundingBox())!
    await page.mouse.click(box.x + 30, again.y)
    await waitForKpi(page, 'commitments', '3')
    expect((await hashQuery(page)).get('sphere')).toBe('ecology')
    expect((await hashQuery(page)).get('country')).toBeNull()
    await page.close()
  })

  it('a heatmap row filters by its own sphere when two spheres are declared with one name', async () => {
    const s = basicSnapshot('e2e-twins') as ReturnType<typeof basicSnapshot> & { spheres?: unknown[] }
    s.spheres = [
      { id: 'twin_a', name: 'Twin' },
      { id: 'twin_b', name: 'Twin' },
    ]
    // twin_b holds six commitments (its row comes first), twin_a one: C1, completed, the one 100 % cell.
    for (const c of s.commitments as { id: string; sphere: string; status: string }[]) {
      c.sphere = c.id === 'C1' ? 'twin_a' : 'twin_b'
      if (c.id === 'C8') c.status = 'in_progress'
    }
    s.commitments = s.commitments.filter((c) => (c as { id: string }).id !== 'C5')
    const { page } = await newPage(browser)
    await page.goto(base + '/')
    await waitForDashboard(page)
    expect(await importFiles(page, writeFixture('twins.json', s))).toBe('ok')
    await waitForKpi(page, 'commitments', '7')
    const at = await colourPatch(page, 'chart-completion-heatmap', RATE_RAMP[RATE_RAMP.length - 1])
    const box = (await page.locator(`${tid('chart-completion-heatmap')} canvas`).boundingBox())!
    await page.mouse.click(box.x + 30, at.y)
    await waitForKpi(page, 'commitments', '1')
    expect((await hashQuery(page)).get('sphere')).toBe('twin_a')
    await page.close()
  })

  it('the agreements chart answers the pointer: a segment filters by its type and year, a year label by the year', async () => {
    const page = await withBasic()
    const chart = tid('chart-agreements-by-year')
    // The roadmap (A3, signed 2024-09-09) is the one segment of its colour.
    const roadmap = TYPE_COLORS[AGREEMENT_TYPES.indexOf('roadmap')]
    const at = await colourPatch(page, 'chart-agreements-by-year', roadmap)
    await page.mouse.move(at.x, at.y)
    const tip = page.locator(`${chart} ${tid('chart-tooltip')}`)
    await tip.waitFor()
    expect((await tip.innerText()).split('\n').map((l) => l.trim())).toEqual([
      '2024',
      'Memorandum: 1',
      'Roadmap: 1',
      'Total: 2',
    ])
    await page.mouse.click(at.x, at.y)
    // A3's commitments: C6, C7, C8.
    await waitForKpi(page, 'commitments', '3')
    expect((await hashQuery(page)).get('type')).toBe('roadmap')
    expect((await hashQuery(page)).get('year')).toBe('2024')
    await page.locator(tid('filter-reset')).click()
    await waitForKpi(page, 'commitments', '8')
    // The year's label under the bars: the year alone (A1 and A3: C1–C3 and C6–C8).
    const again = await colourPatch(page, 'chart-agreements-by-year', roadmap)
    const box = (await page.locator(`${chart} canvas`).boundingBox())!
    await page.mouse.click(again.x, box.y + box.height - 8)
    await waitForKpi(page, 'commitments', '6')
    expect((await hashQuery(page)).get('year')).toBe('2024')
    expect((await hashQuery(page)).get('type')).toBeNull()
    await page.close()
  })

  it('a chart never filters itself away: selecting a country keeps every country in its own chart', async () => {
    const page = await withBasic()
    const chart = tid('chart-status-by-country')
    await page.locator(chart).locator(tid('chart-table-toggle')).click()
    await page.locator(chart).getByRole('button', { name: 'China', exact: true }).click()
    // China: C4 (no information, overdue) and C5 (cancelled).
    await waitForKpi(page, 'commitments', '2')
    expect(await readKpis(page)).toEqual({
      agreements: '1',
      commitments: '2',
      completed: '0',
      overdue: '1',
      completionRate: '0.0000',
    })
    expect(await csvTotals(page, 'chart-status-by-country')).toEqual({ MN: 3, UZ: 3, CN: 2, KG: 2 })
    expect(await csvTotals(page, 'chart-status-by-sphere')).toEqual({ ecology: 1, trade_economic: 1 })
    expect(await page.locator(chart).locator('tr.is-selected').count()).toBe(1)
    await page.locator(tid('country-briefing-link')).click()
    await page.locator(`${tid('country-page')}[data-country="CN"]`).waitFor()
    await page.goBack()
    await waitForKpi(page, 'commitments', '2')
    await page.locator(tid('filter-reset')).click()
    await waitForKpi(page, 'commitments', '8')
    expect(await readKpis(page)).toEqual(BASIC_EXPECTED.kpi)
    expect((await hashQuery(page)).get('country')).toBeNull()
    await page.close()
  })

  it('opens a hand-written link with filters before the hash, and reports values it does not know', async () => {
    const page = await withBasic()
    await page.goto(`${base}/?sphere=ecology&year=2024&overdue=0&status=nope`)
    // Ecology signed in 2024: C3 (A1) and C8 (A3, completed).
    await waitForKpi(page, 'commitments', '2')
    expect(await readKpis(page)).toMatchObject({
      commitments: '2',
      completed: '1',
      overdue: '0',
      completionRate: '0.5000',
    })
    expect(await page.locator(tid('filter-dropped')).textContent()).toContain('status=nope')
    await page.goto(`${base}/?axis=due&year=none`)
    // No due date: C5 (cancelled), C6 and C8 (completed).
    await waitForKpi(page, 'commitments', '3')
    expect(await readKpis(page)).toMatchObject({ commitments: '3', completed: '1', completionRate: '0.5000' })
    expect(await csvTotals(page, 'chart-status-by-year')).toMatchObject({ none: 3 })
    await page.close()
  })

  it('searches titles in any language, and says when nothing matches', async () => {
    const page = await withBasic()
    await search(page, 'ARAL')
    await waitForKpi(page, 'commitments', '1')
    expect(await page.locator(tid('commitment-row')).getAttribute('data-id')).toBe('C8')
    await search(page, 'nothing like this')
    await waitForKpi(page, 'commitments', '0')
    await page.locator(tid('no-match')).waitFor()
    expect(await page.locator(tid('commitments-table')).getAttribute('data-count')).toBe('0')
    await page.close()
  })

  it('the views stay on screen while the worker searches: nothing is unmounted and drawn anew', async () => {
    const page = await withSlowSearch()
    const tile = await page.locator(tid('kpi-commitments')).elementHandle()
    const chart = await page
      .locator(`${tid('chart-status-by-sphere')} canvas`)
      .first()
      .elementHandle()
    await search(page, 'ARAL')
    await waitForKpi(page, 'commitments', '1')
    await page.locator(`${tid('chart-status-by-sphere')}[data-state="ready"]`).waitFor()
    // The same elements, updated in place (the views used to be removed until the answer came).
    expect(await tile!.evaluate((e) => e.isConnected)).toBe(true)
    expect(await chart!.evaluate((e) => e.isConnected)).toBe(true)
    await page.close()
  })
})

describe('the address and Back', () => {
  it('Back returns to where the page was scrolled, though the page opened from there is shorter', async () => {
    const page = await withBasic()
    const link = page.locator(`${tid('commitment-row')} a`).first()
    await link.scrollIntoViewIfNeeded()
    const y = await page.evaluate(() => scrollY)
    expect(y).toBeGreaterThan(500)
    await link.click()
    await page.locator(tid('agreement-page')).waitFor()
    // The agreement's page is shorter than where the dashboard was scrolled.
    expect(await page.evaluate(() => scrollY)).toBeLessThan(y)
    await address(page)
    await page.goBack()
    await waitForDashboard(page)
    await page.waitForFunction((at) => Math.abs(scrollY - at) <= 2, y, { timeout: 5000 })
    // The window's scroll position reads as the browser's again after the writes (not the one saved).
    expect(await page.evaluate(() => (scrollTo(0, 123), scrollY))).toBe(123)
    await page.close()
  })

  it('a key pressed right after a change finds its address written: Back from there undoes that change', async () => {
    const page = await withBasic()
    await waitForKpi(page, 'commitments', '8')
    const written = await page.evaluate(async () => {
      const box = document.querySelector('[data-testid="filter-overdue"]') as HTMLInputElement
      const kpi = () => document.querySelector('[data-testid="kpi-commitments"]')!.getAttribute('data-value')
      const [before, shown] = [location.hash, kpi()]
      box.click()
      // The views show the change within the click's task (its navigation settles in microtasks).
      for (let i = 0; i < 1000 && kpi() === shown; i++) await Promise.resolve()
      const beforeKey = location.hash
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', altKey: true }))
      return { beforeKey, afterKey: location.hash, before, changed: kpi() !== shown }
    })
    expect(written.changed).toBe(true)
    // Not written before the frame; written at the key.
    expect(written.beforeKey).toBe(written.before)
    expect(new URLSearchParams(written.afterKey.split('?')[1]).get('overdue')).toBe('1')
    await page.goBack()
    await page.waitForFunction(() => !new URLSearchParams(location.hash.split('?')[1]).get('overdue'))
    await waitForKpi(page, 'commitments', '8')
    await page.close()
  })
})

describe('a search answered after the user moved on', () => {
  it('is not written on the page opened meanwhile', async () => {
    const page = await withSlowSearch()
    const entries = await page.evaluate(() => history.length)
    await search(page, 'digital')
    await page
      .locator(`${tid('commitment-row')} a`)
      .first()
      .click()
    await page.locator(tid('agreement-page')).waitFor()
    await page.waitForTimeout(1200)
    expect((await hashQuery(page)).get('q')).toBeNull()
    expect(await address(page)).toContain('#/agreement/')
    expect(await page.evaluate(() => history.length)).toBe(entries + 1)
    await page.close()
  })

  it('is not written over a Back: the box shows the search of the entry arrived at', async () => {
    const page = await withSlowSearch()
    const overdue = String((await readKpis(page)).overdue)
    await page.locator(tid('filter-overdue')).click()
    await waitForKpi(page, 'commitments', overdue)
    await address(page)
    await search(page, 'digital')
    await page.goBack()
    await waitForKpi(page, 'commitments', '8')
    await page.waitForTimeout(1200)
    expect((await hashQuery(page)).get('q')).toBeNull()
    expect(await page.locator(tid('filter-search')).inputValue()).toBe('')
    // Forward still goes to the entry Back left.
    await page.goForward()
    await waitForKpi(page, 'commitments', overdue)
    await page.close()
  })
})

describe('search as one types', () => {
  it('the first key searches at once; the rest of a fast burst once typing pauses', async () => {
    const page = await withBasic()
    // A paused clock: the 300 ms pause can only pass when the test says so.
    await page.clock.install()
    await page.clock.pauseAt(Date.now() + 60_000)
    await page.locator(tid('filter-search')).click()
    // The address is written after the frame that shows a change: the paused clock runs that frame.
    const q = () => page.evaluate(() => new URLSearchParams(location.hash.split('?')[1]).get('q'))
    await page.keyboard.press('w')
    await page.waitForFunction(
      () =>
        !['8', '', null, undefined].includes(
          document.querySelector('[data-testid="kpi-commitments"]')?.getAttribute('data-value'),
        ),
    )
    await page.clock.runFor(20)
    await expect.poll(q).toBe('w')
    const afterW = await page.locator(tid('kpi-commitments')).getAttribute('data-value')
    await page.keyboard.type('ater')
    await page.clock.runFor(100)
    expect(await q()).toBe('w')
    expect(await page.locator(tid('kpi-commitments')).getAttribute('data-value')).toBe(afterW)
    await page.clock.runFor(300)
    await waitForKpi(page, 'commitments', '1')
    await page.clock.runFor(20)
    await expect.poll(q).toBe('water')
    expect(await page.locator(tid('commitment-row')).getAttribute('data-id')).toBe('C4')
    await page.close()
  })
})

describe('a search answered on the page', () => {
  it('once its index is read, the box and every view change in the frame of the key, with no worker search', async () => {
    const { context, page } = await newPage(browser)
    // The worker's searches answered 5 s late and counted: none may be needed.
    await delayWorkerRequests(context, 'search', 5000)
    await context.addInitScript(() => {
      const w = window as unknown as { __searches: number }
      w.__searches = 0
      const post = Worker.prototype.postMessage
      Worker.prototype.postMessage = function (this: Worker, msg: { op?: string }, ...rest: never[]) {
        if (msg?.op === 'search') w.__searches++
        return post.call(this, msg, ...rest)
      } as typeof post
    })
    await page.goto(base + '/')
    await waitForDashboard(page)
    expect(await importFiles(page, writeFixture('basic.json', basicSnapshot()))).toBe('ok')
    await waitForKpi(page, 'commitments', '8')
    await page.locator(`${tid('filter-search')}[data-index="ready"]`).waitFor()
    // What the next frame shows after the key: read in its animation-frame callback, before it is painted.
    await page.evaluate(() => {
      const box = document.querySelector<HTMLInputElement>('[data-testid="filter-search"]')!
      box.addEventListener(
        'input',
        () =>
          requestAnimationFrame(() => {
            const table = document.querySelector('[data-testid="commitments-table"]')
            ;(window as unknown as { __atFrame: object }).__atFrame = {
              box: box.value,
              kpi: document.querySelector('[data-testid="kpi-commitments"]')?.getAttribute('data-value'),
              rows: table?.getAttribute('data-count'),
              first: document.querySelector('[data-testid="commitment-row"]')?.getAttribute('data-id'),
            }
          }),
        { once: true },
      )
    })
    await page.locator(tid('filter-search')).click()
    await page.keyboard.press('w')
    await page.waitForFunction(() => (window as unknown as { __atFrame?: object }).__atFrame)
    const atFrame = await page.evaluate(() => (window as unknown as { __atFrame: object }).__atFrame)
    // Settled: what that frame showed is what stays.
    await page.waitForTimeout(1000)
    const settled = await page.evaluate(() => ({
      kpi: document.querySelector('[data-testid="kpi-commitments"]')?.getAttribute('data-value'),
      rows: document.querySelector('[data-testid="commitments-table"]')?.getAttribute('data-count'),
      first: document.querySelector('[data-testid="commitment-row"]')?.getAttribute('data-id'),
    }))
    expect(settled.kpi).not.toBe('8')
    expect(settled.rows).toBe(settled.kpi)
    expect(atFrame).toEqual({ box: 'w', ...settled })
    await page.locator(tid('filter-search')).fill('water')
    // The whole word: C4 alone (as the worker finds it: see "search as one types").
    await waitForKpi(page, 'commitments', '1')
    expect(await page.locator(tid('commitment-row')).getAttribute('data-id')).toBe('C4')
    await expect.poll(async () => (await hashQuery(page)).get('q')).toBe('water')
    expect(await page.evaluate(() => (window as unknown as { __searches: number }).__searches)).toBe(0)
    await context.close()
  })
})

describe('a snapshot replaced under the same id', () => {
  it('a search follows the new rows, not the ones it found in the replaced snapshot', async () => {
    const page = await withBasic()
    await search(page, 'ARAL')
    await waitForKpi(page, 'commitments', '1')
    expect(await page.locator(tid('commitment-row')).getAttribute('data-id')).toBe('C8')
    // The same id, the rows in another order: C8 moves from the last row to the first.
    const reordered = basicSnapshot()
    reordered.commitments.reverse()
    await page.locator(tid('import-input')).setInputFiles(writeFixture('basic-reordered.json', reordered))
    await page.locator(tid('confirm-replace')).click()
    await page.waitForFunction(
      () => document.querySelector('[data-testid="import-status"]')?.getAttribute('data-state') === 'ok',
    )
    await waitForKpi(page, 'commitments', '1')
    await page.waitForFunction(
      () => document.querySelector('[data-testid="commitment-row"]')?.getAttribute('data-id') === 'C8',
      null,
      { timeout: 5000 },
    )
    await page.close()
  })
})

describe('drill-down', () => {
  it('the table opens a commitment with its clause, agreement and history', async () => {
    const page = await withBasic()
    const table = page.locator(tid('commitments-table'))
    expect(await table.getAttribute('data-count')).toBe('8')
    await table.locator(`${tid('commitment-row')}[data-id="C8"]`).click()
    const detail = page.locator(tid('commitment-detail'))
    await detail.locator(tid('detail-history')).waitFor()
    expect(await detail.locator(`${tid('detail-history')} li`).allTextContents()).toEqual([
      expect.stringContaining('In progress'),
      expect.stringMatching(/Completed[\s\S]*Done/),
    ])
    expect(await detail.locator(tid('detail-status')).getAttribute('data-value')).toBe('completed')
    expect(await detail.locator(tid('detail-agreement')).textContent()).toContain('Regional roadmap')
    expect((await hashQuery(page)).get('c')).toBe('C8')
    await page.goBack()
    await detail.waitFor({ state: 'detached' })
    await page.close()
  })

  it('by keyboard: the drawer takes the focus, Escape closes it from anywhere, and the focus goes back to the row', async () => {
    const page = await withBasic()
    const row = page.locator(`${tid('commitment-row')}[data-id="C8"]`)
    await row.focus()
    await page.keyboard.press('Enter')
    const detail = page.locator(tid('commitment-detail'))
    await detail.waitFor()
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="commitment-detail"]')?.contains(document.activeElement),
    )
    // Escape with the focus elsewhere (the page itself) closes it too.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await page.keyboard.press('Escape')
    await detail.waitFor({ state: 'detached' })
    expect((await hashQuery(page)).get('c')).toBeNull()
    await row.focus()
    await page.keyboard.press('Enter')
    await detail.waitFor()
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="commitment-detail"]')?.contains(document.activeElement),
    )
    await page.keyboard.press('Escape')
    await detail.waitFor({ state: 'detached' })
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe('C8')
    // The storage dialog gives the focus back to its button when it closes.
    await page.locator(tid('storage-open')).focus()
    await page.keyboard.press('Enter')
    await page.locator(tid('storage-dialog')).waitFor()
    await page.keyboard.press('Escape')
    await page.locator(tid('storage-dialog')).waitFor({ state: 'detached' })
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('storage-open')
    await page.close()
  })

  it('a year picker left on "any" stands for the first or the last year: from 2025 is 2025 and later, to 2025 is up to 2025', async () => {
    const { page } = await newPage(browser)
    await page.goto(base + '/')
    await waitForDashboard(page)
    // Due years: 2024 (C1), 2025 (C7), 2026 (C2, C3, C4).
    const s = basicSnapshot('e2e-years')
    s.commitments[0].due = '2024-05-01'
    expect(await importFiles(page, writeFixture('years.json', s))).toBe('ok')
    await page.goto(`${base}/#/?axis=due`)
    await waitForKpi(page, 'commitments', '8')
    await page.locator(tid('filter-year-from')).selectOption('2025')
    await waitForKpi(page, 'commitments', '4')
    expect((await hashQuery(page)).get('year')).toBe('2025-2026')
    await page.locator(tid('filter-reset')).click()
    await waitForKpi(page, 'commitments', '8')
    await page.locator(tid('filter-year-to')).selectOption('2025')
    await waitForKpi(page, 'commitments', '2')
    expect((await hashQuery(page)).get('year')).toBe('2024-2025')
    await page.close()
  })

  it("an agreement page's way back returns to the dashboard with its filters", async () => {
    const page = await withBasic()
    await page.goto(`${base}/#/?sphere=ecology`)
    await waitForKpi(page, 'commitments', '3')
    await page
      .locator(`${tid('commitment-row')} a`)
      .first()
      .click()
    await page.locator(tid('agreement-page')).waitFor()
    await page.locator(tid('back-to-dashboard')).click()
    await waitForKpi(page, 'commitments', '3')
    expect((await hashQuery(page)).get('sphere')).toBe('ecology')
    await page.close()
  })

  it('sorts the table and marks overdue rows with their days', async () => {
    const page = await withBasic()
    const ids = () =>
      page.locator(tid('commitment-row')).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')))
    // Due ascending, no due date last: C1 and C7 (2025-01-01), C2, C4, C3, then C5, C6, C8.
    expect(await ids()).toEqual(['C1', 'C7', 'C2', 'C4', 'C3', 'C5', 'C6', 'C8'])
    const c2 = page.locator(`${tid('commitment-row')}[data-id="C2"]`)
    expect(await c2.locator(tid('overdue-mark')).textContent()).toContain('overdue by 180 days')
    await page.locator(tid('sort-title')).click()
    expect((await ids())[0]).toBe('C8') // "Aral sea programme"
    await page.close()
  })

  it("the country page shows that partner's numbers and lists", async () => {
    const page = await withBasic()
    await page.goto(`${base}/#/country/MN`)
    await page.locator(tid('country-page')).waitFor()
    // Mongolia: C1 (completed), C2 (overdue), C3 (due on asOf: upcoming), all in A1.
    await waitForKpi(page, 'commitments', '3')
    expect(await readKpis(page)).toEqual({
      agreements: '1',
      commitments: '3',
      completed: '1',
      overdue: '1',
      completionRate: '0.3333',
    })
    expect(await page.locator(tid('country-overdue')).getAttribute('data-count')).toBe('1')
    expect(await page.locator(tid('country-upcoming')).getAttribute('data-count')).toBe('1')
    expect(await page.locator(tid('country-completed')).getAttribute('data-count')).toBe('0')
    await page.goto(`${base}/#/country/UZ`)
    await waitForKpi(page, 'commitments', '3')
    // C8 was completed on 2026-03-01, within six months before asOf.
    expect(await page.locator(tid('country-completed')).getAttribute('data-count')).toBe('1')
    await page.close()
  })

  it('the agreement page lists its commitments', async () => {
    const page = await withBasic()
    await page.goto(`${base}/#/agreement/A3`)
    await page
      .locator(`${tid('agreement-commitments')} li`)
      .first()
      .waitFor()
    expect(await page.locator(`${tid('agreement-commitments')} li`).count()).toBe(3)
    expect(await readKpis(page)).toMatchObject({ agreements: '1', commitments: '3', completed: '1' })
    await page.close()
  })
})

describe('the recurrence filter (one descriptor in the filter table)', () => {
  // Counted from the sample file itself, as the format page defines recurrence (default `once`).
  const sample = JSON.parse(sampleText()) as { commitments: { recurrence?: string }[] }
  const count = (r: string) => sample.commitments.filter((c) => (c.recurrence ?? 'once') === r).length

  it('a menu choice filters every view, lives in the URL as recurrence=, shows a chip, and the chip removes it', async () => {
    const { page } = await newPage(browser)
    await page.goto(`${base}/`)
    await waitForDashboard(page)
    const all = await readKpis(page)
    await page.locator(`${tid('filter-recurrence')} summary`).click()
    await page.locator(`${tid('filter-recurrence')} input[value="annual"]`).check()
    await waitForKpi(page, 'commitments', String(count('annual')))
    expect(await address(page)).toContain('recurrence=annual')
    const chip = page.locator(tid('filter-chip'))
    await expect.poll(() => chip.count()).toBe(1)
    expect(await chip.textContent()).toContain('every year')
    await page.locator(`${tid('filter-recurrence')} input[value="standing"]`).check()
    await waitForKpi(page, 'commitments', String(count('annual') + count('standing')))
    // The address is written after the frame that shows the change: a reload before it (the
    // browser's own button, within a frame of the click) would load the address before it.
    expect(await address(page)).toContain('standing')
    // A reload keeps it: the URL is the filters' home.
    await page.reload()
    await waitForKpi(page, 'commitments', String(count('annual') + count('standing')))
    await page.keyboard.press('Escape')
    await chip.first().locator('button').click()
    await chip.first().locator('button').click()
    await waitForKpi(page, 'commitments', all.commitments!)
    expect(await address(page)).not.toContain('recurrence=')
    await page.close()
  })

  it('a hand-written link with recurrence= opens filtered, and an unknown value is dropped with a notice', async () => {
    const { page } = await newPage(browser)
    await page.goto(`${base}/?recurrence=once,weekly`)
    await waitForKpi(page, 'commitments', String(count('once')))
    expect(await page.locator(tid('filter-dropped')).textContent()).toContain('recurrence=weekly')
    await page.close()
  })
})
