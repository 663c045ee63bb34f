/**
 * Where everything of the completion heatmap goes on the screen: pure geometry, cells and a size
 * in, rectangles and texts out (heatPaint.ts paints them; HeatmapCanvas.vue is the component).
 * Drawn by this renderer instead of ECharts for the same reason as the status bars (barLayout.ts):
 * ECharts took 90–160 ms a drawing here, a main-thread task of its own after every import; this
 * takes a few. Pictures and decks still come from ECharts (heatmapOption.ts).
 */
import type { HeatCell, Heatmap } from '@/domain/heatmap'
import { fitText, type Box } from './barLayout'
import { contrastRatio, INK, RATE_RAMP } from './palette'

export interface HeatModel {
  /** The cells drawn (the largest rows and columns, domain/heatmap: largestOf). */
  heatmap: Heatmap
  /** Spheres and countries chosen by the filters: the other cells and labels are dimmed. */
  selected: { spheres: ReadonlySet<string>; countries: ReadonlySet<string> }
}

export interface HeatWords {
  sphere(id: string): string
  country(code: string): string
  percent(rate: number): string
}

export interface HeatCellBox extends Box {
  /** The cell's index in the model's cells. */
  index: number
  /** Its fill; null when its rate is undefined (every commitment cancelled). */
  fill: string | null
  dimmed: boolean
  /** The rate as text, when there is room and few enough cells; else null. */
  text: string | null
  /** The text's colour: light on a dark fill, dark on a light one. */
  ink: string
}

export interface HeatLabel {
  text: string
  /** Its width in px as drawn. */
  width: number
  /** Where it is anchored: its right end (both axes; column labels are turned by LABEL_TURN). */
  x: number
  y: number
  muted: boolean
}

export interface HeatLayout {
  width: number
  height: number
  plot: Box
  cellW: number
  cellH: number
  cells: HeatCellBox[]
  rows: HeatLabel[]
  columns: HeatLabel[]
}

/** Column labels are turned this far (radians, counter-clockwise), as ECharts' `rotate: 40`. */
export const LABEL_TURN = (40 * Math.PI) / 180
/** The widest a row or column label may be (px); longer ones end in "…". */
export const ROW_LABEL_WIDTH = 150
export const COLUMN_LABEL_WIDTH = 110
/** Above this many cells no rate is written in them: the tooltip and the table tell. */
export const LABELLED_CELLS = 200
/** Opacity of cells outside the selection. */
export const HEAT_DIMMED = 0.3
const FONT_PX = 12
/** Cell texts are 10 px: about 10/12 of the width measured at 12 px. */
const CELL_TEXT = 10 / FONT_PX

/** The ramp's colour at `rate` (0–1), interpolated in RGB between its stops. */
export function rampColour(rate: number): string {
  const r = Math.min(1, Math.max(0, rate)) * (RATE_RAMP.length - 1)
  const i = Math.min(RATE_RAMP.length - 2, Math.floor(r))
  const t = r - i
  const [a, b] = [RATE_RAMP[i], RATE_RAMP[i + 1]].map((hex) => [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16)))
  return (
    '#' +
    a
      .map((v, k) =>
        Math.round(v + (b[k] - v) * t)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')
  )
}

/** The geometry of the heatmap of `model` in a box of `width` × `height` px. */
export function layoutHeat(
  model: HeatModel,
  width: number,
  height: number,
  words: HeatWords,
  measure: (text: string) => number,
): HeatLayout {
  const { spheres, countries, cells } = model.heatmap
  const { spheres: wantS, countries: wantC } = model.selected
  const rowTexts = spheres.map((s) => fitText(words.sphere(s), ROW_LABEL_WIDTH, measure))
  const colTexts = countries.map((c) => fitText(words.country(c), COLUMN_LABEL_WIDTH, measure))
  const widest = (texts: string[]) => texts.reduce((m, t) => Math.max(m, measure(t)), 0)
  const colWidest = widest(colTexts)
  // A turned label reaches down by its length's sine and left by its cosine.
  const below = Math.ceil(colWidest * Math.sin(LABEL_TURN) + FONT_PX * Math.cos(LABEL_TURN)) + 10
  const left = 8 + Math.max(widest(rowTexts) + 8, colWidest * Math.cos(LABEL_TURN) - 12)
  const plot: Box = { x: Math.ceil(left), y: 8, w: 0, h: 0 }
  plot.w = Math.max(1, width - plot.x - 16)
  plot.h = Math.max(1, height - plot.y - below)
  const cellW = plot.w / Math.max(1, countries.length)
  const cellH = plot.h / Math.max(1, spheres.length)
  const si = new Map(spheres.map((s, i) => [s, i]))
  const ci = new Map(countries.map((c, i) => [c, i]))
  const any = wantS.size > 0 || wantC.size > 0
  const isOn = (c: HeatCell) =>
    !any || ((wantS.size === 0 || wantS.has(c.sphere)) && (wantC.size === 0 || wantC.has(c.country)))
  const labelled = cells.length <= LABELLED_CELLS

  const boxes = cells.map((c, index): HeatCellBox => {
    const x0 = Math.round(plot.x + ci.get(c.country)! * cellW)
    const y0 = Math.round(plot.y + si.get(c.sphere)! * cellH)
    const x1 = Math.round(plot.x + (ci.get(c.country)! + 1) * cellW)
    const y1 = Math.round(plot.y + (si.get(c.sphere)! + 1) * cellH)
    const fill = c.rate === null ? null : rampColour(c.rate)
    const raw = c.rate === null ? '—' : words.percent(c.rate)
    const fits = measure(raw) * CELL_TEXT <= x1 - x0 - 4 && y1 - y0 >= 12
    return {
      index,
      x: x0,
      y: y0,
      w: x1 - x0,
      h: y1 - y0,
      fill,
      dimmed: !isOn(c),
      text: labelled && fits ? raw : null,
      ink: fill && contrastRatio(fill, '#ffffff') >= 4.5 ? '#ffffff' : INK.text,
    }
  })
  const rows = spheres.map((s, i) => ({
    text: rowTexts[i],
    width: measure(rowTexts[i]),
    x: plot.x - 8,
    y: plot.y + (i + 0.5) * cellH,
    muted: wantS.size > 0 && !wantS.has(s),
  }))
  const columns = countries.map((c, i) => ({
    text: colTexts[i],
    width: measure(colTexts[i]),
    x: plot.x + (i + 0.5) * cellW,
    y: plot.y + plot.h + 6,
    muted: wantC.size > 0 && !wantC.has(c),
  }))
  return { width, height, plot, cellW, cellH, cells: boxes, rows, columns }
}

/** What a point of the heatmap is over: a cell, a row's label (a sphere) or a column's (a country). */
export type HeatHit = { kind: 'cell'; index: number } | { kind: 'sphere' | 'country'; index: number }

export function heatHitAt(layout: HeatLayout, x: number, y: number): HeatHit | null {
  const { plot, cellW, cellH } = layout
  const row = Math.floor((y - plot.y) / cellH)
  if (x >= plot.x && x < plot.x + plot.w && y >= plot.y && y < plot.y + plot.h) {
    const cell = layout.cells.find((c) => x >= c.x && x < c.x + c.w && y >= c.y && y < c.y + c.h)
    return cell ? { kind: 'cell', index: cell.index } : null
  }
  if (x < plot.x && y >= plot.y && y < plot.y + plot.h)
    return row < layout.rows.length ? { kind: 'sphere', index: row } : null
  const top = plot.y + plot.h + 6
  if (y < top) return null
  // A turned label runs up and right to its column's middle: follow it back up to the axis.
  const along = (y - top) / Math.sin(LABEL_TURN)
  const col = Math.floor((x + along * Math.cos(LABEL_TURN) - plot.x) / cellW)
  const label = layout.columns[col]
  return label && along <= label.width + 4 ? { kind: 'country', index: col } : null
}
