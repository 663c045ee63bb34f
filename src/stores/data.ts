/** Which snapshot the dashboard shows, and the snapshots stored in this browser. */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import sampleUrl from '../../data/sample-kz.json?url'
import type { SnapshotRecord } from '@/db/database'
import { createTextCache, type TextColumns } from '@/domain/textColumns'
import { whenIdle } from '@/composables/whenIdle'
import { i18n } from '@/i18n'
import { dataClient } from '@/data/client'
import { refOf, SAMPLE_ID, type LoadedSnapshot } from '@/data/messages'
import { otherTabs } from '@/data/tabs'
import { createPendingImport } from './pendingImport'
import { shownVersion } from './shownVersion'

export const useDataStore = defineStore('data', () => {
  // Issue 17 item 1: a read that meets a version replaced elsewhere, a message from another tab
  // and a tab back in front all reload what is stored; `versions` is defined below, used later.
  const view = shownSnapshot((record, e) => versions.readFailed(record, e))
  const stored = ref<SnapshotRecord[]>([])
  const { storage, storageProblem, outdated } = storageHealth()
  const sample = sampleChoice(view)
  const tabs = otherTabs(() => void versions.reloadAfterChange())
  const listStored = async () => {
    stored.value = await dataClient()
      .list()
      .catch(() => stored.value)
    tabs.tell()
  }
  const imports = shownImports(view, listStored)
  const versions = shownVersion({ active: view.active, reload: () => init(), saving: imports.saving })
  const { changedElsewhere, damaged, readFailed, isCurrent } = versions

  /** A link's report (`s=`) that is not stored here: another one is shown, and a notice says so. */
  const askedMissing = ref<string | null>(null)

  /** Reads what is stored and shows `asked` (a link's `s=`) when it is stored, else the last one shown. */
  async function init(asked?: string) {
    try {
      const state = await dataClient().state(asked)
      if (state.askedMissing && asked) askedMissing.value = asked
      stored.value = state.snapshots
      storage.value = state.storage
      if (state.active) return view.show(state.active)
      if (state.sampleDismissed) return view.show(null)
    } catch (e) {
      storageProblem.value = String(e)
    }
    if (sample.dismissedInMemory()) return view.show(null)
    await view.showSample()
  }

  async function select(id: string) {
    const loaded = await dataClient().select(id)
    if (loaded) view.show(loaded)
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
    sample.dismissInMemory()
    view.show(null)
    tabs.tell()
  }

  return {
    ...view,
    stored,
    storage,
    storageProblem,
    outdated,
    changedElsewhere,
    askedMissing,
    damaged,
    readFailed,
    isCurrent,
    init,
    ...imports,
    select,
    remove,
    removeSample: () => sample.setDismissed(true),
    restoreSample: () => sample.setDismissed(false),
    clearEverything,
  }
})

/** Whether the user put the built-in sample away (stored; also kept in memory when storage fails). */
function sampleChoice(view: ReturnType<typeof shownSnapshot>) {
  let dismissedInMemory = false
  return {
    dismissedInMemory: () => dismissedInMemory,
    dismissInMemory: () => void (dismissedInMemory = true),
    async setDismissed(dismissed: boolean) {
      dismissedInMemory = dismissed
      await dataClient()
        .setSampleDismissed(dismissed)
        .catch(() => undefined)
      if (dismissed) view.show(null)
      else await view.showSample()
    },
  }
}

/** Whether this tab can keep data, and whether it must reload first. */
function storageHealth() {
  /** `memory` when the browser allows no storage: the app works from memory for the session. */
  const storage = ref<'indexeddb' | 'memory'>('indexeddb')
  /** Set when the data cannot be read or kept. */
  const storageProblem = ref<string | null>(null)
  /** Another tab upgraded the database: this tab must reload before it can read or write. */
  const outdated = ref(false)
  dataClient().onOutdated(() => (outdated.value = true))
  return { storage, storageProblem, outdated }
}

/** A snapshot's version: another import of the same id is another version, with other texts. */
const versionOf = (r: SnapshotRecord) => `${r.id}@${r.importedAt}`

/** The snapshot on screen and its texts in the UI language. */
function shownSnapshot(readFailed: (record: SnapshotRecord, e: unknown) => void) {
  /** `loading` until the first snapshot (or nothing) is known. */
  const phase = ref<'loading' | 'ready' | 'empty'>('loading')
  /** The snapshot on screen; its columns are large typed arrays, so the ref is shallow. */
  const active = shallowRef<LoadedSnapshot | null>(null)
  /** The built-in sample is a snapshot like the others, under its reserved id. */
  const isSample = computed(() => active.value?.record.id === SAMPLE_ID)
  /** Titles and search text of the active snapshot; arrives after the charts (built in the worker). */
  const text = shallowRef<TextColumns | null>(null)
  const texts = createTextCache()
  let textRequest = 0

  function show(loaded: LoadedSnapshot | null) {
    texts.showing(loaded ? versionOf(loaded.record) : null)
    active.value = loaded
    phase.value = loaded ? 'ready' : 'empty'
    void loadText()
  }

  /** The active snapshot's text columns in `lang`, when built before. */
  function cachedText(lang: string): TextColumns | null {
    const shown = active.value
    return shown ? (texts.get(versionOf(shown.record), lang) ?? null) : null
  }

  /** The text columns of the active snapshot in the UI language: at once when built before, else from the worker. */
  async function loadText() {
    const request = ++textRequest
    const shown = active.value
    const lang = i18n.global.locale.value
    text.value = cachedText(lang)
    if (!shown || text.value) return
    const built = await dataClient()
      .text(refOf(shown.record), lang)
      .catch((e: unknown) => (readFailed(shown.record, e), null))
    if (request === textRequest && built) text.value = texts.put(versionOf(shown.record), built)
  }

  async function showSample() {
    show(await dataClient().sample(new URL(sampleUrl, document.baseURI).href))
  }

  // Titles follow the interface language: only the text columns are rebuilt, the data is not
  // reloaded. A language shown before has its titles at once. Another is asked for once the page
  // in the new language is drawn (their arrival is a task of its own, a few milliseconds at 100k
  // commitments, that would hold that frame back); meanwhile the table shows its placeholders,
  // never titles in the previous language.
  let textLater: (() => void) | undefined
  watch(
    () => i18n.global.locale.value,
    (lang) => {
      textRequest++
      textLater?.()
      text.value = cachedText(lang)
      if (!text.value) textLater = whenIdle(() => void loadText())
    },
  )

  return { phase, active, isSample, text, show, loadText, showSample }
}

/** An import on screen from its checks on: kept when stored, taken back when the save fails. */
function shownImports(view: ReturnType<typeof shownSnapshot>, afterStored: () => Promise<void>) {
  const pending = createPendingImport<LoadedSnapshot>()
  return {
    /** The snapshot on screen is an import still being saved. */
    saving: () => pending.saving(view.active.value),
    /** An import passed the checks: show it while the worker stores it. */
    showChecked(loaded: LoadedSnapshot) {
      pending.checked(loaded, view.active.value)
      view.show(loaded)
    },
    /** The import shown by showChecked could not be stored: show again what showed before it. */
    notStored() {
      const back = pending.failed(view.active.value)
      if (back) view.show(back.show)
    },
    /** After an import stored a snapshot: show it, and tell the other tabs. */
    async imported(loaded: LoadedSnapshot) {
      const shown = view.active.value
      // Already on screen since its checks passed: only its stored size is new. Everything else
      // keeps its identity, so no view recomputes and no chart redraws.
      if (pending.stored(shown) && shown && shown.record.id === loaded.record.id)
        view.active.value = {
          record: { ...shown.record, storedBytes: loaded.record.storedBytes },
          columns: shown.columns,
        }
      else view.show(loaded)
      await afterStored()
    },
  }
}

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useDataStore, import.meta.hot))
