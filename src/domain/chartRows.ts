/**
 * The rows behind a "status by …" chart: one per bar as drawn, in the chart's order. The same
 * rows feed the chart, its data table and its CSV, so the three can never disagree.
 */
import { CELLS, NO_DATE_KEY, OVERDUE_CELL, TOTAL_CELL, type GroupCounts } from './aggregate'
import { STATUSES, type Status } from './vocab'

export interface ChartRow {
  /** Stable id: sphere id, country code, four-digit year or `none`. */
  key: string
  label: string
  counts: Record<Status, number>
  overdue: number
  total: number
}

/** `byTotal`: largest first (ties by key); `byKey`: ascending keys with "no date" last. */
export type RowOrder = 'byTotal' | 'byKey'

export function chartRows(group: GroupCounts, order: RowOrder, label: (key: string) => string): ChartRow[] {
  const rows: ChartRow[] = []
  group.keys.forEach((key, g) => {
    const base = g * CELLS
    const total = group.cells[base + TOTAL_CELL]
    if (total === 0) return
    const counts = {} as Record<Status, number>
    STATUSES.forEach((st, s) => (counts[st] = group.cells[base + s]))
    rows.push({ key, label: label(key), counts, overdue: group.cells[base + OVERDUE_CELL], total })
  })
  if (order === 'byTotal') rows.sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : 1))
  else rows.sort((a, b) => (a.key === NO_DATE_KEY ? 1 : b.key === NO_DATE_KEY ? -1 : a.key < b.key ? -1 : 1))
  return rows
}

/** The key of the folded row: never a sphere id, country code or year. */
export const MORE_KEY = '\u0000more'
/**
 * The most bars one chart draws: past it, a chart takes more than a frame's budget to draw (about
 * 1 ms a bar of eight segments in Chromium here: 249 partner countries held the page 250 ms) and
 * its bars are too thin to read. The table view and the CSV keep every row.
 */
export const MAX_CHART_BARS = 40

/**
 * At most `max` bars: the first `max - 1` as ordered, the chosen ones (`keep`) wherever they are,
 * and one bar summing the rest, labelled by `label(how many)`.
 */
export function foldTail(
  rows: readonly ChartRow[],
  max: number,
  keep: ReadonlySet<string>,
  label: (count: number) => string,
): ChartRow[] {
  if (rows.length <= max) return [...rows]
  const shown: ChartRow[] = []
  const rest: ChartRow[] = []
  rows.forEach((r, i) => (i < max - 1 || keep.has(r.key) ? shown : rest).push(r))
  if (rest.length === 0) return shown
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>
  let overdue = 0
  let total = 0
  for (const r of rest) {
    for (const s of STATUSES) counts[s] += r.counts[s]
    overdue += r.overdue
    total += r.total
  }
  shown.push({ key: MORE_KEY, label: label(rest.length), counts, overdue, total })
  return shown
}
