/** Which snapshot the dashboard shows, and the snapshots stored in this browser. */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import sampleUrl from '../../data/sample-kz.json?url'
import type { SnapshotRecord } from '@/db/database'
import type { TextColumns } from '@/domain/textColumns'
import { i18n } from '@/i18n'
import { dataClient } from '@/data/client'
import { refOf, SAMPLE_ID, type LoadedSnapshot } from '@/data/messages'
import { otherTabs } from '@/data/tabs'
import { createPendingImport } from './pendingImport'

export const useDataStore = defineStore('data', () => {
  /** `loading` until the first snapshot (or nothing) is known. */
  const phase = ref<'loading' | 'ready' | 'empty'>('loading')
  /** The snapshot on screen; its columns are large typed arrays, so the ref is shallow. */
  const active = shallowRef<LoadedSnapshot | null>(null)
  /** The built-in sample is a snapshot like the others, under its reserved id. */
  const isSample = computed(() => active.value?.record.id === SAMPLE_ID)
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
  const pending = createPendingImport<LoadedSnapshot>()
  // Another tab imported or deleted: show what is stored now, without a reload.
  const tabs = otherTabs(() => {
    changedElsewhere.value = true
    void init()
  })

  async function init() {
    try {
      const state = await dataClient().state()
      stored.value = state.snapshots
      storage.value = state.storage
      if (state.active) return show(state.active)
      if (state.sampleDismissed) return show(null)
    } catch (e) {
      storageProblem.value = String(e)
    }
    if (sampleDismissedInMemory) return show(null)
    await showSample()
  }

  function show(loaded: LoadedSnapshot | null) {
    active.value = loaded
    phase.value = loaded ? 'ready' : 'empty'
    void loadText()
  }

  /** (Re)builds the text columns of the active snapshot in the UI language. */
  async function loadText() {
    const request = ++textRequest
    text.value = null
    const shown = active.value
    if (!shown) return
    const built = await dataClient()
      .text(refOf(shown.record), i18n.global.locale.value)
      .catch(() => null)
    if (request === textRequest) text.value = built
  }

  async function showSample() {
    show(await dataClient().sample(new URL(sampleUrl, document.baseURI).href))
  }

  /** An import passed the checks: show it while the worker stores it. */
  function showChecked(loaded: LoadedSnapshot) {
    pending.checked(loaded, active.value)
    show(loaded)
  }

  /** The import shown by showChecked could not be stored: show again what showed before it. */
  function notStored() {
    const back = pending.failed(active.value)
    if (back) show(back.show)
  }

  /** After an import stored a snapshot: show it, and tell the other tabs. */
  async function imported(loaded: LoadedSnapshot) {
    const shown = active.value
    // Already on screen since its checks passed: only its stored size is new. Everything else
    // keeps its identity, so no view recomputes and no chart redraws.
    if (pending.stored(shown) && shown && shown.record.id === loaded.record.id)
      active.value = { record: { ...shown.record, storedBytes: loaded.record.storedBytes }, columns: shown.columns }
    else show(loaded)
    stored.value = await dataClient()
      .list()
      .catch(() => stored.value)
    tabs.tell()
  }

  async function select(id: string) {
    const loaded = await dataClient().select(id)
    if (loaded) show(loaded)
  }

  async function setSampleDismissed(dismissed: boolean) {
    sampleDismissedInMemory = dismissed
    await dataClient()
      .setSampleDismissed(dismissed)
      .catch(() => undefined)
    if (dismissed) show(null)
    else await showSample()
  }

  /** Deletes one stored snapshot; when it was on screen, the most recent other one (or the sample) shows. */
  async function remove(id: string) {
    await dataClient().remove(id)
    tabs.tell()
    await init()
  }

  async function clearEverything() {
    await dataClient().clear()
    stored.value = []
    sampleDismissedInMemory = true
    show(null)
    tabs.tell()
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
    removeSample: () => setSampleDismissed(true),
    restoreSample: () => setSampleDismissed(false),
    clearEverything,
    loadText,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useDataStore, import.meta.hot))
