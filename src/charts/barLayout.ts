/**
 * Where everything of a stacked bar chart goes on the screen: pure geometry, rows and a size in,
 * rectangles and texts out (barPaint.ts paints them; BarCanvas.vue is the component). The
 * dashboard's bar charts (by status, agreements by type, deadlines by month) are drawn by this
 * small renderer instead of ECharts: ECharts' first drawings are bound by its code warming up
 * (≈ 250 ms for a first chart, 20–70 ms once warm), more than the whole budget of a filter change;
 * these bars take about a millisecond. Pictures and decks still come from ECharts, loaded when asked.
 */
import type { Status } from '@/domain/vocab'

export interface Box {
  x: number
  y: number
  w: number
  h: number
}

/** One bar: its count of each series (a ChartRow is one, by status). */
export interface StackRow<K extends string = string> {
  key: string
  label: string
  counts: Readonly<Record<K, number>>
  total: number
  /** How many of them are overdue (status bars), for the tooltip. */
  overdue?: number
}

export interface BarModel<K extends string = Status> {
  rows: readonly StackRow<K>[]
  /** The series stacked in each bar, in their order (statuses, agreement types, deadline kinds). */
  series: readonly K[]
  /** Horizontal bars suit long category names (spheres, countries); vertical suits years. */
  orientation: 'horizontal' | 'vertical'
  /** Keys selected by a filter on this chart's dimension: the other bars are dimmed. */
  selected: ReadonlySet<string>
  /** Series selected by a filter (statuses, agreement types): the other segments are dimmed. */
  selectedSeries: ReadonlySet<string>
  /** A dashed line through the middle of one bar's band, with its text (the deadlines' as-of month). */
  marker?: { index: number; text: string }
}

export interface Segment<K extends string = string> extends Box {
  series: K
  dimmed: boolean
}

export interface Bar<K extends string = string> {
  /** The row's index in the model. */
  index: number
  /** The whole band of the bar (its hover and click area). */
  band: Box
  segments: Segment<K>[]
  /** The label as drawn (cut to fit, with an ellipsis), or null when skipped to avoid overlap. */
  label: string | null
  /** Where the label is anchored: its right end, middle (horizontal); its centre, top (vertical). */
  labelAt: { x: number; y: number }
  muted: boolean
}

export interface Tick {
  value: number
  /** Position along the value axis, in px. */
  at: number
  text: string
}

export interface BarLayout<K extends string = string> {
  width: number
  height: number
  horizontal: boolean
  plot: Box
  ticks: Tick[]
  bars: Bar<K>[]
  /** Where the model's marker goes: its x (vertical bars) or y (horizontal), and its text. */
  marker: { at: number; text: string } | null
}

/** Opacity of bars outside the selection: still readable, clearly in the background. */
export const DIMMED = 0.28
/** The widest a category label may be (px); longer ones end in "…". */
export const LABEL_WIDTH = 150
const BAR_MAX = 28
/** Room above vertical bars for the marker's text. */
export const MARKER_ROOM = 20
/** The share of a band the bar takes (ECharts' default gap: 20 %). */
const BAR_SHARE = 0.8

export interface LayoutTools {
  /** Width of a text in px, in the chart's font. */
  measure(text: string): number
  number(n: number): string
}

/**
 * Round numbers for a value axis from 0 to at least `max`: steps of 1, 2 or 5 × 10^k, whole
 * numbers only (counts), about `count` of them.
 */
export function niceTicks(max: number, count: number): number[] {
  const top = Math.max(1, max)
  const raw = top / Math.max(1, count)
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power)
  const last = Math.ceil(top / step) * step
  const ticks: number[] = []
  for (let v = 0; v <= last; v += step) ticks.push(v)
  return ticks
}

/** The text cut to `width` px with an ellipsis (whole characters, never half a surrogate pair). */
export function fitText(text: string, width: number, measure: (t: string) => number): string {
  if (measure(text) <= width) return text
  const chars = Array.from(text)
  let lo = 0
  let hi = chars.length
  // The longest prefix that fits with its ellipsis.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (measure(chars.slice(0, mid).join('') + '…') <= width) lo = mid
    else hi = mid - 1
  }
  return chars.slice(0, lo).join('') + '…'
}

/** The geometry of the chart of `model` in a box of `width` × `height` px. */
export function layoutBars<K extends string>(
  model: BarModel<K>,
  width: number,
  height: number,
  tools: LayoutTools,
): BarLayout<K> {
  const horizontal = model.orientation === 'horizontal'
  const rows = model.rows
  const top = model.marker ? MARKER_ROOM + 4 : horizontal ? 8 : 12
  const plot: Box = horizontal ? { x: LABEL_WIDTH + 16, y: top, w: 0, h: 0 } : { x: 60, y: top, w: 0, h: 0 }
  plot.w = Math.max(1, width - plot.x - 24)
  plot.h = Math.max(1, height - plot.y - 28)
  const length = horizontal ? plot.w : plot.h
  const max = rows.reduce((m, r) => Math.max(m, r.total), 0)
  const values = niceTicks(max, Math.min(5, Math.max(2, Math.floor(length / (horizontal ? 80 : 40)))))
  const scale = length / values[values.length - 1]
  const along = (v: number) => (horizontal ? plot.x + v * scale : plot.y + plot.h - v * scale)
  const ticks = values.map((value) => ({ value, at: Math.round(along(value)), text: tools.number(value) }))

  const across = horizontal ? plot.h : plot.w
  const bandSize = across / Math.max(1, rows.length)
  const thickness = Math.max(1, Math.min(BAR_MAX, Math.round(bandSize * BAR_SHARE)))
  const anySelected = model.selected.size > 0
  const anySeries = model.selectedSeries.size > 0
  const labels = rows.map((r) => fitText(r.label, LABEL_WIDTH, tools.measure))
  // Vertical bars may be many (a file can span centuries): every k-th label, so none overlap.
  const every = horizontal
    ? Math.max(1, Math.ceil(14 / bandSize))
    : Math.max(1, Math.ceil((labels.reduce((m, l) => Math.max(m, tools.measure(l)), 0) + 8) / bandSize))

  const bars = rows.map((row, index): Bar<K> => {
    const start = Math.round((horizontal ? plot.y : plot.x) + index * bandSize)
    const end = Math.round((horizontal ? plot.y : plot.x) + (index + 1) * bandSize)
    const band = horizontal
      ? { x: plot.x, y: start, w: plot.w, h: end - start }
      : { x: start, y: plot.y, w: end - start, h: plot.h }
    const barStart = Math.round(start + (end - start - thickness) / 2)
    const off = anySelected && !model.selected.has(row.key)
    const segments: Segment<K>[] = []
    let cumulative = 0
    let from = Math.round(along(0))
    for (const series of model.series) {
      const count = row.counts[series]
      if (count === 0) continue
      cumulative += count
      // At least a pixel, so a count of 1 among thousands is still there to see and hover.
      const to = horizontal
        ? Math.max(from + 1, Math.round(along(cumulative)))
        : Math.min(from - 1, Math.round(along(cumulative)))
      const dimmed = off || (anySeries && !model.selectedSeries.has(series))
      segments.push(
        horizontal
          ? { series, dimmed, x: from, y: barStart, w: to - from, h: thickness }
          : { series, dimmed, x: barStart, y: to, w: thickness, h: from - to },
      )
      from = to
    }
    return {
      index,
      band,
      segments,
      label: index % every === 0 ? labels[index] : null,
      labelAt: horizontal
        ? { x: plot.x - 8, y: start + (end - start) / 2 }
        : { x: start + (end - start) / 2, y: plot.y + plot.h + 6 },
      muted: off,
    }
  })
  const marked = model.marker && bars[model.marker.index]
  const marker = marked
    ? { at: Math.round(horizontal ? marked.labelAt.y : marked.labelAt.x), text: model.marker!.text }
    : null
  return { width, height, horizontal, plot, ticks, bars, marker }
}

/** What a point of the chart is over: a bar's segment (with its series), its band or its label. */
export interface Hit<K extends string = string> {
  index: number
  series: K | null
}

export function hitAt<K extends string>(layout: BarLayout<K>, x: number, y: number): Hit<K> | null {
  const { plot, horizontal } = layout
  for (const bar of layout.bars) {
    const b = bar.band
    const inBand = horizontal ? y >= b.y && y < b.y + b.h : x >= b.x && x < b.x + b.w
    if (!inBand) continue
    const onLabel = horizontal ? x >= 0 && x < plot.x : y > plot.y + plot.h && y <= layout.height
    const inPlot = horizontal ? x >= plot.x && x <= plot.x + plot.w : y >= plot.y && y <= plot.y + plot.h
    if (!onLabel && !inPlot) return null
    const segment = inPlot
      ? bar.segments.find((s) => x >= s.x && x < s.x + s.w && y >= s.y && y < s.y + s.h)
      : undefined
    return { index: bar.index, series: segment?.series ?? null }
  }
  return null
}
