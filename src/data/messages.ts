/** What the page and the data worker say to each other. */
import type { Brand } from '@/domain/brand'
import type { ImportError } from '@/domain/issues'
import type { Agreement, Commitment } from '@/domain/schema'
import type { Filters } from '@/domain/filters'
import type { IndexLimits, IndexPart } from '@/domain/search'
import type { TextColumns } from '@/domain/textColumns'
import type { TrendPoint } from '@/domain/trend'
import type { SnapshotRecord } from '@/db/database'
import { refKey, type SnapshotRef } from './snapshotCache'
import type { LoadedSnapshot } from './source'

export type { LoadedSnapshot, SnapshotRef }
export { refKey }

/** The built-in sample's id: the empty string, which no snapshot file may have (ids are 1–200 characters). */
export const SAMPLE_ID = ''

/** Which version of a snapshot a record is: what the page names when it reads from it. */
export const refOf = (record: SnapshotRecord): SnapshotRef => ({ id: record.id, importedAt: record.importedAt })

export type ImportPhase = 'reading' | 'checking' | 'storing'

export type ImportResult =
  | ({ status: 'imported' } & LoadedSnapshot)
  | { status: 'refused'; errors: ImportError[]; errorCount: number }
  | { status: 'cancelled' }
  /** Valid, but could not be stored: `quota` when the browser's storage is full. */
  | { status: 'failed'; reason: 'quota' | 'storage'; detail: string }

/** Whole rows, by position, for the detail panel and the agreement page. */
export interface SnapshotRows {
  commitments: (Commitment | undefined)[]
  agreements: (Agreement | undefined)[]
}

/** What is stored, read in one go at start. */
export interface StoredState {
  snapshots: SnapshotRecord[]
  /** The snapshot to show, with its columns; null when nothing is stored. */
  active: LoadedSnapshot | null
  sampleDismissed: boolean
  /** `memory` when the browser allows no storage: nothing is kept after this session. */
  storage: 'indexeddb' | 'memory'
  /** The snapshot a link asked for (`s=`) is not stored here: another one is shown. */
  askedMissing: boolean
}

/**
 * The worker's services, called by name with their arguments (see ./service). A snapshot is named
 * by its id to choose or delete it, and by its version (SnapshotRef: what the page shows) to read
 * from it; the built-in sample is a snapshot like any other, under SAMPLE_ID.
 */
export interface DataApi {
  /** What is stored, showing `asked` (a link's `s=`) when it is stored. */
  state(asked?: string): Promise<StoredState>
  /** The stored snapshots' records (newest first), without loading any of them. */
  list(): Promise<SnapshotRecord[]>
  /** Shows this stored snapshot from now on (remembered), and loads it. */
  select(id: string): Promise<LoadedSnapshot | null>
  /** Loads any stored snapshot without changing the one shown (a baseline, a trend point). */
  load(id: string): Promise<LoadedSnapshot | null>
  /** The trend: each of these reports' counts under the filters (their change classes aside). */
  trend(refs: SnapshotRef[], filters: Filters): Promise<TrendPoint[]>
  /** Checks the built-in sample (at `url`) and holds it in memory under SAMPLE_ID. */
  sample(url: string): Promise<LoadedSnapshot>
  text(ref: SnapshotRef, lang: string): Promise<TextColumns | null>
  rows(ref: SnapshotRef, commitments: number[], agreements: number[]): Promise<SnapshotRows>
  /** Rows whose texts, in any language, hold every word of `query` (1 = match). */
  search(ref: SnapshotRef, query: string): Promise<Uint8Array>
  /**
   * Part `part` of the search index, for the page to search on its own (see IndexParts); null
   * when the index is over `limits.maxChars`: its searches stay here.
   */
  searchIndexPart(ref: SnapshotRef, part: number, limits: IndexLimits): Promise<IndexPart | null>
  /** The snapshot as a format-v1 JSON file's text (validated rows, as stored), for export. */
  snapshotJson(ref: SnapshotRef): Promise<string>
  setSampleDismissed(dismissed: boolean): Promise<void>
  /** The ministry's name and logo for the exports (issue 15), kept with the settings; null: none. */
  brand(): Promise<Brand | null>
  setBrand(brand: Brand | null): Promise<void>
  /** Deletes one stored snapshot (its record, rows and columns). */
  remove(id: string): Promise<void>
  clear(): Promise<void>
}
export type DataOp = keyof DataApi

export type ToWorker =
  | { [K in DataOp]: { type: 'call'; requestId: number; op: K; args: Parameters<DataApi[K]> } }[DataOp]
  | { type: 'import'; requestId: number; file: File }
  | { type: 'replace-answer'; requestId: number; replace: boolean }
  /** The page has drawn the snapshot it was told of (`checked`): the worker may store it now. */
  | { type: 'shown'; requestId: number }

export type FromWorker =
  | { type: 'done'; requestId: number; value: unknown }
  | { type: 'failed'; requestId: number; error: string }
  | { type: 'progress'; requestId: number; phase: ImportPhase }
  | { type: 'ask-replace'; requestId: number; existing: SnapshotRecord }
  /** The file passed the checks and is being stored: the page may show it now (columns copied, not moved). */
  | { type: 'checked'; requestId: number; loaded: LoadedSnapshot }
  /** Another tab opened a newer version of the database: this tab must reload to go on. */
  | { type: 'outdated'; requestId: 0 }

/** The typed-array buffers inside a result (a few levels deep), to transfer instead of copying. */
export function transferables(value: unknown, depth = 3): ArrayBuffer[] {
  if (!value || typeof value !== 'object' || depth < 0) return []
  if (ArrayBuffer.isView(value)) return [value.buffer as ArrayBuffer]
  if (Array.isArray(value)) return []
  return Object.values(value).flatMap((v) => transferables(v, depth - 1))
}
