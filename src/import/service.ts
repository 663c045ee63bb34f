/**
 * The data services the worker offers the page: everything that reads or writes IndexedDB, and
 * everything that needs whole rows. Keeping them off the main thread keeps Dexie out of the
 * page's first load and big structured clones off its thread.
 */
import { encodeColumns } from '@/domain/columns'
import type { Snapshot } from '@/domain/schema'
import { searchRows, type StringColumn } from '@/domain/search'
import { buildSearchIndex, buildTextColumns } from '@/domain/textColumns'
import type { CoopDatabase, SnapshotRecord } from '@/db/database'
import {
  activeSnapshotId,
  clearAll,
  getSetting,
  listSnapshots,
  loadRows,
  loadSnapshot,
  loadSnapshotSummary,
  putSetting,
  saveColumns,
  setActiveSnapshot,
} from '@/db/repository'
import type { DataApi, ImportPhase, ImportResult, LoadedSnapshot } from './messages'
import { parseSnapshotText } from './parse'
import { importSnapshotFile } from './pipeline'

const SAMPLE_DISMISSED = 'sampleDismissed'

export interface ImportCallbacks {
  progress(phase: ImportPhase): void
  confirmReplace(existing: SnapshotRecord): Promise<boolean>
}

export function createDataService(db: () => CoopDatabase): DataApi & { importFile(file: Blob & { name?: string }, callbacks: ImportCallbacks): Promise<ImportResult> } {
  /** The last snapshot parsed or read here, so that its text and rows need no second read. */
  let recent: Snapshot | undefined
  /** The built-in sample: checked like any file, kept in memory, never stored. */
  let sample: Snapshot | undefined
  /** The search index of one snapshot, built on its first search. */
  let index: { of: Snapshot; column: StringColumn } | undefined

  async function loadStored(id: string): Promise<LoadedSnapshot | null> {
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
    if (recent?.snapshot.id !== snapshotId) recent = await loadSnapshot(db(), snapshotId)
    return recent
  }

  return {
    async state() {
      const snapshots = await listSnapshots(db())
      const id = await activeSnapshotId(db())
      return {
        snapshots,
        active: id ? await loadStored(id) : null,
        sampleDismissed: (await getSetting<boolean>(db(), SAMPLE_DISMISSED)) ?? false,
      }
    },
    async select(id) {
      await setActiveSnapshot(db(), id)
      return loadStored(id)
    },
    async sample(url) {
      const parsed = parseSnapshotText(await (await fetch(url)).text())
      if (!parsed.ok) throw new Error(`the sample data is invalid: ${JSON.stringify(parsed.errors.slice(0, 3))}`)
      const s = (sample = parsed.snapshot)
      return {
        columns: encodeColumns(s),
        record: {
          id: s.snapshot.id,
          info: s.snapshot,
          spheres: s.spheres ?? [],
          importedAt: '',
          source: { fileName: '', fileSize: 0 },
          counts: { agreements: s.agreements.length, commitments: s.commitments.length },
          warnings: parsed.warnings,
          warningCount: parsed.warningCount,
        },
      }
    },
    async text(snapshotId, lang, fromSample) {
      const s = await source(snapshotId, fromSample)
      return s ? buildTextColumns(s, lang) : null
    },
    async rows(snapshotId, fromSample, commitments, agreements) {
      const inMemory = fromSample ? sample : recent?.snapshot.id === snapshotId ? recent : undefined
      if (inMemory) return { commitments: commitments.map((i) => inMemory.commitments[i]), agreements: agreements.map((i) => inMemory.agreements[i]) }
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
      await putSetting(db(), SAMPLE_DISMISSED, dismissed)
    },
    async clear() {
      await clearAll(db())
      await putSetting(db(), SAMPLE_DISMISSED, true)
      recent = undefined
    },
    async importFile(file, callbacks) {
      return importSnapshotFile(file, {
        db: db(),
        progress: callbacks.progress,
        confirmReplace: callbacks.confirmReplace,
        parsed: (snapshot) => (recent = snapshot),
      })
    },
  }
}

