/** Commitments due per month around `asOf`, by how they stand, for the deadlines chart. Pure. */
import type { RowFails } from './dims'
import { dateNumber, fourDigitYear } from './dates'
import { type Columns } from './columns'
import { OPEN_STATUSES, STATUSES } from './vocab'

const COMPLETED = STATUSES.indexOf('completed')

/** How a commitment due in a month stands. */
export const DEADLINE_KINDS = ['on_time', 'late', 'done_undated', 'overdue', 'upcoming', 'other'] as const
export type DeadlineKind = (typeof DEADLINE_KINDS)[number]
export interface Deadlines {
  /** `YYYY-MM`, 12 months before the month of asOf, then that month and 11 after it. */
  months: string[]
  counts: Record<DeadlineKind, number[]>
}

/**
 * Commitments due per month around `asOf`: done on time or late (where the history dates the
 * completion), done (no date in the history), overdue, upcoming, and the rest (ongoing, suspended,
 * cancelled).
 */
export function deadlinesByMonth(cols: Columns, fails: RowFails, asOf: string): Deadlines {
  const asOfNum = dateNumber(asOf)
  const start = monthIndex(asOfNum) - 12
  const months: string[] = []
  for (let m = 0; m < 24; m++) {
    const idx = start + m
    months.push(`${fourDigitYear(Math.floor(idx / 12))}-${String((idx % 12) + 1).padStart(2, '0')}`)
  }
  const counts = Object.fromEntries(DEADLINE_KINDS.map((k) => [k, new Array<number>(24).fill(0)])) as Record<
    DeadlineKind,
    number[]
  >
  const open = new Uint8Array(STATUSES.length)
  STATUSES.forEach((s, i) => (open[i] = OPEN_STATUSES.has(s) ? 1 : 0))
  for (let i = 0; i < cols.count; i++) {
    const due = cols.due[i]
    if (fails[i] !== 0 || due === 0) continue
    const m = monthIndex(due) - start
    if (m < 0 || m >= 24) continue
    const st = cols.status[i]
    let kind: DeadlineKind
    if (st === COMPLETED) {
      const done = cols.completedOn[i]
      kind = done === 0 ? 'done_undated' : done <= due ? 'on_time' : 'late'
    } else if (open[st]) kind = due < asOfNum ? 'overdue' : 'upcoming'
    else kind = 'other'
    counts[kind][m]++
  }
  return { months, counts }
}

function monthIndex(dateNum: number): number {
  return Math.floor(dateNum / 10000) * 12 + (Math.floor(dateNum / 100) % 100) - 1
}
