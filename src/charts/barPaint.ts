/**
 * Paints a bar layout (barLayout.ts) on a 2D canvas: grid, bars, axes, labels, a marker line, and
 * the pattern fill that tells the series apart without colour. Only canvas calls; the geometry is
 * decided before.
 */
import type { Status } from '@/domain/vocab'
import type { BarLayout } from './barLayout'
import { DIMMED, MARKER_ROOM } from './barLayout'
import { setFont } from './canvasFont'
import { INK, STATUS_COLORS, barOutline, contrastRatio } from './palette'

/** The shade behind the band under the pointer (ECharts' axis pointer "shadow"). */
const HOVER_SHADE = 'rgba(150, 150, 150, 0.12)'
const TILE = 8

type Mark = (c: CanvasRenderingContext2D) => void
const line =
  (x1: number, y1: number, x2: number, y2: number): Mark =>
  (c) => {
    c.moveTo(x1, y1)
    c.lineTo(x2, y2)
  }
const both =
  (...marks: Mark[]): Mark =>
  (c) =>
    marks.forEach((m) => m(c))
/**
 * One mark per series, each a different shape, on an 8 px tile that repeats without seams: the
 * statuses take the first seven in their order; the agreement types, all ten.
 */
const MARKS: Mark[] = [
  both(line(0, TILE, TILE, 0), line(-1, 1, 1, -1), line(TILE - 1, TILE + 1, TILE + 1, TILE - 1)),
  (c) => {
    c.moveTo(TILE / 2 + 1.5, TILE / 2)
    c.arc(TILE / 2, TILE / 2, 1.5, 0, Math.PI * 2)
  },
  line(0, TILE / 2, TILE, TILE / 2),
  line(TILE / 2, 0, TILE / 2, TILE),
  both(line(0, TILE / 2, TILE, TILE / 2), line(TILE / 2, 0, TILE / 2, TILE)),
  both(line(0, 0, TILE, TILE), line(-1, TILE - 1, 1, TILE + 1), line(TILE - 1, -1, TILE + 1, 1)),
  (c) => c.rect(1, 1, 2, 2),
  both(line(0, 2, TILE, 2), line(0, 6, TILE, 6)),
  both(line(2, 0, 2, TILE), line(6, 0, 6, TILE)),
  (c) => {
    c.moveTo(TILE / 2, 1)
    c.lineTo(TILE - 1, TILE - 1)
    c.lineTo(1, TILE - 1)
    c.closePath()
  },
]
/** Marks that are filled shapes (the others are strokes). */
const FILLED = new Set([1, 6, 9])

/** The colour of the marks on a fill: light on a dark fill, dark on a light one. */
export function markColourOn(fill: string): string {
  return contrastRatio(fill, '#ffffff') > 3.5 ? 'rgba(255, 255, 255, 0.6)' : 'rgba(0, 0, 0, 0.45)'
}
/** The colour of a status's marks. */
export const markColour = (status: Status): string => markColourOn(STATUS_COLORS[status])

/** Draws mark `index` in the colour for `fill` (marks only, transparent between them) on a TILE × TILE canvas. */
export function paintTile(c: CanvasRenderingContext2D, index: number, fill: string): void {
  c.clearRect(0, 0, TILE, TILE)
  c.beginPath()
  MARKS[index % MARKS.length](c)
  c.fillStyle = c.strokeStyle = markColourOn(fill)
  c.lineWidth = 1.5
  if (FILLED.has(index % MARKS.length)) c.fill()
  else c.stroke()
}

/** The pattern tiles, painted once for the page (charts and legends share them), by mark and fill. */
const tiles = new Map<string, HTMLCanvasElement>()
/** The tile of each series: mark `marks[i]`, in the colour for its fill. */
export function seriesTiles(
  fills: readonly string[],
  marks: readonly number[],
  tile: () => HTMLCanvasElement,
): HTMLCanvasElement[] {
  return fills.map((fill, i) => {
    const key = `${marks[i]}|${fill}`
    let t = tiles.get(key)
    if (!t) {
      t = tile()
      t.width = t.height = TILE
      paintTile(t.getContext('2d')!, marks[i], fill)
      tiles.set(key, t)
    }
    return t
  })
}

/** Every series's pattern on one canvas, from the shared tiles. */
export function seriesPatterns(
  c: CanvasRenderingContext2D,
  fills: readonly string[],
  marks: readonly number[],
  tile: () => HTMLCanvasElement,
): CanvasPattern[] {
  return seriesTiles(fills, marks, tile).map((t) => c.createPattern(t, 'repeat')!)
}

export interface PaintStyle {
  font: string
  /** The fill of each series, in the model's order. */
  fills: readonly string[]
  /** The pattern of each series, when the reader asked for them. */
  patterns: readonly CanvasPattern[] | null
  /** The band under the pointer, shaded. */
  hover: number | null
}

export function paintBars<K extends string>(
  c: CanvasRenderingContext2D,
  layout: BarLayout<K>,
  series: readonly K[],
  style: PaintStyle,
): void {
  const { plot, horizontal } = layout
  c.clearRect(0, 0, layout.width, layout.height)
  setFont(c, style.font)
  // Grid lines at the value ticks, a half pixel in so that a 1 px line stays one pixel.
  c.strokeStyle = INK.grid
  c.lineWidth = 1
  c.beginPath()
  for (const t of layout.ticks) {
    if (horizontal) line(t.at + 0.5, plot.y, t.at + 0.5, plot.y + plot.h)(c)
    else line(plot.x, t.at - 0.5, plot.x + plot.w, t.at - 0.5)(c)
  }
  c.stroke()
  const hovered = style.hover === null ? undefined : layout.bars[style.hover]
  if (hovered) {
    c.fillStyle = HOVER_SHADE
    c.fillRect(hovered.band.x, hovered.band.y, hovered.band.w, hovered.band.h)
  }
  const place = new Map(series.map((k, i) => [k, i]))
  for (const bar of layout.bars)
    for (const s of bar.segments) {
      const i = place.get(s.series)!
      c.globalAlpha = s.dimmed ? DIMMED : 1
      c.fillStyle = style.fills[i]
      c.fillRect(s.x, s.y, s.w, s.h)
      if (style.patterns) {
        c.fillStyle = style.patterns[i]
        c.fillRect(s.x, s.y, s.w, s.h)
      }
      // Pale fills get a darker outline of their hue: 3:1 against the background (palette.ts).
      if (s.w > 2 && s.h > 2) {
        c.strokeStyle = barOutline(style.fills[i])
        c.strokeRect(s.x + 0.5, s.y + 0.5, s.w - 1, s.h - 1)
      }
    }
  c.globalAlpha = 1
  paintAxes(c, layout)
}

function paintAxes(c: CanvasRenderingContext2D, layout: BarLayout): void {
  const { plot, horizontal, marker } = layout
  // The category axis line.
  c.strokeStyle = INK.grid
  c.beginPath()
  if (horizontal) line(plot.x + 0.5, plot.y, plot.x + 0.5, plot.y + plot.h)(c)
  else line(plot.x, plot.y + plot.h + 0.5, plot.x + plot.w, plot.y + plot.h + 0.5)(c)
  c.stroke()
  if (marker) {
    c.strokeStyle = c.fillStyle = INK.text
    c.setLineDash([4, 4])
    c.beginPath()
    if (horizontal) line(plot.x, marker.at + 0.5, plot.x + plot.w, marker.at + 0.5)(c)
    else line(marker.at + 0.5, plot.y, marker.at + 0.5, plot.y + plot.h)(c)
    c.stroke()
    c.setLineDash([])
    c.textAlign = 'center'
    c.textBaseline = 'top'
    if (horizontal) c.fillText(marker.text, plot.x + plot.w / 2, 0)
    else c.fillText(marker.text, marker.at, plot.y - MARKER_ROOM + 4)
  }
  // Value labels.
  c.fillStyle = INK.muted
  c.textAlign = horizontal ? 'center' : 'right'
  c.textBaseline = horizontal ? 'top' : 'middle'
  for (const t of layout.ticks)
    if (horizontal) c.fillText(t.text, t.at, plot.y + plot.h + 8)
    else c.fillText(t.text, plot.x - 8, t.at)
  // Category labels.
  c.textAlign = horizontal ? 'right' : 'center'
  c.textBaseline = horizontal ? 'middle' : 'top'
  for (const bar of layout.bars) {
    if (bar.label === null) continue
    c.fillStyle = bar.muted ? INK.muted : INK.text
    c.fillText(bar.label, bar.labelAt.x, bar.labelAt.y)
  }
}
