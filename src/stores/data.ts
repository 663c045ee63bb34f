/** Which snapshot the dashboard shows, and the snapshots stored in this browser. */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, shallowRef, watch } from 'vue'
import sampleUrl from '../../data/sample-kz.json?url'
import type { SnapshotRecord } from '@/db/database'
import type { TextColumns } from '@/domain/textColumns'
import { i18n } from '@/i18n'
import { dataClient } from '@/import/client'
import type { LoadedSnapshot } from '@/import/messages'

const CHANNEL = 'coop-followup-data'

export const useDataStore = defineStore('data', () => {
  /** `loading` until the first snapshot (or nothing) is known. */
  const phase = ref<'loading' | 'ready' | 'empty'>('loading')
  /** The snapshot on screen; its columns are large typed arrays, so the ref is shallow. */
  const active = shallowRef<LoadedSnapshot | null>(null)
  const isSample = ref(false)
  const stored = ref<SnapshotRecord[]>([])
  /** Set when the data cannot be read or kept; with `memory` the app works from memory for the session. */
  const storageProblem = ref<string | null>(null)
  const storage = ref<'indexeddb' | 'memory'>('indexeddb')
  /** Another tab upgraded the database: this tab must reload before it can read or write. */
  const outdated = ref(false)
  dataClient().onOutdated(() => (outdated.value = true))
  const changedElsewhere = ref(false)
  /** Titles and search text of the active snapshot; arrives after the charts (built in the worker). */
  const text = shallowRef<TextColumns | null>(null)
  let textRequest = 0
  let sampleDismissedInMemory = false
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null

  async function init() {
    try {
      const state = await dataClient().state()
      stored.value = state.snapshots
      storage.value = state.storage
      if (state.active) return show(state.active, false)
      if (state.sampleDismissed) return showNothing()
    } catch (e) {
      storageProblem.value = String(e)
    }
    if (sampleDismissedInMemory) return showNothing()
    await showSample()
  }

  function show(loaded: LoadedSnapshot, sample: boolean) {
    active.value = loaded
    isSample.value = sample
    phase.value = 'ready'
    void loadText()
  }

  /** (Re)builds the text columns of the active snapshot in the UI language. */
  async function loadText() {
    const request = ++textRequest
    text.value = null
    const shown = active.value
    if (!shown) return
    const built = await dataClient()
      .text(shown.record.id, i18n.global.locale.value, isSample.value)
      .catch(() => null)
    if (request === textRequest) text.value = built
  }

  function showNothing() {
    textRequest++
    text.value = null
    active.value = null
    isSample.value = false
    phase.value = 'empty'
  }

  async function showSample() {
    show(await dataClient().sample(new URL(sampleUrl, document.baseURI).href), true)
  }

  /** An import's snapshot shown while it is stored, and what showed before it (for a failed save). */
  let unsaved: { shown: LoadedSnapshot; before: LoadedSnapshot | null; beforeSample: boolean } | null = null

  /** An import passed the checks: show it while the worker stores it. */
  function showChecked(loaded: LoadedSnapshot) {
    unsaved = {
      shown: loaded,
      before: unsaved ? unsaved.before : active.value,
      beforeSample: unsaved ? unsaved.beforeSample : isSample.value,
    }
    show(loaded, false)
  }

  /** The import shown by showChecked could not be stored: show again what showed before it. */
  function notStored() {
    const was = unsaved
    unsaved = null
    if (!was || active.value !== was.shown) return
    if (was.before) show(was.before, was.beforeSample)
    else showNothing()
  }

  /** After an import stored a snapshot: show it, and tell the other tabs. */
  async function imported(loaded: LoadedSnapshot) {
    const was = unsaved
    unsaved = null
    // Already on screen since its checks passed: only its stored size is new. Everything else
    // keeps its identity, so no view recomputes and no chart redraws.
    if (was && active.value === was.shown && was.shown.record.id === loaded.record.id) {
      active.value = {
        record: { ...was.shown.record, storedBytes: loaded.record.storedBytes },
        columns: was.shown.columns,
      }
    } else show(loaded, false)
    stored.value = await dataClient()
      .list()
      .catch(() => stored.value)
    channel?.postMessage({ type: 'changed' })
  }

  async function select(id: string) {
    const loaded = await dataClient().select(id)
    if (loaded) show(loaded, false)
  }

  async function removeSample() {
    sampleDismissedInMemory = true
    await dataClient()
      .setSampleDismissed(true)
      .catch(() => undefined)
    showNothing()
  }

  async function restoreSample() {
    sampleDismissedInMemory = false
    await dataClient()
      .setSampleDismissed(false)
      .catch(() => undefined)
    await showSample()
  }

  /** Deletes one stored snapshot; when it was on screen, the most recent other one (or the sample) shows. */
  async function remove(id: string) {
    await dataClient().remove(id)
    channel?.postMessage({ type: 'changed' })
    await init()
  }

  async function clearEverything() {
    await dataClient().clear()
    stored.value = []
    sampleDismissedInMemory = true
    showNothing()
    channel?.postMessage({ type: 'changed' })
  }

  // Titles follow the interface language: only the text columns are rebuilt, the data is not reloaded.
  watch(
    () => i18n.global.locale.value,
    () => void loadText(),
  )

  // Another tab imported or deleted: show what is stored now, without a reload.
  if (channel) {
    channel.onmessage = () => {
      changedElsewhere.value = true
      void init()
    }
  }

  return {
    phase,
    active,
    isSample,
    stored,
    text,
    storage,
    storageProblem,
    outdated,
    changedElsewhere,
    init,
    showChecked,
    notStored,
    imported,
    select,
    remove,
    removeSample,
    restoreSample,
    clearEverything,
    loadText,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useDataStore, import.meta.hot))
