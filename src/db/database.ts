/**
 * The IndexedDB database, through Dexie. Versions are appended, never edited: a browser that
 * holds version n must open under version n+1 with nothing lost.
 *
 * Storage layout, and why: writing one IndexedDB record per commitment costs about 0.1 ms a row
 * in Chromium (100k rows ≈ 12 s), while the same rows grouped into chunk records of a few
 * thousand rows (as JSON text) store in a fraction of a second. So a snapshot is one small `snapshots` record
 * (what it is, counts, warnings), its rows in `chunks`, and the encoded columns the dashboard
 * counts with in `columns`, so a cold start reads a few typed arrays, not every row.
 */
import Dexie, { type Table } from 'dexie'
import type { Columns } from '@/domain/columns'
import type { ImportWarning } from '@/domain/issues'
import type { SnapshotInfo, SphereDef } from '@/domain/schema'

export const DATABASE_NAME = 'coop-followup'

/** What is known of a stored snapshot without reading its rows. */
export interface SnapshotRecord {
  id: string
  info: SnapshotInfo
  spheres: SphereDef[]
  importedAt: string
  source: { fileName: string; fileSize: number }
  counts: { agreements: number; commitments: number }
  warnings: ImportWarning[]
  warningCount: number
  /**
   * About how many bytes its rows take in storage (the JSON of its chunks), for the storage
   * panel. Added in version 2; the upgrade computes it for snapshots stored by version 1.
   */
  storedBytes: number
}

export type ChunkKind = 'agreements' | 'commitments'
export interface ChunkRecord {
  snapshotId: string
  kind: ChunkKind
  index: number
  /**
   * The chunk's rows as a JSON array. Text, not objects: IndexedDB stores and reads back one
   * string of a few megabytes faster than thousands of objects (measured here: writing 100k
   * validated rows as objects ≈ 0.5–0.8 s, as JSON ≈ 0.3 s; reading them back is faster too).
   */
  json: string
}

export interface ColumnsRecord {
  snapshotId: string
  columns: Columns
}

export interface SettingRecord {
  key: string
  value: unknown
}

export class CoopDatabase extends Dexie {
  snapshots!: Table<SnapshotRecord, string>
  chunks!: Table<ChunkRecord, [string, ChunkKind, number]>
  columns!: Table<ColumnsRecord, string>
  settings!: Table<SettingRecord, string>

  constructor(name = DATABASE_NAME) {
    super(name)
    this.version(1).stores({
      snapshots: 'id, importedAt',
      chunks: '[snapshotId+kind+index], snapshotId',
      columns: 'snapshotId',
      settings: 'key',
    })
    // 2: snapshot records know their stored size (the storage panel lists it).
    this.version(2)
      .stores({})
      .upgrade(async (tx) => {
        const sizes = new Map<string, number>()
        await tx
          .table<ChunkRecord>('chunks')
          .each((chunk) => sizes.set(chunk.snapshotId, (sizes.get(chunk.snapshotId) ?? 0) + chunk.json.length))
        await tx
          .table<SnapshotRecord>('snapshots')
          .toCollection()
          .modify((record) => {
            record.storedBytes = sizes.get(record.id) ?? 0
          })
      })
  }
}
