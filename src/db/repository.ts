/** Everything the app stores or reads, as functions over the database. The only Dexie users. */
import { COLUMNS_VERSION, type Columns } from '@/domain/columns'
import type { ImportWarning } from '@/domain/issues'
import type { Agreement, Commitment, Snapshot } from '@/domain/schema'
import { CoopDatabase, type ChunkKind, type ChunkRecord, type SnapshotRecord } from './database'

/** Rows per chunk record: large enough that writes stay few, small enough to read back in pieces. */
export const CHUNK_ROWS = 5000
/** The setting that names the snapshot shown (saveSnapshot sets it). */
export const ACTIVE_KEY = 'activeSnapshotId'

let shared: CoopDatabase | undefined
/** The app's database, opened once per thread. */
export function database(): CoopDatabase {
  shared ??= new CoopDatabase()
  return shared
}

export interface SaveMeta {
  fileName: string
  fileSize: number
  warnings: ImportWarning[]
  warningCount: number
  /** When the import happened (now when absent): the page may have shown the snapshot since. */
  importedAt?: string
  /**
   * The version the user agreed to replace: the `importedAt` of the snapshot stored under this id
   * when it was checked, or null when none was. When given, the save checks it in its own
   * transaction and refuses (SaveConflictError) if another tab stored or deleted one since: the
   * "already stored?" question and the save must see the same thing (issue 17, item 2).
   */
  replaces?: string | null
}

/** Another tab changed what is stored under this id between the replace question and the save. */
export class SaveConflictError extends Error {
  override name = 'SaveConflictError'
  constructor(readonly current: SnapshotRecord | undefined) {
    super(`the snapshot ${JSON.stringify(current?.id ?? '')} changed while it was being imported`)
  }
}

/** Refuses a save whose replace question saw another version than the one stored now. */
export function checkReplaces(meta: SaveMeta, current: SnapshotRecord | undefined): void {
  if (meta.replaces !== undefined && (current?.importedAt ?? null) !== meta.replaces)
    throw new SaveConflictError(current)
}

/**
 * Stores a snapshot whole, replacing any stored snapshot with the same id, and makes it the
 * active one. One transaction: if anything fails (a full disk, a closed tab), IndexedDB rolls
 * all of it back and what was stored before stays exactly as it was.
 */
export async function saveSnapshot(
  db: CoopDatabase,
  s: Snapshot,
  columns: Columns,
  meta: SaveMeta,
): Promise<SnapshotRecord> {
  const id = s.snapshot.id
  const chunks = [...toChunks(id, 'agreements', s.agreements), ...toChunks(id, 'commitments', s.commitments)]
  const record = snapshotRecord(
    s,
    meta,
    chunks.reduce((sum, c) => sum + c.json.length, 0),
  )
  await db.transaction('rw', [db.snapshots, db.chunks, db.columns, db.settings], async () => {
    checkReplaces(meta, await db.snapshots.get(id))
    await db.chunks.where('snapshotId').equals(id).delete()
    await db.chunks.bulkAdd(chunks)
    await db.columns.put({ snapshotId: id, columns })
    await db.snapshots.put(record)
    await db.settings.put({ key: ACTIVE_KEY, value: id })
  })
  return record
}

/** What is kept of a snapshot beside its rows (also for one that is shown but not stored). */
export function snapshotRecord(s: Snapshot, meta: SaveMeta, storedBytes: number): SnapshotRecord {
  return {
    id: s.snapshot.id,
    info: s.snapshot,
    spheres: s.spheres ?? [],
    importedAt: meta.importedAt ?? new Date().toISOString(),
    source: { fileName: meta.fileName, fileSize: meta.fileSize },
    counts: { agreements: s.agreements.length, commitments: s.commitments.length },
    warnings: meta.warnings,
    warningCount: meta.warningCount,
    storedBytes,
  }
}

function toChunks(snapshotId: string, kind: ChunkKind, rows: unknown[]): ChunkRecord[] {
  const out: ChunkRecord[] = []
  for (let i = 0; i * CHUNK_ROWS < rows.length; i++)
    out.push({ snapshotId, kind, index: i, json: JSON.stringify(rows.slice(i * CHUNK_ROWS, (i + 1) * CHUNK_ROWS)) })
  return out
}

/** The record of the snapshot stored under `id`, if any. */
export async function findSnapshot(db: CoopDatabase, id: string): Promise<SnapshotRecord | undefined> {
  return db.snapshots.get(id)
}

export async function listSnapshots(db: CoopDatabase): Promise<SnapshotRecord[]> {
  return db.snapshots.orderBy('importedAt').reverse().toArray()
}

/** The record and its columns; columns are undefined when stored by another encoding version. */
export async function loadSnapshotSummary(
  db: CoopDatabase,
  id: string,
): Promise<{ record: SnapshotRecord; columns?: Columns } | undefined> {
  return db.transaction('r', [db.snapshots, db.columns], async () => {
    const record = await db.snapshots.get(id)
    if (!record) return undefined
    const columns = (await db.columns.get(id))?.columns
    return { record, columns: columnsFit(columns, record) ? columns : undefined }
  })
}

/**
 * A stored snapshot whose rows cannot be read back whole: a chunk record missing, or not the
 * JSON array of rows it was written as (a disk or browser fault, another program writing into
 * the database). Said instead of answering with rows missing (issue 17, item 11).
 */
export class DamagedSnapshotError extends Error {
  override name = 'DamagedSnapshotError'
  constructor(
    readonly snapshotId: string,
    detail: string,
  ) {
    super(`the stored snapshot ${JSON.stringify(snapshotId)} is damaged: ${detail}`)
  }
}

/** How many rows chunk `index` of this kind holds, from the record's counts (0: past the end). */
function rowsInChunk(record: SnapshotRecord, kind: ChunkKind, index: number): number {
  return Math.max(0, Math.min(CHUNK_ROWS, record.counts[kind] - index * CHUNK_ROWS))
}

/** The rows of one chunk record, checked against what the snapshot record says it holds. */
function chunkRows(record: SnapshotRecord, kind: ChunkKind, index: number, chunk: ChunkRecord | undefined): unknown[] {
  const where = `${kind} chunk ${index}`
  const expected = rowsInChunk(record, kind, index)
  if (!chunk || typeof chunk.json !== 'string') throw new DamagedSnapshotError(record.id, `${where} is missing`)
  let rows: unknown
  try {
    rows = JSON.parse(chunk.json)
  } catch {
    throw new DamagedSnapshotError(record.id, `${where} is not readable`)
  }
  if (!Array.isArray(rows) || rows.length !== expected)
    throw new DamagedSnapshotError(record.id, `${where} does not hold its ${expected} rows`)
  // A row is an object with its id (validated at import); anything else was written by someone else.
  for (const row of rows)
    if (!row || typeof row !== 'object' || typeof (row as { id?: unknown }).id !== 'string')
      throw new DamagedSnapshotError(record.id, `${where} holds something that is not a row`)
  return rows
}

/**
 * Every row of one kind, in order, from exactly the chunks the record's count calls for: a chunk
 * per transaction, `between` awaited before each (the worker lets cheap requests pass there, in
 * the database and on its thread: ../data/lanes).
 */
async function allRows(
  db: CoopDatabase,
  record: SnapshotRecord,
  kind: ChunkKind,
  between: () => Promise<void>,
): Promise<unknown[]> {
  const out: unknown[] = []
  for (let i = 0; i * CHUNK_ROWS < record.counts[kind]; i++) {
    await between()
    const chunk = await db.chunks.get([record.id, kind, i])
    for (const row of chunkRows(record, kind, i, chunk)) out.push(row)
  }
  return out
}

/**
 * Stored columns of this encoding that fit the record (a damaged or foreign record does not: the
 * columns are then derived again from the rows, as for an older encoding).
 */
function columnsFit(c: Columns | undefined, record: SnapshotRecord): c is Columns {
  if (c?.version !== COLUMNS_VERSION || c.count !== record.counts.commitments) return false
  const n = c.count
  const perRow = [c.status, c.overdue, c.sphere, c.agreement, c.due, c.dueOrder, c.owedBy, c.recurrence]
  return (
    perRow.every((a) => ArrayBuffer.isView(a) && a.length === n) &&
    ArrayBuffer.isView(c.countryStart) &&
    c.countryStart.length === n + 1 &&
    c.agreementCount === record.counts.agreements
  )
}

/** The whole snapshot back from its chunks, as it was imported (after validation). */
export async function loadSnapshot(
  db: CoopDatabase,
  id: string,
  between: () => Promise<void> = () => Promise.resolve(),
): Promise<Snapshot | undefined> {
  const record = await db.snapshots.get(id)
  if (!record) return undefined
  // Read in several transactions: the snapshot must not have been replaced or deleted meanwhile
  // (then nothing is answered, and a chunk that no longer fits is no sign of damage).
  const unchanged = async () => (await db.snapshots.get(id))?.importedAt === record.importedAt
  let agreements: Agreement[]
  let commitments: Commitment[]
  try {
    agreements = (await allRows(db, record, 'agreements', between)) as Agreement[]
    commitments = (await allRows(db, record, 'commitments', between)) as Commitment[]
  } catch (e) {
    if (e instanceof DamagedSnapshotError && !(await unchanged())) return undefined
    throw e
  }
  if (!(await unchanged())) return undefined
  return {
    format: 'cooperation-snapshot',
    version: 1,
    snapshot: record.info,
    ...(record.spheres.length ? { spheres: record.spheres } : {}),
    agreements,
    commitments,
  }
}

/** Some rows of a snapshot by position, reading only the chunks that hold them. */
export async function loadRows<T>(
  db: CoopDatabase,
  snapshotId: string,
  kind: ChunkKind,
  indices: readonly number[],
): Promise<(T | undefined)[]> {
  return db.transaction('r', [db.snapshots, db.chunks], async () => {
    const record = await db.snapshots.get(snapshotId)
    if (!record) return indices.map(() => undefined)
    const inRange = indices.filter((i) => Number.isInteger(i) && i >= 0 && i < record.counts[kind])
    const chunkIds = [...new Set(inRange.map((i) => Math.floor(i / CHUNK_ROWS)))]
    const chunks = await db.chunks.bulkGet(chunkIds.map((c) => [snapshotId, kind, c] as [string, ChunkKind, number]))
    const byIndex = new Map(chunkIds.map((c, k) => [c, chunkRows(record, kind, c, chunks[k])]))
    return indices.map((i) => byIndex.get(Math.floor(i / CHUNK_ROWS))?.[i % CHUNK_ROWS] as T | undefined)
  })
}

export async function saveColumns(db: CoopDatabase, id: string, columns: Columns): Promise<void> {
  await db.columns.put({ snapshotId: id, columns })
}

export async function deleteSnapshot(db: CoopDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.snapshots, db.chunks, db.columns], async () => {
    await db.chunks.where('snapshotId').equals(id).delete()
    await db.columns.delete(id)
    await db.snapshots.delete(id)
  })
}

export async function clearAll(db: CoopDatabase): Promise<void> {
  await db.transaction('rw', [db.snapshots, db.chunks, db.columns, db.settings], async () => {
    await Promise.all([db.snapshots.clear(), db.chunks.clear(), db.columns.clear(), db.settings.clear()])
  })
}

export async function getSetting<T>(db: CoopDatabase, key: string): Promise<T | undefined> {
  return (await db.settings.get(key))?.value as T | undefined
}

export async function putSetting(db: CoopDatabase, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value })
}
