/**
 * The slide deck of a view, planned from its data: which slides, their titles, the summary with
 * its key messages, each chart's categories, series and values, the tables fitted to their slides
 * (./deckTables), and the speaker notes. Pure (data and words in, plan out): ./deckWriter only lays
 * the plan out with pptxgenjs, and the Node tests check the plan. Every string that reaches the
 * plan is made XML-safe here.
 */
import { DEADLINE_COLORS, STATUS_COLORS, TYPE_COLORS } from '@/charts/palette'
import type { ChartRow } from '@/domain/chartRows'
import { AGREEMENT_TYPES, STATUSES, type AgreementType, type Status } from '@/domain/vocab'
import { DEADLINE_KINDS, type DeadlineKind, type Deadlines } from '@/domain/deadlines'
import { type AgreementsByYear } from '@/domain/agreementsByYear'
import { heatmapSlides, listSlides, type DeckHeatmap, type DeckList, type TableSlide } from './deckTables'
import { summarySlide, type DeckSummary, type SummarySlide, type SummaryWords } from './deckSummary'
import { sourceName } from './sourceName'
import { oneLine, xmlSafe } from './xmlText'

export type { DeckHeatmap, DeckList, DeckSummary }

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
  /** `area`: stacked areas over the categories (the trend across reports); default stacked bars. */
  kind?: 'area'
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
  /** A list stops at a limit: the rest are in the data export. */
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
  /** The summary slide's words; needed when the input has a summary. */
  summary?: SummaryWords
}

/** A slide of the body, in the order the deck shows them. */
export type DeckSection =
  | { kind: 'chart'; chart: DeckChart }
  | { kind: 'list'; list: DeckList }
  | { kind: 'heatmap'; heatmap: DeckHeatmap }
  | { kind: 'overdue' }

/** The ministry's name and logo, on every slide (kept in the browser: ../components/export/brand). */
export interface DeckBrand {
  name?: string
  /** A PNG or JPEG data URL and its aspect ratio (width ÷ height). */
  logo?: { data: string; aspect: number }
}

export interface DeckInput {
  /** BCP 47 tag of the UI language: the deck's language. */
  language: string
  snapshot: { id: string; title: string; publisher?: string; asOf: string }
  /** What the deck is about beyond the snapshot (a country briefing); absent for the dashboard. */
  subject?: string
  /** What the title slide leads with (a country's name); default the snapshot's title. */
  lead?: string
  /** The active filters, one phrase each (./filtersInWords). */
  filters: string[]
  /** The headline numbers in words, one line each. */
  kpis: string[]
  /** `YYYY-MM-DD`: the day the deck was made. */
  madeOn: string
  /** The summary slide after the title (with `words.summary`). */
  summary?: DeckSummary
  charts: DeckChart[]
  /** Every overdue commitment of the view, longest overdue first. */
  overdue: OverdueItem[]
  /** The heatmap slide, after the charts (default order). */
  heatmap?: DeckHeatmap
  /** The body's slides in order; default: the charts, the heatmap, the overdue table. */
  sections?: DeckSection[]
  brand?: DeckBrand
  words: DeckWords
}

/** One slide; `empty` is what a chart or table slide says instead when it has nothing to show. */
export type SlidePlan =
  | { kind: 'title'; title: string; subtitle: string; lines: string[]; notes: string }
  | SummarySlide
  | { kind: 'chart'; title: string; subtitle: string; chart: DeckChart; notes: string; empty?: string }
  | TableSlide

export interface DeckPlan {
  language: string
  /** Document properties. */
  title: string
  subject: string
  /** On every slide: where the numbers come from and as of when. */
  footer: string
  brand?: DeckBrand
  slides: SlidePlan[]
}

/** Overdue rows put in the deck at most; the workbook export has them all. */
export { MAX_LIST_ROWS as MAX_OVERDUE_ROWS } from './deckTables'

export function buildDeckPlan(input: DeckInput): DeckPlan {
  const w = input.words
  const snapshotTitle = oneLine(input.snapshot.title)
  const source = sourceName(input.snapshot)
  const asOf = oneLine(w.asOf(w.date(input.snapshot.asOf)))
  const filters = oneLine(input.filters.length ? w.filters(input.filters.map(oneLine).join('; ')) : w.noFilters)
  const subject = oneLine(input.subject ?? '') || oneLine(w.deckTitle)
  const subtitle = `${filters} · ${asOf}`
  const lead = oneLine(input.lead ?? '')

  const title: SlidePlan = {
    kind: 'title',
    title: lead || snapshotTitle || oneLine(w.deckTitle),
    // Led by a country, the slide names the briefing and the snapshot under it.
    subtitle: lead ? [subject, snapshotTitle].filter(Boolean).join(' · ') : subject,
    lines: [asOf, filters, ...input.kpis.map(oneLine), oneLine(w.madeOn(w.date(input.madeOn)))],
    notes: [subject, asOf, filters, ...input.kpis, w.source(source)].map(oneLine).join('\n'),
  }
  const summary = input.summary && w.summary ? [summarySlide(input.summary, subtitle, w.summary)] : []
  const sections: DeckSection[] = input.sections ?? [
    ...input.charts.map((chart) => ({ kind: 'chart' as const, chart })),
    ...(input.heatmap ? [{ kind: 'heatmap' as const, heatmap: input.heatmap }] : []),
    { kind: 'overdue' },
  ]
  const body = sections.flatMap((s): SlidePlan[] => {
    if (s.kind === 'chart') return [chartSlide(s.chart, subtitle, w)]
    if (s.kind === 'list') return listSlides(s.list, subtitle, w)
    if (s.kind === 'heatmap') return heatmapSlides(s.heatmap, subtitle, w)
    return listSlides(overdueList(input.overdue, w), subtitle, w)
  })
  return {
    language: input.language,
    title: [snapshotTitle || oneLine(w.deckTitle), input.subject ? oneLine(input.subject) : '']
      .filter(Boolean)
      .join(' — '),
    subject,
    footer: oneLine(`${w.source(source)} · ${asOf}`),
    ...(input.brand ? { brand: cleanBrand(input.brand) } : {}),
    slides: [title, ...summary, ...body],
  }
}

function cleanBrand(b: DeckBrand): DeckBrand {
  const name = b.name ? oneLine(b.name) : ''
  // Only a PNG or JPEG data URL reaches the deck (the settings check it when it is chosen, too).
  const logo = b.logo && /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/.test(b.logo.data) ? b.logo : undefined
  return { ...(name ? { name } : {}), ...(logo ? { logo } : {}) }
}

function chartSlide(c: DeckChart, subtitle: string, w: DeckWords): SlidePlan {
  const chart = cleanChart(c)
  const empty = chart.categories.length ? {} : { empty: oneLine(w.noData) }
  return { kind: 'chart', title: chart.title, subtitle, chart, notes: chartNotes(chart, w), ...empty }
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

/** The overdue commitments as a list: title and agreement get the width, and up to two lines each. */
function overdueList(items: OverdueItem[], w: DeckWords): DeckList {
  const h = w.headers
  return {
    id: 'overdue',
    title: w.overdueTitle(items.length),
    header: [h.title, h.agreement, h.sphere, h.partners, h.due, h.status, h.days],
    columns: [
      { weight: 3.3 },
      { weight: 2.5 },
      { weight: 1.5 },
      { weight: 1.3 },
      { weight: 1.5 },
      { weight: 1.3 },
      { weight: 0.9, maxLines: 1, align: 'right' },
    ],
    rows: items.map((o) => [o.title, o.agreement, o.sphere, o.partners, w.date(o.due), o.status, w.number(o.days)]),
    notes: items.map(
      (o) =>
        `${oneLine(o.title)} — ${oneLine(o.agreement)}: ${w.headers.due} ${w.date(o.due)}, ${w.headers.days} ${w.number(o.days)}`,
    ),
    empty: w.noneOverdue,
  }
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
