/**
 * A pseudo-locale built here from en (accented, 40% longer, each message between ⟦ ⟧) is served
 * in place of the Russian message chunk, so the app needs no test-only code. On the dashboard, a
 * country page, a commitment's details, the comparison of two reports (its change list scrolled into
 * view) and an import's errors, at 1440 and 390 px, this fails on
 * visible text that did not come from i18n (no ⟦ ⟧, not data, not a number or a date) and on text
 * that runs out of a box that clips it, or makes the page wider than the screen.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { fixturePath } from '../support/fixtures'
import { COUNTRY_CODES } from '../../src/domain/countries'
import en from '../../src/i18n/locales/en'
import { basicSnapshot, nextReport, writeFixture } from './fixtures'
import { importFiles, launchBrowser, tid, waitForDashboard, waitForKpi } from './browser'

const base = inject('baseUrl')
const SNAPSHOT = basicSnapshot('pseudo')
const FILE = writeFixture('pseudo.json', SNAPSHOT)
/** Half a year later, the same series: the comparison page, its counts, matrix and change list. */
const NEXT = nextReport('pseudo-h2')
const NEXT_FILE = writeFixture('pseudo-h2.json', NEXT)
const DANGLING = fixturePath('invalid/dangling-agreement-id.json')

const ACCENTS: Record<string, string> = Object.fromEntries(
  [...'aáeéiíoóuúcçnñsšzžyýAÅEÉIÎOÖUÜCÇNÑSŠ'.matchAll(/(.)(.)/g)].map((m) => [m[1], m[2]]),
)
/** One message in the pseudo-locale: placeholders and plural bars kept, letters accented, 40% longer. */
function pseudo(message: string): string {
  return message
    .split(' | ')
    .map((form) => {
      const body = form.replace(/(\{\w+\})|([^{]+)/g, (_, ph: string, text: string) =>
        ph ? ph : text.replace(/[a-zA-Z]/g, (c) => ACCENTS[c] ?? c),
      )
      // The extra 40% as short words, as a longer translation has (not one unbreakable run).
      const extra = 'ẋẋẋ '.repeat(Math.ceil((form.length * 0.4) / 4)).trim()
      return `⟦${body} ${extra}⟧`
    })
    .join(' | ')
}
type Tree = { readonly [k: string]: string | Tree }
const pseudoTree = (t: Tree): Tree =>
  Object.fromEntries(Object.entries(t).map(([k, v]) => [k, typeof v === 'string' ? pseudo(v) : pseudoTree(v)]))
const PSEUDO_MODULE = `export default ${JSON.stringify(pseudoTree(en as unknown as Tree))}`

/** Text the app shows that rightly comes from elsewhere: the data, Intl's names, the language names. */
function foreignText(): string[] {
  const strings: string[] = []
  const walk = (v: unknown) => {
    if (typeof v === 'string') strings.push(v)
    else if (v && typeof v === 'object') Object.values(v).forEach(walk)
  }
  walk(SNAPSHOT)
  walk(NEXT)
  const regions = new Intl.DisplayNames('ru', { type: 'region' })
  strings.push(...COUNTRY_CODES.map((c) => regions.of(c)!))
  strings.push('English', 'Русский', 'Қазақша', 'Монгол', 'PNG', 'SVG')
  return [...new Set(strings)].filter((s) => s.length > 1).sort((a, b) => b.length - a.length)
}

interface Finding {
  kind: 'not-i18n' | 'overflow'
  text: string
}

/** Walks the visible text of the page; everything runs in the browser. */
function inspect(page: Page, foreign: string[]): Promise<Finding[]> {
  return page.evaluate((foreign) => {
    const out: { kind: 'not-i18n' | 'overflow'; text: string }[] = []
    const months =
      /(январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яё]*\.?|г\.|дн\.|кБ|МБ|ГБ/gi
    const isForeign = (text: string) => {
      let rest = text
      for (const f of foreign) if (rest.includes(f)) rest = rest.split(f).join(' ')
      rest = rest.replace(months, ' ').replace(/[\d\s\p{P}\p{S}]+/gu, '')
      return rest.length < 2
    }
    const clips = (style: CSSStyleDeclaration) =>
      ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY)
    const scrolls = (style: CSSStyleDeclaration) =>
      ['auto', 'scroll'].includes(style.overflowX) || ['auto', 'scroll'].includes(style.overflowY)
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim()
      const parent = node.parentElement
      if (!text || !parent || parent.closest('script, style, code, .visually-hidden, [aria-hidden="true"]')) continue
      if (parent.closest('option') && !parent.closest('select:focus')) continue // closed select: only its value shows
      const range = document.createRange()
      range.selectNodeContents(node)
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0)
      if (!rects.length || getComputedStyle(parent).visibility === 'hidden') continue
      if (!/[⟦⟧ẋ]/.test(text) && !isForeign(text)) out.push({ kind: 'not-i18n', text })
      const box = range.getBoundingClientRect()
      for (let el: HTMLElement | null = parent; el && el !== document.body; el = el.parentElement) {
        const style = getComputedStyle(el)
        if (scrolls(style)) break // a box that scrolls shows all of its text
        // Data cut with … is fine where the element's title gives it in full; a label is not.
        const titled = el.getAttribute('title')?.includes(text)
        if (style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) {
          if (!titled) out.push({ kind: 'overflow', text: `${text.slice(0, 60)} (cut with …)` })
          break
        }
        if (clips(style)) {
          const r = el.getBoundingClientRect()
          if (box.left < r.left - 1 || box.right > r.right + 1 || box.top < r.top - 1 || box.bottom > r.bottom + 1)
            out.push({ kind: 'overflow', text: `${text.slice(0, 60)} (clipped by ${el.className || el.tagName})` })
          break
        }
      }
    }
    for (const el of document.querySelectorAll<HTMLElement>('[placeholder], [aria-label], [title]'))
      for (const name of ['placeholder', 'aria-label', 'title']) {
        const v = el.getAttribute(name)
        if (v && !/[⟦⟧]/.test(v) && !isForeign(v)) out.push({ kind: 'not-i18n', text: `${name}="${v}"` })
      }
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth + 1)
      out.push({ kind: 'overflow', text: `the page is ${document.documentElement.scrollWidth}px wide` })
    return out
  }, foreign)
}

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe.each([
  [1440, 900],
  [390, 844],
])('the pseudo-locale at %i px', (width, height) => {
  async function open(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true })
    // The Russian chunk is the one swapped: its module is `export default <messages>`.
    await context.route(/\/assets\/ru-[\w-]+\.js$/, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: PSEUDO_MODULE }),
    )
    const page = await context.newPage()
    page.setDefaultTimeout(20_000)
    await page.goto(`${base}/?lang=ru`)
    await waitForDashboard(page)
    return page
  }
  const foreign = foreignText()

  it('every visible text comes from i18n, and none overflows its box', async () => {
    const page = await open()
    expect(await page.locator(tid('kpi-commitments')).innerText()).toContain('⟦')
    expect(await importFiles(page, FILE)).toBe('ok')
    await waitForKpi(page, 'commitments', '8')
    await waitForDashboard(page)
    const findings: Finding[] = []
    findings.push(...(await inspect(page, foreign)))

    await page.goto(`${base}/#/country/MN?lang=ru`)
    await page.locator(tid('country-page')).waitFor()
    await waitForKpi(page, 'commitments', '3')
    findings.push(...(await inspect(page, foreign)))

    await page.goto(`${base}/#/?c=C2&lang=ru`)
    await page.locator(`${tid('commitment-detail')} ${tid('detail-status')}`).waitFor()
    findings.push(...(await inspect(page, foreign)))

    await page.goto(`${base}/#/?lang=ru`)
    await waitForDashboard(page)
    expect(await importFiles(page, NEXT_FILE)).toBe('ok')
    await page.locator(tid('compare-section')).waitFor()
    await page.locator(tid('change-list')).scrollIntoViewIfNeeded()
    await expect.poll(() => page.locator(tid('change-row')).count()).toBe(8)
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
    findings.push(...(await inspect(page, foreign)))

    await page.goto(`${base}/#/?lang=ru`)
    await waitForDashboard(page)
    expect(await importFiles(page, DANGLING)).toBe('error')
    findings.push(...(await inspect(page, [...foreign, 'import', 'dangling', 'agreement', 'json'])))
    await page.context().close()
    expect(findings).toEqual([])
  })
})
