/** The page's side of the import worker: one worker, requests as promises. */
import type { SnapshotRecord } from '@/db/database'
import type { TextColumns } from '@/domain/textColumns'
import type { FromWorker, ImportPhase, ImportResult, LoadedSnapshot, SnapshotRows, ToWorker } from './messages'

export interface ImportCallbacks {
  onProgress(phase: ImportPhase): void
  confirmReplace(existing: SnapshotRecord): Promise<boolean>
}

type Pending =
  | { kind: 'import'; callbacks: ImportCallbacks; resolve(r: ImportResult): void }
  | { kind: 'load'; resolve(r: LoadedSnapshot | null): void; reject(e: Error): void }
  | { kind: 'text'; resolve(r: TextColumns | null): void; reject(e: Error): void }
  | { kind: 'rows'; resolve(r: SnapshotRows | null): void; reject(e: Error): void }

export interface ImportClient {
  importFile(file: File, callbacks: ImportCallbacks): Promise<ImportResult>
  loadSample(url: string): Promise<LoadedSnapshot | null>
  rebuildColumns(snapshotId: string): Promise<LoadedSnapshot | null>
  /** Titles and search text of a snapshot in one language (built in the worker from its rows). */
  textColumns(snapshotId: string, lang: string, sample: boolean): Promise<TextColumns | null>
  /** Whole commitments and agreements by position (detail panel, agreement page). */
  rows(snapshotId: string, sample: boolean, commitments: number[], agreements: number[]): Promise<SnapshotRows | null>
}

export function createImportClient(): ImportClient {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })
  const pending = new Map<number, Pending>()
  let nextId = 1
  const send = (msg: ToWorker) => worker.postMessage(msg)

  worker.onmessage = (e: MessageEvent<FromWorker>) => {
    const msg = e.data
    const p = pending.get(msg.requestId)
    if (!p) return
    if (p.kind === 'import') {
      if (msg.type === 'progress') p.callbacks.onProgress(msg.phase)
      else if (msg.type === 'ask-replace') {
        void p.callbacks.confirmReplace(msg.existing).then((replace) => send({ type: 'replace-answer', requestId: msg.requestId, replace }))
      } else if (msg.type === 'result') {
        pending.delete(msg.requestId)
        p.resolve(msg.result)
      }
    } else if (msg.type === 'loaded' && p.kind === 'load') {
      pending.delete(msg.requestId)
      if (msg.error) p.reject(new Error(msg.error))
      else p.resolve(msg.loaded)
    } else if (msg.type === 'text' && p.kind === 'text') {
      pending.delete(msg.requestId)
      if (msg.error) p.reject(new Error(msg.error))
      else p.resolve(msg.text)
    } else if (msg.type === 'rows' && p.kind === 'rows') {
      pending.delete(msg.requestId)
      if (msg.error) p.reject(new Error(msg.error))
      else p.resolve(msg.rows)
    }
  }

  // A worker that dies (out of memory on a huge file, say) must not leave a request hanging.
  worker.onerror = (e: ErrorEvent) => {
    for (const [id, p] of pending) {
      if (p.kind === 'import') p.resolve({ status: 'failed', reason: 'storage', detail: e.message || 'the import worker stopped' })
      else p.reject(new Error(e.message || 'the import worker stopped'))
      pending.delete(id)
    }
  }

  const load = (build: (requestId: number) => ToWorker) =>
    new Promise<LoadedSnapshot | null>((resolve, reject) => {
      const requestId = nextId++
      pending.set(requestId, { kind: 'load', resolve, reject })
      send(build(requestId))
    })

  return {
    importFile(file, callbacks) {
      return new Promise((resolve) => {
        const requestId = nextId++
        pending.set(requestId, { kind: 'import', callbacks, resolve })
        send({ type: 'import', requestId, file })
      })
    },
    loadSample: (url) => load((requestId) => ({ type: 'sample', requestId, url })),
    rebuildColumns: (snapshotId) => load((requestId) => ({ type: 'rebuild-columns', requestId, snapshotId })),
    textColumns: (snapshotId, lang, sample) =>
      new Promise((resolve, reject) => {
        const requestId = nextId++
        pending.set(requestId, { kind: 'text', resolve, reject })
        send({ type: 'text-columns', requestId, snapshotId, lang, sample })
      }),
    rows: (snapshotId, sample, commitments, agreements) =>
      new Promise((resolve, reject) => {
        const requestId = nextId++
        pending.set(requestId, { kind: 'rows', resolve, reject })
        send({ type: 'rows', requestId, snapshotId, sample, commitments, agreements })
      }),
  }
}

let shared: ImportClient | undefined
/** The page's one import worker, started on first use. */
export function importClient(): ImportClient {
  shared ??= createImportClient()
  return shared
}
