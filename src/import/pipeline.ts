/**
 * One file from bytes to storage: read, check, ask before replacing, store whole or not at all.
 * Runs in the data worker; its effects (progress, the question, the store) come in as arguments,
 * so Node tests drive it with fake-indexeddb.
 */
import { encodeColumns, type Columns } from '@/domain/columns'
import type { SnapshotRecord } from '@/db/database'
import { SaveConflictError, snapshotRecord, type SaveMeta } from '@/db/repository'
import type { Snapshot } from '@/domain/schema'
import type { ImportPhase, ImportResult, LoadedSnapshot } from '@/data/messages'
import type { SnapshotSource } from '@/data/source'
import { checkSize, checkSnapshotText, decodeBytes, settleSnapshotText, type ParseOutcome } from './parse'
import { parseWorkbook } from './workbook'
import { looksLikeWorkbook } from './workbookFile'

/** Where snapshots go: the tab's SnapshotSource (IndexedDB, or memory when the browser allows no storage). */
export type SnapshotStore = Pick<SnapshotSource, 'find' | 'save'>

export interface PipelineDeps {
  store: SnapshotStore
  progress(phase: ImportPhase): void
  /** Asked when a snapshot with the same id is stored; true replaces it. */
  confirmReplace(existing: SnapshotRecord): Promise<boolean>
  /**
   * Told of a snapshot that passed the checks, with its columns, before it is stored: the page
   * shows it, then it is saved, and the page goes back to what it showed before if the save
   * fails. The worker keeps the snapshot at hand for its text. A promise returned holds the save
   * until it settles: until the page has drawn it, so that the save (its copies and writes, in
   * this worker and in the browser's storage) does not take the CPU from that drawing.
   */
  checked?(snapshot: Snapshot, loaded: LoadedSnapshot): void | Promise<void>
  /** Told when a checked snapshot could not be stored after all. */
  unstored?(snapshot: Snapshot): void
  /**
   * Counts the members of a JSON file (membersInBytes) elsewhere while this parses it (the count
   * worker); null when it could not. Without it the text is counted here, after the parse.
   */
  countMembers?(file: Blob): Promise<number | null>
}

export async function importSnapshotFile(file: Blob & { name?: string }, deps: PipelineDeps): Promise<ImportResult> {
  const sized = checkSize(file.size)
  if (sized && !sized.ok) return { status: 'refused', errors: sized.errors, errorCount: sized.errorCount }
  deps.progress('reading')
  const bytes = new Uint8Array(await file.arrayBuffer())
  let parsed: ParseOutcome
  // A workbook (the spreadsheet form, or a file that means to be one: .xls, .csv) has a reader of
  // its own; the snapshot it makes goes through the same checks, question and store as JSON.
  if (looksLikeWorkbook(file.name ?? '', bytes)) {
    parsed = await parseWorkbook(bytes, file.name ?? '', () => deps.progress('checking'))
  } else {
    const counting = deps.countMembers?.(file)
    const decoded = decodeBytes(bytes)
    if ('outcome' in decoded) {
      const o = decoded.outcome
      return o.ok ? { status: 'cancelled' } : { status: 'refused', errors: o.errors, errorCount: o.errorCount }
    }
    deps.progress('checking')
    const checked = checkSnapshotText(decoded.text)
    parsed = 'result' in checked ? settleSnapshotText(checked, await countOrNull(counting)) : checked
  }
  if (!parsed.ok) return { status: 'refused', errors: parsed.errors, errorCount: parsed.errorCount }

  const snapshot = parsed.snapshot
  const existing = await deps.store.find(snapshot.snapshot.id)
  if (existing && !(await deps.confirmReplace(existing))) return { status: 'cancelled' }

  deps.progress('storing')
  const columns = encodeColumns(snapshot)
  const meta: SaveMeta = {
    fileName: file.name ?? '',
    fileSize: file.size,
    warnings: parsed.warnings,
    warningCount: parsed.warningCount,
    replaces: existing?.importedAt ?? null,
  }
  const shown = snapshotRecord(snapshot, meta, 0)
  // The stored record is the one shown, but for the stored size.
  meta.importedAt = shown.importedAt
  await deps.checked?.(snapshot, { record: shown, columns })
  return saveAsAnswered(snapshot, columns, meta, deps)
}

/**
 * The count made beside the parse, when it has come, or comes soon after: the parse and the checks
 * take longer than reading and counting, so a count still missing then is lost (a worker that
 * died without a word), and the text is counted here instead (null).
 */
function countOrNull(counting: Promise<number | null> | undefined): Promise<number | null> {
  if (!counting) return Promise.resolve(null)
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), COUNT_GRACE_MS)
    const settle = (members: number | null) => {
      clearTimeout(timer)
      resolve(members)
    }
    counting.then(settle, () => settle(null))
  })
}
const COUNT_GRACE_MS = 2000

/**
 * Saves, checking in the save's own transaction that what is stored under the id is still what
 * the replace question saw. Another tab may have imported or deleted the same id meanwhile: then
 * the question is asked again about what is stored now, never answered for the user.
 */
async function saveAsAnswered(
  snapshot: Snapshot,
  columns: Columns,
  meta: SaveMeta,
  deps: PipelineDeps,
): Promise<ImportResult> {
  for (;;) {
    try {
      const record = await deps.store.save(snapshot, columns, meta)
      return { status: 'imported', record, columns }
    } catch (e) {
      if (e instanceof SaveConflictError) {
        if (e.current && !(await deps.confirmReplace(e.current))) {
          deps.unstored?.(snapshot)
          return { status: 'cancelled' }
        }
        meta.replaces = e.current?.importedAt ?? null
        continue
      }
      deps.unstored?.(snapshot)
      return { status: 'failed', reason: isQuotaError(e) ? 'quota' : 'storage', detail: describe(e) }
    }
  }
}

/** IndexedDB reports a full disk as QuotaExceededError, or as an AbortError caused by one. */
export function isQuotaError(e: unknown): boolean {
  for (let cur: unknown = e, depth = 0; cur && depth < 5; depth++) {
    const name = (cur as { name?: string }).name
    if (name === 'QuotaExceededError') return true
    cur = (cur as { inner?: unknown; cause?: unknown }).inner ?? (cur as { cause?: unknown }).cause
  }
  return false
}

function describe(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e)
}
