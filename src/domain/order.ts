/** Orderings of all rows, for the commitments table. */
import type { RowFails } from './dims'

/**
 * All row indices sorted by a numeric key (stable: ties keep row order). The key and the index
 * are packed into one float so that the native typed-array sort does the work: a comparator
 * sort of 100k rows would block the page for a good part of a second.
 */
export function orderBy(count: number, key: (i: number) => number, descending = false): Uint32Array {
  const keys = new Float64Array(count)
  for (let i = 0; i < count; i++) keys[i] = key(i)
  // Keys become their rank among the distinct keys, so that rank × 2^21 + index is exact for any
  // key values (rows < 2M).
  const sorted = Float64Array.from(keys).sort()
  const SHIFT = 2 ** 21
  const packed = new Float64Array(count)
  for (let i = 0; i < count; i++) {
    let lo = 0
    let hi = count - 1
    const k = keys[i]
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (sorted[mid] < k) lo = mid + 1
      else hi = mid
    }
    packed[i] = (descending ? count - lo : lo) * SHIFT + i
  }
  packed.sort()
  const out = new Uint32Array(count)
  for (let r = 0; r < count; r++) out[r] = packed[r] % SHIFT
  return out
}

/**
 * All row indices sorted by unsigned 32-bit keys, ascending, ties in row order: a radix sort in
 * two passes of 16 bits, a few milliseconds at 100k rows (the due-date order, sorted on import).
 */
export function orderByUint32(keys: Uint32Array): Uint32Array {
  const n = keys.length
  let from = new Uint32Array(n)
  for (let i = 0; i < n; i++) from[i] = i
  let to = new Uint32Array(n)
  const starts = new Uint32Array(0x10000)
  for (const shift of [0, 16]) {
    starts.fill(0)
    for (let i = 0; i < n; i++) starts[(keys[i] >>> shift) & 0xffff]++
    let sum = 0
    for (let b = 0; b < 0x10000; b++) {
      const c = starts[b]
      starts[b] = sum
      sum += c
    }
    for (let i = 0; i < n; i++) {
      const row = from[i]
      to[starts[(keys[row] >>> shift) & 0xffff]++] = row
    }
    const swap = from
    from = to
    to = swap
  }
  return from
}

/** All row indices sorted by text, in the user's language's collation. */
export function orderByText(
  count: number,
  text: (i: number) => string,
  locale: string,
  descending = false,
): Uint32Array {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })
  const idx = Array.from({ length: count }, (_, i) => i)
  const keys = idx.map(text)
  idx.sort((a, b) => (descending ? collator.compare(keys[b], keys[a]) : collator.compare(keys[a], keys[b])) || a - b)
  return Uint32Array.from(idx)
}

/** The rows that pass every filter, in the given order (a full ordering of all rows). */
export function passingRows(order: Uint32Array, fails: RowFails): Uint32Array {
  // One pass over the rows (each a random read of its bits), then a copy of the passing ones: a
  // count first would read every row's bits twice (every filter change, 100k rows).
  const out = new Uint32Array(order.length)
  let k = 0
  for (let i = 0; i < order.length; i++) {
    const row = order[i]
    if (fails[row] === 0) out[k++] = row
  }
  return out.slice(0, k)
}

/** Each name's place in alphabetical order for the locale (0 first): to sort rows by a named key. */
export function rankByName(names: readonly string[], locale: string): number[] {
  const sorted = [...names.keys()].sort((a, b) => names[a].localeCompare(names[b], locale))
  const rank = new Array<number>(names.length)
  sorted.forEach((idx, r) => (rank[idx] = r))
  return rank
}

/**
 * Chart rows in the order a chart showed before (it holds its bars in place while its own filter
 * is set, so the bar just chosen does not move away): every bar it had stays in its place, at
 * zero (`emptied`) when the filters now leave it nothing; bars it did not have follow.
 */
export function inKeptOrder<T extends { key: string }>(
  rows: readonly T[],
  kept: readonly T[],
  emptied: (was: T) => T,
): T[] {
  const now = new Map(rows.map((r) => [r.key, r]))
  const had = new Set(kept.map((r) => r.key))
  return [...kept.map((k) => now.get(k.key) ?? emptied(k)), ...rows.filter((r) => !had.has(r.key))]
}
