/**
 * Issue 17 in two tabs of one browser (two pages of one context share IndexedDB and the tabs'
 * channel): a snapshot replaced or deleted in another tab (item 1), two tabs importing the same
 * id at once (item 2), and a damaged stored chunk (item 11).
 */
import { readFileSync } from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { readCsv } from '../support/csv'
import { basicSnapshot, writeFixture } from './fixtures'
import { importFiles, launchBrowser, newPage, readKpis, tid, waitForDashboard, waitForKpi } from './browser'

const base = inject('baseUrl')
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/**
 * The basic snapshot as another file of the same id would have it: other titles (each says
 * `V2`), the rows in another order and other statuses, so a title paired with the old version's
 * status (or row) shows.
 */
function secondVersion() {
  const s = basicSnapshot()
  const statuses = [
    'not_started',
    'completed',
    'completed',
    'in_progress',
    'completed',
    'ongoing',
    'completed',
    'in_progress',
  ]
  s.commitments = s.commitments
    .map((c, k) => ({ ...c, title: `V2 ${c.id} ${c.title}`, status: statuses[k] }))
    .reverse() as typeof s.commitments
  return s
}
const V2 = secondVersion()
const V2_STATUS = new Map(V2.commitments.map((c) => [c.id, c.status]))

async function downloadText(page: Page, button: string): Promise<string> {
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.locator(tid(button)).first().click(),
  ])
  return readFileSync(await dl.path(), 'utf8')
}

/** The commitments CSV as id -> { title, status }. */
async function csvRows(page: Page): Promise<Map<string, { title: string; status: string }>> {
  const [head, ...rows] = readCsv(await downloadText(page, 'export-csv')).filter((r) => r.length > 1)
  const at = (name: string) => head.indexOf(name)
  return new Map(rows.map((r) => [r[at('id')], { title: r[at('title')], status: r[at('status')] }]))
}

/** Everything tab `page` shows and exports comes from the second version: KPIs, table, drawer, CSV, JSON. */
async function showsSecondVersion(page: Page) {
  await waitForKpi(page, 'completed', '4')
  expect(await readKpis(page)).toMatchObject({ commitments: '8', completed: '4' })
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-testid="commitment-row"]')].every((r) => r.textContent?.includes('V2')),
  )
  await page.evaluate(() => (location.hash = '#/?c=C1'))
  await page.locator(`${tid('detail-status')}[data-value="${V2_STATUS.get('C1')}"]`).waitFor()
  expect(await page.locator(tid('commitment-detail')).innerText()).toContain('V2 C1')
  const csv = await csvRows(page)
  expect(csv.size).toBe(8)
  for (const [id, row] of csv) {
    expect(row.title).toContain(`V2 ${id} `)
    expect(row.status).toBe(V2_STATUS.get(id))
  }
  const json = JSON.parse(await downloadText(page, 'export-json'))
  expect(json.commitments.map((c: { title: string }) => c.title)).toEqual(V2.commitments.map((c) => c.title))
}

/** Tab B of tab A's browser replaces the snapshot A shows (answering yes to the replace question). */
async function replaceInOtherTab(context: BrowserContext) {
  const other = await context.newPage()
  await other.goto(base + '/')
  await waitForDashboard(other)
  await importFiles(other, writeFixture('v2.json', V2))
  // Already stored under this id: the other tab is asked, and says yes.
  await other.locator(tid('confirm-replace')).click()
  await other.waitForFunction(
    () => document.querySelector('[data-testid="import-status"]')?.getAttribute('data-state') === 'ok',
  )
  return other
}

async function tabShowingFirstVersion(options: { silentChannel?: boolean } = {}) {
  const { context, page } = await newPage(browser)
  // A tab that never hears the others (a message lost, a browser without BroadcastChannel).
  if (options.silentChannel)
    await page.addInitScript(() => Object.defineProperty(window, 'BroadcastChannel', { value: undefined }))
  await page.goto(base + '/')
  await waitForDashboard(page)
  expect(await importFiles(page, writeFixture('v1.json', basicSnapshot()))).toBe('ok')
  await waitForKpi(page, 'completed', '2')
  await page.evaluate(() => (location.hash = '#/?c=C1'))
  await page.locator(`${tid('detail-status')}[data-value="completed"]`).waitFor()
  return { context, page }
}

describe('a snapshot replaced or deleted in another tab (item 1)', () => {
  it('the tab says so and shows, and exports, only the new version', async () => {
    const { context, page } = await tabShowingFirstVersion()
    await replaceInOtherTab(context)
    await page.locator(tid('data-changed-elsewhere')).waitFor()
    await showsSecondVersion(page)
    await context.close()
  })

  it('a tab that missed the message refuses to export the old version, then shows the new one', async () => {
    const { context, page } = await tabShowingFirstVersion({ silentChannel: true })
    await replaceInOtherTab(context)
    // Still on screen: the first version (nothing told this tab) — but no file of it is written.
    expect(await readKpis(page)).toMatchObject({ completed: '2' })
    let downloads = 0
    page.on('download', () => downloads++)
    await page.locator(tid('export-csv')).first().click()
    await page
      .locator(`${tid('export-status')}[data-state="failed"]`)
      .first()
      .waitFor()
    expect(await page.locator(tid('export-status')).first().innerText()).toContain('changed in another tab')
    expect(downloads).toBe(0)
    await page.locator(tid('data-changed-elsewhere')).waitFor()
    await showsSecondVersion(page)
    await context.close()
  })

  it('deleted in another tab: the tab says so and shows what is stored now', async () => {
    const { context, page } = await tabShowingFirstVersion()
    const kept = basicSnapshot('e2e-kept')
    kept.commitments = kept.commitments.slice(0, 3)
    const other = await context.newPage()
    await other.goto(base + '/')
    await waitForDashboard(other)
    expect(await importFiles(other, writeFixture('kept.json', kept))).toBe('ok')
    await waitForKpi(page, 'commitments', '3')
    await page.locator(tid('data-changed-elsewhere')).getByRole('button').click()
    // Back to the first, then deleted from the other tab's storage panel.
    await page.locator(tid('snapshot-select')).selectOption('e2e-basic')
    await waitForKpi(page, 'commitments', '8')
    await other.locator(tid('storage-open')).click()
    const row = other.locator(`${tid('stored-snapshot')}[data-id="e2e-basic"]`)
    await row.locator(tid('snapshot-delete')).click()
    await row.locator(tid('snapshot-delete-confirm')).click()
    await page.locator(tid('data-changed-elsewhere')).waitFor()
    await waitForKpi(page, 'commitments', '3')
    expect(await page.locator(tid('snapshot-banner')).getAttribute('data-snapshot-id')).toBe('e2e-kept')
    const json = JSON.parse(await downloadText(page, 'export-json'))
    expect(json.snapshot.id).toBe('e2e-kept')
    await context.close()
  })
})

describe('two tabs importing the same id at once (item 2)', () => {
  it('only one says "imported" without asking; the other asks about it', async () => {
    const { context, page } = await newPage(browser)
    await page.goto(base + '/')
    await waitForDashboard(page)
    const other = await context.newPage()
    await other.goto(base + '/')
    await waitForDashboard(other)
    // Files big enough that both are still being checked when the other looks for the id.
    const big = (tag: string) => {
      const s = basicSnapshot('e2e-race')
      const rows = Array.from({ length: 20_000 }, (_, k) => ({
        ...s.commitments[k % 8],
        id: `R${k}`,
        title: `${tag} ${k}`,
      }))
      return writeFixture(`race-${tag}.json`, { ...s, commitments: rows })
    }
    const [a, b] = [big('a'), big('b')]
    await Promise.all([
      page.locator(tid('import-input')).setInputFiles(a),
      other.locator(tid('import-input')).setInputFiles(b),
    ])
    const outcome = (p: Page) =>
      p.waitForFunction(
        () =>
          document.querySelector('[data-testid="confirm-replace"]')
            ? 'asked'
            : document.querySelector('[data-testid="import-status"]')?.getAttribute('data-state') === 'ok'
              ? 'imported'
              : false,
        undefined,
        { timeout: 60_000 },
      )
    const results = await Promise.all([outcome(page), outcome(other)].map(async (h) => (await h).jsonValue()))
    expect(results.sort()).toEqual(['asked', 'imported'])
    await context.close()
  })
})

describe('a damaged stored chunk (item 11)', () => {
  /** Two snapshots stored, the shown one then damaged in IndexedDB itself, and the tab reloaded. */
  async function damagedTab(damage: 'deleted' | 'garbage') {
    const { context, page } = await newPage(browser)
    await page.goto(base + '/')
    await waitForDashboard(page)
    const intact = basicSnapshot('e2e-intact')
    intact.commitments = intact.commitments.slice(0, 5)
    expect(await importFiles(page, writeFixture('intact.json', intact))).toBe('ok')
    expect(await importFiles(page, writeFixture('basic.json', basicSnapshot()))).toBe('ok')
    await waitForKpi(page, 'commitments', '8')
    await page.evaluate(
      (how) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('coop-followup')
          open.onerror = () => reject(open.error)
          open.onsuccess = () => {
            const tx = open.result.transaction('chunks', 'readwrite')
            const chunks = tx.objectStore('chunks')
            if (how === 'deleted') chunks.delete(['e2e-basic', 'commitments', 0])
            else chunks.put({ snapshotId: 'e2e-basic', kind: 'commitments', index: 0, json: '[{"id":"C1",' })
            tx.oncomplete = () => (open.result.close(), resolve())
            tx.onerror = () => reject(tx.error)
          }
        }),
      damage,
    )
    await page.reload()
    return { context, page }
  }

  it.each(['deleted', 'garbage'] as const)(
    'a chunk %s: says which snapshot, never "Loading…" forever; delete it',
    async (how) => {
      const { context, page } = await damagedTab(how)
      const notice = page.locator(tid('snapshot-damaged'))
      await notice.waitFor()
      expect(await notice.getAttribute('data-snapshot-id')).toBe('e2e-basic')
      expect(await notice.innerText()).toContain('E2E basic snapshot')
      // The counts still come from the stored columns; the drawer says why it shows nothing.
      await waitForKpi(page, 'commitments', '8')
      await page.evaluate(() => (location.hash = '#/?c=C1'))
      await page.locator(tid('detail-damaged')).waitFor()
      expect(await page.locator(tid('commitment-detail')).innerText()).not.toContain('Loading')
      await page.locator(tid('detail-close')).click()
      await page.locator(tid('damaged-delete')).click()
      await notice.waitFor({ state: 'detached' })
      await waitForKpi(page, 'commitments', '5')
      expect(await page.locator(tid('snapshot-banner')).getAttribute('data-snapshot-id')).toBe('e2e-intact')
      await page.locator(tid('storage-open')).click()
      expect(
        await page.locator(tid('stored-snapshot')).evaluateAll((els) => els.map((e) => e.getAttribute('data-id'))),
      ).toEqual(['e2e-intact'])
      await context.close()
    },
  )

  it('re-importing its file replaces the damaged snapshot', async () => {
    const { context, page } = await damagedTab('garbage')
    await page.locator(tid('snapshot-damaged')).waitFor()
    await page.locator(tid('damaged-reimport-input')).setInputFiles(writeFixture('basic.json', basicSnapshot()))
    await page.locator(tid('confirm-replace')).click()
    await page.locator(tid('snapshot-damaged')).waitFor({ state: 'detached' })
    await page.evaluate(() => (location.hash = '#/?c=C1'))
    await page.locator(`${tid('detail-status')}[data-value="completed"]`).waitFor()
    // Shown first, then stored: the reload comes once the import says it is saved.
    await page.locator(`${tid('import-status')}[data-state="ok"]`).waitFor()
    await page.reload()
    await waitForKpi(page, 'commitments', '8')
    await page.locator(tid('commitment-row')).first().waitFor()
    expect(await page.locator(tid('snapshot-damaged')).count()).toBe(0)
    await context.close()
  })
})
