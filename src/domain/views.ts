/**
 * Data builders for the views beyond the "status by …" charts. Pure: columns and the per-row
 * filter bits in (./filters), plain numbers out; each view leaves out only its own dimensions.
 */
import type { YearAxis } from './aggregate'
import { dateNumber, type Columns } from './columns'
import { daysFromCivil, daysInMonth, fourDigitYear } from './dates'
import { completionRate } from './derive'
import { DIM } from './dims'
import { AGREEMENT_TYPES, OPEN_STATUSES, STATUSES, type AgreementType } from './vocab'

const COMPLETED = STATUSES.indexOf('completed')
const CANCELLED = STATUSES.indexOf('cancelled')

export interface HeatCell {
  sphere: string
  country: string
  total: number
  completed: number
  cancelled: number
  /** Completion rate; null when undefined (everything cancelled). */
  rate: number | null
}
export interface Heatmap {
  /** Rows and columns in order of their totals, largest first. */
  spheres: string[]
  countries: string[]
  /** Only cells that have commitments. */
  cells: HeatCell[]
}

/** Completion rate per sphere × partner country. */
export function completionHeatmap(cols: Columns, fails: Uint8Array): Heatmap {
  const nc = cols.countryCodes.length
  const total = new Int32Array(cols.sphereIds.length * nc)
  const completed = new Int32Array(total.length)
  const cancelled = new Int32Array(total.length)
  const keep = ~(DIM.sphere | DIM.country)
  for (let i = 0; i < cols.count; i++) {
    if ((fails[i] & keep) !== 0) continue
    const st = cols.status[i]
    const row = cols.sphere[i] * nc
    for (let k = cols.countryStart[i], end = cols.countryStart[i + 1]; k < end; k++) {
      const cell = row + cols.countryIndex[k]
      total[cell]++
      if (st === COMPLETED) completed[cell]++
      else if (st === CANCELLED) cancelled[cell]++
    }
  }
  const sphereTotals = new Map<number, number>()
  const countryTotals = new Map<number, number>()
  const cells: HeatCell[] = []
  for (let s = 0; s < cols.sphereIds.length; s++) {
    for (let c = 0; c < nc; c++) {
      const t = total[s * nc + c]
      if (!t) continue
      sphereTotals.set(s, (sphereTotals.get(s) ?? 0) + t)
      countryTotals.set(c, (countryTotals.get(c) ?? 0) + t)
      const counts = { total: t, completed: completed[s * nc + c], cancelled: cancelled[s * nc + c] }
      cells.push({ sphere: cols.sphereIds[s], country: cols.countryCodes[c], ...counts, rate: completionRate(counts) })
    }
  }
  const order = (totals: Map<number, number>, keys: string[]) =>
    [...totals.entries()].sort((a, b) => b[1] - a[1] || (keys[a[0]] < keys[b[0]] ? -1 : 1)).map(([i]) => keys[i])
  return { spheres: order(sphereTotals, cols.sphereIds), countries: order(countryTotals, cols.countryCodes), cells }
}

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
export function deadlinesByMonth(cols: Columns, fails: Uint8Array, asOf: string): Deadlines {
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

export interface AgreementsByYear {
  years: string[]
  types: AgreementType[]
  /** counts[t][y]: agreements of types[t] signed in years[y]. */
  counts: number[][]
}

/**
 * Agreements signed per year, by type. With filters on commitments, an agreement counts when one
 * of its commitments matches them (leaving out this chart's own type filter, and the year filter
 * when years are signing years); with none, every agreement counts.
 */
export function agreementsByYear(
  cols: Columns,
  fails: Uint8Array,
  axis: YearAxis,
  commitmentFilters: boolean,
): AgreementsByYear {
  const counted = new Uint8Array(cols.agreementCount)
  if (!commitmentFilters) counted.fill(1)
  else {
    const keep = ~(DIM.type | (axis === 'signed' ? DIM.year : 0))
    for (let i = 0; i < cols.count; i++) if ((fails[i] & keep) === 0) counted[cols.agreement[i]] = 1
  }
  const byKey = new Map<string, number[]>()
  const typesSeen = new Set<number>()
  for (let a = 0; a < cols.agreementCount; a++) {
    if (!counted[a]) continue
    const year = fourDigitYear(Math.floor(cols.agreementSigned[a] / 10000))
    const t = cols.agreementType[a]
    typesSeen.add(t)
    let row = byKey.get(year)
    if (!row) byKey.set(year, (row = new Array<number>(AGREEMENT_TYPES.length).fill(0)))
    row[t]++
  }
  const years = [...byKey.keys()].sort()
  const typeIdx = [...typesSeen].sort((a, b) => a - b)
  return {
    years,
    types: typeIdx.map((t) => AGREEMENT_TYPES[t]),
    counts: typeIdx.map((t) => years.map((y) => byKey.get(y)![t])),
  }
}

/** Days from `due` (YYYYMMDD) to `asOf` (YYYY-MM-DD): how long a commitment is overdue. */
export function daysOverdue(due: number, asOf: string): number {
  const toDays = (n: number) => daysFromCivil(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100)
  return toDays(dateNumber(asOf)) - toDays(due)
}

export { orderBy, orderByText } from './order'

/** The rows that pass every filter, in the given order (a full ordering of all rows). */
export function passingRows(order: Uint32Array, fails: Uint8Array): Uint32Array {
  let n = 0
  for (let i = 0; i < order.length; i++) if (fails[order[i]] === 0) n++
  const out = new Uint32Array(n)
  let k = 0
  for (let i = 0; i < order.length; i++) if (fails[order[i]] === 0) out[k++] = order[i]
  return out
}

export interface CountryBriefing {
  /** Rows (commitments) that have this partner country. */
  mask: Uint8Array
  /** Agreements with this country as a party or as a partner of one of their commitments. */
  agreements: number[]
  /** Overdue rows, longest overdue first. */
  overdue: number[]
  /** Rows completed (by their history) on or after `since`, latest first. */
  completedSince: number[]
  /** Open rows due from asOf to `until`, soonest first. */
  upcoming: number[]
}

/** Everything the country briefing page shows, from the columns. */
export function countryBriefing(
  cols: Columns,
  code: string,
  asOf: string,
  since: string,
  until: string,
): CountryBriefing {
  const mask = new Uint8Array(cols.count)
  const country = cols.countryCodes.indexOf(code)
  const agreementSet = new Set<number>()
  const overdue: number[] = []
  const completedSince: number[] = []
  const upcoming: number[] = []
  if (country < 0) return { mask, agreements: [], overdue, completedSince, upcoming }
  for (let a = 0; a < cols.agreementCount; a++) {
    for (let k = cols.partyCountryStart[a]; k < cols.partyCountryStart[a + 1]; k++)
      if (cols.partyCountryIndex[k] === country) agreementSet.add(a)
  }
  const [asOfN, sinceN, untilN] = [dateNumber(asOf), dateNumber(since), dateNumber(until)]
  const open = (i: number) => OPEN_STATUSES.has(STATUSES[cols.status[i]])
  for (let i = 0; i < cols.count; i++) {
    let hit = false
    for (let k = cols.countryStart[i]; k < cols.countryStart[i + 1] && !hit; k++) hit = cols.countryIndex[k] === country
    if (!hit) continue
    mask[i] = 1
    agreementSet.add(cols.agreement[i])
    if (cols.overdue[i]) overdue.push(i)
    if (cols.status[i] === COMPLETED && cols.completedOn[i] >= sinceN && cols.completedOn[i] <= asOfN)
      completedSince.push(i)
    if (open(i) && cols.due[i] >= asOfN && cols.due[i] <= untilN) upcoming.push(i)
  }
  overdue.sort((x, y) => cols.due[x] - cols.due[y] || x - y)
  completedSince.sort((x, y) => cols.completedOn[y] - cols.completedOn[x] || x - y)
  upcoming.sort((x, y) => cols.due[x] - cols.due[y] || x - y)
  return {
    mask,
    agreements: [...agreementSet].sort((x, y) => cols.agreementSigned[y] - cols.agreementSigned[x] || x - y),
    overdue,
    completedSince,
    upcoming,
  }
}

/** `YYYY-MM-DD` moved by whole months (the day clamped to the month's length). */
export function addMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4))
  const m = Number(date.slice(5, 7)) - 1 + months
  const year = y + Math.floor(m / 12)
  const month = ((m % 12) + 12) % 12
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month + 1))
  return `${fourDigitYear(year)}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
