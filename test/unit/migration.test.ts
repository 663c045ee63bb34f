import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { fixtureSnapshot } from '../support/fixtures'
import { CoopDatabase } from '@/db/database'
import { listSnapshots, loadSnapshot, loadSnapshotSummary } from '@/db/repository'
import { makeV1Database } from '../fixtures/db/v1'
import { indexedDbSource } from '@/db/source'
import { activeSnapshotId } from '@/data/source'

const fixture = (name: string) => fixtureSnapshot(`valid/${name}`)

describe('database upgrade from version 1', () => {
  it('opens a version-1 database, keeps every snapshot and computes the new fields', async () => {
    const small = fixture('small.json')
    const minimal = fixture('minimal.json')
    await makeV1Database('migrate-1', [small, minimal])
    const db = new CoopDatabase('migrate-1')
    await db.open()
    expect(db.verno).toBe(2)
    const records = await listSnapshots(db)
    expect(records.map((r) => r.id).sort()).toEqual([small.snapshot.id, minimal.snapshot.id].sort())
    const smallRecord = records.find((r) => r.id === small.snapshot.id)!
    expect(smallRecord.storedBytes).toBe(
      JSON.stringify(small.agreements).length + JSON.stringify(small.commitments).length,
    )
    expect(await loadSnapshot(db, small.snapshot.id)).toEqual(small)
    expect((await loadSnapshotSummary(db, small.snapshot.id))?.columns?.count).toBe(small.commitments.length)
    expect(await activeSnapshotId(indexedDbSource(db))).toBe(small.snapshot.id)
    db.close()
  })
})
