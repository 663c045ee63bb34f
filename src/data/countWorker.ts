/// <reference lib="webworker" />
/**
 * The count worker (see ./countMembers): a file in, the number of its members out (null if it
 * could not be read). Read as a stream, so it holds a piece of the file at a time, not a copy.
 */
import { memberTally } from '@/import/jsonScan'

const scope = self as unknown as DedicatedWorkerGlobalScope
scope.onmessage = async ({ data: { id, file } }: MessageEvent<{ id: number; file: Blob }>) => {
  let members: number | null = null
  try {
    const tally = memberTally()
    const reader = file.stream().getReader()
    for (let part = await reader.read(); !part.done; part = await reader.read()) tally.add(part.value)
    members = tally.members
  } catch {
    members = null
  }
  scope.postMessage({ id, members })
}
