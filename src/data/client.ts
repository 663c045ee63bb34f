/** The page's side of the data worker: one worker, every request a promise. */
import type { SnapshotRecord } from '@/db/database'
import { whenAllIdle } from '@/composables/whenIdle'
import type { DataApi, DataOp, FromWorker, ImportPhase, ImportResult, LoadedSnapshot, ToWorker } from './messages'

/** The longest a checked snapshot waits for the page to be idle before it is stored anyway. */
const SHOWN_WITHIN_MS = 1000

export interface PageImportCallbacks {
  onProgress(phase: ImportPhase): void
  confirmReplace(existing: SnapshotRecord): Promise<boolean>
  /** The file passed the checks and is being stored (the result says whether that worked). */
  onChecked?(loaded: LoadedSnapshot): void
}

interface Pending {
  resolve(value: unknown): void
  reject(error: Error): void
  callbacks?: PageImportCallbacks
}

export type DataClient = DataApi & {
  importFile(file: File, callbacks: PageImportCallbacks): Promise<ImportResult>
  /** Called when another tab upgraded the database and this one must reload. */
  onOutdated(listener: () => void): void
}

export function createDataClient(): DataClient {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })
  const pending = new Map<number, Pending>()
  const outdated: (() => void)[] = []
  let nextId = 1
  const send = (msg: ToWorker) => worker.postMessage(msg)

  worker.onmessage = ({ data: msg }: MessageEvent<FromWorker>) => {
    if (msg.type === 'outdated') return outdated.forEach((listener) => listener())
    const p = pending.get(msg.requestId)
    if (!p) return
    if (msg.type === 'progress') p.callbacks?.onProgress(msg.phase)
    else if (msg.type === 'checked') {
      p.callbacks?.onChecked?.(msg.loaded)
      // Idle again once the dashboard is drawn (its charts in view with the page's update, those
      // off screen when idle): the worker stores the snapshot then, instead of taking the CPU
      // from that drawing.
      whenAllIdle(() => send({ type: 'shown', requestId: msg.requestId }), SHOWN_WITHIN_MS)
    } else if (msg.type === 'ask-replace') {
      void p.callbacks
        ?.confirmReplace(msg.existing)
        .then((replace) => send({ type: 'replace-answer', requestId: msg.requestId, replace }))
    } else {
      pending.delete(msg.requestId)
      if (msg.type === 'done') p.resolve(msg.value)
      else p.reject(new Error(msg.error))
    }
  }
  // A worker that dies (out of memory on a huge file, say) must not leave a request hanging.
  worker.onerror = (e: ErrorEvent) => {
    for (const p of pending.values()) p.reject(new Error(e.message || 'the data worker stopped'))
    pending.clear()
  }

  function request<T>(msg: ToWorker, callbacks?: PageImportCallbacks): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      pending.set(msg.requestId, { resolve: resolve as (v: unknown) => void, reject, callbacks })
      send(msg)
    })
  }
  const call =
    <K extends DataOp>(op: K) =>
    (...args: Parameters<DataApi[K]>) =>
      request<Awaited<ReturnType<DataApi[K]>>>({ type: 'call', requestId: nextId++, op, args } as ToWorker)

  return {
    state: call('state'),
    list: call('list'),
    select: call('select'),
    load: call('load'),
    trend: call('trend'),
    sample: call('sample'),
    text: call('text'),
    rows: call('rows'),
    search: call('search'),
    searchIndexPart: call('searchIndexPart'),
    snapshotJson: call('snapshotJson'),
    setSampleDismissed: call('setSampleDismissed'),
    brand: call('brand'),
    setBrand: call('setBrand'),
    remove: call('remove'),
    clear: call('clear'),
    onOutdated: (listener) => void outdated.push(listener),
    importFile: (file, callbacks) =>
      request<ImportResult>({ type: 'import', requestId: nextId++, file }, callbacks).catch(
        (err: Error): ImportResult => ({ status: 'failed', reason: 'storage', detail: err.message }),
      ),
  }
}

let shared: DataClient | undefined
/** The page's one data worker, started on first use. */
export function dataClient(): DataClient {
  shared ??= createDataClient()
  return shared
}
