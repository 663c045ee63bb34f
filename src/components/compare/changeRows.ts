/**
 * The change list's rows as laid out. A row's height follows what it shows: its badges (their
 * labels in the UI language wrap onto more lines in a narrow column) and its states. The list
 * measures one hidden sample row per class set its pairing holds, and places each row by its own
 * set's height. Pure: tested in Node.
 */
import { CHANGE_CLASSES, CLASS_BIT, classesOf, type ChangeClass } from '@/domain/compare'

const NAMED_STATUS_CHANGES =
  CLASS_BIT.completed | CLASS_BIT.reopened | CLASS_BIT.started | CLASS_BIT.stopped | CLASS_BIT.reporting_lost

/** The classes a row names as badges: "Status changed" says nothing more beside a class that names the change. */
export function shownClasses(bits: number): ChangeClass[] {
  return classesOf(bits).filter((x) => x !== 'unchanged' && !(x === 'status_changed' && bits & NAMED_STATUS_CHANGES))
}

/** Overdue only because time passed: the same status and due date, now past it. */
export function overdueByTime(bits: number): boolean {
  return !!(bits & CLASS_BIT.became_overdue) && !(bits & (CLASS_BIT.status_changed | CLASS_BIT.due_moved))
}

/** As many class sets as there can be: every set is an index into a table of this size. */
export const CLASS_SETS = 1 << CHANGE_CLASSES.length

/**
 * A sample row is measured per class set; past this many, the rest take the tallest measured.
 * The classes combine into about 90 sets at most (a status change names at most two classes,
 * overdue one way or the other, the due date, the progress): every set a pairing holds is measured.
 */
export const MAX_SAMPLES = 128

const popcount = (bits: number) => {
  let n = 0
  for (let b = bits; b; b &= b - 1) n++
  return n
}

/**
 * The distinct class sets of a pairing's changed commitments (the current rows' and the removed
 * ones'; a commitment unchanged but for the time that made it overdue is listed too), those with the most classes first: past `max`, the sets left out are the ones with the
 * fewest badges, the likeliest to fit the tallest row measured.
 */
export function classSets(lists: readonly Uint16Array[], max = MAX_SAMPLES): number[] {
  const seen = new Uint8Array(CLASS_SETS)
  const out: number[] = []
  for (const list of lists)
    for (let i = 0; i < list.length; i++) {
      const bits = list[i]
      if (seen[bits] || bits === CLASS_BIT.unchanged) continue
      seen[bits] = 1
      out.push(bits)
    }
  return out.sort((a, b) => popcount(b) - popcount(a) || a - b).slice(0, max)
}

/** Each class set's row height: the measured ones, and the tallest of them (at least `least`) for any other. */
export function heightTable(measured: ReadonlyMap<number, number>, least: number): Float64Array {
  let tallest = least
  for (const h of measured.values()) tallest = Math.max(tallest, h)
  const table = new Float64Array(CLASS_SETS).fill(tallest)
  for (const [bits, h] of measured) table[bits] = Math.max(h, 1)
  return table
}

/** Where each row starts: row k spans offsets[k] to offsets[k + 1]; offsets[n] is the list's height. */
export function rowOffsets(list: readonly { classes: number }[], heights: Float64Array): Float64Array {
  const offsets = new Float64Array(list.length + 1)
  for (let k = 0; k < list.length; k++) offsets[k + 1] = offsets[k] + heights[list[k].classes]
  return offsets
}

/**
 * Where a list scrolled to `top` is to be scrolled once its rows' heights change (a language
 * switch, a new width): to the same row, as far into it as before (at most its new height).
 */
export function anchoredTop(before: Float64Array, after: Float64Array, top: number): number {
  if (before.length !== after.length || before.length < 2 || top <= 0) return top
  const k = rowAt(before, top)
  const into = Math.min(top - before[k], after[k + 1] - after[k])
  return after[k] + into
}

/** The row that spans `y` (the last one when `y` is past the end). */
function rowAt(offsets: Float64Array, y: number): number {
  let lo = 0
  let hi = offsets.length - 2
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (offsets[mid] <= y) lo = mid
    else hi = mid - 1
  }
  return Math.max(0, lo)
}

/** The rows to render for a view from `top`, `height` tall: those in it and `overscan` more each side. */
export function rowsInView(
  offsets: Float64Array,
  top: number,
  height: number,
  overscan: number,
): { first: number; last: number } {
  const n = offsets.length - 1
  if (n <= 0) return { first: 0, last: 0 }
  const first = Math.max(0, rowAt(offsets, top) - overscan)
  const last = Math.min(n, rowAt(offsets, top + height) + 1 + overscan)
  return { first, last }
}

const longest = (texts: readonly string[]) => texts.reduce((a, b) => (b.length > a.length ? b : a), '')

/**
 * The longest texts a row's states can show, for its sample: the longest of the status words,
 * the date of the longest month name (a two-digit day), the widest percentage (one decimal).
 */
export function longestStates(
  statusWords: readonly string[],
  date: (iso: string) => string,
  percent: (fraction: number) => string,
): { status: string; date: string; percent: string } {
  const months = Array.from({ length: 12 }, (_, m) => date(`2026-${String(m + 1).padStart(2, '0')}-28`))
  return { status: longest(statusWords), date: longest(months), percent: longest([percent(1), percent(0.888)]) }
}

/** One row as shown: every text in the UI language. */
export interface ChangeRowView {
  key: string
  id: string
  title: string
  where: string
  regression: boolean
  badges: { cls: ChangeClass; label: string; alert: boolean }[]
  byTime: boolean
  status: string
  due: string | null
  progress: string | null
}

/** The words a row's parts are labelled with. */
export interface ChangeRowWords {
  status: string
  due: string
  progress: string
  byTime: string
}
