/**
 * Whole snapshots the worker has at hand (parsed or read back), with the search index built on
 * their first search: their rows, texts and searches then need no second read. Keyed by id *and*
 * version (the record's `importedAt`): a snapshot replaced under the same id is another entry, so
 * a reader of the old version never gets the new one's rows. Holds a few (a comparison needs two);
 * the least recently used goes first, but never a pinned one: an import shown and not stored yet,
 * which no other read could serve (what is stored under its id is still the version before it).
 */
import type { Snapshot } from '@/domain/schema'
import type { StringColumn } from '@/domain/search'

/** Which stored version of a snapshot a request is about: what the page shows. */
export interface SnapshotRef {
  id: string
  importedAt: string
}

/** One string per version of a snapshot, for maps keyed by version. */
export const refKey = (ref: SnapshotRef) => `${ref.importedAt}\u0000${ref.id}`

export interface CachedSnapshot {
  snapshot: Snapshot
  /** Built ahead of the first search (or by it), kept with its snapshot. */
  searchIndex?: Promise<StringColumn>
}

export function createSnapshotCache(capacity = 2) {
  const entries = new Map<string, CachedSnapshot & SnapshotRef & { pinned?: boolean }>()
  return {
    get(ref: SnapshotRef): CachedSnapshot | undefined {
      const key = refKey(ref)
      const hit = entries.get(key)
      if (hit) {
        // Most recently used last.
        entries.delete(key)
        entries.set(key, hit)
      }
      return hit
    },
    /** Kept at hand; `pinned`, it stays past the capacity until unpinned (or forgotten). */
    put(ref: SnapshotRef, snapshot: Snapshot, pinned = false): CachedSnapshot {
      const key = refKey(ref)
      entries.delete(key)
      const entry = { id: ref.id, importedAt: ref.importedAt, snapshot, pinned }
      entries.set(key, entry)
      for (const [k, e] of entries) if (entries.size > capacity && !e.pinned) entries.delete(k)
      return entry
    },
    unpin(ref: SnapshotRef) {
      const entry = entries.get(refKey(ref))
      if (entry) entry.pinned = false
    },
    /** Every version of one snapshot (`id`) but `keep`, or every snapshot when `id` is undefined. */
    forget(id?: string, keep?: string) {
      for (const [key, entry] of entries)
        if ((id === undefined || entry.id === id) && entry.importedAt !== keep) entries.delete(key)
    },
  }
}
export type SnapshotCache = ReturnType<typeof createSnapshotCache>
