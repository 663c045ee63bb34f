/**
 * Offline: after one visit the service worker keeps every file of the app, so with the host
 * gone and the network off a reload, a link with filters, a country page, an import and every
 * export still work; a newly deployed version waits for the user's "reload". The build is served
 * by a plain static host under a sub-path (as an intranet would), which the test can stop.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BASIC_EXPECTED, basicSnapshot, writeFixture } from './fixtures'
import { address, importFiles, launchBrowser, newPage, readKpis, tid, waitForDashboard, waitForKpi } from './browser'
import { serveStatic, type StaticHost } from './staticServer'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** A fresh profile that allows service workers, its first visit done and the page controlled. */
async function visitOnce(host: StaticHost): Promise<{ context: BrowserContext; page: Page }> {
  const made = await newPage(browser, { serviceWorkers: 'allow' })
  await made.page.goto(host.url)
  await waitForDashboard(made.page)
  await made.page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated')
  return made
}

async function downloadBytes(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.locator(tid(button)).first().click(),
  ])
  return { name: dl.suggestedFilename(), bytes: readFileSync(await dl.path()) }
}

describe('offline', () => {
  it('after one visit, with the host stopped and the network off, the app reloads, follows links, imports and exports', async () => {
    const host = await serveStatic('dist')
    const { context, page } = await visitOnce(host)
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    expect(await importFiles(page, writeFixture('offline-basic.json', basicSnapshot()))).toBe('ok')
    await waitForKpi(page, 'commitments', '8')

    await host.stop()
    await context.setOffline(true)
    const seen = host.requests()

    await page.reload()
    await waitForDashboard(page)
    expect(await readKpis(page)).toEqual(BASIC_EXPECTED.kpi)

    // A hand-written link with a filter in the query, as a colleague would send it.
    await page.goto(`${host.url}?sphere=digitalization`)
    await waitForKpi(page, 'commitments', '3')
    expect(await address(page)).toContain('sphere=digitalization')

    // A country page is a lazily loaded chunk.
    await page.goto(`${host.url}#/country/MN`)
    await page.locator(tid('country-page')).waitFor()
    expect(await page.locator(tid('kpi-commitments')).getAttribute('data-value')).toBe('3')

    await page.goto(host.url)
    await waitForDashboard(page)
    // The deck writer, pptxgenjs, the workbook writer and the SVG renderer are all lazy chunks.
    const deck = await downloadBytes(page, 'export-pptx')
    expect(deck.bytes.subarray(0, 2).toString()).toBe('PK')
    expect(Object.keys((await JSZip.loadAsync(deck.bytes)).files)).toContain('ppt/presentation.xml')
    const workbook = await downloadBytes(page, 'export-xlsx')
    expect(Object.keys((await JSZip.loadAsync(workbook.bytes)).files)).toContain('xl/workbook.xml')
    const svg = await downloadBytes(page, 'chart-svg')
    expect(svg.bytes.toString('utf8')).toContain('<svg')

    // The import runs in the data worker, a file of its own.
    const other = { ...basicSnapshot('offline-second'), commitments: basicSnapshot().commitments.slice(0, 5) }
    expect(await importFiles(page, writeFixture('offline-second.json', other))).toBe('ok')
    await waitForKpi(page, 'commitments', '5')

    expect(host.requests()).toBe(seen)
    expect(errors).toEqual([])
    await context.close()
  })

  it('is installable: the page links a manifest with a start under the sub-path and PNG icons that exist', async () => {
    const host = await serveStatic('dist')
    const { context, page } = await visitOnce(host)
    const href = await page.locator('link[rel="manifest"]').getAttribute('href')
    const manifestUrl = new URL(href!, page.url())
    const manifest = await page.evaluate((u) => fetch(u).then((r) => r.json()), manifestUrl.href)
    expect(manifest.display).toBe('standalone')
    expect(new URL(manifest.start_url, manifestUrl).href).toBe(host.url)
    expect(new URL(manifest.scope, manifestUrl).href).toBe(host.url)
    const sizes = manifest.icons
      .filter((i: { type: string }) => i.type === 'image/png')
      .map((i: { sizes: string }) => i.sizes)
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']))
    for (const icon of manifest.icons) {
      const ok = await page.evaluate((u) => fetch(u).then((r) => r.ok), new URL(icon.src, manifestUrl).href)
      expect(ok, icon.src).toBe(true)
    }
    // The worker's scope is the sub-path, not the host's root.
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.scope))).toBe(host.url)
    await context.close()
    await host.stop()
  })

  it('a new deployed version waits for the user: a prompt, no reload by itself, and the data survives the update', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'coop-dist-'))
    cpSync('dist', copy, { recursive: true })
    const host = await serveStatic(copy)
    const { context, page } = await visitOnce(host)
    expect(await importFiles(page, writeFixture('update-basic.json', basicSnapshot()))).toBe('ok')
    await waitForKpi(page, 'commitments', '8')
    const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL)

    // Deploy "a new version": the worker script changes, as every build's precache list does.
    writeFileSync(join(copy, 'sw.js'), readFileSync(join(copy, 'sw.js'), 'utf8') + '\n// next version\n')
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true))
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.update()))
    await page.locator(tid('update-available')).waitFor()
    // The new version waits: the page is the same page, the old worker still serves it.
    await page.waitForTimeout(500)
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true)
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !!r?.waiting))).toBe(true)

    await Promise.all([page.waitForEvent('load'), page.locator(tid('update-reload')).click()])
    await waitForDashboard(page)
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBeUndefined()
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !r?.waiting))).toBe(true)
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(firstWorker)
    expect(await readKpis(page)).toEqual(BASIC_EXPECTED.kpi)
    await context.close()
    await host.stop()
  })
})
