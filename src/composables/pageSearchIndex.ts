/**
 * The search index of the snapshot version `record()` names, held on the page once read (see
 * ../data/pageIndex): its searches are then answered here, in the task that asks. `eager` reads
 * it as soon as the page is idle (the snapshot on screen: its index is built by the worker after
 * the titles anyway); otherwise on `read()` (a baseline's, once it is searched: reading it whole
 * for nothing would cost the worker a second snapshot in memory).
 */
import { computed, shallowRef, watch } from 'vue'
import type { SnapshotRecord } from '@/db/database'
import { dataClient } from '@/data/client'
import { refKey, refOf } from '@/data/messages'
import { readSearchIndex } from '@/data/pageIndex'
import { searchParts, type IndexParts } from '@/domain/search'
import { whenAllIdle } from './whenIdle'

/** How long a part waits for the page to be idle, at most. */
const IDLE_CAP_MS = 2000
const idle = () => new Promise<void>((resolve) => whenAllIdle(resolve, IDLE_CAP_MS))

/** `reading` while the parts come; `worker` when the index stays there (too large, or unreadable). */
export type PageIndexState = 'none' | 'reading' | 'ready' | 'worker'

export function usePageSearchIndex(record: () => SnapshotRecord | null | undefined, eager: boolean) {
  const key = computed(() => {
    const r = record()
    return r ? refKey(refOf(r)) : null
  })
  const held = shallowRef<{ key: string; index: IndexParts | null } | null>(null)
  const reading = shallowRef<string | null>(null)

  function read() {
    const r = record()
    const k = key.value
    if (!r || !k || held.value?.key === k || reading.value === k) return
    reading.value = k
    void readSearchIndex(refOf(r), () => key.value === k, { api: dataClient(), idle })
      .catch(() => null)
      .then((index) => {
        if (reading.value === k) reading.value = null
        if (key.value === k) held.value = { key: k, index }
      })
  }

  watch(
    key,
    (k) => {
      // Another version, or none: the index of the one before is let go.
      if (held.value && held.value.key !== k) held.value = null
      if (eager && k) read()
    },
    { immediate: true },
  )

  const state = computed<PageIndexState>(() => {
    const k = key.value
    if (held.value?.key === k) return held.value.index ? 'ready' : 'worker'
    return reading.value === k && k ? 'reading' : 'none'
  })

  return {
    state,
    read,
    /** The rows of `q` found by the worker (the index not at hand here); a baseline's index is read next. */
    async inWorker(shown: SnapshotRecord, q: string): Promise<Uint8Array> {
      const rows = await dataClient().search(refOf(shown), q)
      if (!eager) read()
      return rows
    },
    /** The rows matching `q` in the version shown, searched here; null while its index is not at hand. */
    rows(q: string): Uint8Array | null {
      const h = held.value
      return h?.index && h.key === key.value ? searchParts(h.index, q) : null
    },
  }
}
