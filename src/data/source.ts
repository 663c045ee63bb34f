/**
 * Where snapshots are kept: one interface, two implementations — IndexedDB (src/db/source.ts) and
 * memory (./memorySource.ts, for a browser that allows no storage, and for the built-in sample).
 * Which one a tab uses is chosen once, when the database is opened (./service); nothing above this
 * interface knows which it is.
 */
import type { Columns } from '@/domain/columns'
import type { Snapshot } from '@/domain/schema'
import type { ChunkKind, SnapshotRecord } from '@/db/database'
import { ACTIVE_KEY, type SaveMeta } from '@/db/repository'

export type { SaveMeta }

/** A snapshot ready to show: its record and its encoded columns. */
export interface LoadedSnapshot {
  record: SnapshotRecord
  columns: Columns
}

export interface SnapshotSource {
  readonly kind: 'indexeddb' | 'memory'
  /** The record of the snapshot stored under `id`, if any (no rows are read). */
  find(id: string): Promise<SnapshotRecord | undefined>
  /**
   * Stores a snapshot whole, replacing one with the same id, and makes it the one shown. All or
   * nothing: if anything fails, what was stored before stays exactly as it was.
   */
  save(snapshot: Snapshot, columns: Columns, meta: SaveMeta): Promise<SnapshotRecord>
  /** Every stored snapshot's record, most recently imported first. */
  list(): Promise<SnapshotRecord[]>
  /** A snapshot's record and columns, in buffers of their own (the caller may move them away). */
  load(id: string): Promise<LoadedSnapshot | null>
  /**
   * The whole snapshot, rows included, as it was imported (after validation); `between` is awaited
   * between two chunks of rows parsed (a source without chunks may never call it).
   */
  snapshot(id: string, between?: () => Promise<void>): Promise<Snapshot | undefined>
  /** Some rows by position, reading no more than needed. */
  rows<T>(id: string, kind: ChunkKind, indices: readonly number[]): Promise<(T | undefined)[]>
  remove(id: string): Promise<void>
  /** Deletes every snapshot and setting. */
  clear(): Promise<void>
  setting<T>(key: string): Promise<T | undefined>
  putSetting(key: string, value: unknown): Promise<void>
}

/** The snapshot to show: the one last imported or chosen, else the most recently imported. */
export async function activeSnapshotId(source: SnapshotSource): Promise<string | undefined> {
  const chosen = await source.setting<string>(ACTIVE_KEY)
  if (typeof chosen === 'string' && (await source.find(chosen))) return chosen
  return (await source.list())[0]?.id
}
