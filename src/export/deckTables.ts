/**
 * The table slides of a deck, planned: a list (overdue commitments, a country's agreements, what
 * was completed, what falls due) fitted to the slide body by ./tableFit and split into parts, and
 * the completion heatmap as a table of coloured cells. Pure; every string is made XML-safe here.
 */
import { INK, RATE_RAMP } from '@/charts/palette'
import { BODY, NOTE_H } from './slideGeometry'
import { fitRow, paginateRows, type TableColumn } from './tableFit'
import { oneLine, xmlSafe } from './xmlText'

/** A list for the deck, in the words of the UI language. */
export interface DeckList {
  id: string
  /** With its count ("Overdue commitments (12)"). */
  title: string
  header: string[]
  /** Relative widths (of the body's width); lines a cell may take (default 2). */
  columns: { weight: number; maxLines?: number; align?: 'left' | 'right' }[]
  rows: string[][]
  /** What the speaker notes say of each row (default: its cells). */
  notes?: string[]
  /** What the slide says when there are no rows. */
  empty: string
  /** A line under the table. */
  note?: string
  /** The table's width, inches (default: the body's). */
  width?: number
  /** The least height of a body row, inches (a short table of big cells reads better). */
  minRowHeight?: number
}

export interface TableSlide {
  kind: 'table'
  title: string
  subtitle: string
  header: string[]
  /** Cells of the body; a cell's lines are joined by `\n`, as planned to fit its column. */
  rows: string[][]
  columns: TableColumn[]
  /** Inches: the header's height, then each row's. */
  heights: number[]
  /** Per body cell, its fill and text colour (`RRGGBB`), for the heatmap; absent: plain. */
  fills?: (string | null)[][]
  colors?: (string | null)[][]
  note?: string
  notes: string
  empty?: string
}

export interface TableWords {
  part(part: number, parts: number): string
  more(count: number): string
}

/** Rows a list puts in the deck at most; the workbook has them all. */
export const MAX_LIST_ROWS = 120
/** Rows on one slide at most, however short: more would be too small to read across a room. */
export const MAX_ROWS_PER_SLIDE = 18

const clean = (cells: readonly string[]) => cells.map(oneLine)

/** The inches of each column, from the relative widths. */
function columnsOf(list: DeckList): TableColumn[] {
  const total = list.columns.reduce((s, c) => s + c.weight, 0)
  const width = Math.min(BODY.w, list.width ?? BODY.w)
  return list.columns.map((c) => ({ width: (width * c.weight) / total, maxLines: c.maxLines ?? 2, align: c.align }))
}

/** A list's slides: as many rows on each as its body holds, "part n of m" in the titles. */
export function listSlides(list: DeckList, subtitle: string, w: TableWords): TableSlide[] {
  const title = oneLine(list.title)
  const columns = columnsOf(list)
  // A header may take three lines: a narrow column's name ("Days overdue") is never cut.
  const header = fitRow(
    clean(list.header),
    columns.map((c) => ({ ...c, maxLines: 3 })),
  )
  const base = { kind: 'table' as const, subtitle, header: header.cells.map((c) => c.join('\n')), columns }
  const note = list.note ? oneLine(list.note) : undefined
  if (list.rows.length === 0) {
    const empty = oneLine(list.empty)
    return [{ ...base, title, rows: [], heights: [header.height], notes: empty, empty, ...(note ? { note } : {}) }]
  }
  const shown = list.rows.slice(0, MAX_LIST_ROWS)
  const fitted = shown.map((r) => fitRow(clean(r), columns))
  if (list.minRowHeight) for (const r of fitted) r.height = Math.max(r.height, list.minRowHeight)
  const body = BODY.h - (note ? NOTE_H : 0)
  const pages = paginateRows(
    fitted.map((r) => r.height),
    header.height,
    body,
    MAX_ROWS_PER_SLIDE,
  )
  const left = list.rows.length - shown.length
  return pages.map((page, p) => {
    const last = p === pages.length - 1 && left > 0
    const spoken = page.map((k) => oneLine(list.notes?.[k] ?? list.rows[k].join(' — ')))
    if (last) spoken.push(oneLine(w.more(left)))
    return {
      ...base,
      title: pages.length > 1 ? `${title} — ${oneLine(w.part(p + 1, pages.length))}` : title,
      subtitle: last ? `${subtitle} · ${oneLine(w.more(left))}` : subtitle,
      rows: page.map((k) => fitted[k].cells.map((c) => c.join('\n'))),
      heights: [header.height, ...page.map((k) => fitted[k].height)],
      notes: xmlSafe([title, ...spoken].join('\n')),
      ...(note ? { note } : {}),
    }
  })
}

/** The completion heatmap for a deck: spheres down, partner countries across. */
export interface DeckHeatmap {
  title: string
  /** What a cell says ("completion rate, and in brackets the number of commitments"). */
  note: string
  /** The first column's header ("Sphere"). */
  corner: string
  rows: string[]
  columns: string[]
  /** cells[r][c]: the rate (null: all cancelled) and the count; null: no commitment. */
  cells: ({ rate: number | null; total: number } | null)[][]
  percent(rate: number): string
  number(n: number): string
  noRate: string
  empty: string
}

/** Partner countries on one slide at most (the rest on the next part): a country's name keeps to its column unbroken. */
export const HEATMAP_COLUMNS_PER_SLIDE = 9
const HEATMAP_LABEL_W = 2.6
const HEATMAP_CELL_W = 1.25

/** The heatmap's slides: a native table, each cell filled by its rate, its text dark or light to stay readable. */
export function heatmapSlides(h: DeckHeatmap, subtitle: string, w: TableWords): TableSlide[] {
  const list = (cols: number[]): DeckList => {
    const cell = Math.min(HEATMAP_CELL_W, (BODY.w - HEATMAP_LABEL_W) / Math.max(1, cols.length))
    return {
      id: 'heatmap',
      title: h.title,
      header: [h.corner, ...cols.map((c) => h.columns[c])],
      width: HEATMAP_LABEL_W + cols.length * cell,
      minRowHeight: 0.36,
      columns: [
        { weight: HEATMAP_LABEL_W, maxLines: 2 },
        ...cols.map(() => ({ weight: cell, maxLines: 3, align: 'right' as const })),
      ],
      rows: h.rows.map((label, r) => [label, ...cols.map((c) => cellText(h, h.cells[r][c]))]),
      empty: h.empty,
      note: h.note,
    }
  }
  if (h.rows.length === 0 || h.columns.length === 0) return listSlides(list([]), subtitle, w)
  // Balanced parts: 15 countries make 8 and 7, not 9 and 6.
  const size = Math.ceil(h.columns.length / Math.ceil(h.columns.length / HEATMAP_COLUMNS_PER_SLIDE))
  const chunks: number[][] = []
  for (let c = 0; c < h.columns.length; c += size) chunks.push(h.columns.slice(c, c + size).map((_, k) => c + k))
  const parts = chunks.flatMap((cols) => {
    const slides = listSlides(list(cols), subtitle, { ...w, part: () => '' })
    // Each slide's rows are a run of the spheres: find them again to colour the cells.
    let first = 0
    return slides.map((s) => {
      const at = first
      first += s.rows.length
      const fills = s.rows.map((_, k) => [null, ...cols.map((c) => fillOf(h.cells[at + k][c]))])
      const colors = fills.map((row) => row.map((f) => (f ? textOn(f) : null)))
      return { ...s, fills, colors }
    })
  })
  const title = oneLine(h.title)
  return parts.map((s, p) => ({
    ...s,
    title: parts.length > 1 ? `${title} — ${oneLine(w.part(p + 1, parts.length))}` : title,
  }))
}

function cellText(h: DeckHeatmap, cell: DeckHeatmap['cells'][number][number]): string {
  if (!cell) return ''
  return `${cell.rate === null ? h.noRate : h.percent(cell.rate)} (${h.number(cell.total)})`
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
const toHex = (c: number[]) =>
  c
    .map((v) => Math.round(v).toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()

/** The ramp's colour at a rate, as the dashboard's heatmap draws it (`RRGGBB`). */
export function rateFill(rate: number): string {
  const t = Math.min(1, Math.max(0, rate)) * (RATE_RAMP.length - 1)
  const i = Math.min(RATE_RAMP.length - 2, Math.floor(t))
  const [a, b] = [rgb(RATE_RAMP[i]), rgb(RATE_RAMP[i + 1])]
  return toHex(a.map((v, k) => v + (b[k] - v) * (t - i)))
}

function fillOf(cell: DeckHeatmap['cells'][number][number]): string | null {
  if (!cell) return null
  return cell.rate === null ? 'EEEEEE' : rateFill(cell.rate)
}

/** Relative luminance (WCAG 2.x) of an `RRGGBB` colour. */
function luminance(hex: string): number {
  const [r, g, b] = rgb(`#${hex}`).map((v) => {
    const c = v / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG contrast ratio of two `RRGGBB` colours. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p)
  return (x + 0.05) / (y + 0.05)
}

/** The text colour that reads best on a fill: the deck's ink or white. */
export function textOn(fill: string): string {
  const ink = INK.text.slice(1).toUpperCase()
  return contrast(fill, ink) >= contrast(fill, 'FFFFFF') ? ink : 'FFFFFF'
}
