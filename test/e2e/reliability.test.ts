import { readFileSync } from 'node:fs'
import JSZip from 'jszip'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { STATUS_COLORS } from '../../src/charts/palette'
import { generateSnapshot, writeSnapshot } from '../bench/generate'
import { basicSnapshot, pageWithBasicSnapshot, writeFixture } from './fixtures'
import {
  colourPatch,
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

const MARKUP = '<img src=x onerror="window.__pwned=1">'
const SCRIPT = '<script>window.__pwned=2</script>'

/** The basic snapshot with markup, scripts and ECharts rich-text markers in every text field. */
function hostileSnapshot() {
  const s = basicSnapshot('e2e-hostile') as ReturnType<typeof basicSnapshot> & { spheres?: unknown[] }
  s.snapshot.title = { en: `Hostile ${MARKUP}`, ru: SCRIPT }
  s.snapshot.publisher = `Ministry ${SCRIPT}`
  s.spheres = [{ id: 'space_x', name: `{a|rich} ${MARKUP}` }]
  const a = s.agreements[0] as Record<string, unknown>
  a.title = `Memorandum ${MARKUP}`
  a.place = `Astana ${SCRIPT}`
  a.event = { en: `Visit ${MARKUP}` }
  a.url = `https://example.org/?q="><img/src=x/onerror=window.__pwned=3>`
  ;(s.agreements[0].parties[1] as Record<string, unknown>).name = `Khural ${MARKUP}`
  const c = s.commitments[1] as Record<string, unknown>
  c.title = `Joint group ${MARKUP} {b|marker}`
  c.text = { en: `Clause ${SCRIPT} javascript:alert(1)` }
  c.responsible = [`Committee ${MARKUP}`]
  c.sphere = 'space_x'
  c.updates = [{ date: '2025-06-01', status: 'in_progress', note: { en: `Note ${MARKUP}` } }]
  return s
}

describe('security', () => {
  it('runs under a strict Content-Security-Policy that the app itself never breaks', async () => {
    const { context, page } = await newPage(browser)
    await context.addInitScript(() => {
      ;(window as unknown as { __violations: string[] }).__violations = []
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      )
    })
    await page.goto(base + '/')
    await waitForDashboard(page)
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(policy).toContain("script-src 'self'")
    expect(policy).toContain("connect-src 'self'")
    expect(policy).not.toContain('unsafe-eval')
    // An inline script (what an injection would add) does not run, and the browser reports it.
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.__inline = 1'
      document.head.append(script)
    })
    await page.waitForFunction(() => (window as unknown as { __violations: string[] }).__violations.length > 0)
    expect(await page.evaluate(() => (window as unknown as { __inline?: number }).__inline)).toBeUndefined()
    const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)
    expect(violations.length).toBeGreaterThan(0)
    for (const v of violations) expect(v).toMatch(/^script-src/)
    await page.evaluate(() => ((window as unknown as { __violations: string[] }).__violations = []))
    expect(await importFiles(page, writeFixture('basic.json', basicSnapshot()))).toBe('ok')
    await waitForKpi(page, 'commitments', '8')
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([])
    await context.close()
  })

  it('makes no request outside its own origin during a whole session', async () => {
    const { context, page } = await newPage(browser)
    const origin = new URL(base).origin
    const foreign: string[] = []
    context.on('request', (r) => {
      const url = r.url()
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url)
    })
    await page.goto(base + '/')
    await waitForDashboard(page)
    await importFiles(page, writeFixture('basic.json', basicSnapshot()))
    await waitForKpi(page, 'commitments', '8')
    await page.locator(tid('filter-overdue')).check()
    await waitForKpi(page, 'commitments', '2')
    await page.locator(`${tid('commitment-row')}[data-id="C2"]`).click()
    await page.locator(tid('commitment-detail')).waitFor()
    await Promise.all([
      page.waitForEvent('download'),
      page.locator(tid('chart-status-by-sphere')).locator(tid('chart-csv')).click(),
    ])
    await page.goto(`${base}/#/country/MN`)
    await page.locator(tid('country-page')).waitFor()
    await page.goto(`${base}/#/agreement/A1`)
    await page.locator(tid('agreement-page')).waitFor()
    await page.locator(tid('storage-open')).click()
    await Promise.all([page.waitForEvent('download'), page.locator(tid('backup-all')).click()])
    expect(foreign).toEqual([])
    await context.close()
  })

  it('shows markup from a file as text everywhere: charts, tooltips, table, detail, pages', async () => {
    const { page } = await newPage(browser)
    const dialogs: string[] = []
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
    await page.goto(base + '/')
    await waitForDashboard(page)
    expect(await importFiles(page, writeFixture('hostile.json', hostileSnapshot()))).toBe('ok')
    await waitForKpi(page, 'commitments', '8')
    for (const canvas of await page.locator('canvas').all()) {
      const box = await canvas.boundingBox()
      if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3)
    }
    // The sphere with the markup name (C2, in progress): its tooltip shows the name as text.
    const at = await colourPatch(page, 'chart-status-by-sphere', STATUS_COLORS.in_progress)
    await page.mouse.move(at.x, at.y)
    const tip = page.locator(`${tid('chart-status-by-sphere')} ${tid('chart-tooltip')}`)
    await tip.waitFor()
    expect((await tip.innerText()).split('\n')[0]).toBe(`{a|rich} ${MARKUP}`)
    expect(await tip.locator('img').count()).toBe(0)
    await page.locator(`${tid('commitment-row')}[data-id="C2"]`).click()
    const detail = page.locator(tid('commitment-detail'))
    await detail.locator(tid('detail-history')).waitFor()
    expect(await detail.textContent()).toContain(MARKUP)
    expect(await detail.textContent()).toContain('{b|marker}')
    expect(await page.locator(tid('snapshot-banner')).textContent()).toContain(MARKUP)
    await page.goto(`${base}/#/agreement/A1`)
    await page.locator(tid('agreement-page')).waitFor()
    const link = page.locator(`${tid('agreement-page')} a[href^="https://example.org"]`)
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer')
    expect(await link.getAttribute('target')).toBe('_blank')
    await page.goto(`${base}/#/country/MN`)
    await page.locator(tid('country-page')).waitFor()
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
    expect(dialogs).toEqual([])
    expect(await page.evaluate(() => document.querySelectorAll('img[src="x"], [onerror]').length)).toBe(0)
    await page.close()
  })
})

describe('faults', () => {
  it('a full disk: the import is rolled back, the user is told what to do, nothing is lost', async () => {
    const { page } = await newPage(browser)
    const cdp = await page.context().newCDPSession(page)
    const origin = new URL(base).origin
    // A small quota, set before the app opens its database (an open connection keeps the quota it started with).
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 400_000 })
    await page.goto(base + '/')
    await waitForDashboard(page)
    expect(await importFiles(page, writeFixture('basic.json', basicSnapshot()))).toBe('ok')
    await waitForKpi(page, 'commitments', '8')
    const big = writeFixture('big.json', JSON.stringify(generateSnapshot({ commitments: 3000, seed: 3 })))
    // The checked snapshot shows while it is being saved, and goes away when the save fails.
    await page.evaluate(() => {
      const kpi = document.querySelector('[data-testid="kpi-commitments"]')!
      const seen = ((window as unknown as { __kpis: string[] }).__kpis = [kpi.getAttribute('data-value') ?? ''])
      new MutationObserver(() => seen.push(kpi.getAttribute('data-value') ?? '')).observe(kpi, {
        attributes: true,
        attributeFilter: ['data-value'],
      })
    })
    expect(await importFiles(page, big)).toBe('error')
    const seen = await page.evaluate(() => (window as unknown as { __kpis: string[] }).__kpis)
    expect(seen.filter((v, i) => v !== seen[i - 1])).toEqual(['8', '3000', '8'])
    expect(await page.locator(tid('snapshot-banner')).getAttribute('data-snapshot-id')).toBe('e2e-basic')
    const message = await page.locator(tid('import-status')).textContent()
    expect(message).toMatch(/storage .*is full/)
    expect(message).toMatch(/Delete snapshots/)
    expect((await readKpis(page)).commitments).toBe('8')
    await page.reload()
    await waitForKpi(page, 'commitments', '8')
    await page.locator(tid('storage-open')).click()
    expect(
      await page.locator(tid('stored-snapshot')).evaluateAll((items) => items.map((i) => i.getAttribute('data-id'))),
    ).toEqual(['e2e-basic'])
    await page.close()
  })

  it('a reload in the middle of saving leaves the previous data, or the whole new snapshot, never half of it', async () => {
    const page = await withBasic()
    const file = writeFixture('reload-me.json', '')
    await writeSnapshot(file, { commitments: 60_000, seed: 5 })
    await page.locator(tid('import-input')).setInputFiles(file)
    await page.waitForFunction(
      () => /Saving/.test(document.querySelector('[data-testid="import-status"]')?.textContent ?? ''),
      null,
      { polling: 5, timeout: 60_000 },
    )
    await page.reload()
    await waitForDashboard(page)
    const kpis = await readKpis(page)
    await page.locator(tid('storage-open')).click()
    const stored = await page
      .locator(tid('stored-snapshot'))
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-id')))
    if (kpis.commitments === '8') expect(stored).toEqual(['e2e-basic'])
    else {
      // The save finished before the reload: all of it is there.
      expect(kpis.commitments).toBe('60000')
      expect(stored.sort()).toEqual(['e2e-basic', 'generated-60000-5'])
    }
    await page.close()
  })

  it('a commitment opened while its import is being saved shows once it is stored', async () => {
    const { context, page } = await newPage(browser)
    // The data worker's messages, held on cue: the page's "shown" (which starts the save) and the
    // rows the drawer asks for. That fixes the order that a fast machine hits only now and then.
    await page.addInitScript(() => {
      type Held = { shown: (() => void)[]; rows: (() => void)[]; holding: boolean }
      const held: Held = ((window as unknown as { __held: Held }).__held = { shown: [], rows: [], holding: true })
      const Native = window.Worker
      window.Worker = class extends Native {
        override postMessage(message: unknown, options?: StructuredSerializeOptions | Transferable[]) {
          const send = () => super.postMessage(message, options as StructuredSerializeOptions)
          if (held.holding && (message as { type?: string })?.type === 'shown') held.shown.push(send)
          else send()
        }
        override set onmessage(listener: ((e: MessageEvent) => void) | null) {
          super.onmessage = (e: MessageEvent) => {
            const value = e.data?.type === 'done' ? e.data.value : null
            const isRows = value && Array.isArray(value.commitments) && Array.isArray(value.agreements)
            if (held.holding && isRows) held.rows.push(() => listener?.(e))
            else listener?.(e)
          }
        }
      }
    })
    await page.goto(base + '/')
    await waitForDashboard(page)
    await page.locator(tid('import-input')).setInputFiles(writeFixture('basic.json', basicSnapshot()))
    await waitForKpi(page, 'commitments', '8')
    await page.evaluate(() => (location.hash = '#/?c=C1'))
    const count = (kind: 'shown' | 'rows') =>
      page.evaluate((k) => (window as unknown as { __held: Record<string, unknown[]> }).__held[k].length, kind)
    await expect.poll(() => count('rows'), { timeout: 10_000 }).toBe(1)
    // "shown" goes once the page is idle after drawing the import.
    await expect.poll(() => count('shown'), { timeout: 10_000 }).toBe(1)
    expect(await page.locator(tid('import-status')).getAttribute('data-state')).not.toBe('ok')
    // The save runs and ends; only then does the drawer get its row.
    await page.evaluate(() => {
      const held = (window as unknown as { __held: { shown: (() => void)[]; holding: boolean } }).__held
      held.shown.splice(0).forEach((send) => send())
    })
    await page.locator(`${tid('import-status')}[data-state="ok"]`).waitFor()
    await page.evaluate(() => {
      const held = (window as unknown as { __held: { rows: (() => void)[]; holding: boolean } }).__held
      held.holding = false
      held.rows.splice(0).forEach((deliver) => deliver())
    })
    await page.locator(`${tid('detail-status')}[data-value="completed"]`).waitFor({ timeout: 10_000 })
    await context.close()
  })

  it('tells a tab to reload when another tab upgrades the database', async () => {
    const { context, page } = await newPage(browser)
    await page.goto(base + '/')
    await waitForDashboard(page)
    const other = await context.newPage()
    await other.goto('about:blank')
    await other.goto(base + '/')
    await waitForDashboard(other)
    const upgraded = await other.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const open = indexedDB.open('coop-followup', 50)
          open.onsuccess = () => {
            open.result.close()
            resolve('upgraded')
          }
          open.onerror = () => resolve(String(open.error))
        }),
    )
    expect(upgraded).toBe('upgraded')
    await page.locator(tid('db-outdated')).waitFor()
    expect(await page.locator(tid('db-outdated')).getByRole('button', { name: 'Reload' }).count()).toBe(1)
    await context.close()
  })

  it('100,000 errors in one file: the page stays responsive and lists the first 100 and the count', async () => {
    const { page } = await newPage(browser)
    await page.goto(base + '/')
    await waitForDashboard(page)
    const s = generateSnapshot({ commitments: 100_000, seed: 9 })
    for (const c of s.commitments) c.due = '2025-02-30'
    const file = writeFixture('errors.json', JSON.stringify(s))
    await page.evaluate(() => {
      const w = window as unknown as { __gap: number }
      w.__gap = 0
      let last = performance.now()
      setInterval(() => {
        const now = performance.now()
        w.__gap = Math.max(w.__gap, now - last)
        last = now
      }, 20)
    })
    expect(await importFiles(page, file)).toBe('error')
    expect(await page.locator(`${tid('import-errors')} li`).count()).toBe(100)
    expect(await page.locator(tid('import-status')).textContent()).toContain('99,900 more')
    expect(
      (await page
        .locator(`${tid('import-errors')} li`)
        .first()
        .textContent()) ?? '',
    ).toMatch(/commitments\[0\]\.due.*line \d+, column \d+/)
    // The work happened in the worker: the page's timers kept running.
    expect(await page.evaluate(() => (window as unknown as { __gap: number }).__gap)).toBeLessThan(500)
    await page.close()
  })
})

describe('a large file', () => {
  it('its problems are listed with their place; fixed, it imports whole, with its unknown field reported; without it, silently', async () => {
    const page = await withBasic()
    // About 5 MB, with problems near its start and its end.
    const s = generateSnapshot({ commitments: 12_000, seed: 8 }) as {
      snapshot: { id: string }
      commitments: Record<string, unknown>[]
    }
    s.commitments[100].due = '2025-02-30'
    s.commitments[11_000].status = 'finished'
    s.commitments[11_500].priority = 'high'
    expect(await importFiles(page, writeFixture('big-bad.json', JSON.stringify(s)))).toBe('error')
    const items = await page.locator(`${tid('import-errors')} li`).allTextContents()
    expect(items).toHaveLength(2)
    expect(items[0]).toMatch(/commitments\[100\]\.due.*line \d+, column \d+/)
    expect(items[1]).toMatch(/commitments\[11000\]\.status.*line \d+, column \d+/)

    s.commitments[100].due = '2025-02-28'
    s.commitments[11_000].status = 'completed'
    expect(await importFiles(page, writeFixture('big-good.json', JSON.stringify(s)))).toBe('ok')
    await waitForKpi(page, 'commitments', '12000')
    const warned = await page.locator(tid('import-status')).textContent()
    expect(warned).toContain('commitments[11500].priority')
    // Found once: said once, not "1 times".
    expect(warned).toContain('“priority” is not part of format version 1 and was left out.')

    delete s.commitments[11_500].priority
    s.snapshot.id += '-clean'
    expect(await importFiles(page, writeFixture('big-clean.json', JSON.stringify(s)))).toBe('ok')
    expect(await page.locator(tid('import-status')).textContent()).not.toContain('priority')
    await waitForKpi(page, 'commitments', '12000')
    await page.close()
  })
})

describe('storage health', () => {
  it('shows the space used, deletes one snapshot, and backs up every snapshot as files that re-import', async () => {
    const page = await withBasic()
    expect(await importFiles(page, writeFixture('second.json', basicSnapshot('e2e-second')))).toBe('ok')
    await page.locator(tid('storage-open')).click()
    const usage = page.locator(tid('storage-usage'))
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="storage-usage"]')?.getAttribute('data-usage')) > 0,
    )
    expect(Number(await usage.getAttribute('data-quota'))).toBeGreaterThan(
      Number(await usage.getAttribute('data-usage')),
    )
    expect(await page.locator(tid('stored-snapshot')).count()).toBe(2)

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(tid('backup-all')).click()])
    const zip = await JSZip.loadAsync(readFileSync(await download.path()))
    const names = Object.keys(zip.files).sort()
    expect(names).toEqual(['e2e-basic_snapshot_2026-06-30.json', 'e2e-second_snapshot_2026-06-30.json'])
    const restored = JSON.parse(await zip.file(names[0])!.async('string'))
    expect(restored.commitments).toHaveLength(8)

    await page.locator(`${tid('stored-snapshot')}[data-id="e2e-second"] ${tid('snapshot-delete')}`).click()
    await page.locator(tid('snapshot-delete-confirm')).click()
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="stored-snapshot"]').length === 1)
    await page.locator(tid('storage-close')).click()
    await waitForKpi(page, 'commitments', '8')
    expect(await page.locator(tid('snapshot-banner')).getAttribute('data-snapshot-id')).toBe('e2e-basic')
    await page.close()
  })
})
