/** What the page and the import worker say to each other. */
import type { Columns } from '@/domain/columns'
import type { ImportError } from '@/domain/issues'
import type { Agreement, Commitment } from '@/domain/schema'
import type { TextColumns } from '@/domain/textColumns'
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
  | { type: 'text-columns'; requestId: number; snapshotId: string; lang: string; sample: boolean }
  | { type: 'rows'; requestId: number; snapshotId: string; sample: boolean; commitments: number[]; agreements: number[] }

export type FromWorker =
  | { type: 'progress'; requestId: number; phase: ImportPhase }
  | { type: 'ask-replace'; requestId: number; existing: SnapshotRecord }
  | { type: 'result'; requestId: number; result: ImportResult }
  | { type: 'loaded'; requestId: number; loaded: LoadedSnapshot | null; error?: string }
  | { type: 'text'; requestId: number; text: TextColumns | null; error?: string }
  | { type: 'rows'; requestId: number; rows: SnapshotRows | null; error?: string }

/** Whole rows, by position, for the detail panel and the agreement page. */
export interface SnapshotRows {
  commitments: (Commitment | undefined)[]
  agreements: (Agreement | undefined)[]
}
