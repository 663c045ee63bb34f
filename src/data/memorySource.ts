/**
 * Snapshots kept in memory for the session: when the browser allows no storage (private mode, a
 * blocking setting), and for the built-in sample, which is never stored.
 */
import { copyColumns, type Columns } from '@/domain/columns'
import type { Snapshot } from '@/domain/schema'
import type { SnapshotRecord } from '@/db/database'
import { ACTIVE_KEY, checkReplaces, snapshotRecord } from '@/db/repository'
import type { SnapshotSource } from './source'

/** A memory source, which can also hold a snapshot under an id of the caller's (the sample's). */
export function memorySource(): SnapshotSource & {
  hold(record: SnapshotRecord, snapshot: Snapshot, columns: Columns): void
} {
  const held = new Map<string, { record: SnapshotRecord; snapshot: Snapshot; columns: Columns }>()
  const settings = new Map<string, unknown>()
  const byImport = () => [...held.values()].map((h) => h.record).sort((a, b) => (a.importedAt < b.importedAt ? 1 : -1))
  const hold = (record: SnapshotRecord, snapshot: Snapshot, columns: Columns) =>
    // Its own copy: what the worker answers has its buffers moved to the page.
    held.set(record.id, { record, snapshot, columns: copyColumns(columns) })
  return {
    kind: 'memory',
    hold,
    find: async (id) => held.get(id)?.record,
    async save(snapshot, columns, meta) {
      checkReplaces(meta, held.get(snapshot.snapshot.id)?.record)
      const record = snapshotRecord(snapshot, meta, 0)
      hold(record, snapshot, columns)
      settings.set(ACTIVE_KEY, record.id)
      return record
    },
    list: async () => byImport(),
    async load(id) {
      const h = held.get(id)
      return h ? { record: h.record, columns: copyColumns(h.columns) } : null
    },
    snapshot: async (id) => held.get(id)?.snapshot,
    async rows<T>(id: string, kind: 'agreements' | 'commitments', indices: readonly number[]) {
      const s = held.get(id)?.snapshot
      return indices.map((i) => s?.[kind][i] as T | undefined)
    },
    async remove(id) {
      held.delete(id)
    },
    async clear() {
      held.clear()
      settings.clear()
    },
    setting: async <T>(key: string) => settings.get(key) as T | undefined,
    async putSetting(key, value) {
      settings.set(key, value)
    },
  }
}
