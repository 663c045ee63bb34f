import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { fixtureSnapshot } from '../support/fixtures'
import { createLanes } from '@/data/lanes'
import { CoopDatabase } from '@/db/database'
import { deleteSnapshot, loadSnapshot, saveSnapshot } from '@/db/repository'
import { encodeColumns } from '@/domain/columns'
import type { Snapshot } from '@/domain/schema'

/** Stores a snapshot as imported at `importedAt`. */
const store = (db: CoopDatabase, s: Snapshot, importedAt: string) =>
  saveSnapshot(db, s, encodeColumns(s), { fileName: 'x.json', fileSize: 1, warnings: [], warningCount: 0, importedAt })

/** A fresh database holding the small fixture. */
async function storedSmall() {
  const db = new CoopDatabase(`lanes-${Math.random()}`)
  const s = fixtureSnapshot('valid/small.json')
  await store(db, s, '2026-01-01T00:00:00.000Z')
  return { db, s }
}

/** Reads snapshot `id` whole, with `change` (another tab's) done once, at the first wait between two chunks. */
function readChangedOnce(db: CoopDatabase, id: string, change: () => Promise<unknown>) {
  let done = false
  return loadSnapshot(db, id, async () => {
    if (done) return
    done = true
    await change()
  })
}

describe('the worker’s lanes: cheap requests pass a whole read between its chunks', () => {
  it('a whole read waits at its turn while a cheap request is in flight, and goes on after it', async () => {
    const lanes = createLanes()
    const order: string[] = []
    let finishCheap!: () => void
    const cheap = lanes.cheap(
      () =>
        new Promise<void>((resolve) => {
          finishCheap = () => {
            order.push('cheap done')
            resolve()
          }
        }),
    )
    const whole = (async () => {
      order.push('whole chunk 1')
      await lanes.turn()
      order.push('whole chunk 2')
    })()
    await new Promise((r) => setTimeout(r, 20))
    expect(order).toEqual(['whole chunk 1'])
    finishCheap()
    await Promise.all([cheap, whole])
    expect(order).toEqual(['whole chunk 1', 'cheap done', 'whole chunk 2'])
  })

  it('with nothing cheap in flight a turn is one task; a failing cheap request still lets the read go on', async () => {
    const lanes = createLanes()
    await expect(lanes.turn()).resolves.toBeUndefined()
    await expect(lanes.cheap(() => Promise.reject(new Error('no')))).rejects.toThrow('no')
    await expect(lanes.turn()).resolves.toBeUndefined()
  })

  it('reads a snapshot a chunk at a time, and answers nothing if it was replaced between two chunks', async () => {
    const { db, s } = await storedSmall()
    let turns = 0
    expect(await loadSnapshot(db, s.snapshot.id, async () => void turns++)).toEqual(s)
    expect(turns).toBeGreaterThanOrEqual(2) // one before each kind's chunk at least
    // Another tab replaces it while this read waits between chunks.
    const changed = structuredClone(s)
    changed.commitments[0].title = 'Replaced between two chunks'
    const read = await readChangedOnce(db, s.snapshot.id, () => store(db, changed, '2026-02-01T00:00:00.000Z'))
    expect(read).toBeUndefined()
    expect((await loadSnapshot(db, s.snapshot.id))?.commitments[0].title).toBe('Replaced between two chunks')
  })

  it('a snapshot replaced by one of other counts, or deleted, between two chunks is no longer there, not damaged', async () => {
    const { db, s } = await storedSmall()
    const fewer = structuredClone(s)
    fewer.commitments = fewer.commitments.slice(0, 1)
    fewer.agreements = fewer.agreements.filter((a) => a.id === fewer.commitments[0].agreementId)
    const replaced = await readChangedOnce(db, s.snapshot.id, () => store(db, fewer, '2026-02-01T00:00:00.000Z'))
    expect(replaced).toBeUndefined()
    const deleted = await readChangedOnce(db, s.snapshot.id, () => deleteSnapshot(db, s.snapshot.id))
    expect(deleted).toBeUndefined()
  })
})
