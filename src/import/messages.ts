/** What the page and the import worker say to each other. */
import type { Columns } from '@/domain/columns'
import type { ImportError } from '@/domain/issues'
import type { SnapshotRecord } from '@/db/database'

export type ImportPhase = 'reading' | 'checking' | 'storing'

/** A snapshot ready to show: its record and its encoded columns. */
export interface LoadedSnapshot {
  record: SnapshotRecord
  columns: Columns
}

export type ImportResult =
  | ({ status: 'imported' } & LoadedSnapshot)
  | { status: 'refused'; errors: ImportError[]; errorCount: number }
  | { status: 'cancelled' }
  /** Valid, but could not be stored: `quota` when the browser's storage is full. */
  | { status: 'failed'; reason: 'quota' | 'storage'; detail: string }

export type ToWorker =
  | { type: 'import'; requestId: number; file: File }
  | { type: 'replace-answer'; requestId: number; replace: boolean }
  | { type: 'sample'; requestId: number; url: string }
  | { type: 'rebuild-columns'; requestId: number; snapshotId: string }

export type FromWorker =
  | { type: 'progress'; requestId: number; phase: ImportPhase }
  | { type: 'ask-replace'; requestId: number; existing: SnapshotRecord }
  | { type: 'result'; requestId: number; result: ImportResult }
  | { type: 'loaded'; requestId: number; loaded: LoadedSnapshot | null; error?: string }
