/**
 * The interface in Russian, Kazakh and Mongolian, in real Chromium: the dashboard, a country page,
 * a commitment's details, an import error, the deck's XML and a chart CSV's labels, each checked
 * against the message files, the glossary and Node's ICU (which Chromium lacks for kk and mn).
 */
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import JSZip from 'jszip'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { fixturePath } from '../support/fixtures'
import { termName } from '../../src/i18n/glossary'
import en from '../../src/i18n/locales/en'
import kk from '../../src/i18n/locales/kk'
import mn from '../../src/i18n/locales/mn'
import ru from '../../src/i18n/locales/ru'
import { basicSnapshot, writeFixture } from './fixtures'
import { readCsv } from '../support/csv'
import {
  address,
  delayWorkerRequests,
  importFiles,
  launchBrowser,
  newPage,
  scrolledTo,
  tid,
  waitForDashboard,
  waitForKpi,
} from './browser'

const base = inject('baseUrl')
const MESSAGES = { en, ru, kk, mn }
const LANGS = ['ru', 'kk', 'mn'] as const
const DANGLING = fixturePath('invalid/dangling-agreement-id.json')
const BASIC = writeFixture('language-basic.json', basicSnapshot())
/** Words the data itself brings (titles in English, the file's name), which the interface words are not judged by. */
const DATA_WORDS = new Set(
  (`${readFileSync(BASIC, 'utf8')} ${basename(BASIC)}`.match(/[A-Za-z]{3,}/g) ?? []).map((w) => w.toLowerCase()),
)
const ALLOWED = new Set(['png', 'svg', 'csv', 'json', 'xlsx', 'powerpoint', 'excel', 'english'])

const nodeDate = (lang: string, iso: string) =>
  new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  )
const nodeCountry = (lang: string, code: string) => new Intl.DisplayNames(lang, { type: 'region' }).of(code)!
/** The literal parts of a message (between its placeholders), which the shown text must contain. */
const literals = (message: string) =>
  message
    .split(/\{\w+\}/)
    .map((s) => s.trim())
    .filter((s) => s.length > 3)

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

async function withBasic(lang: string): Promise<Page> {
  const { page } = await newPage(browser)
  await page.goto(`${base}/?lang=${lang}`)
  await waitForDashboard(page)
  expect(await importFiles(page, BASIC)).toBe('ok')
  await waitForKpi(page, 'commitments', '8')
  await waitForDashboard(page)
  return page
}

async function downloadBytes(page: Page, scope: string, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.locator(scope).locator(tid(button)).first().click(),
  ])
  return { name: dl.suggestedFilename(), bytes: readFileSync(await dl.path()) }
}

async function csvRows(page: Page, chart: string): Promise<Record<string, string>[]> {
  const { bytes } = await downloadBytes(page, tid(chart), 'chart-csv')
  const [head, ...rows] = readCsv(bytes.toString('utf8')).filter((r) => r.length > 1)
  expect(head.slice(0, 2)).toEqual(['key', 'label']) // the key columns stay language-neutral
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])))
}

describe.each(LANGS)('the interface in %s', (lang) => {
  const m = MESSAGES[lang]

  it('the dashboard: every word, the date, the chart labels and the countries in the language', async () => {
    const page = await withBasic(lang)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang)
    expect(await page.locator(tid('lang-select')).inputValue()).toBe(lang)
    expect(await page.locator(tid('kpi-commitments')).innerText()).toContain(
      termName('kpi', 'commitments', lang).toLocaleUpperCase(lang),
    )
    const text = await page.evaluate(() => document.body.innerText)
    expect(text).toContain(nodeDate(lang, '2026-06-30')) // Node's ICU, also for kk and mn
    const latin = [...new Set(text.match(/[A-Za-z]{3,}/g) ?? [])].filter(
      (w) => !DATA_WORDS.has(w.toLowerCase()) && !ALLOWED.has(w.toLowerCase()),
    )
    expect(latin).toEqual([])

    const spheres = await csvRows(page, 'chart-status-by-sphere')
    expect(spheres.map((r) => r.label).sort()).toEqual(
      spheres.map((r) => termName('sphere', r.key as 'ecology', lang)).sort(),
    )
    const countries = await csvRows(page, 'chart-status-by-country')
    expect(countries.length).toBe(4)
    for (const r of countries) expect(r.label, r.key).toBe(nodeCountry(lang, r.key))
    await page.close()
  })

  it("a country page and a commitment's details", async () => {
    const page = await withBasic(lang)
    await page.goto(`${base}/#/country/MN?lang=${lang}`)
    await page.locator(tid('country-page')).waitFor()
    await waitForKpi(page, 'commitments', '3')
    const country = await page.locator(tid('country-page')).innerText()
    expect(country).toContain(nodeCountry(lang, 'MN'))
    expect(country).toContain(m.briefing.kicker.toLocaleUpperCase(lang).slice(0, 6))

    await page.goto(`${base}/#/?c=C2&lang=${lang}`)
    const detail = page.locator(tid('commitment-detail'))
    await detail.locator(tid('detail-status')).waitFor()
    expect(await detail.locator(tid('detail-status')).innerText()).toBe(termName('status', 'in_progress', lang))
    const shown = await detail.innerText()
    expect(shown).toContain(nodeDate(lang, '2026-01-01'))
    expect(shown).toContain(m.detail.history)
    // 180 days overdue: the many form in Russian (vue-i18n's own rule would pick the few form).
    const days = { ru: 'просрочено на 180 дней', kk: 'мерзімі 180 күнге өтті', mn: '180 хоног хэтэрсэн' }[lang]
    expect(shown).toContain(days)
    // Links inside the app keep the language.
    await detail.locator('a[href*="agreement"]').first().click()
    await page.waitForURL(/#\/agreement\//)
    expect(await address(page)).toContain(`lang=${lang}`)
    await page.close()
  })

  it('an import error is in the language', async () => {
    const { page } = await newPage(browser)
    await page.goto(`${base}/?lang=${lang}`)
    await waitForDashboard(page)
    expect(await importFiles(page, DANGLING)).toBe('error')
    const error = await page
      .locator(`${tid('import-errors')} li`)
      .first()
      .innerText()
    for (const part of literals(m.errors.dangling_agreement)) expect(error).toContain(part)
    const status = await page.locator(tid('import-status')).innerText()
    for (const part of literals(m.import.refused.split('|')[0])) expect(status).toContain(part)
    await page.close()
  })

  it("the deck's slides and charts are in the language", async () => {
    const page = await withBasic(lang)
    const { name, bytes } = await downloadBytes(page, 'body', 'export-pptx')
    expect(name).toMatch(/\.pptx$/)
    expect(name).not.toMatch(/[^\x20-\x7e]/) // file names stay language-neutral
    const zip = await JSZip.loadAsync(bytes)
    const xml = async (re: RegExp) =>
      (
        await Promise.all(
          Object.keys(zip.files)
            .filter((f) => re.test(f))
            .map((f) => zip.file(f)!.async('string')),
        )
      ).join('\n')
    const slides = await xml(/^ppt\/slides\/slide\d+\.xml$/)
    const charts = await xml(/^ppt\/charts\/chart\d+\.xml$/)
    expect(slides).toContain(m.export.deck.title)
    expect(slides).toContain(m.chart.bySphere)
    expect(charts).toContain(termName('status', 'completed', lang))
    expect(charts).toContain(nodeCountry(lang, 'CN'))
    const words = [
      ...new Set(
        [...`${slides}\n${charts}`.matchAll(/<(?:a:t|c:v)>([^<]*)<\/(?:a:t|c:v)>/g)].flatMap(
          (x) => x[1].match(/[A-Za-z]{3,}/g) ?? [],
        ),
      ),
    ].filter((w) => !DATA_WORDS.has(w.toLowerCase()) && !ALLOWED.has(w.toLowerCase()))
    expect(words).toEqual([])
    await page.close()
  })
})

describe('choosing the language', () => {
  it('switching does not reload the data, and the choice is remembered', async () => {
    const page = await withBasic('en')
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true))
    await page.locator(tid('lang-select')).selectOption('kk')
    await page.waitForFunction(() => document.documentElement.lang === 'kk')
    await page.waitForFunction(
      (name) => document.querySelector('[data-testid="kpi-commitments"]')?.textContent?.includes(name),
      termName('kpi', 'commitments', 'kk'),
    )
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true)
    expect(await page.locator(tid('kpi-commitments')).getAttribute('data-value')).toBe('8')
    expect(await address(page)).toContain('lang=kk')
    // Titles follow the language (the basic snapshot has an English and a Russian title).
    await page.locator(tid('lang-select')).selectOption('ru')
    await page.waitForFunction(() => document.body.innerText.includes('Тестовый срез'))
    await page.goto(`${base}/`)
    await waitForDashboard(page)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru')
    await page.close()
  })

  it('a language shown before has its titles at once; another shows placeholders until its titles are built', async () => {
    const basic = basicSnapshot()
    const title = { en: 'Exchange law-making experience', ru: 'Обмен опытом нормотворчества' }
    const snapshot = { ...basic, commitments: basic.commitments.map((c) => (c.id === 'C1' ? { ...c, title } : c)) }
    const file = writeFixture('language-titles.json', snapshot)
    const { context, page } = await newPage(browser)
    // The worker's titles come 1.5 s late: anything shown sooner was not asked of it.
    await delayWorkerRequests(context, 'text', 1500)
    await page.goto(`${base}/?lang=en`)
    await waitForDashboard(page)
    expect(await importFiles(page, file)).toBe('ok')
    await waitForKpi(page, 'commitments', '8')
    const table = page.locator(tid('commitments-table'))
    const firstTitle = async () => (await page.locator(`${tid('commitment-row')}[data-id="C1"]`).textContent()) ?? ''
    await expect.poll(() => table.getAttribute('data-text'), { timeout: 10_000 }).toBe('ready')
    expect(await firstTitle()).toContain('Exchange law-making experience')

    const choose = async (lang: string) => {
      await page.locator(tid('lang-select')).selectOption(lang)
      await page.waitForFunction((l) => document.documentElement.lang === l, lang)
    }
    await choose('ru')
    // Never the previous language's titles: placeholders until the Russian ones are built.
    expect(await table.getAttribute('data-text')).toBe('loading')
    expect(await table.textContent()).not.toContain('Exchange law-making experience')
    await expect.poll(() => table.getAttribute('data-text'), { timeout: 10_000 }).toBe('ready')
    expect(await firstTitle()).toContain('Обмен опытом нормотворчества')

    // Back to English, shown before: its titles at once, well within the worker's delay.
    await choose('en')
    expect(await table.getAttribute('data-text')).toBe('ready')
    expect(await firstTitle()).toContain('Exchange law-making experience')
    await choose('ru')
    expect(await table.getAttribute('data-text')).toBe('ready')
    expect(await firstTitle()).toContain('Обмен опытом нормотворчества')

    // An open commitment stays on screen through a switch to a language shown before: the id ->
    // row map is the same, so its row is not read again (the drawer used to empty and refill).
    await page.locator(`${tid('commitment-row')}[data-id="C1"]`).click()
    await page.locator(tid('detail-status')).waitFor()
    await page.evaluate(() => {
      const w = window as unknown as { detailGone: boolean }
      w.detailGone = false
      new MutationObserver(() => {
        if (!document.querySelector('[data-testid="detail-status"]')) w.detailGone = true
      }).observe(document.body, { childList: true, subtree: true })
    })
    await choose('en')
    await choose('ru')
    await page.locator(tid('detail-status')).waitFor()
    expect(await page.evaluate(() => (window as unknown as { detailGone: boolean }).detailGone)).toBe(false)
    await page.locator(tid('detail-close')).click()

    // The same snapshot imported again with other titles: a new version, with titles of its own.
    const retitled = { en: 'Exchange of law-making practice', ru: 'Обмен практикой нормотворчества' }
    const again = writeFixture('language-titles-again.json', {
      ...basic,
      commitments: basic.commitments.map((c) => (c.id === 'C1' ? { ...c, title: retitled } : c)),
    })
    await page.locator(tid('import-input')).setInputFiles(again)
    await page.locator(tid('confirm-replace')).click()
    await expect.poll(firstTitle, { timeout: 10_000 }).toContain(retitled.ru)
    await choose('en')
    expect(await table.getAttribute('data-text')).toBe('loading')
    expect(await table.textContent()).not.toContain('Exchange law-making experience')
    await expect.poll(firstTitle, { timeout: 10_000 }).toContain(retitled.en)
    await context.close()
  })

  it('every chart drawn on a canvas draws its names again in the new language', async () => {
    const page = await withBasic('en')
    // (The agreements chart's canvas holds years and counts only: its words are its HTML legend.)
    const charts = ['chart-status-by-sphere', 'chart-completion-heatmap', 'chart-deadlines']
    const pixels = () =>
      page.evaluate(
        (ids) =>
          ids.map((id) => (document.querySelector(`[data-testid="${id}"] canvas`) as HTMLCanvasElement).toDataURL()),
        charts,
      )
    for (const id of charts) await scrolledTo(page, tid(id))
    await page.waitForFunction(
      (ids) =>
        ids.every((id) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-state') === 'ready'),
      charts,
    )
    const before = await pixels()
    await page.locator(tid('lang-select')).selectOption('ru')
    await page.waitForFunction(() => document.documentElement.lang === 'ru')
    // Off-screen charts draw when idle or in view: each is scrolled to, then compared.
    for (const [i, id] of charts.entries()) {
      await scrolledTo(page, tid(id))
      await expect
        .poll(
          () =>
            page.evaluate(
              (c) => (document.querySelector(`[data-testid="${c}"] canvas`) as HTMLCanvasElement).toDataURL(),
              id,
            ),
          {
            timeout: 10_000,
          },
        )
        .not.toBe(before[i])
    }
    await page.close()
  })

  it("the first choice comes from the browser's languages", async () => {
    const context = await browser.newContext({ locale: 'mn-MN' })
    const page = await context.newPage()
    await page.goto(`${base}/`)
    await waitForDashboard(page)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('mn')
    expect(await page.locator(tid('lang-select')).inputValue()).toBe('mn')
    await context.close()
  })
})
