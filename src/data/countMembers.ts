/**
 * The count worker: it reads a JSON file and counts its members (membersInBytes) on the other
 * core while the data worker decodes, parses and validates the same file, so the check for
 * repeated names costs the import nothing it waits for.
 *
 * Started with the data worker, not at an import: a worker started from a worker loads through
 * its parent's thread, which the parse then holds, so one started at the import would begin only
 * after the parse.
 */
export function memberCounter(): (file: Blob) => Promise<number | null> {
  let worker: Worker | null = null
  try {
    worker = new Worker(new URL('./countWorker.ts', import.meta.url), { type: 'module' })
  } catch {
    worker = null
  }
  const waiting = new Map<number, (members: number | null) => void>()
  let next = 0
  // Any failure answers every file waiting with null ("count in the text instead"), and the next ones too.
  const fail = () => {
    worker?.terminate()
    worker = null
    for (const answer of waiting.values()) answer(null)
    waiting.clear()
  }
  if (worker) {
    worker.onmessage = ({ data }: MessageEvent<{ id: number; members: number | null }>) => {
      waiting.get(data.id)?.(typeof data.members === 'number' ? data.members : null)
      waiting.delete(data.id)
    }
    worker.onerror = fail
    worker.onmessageerror = fail
  }
  return (file) =>
    new Promise((resolve) => {
      if (!worker) return resolve(null)
      const id = ++next
      waiting.set(id, resolve)
      worker.postMessage({ id, file })
    })
}
