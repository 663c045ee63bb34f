/** The state of the import the user started: progress, the replace question, errors, warnings. */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef, type Ref } from 'vue'
import type { SnapshotRecord } from '@/db/database'
import type { ImportError, ImportWarning } from '@/domain/issues'
import { dataClient } from '@/data/client'
import type { ImportPhase, ImportResult } from '@/data/messages'
import { useDataStore } from './data'

/** `busy` while files are being imported, then `ok` or `error` (test hook `import-status`). */
export type ImportState = 'idle' | 'busy' | 'ok' | 'error'

/** What became of one file of a pick: each keeps its own errors or warnings (a later file does not erase them). */
export type FileOutcome =
  | {
      kind: 'ok'
      file: string
      agreements: number
      commitments: number
      warnings: ImportWarning[]
      warningCount: number
    }
  | { kind: 'refused'; file: string; count: number; errors: ImportError[] }
  | { kind: 'cancelled'; file: string }
  | { kind: 'failed'; file: string; reason: 'quota' | 'storage'; detail: string }

export interface ReplaceQuestion {
  existing: SnapshotRecord
  file: string
  answer(replace: boolean): void
}

function lastOf<K extends FileOutcome['kind']>(list: readonly FileOutcome[], kind: K) {
  for (let i = list.length - 1; i >= 0; i--)
    if (list[i].kind === kind) return list[i] as Extract<FileOutcome, { kind: K }>
  return undefined
}

export const useImportStore = defineStore('import', () => {
  const state = ref<ImportState>('idle')
  const current = ref<{ file: string; phase: ImportPhase } | null>(null)
  // Replaced whole on each change (never mutated), so shallow: the issue lists need no deep proxies.
  const outcomes = shallowRef<FileOutcome[]>([])
  /** The last refused file of the pick (its errors are the test hook `import-errors`). */
  const lastRefused = computed(() => lastOf(outcomes.value, 'refused'))
  /** The last imported file of the pick (its warnings are the test hook `import-warnings`). */
  const lastImported = computed(() => lastOf(outcomes.value, 'ok'))
  const errors = computed(() => lastRefused.value?.errors ?? [])
  const errorCount = computed(() => lastRefused.value?.count ?? 0)
  const errorFile = computed(() => lastRefused.value?.file ?? '')
  const warnings = computed(() => lastImported.value?.warnings ?? [])
  const warningCount = computed(() => lastImported.value?.warningCount ?? 0)
  const question = ref<ReplaceQuestion | null>(null)
  const queue: File[] = []
  let running = false

  /** Imports files one after another; each is stored whole or not at all. */
  async function importFiles(files: File[]) {
    queue.push(...files)
    if (running) return
    running = true
    state.value = 'busy'
    outcomes.value = []
    let failed = false
    let anyImported = false
    while (queue.length) {
      const file = queue.shift()!
      const outcome = await importOne(file)
      outcomes.value = [...outcomes.value, outcome]
      failed ||= outcome.kind === 'refused' || outcome.kind === 'failed'
      anyImported ||= outcome.kind === 'ok'
    }
    current.value = null
    running = false
    state.value = failed ? 'error' : anyImported ? 'ok' : 'idle'
    if (anyImported) void navigator.storage?.persist?.()
  }

  async function importOne(file: File): Promise<FileOutcome> {
    current.value = { file: file.name, phase: 'reading' }
    const result = await dataClient().importFile(file, {
      onProgress: (phase) => (current.value = { file: file.name, phase }),
      onChecked: (loaded) => useDataStore().showChecked(loaded),
      confirmReplace: (existing) => ask(question, existing, file.name),
    })
    return outcomeOf(file.name, result)
  }

  function dismiss() {
    outcomes.value = []
    if (state.value !== 'busy') state.value = 'idle'
  }

  return {
    state,
    current,
    outcomes,
    lastRefused,
    lastImported,
    errors,
    errorCount,
    errorFile,
    warnings,
    warningCount,
    question,
    importFiles,
    dismiss,
  }
})

/** Puts the replace question on screen; the answer settles it and takes it away. */
function ask(question: Ref<ReplaceQuestion | null>, existing: SnapshotRecord, file: string): Promise<boolean> {
  return new Promise((resolve) => {
    question.value = {
      existing,
      file,
      answer: (replace) => {
        question.value = null
        resolve(replace)
      },
    }
  })
}

/** What became of a file, from the worker's result; the dashboard is told what to show. */
async function outcomeOf(file: string, result: ImportResult): Promise<FileOutcome> {
  switch (result.status) {
    case 'imported':
      await useDataStore().imported(result)
      return {
        kind: 'ok',
        file,
        agreements: result.record.counts.agreements,
        commitments: result.record.counts.commitments,
        warnings: result.record.warnings,
        warningCount: result.record.warningCount,
      }
    case 'refused':
      return { kind: 'refused', file, count: result.errorCount, errors: result.errors }
    case 'cancelled':
      // Cancelled at its save (another tab stored the same id meanwhile and the user kept that):
      // what showed before it shows again. Before its checks passed, nothing was shown: no-op.
      useDataStore().notStored()
      return { kind: 'cancelled', file }
    case 'failed':
      useDataStore().notStored()
      return { kind: 'failed', file, reason: result.reason, detail: result.detail }
  }
}

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useImportStore, import.meta.hot))
