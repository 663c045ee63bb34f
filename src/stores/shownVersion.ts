/**
 * Whether what this tab shows is still what is stored (issue 17, items 1 and 11).
 *
 * Another tab may replace or delete the snapshot on screen: the tabs' channel (data/tabs.ts)
 * usually says so at once, but a read that names the shown version (`refOf(record)`) may still
 * meet the change first (the worker refuses it: StaleSnapshotError), and an export must never
 * write out a version that is no longer stored, nor mix two. A stored snapshot can also be
 * damaged (DamagedSnapshotError): the app then says which one, and offers to delete or re-import it.
 */
import { computed, ref, shallowRef, type Ref } from 'vue'
import type { SnapshotRecord } from '@/db/database'
import { dataClient } from '@/data/client'
import { refOf, SAMPLE_ID, type LoadedSnapshot, type SnapshotRef } from '@/data/messages'

/** The worker's errors cross as text, `Name: message` (data/worker.ts); in Node they keep their class. */
export function readFailureOf(e: unknown): 'stale' | 'damaged' | 'other' {
  const name = e instanceof Error ? e.name : ''
  const text = e instanceof Error ? e.message : String(e)
  const is = (n: string) => name === n || text.startsWith(`${n}:`)
  return is('StaleSnapshotError') ? 'stale' : is('DamagedSnapshotError') ? 'damaged' : 'other'
}

export const sameVersion = (a: SnapshotRef | null | undefined, b: SnapshotRef | null | undefined): boolean =>
  !!a && !!b && a.id === b.id && a.importedAt === b.importedAt

export interface ShownVersionDeps {
  active: Ref<LoadedSnapshot | null>
  /** Shows what is stored now (the data store's init). */
  reload(): Promise<void>
  /** True while the snapshot on screen is an import still being saved (not stored yet, not stale). */
  saving(): boolean
}

export function shownVersion({ active, reload, saving }: ShownVersionDeps) {
  /** Set when the snapshot on screen was replaced or deleted by another tab (a notice says so). */
  const changedElsewhere = ref(false)
  const damagedRef = shallowRef<SnapshotRef | null>(null)
  /** The shown snapshot, when its stored rows turned out damaged; null once another version shows. */
  const damaged = computed<SnapshotRecord | null>(() => {
    const shown = active.value?.record
    return shown && sameVersion(refOf(shown), damagedRef.value) ? shown : null
  })

  /** Reloads what is stored; the notice shows when the version on screen is not what shows after. */
  async function reloadAfterChange() {
    const before = active.value ? refOf(active.value.record) : null
    await reload()
    const after = active.value ? refOf(active.value.record) : null
    if (before && before.id !== SAMPLE_ID && !sameVersion(before, after)) changedElsewhere.value = true
  }

  /** A read of `record` failed: replaced elsewhere → show what is stored now; damaged → say so. */
  function readFailed(record: SnapshotRecord, e: unknown) {
    const kind = readFailureOf(e)
    if (kind === 'damaged') damagedRef.value = refOf(record)
    else if (kind === 'stale' && sameVersion(refOf(record), active.value && refOf(active.value.record)))
      void reloadAfterChange()
  }

  /**
   * Whether `version` is still on screen and still stored: asked right before an export is written,
   * so that a change no message has announced yet is caught too. When not, what is stored now shows.
   */
  async function isCurrent(version: SnapshotRef): Promise<boolean> {
    const shown = active.value
    if (!shown || !sameVersion(refOf(shown.record), version)) return false
    if (version.id === SAMPLE_ID || saving()) return true
    const stored = await dataClient()
      .list()
      .catch(() => null)
    // The list could not be read: nothing says the version changed (the worker's reads still check it).
    if (!stored || stored.some((r) => sameVersion(refOf(r), version))) return true
    await reloadAfterChange()
    return false
  }

  // A tab coming back to the front checks that what it shows is still stored (a missed message).
  globalThis.document?.addEventListener('visibilitychange', () => {
    const shown = active.value
    if (document.visibilityState === 'visible' && shown) void isCurrent(refOf(shown.record))
  })

  return { changedElsewhere, damaged, reloadAfterChange, readFailed, isCurrent }
}
