/// <reference lib="webworker" />
/** The data worker: imports, IndexedDB and whole rows live here, so the page stays responsive. */
import { database } from '@/db/repository'
import { openSource } from '@/db/source'
import { copyColumns } from '@/domain/columns'
import { memberCounter } from './countMembers'
import { drawnWaits } from './drawnWaits'
import { memorySource } from './memorySource'
import { transferables, type FromWorker, type ImportResult, type ToWorker } from './messages'
import { createDataService, importCode } from './service'

const scope = self as unknown as DedicatedWorkerGlobalScope
const post = (msg: FromWorker, transfer: Transferable[] = []) => scope.postMessage(msg, transfer)
// Another tab opened a newer version of the database: Dexie closes ours; the page must say so.
database().on('versionchange', () => {
  post({ type: 'outdated', requestId: 0 })
})
const service = createDataService(() => openSource(database(), memorySource))
const answers = new Map<number, (replace: boolean) => void>()
/** Imports whose snapshot the page is drawing, stored once it is drawn (at most 2 s later). */
const drawn = drawnWaits(2000)
const countMembers = memberCounter()

/** After the first answer (the page's first view waits for it), the import's code is made ready. */
let warmed = false
function warmImportCode() {
  if (warmed) return
  warmed = true
  // A failure here is not the user's: the import that needs the code loads it again.
  setTimeout(() => void importCode().catch(() => {}), 250)
}

scope.onmessage = async ({ data: msg }: MessageEvent<ToWorker>) => {
  const { requestId } = msg
  if (msg.type === 'replace-answer') {
    answers.get(requestId)?.(msg.replace)
    answers.delete(requestId)
    return
  }
  if (msg.type === 'shown') return drawn.release(requestId)
  try {
    const value =
      msg.type === 'import'
        ? await service
            .importFile(msg.file, {
              progress: (phase) => post({ type: 'progress', requestId, phase }),
              countMembers,
              // A copy made here and moved to the page (the store still needs the columns): the
              // page's first task then pays nothing to receive them.
              checked: (loaded) => {
                const copy = { ...loaded, columns: copyColumns(loaded.columns) }
                post({ type: 'checked', requestId, loaded: copy }, transferables(copy))
                return drawn.wait(requestId)
              },
              confirmReplace: (existing) =>
                new Promise((resolve) => {
                  answers.set(requestId, resolve)
                  post({ type: 'ask-replace', requestId, existing })
                }),
            })
            .catch((err: unknown): ImportResult => ({ status: 'failed', reason: 'storage', detail: String(err) }))
        : await (service[msg.op] as (...args: unknown[]) => Promise<unknown>)(...msg.args)
    post({ type: 'done', requestId, value }, transferables(value))
    warmImportCode()
  } catch (err) {
    post({ type: 'failed', requestId, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) })
  }
}
