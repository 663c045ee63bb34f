/**
 * On paper and on a phone. Printing is checked on Chromium's own PDF (page.pdf, print media):
 * its text has the snapshot, the as-of date and the filters, and no control's label; every chart
 * is on the page whole. A phone (390 × 844) shows the KPIs in the first screen, the filters
 * behind one button, the heatmap in a box of its own that scrolls, and nothing wider than the screen.
 */
import type { Browser, Page } from 'playwright-core'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser, newPage, tid, waitForDashboard, waitForKpi } from './browser'
import { basicSnapshot, pageWithBasicSnapshot } from './fixtures'

const base = inject('baseUrl')
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** The text of each page of the PDF Chromium prints of this page. */
async function printedPages(page: Page): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(await page.pdf({ format: 'A4' })) }).promise
  const pages: string[] = []
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent()
    pages.push(content.items.map((i) => ('str' in i ? i.str : '')).join(' '))
  }
  return pages
}

/** Labels of the page's controls, none of which belongs on paper. */
const CONTROLS = [
  'Show as table',
  'Download data (CSV)',
  'Slides (PowerPoint)',
  'Import snapshot',
  'Clear all filters',
  'Storage',
  'Patterns in charts',
]

describe('print', () => {
  it('the dashboard prints as a report: snapshot, as-of date and filters on top, no buttons, every chart whole, a note for the table', async () => {
    const page = await pageWithBasicSnapshot(browser, base)
    await page.goto(`${base}/#/?sphere=digitalization`)
    await waitForKpi(page, 'commitments', '3')
    await waitForDashboard(page)
    const pages = await printedPages(page)
    const all = pages.join('\n')
    expect(pages[0]).toContain(basicSnapshot().snapshot.title.en)
    expect(pages[0]).toContain('As of June 30, 2026')
    expect(pages[0]).toContain('Filters: Sphere: Digitalization')
    for (const label of CONTROLS) expect(all, label).not.toContain(label)
    expect(all).toContain('The list of 3 commitments is not printed: Export → Workbook (Excel) holds them all.')

    // Whole charts: in print media, no chart panel crosses a page boundary (A4 less the margins).
    await page.emulateMedia({ media: 'print' })
    const charts = await page
      .locator('.chart-panel')
      .evaluateAll((els) =>
        els.map((e) => ({ height: e.getBoundingClientRect().height, style: getComputedStyle(e).breakInside })),
      )
    expect(charts.length).toBe(6)
    for (const c of charts) {
      expect(c.style).toBe('avoid')
      expect(c.height).toBeLessThan(((297 - 24) / 25.4) * 96)
    }
    // Each chart's title starts on the same page as its picture: the titles are all printed once.
    for (const title of [
      'Follow-up status by sphere',
      'Completion rate by sphere and partner country',
      'Deadlines by month',
    ])
      expect(all.split(title).length - 1, title).toBe(1)
    await page.context().close()
  })

  it('a country page prints its briefing with the same header and no buttons', async () => {
    const page = await pageWithBasicSnapshot(browser, base)
    await page.goto(`${base}/#/country/MN`)
    await page.locator(tid('country-agreements')).waitFor()
    const all = (await printedPages(page)).join('\n')
    expect(all).toContain('As of June 30, 2026')
    expect(all).toContain('Filters: Partner country: Mongolia')
    expect(all).toContain('Memorandum with Mongolia')
    for (const label of [...CONTROLS, 'Back to the dashboard']) expect(all, label).not.toContain(label)
    await page.context().close()
  })
})

describe('phone, 390 × 844', () => {
  it('the KPIs are in the first screen, the filters behind one button, nothing wider than the screen', async () => {
    const { context, page } = await newPage(browser, { viewport: { width: 390, height: 844 } })
    await page.goto(base + '/')
    await waitForDashboard(page)
    for (const kpi of ['agreements', 'commitments', 'completed', 'completion-rate', 'overdue']) {
      const box = (await page.locator(tid(`kpi-${kpi}`)).boundingBox())!
      expect(box.y + box.height, kpi).toBeLessThanOrEqual(844)
      expect(box.x + box.width, kpi).toBeLessThanOrEqual(390)
    }
    expect(await page.locator(tid('filter-search')).isVisible()).toBe(false)
    const toggle = page.locator(tid('filters-toggle'))
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')
    await toggle.click()
    expect(await toggle.getAttribute('aria-expanded')).toBe('true')
    expect(await page.locator(tid('filter-search')).isVisible()).toBe(true)
    await page.locator(`${tid('filter-spheres')} summary`).click()
    await page.getByRole('checkbox', { name: 'Digitalization' }).check()
    await page.keyboard.press('Escape')
    await toggle.click()
    // Folded again, the button says how many filters apply.
    expect(await toggle.textContent()).toContain('1')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await context.close()
  })

  it('the heatmap is drawn at a readable width in a box that scrolls sideways and takes the focus', async () => {
    const { context, page } = await newPage(browser, { viewport: { width: 390, height: 844 } })
    await page.goto(base + '/')
    await waitForDashboard(page)
    const box = page.locator(`${tid('chart-completion-heatmap')} .chart-scroll`)
    await box.scrollIntoViewIfNeeded()
    const { scroll, client } = await box.evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth }))
    expect(client).toBeLessThan(390)
    expect(scroll).toBeGreaterThan(client)
    expect(await box.getAttribute('tabindex')).toBe('0')
    expect(await box.getAttribute('aria-label')).toBe('Completion rate by sphere and partner country')
    await box.focus()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    // Keyboard scrolling may be animated: wait for it to move.
    await expect.poll(() => box.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await context.close()
  })
})
