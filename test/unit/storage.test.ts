import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { CoopDatabase } from '@/db/database'
import {
  clearAll,
  deleteSnapshot,
  listSnapshots,
  loadSnapshot,
  loadSnapshotSummary,
  saveSnapshot,
  CHUNK_ROWS,
} from '@/db/repository'
import { encodeColumns } from '@/domain/columns'
import type { Snapshot } from '@/domain/schema'
import { importSnapshotFile, isQuotaError } from '@/import/pipeline'
import { parseSnapshotText } from '@/import/parse'
import { indexedDbSource } from '@/db/source'
import { activeSnapshotId } from '@/data/source'

let dbCount = 0
const freshDb = () => new CoopDatabase(`test-db-${++dbCount}`)

function snapshot(id: string, commitments: number, asOf = '2026-06-30'): Snapshot {
  const text = JSON.stringify({
    format: 'cooperation-snapshot',
    version: 1,
    snapshot: { id, asOf, homeCountry: 'KZ' },
    agreements: [
      {
        id: 'A1',
        title: 'Memorandum',
        type: 'memorandum',
        signedOn: '2024-05-01',
        parties: [
          { name: 'KZ', country: 'KZ', kind: 'state' },
          { name: 'MN', country: 'MN', kind: 'state' },
        ],
      },
    ],
    commitments: Array.from({ length: commitments }, (_, i) => ({
      id: `C${i}`,
      agreementId: 'A1',
      title: `Commitment ${i}`,
      sphere: 'political',
      status: i % 2 ? 'completed' : 'not_started',
      due: '2025-01-01',
    })),
  })
  const parsed = parseSnapshotText(text)
  if (!parsed.ok) throw new Error('fixture invalid')
  return parsed.snapshot
}
const meta = { fileName: 'f.json', fileSize: 1, warnings: [], warningCount: 0 }
const save = (db: CoopDatabase, s: Snapshot) => saveSnapshot(db, s, encodeColumns(s), meta)

describe('storage', () => {
  it('stores a snapshot in chunks and reads the same snapshot back', async () => {
    const db = freshDb()
    const s = snapshot('s1', CHUNK_ROWS * 2 + 7)
    await save(db, s)
    expect(await db.chunks.count()).toBe(1 + 3) // one agreements chunk, three commitment chunks
    const back = await loadSnapshot(db, 's1')
    expect(back).toEqual(s)
    const summary = await loadSnapshotSummary(db, 's1')
    expect(summary?.record.counts).toEqual({ agreements: 1, commitments: CHUNK_ROWS * 2 + 7 })
    expect(summary?.columns?.count).toBe(CHUNK_ROWS * 2 + 7)
    expect(summary?.columns?.status).toBeInstanceOf(Uint8Array)
    expect(await activeSnapshotId(indexedDbSource(db))).toBe('s1')
  })

  it('replacing a snapshot leaves none of its old rows behind', async () => {
    const db = freshDb()
    await save(db, snapshot('s1', CHUNK_ROWS + 1))
    await save(db, snapshot('s1', 3))
    expect(await db.chunks.where('snapshotId').equals('s1').count()).toBe(2)
    expect((await loadSnapshot(db, 's1'))?.commitments).toHaveLength(3)
  })

  it('a write that fails midway leaves the previous data exactly as it was', async () => {
    const db = freshDb()
    await save(db, snapshot('s1', 10))
    const before = {
      chunks: await db.chunks.toArray(),
      snapshots: await db.snapshots.toArray(),
      columns: await db.columns.count(),
    }
    const broken = snapshot('s2', 10)
    // A function cannot be stored: IndexedDB throws in the middle of the transaction, after the
    // rows were written and before the snapshot record is.
    const columns = Object.assign(encodeColumns(broken), { oops: () => 1 })
    await expect(saveSnapshot(db, broken, columns, meta)).rejects.toThrow()
    expect(await db.chunks.toArray()).toEqual(before.chunks)
    expect(await db.snapshots.toArray()).toEqual(before.snapshots)
    expect(await db.columns.count()).toBe(before.columns)
    expect(await activeSnapshotId(indexedDbSource(db))).toBe('s1')
  })

  it('a failing replace keeps the snapshot it was replacing', async () => {
    const db = freshDb()
    await save(db, snapshot('s1', 10))
    const broken = snapshot('s1', 4)
    const columns = Object.assign(encodeColumns(broken), { oops: () => 1 })
    await expect(saveSnapshot(db, broken, columns, meta)).rejects.toThrow()
    expect((await loadSnapshot(db, 's1'))?.commitments).toHaveLength(10)
  })

  it('lists, deletes and clears', async () => {
    const db = freshDb()
    await save(db, snapshot('s1', 2))
    await save(db, snapshot('s2', 2))
    expect((await listSnapshots(db)).map((r) => r.id).sort()).toEqual(['s1', 's2'])
    await deleteSnapshot(db, 's2')
    expect(await db.chunks.where('snapshotId').equals('s2').count()).toBe(0)
    expect(await activeSnapshotId(indexedDbSource(db))).toBe('s1')
    await clearAll(db)
    expect(await db.snapshots.count()).toBe(0)
    expect(await db.chunks.count()).toBe(0)
    expect(await activeSnapshotId(indexedDbSource(db))).toBeUndefined()
  })
})

describe('import pipeline', () => {
  const file = (text: string, name = 'x.json') => new File([text], name, { type: 'application/json' })
  const valid = (id: string, n = 3) => JSON.stringify({ ...snapshot(id, n), snapshot: { id, asOf: '2026-06-30' } })
  const deps = (db: CoopDatabase, replace = true) => ({
    store: indexedDbSource(db),
    progress: () => {},
    confirmReplace: async () => replace,
  })

  it('imports a valid file and reports what it stored', async () => {
    const db = freshDb()
    const phases: string[] = []
    const r = await importSnapshotFile(file(valid('p1')), { ...deps(db), progress: (p) => phases.push(p) })
    expect(r.status).toBe('imported')
    expect(phases).toEqual(['reading', 'checking', 'storing'])
    if (r.status === 'imported') expect(r.columns.count).toBe(3)
    expect(await db.snapshots.count()).toBe(1)
  })

  it('refuses an invalid file and stores nothing of it', async () => {
    const db = freshDb()
    await importSnapshotFile(file(valid('p1')), deps(db))
    const before = await db.chunks.toArray()
    const r = await importSnapshotFile(file(valid('p2').replace('"2026-06-30"', '"2026-02-30"')), deps(db))
    expect(r.status).toBe('refused')
    if (r.status === 'refused')
      expect(r.errors[0]).toMatchObject({ code: 'invalid_date', path: 'snapshot.asOf', line: 1 })
    expect(await db.chunks.toArray()).toEqual(before)
    expect(await activeSnapshotId(indexedDbSource(db))).toBe('p1')
  })

  it('asks before replacing a stored id, and keeps the stored one when told to', async () => {
    const db = freshDb()
    await importSnapshotFile(file(valid('p1', 3)), deps(db))
    let asked = ''
    const r = await importSnapshotFile(file(valid('p1', 5)), {
      ...deps(db, false),
      confirmReplace: async (existing) => ((asked = existing.id), false),
    })
    expect(asked).toBe('p1')
    expect(r.status).toBe('cancelled')
    expect((await loadSnapshot(db, 'p1'))?.commitments).toHaveLength(3)
    const r2 = await importSnapshotFile(file(valid('p1', 5)), deps(db, true))
    expect(r2.status).toBe('imported')
    expect((await loadSnapshot(db, 'p1'))?.commitments).toHaveLength(5)
  })

  it('hands over a checked snapshot with its columns before storing it, and says so when the store then fails', async () => {
    const db = freshDb()
    const events: string[] = []
    let shown: { id: string; count: number } | undefined
    let shownRecord: object | undefined
    const store = indexedDbSource(db)
    const r = await importSnapshotFile(file(valid('p1', 4)), {
      ...deps(db),
      store: { ...store, save: async (...args) => (events.push('save'), store.save(...args)) },
      checked: (s, loaded) => {
        events.push('checked')
        shown = { id: loaded.record.id, count: loaded.columns.count }
        shownRecord = loaded.record
      },
      unstored: () => void events.push('unstored'),
    })
    expect(r.status).toBe('imported')
    expect(events).toEqual(['checked', 'save'])
    expect(shown).toEqual({ id: 'p1', count: 4 })
    // The record shown is the one stored, but for the stored size (unknown until the rows are written).
    if (r.status === 'imported') {
      expect(r.record.storedBytes).toBeGreaterThan(0)
      expect({ ...shownRecord, storedBytes: r.record.storedBytes }).toEqual(r.record)
    }

    events.length = 0
    const failing = await importSnapshotFile(file(valid('p2', 2)), {
      ...deps(db),
      store: {
        ...store,
        save: async () => Promise.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' })),
      },
      checked: () => void events.push('checked'),
      unstored: (s) => void events.push(`unstored ${s.snapshot.id}`),
    })
    expect(failing).toMatchObject({ status: 'failed', reason: 'quota' })
    expect(events).toEqual(['checked', 'unstored p2'])
    expect(await activeSnapshotId(indexedDbSource(db))).toBe('p1')
  })

  it('stores a checked snapshot only once the page has drawn it (the promise checked returns)', async () => {
    const db = freshDb()
    const events: string[] = []
    const store = indexedDbSource(db)
    let drawn: () => void = () => {}
    const importing = importSnapshotFile(file(valid('p1', 4)), {
      ...deps(db),
      store: { ...store, save: async (...args) => (events.push('save'), store.save(...args)) },
      checked: () => {
        events.push('checked')
        return new Promise<void>((resolve) => (drawn = resolve))
      },
    })
    await new Promise((r) => setTimeout(r, 50))
    expect(events).toEqual(['checked'])
    expect(await db.snapshots.count()).toBe(0)
    drawn()
    expect((await importing).status).toBe('imported')
    expect(events).toEqual(['checked', 'save'])
    expect(await db.snapshots.count()).toBe(1)
  })

  it('refuses an empty file before reading it', async () => {
    const r = await importSnapshotFile(file(''), deps(freshDb()))
    expect(r).toMatchObject({ status: 'refused', errors: [{ code: 'empty_file' }] })
  })

  it('recognises a full disk however IndexedDB wraps it', () => {
    expect(isQuotaError({ name: 'QuotaExceededError' })).toBe(true)
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true)
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'ConstraintError' } })).toBe(false)
    expect(isQuotaError(new Error('x'))).toBe(false)
  })
})
