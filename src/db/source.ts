/** The database as a SnapshotSource (src/data/source.ts): the repository's functions behind one interface. */
import { encodeColumns } from '@/domain/columns'
import type { SnapshotSource } from '@/data/source'
import type { CoopDatabase } from './database'
import {
  clearAll,
  deleteSnapshot,
  findSnapshot,
  getSetting,
  listSnapshots,
  loadRows,
  loadSnapshot,
  loadSnapshotSummary,
  putSetting,
  saveColumns,
  saveSnapshot,
} from './repository'

export function indexedDbSource(db: CoopDatabase): SnapshotSource {
  return {
    kind: 'indexeddb',
    find: (id) => findSnapshot(db, id),
    save: (snapshot, columns, meta) => saveSnapshot(db, snapshot, columns, meta),
    list: () => listSnapshots(db),
    async load(id) {
      const summary = await loadSnapshotSummary(db, id)
      if (!summary) return null
      if (summary.columns) return { record: summary.record, columns: summary.columns }
      // Columns of an older encoding: derive them again from the stored rows, and keep them.
      const snapshot = await loadSnapshot(db, id)
      if (!snapshot) return null
      const columns = encodeColumns(snapshot)
      await saveColumns(db, id, columns)
      return { record: summary.record, columns }
    },
    snapshot: (id, between) => loadSnapshot(db, id, between),
    rows: (id, kind, indices) => loadRows(db, id, kind, indices),
    remove: (id) => deleteSnapshot(db, id),
    clear: () => clearAll(db),
    setting: (key) => getSetting(db, key),
    putSetting: (key, value) => putSetting(db, key, value),
  }
}

/** Opens the database; when the browser refuses (private mode, a blocking setting), memory instead. */
export async function openSource(db: CoopDatabase, fallback: () => SnapshotSource): Promise<SnapshotSource> {
  try {
    await db.open()
    return indexedDbSource(db)
  } catch {
    return fallback()
  }
}
