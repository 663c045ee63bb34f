/**
 * Where everything of a "follow-up status by …" chart goes on the screen: pure geometry, rows and
 * a size in, rectangles and texts out (barPaint.ts paints them; BarCanvas.vue is the component).
 * The dashboard's bars are drawn by this small renderer instead of ECharts: ECharts' first drawings
 * are bound by its code warming up (≈ 250 ms for a first chart, 20 ms once warm), more than the
 * whole budget of a filter change; these bars take about a millisecond. Pictures and decks still
 * come from ECharts (statusBars.ts), loaded when asked.
 */
import type { ChartRow } from '@/domain/chartRows'
import { STATUSES, type Status } from '@/domain/vocab'

export interface Box {
  x: number
  y: number
  w: number
  h: number
}

export interface BarModel {
  rows: ChartRow[]
  /** Horizontal bars suit long category names (spheres, countries); vertical suits years. */
  orientation: 'horizontal' | 'vertical'
  /** Keys selected by a filter on this chart's dimension: the other bars are dimmed. */
  selected: ReadonlySet<string>
  /** Statuses selected by the status filter: the other segments are dimmed. */
  selectedStatuses: ReadonlySet<string>
}

export interface Segment extends Box {
  status: Status
  dimmed: boolean
}

export interface Bar {
  /** The row's index in the model. */
  index: number
  /** The whole band of the bar (its hover and click area). */
  band: Box
  segments: Segment[]
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

export interface BarLayout {
  width: number
  height: number
  horizontal: boolean
  plot: Box
  ticks: Tick[]
  bars: Bar[]
}

/** Opacity of bars outside the selection: still readable, clearly in the background. */
export const DIMMED = 0.28
/** The widest a category label may be (px); longer ones end in "…". */
export const LABEL_WIDTH = 150
const BAR_MAX = 28
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
export function layoutBars(model: BarModel, width: number, height: number, tools: LayoutTools): BarLayout {
  const horizontal = model.orientation === 'horizontal'
  const rows = model.rows
  const plot: Box = horizontal ? { x: LABEL_WIDTH + 16, y: 8, w: 0, h: 0 } : { x: 60, y: 12, w: 0, h: 0 }
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
  const anyStatus = model.selectedStatuses.size > 0
  const labels = rows.map((r) => fitText(r.label, LABEL_WIDTH, tools.measure))
  // Vertical bars may be many (a file can span centuries): every k-th label, so none overlap.
  const every = horizontal
    ? Math.max(1, Math.ceil(14 / bandSize))
    : Math.max(1, Math.ceil((labels.reduce((m, l) => Math.max(m, tools.measure(l)), 0) + 8) / bandSize))

  const bars = rows.map((row, index): Bar => {
    const start = Math.round((horizontal ? plot.y : plot.x) + index * bandSize)
    const end = Math.round((horizontal ? plot.y : plot.x) + (index + 1) * bandSize)
    const band = horizontal
      ? { x: plot.x, y: start, w: plot.w, h: end - start }
      : { x: start, y: plot.y, w: end - start, h: plot.h }
    const barStart = Math.round(start + (end - start - thickness) / 2)
    const off = anySelected && !model.selected.has(row.key)
    const segments: Segment[] = []
    let cumulative = 0
    let from = Math.round(along(0))
    for (const status of STATUSES) {
      const count = row.counts[status]
      if (count === 0) continue
      cumulative += count
      // At least a pixel, so a count of 1 among thousands is still there to see and hover.
      const to = horizontal
        ? Math.max(from + 1, Math.round(along(cumulative)))
        : Math.min(from - 1, Math.round(along(cumulative)))
      const dimmed = off || (anyStatus && !model.selectedStatuses.has(status))
      segments.push(
        horizontal
          ? { status, dimmed, x: from, y: barStart, w: to - from, h: thickness }
          : { status, dimmed, x: barStart, y: to, w: thickness, h: from - to },
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
  return { width, height, horizontal, plot, ticks, bars }
}

/** What a point of the chart is over: a bar's segment (with its status), its band or its label. */
export interface Hit {
  index: number
  status: Status | null
}

export function hitAt(layout: BarLayout, x: number, y: number): Hit | null {
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
    return { index: bar.index, status: segment?.status ?? null }
  }
  return null
}
