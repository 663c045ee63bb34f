/**
 * Hostile and unlucky input that a user sees (issue 17): hostile route parameters, several files
 * in one pick, messages that say what was found, an SVG with characters XML cannot carry.
 */
import { readFileSync, truncateSync, writeFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { basicSnapshot, pageWithBasicSnapshot, writeFixture } from './fixtures'
import { download, importFiles, launchBrowser, newPage, scrolledTo, tid, waitForDashboard } from './browser'
import { readCsv } from '../support/csv'

const base = inject('baseUrl')
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** Page errors (uncaught exceptions) and console errors, from now on. */
function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`)
  })
  return errors
}

const HOSTILE = [
  '__proto__',
  'constructor',
  'toString',
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=2</script>',
  '../../etc/passwd',
  'x'.repeat(5000),
  '\u202e\u0000\u0001',
  '🙂',
  'mn',
  'ZZ',
]

describe('hostile route parameters (item 8)', () => {
  it('every route with a hostile parameter says "not found" with a way back; no page error, never a blank page', async () => {
    const page = await pageWithBasicSnapshot(browser, base)
    const errors = watchErrors(page)
    const go = async (hash: string) => {
      await page.evaluate((h) => (location.hash = h), hash)
      await page.waitForFunction((h) => location.hash === h || decodeURIComponent(location.hash) !== '', hash)
    }
    for (const value of HOSTILE) {
      const v = encodeURIComponent(value)
      await go(`#/country/${v}`)
      await page
        .locator(`${tid('country-missing')}, ${tid('country-page')}`)
        .first()
        .waitFor()
      if (!/^[A-Za-z]{2}$/.test(value)) await page.locator(tid('country-missing')).waitFor()
      await page.locator(tid('back-to-dashboard')).waitFor()

      await go(`#/agreement/${v}`)
      await page.locator(tid('agreement-missing')).waitFor()
      await page.locator(tid('back-to-dashboard')).waitFor()

      for (const route of [`#/?c=${v}`, `#/agreement/A1?c=${v}`, `#/country/MN?c=${v}`]) {
        await go(route)
        await page.locator(tid('commitment-detail')).getByText('No commitment with the id').waitFor()
      }
      for (const route of [`#/?s=${v}`, `#/?vs=${v}`, `#/?s=${v}&vs=${v}&c=${v}`]) {
        await go(route)
        await page.locator(tid('kpi-commitments')).waitFor()
      }
      expect((await page.locator('#app').innerText()).trim().length, value).toBeGreaterThan(20)
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
    expect(errors).toEqual([])
    // The way back works.
    await page.evaluate(() => (location.hash = '#/country/__proto__'))
    await page.locator(tid('country-missing')).waitFor()
    await page.locator(tid('back-to-dashboard')).click()
    await waitForDashboard(page)
  })

  it('a hostile country opened as the first page (a shared link) is not a blank page', async () => {
    for (const value of ['__proto__', '<img src=x>']) {
      const page = await pageWithBasicSnapshot(browser, base)
      const errors = watchErrors(page)
      await page.goto(`${base}/?lang=en#/country/${encodeURIComponent(value)}`)
      await page.reload()
      await page.locator(tid('country-missing')).waitFor()
      await page.locator(tid('back-to-dashboard')).waitFor()
      expect(errors).toEqual([])
      await page.context().close()
    }
  })
})

describe('several files in one pick (item 10)', () => {
  it('each file keeps its own result, by name: a refused file’s errors stay when a later one succeeds', async () => {
    const page = await pageWithBasicSnapshot(browser, base)
    const bad1 = basicSnapshot('e2e-bad1') as ReturnType<typeof basicSnapshot> & Record<string, unknown>
    ;(bad1.commitments[0] as Record<string, unknown>).due = '2025-02-30'
    ;(bad1.commitments[1] as Record<string, unknown>).status = 'bogus'
    const bad2 = basicSnapshot('e2e-bad2')
    ;(bad2.commitments[2] as Record<string, unknown>).sphere = 'Not A Sphere'
    const good = basicSnapshot('e2e-good')
    const files = [
      writeFixture('first-refused.json', bad1),
      writeFixture('second-refused.json', bad2),
      writeFixture('then-imported.json', good),
    ]
    expect(await importFiles(page, files)).toBe('error')
    const status = page.locator(tid('import-status'))
    await expect.poll(() => status.locator('.outcome').count()).toBe(3)
    const text = await status.innerText()
    expect(text).toContain('first-refused.json was not imported: 2 problems were found')
    expect(text).toContain('second-refused.json was not imported: one problem was found')
    expect(text).toContain('then-imported.json imported')
    // Each refused file's problems are listed under its name.
    const first = status.locator(tid('import-file-result')).filter({ hasText: 'first-refused.json' })
    expect(await first.locator('li').allInnerTexts()).toEqual([
      expect.stringContaining('commitments[0].due'),
      expect.stringContaining('commitments[1].status'),
    ])
    // The hook lists the errors of the last refused file.
    const hook = await page.locator(tid('import-errors')).locator('li').allInnerTexts()
    expect(hook).toEqual([expect.stringContaining('commitments[2].sphere')])
    expect(await page.locator(tid('import-errors')).count()).toBe(1)
  })
})

describe('messages say what was found (item 12)', () => {
  it('a file one byte over the limit says sizes that differ', async () => {
    const { page } = await (async () => {
      const context = await browser.newContext()
      return { page: await context.newPage() }
    })()
    await page.goto(base + '/')
    await waitForDashboard(page)
    const path = writeFixture('one-byte-over.json', '')
    writeFileSync(path, '')
    truncateSync(path, 256 * 1024 * 1024 + 1)
    expect(await importFiles(page, path)).toBe('error')
    const message = await page.locator(tid('import-errors')).locator('li').first().innerText()
    const sizes = /The file is (.+); the dashboard accepts files up to (.+)\./.exec(message)
    expect(sizes, message).not.toBeNull()
    expect(sizes![1]).not.toBe(sizes![2])
    expect(message).toContain('268,435,457')
    expect(message).toContain('268,435,456')
    await page.context().close()
  })

  it('a progress of -0 shows 0%, never -0%', async () => {
    const page = await pageWithBasicSnapshot(browser, base)
    const raw = JSON.stringify(basicSnapshot('e2e-minus-zero')).replace('"progress":40', '"progress":-0')
    expect(raw).toContain('"progress":-0')
    expect(await importFiles(page, writeFixture('minus-zero.json', raw))).toBe('ok')
    await page.evaluate(() => (location.hash = '#/agreement/A1?c=C2'))
    await page.locator(tid('agreement-commitments')).waitFor()
    await page.locator(tid('detail-status')).waitFor()
    const shown = await page.locator('#app').innerText()
    expect(shown).toContain('0%')
    expect(shown).not.toContain('-0%')
    expect(shown).not.toContain('−0%')
  })

  it('a repeated name is refused in the browser, naming both places; strings full of colons and quotes import', async () => {
    const { context, page } = await newPage(browser)
    const scripts: string[] = []
    context.on('request', (r) => scripts.push(r.url()))
    const errors = watchErrors(page)
    await page.goto(base + '/')
    await waitForDashboard(page)
    const pretty = JSON.stringify(basicSnapshot('e2e-repeated'), null, 2)
    const repeated = pretty.replace(/"due": "([^"]+)"/, '"due": "$1",\n      "due": "2099-01-01"')
    expect(repeated).not.toBe(pretty)
    expect(await importFiles(page, writeFixture('repeated.json', repeated))).toBe('error')
    const message = await page.locator(tid('import-errors')).locator('li').first().innerText()
    const lineOf = (needle: string) => repeated.slice(0, repeated.indexOf(needle)).split('\n').length
    expect(message).toContain('due')
    expect(message).toContain(`line ${lineOf('"due"')}`)
    expect(message).toContain(`line ${lineOf('"due": "2099-01-01"')}`)
    const colons = JSON.stringify(basicSnapshot('e2e-colons')).replace(
      '"publisher":"Test ministry"',
      '"publisher":"a\\": b: \\\\ \\" :"',
    )
    expect(colons).toContain('\\": b:')
    expect(await importFiles(page, writeFixture('colons.json', colons))).toBe('ok')
    // The count worker ran beside the data worker (its script loaded, once: it serves every import).
    expect(scripts.filter((u) => /countWorker/.test(u))).toHaveLength(1)
    expect(errors).toEqual([])
  })

  it('a raw control character is shown as U+0001 in the message', async () => {
    const page = await pageWithBasicSnapshot(browser, base)
    expect(await importFiles(page, writeFixture('control.json', '{"format": \u0001}'))).toBe('error')
    expect(await page.locator(tid('import-errors')).innerText()).toContain('unexpected “U+0001”')
  })
})

describe('SVG export with characters XML cannot carry (item 6)', () => {
  it('parses as XML: no parsererror', async () => {
    const page = await pageWithBasicSnapshot(browser, base)
    const s = basicSnapshot('e2e-xml') as ReturnType<typeof basicSnapshot> & { spheres?: unknown[] }
    s.snapshot.title = { en: 'Control \u0001\u0008\u000b\u001f and \uFFFE\uFFFF end', ru: 'x' }
    s.spheres = [{ id: 'space_x', name: 'Space \u0002\uFFFF sphere' }]
    ;(s.commitments[0] as Record<string, unknown>).sphere = 'space_x'
    expect(await importFiles(page, writeFixture('xml.json', s))).toBe('ok')
    await page.locator(`${tid('chart-status-by-sphere')}[data-state="ready"]`).waitFor()
    const [dl] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.locator(tid('chart-status-by-sphere')).locator(tid('chart-svg')).first().click(),
    ])
    const text = readFileSync(await dl.path(), 'utf8')
    expect(text).toContain('Space  sphere')
    const problems = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
      return [...doc.getElementsByTagName('parsererror')].map((e) => e.textContent)
    }, text)
    expect(problems).toEqual([])
  })
})

describe('many spheres (item 4): charts draw their largest rows, tables and CSV keep every one', () => {
  it('60 declared spheres: the sphere chart draws 40 bars (the rest in one), the heatmap says what it shows', async () => {
    const page = await pageWithBasicSnapshot(browser, base)
    const s = basicSnapshot('e2e-many-spheres') as ReturnType<typeof basicSnapshot> & { spheres?: unknown[] }
    s.spheres = Array.from({ length: 60 }, (_, k) => ({ id: `declared_${k}`, name: `Declared sphere ${k}` }))
    const template = s.commitments[0]
    s.commitments = Array.from({ length: 120 }, (_, i) => ({
      ...template,
      id: `M${i}`,
      sphere: `declared_${i % 60}`,
      agreementId: 'A1',
    }))
    expect(await importFiles(page, writeFixture('many-spheres.json', s))).toBe('ok')
    const chart = page.locator(tid('chart-status-by-sphere'))
    await page.locator(`${tid('chart-status-by-sphere')}[data-state="ready"]`).waitFor()
    // 40 bars drawn (39 and one for the other 21), at the height of 40, not 60.
    expect(await chart.getAttribute('data-bars')).toBe('40')
    expect(await chart.locator('.chart-box').evaluate((e) => (e as HTMLElement).style.height)).toBe(`${72 + 40 * 30}px`)
    const { text } = await download(page, tid('chart-status-by-sphere'), 'chart-csv')
    expect(readCsv(text).length - 1).toBe(60)
    await scrolledTo(page, tid('chart-completion-heatmap'))
    expect(await page.locator(tid('chart-completion-heatmap')).innerText()).toContain(
      'Only the 30 largest of 60 spheres are drawn',
    )
    await page.close()
  })
})
