/**
 * One file from bytes to storage: read, check, ask before replacing, store whole or not at all.
 * Runs in the data worker; its effects (progress, the question, the store) come in as arguments,
 * so Node tests drive it with fake-indexeddb.
 */
import { encodeColumns, type Columns } from '@/domain/columns'
import type { SnapshotRecord } from '@/db/database'
import { snapshotRecord, type SaveMeta } from '@/db/repository'
import type { Snapshot } from '@/domain/schema'
import type { ImportPhase, ImportResult, LoadedSnapshot } from './messages'
import { checkAhead, checkRange, finishValidation, mergeRangeChecks, sharedRange, startValidation, type Ahead, type Range, type RangeCheck } from '@/domain/validate'
import { inOwnTask } from '@/composables/whenIdle'
import { checkSize, decodeBytes, outcomeOf, parseJson } from './parse'

/** Where snapshots go: IndexedDB (db/repository's dexieStore), or memory when the browser allows no storage. */
export interface SnapshotStore {
  find(id: string): Promise<SnapshotRecord | undefined>
  /** Stores the snapshot whole or not at all, and makes it the active one. */
  save(snapshot: Snapshot, columns: Columns, meta: SaveMeta): Promise<SnapshotRecord>
}

export interface PipelineDeps {
  store: SnapshotStore
  progress(phase: ImportPhase): void
  /** Asked when a snapshot with the same id is stored; true replaces it. */
  confirmReplace(existing: SnapshotRecord): Promise<boolean>
  /**
   * Told of a snapshot that passed the checks, with its columns, before it is stored: the page
   * shows it while it is saved (the store is then the longest step left), and goes back to what
   * it showed before if the save fails. The worker keeps the snapshot at hand for its text.
   */
  checked?(snapshot: Snapshot, loaded: LoadedSnapshot): void
  /** Told when a checked snapshot could not be stored after all. */
  unstored?(snapshot: Snapshot): void
  /**
   * Starts a second worker for a file of `bytes` bytes, to check its share of the commitments (see
   * checkSharedPart) while this one checks the rest; null when such a file is not worth sharing.
   */
  shareCheck?(bytes: number): SharedCheck | null
}

/** A second worker, started before the file is read (so that it is ready when the bytes are). */
export interface SharedCheck {
  /** Gives it a copy of the file's bytes; resolves to its range's checks, or null when it could not make them. */
  check(bytes: Uint8Array): Promise<RangeCheck | null>
  /** Stops it (its answer is no longer needed); harmless once it has answered. */
  cancel(): void
}

export async function importSnapshotFile(file: Blob & { name?: string }, deps: PipelineDeps): Promise<ImportResult> {
  const sized = checkSize(file.size)
  if (sized && !sized.ok) return { status: 'refused', errors: sized.errors, errorCount: sized.errorCount }
  // Started first, so that the other worker loads while this one reads the file.
  const shared = deps.shareCheck?.(file.size) ?? null
  try {
    return await importBytes(file, deps, shared)
  } finally {
    // Whatever happened, the other worker (and its copy of the file) is not kept.
    shared?.cancel()
  }
}

async function importBytes(file: Blob & { name?: string }, deps: PipelineDeps, shared: SharedCheck | null): Promise<ImportResult> {
  deps.progress('reading')
  const bytes = new Uint8Array(await file.arrayBuffer())
  // The other worker checks these very bytes (a copy), not a second read of a file that may have changed.
  const answer = shared?.check(bytes) ?? null
  const decoded = decodeBytes(bytes)
  if ('outcome' in decoded) {
    const o = decoded.outcome
    return o.ok ? { status: 'cancelled' } : { status: 'refused', errors: o.errors, errorCount: o.errorCount }
  }
  deps.progress('checking')
  const json = parseJson(decoded.text)
  if (!json.ok) return { status: 'refused', errors: json.errors, errorCount: json.errorCount }
  const range = answer ? sharedRange(json.raw) : null
  const started = startValidation(json.raw, range)
  let other: RangeCheck | null = null
  let ahead: Ahead | null = null
  let aheadColumns: Columns | null = null
  if (range) {
    // While the other worker checks its range: what comes after, as if it passes (used only if it does).
    ahead = checkAhead(started)
    if (ahead && !ahead.errors.length) aheadColumns = encodeAhead(ahead.snapshot)
    other = await theirsOrOurs(json.raw, range, answer!, shared!)
  }
  const parsed = outcomeOf(json.text, finishValidation(started, other, ahead))
  if (!parsed.ok) return { status: 'refused', errors: parsed.errors, errorCount: parsed.errorCount }

  const snapshot = parsed.snapshot
  const existing = await deps.store.find(snapshot.snapshot.id)
  if (existing && !(await deps.confirmReplace(existing))) return { status: 'cancelled' }

  deps.progress('storing')
  const columns = ahead?.snapshot === snapshot && aheadColumns ? aheadColumns : encodeColumns(snapshot)
  const meta: SaveMeta = { fileName: file.name ?? '', fileSize: file.size, warnings: parsed.warnings, warningCount: parsed.warningCount }
  const shown = snapshotRecord(snapshot, meta, 0)
  // The stored record is the one shown, but for the stored size.
  meta.importedAt = shown.importedAt
  deps.checked?.(snapshot, { record: shown, columns })
  try {
    const record = await deps.store.save(snapshot, columns, meta)
    return { status: 'imported', record, columns }
  } catch (e) {
    deps.unstored?.(snapshot)
    return { status: 'failed', reason: isQuotaError(e) ? 'quota' : 'storage', detail: describe(e) }
  }
}

/** Rows this worker checks between two looks at whether the other worker has answered. */
const STEP_ROWS = 2000

/**
 * The range's checks: the other worker's answer, or this worker's own when it gets there first.
 * On a busy machine the other worker can start late; this one then checks the range itself, a
 * few thousand rows at a time, taking the answer if it comes meanwhile. The other worker checked
 * a copy of the same bytes, so the same range (an answer for another is not taken).
 */
async function theirsOrOurs(raw: unknown, range: Range, answer: Promise<RangeCheck | null>, shared: SharedCheck): Promise<RangeCheck> {
  let theirs: RangeCheck | null | undefined
  answer.then(
    (a) => (theirs = a && a.from === range.from && a.to === range.to ? a : null),
    () => (theirs = null),
  )
  const parts: RangeCheck[] = []
  for (let from = range.from; ; from += STEP_ROWS) {
    // A task of its own each step, so that the other worker's answer, if it has come, is handled first.
    await new Promise<void>((resolve) => inOwnTask(resolve))
    if (theirs) return theirs
    if (from >= range.to) break
    parts.push(checkRange(raw, { from, to: Math.min(range.to, from + STEP_ROWS) }))
  }
  shared.cancel()
  return mergeRangeChecks(parts)
}

/** The columns of a snapshot whose other share is not checked yet: nothing if its rows are too wrong to encode. */
function encodeAhead(snapshot: Snapshot): Columns | null {
  try {
    return encodeColumns(snapshot)
  } catch {
    return null
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
