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

/** The words of a query, normalised: a row matches when its text holds every one. */
function searchWords(query: string): string[] {
  // The separator can never be part of a match: it would join the end of one row to the next.
  return normalizeForSearch(query).split(SEARCH_SEPARATOR).join(' ').split(/\s+/).filter(Boolean)
}

/** Rows whose text holds every word of the query (1 = match). */
export function searchRows(index: StringColumn, query: string): Uint8Array {
  return searchParts({ rows: index.starts.length - 1, parts: [{ firstRow: 0, col: index }] }, query)
}

/**
 * A search index cut at row boundaries into parts of a few million characters: what the page
 * holds of the worker's index, read one part per idle moment (one string of 20 million
 * characters would cost its copy in a single task). Part i holds rows firstRow … firstRow + its
 * row count − 1, its offsets counted from its own text.
 */
export interface IndexParts {
  rows: number
  parts: { firstRow: number; col: StringColumn }[]
}

/**
 * How much of a search index the page holds (two bytes a character at most): 32 million
 * characters is about 160k commitments of the benchmark's snapshots, 64 MB. A larger index stays
 * in the worker alone, and so do its searches.
 */
export const PAGE_INDEX_LIMITS = { maxChars: 32_000_000, partChars: 2_000_000 }
export type IndexLimits = typeof PAGE_INDEX_LIMITS

/** One part of an index as the worker sends it: which of how many, and its rows. */
export interface IndexPart {
  part: number
  parts: number
  rows: number
  firstRow: number
  col: StringColumn
}

/** Where to cut `index` into parts of at most `maxChars` (a longer row is a part of its own): each part's first row, then the row count. */
export function partBounds(index: StringColumn, maxChars: number): number[] {
  const n = index.starts.length - 1
  const bounds = [0]
  for (let row = 1; row < n; row++)
    if (index.starts[row + 1] - index.starts[bounds[bounds.length - 1]] > maxChars) bounds.push(row)
  bounds.push(n)
  return bounds
}

/** Rows `from` … `to` − 1 of `index` as a column of their own. */
export function indexPart(index: StringColumn, from: number, to: number): StringColumn {
  const base = index.starts[from]
  return {
    text: index.text.slice(base, index.starts[to]),
    starts: index.starts.slice(from, to + 1).map((s) => s - base),
  }
}

/** `searchRows` over an index held in parts: the same rows. */
export function searchParts(index: IndexParts, query: string): Uint8Array {
  const n = index.rows
  let result: Uint8Array | null = null
  for (const word of searchWords(query)) {
    const hits = new Uint8Array(n)
    for (const { firstRow, col } of index.parts) markHits(col, word, hits, firstRow)
    if (result) for (let i = 0; i < n; i++) result[i] &= hits[i]
    else result = hits
  }
  return result ?? new Uint8Array(n).fill(1)
}

/** Sets hits[offset + row] for each row of `col` whose text holds `word`. */
function markHits(col: StringColumn, word: string, hits: Uint8Array, offset: number) {
  let row = 0
  for (let at = col.text.indexOf(word); at !== -1; at = col.text.indexOf(word, at + 1)) {
    row = rowOf(col.starts, at, row)
    hits[offset + row] = 1
    // Skip to the next row: one hit per row is enough.
    at = col.starts[row + 1] - 1
  }
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
