/**
 * The data services the worker offers the page: everything that reads or writes IndexedDB, and
 * everything that needs whole rows. Keeping them off the main thread keeps Dexie out of the
 * page's first load and big structured clones off its thread.
 *
 * When the browser allows no storage (private mode, a blocking setting), the same services work
 * from memory for the session: imports are checked and shown, just not kept.
 */
import { copyColumns, encodeColumns, type Columns } from '@/domain/columns'
import type { Snapshot } from '@/domain/schema'
import { searchRows, type StringColumn } from '@/domain/search'
import { buildSearchIndex, buildTextColumns } from '@/domain/textColumns'
import type { CoopDatabase, SnapshotRecord } from '@/db/database'
import {
  activeSnapshotId,
  clearAll,
  deleteSnapshot,
  dexieStore,
  getSetting,
  listSnapshots,
  loadRows,
  loadSnapshot,
  loadSnapshotSummary,
  putSetting,
  saveColumns,
  setActiveSnapshot,
  snapshotRecord,
} from '@/db/repository'
import type { DataApi, ImportPhase, ImportResult, LoadedSnapshot } from './messages'
import { parseSnapshotText } from './parse'
import { importSnapshotFile, type SnapshotStore } from './pipeline'

const SAMPLE_DISMISSED = 'sampleDismissed'

export interface ImportCallbacks {
  progress(phase: ImportPhase): void
  confirmReplace(existing: SnapshotRecord): Promise<boolean>
  /** A snapshot passed the checks and is being stored: the page can show it already. */
  checked?(loaded: LoadedSnapshot): void
}

export type DataService = DataApi & {
  importFile(file: Blob & { name?: string }, callbacks: ImportCallbacks): Promise<ImportResult>
}

export function createDataService(db: () => CoopDatabase): DataService {
  /** The last snapshot parsed or read here, so that its text and rows need no second read. */
  let recent: Snapshot | undefined
  /** The built-in sample: checked like any file, kept in memory, never stored. */
  let sample: Snapshot | undefined
  /** The search index of one snapshot, built on its first search. */
  let index: { of: Snapshot; column: StringColumn } | undefined
  /** Snapshots kept for the session when IndexedDB cannot be used (null while it can). */
  let memory: {
    held: Map<string, { record: SnapshotRecord; snapshot: Snapshot; columns: Columns }>
    active?: string
    sampleDismissed: boolean
  } | null = null

  const memoryStore: SnapshotStore = {
    find: async (id) => memory?.held.get(id)?.record,
    save: async (snapshot, columns, meta) => {
      const record = snapshotRecord(snapshot, meta, 0)
      // Its own copy: what the worker answers has its buffers moved to the page.
      memory!.held.set(record.id, { record, snapshot, columns: copyColumns(columns) })
      memory!.active = record.id
      return record
    },
  }

  /** Opens the database once; when the browser refuses, switches to memory for the session. */
  async function usable(): Promise<boolean> {
    if (memory) return false
    try {
      await db().open()
      return true
    } catch {
      memory = { held: new Map(), sampleDismissed: false }
      return false
    }
  }

  async function loadStored(id: string): Promise<LoadedSnapshot | null> {
    if (!(await usable())) {
      const held = memory!.held.get(id)
      return held ? { record: held.record, columns: copyColumns(held.columns) } : null
    }
    const summary = await loadSnapshotSummary(db(), id)
    if (!summary) return null
    if (summary.columns) return { record: summary.record, columns: summary.columns }
    // Columns of an older encoding: derive them again from the stored rows.
    const snapshot = await loadSnapshot(db(), id)
    if (!snapshot) return null
    recent = snapshot
    const columns = encodeColumns(snapshot)
    await saveColumns(db(), id, columns)
    return { record: summary.record, columns }
  }

  async function source(snapshotId: string, fromSample: boolean): Promise<Snapshot | undefined> {
    if (fromSample) return sample
    if (recent?.snapshot.id === snapshotId) return recent
    recent = (await usable()) ? await loadSnapshot(db(), snapshotId) : memory!.held.get(snapshotId)?.snapshot
    return recent
  }

  return {
    async state() {
      if (!(await usable())) {
        const active = memory!.active ? await loadStored(memory!.active) : null
        return {
          snapshots: [...memory!.held.values()].map((h) => h.record),
          active,
          sampleDismissed: memory!.sampleDismissed,
          storage: 'memory',
        }
      }
      const snapshots = await listSnapshots(db())
      const id = await activeSnapshotId(db())
      return {
        snapshots,
        active: id ? await loadStored(id) : null,
        sampleDismissed: (await getSetting<boolean>(db(), SAMPLE_DISMISSED)) ?? false,
        storage: 'indexeddb',
      }
    },
    async list() {
      return (await usable()) ? listSnapshots(db()) : [...memory!.held.values()].map((h) => h.record)
    },
    async select(id) {
      if (await usable()) await setActiveSnapshot(db(), id)
      else memory!.active = id
      return loadStored(id)
    },
    async sample(url) {
      const parsed = parseSnapshotText(await (await fetch(url)).text())
      if (!parsed.ok) throw new Error(`the sample data is invalid: ${JSON.stringify(parsed.errors.slice(0, 3))}`)
      const s = (sample = parsed.snapshot)
      const record = snapshotRecord(
        s,
        { fileName: '', fileSize: 0, warnings: parsed.warnings, warningCount: parsed.warningCount },
        0,
      )
      return { columns: encodeColumns(s), record: { ...record, importedAt: '' } }
    },
    async text(snapshotId, lang, fromSample) {
      const s = await source(snapshotId, fromSample)
      return s ? buildTextColumns(s, lang) : null
    },
    async rows(snapshotId, fromSample, commitments, agreements) {
      const inMemory = fromSample
        ? sample
        : recent?.snapshot.id === snapshotId
          ? recent
          : memory?.held.get(snapshotId)?.snapshot
      if (inMemory)
        return {
          commitments: commitments.map((i) => inMemory.commitments[i]),
          agreements: agreements.map((i) => inMemory.agreements[i]),
        }
      return {
        commitments: await loadRows(db(), snapshotId, 'commitments', commitments),
        agreements: await loadRows(db(), snapshotId, 'agreements', agreements),
      }
    },
    async search(snapshotId, fromSample, query) {
      const s = await source(snapshotId, fromSample)
      if (!s) return new Uint8Array(0)
      if (index?.of !== s) index = { of: s, column: buildSearchIndex(s) }
      return searchRows(index.column, query)
    },
    async snapshotJson(snapshotId, fromSample) {
      const s = await source(snapshotId, fromSample)
      if (!s) throw new Error(`no snapshot ${snapshotId}`)
      return `${JSON.stringify(s, null, 1)}\n`
    },
    async setSampleDismissed(dismissed) {
      if (await usable()) await putSetting(db(), SAMPLE_DISMISSED, dismissed)
      else memory!.sampleDismissed = dismissed
    },
    async remove(id) {
      if (recent?.snapshot.id === id) recent = undefined
      if (await usable()) await deleteSnapshot(db(), id)
      else if (memory!.held.delete(id) && memory!.active === id) memory!.active = undefined
    },
    async clear() {
      recent = undefined
      if (await usable()) {
        await clearAll(db())
        await putSetting(db(), SAMPLE_DISMISSED, true)
      } else memory = { held: new Map(), sampleDismissed: true }
    },
    async importFile(file, callbacks) {
      return importSnapshotFile(file, {
        store: (await usable()) ? dexieStore(db()) : memoryStore,
        progress: callbacks.progress,
        confirmReplace: callbacks.confirmReplace,
        // Kept at hand from the moment it is shown, for its text and rows; forgotten if it could
        // not be stored (a replaced snapshot with the same id must then be read back).
        checked: (snapshot, loaded) => {
          recent = snapshot
          callbacks.checked?.(loaded)
        },
        unstored: (snapshot) => {
          if (recent === snapshot) recent = undefined
        },
      })
    },
  }
}
