/** The state of the import the user started: progress, the replace question, errors, warnings. */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { SnapshotRecord } from '@/db/database'
import type { ImportError, ImportWarning } from '@/domain/issues'
import { dataClient } from '@/data/client'
import type { ImportPhase } from '@/data/messages'
import { useDataStore } from './data'

/** `busy` while files are being imported, then `ok` or `error` (test hook `import-status`). */
export type ImportState = 'idle' | 'busy' | 'ok' | 'error'

export type FileOutcome =
  | { kind: 'ok'; file: string; agreements: number; commitments: number }
  | { kind: 'refused'; file: string; count: number }
  | { kind: 'cancelled'; file: string }
  | { kind: 'failed'; file: string; reason: 'quota' | 'storage'; detail: string }

export interface ReplaceQuestion {
  existing: SnapshotRecord
  file: string
  answer(replace: boolean): void
}

export const useImportStore = defineStore('import', () => {
  const state = ref<ImportState>('idle')
  const current = ref<{ file: string; phase: ImportPhase } | null>(null)
  const outcomes = ref<FileOutcome[]>([])
  const errors = shallowRef<ImportError[]>([])
  const errorCount = ref(0)
  const errorFile = ref('')
  const warnings = shallowRef<ImportWarning[]>([])
  const warningCount = ref(0)
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
      confirmReplace: (existing) =>
        new Promise((resolve) => {
          question.value = {
            existing,
            file: file.name,
            answer: (replace) => {
              question.value = null
              resolve(replace)
            },
          }
        }),
    })
    switch (result.status) {
      case 'imported':
        errors.value = []
        errorCount.value = 0
        warnings.value = result.record.warnings
        warningCount.value = result.record.warningCount
        await useDataStore().imported(result)
        return {
          kind: 'ok',
          file: file.name,
          agreements: result.record.counts.agreements,
          commitments: result.record.counts.commitments,
        }
      case 'refused':
        errors.value = result.errors
        errorCount.value = result.errorCount
        errorFile.value = file.name
        warnings.value = []
        warningCount.value = 0
        return { kind: 'refused', file: file.name, count: result.errorCount }
      case 'cancelled':
        return { kind: 'cancelled', file: file.name }
      case 'failed':
        useDataStore().notStored()
        return { kind: 'failed', file: file.name, reason: result.reason, detail: result.detail }
    }
  }

  function dismiss() {
    outcomes.value = []
    errors.value = []
    errorCount.value = 0
    warnings.value = []
    warningCount.value = 0
    if (state.value !== 'busy') state.value = 'idle'
  }

  return {
    state,
    current,
    outcomes,
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

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useImportStore, import.meta.hot))
