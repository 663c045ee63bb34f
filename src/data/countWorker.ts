/// <reference lib="webworker" />
/** The count worker (see ./countMembers): a file in, the number of its members out (null if it could not be read). */
import { membersInBytes } from '@/import/jsonScan'

const scope = self as unknown as DedicatedWorkerGlobalScope
scope.onmessage = async ({ data: { id, file } }: MessageEvent<{ id: number; file: Blob }>) => {
  let members: number | null = null
  try {
    members = membersInBytes(new Uint8Array(await file.arrayBuffer()))
  } finally {
    scope.postMessage({ id, members })
  }
}
