/**
 * Counting commitments by status for the KPIs and the "status by …" charts, in one pass over the
 * encoded columns. A row of counts holds one cell per status, then overdue, then total.
 */
import type { Columns } from './columns'
import { completionRate } from './derive'
import { DIM } from './filters'
import { STATUSES } from './vocab'

export const OVERDUE_CELL = STATUSES.length
export const TOTAL_CELL = STATUSES.length + 1
export const CELLS = STATUSES.length + 2
const COMPLETED = STATUSES.indexOf('completed')
const CANCELLED = STATUSES.indexOf('cancelled')

/** Which year a commitment is counted under: its agreement's signing year, or its due year. */
export type YearAxis = 'signed' | 'due'
/** The bucket of commitments without a due date on the due-year axis. */
export const NO_DATE_KEY = 'none'

export interface Kpi {
  agreements: number
  commitments: number
  completed: number
  cancelled: number
  overdue: number
  /** completed ÷ (all − cancelled), null when undefined. */
  completionRate: number | null
}

/** Counts per group: `cells[g * CELLS + cell]` for group key `keys[g]`. */
export interface GroupCounts {
  keys: string[]
  cells: Int32Array
}

export interface Aggregate {
  kpi: Kpi
  bySphere: GroupCounts
  byCountry: GroupCounts
  byYear: GroupCounts
}

export interface AggregateOptions {
  axis: YearAxis
  /** Rows to count (1) or skip (0) in every group; all rows when absent. */
  mask?: Uint8Array
  /**
   * Per row, the filter dimensions it fails (./filters). The KPIs count rows failing nothing;
   * each "by …" group also counts rows that fail only its own dimension.
   */
  fails?: Uint8Array
  /** Whether any filter is active: then the agreements KPI counts agreements with a matching commitment. */
  filtered?: boolean
}

const EVERY_DIMENSION = 0xff

export function aggregate(cols: Columns, { axis, mask, fails, filtered = mask !== undefined }: AggregateOptions): Aggregate {
  const n = cols.count
  const bySphere = new Int32Array(cols.sphereIds.length * CELLS)
  const byCountry = new Int32Array(cols.countryCodes.length * CELLS)
  const years = axis === 'signed' ? cols.signedYear : cols.dueYear
  let minYear = Infinity
  let maxYear = -Infinity
  for (let i = 0; i < n; i++) {
    const y = years[i]
    if (y !== 0) { if (y < minYear) minYear = y; if (y > maxYear) maxYear = y }
  }
  const span = maxYear >= minYear ? maxYear - minYear + 1 : 0
  // Slot `span` holds commitments without a year (only possible on the due axis).
  const byYear = new Int32Array((span + 1) * CELLS)
  const seenAgreement = filtered ? new Uint8Array(cols.agreementCount) : undefined
  const totals = new Int32Array(CELLS)
  const notSphere = ~DIM.sphere
  const notYear = ~DIM.year
  const notCountry = ~DIM.country

  for (let i = 0; i < n; i++) {
    const f = fails ? fails[i] : mask && mask[i] === 0 ? EVERY_DIMENSION : 0
    if (f === EVERY_DIMENSION) continue
    const st = cols.status[i]
    const od = cols.overdue[i]
    let base: number
    if (f === 0) {
      totals[st]++
      totals[OVERDUE_CELL] += od
      totals[TOTAL_CELL]++
      if (seenAgreement) seenAgreement[cols.agreement[i]] = 1
    }
    if ((f & notSphere) === 0) {
      base = cols.sphere[i] * CELLS
      bySphere[base + st]++
      bySphere[base + OVERDUE_CELL] += od
      bySphere[base + TOTAL_CELL]++
    }
    if ((f & notYear) === 0) {
      const y = years[i]
      base = (y === 0 ? span : y - minYear) * CELLS
      byYear[base + st]++
      byYear[base + OVERDUE_CELL] += od
      byYear[base + TOTAL_CELL]++
    }
    if ((f & notCountry) === 0) {
      for (let k = cols.countryStart[i], end = cols.countryStart[i + 1]; k < end; k++) {
        base = cols.countryIndex[k] * CELLS
        byCountry[base + st]++
        byCountry[base + OVERDUE_CELL] += od
        byCountry[base + TOTAL_CELL]++
      }
    }
  }

  const yearKeys: string[] = []
  for (let y = 0; y < span; y++) yearKeys.push(String(minYear + y))
  yearKeys.push(NO_DATE_KEY)
  const counts = { total: totals[TOTAL_CELL], completed: totals[COMPLETED], cancelled: totals[CANCELLED] }
  return {
    kpi: {
      agreements: seenAgreement ? seenAgreement.reduce((a, b) => a + b, 0) : cols.agreementCount,
      commitments: counts.total,
      completed: counts.completed,
      cancelled: counts.cancelled,
      overdue: totals[OVERDUE_CELL],
      completionRate: completionRate(counts),
    },
    bySphere: { keys: cols.sphereIds, cells: bySphere },
    byCountry: { keys: cols.countryCodes, cells: byCountry },
    byYear: { keys: yearKeys, cells: byYear },
  }
}
