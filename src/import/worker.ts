/// <reference lib="webworker" />
/** The import worker: parsing and validating big files here keeps the page responsive. */
import { columnBuffers, encodeColumns } from '@/domain/columns'
import type { Snapshot } from '@/domain/schema'
import { buildTextColumns, textColumnBuffers } from '@/domain/textColumns'
import { database, loadRows, loadSnapshot, loadSnapshotSummary, saveColumns } from '@/db/repository'
import type { Agreement, Commitment } from '@/domain/schema'
import type { FromWorker, ImportResult, LoadedSnapshot, ToWorker } from './messages'
import { importSnapshotFile } from './pipeline'
import { parseSnapshotText } from './parse'

const scope = self as unknown as DedicatedWorkerGlobalScope
const answers = new Map<number, (replace: boolean) => void>()
/**
 * The last snapshot this worker parsed or read, kept so that building its text columns right
 * after an import (or for the sample, which is never stored) needs no second read.
 */
let recent: Snapshot | undefined
let sample: Snapshot | undefined
const post = (msg: FromWorker, transfer: Transferable[] = []) => scope.postMessage(msg, transfer)

scope.onmessage = async (e: MessageEvent<ToWorker>) => {
  const msg = e.data
  const { requestId } = msg
  switch (msg.type) {
    case 'replace-answer':
      answers.get(requestId)?.(msg.replace)
      answers.delete(requestId)
      return
    case 'import': {
      const result: ImportResult = await importSnapshotFile(msg.file, {
        db: database(),
        progress: (phase) => post({ type: 'progress', requestId, phase }),
        confirmReplace: (existing) =>
          new Promise((resolve) => {
            answers.set(requestId, resolve)
            post({ type: 'ask-replace', requestId, existing })
          }),
        parsed: (snapshot) => (recent = snapshot),
      }).catch((err: unknown) => ({ status: 'failed' as const, reason: 'storage' as const, detail: String(err) }))
      post({ type: 'result', requestId, result }, result.status === 'imported' ? columnBuffers(result.columns) : [])
      return
    }
    case 'sample':
      return reply(requestId, () => loadSample(msg.url))
    case 'rebuild-columns':
      return reply(requestId, () => rebuildColumns(msg.snapshotId))
    case 'text-columns':
      try {
        let source = msg.sample ? sample : recent
        if (!msg.sample && source?.snapshot.id !== msg.snapshotId) source = recent = await loadSnapshot(database(), msg.snapshotId)
        const text = source ? buildTextColumns(source, msg.lang) : null
        post({ type: 'text', requestId, text }, text ? textColumnBuffers(text) : [])
      } catch (err) {
        post({ type: 'text', requestId, text: null, error: String(err) })
      }
      return
    case 'rows':
      try {
        const inMemory = msg.sample ? sample : recent?.snapshot.id === msg.snapshotId ? recent : undefined
        const rows = inMemory
          ? { commitments: msg.commitments.map((i) => inMemory.commitments[i]), agreements: msg.agreements.map((i) => inMemory.agreements[i]) }
          : {
              commitments: await loadRows<Commitment>(database(), msg.snapshotId, 'commitments', msg.commitments),
              agreements: await loadRows<Agreement>(database(), msg.snapshotId, 'agreements', msg.agreements),
            }
        post({ type: 'rows', requestId, rows })
      } catch (err) {
        post({ type: 'rows', requestId, rows: null, error: String(err) })
      }
  }
}

async function reply(requestId: number, load: () => Promise<LoadedSnapshot | null>) {
  try {
    const loaded = await load()
    post({ type: 'loaded', requestId, loaded }, loaded ? columnBuffers(loaded.columns) : [])
  } catch (e) {
    post({ type: 'loaded', requestId, loaded: null, error: String(e) })
  }
}

/** The built-in sample: checked like any file, shown from memory, never stored. */
async function loadSample(url: string): Promise<LoadedSnapshot> {
  const response = await fetch(url)
  const parsed = parseSnapshotText(await response.text())
  if (!parsed.ok) throw new Error(`sample data is invalid: ${JSON.stringify(parsed.errors.slice(0, 3))}`)
  const s = parsed.snapshot
  sample = s
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
}

/** Columns stored by an older encoding are derived again from the stored rows. */
async function rebuildColumns(snapshotId: string): Promise<LoadedSnapshot | null> {
  const db = database()
  const [snapshot, summary] = await Promise.all([loadSnapshot(db, snapshotId), loadSnapshotSummary(db, snapshotId)])
  if (!snapshot || !summary) return null
  const columns = encodeColumns(snapshot)
  await saveColumns(db, snapshotId, columns)
  return { record: summary.record, columns }
}
