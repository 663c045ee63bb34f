/**
 * The data worker's side of the second worker of a large import (./checkWorker): the file's
 * checks are shared between two threads, so the longest step of an import takes half as long.
 */
import type { RangeCheck } from '@/domain/validate'
import type { SharedCheck } from './pipeline'

/**
 * Files worth sharing. Under the lower bound the check takes less than starting a worker does;
 * over the upper one, a second parsed copy of the file (several times its size) could run the
 * browser out of memory.
 */
export const SHARED_CHECK_BYTES = { min: 4 * 1024 * 1024, max: 64 * 1024 * 1024 }

/** Starts the second worker for a file of `size` bytes (null when not worth it); it answers once, then is ended. */
export function shareCheck(size: number): SharedCheck | null {
  if (size < SHARED_CHECK_BYTES.min || size > SHARED_CHECK_BYTES.max || typeof Worker !== 'function') return null
  let worker: Worker
  try {
    worker = new Worker(new URL('./checkWorker.ts', import.meta.url), { type: 'module' })
  } catch {
    return null
  }
  let settle: (answer: RangeCheck | null) => void = () => {}
  const answer = new Promise<RangeCheck | null>((resolve) => {
    settle = (value) => {
      worker.terminate()
      resolve(value)
    }
  })
  worker.onmessage = ({ data }: MessageEvent<RangeCheck | null>) => settle(data)
  // Out of memory, or refused: the data worker then checks the whole file itself.
  worker.onerror = () => settle(null)
  return {
    check(bytes) {
      // A copy, moved (not cloned again) to the other worker: this one still needs its bytes.
      const copy = bytes.slice()
      worker.postMessage(copy, [copy.buffer])
      return answer
    },
    cancel: () => settle(null),
  }
}
