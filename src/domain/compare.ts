/**
 * Comparing two reports (shared/snapshot-format.md, "Comparing two snapshots"): a baseline against
 * the current snapshot, commitments paired by `id` alone, from the encoded columns only (ids,
 * status, overdue, due, progress): no row object is read, so choosing a baseline costs one pass
 * over each snapshot's columns.
 *
 * A commitment's classes do not depend on the filters: they are computed once per pair of
 * snapshots (`pairSnapshots`). The filters decide which commitments count: a current commitment
 * is judged on its current record, a removed one on its baseline record, so the counts read the
 * filter bits of both snapshots' passes (`compareCounts`).
 */
import type { Columns } from './columns'
import { DIM, type RowFails } from './dims'
import { itemAt } from './search'
import { STATUSES, type Status } from './vocab'

/** The classes in the format page's order (the changes CSV lists them so). */
export const CHANGE_CLASSES = [
  'new',
  'removed',
  'status_changed',
  'completed',
  'reopened',
  'started',
  'stopped',
  'reporting_lost',
  'became_overdue',
  'no_longer_overdue',
  'due_moved',
  'progress_changed',
  'unchanged',
] as const
export type ChangeClass = (typeof CHANGE_CLASSES)[number]

/** Each class's bit in a commitment's class set. */
export const CLASS_BIT = Object.fromEntries(CHANGE_CLASSES.map((c, i) => [c, 1 << i])) as Record<ChangeClass, number>

/** The classes of a class set, in the format page's order. */
export function classesOf(bits: number): ChangeClass[] {
  return CHANGE_CLASSES.filter((c) => bits & CLASS_BIT[c])
}

const S = Object.fromEntries(STATUSES.map((s, i) => [s, i])) as Record<Status, number>

/** A commitment in both reports: its classes from its two states. */
export function classify(
  before: { status: number; overdue: number; due: number; progress: number },
  after: { status: number; overdue: number; due: number; progress: number },
): number {
  let bits = 0
  const was = before.status
  const now = after.status
  if (was !== now) {
    bits |= CLASS_BIT.status_changed
    if (now === S.completed) bits |= CLASS_BIT.completed
    if (was === S.completed) bits |= CLASS_BIT.reopened
    if ((was === S.not_started || was === S.no_information) && (now === S.in_progress || now === S.ongoing))
      bits |= CLASS_BIT.started
    const stoppedNow = now === S.suspended || now === S.cancelled
    const stoppedBefore = was === S.suspended || was === S.cancelled
    if (stoppedNow && !stoppedBefore) bits |= CLASS_BIT.stopped
    if (now === S.no_information) bits |= CLASS_BIT.reporting_lost
  }
  if (after.overdue && !before.overdue) bits |= CLASS_BIT.became_overdue
  if (!after.overdue && before.overdue) bits |= CLASS_BIT.no_longer_overdue
  const sameDue = before.due === after.due
  if (!sameDue) bits |= CLASS_BIT.due_moved
  const sameProgress =
    before.progress === after.progress || (before.progress !== before.progress && after.progress !== after.progress)
  if (!sameProgress) bits |= CLASS_BIT.progress_changed
  if (was === now && sameDue && sameProgress) bits |= CLASS_BIT.unchanged
  return bits
}

/** How the commitments of two reports pair up, and each one's classes. */
export interface Pairing {
  /** Per current row: its row in the baseline, -1 when new. */
  baseOf: Int32Array
  /** Per baseline row: its row in the current snapshot, -1 when removed. */
  currentOf: Int32Array
  /** Per current row: its class bits (CLASS_BIT). */
  classes: Uint16Array
  /** Per baseline row: the class bits of its current row, or `removed`. */
  baseClasses: Uint16Array
}

/** Pairs two snapshots' commitments by id and classifies each pair (the columns only). */
export function pairSnapshots(current: Columns, baseline: Columns): Pairing {
  const baseOf = matchIds(current, baseline)
  const currentOf = new Int32Array(baseline.count).fill(-1)
  const classes = new Uint16Array(current.count)
  const baseClasses = new Uint16Array(baseline.count).fill(CLASS_BIT.removed)
  for (let i = 0; i < current.count; i++) {
    const j = baseOf[i]
    if (j < 0) {
      classes[i] = CLASS_BIT.new
      continue
    }
    currentOf[j] = i
    const bits = classify(stateAt(baseline, j), stateAt(current, i))
    classes[i] = bits
    baseClasses[j] = bits
  }
  return { baseOf, currentOf, classes, baseClasses }
}

/** A commitment's state in one report, as the classes read it. */
export function stateAt(cols: Columns, i: number) {
  return { status: cols.status[i], overdue: cols.overdue[i], due: cols.due[i], progress: cols.progress[i] }
}

/**
 * Per current row, its baseline row by id (-1: none). Reports of one series usually list their
 * commitments in the same order: a row whose id sits at the same place in the baseline is paired
 * without a lookup, and the map of the baseline's ids is built only when one does not.
 */
function matchIds(current: Columns, baseline: Columns): Int32Array {
  const out = new Int32Array(current.count).fill(-1)
  const { text: baseText, starts: baseStarts } = baseline.ids
  let index: Map<string, number> | null = null
  for (let i = 0; i < current.count; i++) {
    const id = itemAt(current.ids, i)
    if (
      i < baseline.count &&
      baseStarts[i + 1] - baseStarts[i] === id.length &&
      baseText.startsWith(id, baseStarts[i])
    ) {
      out[i] = i
      continue
    }
    index ??= idIndex(baseline)
    out[i] = index.get(id) ?? -1
  }
  return out
}

function idIndex(cols: Columns): Map<string, number> {
  const map = new Map<string, number>()
  for (let j = 0; j < cols.count; j++) map.set(itemAt(cols.ids, j), j)
  return map
}

/** Rows of the transition matrix: the baseline's statuses, then `new`. */
export const MATRIX_FROM = [...STATUSES, 'new'] as const
/** Columns of the transition matrix: the current statuses, then `removed`. */
export const MATRIX_TO = [...STATUSES, 'removed'] as const
export type MatrixFrom = (typeof MATRIX_FROM)[number]
export type MatrixTo = (typeof MATRIX_TO)[number]
const NEW_ROW = STATUSES.length
const REMOVED_COLUMN = STATUSES.length

export interface Comparison {
  /** Commitments per class, under the filters. */
  counts: Record<ChangeClass, number>
  /** matrix[from * MATRIX_TO.length + to], from in MATRIX_FROM, to in MATRIX_TO. */
  matrix: Int32Array
  /** Completion rates under the filters, each over its own snapshot's commitments. */
  rate: { current: number | null; baseline: number | null; change: number | null }
}

/**
 * The comparison's counts under the filters. The class filter (DIM.change) is the comparison's
 * own dimension: its counts leave it out, as a chart of spheres leaves out the sphere filter.
 */
export function compareCounts(
  pairing: Pairing,
  current: Columns,
  baseline: Columns,
  currentFails: RowFails,
  baselineFails: RowFails,
): Comparison {
  const others = ~DIM.change
  const matrix = new Int32Array(MATRIX_FROM.length * MATRIX_TO.length)
  const width = MATRIX_TO.length
  // Rows counted per class set, then each set's classes: a row reads no bit of its set.
  const perSet = new Int32Array(1 << CHANGE_CLASSES.length)
  const nowByStatus = new Int32Array(STATUSES.length)
  const { classes, baseOf, currentOf } = pairing
  for (let i = 0; i < current.count; i++) {
    if ((currentFails[i] & others) !== 0) continue
    perSet[classes[i]]++
    const j = baseOf[i]
    const status = current.status[i]
    matrix[(j < 0 ? NEW_ROW : baseline.status[j]) * width + status]++
    nowByStatus[status]++
  }
  const beforeByStatus = new Int32Array(STATUSES.length)
  for (let j = 0; j < baseline.count; j++) {
    if ((baselineFails[j] & others) !== 0) continue
    const status = baseline.status[j]
    beforeByStatus[status]++
    if (currentOf[j] >= 0) continue
    perSet[CLASS_BIT.removed]++
    matrix[status * width + REMOVED_COLUMN]++
  }
  const perClass = new Int32Array(CHANGE_CLASSES.length)
  for (let set = 1; set < perSet.length; set++)
    if (perSet[set] !== 0)
      for (let k = 0; k < CHANGE_CLASSES.length; k++) if (set & (1 << k)) perClass[k] += perSet[set]
  const counts = Object.fromEntries(CHANGE_CLASSES.map((c, k) => [c, perClass[k]])) as Record<ChangeClass, number>
  const rate = { current: completionRate(nowByStatus), baseline: completionRate(beforeByStatus) }
  const change = rate.current === null || rate.baseline === null ? null : rate.current - rate.baseline
  return { counts, matrix, rate: { ...rate, change } }
}

/** completed ÷ (all − cancelled), as derive.completionRate, from the commitments per status. */
function completionRate(byStatus: Int32Array): number | null {
  const total = byStatus.reduce((a, b) => a + b, 0)
  const counted = total - byStatus[S.cancelled]
  return counted > 0 ? byStatus[S.completed] / counted : null
}

/** One commitment of the change list: its rows in both reports (-1 where absent) and its classes. */
export interface Change {
  row: number
  baseRow: number
  classes: number
}

/**
 * The order of the change list: regressions first (reopened, stopped, reporting lost, became
 * overdue), then completed, started, new, removed, moved, then the rest; a commitment goes under
 * its first class in this order.
 */
const LIST_ORDER: ChangeClass[] = [
  'reopened',
  'stopped',
  'reporting_lost',
  'became_overdue',
  'completed',
  'started',
  'new',
  'removed',
  'due_moved',
  'status_changed',
  'no_longer_overdue',
  'progress_changed',
]
const REGRESSIONS = CLASS_BIT.reopened | CLASS_BIT.stopped | CLASS_BIT.reporting_lost | CLASS_BIT.became_overdue

const LIST_BITS = LIST_ORDER.map((c) => CLASS_BIT[c])

/** A commitment's rank in the change list (lower first). */
export function listRank(bits: number): number {
  for (let k = 0; k < LIST_BITS.length; k++) if (bits & LIST_BITS[k]) return k
  return LIST_BITS.length
}

export const isRegression = (bits: number) => (bits & REGRESSIONS) !== 0

/** Only `unchanged` (or `unchanged` and nothing but time passing): not a change of the list. */
export const isChange = (bits: number) => (bits & ~CLASS_BIT.unchanged) !== 0

/**
 * The changed commitments under the filters, in the list's order (then current row order, removed
 * ones in baseline order). `pick` narrows to some classes (a click on a count or a matrix cell).
 */
export function changeList(
  pairing: Pairing,
  current: Columns,
  currentFails: RowFails,
  baselineFails: RowFails,
  pick: (c: Change) => boolean = () => true,
): Change[] {
  const others = ~DIM.change
  // One list per rank, each in row order: their concatenation is the order, without a sort.
  const byRank: Change[][] = Array.from({ length: LIST_BITS.length + 1 }, () => [])
  const { classes, baseOf, currentOf } = pairing
  for (let i = 0; i < current.count; i++) {
    const bits = classes[i]
    if ((currentFails[i] & others) !== 0 || !isChange(bits)) continue
    const c = { row: i, baseRow: baseOf[i], classes: bits }
    if (pick(c)) byRank[listRank(bits)].push(c)
  }
  const removedRank = listRank(CLASS_BIT.removed)
  for (let j = 0; j < currentOf.length; j++) {
    if (currentOf[j] >= 0 || (baselineFails[j] & others) !== 0) continue
    const c = { row: -1, baseRow: j, classes: CLASS_BIT.removed }
    if (pick(c)) byRank[removedRank].push(c)
  }
  return byRank.flat()
}

/** The matrix cell a change counts in. */
export function matrixCell(c: Change, current: Columns, baseline: Columns): { from: MatrixFrom; to: MatrixTo } {
  return {
    from: c.baseRow < 0 ? 'new' : STATUSES[baseline.status[c.baseRow]],
    to: c.row < 0 ? 'removed' : STATUSES[current.status[c.row]],
  }
}

/**
 * The default baseline (format page): the stored snapshot of the same series (same `homeCountry`,
 * or none for both) with the latest `asOf` strictly before the current one's; of two with the same
 * `asOf`, the one imported last.
 */
export function defaultBaseline<R extends SeriesRecord>(current: SeriesRecord, stored: readonly R[]): R | undefined {
  let best: R | undefined
  for (const r of stored) {
    if (r.id === current.id || !sameSeries(r, current) || !(r.info.asOf < current.info.asOf)) continue
    if (!best || laterReport(r, best)) best = r
  }
  return best
}

export interface SeriesRecord {
  id: string
  importedAt: string
  info: { asOf: string; homeCountry?: string }
}

export const sameSeries = (a: SeriesRecord, b: SeriesRecord) =>
  (a.info.homeCountry ?? '') === (b.info.homeCountry ?? '')

/** The later of two reports: by `asOf`, then by when it was imported. */
export const laterReport = (a: SeriesRecord, b: SeriesRecord) =>
  a.info.asOf > b.info.asOf || (a.info.asOf === b.info.asOf && a.importedAt > b.importedAt)

/** Every stored report of the current one's series, oldest first (the trend's points). */
export function seriesOf<R extends SeriesRecord>(current: SeriesRecord, stored: readonly R[]): R[] {
  return stored
    .filter((r) => sameSeries(r, current))
    .sort((a, b) => (laterReport(a, b) ? 1 : laterReport(b, a) ? -1 : 0))
}

/** Which baseline applies: the link's `vs=` when it names another stored report, else the default. */
export function baselineChoice<R extends SeriesRecord>(
  vs: string | undefined,
  current: SeriesRecord | null,
  stored: readonly R[],
): { baseline: R | null; dropped: string | null } {
  if (!current || vs === 'none') return { baseline: null, dropped: null }
  const asked = vs === undefined || vs === current.id ? undefined : stored.find((r) => r.id === vs)
  if (asked) return { baseline: asked, dropped: null }
  const dropped = vs !== undefined && vs !== current.id ? vs : null
  return { baseline: defaultBaseline(current, stored) ?? null, dropped }
}
