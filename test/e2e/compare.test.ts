/**
 * The comparison of two reports on screen: the default baseline, the KPI changes, the class counts,
 * a matrix cell listing its commitments, a class filter in the link through a reload, the drawer's
 * two states, the trend, the country page, and links naming reports that are not stored.
 * The numbers are worked out by hand from the format page ("Comparing two snapshots").
 */
import AxeBuilder from '@axe-core/playwright'
import { readFileSync } from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import JSZip from 'jszip'
import { readCsv } from '../support/csv'
import { basicSnapshot, nextReport, writeFixture } from './fixtures'
import {
  delayWorkerRequests,
  download,
  hashQuery,
  importFiles,
  launchBrowser,
  newPage,
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

const EXPECTED = {
  new: 1,
  removed: 1,
  status_changed: 5,
  completed: 2,
  reopened: 1,
  started: 1,
  stopped: 0,
  reporting_lost: 0,
  became_overdue: 2,
  no_longer_overdue: 2,
  due_moved: 1,
  progress_changed: 1,
  unchanged: 2,
}

async function diffs(page: Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {}
  for (const k of Object.keys(EXPECTED))
    out[k] = Number(await page.locator(tid(`diff-${k.replace(/_/g, '-')}`)).getAttribute('data-value'))
  return out
}

/** A fresh profile with both reports stored; the later one (imported last) is shown. `before` readies the profile first. */
async function withSeries(
  before?: (context: BrowserContext) => Promise<void>,
  reports: [unknown, unknown] = [basicSnapshot(), nextReport()],
): Promise<Page> {
  const { context, page } = await newPage(browser)
  await before?.(context)
  await page.goto(base + '/')
  await waitForDashboard(page)
  expect(await importFiles(page, [writeFixture('h1.json', reports[0]), writeFixture('h2.json', reports[1])])).toBe('ok')
  await page.waitForSelector(tid('compare-section'))
  return page
}

describe('a search over both reports', () => {
  it('says it is being prepared while the baseline’s search is slow, then shows it', async () => {
    // The baseline's searches answered 1.5 s late (its index being built); the shown report's at once.
    const page = await withSeries((context) => delayWorkerRequests(context, 'search', 1500, 'e2e-basic'))
    await page.locator(tid('filter-search')).fill('Flood')
    await page.locator(tid('filter-search')).press('Enter')
    await page.getByRole('status').filter({ hasText: 'Preparing the search' }).waitFor({ timeout: 1400 })
    expect((await hashQuery(page)).get('q')).toBeNull()
    // C9, new in the later report.
    await waitForKpi(page, 'commitments', '1')
    expect((await hashQuery(page)).get('q')).toBe('Flood')
    await page.close()
  })
})

describe('comparing two reports', () => {
  it('compares with the previous report by default: class counts, the rate change and the KPI changes', async () => {
    const page = await withSeries()
    expect(await page.locator(tid('snapshot-select')).inputValue()).toBe('e2e-basic-h2')
    expect(await page.locator(tid('compare-baseline')).inputValue()).toBe('e2e-basic')
    expect(await diffs(page)).toEqual(EXPECTED)
    // 3 of 7 (C7 now cancelled) against 2 of 7 (C5 cancelled then).
    expect(await page.locator(tid('diff-completion-rate')).getAttribute('data-value')).toBe((3 / 7 - 2 / 7).toFixed(4))
    const change = (kpi: string) => page.locator(`${tid(`kpi-${kpi}`)} ${tid('kpi-change')}`)
    expect(await change('completed').getAttribute('data-value')).toBe('1')
    expect(await change('completed').getAttribute('class')).toContain('kpi__change--good')
    expect(await change('commitments').getAttribute('data-value')).toBe('0')
    // Overdue: C1 and C3 now, C2 and C4 then.
    expect(await change('overdue').getAttribute('data-value')).toBe('0')
    // Screen readers hear words, not arrows.
    expect(await change('completed').locator('.visually-hidden').innerText()).toBe('one more than on June 30, 2026')
    await page.context().close()
  })

  it('the change list out of view follows the filters and the language (when the page is idle), and shows them in view', async () => {
    const page = await withSeries()
    await page.setViewportSize({ width: 1440, height: 400 })
    await page.evaluate(() => scrollTo(0, 0))
    const list = page.locator(tid('change-list'))
    // Far below the screen (beyond the 400 px within which it counts as near).
    expect(await list.evaluate((el) => el.getBoundingClientRect().top - innerHeight)).toBeGreaterThan(400)
    expect(await list.getAttribute('data-count')).toBe('8')
    await page.locator(tid('filter-overdue')).check()
    await waitForKpi(page, 'commitments', '2')
    await page.waitForFunction(
      () => document.querySelector('[data-testid="change-list"]')?.getAttribute('data-count') !== '8',
    )
    const count = Number(await list.getAttribute('data-count'))
    expect(count).toBeGreaterThan(0)
    expect(count).toBeLessThan(8)
    await page.locator(tid('lang-select')).selectOption('ru')
    await page.waitForFunction(() => /Изменил/.test(document.querySelector('.changes__title')?.textContent ?? ''))
    expect(await list.evaluate((el) => el.getBoundingClientRect().top - innerHeight)).toBeGreaterThan(400)
    // In view: the same list, its rows in Russian.
    await list.scrollIntoViewIfNeeded()
    await expect.poll(() => page.locator(tid('change-row')).count()).toBe(count)
    expect(await list.getAttribute('data-count')).toBe(String(count))
    const states = await page
      .locator(`${tid('change-row')} .changes__states dt`)
      .first()
      .textContent()
    expect(states).toBe('Статус')
    await page.context().close()
  })

  it('opening and closing a row’s details keeps the change list where it was scrolled', async () => {
    const page = await withSeries()
    const body = page.locator('.changes__body')
    await body.scrollIntoViewIfNeeded()
    await body.evaluate((el) => el.scrollTo(0, el.scrollHeight))
    await page.waitForFunction(() => (document.querySelector('.changes__body')?.scrollTop ?? 0) > 0)
    const scrolled = await body.evaluate((el) => el.scrollTop)
    const frames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
    await page.locator(tid('change-row')).last().locator('button').first().click()
    await page.waitForSelector(tid('detail-status'))
    await frames()
    // The link changed (the details' id), the filters did not: the list is the same, not rebuilt.
    expect(await body.evaluate((el) => el.scrollTop)).toBe(scrolled)
    await page.keyboard.press('Escape')
    await page.waitForSelector(tid('detail-status'), { state: 'detached' })
    await frames()
    expect(await body.evaluate((el) => el.scrollTop)).toBe(scrolled)
    await page.context().close()
  })

  it('in every language and at every width, each changed commitment shows its badges and states whole, in a row no taller than they need', async () => {
    // C4 with the most to show: started, no longer overdue, due moved, and a progress with decimals.
    const earlier = basicSnapshot()
    const later = nextReport()
    Object.assign(
      earlier.commitments.find((c) => c.id === 'C4')!,
      { progress: 33.3 },
    )
    Object.assign(
      later.commitments.find((c) => c.id === 'C4')!,
      { progress: 66.7 },
    )
    const page = await withSeries(
      async (context) => {
        await context.addInitScript(() => {
          const w = window as unknown as { __errors: string[] }
          w.__errors = []
          addEventListener('error', (e) => w.__errors.push(e.message))
        })
      },
      [earlier, later],
    )
    const findings: string[] = []
    for (const width of [1440, 920, 560, 390]) {
      await page.setViewportSize({ width, height: 900 })
      for (const lang of ['en', 'ru', 'kk', 'mn']) {
        await page.goto(`${base}/#/?lang=${lang}`)
        await page.waitForFunction((lang) => document.documentElement.lang === lang, lang)
        await page.locator(tid('change-list')).scrollIntoViewIfNeeded()
        await expect.poll(() => page.locator(tid('change-row')).count()).toBe(8)
        // The rows take their heights from samples laid out in the frame they are drawn in.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
        const found = await page.evaluate(() => {
          const out: string[] = []
          const inside = (a: DOMRect, b: DOMRect) =>
            a.left >= b.left - 1 && a.right <= b.right + 1 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1
          const meet = (a: DOMRect, b: DOMRect) =>
            a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1
          const rows = [...document.querySelectorAll<HTMLElement>('[data-testid="change-row"]')]
          rows.forEach((row, k) => {
            const box = row.getBoundingClientRect()
            const next = rows[k + 1]?.getBoundingClientRect()
            if (next && next.top < box.bottom - 1) out.push(`${row.dataset.id} runs into the next row`)
            const parts = [
              ...row.querySelectorAll<HTMLElement>(
                '.changes__open, .changes__where, .badge, .changes__classes .muted, dt, dd',
              ),
            ]
            if (!row.querySelector('.badge')) out.push(`${row.dataset.id} shows no class`)
            let bottom = box.top
            parts.forEach((el, i) => {
              const r = el.getBoundingClientRect()
              bottom = Math.max(bottom, r.bottom)
              const text = `${row.dataset.id} "${el.textContent?.trim()}"`
              if (!inside(r, box)) out.push(`${text} runs out of its row`)
              for (const other of parts.slice(i + 1))
                if (meet(r, other.getBoundingClientRect())) out.push(`${text} overlaps "${other.textContent?.trim()}"`)
            })
            // Room is kept for the longest status words and dates a row of its classes can show, no more.
            if (box.bottom - bottom > 64)
              out.push(`${row.dataset.id} is ${Math.round(box.bottom - bottom)} px taller than it needs`)
          })
          return out
        })
        findings.push(...found.map((f) => `${width} px, ${lang}: ${f}`))
      }
    }
    findings.push(...(await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors)))
    expect(findings).toEqual([])
    await page.context().close()
  })

  it('a list scrolled down keeps its place when the language makes its rows taller', async () => {
    // Enough changes to scroll: every commitment of the later report moved its due date.
    const later = nextReport()
    const earlier = basicSnapshot()
    const extra = (i: number, due: string) => ({
      id: `X${i}`,
      agreementId: 'A1',
      title: `Extra ${i}`,
      sphere: 'ecology',
      status: 'in_progress',
      due,
    })
    for (let i = 0; i < 40; i++) {
      ;(earlier.commitments as object[]).push(extra(i, '2027-01-01'))
      ;(later.commitments as object[]).push(extra(i, '2027-06-01'))
    }
    const page = await withSeries(undefined, [earlier, later])
    await page.setViewportSize({ width: 390, height: 900 })
    const body = page.locator('.changes__body')
    await body.scrollIntoViewIfNeeded()
    await body.evaluate((el) => el.scrollTo(0, 1500))
    const firstShown = () =>
      page.evaluate(() => {
        const top = document.querySelector('.changes__body')!.getBoundingClientRect().top
        const rows = [...document.querySelectorAll<HTMLElement>('[data-testid="change-row"]')]
        return rows.find((r) => r.getBoundingClientRect().bottom > top + 1)?.dataset.id
      })
    await expect.poll(firstShown).toMatch(/^X\d+$/)
    const before = await firstShown()
    await page.goto(`${base}/#/?lang=mn`)
    await page.waitForFunction(() => document.documentElement.lang === 'mn')
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
    // The titles and ids in the new language follow the frame that shows it: a row has no id until they come.
    await expect.poll(firstShown).toMatch(/^X\d+$/)
    expect(await firstShown()).toBe(before)
    await page.context().close()
  })

  it('a matrix cell lists its commitments, and a row opens the details with both states', async () => {
    const page = await withSeries()
    const cell = page.locator(tid('matrix-in_progress-completed'))
    expect(await cell.getAttribute('data-value')).toBe('1')
    await cell.click()
    await page.waitForFunction(
      () => document.querySelector('[data-testid="change-list"]')?.getAttribute('data-count') === '1',
    )
    const row = page.locator(tid('change-row'))
    expect(await row.getAttribute('data-id')).toBe('C2')
    await row.locator('button').first().click()
    await page.waitForSelector(tid('detail-status'))
    expect(await page.locator(tid('detail-status')).getAttribute('data-value')).toBe('completed')
    expect(await page.locator(tid('detail-baseline')).getAttribute('data-status')).toBe('in_progress')
    // The completion of 2026-09-01 came after the baseline's 2026-06-30.
    expect(await page.locator('[data-since-baseline="true"]').count()).toBe(1)
    // Every change but the matrix's pick: the removed one too, regressions first.
    await page.locator(tid('change-cell-clear')).click()
    await page.waitForFunction(
      () => document.querySelector('[data-testid="change-list"]')?.getAttribute('data-count') === '8',
    )
    const ids = await page.locator(tid('change-row')).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')))
    expect(ids.slice(0, 2)).toEqual(['C1', 'C3'])
    expect(ids).toContain('C5')
    // A removed commitment opens too: as it stood in the baseline, said to be absent from this report.
    await page.locator(`${tid('change-row')}[data-id="C5"] button`).click()
    await page.waitForSelector(tid('detail-removed'))
    expect(await page.locator(tid('detail-removed')).innerText()).toContain('June 30, 2026')
    expect(await page.locator(`${tid('commitment-detail')} h2`).innerText()).toBe('Trade fair')
    expect(await page.locator(tid('detail-status')).getAttribute('data-value')).toBe('cancelled')
    expect(await page.locator(tid('detail-baseline')).getAttribute('data-status')).toBe('cancelled')
    expect(
      await page
        .locator(`${tid('detail-agreement')} a`)
        .first()
        .innerText(),
    ).toBe('Agreement with China')
    await page.context().close()
  })

  it('a class is a filter of the whole dashboard, in the link, through a reload', async () => {
    const page = await withSeries()
    await page.locator(tid('diff-became-overdue')).click()
    await waitForKpi(page, 'commitments', '2')
    expect((await hashQuery(page)).get('change')).toBe('became_overdue')
    await page.reload()
    await waitForDashboard(page)
    await waitForKpi(page, 'commitments', '2')
    expect(await page.locator(tid('kpi-overdue')).getAttribute('data-value')).toBe('2')
    const table = await page
      .locator(tid('commitment-row'))
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')))
    expect(table.sort()).toEqual(['C1', 'C3'])
    // The counts stay those of every class: the class filter is their own dimension.
    expect(await diffs(page)).toEqual(EXPECTED)
    const { text } = await download(page, 'body', 'changes-csv')
    expect(
      readCsv(text)
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(['C1', 'C3'])
    await page.context().close()
  })

  it('the trend has one point per report, and vs=none or an unknown vs= behave', async () => {
    const page = await withSeries()
    await page.waitForSelector(`${tid('chart-trend')}[data-state="ready"]`)
    const { text } = await download(page, tid('chart-trend'), 'chart-csv')
    const [head, ...rows] = readCsv(text)
    expect(head.slice(0, 2)).toEqual(['key', 'label'])
    expect(rows.map((r) => [r[0], r[1], r[head.indexOf('total')], r[head.indexOf('completed')]])).toEqual([
      ['e2e-basic', '2026-06-30', '8', '2'],
      ['e2e-basic-h2', '2026-12-31', '8', '3'],
    ])
    // A picture of it, as of the other charts: a slide-size PNG.
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`${tid('chart-trend')} ${tid('chart-png')}`).click(),
    ])
    expect(png.suggestedFilename()).toMatch(/trend.*\.png$/)
    // Choosing a report on the trend (its table, for the keyboard) shows that report.
    await page.locator(`${tid('chart-trend')} ${tid('chart-table-toggle')}`).click()
    await page.locator(`${tid('chart-trend')} table button`).click()
    await page.waitForFunction(
      () => (document.querySelector('[data-testid="snapshot-select"]') as HTMLSelectElement)?.value === 'e2e-basic',
    )
    expect((await hashQuery(page)).get('s')).toBe('e2e-basic')
    await page.goto(base + '/#/?s=e2e-basic-h2&vs=none')
    await waitForDashboard(page)
    expect(await page.locator(tid('diff-new')).count()).toBe(0)
    expect(await page.locator(tid('compare-baseline')).inputValue()).toBe('')
    await page.goto(base + '/#/?s=e2e-basic-h2&vs=nope')
    await page.waitForSelector(tid('compare-section'))
    expect(await page.locator(tid('baseline-missing')).isVisible()).toBe(true)
    expect(await page.locator(tid('diff-new')).getAttribute('data-value')).toBe('1')
    // s= names the earlier report: it has no earlier one, so no comparison.
    await page.goto(base + '/#/?s=e2e-basic')
    await waitForKpi(page, 'completed', '2')
    expect(await page.locator(tid('snapshot-select')).inputValue()).toBe('e2e-basic')
    expect(await page.locator(tid('diff-new')).count()).toBe(0)
    await page.goto(base + '/#/?s=missing-report')
    await waitForDashboard(page)
    expect(await page.locator(tid('snapshot-missing')).isVisible()).toBe(true)
    await page.context().close()
  })

  it('the country page counts what was completed since the previous report by the comparison', async () => {
    const page = await withSeries()
    await page.goto(base + '/#/country/MN')
    await page.waitForSelector(tid('country-page'))
    // A1 (with Mongolia) holds C1–C3: only C2 was completed since 2026-06-30 (C1 was completed before).
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="country-completed"] li').length === 1)
    expect(await page.locator(`${tid('country-completed')} li`).innerText()).toContain('Joint AI working group')
    expect(await page.locator(`${tid('kpi-completed')} ${tid('kpi-change')}`).getAttribute('data-value')).toBe('0')
    await page.waitForSelector(`${tid('chart-trend')}[data-state="ready"]`)
    await page.context().close()
  })

  it(
    'passes axe (WCAG 2.1 AA) with the comparison on screen, a matrix cell picked, the drawer open, in en and ru',
    { timeout: 240_000 },
    async () => {
      const page = await withSeries()
      const violations = async () =>
        (
          await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
        ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
      await page.waitForSelector(`${tid('chart-trend')}[data-state="ready"]`)
      expect(await violations()).toEqual([])
      await page.locator(tid('matrix-in_progress-completed')).click()
      await page
        .locator(`${tid('change-row')} button`)
        .first()
        .click()
      await page.waitForSelector(tid('detail-baseline'))
      expect(await violations()).toEqual([])
      await page.goto(base + '/#/?lang=ru')
      await page.waitForSelector(tid('compare-section'))
      // The language loads as its own chunk: the title follows once it is in.
      await page.waitForFunction(() =>
        /^Что изменилось с /.test(document.querySelector('#compare-title')?.textContent ?? ''),
      )
      expect(await page.locator('#compare-title').innerText()).toMatch(/^Что изменилось с /)
      expect(await violations()).toEqual([])
      await page.context().close()
    },
  )

  it('the deck gains the summary changes, "What changed since", the transitions, the top changes and the trend; the workbook its sheets', async () => {
    const page = await withSeries()
    await page.waitForSelector(`${tid('chart-trend')}[data-state="ready"]`)
    const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(tid('export-pptx')).click()])
    const zip = await JSZip.loadAsync(readFileSync(await dl.path()))
    const names = Object.keys(zip.files)
    const slideNames = names
      .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
      .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))
    const texts = await Promise.all(
      slideNames.map(async (n) =>
        [...(await zip.file(n)!.async('string')).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' | '),
      ),
    )
    const find = (start: string) => texts.find((t) => t.includes(start)) ?? ''
    // The summary: the completed KPI went up by one since the baseline; the changes said in words.
    expect(find('since June 30, 2026')).toBeTruthy()
    expect(texts.some((t) => /2 commitments became overdue since June 30, 2026, 1 of them in/.test(t))).toBe(true)
    const counts = find('What changed since June 30, 2026')
    for (const [cls, n] of [
      ['Reopened', 1],
      ['Became overdue', 2],
      ['New', 1],
      ['Removed', 1],
      ['Completed', 2],
    ] as const)
      expect(counts).toMatch(new RegExp(`${cls} \\| ${n}(?!\\d)`))
    const matrix = find('Status transitions since June 30, 2026')
    expect(matrix).toMatch(/In progress \| 0 \| 0 \| 0 \| 1 \| 0 \| 0 \| 0 \| 0 \| 1/)
    const list = find('Slipped and completed since June 30, 2026')
    for (const title of [
      'Exchange law-making experience in digitalization',
      'Joint AI working group',
      'Ecology seminar',
    ])
      expect(list).toContain(title)
    // The trend as a native area chart of every report.
    const charts = await Promise.all(
      names.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')),
    )
    expect(charts.some((x) => x.includes('<c:areaChart>'))).toBe(true)
    // The workbook carries the transitions, the changes and the trend as sheets.
    const [xl] = await Promise.all([page.waitForEvent('download'), page.locator(tid('export-xlsx')).click()])
    const book = await JSZip.loadAsync(readFileSync(await xl.path()))
    const workbook = await book.file('xl/workbook.xml')!.async('string')
    for (const sheet of ['Status transitions', 'Changes', 'Trend across reports'])
      expect(workbook).toContain(`name="${sheet}"`)
    await page.context().close()
  })

  it('the country deck gains what changed for the partner (the dashboard’s numbers under its country filter) and its trend', async () => {
    const page = await withSeries()
    // The dashboard's comparison under the partner-country filter: the numbers the deck must give.
    await page.goto(base + '/#/?country=MN')
    await page.waitForFunction(
      () => document.querySelector('[data-testid="diff-completed"]')?.getAttribute('data-value') !== null,
    )
    const dashboard = await diffs(page)
    await page.goto(base + '/#/country/MN')
    await page.waitForSelector(tid('country-page'))
    await page.waitForSelector(`${tid('chart-trend')}[data-state="ready"]`)
    const texts = await slideTexts(page)
    const counts = texts.find((t) => t.includes('What changed since June 30, 2026')) ?? ''
    expect(counts).toBeTruthy()
    for (const [cls, label] of [
      ['completed', 'Completed'],
      ['reopened', 'Reopened'],
      ['became_overdue', 'Became overdue'],
      ['new', 'New'],
      ['removed', 'Removed'],
    ] as const) {
      const m = new RegExp(`${label} \\| (\\d+)`).exec(counts)
      expect(Number(m?.[1] ?? 0), label).toBe(dashboard[cls])
    }
    expect(dashboard.reopened + dashboard.completed).toBeGreaterThan(0)
    // The country's summary says its changes; the trend is a native area chart.
    expect(texts[1]).toMatch(/since June 30, 2026/)
    expect(texts.some((t) => t.includes('Slipped and completed since June 30, 2026'))).toBe(true)
    expect(texts.some((t) => t.includes('Trend across reports'))).toBe(true)
    await page.context().close()
  })
})

/** Every slide's text runs joined by " | ", in slide order, of the deck the export button downloads. */
async function slideTexts(page: Page): Promise<string[]> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(tid('export-pptx')).click()])
  const zip = await JSZip.loadAsync(readFileSync(await dl.path()))
  const slideNames = Object.keys(zip.files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))
  return Promise.all(
    slideNames.map(async (n) =>
      [...(await zip.file(n)!.async('string')).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' | '),
    ),
  )
}
