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
