/**
 * The slide deck of a view, planned from its data: which slides, their titles, each chart's
 * categories, series and values, the overdue table split over slides, and the speaker notes.
 * Pure (data and words in, plan out): ./deckWriter only lays the plan out with pptxgenjs, and
 * the Node tests check the plan. Every string that reaches the plan is made XML-safe here.
 */
import { DEADLINE_COLORS, STATUS_COLORS, TYPE_COLORS } from '@/charts/palette'
import type { ChartRow } from '@/domain/chartRows'
import { AGREEMENT_TYPES, STATUSES, type AgreementType, type Status } from '@/domain/vocab'
import { DEADLINE_KINDS, type DeadlineKind, type Deadlines } from '@/domain/deadlines'
import { type AgreementsByYear } from '@/domain/agreementsByYear'
import { sourceName } from './sourceName'
import { clip, oneLine, xmlSafe } from './xmlText'

export interface DeckSeries {
  id: string
  name: string
  /** `#RRGGBB`, from the one palette. */
  color: string
  values: number[]
}

/** A stacked bar chart: what the slide draws natively, with its data. */
export interface DeckChart {
  /** Stable id, e.g. `status-by-sphere`. */
  id: string
  title: string
  /** `bar`: horizontal bars, the first category on top; `col`: columns, the first on the left. */
  direction: 'bar' | 'col'
  /** Stable key per category (sphere id, country code, year …). */
  keys: string[]
  /** Name shown per category. */
  categories: string[]
  series: DeckSeries[]
  /** Counted per category in the notes, not drawn (overdue is a flag on top of a status). */
  extra?: { name: string; values: number[] }
  /** A footnote under the chart (a chart by partner country counts a commitment under each partner). */
  note?: string
}

/** One overdue commitment, in the words of the UI language (the date stays `YYYY-MM-DD`). */
export interface OverdueItem {
  title: string
  agreement: string
  sphere: string
  partners: string
  due: string
  days: number
  status: string
}

export interface DeckWords {
  /** What the deck is, when the snapshot has no title ("Follow-up of cooperation commitments"). */
  deckTitle: string
  asOf(date: string): string
  madeOn(date: string): string
  filters(list: string): string
  noFilters: string
  source(source: string): string
  /** A `YYYY-MM-DD` date as readers read dates. */
  date(iso: string): string
  number(n: number): string
  total: string
  overdueTitle(count: number): string
  /** "part 2 of 3" after a title split over slides. */
  part(part: number, parts: number): string
  /** The overdue list stops at a limit: the rest are in the data export. */
  more(count: number): string
  noneOverdue: string
  /** A chart with nothing to draw under the filters. */
  noData: string
  /** The overdue table's column headers. */
  headers: {
    title: string
    agreement: string
    sphere: string
    partners: string
    due: string
    status: string
    days: string
  }
}

export interface DeckInput {
  /** BCP 47 tag of the UI language: the deck's language. */
  language: string
  snapshot: { id: string; title: string; publisher?: string; asOf: string }
  /** What the deck is about beyond the snapshot (a country briefing); absent for the dashboard. */
  subject?: string
  /** The active filters, one phrase each (./filtersInWords). */
  filters: string[]
  /** The headline numbers in words, one line each. */
  kpis: string[]
  /** `YYYY-MM-DD`: the day the deck was made. */
  madeOn: string
  charts: DeckChart[]
  /** Every overdue commitment of the view, longest overdue first. */
  overdue: OverdueItem[]
  words: DeckWords
}

/** One slide; `empty` is what a chart or table slide says instead when it has nothing to show. */
export type SlidePlan =
  | { kind: 'title'; title: string; subtitle: string; lines: string[]; notes: string }
  | { kind: 'chart'; title: string; subtitle: string; chart: DeckChart; notes: string; empty?: string }
  | {
      kind: 'table'
      title: string
      subtitle: string
      header: string[]
      rows: string[][]
      notes: string
      empty?: string
    }

export interface DeckPlan {
  language: string
  /** Document properties. */
  title: string
  subject: string
  /** On every slide: where the numbers come from and as of when. */
  footer: string
  slides: SlidePlan[]
}

/** Rows of the overdue table per slide: at 10 pt, ten rows of up to three lines fill a 16:9 slide. */
export const TABLE_ROWS_PER_SLIDE = 10
/** Overdue rows put in the deck at most (twelve slides); the workbook export has them all. */
export const MAX_OVERDUE_ROWS = 120
/** Characters kept of a title or agreement in a table cell, so a row never outgrows three lines. */
const CELL_CHARS = { title: 110, agreement: 75, other: 40 }

export function buildDeckPlan(input: DeckInput): DeckPlan {
  const w = input.words
  const snapshotTitle = oneLine(input.snapshot.title)
  const source = sourceName(input.snapshot)
  const asOf = oneLine(w.asOf(w.date(input.snapshot.asOf)))
  const filters = oneLine(input.filters.length ? w.filters(input.filters.map(oneLine).join('; ')) : w.noFilters)
  const subject = oneLine(input.subject ?? '') || oneLine(w.deckTitle)
  const subtitle = `${filters} · ${asOf}`

  const title: SlidePlan = {
    kind: 'title',
    title: snapshotTitle || oneLine(w.deckTitle),
    subtitle: subject,
    lines: [asOf, filters, ...input.kpis.map(oneLine), oneLine(w.madeOn(w.date(input.madeOn)))],
    notes: [subject, asOf, filters, ...input.kpis, w.source(source)].map(oneLine).join('\n'),
  }
  const charts: SlidePlan[] = input.charts.map((c) => {
    const chart = cleanChart(c)
    const empty = chart.categories.length ? {} : { empty: oneLine(w.noData) }
    return { kind: 'chart', title: chart.title, subtitle, chart, notes: chartNotes(chart, w), ...empty }
  })
  return {
    language: input.language,
    title: [snapshotTitle || oneLine(w.deckTitle), input.subject ? oneLine(input.subject) : '']
      .filter(Boolean)
      .join(' — '),
    subject,
    footer: oneLine(`${w.source(source)} · ${asOf}`),
    slides: [title, ...charts, ...overdueSlides(input.overdue, subtitle, w)],
  }
}

function cleanChart(c: DeckChart): DeckChart {
  return {
    ...c,
    title: oneLine(c.title),
    keys: c.keys.map(oneLine),
    categories: c.categories.map(oneLine),
    series: c.series.map((s) => ({ ...s, name: oneLine(s.name) })),
    extra: c.extra && { name: oneLine(c.extra.name), values: c.extra.values },
    ...(c.note ? { note: oneLine(c.note) } : {}),
  }
}

/** Speaker notes: every number of the chart, one line per category, so a presenter can read them out. */
function chartNotes(c: DeckChart, w: DeckWords): string {
  const lines = c.categories.map((label, k) => {
    const total = c.series.reduce((sum, s) => sum + s.values[k], 0)
    const parts = c.series.filter((s) => s.values[k] > 0).map((s) => `${s.name} ${w.number(s.values[k])}`)
    if (c.extra && c.extra.values[k] > 0) parts.push(`${c.extra.name} ${w.number(c.extra.values[k])}`)
    return `${label}: ${w.total} ${w.number(total)}${parts.length ? ` (${parts.join(', ')})` : ''}`
  })
  return xmlSafe([c.title, ...lines, ...(c.note ? [c.note] : [])].join('\n'))
}

function overdueSlides(items: OverdueItem[], subtitle: string, w: DeckWords): SlidePlan[] {
  const title = oneLine(w.overdueTitle(items.length))
  const header = [
    w.headers.title,
    w.headers.agreement,
    w.headers.sphere,
    w.headers.partners,
    w.headers.due,
    w.headers.status,
    w.headers.days,
  ].map(oneLine)
  if (items.length === 0)
    return [
      {
        kind: 'table',
        title,
        subtitle,
        header,
        rows: [],
        notes: oneLine(w.noneOverdue),
        empty: oneLine(w.noneOverdue),
      },
    ]
  const shown = items.slice(0, MAX_OVERDUE_ROWS)
  const parts = Math.ceil(shown.length / TABLE_ROWS_PER_SLIDE)
  const slides: SlidePlan[] = []
  for (let p = 0; p < parts; p++) {
    const page = shown.slice(p * TABLE_ROWS_PER_SLIDE, (p + 1) * TABLE_ROWS_PER_SLIDE)
    const rows = page.map((o) => [
      clip(oneLine(o.title), CELL_CHARS.title),
      clip(oneLine(o.agreement), CELL_CHARS.agreement),
      clip(oneLine(o.sphere), CELL_CHARS.other),
      clip(oneLine(o.partners), CELL_CHARS.other),
      oneLine(w.date(o.due)),
      clip(oneLine(o.status), CELL_CHARS.other),
      w.number(o.days),
    ])
    const notes = page.map(
      (o) =>
        `${oneLine(o.title)} — ${oneLine(o.agreement)}: ${w.headers.due} ${w.date(o.due)}, ${w.headers.days} ${w.number(o.days)}`,
    )
    const last = p === parts - 1 && items.length > shown.length
    if (last) notes.push(w.more(items.length - shown.length))
    slides.push({
      kind: 'table',
      title: parts > 1 ? `${title} — ${oneLine(w.part(p + 1, parts))}` : title,
      subtitle: last ? `${subtitle} · ${oneLine(w.more(items.length - shown.length))}` : subtitle,
      header,
      rows,
      notes: xmlSafe(notes.join('\n')),
    })
  }
  return slides
}

/** A "status by …" chart: one series per status, in status order and colours. */
export function statusDeckChart(
  id: string,
  title: string,
  rows: readonly ChartRow[],
  direction: DeckChart['direction'],
  words: { status(s: Status): string; overdue: string },
): DeckChart {
  return {
    id,
    title,
    direction,
    keys: rows.map((r) => r.key),
    categories: rows.map((r) => r.label),
    series: STATUSES.map((s) => ({
      id: s,
      name: words.status(s),
      color: STATUS_COLORS[s],
      values: rows.map((r) => r.counts[s]),
    })),
    extra: { name: words.overdue, values: rows.map((r) => r.overdue) },
  }
}

/** Agreements signed per year, one series per agreement type. */
export function agreementsDeckChart(
  id: string,
  title: string,
  a: AgreementsByYear,
  typeName: (t: AgreementType) => string,
): DeckChart {
  return {
    id,
    title,
    direction: 'col',
    keys: a.years,
    categories: a.years,
    series: a.types.map((t, ti) => ({
      id: t,
      name: typeName(t),
      color: TYPE_COLORS[AGREEMENT_TYPES.indexOf(t)],
      values: a.counts[ti],
    })),
  }
}

/** Commitments due per month, one series per way they stand. */
export function deadlinesDeckChart(
  id: string,
  title: string,
  d: Deadlines,
  kindName: (k: DeadlineKind) => string,
  monthName: (yyyyMm: string) => string,
): DeckChart {
  return {
    id,
    title,
    direction: 'col',
    keys: d.months,
    categories: d.months.map(monthName),
    series: DEADLINE_KINDS.map((k) => ({ id: k, name: kindName(k), color: DEADLINE_COLORS[k], values: d.counts[k] })),
  }
}
