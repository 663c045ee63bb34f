/// <reference lib="webworker" />
/**
 * The second worker of a large import: gets a copy of the file's bytes from the data worker,
 * parses them, checks its share of the commitments, answers, and is ended (see ./sharedCheck).
 */
import { z } from 'zod'
import { checkSharedPart } from './parse'

// As in ./worker: the Content-Security-Policy forbids the eval of Zod's compiled validators.
z.config({ jitless: true })

const scope = self as unknown as DedicatedWorkerGlobalScope
scope.onmessage = ({ data: bytes }: MessageEvent<Uint8Array>) => {
  let answer: ReturnType<typeof checkSharedPart> = null
  try {
    answer = checkSharedPart(bytes)
  } catch {
    // The data worker then checks the range itself.
  }
  scope.postMessage(answer)
}
