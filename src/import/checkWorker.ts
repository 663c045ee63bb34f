/// <reference lib="webworker" />
/**
 * The second worker of a large import: reads and parses the same file as the data worker, checks
 * its share of the commitments, answers, and is ended (see ./sharedCheck).
 */
import { z } from 'zod'
import { checkSharedPart } from './parse'

// As in ./worker: the Content-Security-Policy forbids the eval of Zod's compiled validators.
z.config({ jitless: true })

const scope = self as unknown as DedicatedWorkerGlobalScope
scope.onmessage = async ({ data: file }: MessageEvent<Blob>) => {
  scope.postMessage(await checkSharedPart(file).catch(() => null))
}
