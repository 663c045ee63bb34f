/**
 * The counts of the KPIs and the "status by …" charts, as the filter pass (./filters) fills them,
 * and their summary. A row of counts holds one cell per status, then overdue, then total.
 */
import type { Columns } from './columns'
import { fourDigitYear } from './dates'
import { completionRate } from './derive'
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

/**
 * While counting, a group has one cell per (status, overdue) pair: a row adds 1 to cell
 * `status + overdue * OVERDUE_OFFSET` of each group it counts in — one increment, where status and
 * overdue cells would take two. That index is the low four bits of the row's code (./rowCodes),
 * so the status block is 8 wide (7 statuses and one unused cell).
 */
export const OVERDUE_OFFSET = 8
export const RAW_CELLS = OVERDUE_OFFSET * 2
if (STATUSES.length > OVERDUE_OFFSET) throw new Error('aggregate: more statuses than a count block holds')

/** The pass's (status, overdue) cells -> status cells, overdue and total, once per group at the end. */
function fold(raw: Int32Array): Int32Array {
  const groups = raw.length / RAW_CELLS
  const cells = new Int32Array(groups * CELLS)
  for (let g = 0; g < groups; g++) {
    let total = 0
    let overdue = 0
    for (let s = 0; s < STATUSES.length; s++) {
      const late = raw[g * RAW_CELLS + OVERDUE_OFFSET + s]
      const n = raw[g * RAW_CELLS + s] + late
      cells[g * CELLS + s] = n
      total += n
      overdue += late
    }
    cells[g * CELLS + OVERDUE_CELL] = overdue
    cells[g * CELLS + TOTAL_CELL] = total
  }
  return cells
}

const yearRanges = new WeakMap<Uint16Array, { min: number; span: number }>()
/** First year and number of years of a year column (0 = no year), computed once per column. */
export function yearRange(years: Uint16Array): { min: number; span: number } {
  let range = yearRanges.get(years)
  if (!range) {
    let min = Infinity
    let max = -Infinity
    for (let i = 0; i < years.length; i++) {
      const y = years[i]
      if (y !== 0) {
        if (y < min) min = y
        if (y > max) max = y
      }
    }
    range = max >= min ? { min, span: max - min + 1 } : { min: 0, span: 0 }
    yearRanges.set(years, range)
  }
  return range
}

/** Counts in (status, overdue) cells (RAW_CELLS a group), as filled by the filter pass (./filters). */
export interface Counts {
  totals: Int32Array
  bySphere: Int32Array
  byCountry: Int32Array
  byYear: Int32Array
}

/** Empty count arrays for a snapshot, with the year range of the chosen axis. */
export function emptyCounts(
  cols: Columns,
  axis: YearAxis,
): { counts: Counts; years: Uint16Array; minYear: number; span: number } {
  const years = axis === 'signed' ? cols.signedYear : cols.dueYear
  const { min: minYear, span } = yearRange(years)
  return {
    years,
    minYear,
    span,
    counts: {
      totals: new Int32Array(RAW_CELLS),
      bySphere: new Int32Array(cols.sphereIds.length * RAW_CELLS),
      byCountry: new Int32Array(cols.countryCodes.length * RAW_CELLS),
      // Slot `span` holds commitments without a year (only possible on the due axis).
      byYear: new Int32Array((span + 1) * RAW_CELLS),
    },
  }
}

/** Totals per group, KPIs and group keys from the counts of one pass. */
export function summarize(
  cols: Columns,
  c: Counts,
  { minYear, span }: { minYear: number; span: number },
  seenAgreement: Uint8Array | undefined,
): Aggregate {
  const totals = fold(c.totals)
  const yearKeys: string[] = []
  for (let y = 0; y < span; y++) yearKeys.push(fourDigitYear(minYear + y))
  yearKeys.push(NO_DATE_KEY)
  const counts = { total: totals[TOTAL_CELL], completed: totals[COMPLETED], cancelled: totals[CANCELLED] }
  let agreements = cols.agreementCount
  if (seenAgreement) {
    agreements = 0
    for (let a = 0; a < seenAgreement.length; a++) agreements += seenAgreement[a]
  }
  return {
    kpi: {
      agreements,
      commitments: counts.total,
      completed: counts.completed,
      cancelled: counts.cancelled,
      overdue: totals[OVERDUE_CELL],
      completionRate: completionRate(counts),
    },
    bySphere: { keys: cols.sphereIds, cells: fold(c.bySphere) },
    byCountry: { keys: cols.countryCodes, cells: fold(c.byCountry) },
    byYear: { keys: yearKeys, cells: fold(c.byYear) },
  }
}
