import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { fixtureText } from '../support/fixtures'
import { CoopDatabase } from '@/db/database'
import { transferables } from '@/import/messages'
import { createDataService } from '@/import/service'

const text = fixtureText('valid/small.json')
const file = (t = text, name = 'small.json') => new File([t], name, { type: 'application/json' })
const callbacks = { progress: () => {}, confirmReplace: async () => true }
let n = 0

describe('data service', () => {
  it('imports, lists, selects, searches, exports and deletes through IndexedDB', async () => {
    const db = new CoopDatabase(`service-${++n}`)
    const service = createDataService(() => db)
    expect((await service.state()).storage).toBe('indexeddb')
    const result = await service.importFile(file(), callbacks)
    expect(result.status).toBe('imported')
    const state = await service.state()
    expect(state.snapshots).toHaveLength(1)
    const id = state.snapshots[0].id
    expect(state.active?.columns.count).toBe(JSON.parse(text).commitments.length)
    expect(state.active?.record.storedBytes).toBeGreaterThan(0)
    const exported = JSON.parse(await service.snapshotJson(id, false))
    expect(exported.commitments).toHaveLength(JSON.parse(text).commitments.length)
    const rows = await service.rows(id, false, [0], [0])
    expect(rows.commitments[0]?.id).toBe(JSON.parse(text).commitments[0].id)
    await service.remove(id)
    expect((await service.state()).snapshots).toHaveLength(0)
  })

  it('works from memory for the session when the browser refuses storage', async () => {
    const db = new CoopDatabase(`blocked-${++n}`)
    // What Dexie reports when the browser refuses IndexedDB (private mode, a blocking setting).
    db.open = (() =>
      Promise.reject(
        Object.assign(new Error('The user denied permission to access the database.'), { name: 'UnknownError' }),
      )) as unknown as typeof db.open
    const service = createDataService(() => db)
    const first = await service.state()
    expect(first.storage).toBe('memory')
    expect(first.active).toBeNull()
    const result = await service.importFile(file(), callbacks)
    expect(result.status).toBe('imported')
    // The worker moves the buffers of what it answers to the page: what it keeps must not go with them.
    structuredClone(result, { transfer: transferables(result) })
    const state = await service.state()
    expect(state.storage).toBe('memory')
    expect(state.snapshots.map((s) => s.id)).toEqual([JSON.parse(text).snapshot.id])
    expect(state.active?.columns.count).toBe(JSON.parse(text).commitments.length)
    structuredClone(state, { transfer: transferables(state) })
    const again = await service.select(state.snapshots[0].id)
    expect(again?.columns.status.length).toBe(JSON.parse(text).commitments.length)
    const id = state.snapshots[0].id
    expect((await service.text(id, 'en', false))?.titles.starts.length).toBe(JSON.parse(text).commitments.length + 1)
    expect(
      Array.from(await service.search(id, false, JSON.parse(text).commitments[0].id)).filter(Boolean),
    ).toHaveLength(1)
    await service.setSampleDismissed(true)
    expect((await service.state()).sampleDismissed).toBe(true)
    await service.clear()
    expect((await service.state()).snapshots).toHaveLength(0)
  })
})
