/**
 * Free-text search over every row's text in every language. All rows' texts are kept as one
 * lower-case string with a separator between rows, so a search is a few `indexOf` scans over
 * one string, not 100k small ones; a match's offset maps back to its row by binary search.
 */
export interface StringColumn {
  /** Every item, one after another. */
  text: string
  /** Item i is text.slice(starts[i], starts[i + 1]). */
  starts: Uint32Array
}

/** Builds a string column; `separator` goes after each item (so that a search never spans two). */
export function stringColumn(items: readonly string[], separator = ''): StringColumn {
  const starts = new Uint32Array(items.length + 1)
  let offset = 0
  for (let i = 0; i < items.length; i++) {
    starts[i] = offset
    offset += items[i].length + separator.length
  }
  starts[items.length] = offset
  return { text: separator && items.length ? items.join(separator) + separator : items.join(''), starts }
}

export function itemAt(col: StringColumn, i: number, separator = ''): string {
  return col.text.slice(col.starts[i], col.starts[i + 1] - separator.length)
}

/** The position of `item` in a string column, or -1 (a scan: for one look-up, not for many). */
export function indexOfId(col: StringColumn, item: string): number {
  const n = col.starts.length - 1
  for (let i = 0; i < n; i++)
    if (col.starts[i + 1] - col.starts[i] === item.length && col.text.startsWith(item, col.starts[i])) return i
  return -1
}

export const SEARCH_SEPARATOR = '\u0000'

/** Case- and form-insensitive text for searching. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase()
}

/** Rows whose text holds every word of the query (1 = match). */
export function searchRows(index: StringColumn, query: string): Uint8Array {
  const n = index.starts.length - 1
  // The separator can never be part of a match: it would join the end of one row to the next.
  const words = normalizeForSearch(query).split(SEARCH_SEPARATOR).join(' ').split(/\s+/).filter(Boolean)
  let result: Uint8Array | null = null
  for (const word of words) {
    const hits = new Uint8Array(n)
    let row = 0
    for (let at = index.text.indexOf(word); at !== -1; at = index.text.indexOf(word, at + 1)) {
      row = rowOf(index.starts, at, row)
      hits[row] = 1
      // Skip to the next row: one hit per row is enough.
      at = index.starts[row + 1] - 1
    }
    if (result) for (let i = 0; i < n; i++) result[i] &= hits[i]
    else result = hits
  }
  return result ?? new Uint8Array(n).fill(1)
}

/** The row whose span holds `offset`, searching from `from` (offsets only grow during a scan). */
function rowOf(starts: Uint32Array, offset: number, from: number): number {
  let lo = from
  let hi = starts.length - 2
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1
    if (starts[mid] <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}
