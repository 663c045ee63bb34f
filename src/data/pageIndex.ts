/**
 * The worker's search index of one snapshot version, read onto the page part by part, each part
 * when the page is idle. With it at hand a keystroke is searched in the key's own task, and the
 * letter and the views it filters are drawn in one frame; through the worker they were two
 * frames and a round trip, about 40 ms whatever the size. An index over the limits stays in the
 * worker, and so do its searches.
 */
import { PAGE_INDEX_LIMITS, type IndexLimits, type IndexPart, type IndexParts } from '@/domain/search'
import type { DataApi, SnapshotRef } from './messages'

export interface ReadIndexDeps {
  api: Pick<DataApi, 'searchIndexPart'>
  /** Resolves when the page is idle: each part is read then. */
  idle: () => Promise<void>
  limits?: IndexLimits
}

/**
 * The index of `ref`, or null: over the limits, no longer `wanted` (another snapshot shown), or
 * unreadable (the worker's own search then says what failed).
 */
export async function readSearchIndex(
  ref: SnapshotRef,
  wanted: () => boolean,
  { api, idle, limits = PAGE_INDEX_LIMITS }: ReadIndexDeps,
): Promise<IndexParts | null> {
  const parts: IndexParts['parts'] = []
  let count = 1
  let rows = 0
  /** The row the next part starts at. */
  let next = 0
  for (let i = 0; i < count; i++) {
    await idle()
    if (!wanted()) return null
    const got = await api.searchIndexPart(ref, i, limits).catch(() => null)
    if (!got || !wanted()) return null
    // Every part of one index, each taking up where the last one ended: a version's index does
    // not change, so its parts agree.
    if (i > 0 && (got.parts !== count || got.rows !== rows)) return null
    if (!fits(got, next)) return null
    count = got.parts
    rows = got.rows
    next += got.col.starts.length - 1
    parts.push({ firstRow: got.firstRow, col: got.col })
  }
  return next === rows ? { rows, parts } : null
}

/** A part that starts at row `next` and whose offsets end with its text. */
function fits(got: IndexPart, next: number): boolean {
  const { starts, text } = got.col
  return got.firstRow === next && starts.length >= 1 && starts[starts.length - 1] === text.length
}
