/**
 * Paints a bar layout (barLayout.ts) on a 2D canvas: grid, bars, axes, labels, and the pattern
 * fill that tells the statuses apart without colour. Only canvas calls; the geometry is decided
 * before.
 */
import { STATUSES, type Status } from '@/domain/vocab'
import type { BarLayout } from './barLayout'
import { DIMMED } from './barLayout'
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
/** One mark per status, each a different shape, on an 8 px tile that repeats without seams. */
const MARKS: Record<Status, Mark> = {
  not_started: both(line(0, TILE, TILE, 0), line(-1, 1, 1, -1), line(TILE - 1, TILE + 1, TILE + 1, TILE - 1)),
  in_progress: (c) => {
    c.moveTo(TILE / 2 + 1.5, TILE / 2)
    c.arc(TILE / 2, TILE / 2, 1.5, 0, Math.PI * 2)
  },
  ongoing: line(0, TILE / 2, TILE, TILE / 2),
  completed: line(TILE / 2, 0, TILE / 2, TILE),
  suspended: both(line(0, TILE / 2, TILE, TILE / 2), line(TILE / 2, 0, TILE / 2, TILE)),
  cancelled: both(line(0, 0, TILE, TILE), line(-1, TILE - 1, 1, TILE + 1), line(TILE - 1, -1, TILE + 1, 1)),
  no_information: (c) => c.rect(1, 1, 2, 2),
}

/** The colour of a status's marks: light on a dark fill, dark on a light one. */
export function markColour(status: Status): string {
  return contrastRatio(STATUS_COLORS[status], '#ffffff') > 3.5 ? 'rgba(255, 255, 255, 0.6)' : 'rgba(0, 0, 0, 0.45)'
}

/** Draws a status's pattern tile (marks only, transparent between them) on a TILE × TILE canvas. */
export function paintTile(c: CanvasRenderingContext2D, status: Status): void {
  c.clearRect(0, 0, TILE, TILE)
  c.beginPath()
  MARKS[status](c)
  const dot = status === 'in_progress' || status === 'no_information'
  c.fillStyle = c.strokeStyle = markColour(status)
  c.lineWidth = 1.5
  if (dot) c.fill()
  else c.stroke()
}

/** Every status's pattern tile, painted once for the page (charts and legends share them). */
let tiles: Record<Status, HTMLCanvasElement> | null = null
export function statusTiles(tile: () => HTMLCanvasElement): Record<Status, HTMLCanvasElement> {
  tiles ??= Object.fromEntries(
    STATUSES.map((s) => {
      const t = tile()
      t.width = t.height = TILE
      paintTile(t.getContext('2d')!, s)
      return [s, t]
    }),
  ) as Record<Status, HTMLCanvasElement>
  return tiles
}

/** Every status's pattern on one canvas, from the shared tiles. */
export function statusPatterns(
  c: CanvasRenderingContext2D,
  tile: () => HTMLCanvasElement,
): Record<Status, CanvasPattern> {
  const all = statusTiles(tile)
  return Object.fromEntries(STATUSES.map((s) => [s, c.createPattern(all[s], 'repeat')!])) as Record<
    Status,
    CanvasPattern
  >
}

export interface PaintStyle {
  font: string
  /** The pattern fill, when the reader asked for it. */
  patterns: Record<Status, CanvasPattern> | null
  /** The band under the pointer, shaded. */
  hover: number | null
}

const OUTLINES = Object.fromEntries(STATUSES.map((s) => [s, barOutline(STATUS_COLORS[s])])) as Record<Status, string>

export function paintBars(c: CanvasRenderingContext2D, layout: BarLayout, style: PaintStyle): void {
  const { plot, horizontal } = layout
  c.clearRect(0, 0, layout.width, layout.height)
  c.font = style.font
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
  for (const bar of layout.bars)
    for (const s of bar.segments) {
      c.globalAlpha = s.dimmed ? DIMMED : 1
      c.fillStyle = STATUS_COLORS[s.status]
      c.fillRect(s.x, s.y, s.w, s.h)
      if (style.patterns) {
        c.fillStyle = style.patterns[s.status]
        c.fillRect(s.x, s.y, s.w, s.h)
      }
      // Pale fills get a darker outline of their hue: 3:1 against the background (palette.ts).
      if (s.w > 2 && s.h > 2) {
        c.strokeStyle = OUTLINES[s.status]
        c.strokeRect(s.x + 0.5, s.y + 0.5, s.w - 1, s.h - 1)
      }
    }
  c.globalAlpha = 1
  // The category axis line.
  c.strokeStyle = INK.grid
  c.beginPath()
  if (horizontal) line(plot.x + 0.5, plot.y, plot.x + 0.5, plot.y + plot.h)(c)
  else line(plot.x, plot.y + plot.h + 0.5, plot.x + plot.w, plot.y + plot.h + 0.5)(c)
  c.stroke()
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
