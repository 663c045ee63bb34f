/**
 * The interaction mix: the inputs a manager gives the dashboard, each given as a user gives it
 * (real mouse and keyboard events through Playwright, a bar found by its pixels), each timed from
 * its DOM event to the frame that shows it in the KPIs, the table and every chart in view
 * (browser-measures.ts: armInteraction). A new kind is one entry in KINDS.
 */
import type { Page } from 'playwright-core'
import { STATUS_COLORS } from '../../src/charts/palette'
import { colourPatch, tid } from '../e2e/browser'
import { armInteraction, interactionResult, untilQuiet, type Shows } from './browser-measures'

export interface InteractionKind {
  name: string
  /** The DOM event the time starts from (its timeStamp): the one the app acts on. */
  event: 'click' | 'change' | 'keydown'
  /** What proves the input was taken: the KPI "commitments" changes, or a selector matches. */
  shows: Shows
  /** Untimed, before arming: brings the page to where the input starts (opens a menu, sets a filter). */
  prepare?: (page: Page) => Promise<void>
  /** The input, as a user gives it. */
  act: (page: Page) => Promise<void>
  /** Untimed, after: back to the unfiltered dashboard (default: "Clear all filters"). */
  undo?: (page: Page) => Promise<void>
}

const click = (selector: string) => (page: Page) => page.locator(selector).first().click()
/** The middle year of the "from" picker (a range from there to the last year). */
async function middleYear(page: Page): Promise<string> {
  const years = (await page
    .locator(`${tid('filter-year-from')} option`)
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))) as string[]
  const real = years.filter((y) => /^\d{4}$/.test(y))
  return real[Math.floor(real.length / 2)]
}
const pickYear = async (page: Page) => void (await page.selectOption(tid('filter-year-from'), await middleYear(page)))
const kpi = async (page: Page) => (await page.locator(tid('kpi-commitments')).getAttribute('data-value')) ?? ''
/** A year range set beforehand, and shown, so that its chip can be removed. */
async function withYearChip(page: Page) {
  const before = await kpi(page)
  await pickYear(page)
  await page.waitForFunction(
    (b) => document.querySelector('[data-testid="kpi-commitments"]')?.getAttribute('data-value') !== b,
    before,
  )
}
const nothing = async () => {}
const SEARCH_LETTERS = ['z', 'x', 'q', 'k', 'v', 'b', 'j']
let searches = 0

/** The page in Russian with the table's titles in Russian too: a language switch shown whole. */
const RUSSIAN_TITLES = 'html[lang="ru"] [data-testid="commitments-table"][data-text="ready"]'

export const KINDS: InteractionKind[] = [
  {
    name: 'bar click',
    event: 'click',
    shows: 'kpi',
    // Untimed: the chart scrolled whole into view first, as a reader looks at it before a click
    // (scrolled inside the timed input, the rendering of the scroll fell into the click's time).
    prepare: (page) =>
      page
        .locator(`${tid('chart-status-by-sphere')} canvas`)
        .first()
        .scrollIntoViewIfNeeded(),
    // The in-progress segment of the first sphere's bar, found by its colour on the canvas.
    act: async (page) => {
      const at = await colourPatch(page, 'chart-status-by-sphere', STATUS_COLORS.in_progress)
      await page.mouse.click(at.x, at.y)
    },
  },
  {
    name: 'country menu',
    event: 'click',
    shows: 'kpi',
    prepare: (page) => page.locator(`${tid('filter-countries')} summary`).click(),
    act: click(`${tid('filter-countries')} input[type="checkbox"]`),
    undo: async (page) => {
      await page.keyboard.press('Escape')
      await page.locator(tid('filter-reset')).click()
    },
  },
  {
    name: 'search keystroke',
    event: 'keydown',
    shows: 'kpi',
    prepare: click(tid('filter-search')),
    // One letter that some commitments hold and others do not (in the generated snapshots: 3–41 %
    // of them), another each round: the page keeps its last search's rows, so the same letter
    // again would not time a search. The first key of a burst searches at once (FilterBar).
    act: (page) => page.keyboard.press(SEARCH_LETTERS[searches++ % SEARCH_LETTERS.length]),
    undo: async (page) => {
      await page.locator(tid('filter-search')).fill('')
      await page.locator(tid('filter-search')).press('Enter')
    },
  },
  { name: 'year range', event: 'change', shows: 'kpi', act: pickYear },
  {
    name: 'axis switch',
    event: 'click',
    shows: { selector: `${tid('axis-due')}[aria-pressed="true"]` },
    act: click(tid('axis-due')),
    undo: click(tid('axis-signed')),
  },
  {
    name: 'chip removal',
    event: 'click',
    shows: 'kpi',
    prepare: withYearChip,
    act: click(`${tid('filter-chip')} button`),
    undo: nothing,
  },
  {
    name: 'overdue switch',
    event: 'click',
    shows: 'kpi',
    act: click(tid('filter-overdue')),
    undo: click(tid('filter-overdue')),
  },
  {
    // Every title, label and chart in view in another language (its messages and the table's
    // titles in it built once, before): shown when the table's titles are in it too.
    name: 'language switch',
    event: 'change',
    shows: { selector: RUSSIAN_TITLES },
    prepare: async (page) => {
      await page.selectOption(tid('lang-select'), 'ru')
      await page.waitForSelector(RUSSIAN_TITLES)
      await page.selectOption(tid('lang-select'), 'en')
      await page.waitForSelector('html[lang="en"]')
    },
    act: async (page) => void (await page.selectOption(tid('lang-select'), 'ru')),
    undo: async (page) => {
      await page.selectOption(tid('lang-select'), 'en')
      await page.waitForSelector('html[lang="en"]')
    },
  },
]

/** With a baseline on (issue 11): a class of the comparison as a filter of the whole dashboard. */
export const COMPARISON_KIND: InteractionKind = {
  name: 'comparison class',
  event: 'click',
  shows: 'kpi',
  act: click(tid('diff-completed')),
}

/**
 * `reps` rounds of every kind, interleaved (one of each per round), on a page that shows
 * `commitments` unfiltered; each input starts from a page at rest. Milliseconds per kind.
 */
export async function measureInteractions(
  page: Page,
  commitments: number,
  reps: number,
  kinds: InteractionKind[] = KINDS,
  /** Runs each timed input (act and result), and may measure it otherwise: its return replaces the time. */
  around?: (kind: InteractionKind, run: () => Promise<number>) => Promise<number>,
): Promise<Record<string, number[]>> {
  const out: Record<string, number[]> = Object.fromEntries(kinds.map((k) => [k.name, []]))
  const n = String(commitments)
  await page.evaluate(untilQuiet, n)
  for (let r = 0; r < reps; r++) {
    for (const kind of kinds) {
      await page.evaluate(() => scrollTo(0, 0))
      await kind.prepare?.(page)
      await page.evaluate(untilQuiet, await kpi(page))
      await page.evaluate(armInteraction, [kind.event, kind.shows, 30_000, !!around] as [
        string,
        Shows,
        number,
        boolean,
      ])
      const run = async () => {
        await kind.act(page)
        return page.evaluate(interactionResult)
      }
      out[kind.name].push(await (around ? around(kind, run) : run()))
      await (kind.undo ?? click(tid('filter-reset')))(page)
      await page.evaluate(untilQuiet, n)
    }
  }
  return out
}
