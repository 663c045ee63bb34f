/**
 * The trend (shared/snapshot-format.md, "Comparing two snapshots"): the same counts for every
 * stored report of a series, in `asOf` order, under the current filters. One point per report,
 * from its columns and its filter bits.
 */
import type { Columns } from './columns'
import { completionRate } from './derive'
import type { RowFails } from './dims'
import { STATUSES, type Status } from './vocab'

export interface TrendPoint {
  /** The report's snapshot id and as-of date. */
  id: string
  asOf: string
  counts: Record<Status, number>
  overdue: number
  total: number
  completionRate: number | null
}

/** One report's point: the rows that fail no filter, by status, overdue and in all. */
export function trendPoint(id: string, asOf: string, cols: Columns, fails: RowFails): TrendPoint {
  const byStatus = new Int32Array(STATUSES.length)
  let overdue = 0
  let total = 0
  for (let i = 0; i < cols.count; i++) {
    if (fails[i] !== 0) continue
    byStatus[cols.status[i]]++
    overdue += cols.overdue[i]
    total++
  }
  const counts = Object.fromEntries(STATUSES.map((s, k) => [s, byStatus[k]])) as Record<Status, number>
  return {
    id,
    asOf,
    counts,
    overdue,
    total,
    completionRate: completionRate({ total, completed: counts.completed, cancelled: counts.cancelled }),
  }
}
