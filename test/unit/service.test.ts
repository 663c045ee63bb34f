import 'fake-indexeddb/auto'
import { describe, expect, it, vi } from 'vitest'
import { fixtureText, sampleText } from '../support/fixtures'
import { CoopDatabase } from '@/db/database'
import { openSource } from '@/db/source'
import { memorySource } from '@/data/memorySource'
import { refOf, SAMPLE_ID, transferables } from '@/data/messages'
import type { SnapshotRef } from '@/data/snapshotCache'
import { createDataService } from '@/data/service'
import { NO_FILTERS } from '@/domain/filters'
import { searchParts } from '@/domain/search'

const text = fixtureText('valid/small.json')
const file = (t = text, name = 'small.json') => new File([t], name, { type: 'application/json' })
const callbacks = { progress: () => {}, confirmReplace: async () => true }
let n = 0
const serviceOn = (db: CoopDatabase) => createDataService(() => openSource(db, memorySource))

/** A database the browser refuses to open (private mode, a blocking setting), as Dexie reports it. */
function refusedDb() {
  const db = new CoopDatabase(`blocked-${++n}`)
  db.open = (() =>
    Promise.reject(
      Object.assign(new Error('The user denied permission to access the database.'), { name: 'UnknownError' }),
    )) as unknown as typeof db.open
  return db
}

describe('data service', () => {
  it('imports, lists, selects, searches, exports and deletes through IndexedDB', async () => {
    const service = serviceOn(new CoopDatabase(`service-${++n}`))
    expect((await service.state()).storage).toBe('indexeddb')
    const result = await service.importFile(file(), callbacks)
    expect(result.status).toBe('imported')
    const state = await service.state()
    expect(state.snapshots).toHaveLength(1)
    const record = state.snapshots[0]
    expect(state.active?.columns.count).toBe(JSON.parse(text).commitments.length)
    expect(state.active?.record.storedBytes).toBeGreaterThan(0)
    const exported = JSON.parse(await service.snapshotJson(refOf(record)))
    expect(exported.commitments).toHaveLength(JSON.parse(text).commitments.length)
    const rows = await service.rows(refOf(record), [0], [0])
    expect(rows.commitments[0]?.id).toBe(JSON.parse(text).commitments[0].id)
    await service.remove(record.id)
    expect((await service.state()).snapshots).toHaveLength(0)
  })

  it('works from memory for the session when the browser refuses storage', async () => {
    const service = serviceOn(refusedDb())
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
    const ref = refOf(state.snapshots[0])
    expect((await service.text(ref, 'en'))?.titles.starts.length).toBe(JSON.parse(text).commitments.length + 1)
    expect(Array.from(await service.search(ref, JSON.parse(text).commitments[0].id)).filter(Boolean)).toHaveLength(1)
    await service.setSampleDismissed(true)
    expect((await service.state()).sampleDismissed).toBe(true)
    await service.clear()
    expect((await service.state()).snapshots).toHaveLength(0)
  })

  it.each([
    ['IndexedDB', () => new CoopDatabase(`service-${++n}`)],
    ['memory', refusedDb],
  ])('%s: the sample is a snapshot like any other, under its reserved id, and never stored', async (_, db) => {
    const service = serviceOn(db())
    const sample = sampleText()
    const fetched = globalThis.fetch
    globalThis.fetch = (async () => new Response(sample)) as typeof fetch
    try {
      const loaded = await service.sample('sample.json')
      expect(loaded.record.id).toBe(SAMPLE_ID)
      const ref = refOf(loaded.record)
      const rows = await service.rows(ref, [0], [0])
      expect(rows.commitments[0]?.id).toBe(JSON.parse(sample).commitments[0].id)
      expect(JSON.parse(await service.snapshotJson(ref)).snapshot.id).toBe(JSON.parse(sample).snapshot.id)
      expect((await service.text(ref, 'en'))?.titles.starts.length).toBe(JSON.parse(sample).commitments.length + 1)
      expect((await service.state()).snapshots).toEqual([])
      expect(await service.load(SAMPLE_ID)).not.toBeNull()
    } finally {
      globalThis.fetch = fetched
    }
  })

  it('loads any stored snapshot without changing the one shown (several at once)', async () => {
    const service = serviceOn(new CoopDatabase(`service-${++n}`))
    const other = JSON.parse(text)
    other.snapshot.id = 'second'
    await service.importFile(file(), callbacks)
    await service.importFile(file(JSON.stringify(other), 'second.json'), callbacks)
    expect((await service.state()).active?.record.id).toBe('second')
    const first = await service.load(JSON.parse(text).snapshot.id)
    expect(first?.record.id).toBe(JSON.parse(text).snapshot.id)
    expect((await service.state()).active?.record.id).toBe('second')
  })

  it('gives the search index in parts that search as the whole, or none when it is over the limit', async () => {
    const service = serviceOn(new CoopDatabase(`service-${++n}`))
    const result = await service.importFile(file(), callbacks)
    if (result.status !== 'imported') throw new Error('import failed')
    const ref = refOf(result.record)
    const limits = { maxChars: 1_000_000, partChars: 400 }
    const first = await service.searchIndexPart(ref, 0, limits)
    expect(first && first.parts).toBeGreaterThan(1)
    const all = [first!]
    for (let i = 1; i < first!.parts; i++) all.push((await service.searchIndexPart(ref, i, limits))!)
    expect(all.map((p) => p.part)).toEqual([...Array(first!.parts).keys()])
    expect(all.every((p) => p.rows === result.columns.count)).toBe(true)
    const cut = { rows: first!.rows, parts: all.map((p) => ({ firstRow: p.firstRow, col: p.col })) }
    for (const q of [JSON.parse(text).commitments[3].id, 'a', 'trade', 'zzzz'])
      expect(Array.from(searchParts(cut, q))).toEqual(Array.from(await service.search(ref, q)))
    await expect(service.searchIndexPart(ref, first!.parts, limits)).rejects.toThrow(RangeError)
    expect(await service.searchIndexPart(ref, 0, { maxChars: 100, partChars: 40 })).toBeNull()
    // What it answers crosses to the page with its offsets moved, not copied: what it keeps stays whole.
    const sent = (await service.searchIndexPart(ref, 0, limits))!
    structuredClone(sent, { transfer: transferables(sent) })
    expect(sent.col.starts.length).toBe(0)
    expect(Array.from((await service.searchIndexPart(ref, 0, limits))!.col.starts)).toEqual(
      Array.from(first!.col.starts),
    )
    expect(Array.from(await service.search(ref, 'a'))).toEqual(Array.from(searchParts(cut, 'a')))
  })

  it('refuses to read a version of a snapshot that is no longer stored (replaced elsewhere)', async () => {
    const db = new CoopDatabase(`service-${++n}`)
    const mine = serviceOn(db)
    const first = await mine.importFile(file(), callbacks)
    if (first.status !== 'imported') throw new Error('import failed')
    const oldRef = refOf(first.record)
    // Another tab's worker (another service over the same database) replaces it.
    const changed = JSON.parse(text)
    changed.commitments[0].title = 'Replaced elsewhere'
    await new Promise((r) => setTimeout(r, 5)) // a later importedAt
    const theirs = serviceOn(db)
    const second = await theirs.importFile(file(JSON.stringify(changed)), callbacks)
    if (second.status !== 'imported') throw new Error('import failed')
    // What this tab's worker had at hand of the old version is not served as the new one, and
    // the old version is not served from storage either.
    await expect(mine.rows({ ...oldRef }, [0], [0])).resolves.toBeDefined() // still cached: same version
    const fresh = serviceOn(db)
    await expect(fresh.rows(oldRef, [0], [0])).rejects.toThrow(/no longer stored/)
    await expect(fresh.snapshotJson(oldRef)).rejects.toThrow(/no longer stored/)
    const rows = await fresh.rows(refOf(second.record), [0], [0])
    expect(rows.commitments[0]?.title).toBe('Replaced elsewhere')
  })

  it('serves an import shown and not stored yet, whatever else is read meanwhile', async () => {
    const service = serviceOn(new CoopDatabase(`service-${++n}`))
    const withId = (id: string) => {
      const s = JSON.parse(text)
      s.snapshot.id = id
      s.commitments[0].title = `First of ${id}`
      return file(JSON.stringify(s), `${id}.json`)
    }
    const a = await service.importFile(withId('a'), callbacks)
    const c = await service.importFile(withId('c'), callbacks)
    if (a.status !== 'imported' || c.status !== 'imported') throw new Error('import failed')
    // The page draws the new import; the worker stores it once the page says it is drawn.
    let drawn = () => {}
    let shown: SnapshotRef | undefined
    const importing = service.importFile(withId('b'), {
      ...callbacks,
      checked: (loaded) => {
        shown = refOf(loaded.record)
        return new Promise<void>((resolve) => (drawn = resolve))
      },
    })
    await vi.waitFor(() => expect(shown).toBeDefined())
    // Two other reports read meanwhile (a comparison): more than the cache holds.
    await service.text(refOf(a.record), 'en')
    await service.text(refOf(c.record), 'en')
    expect((await service.rows(shown!, [0], [0])).commitments[0]?.title).toBe('First of b')
    expect((await service.rows(refOf(a.record), [0], [0])).commitments[0]?.title).toBe('First of a')
    drawn()
    expect((await importing).status).toBe('imported')
  })
})

describe('data service: several reports', () => {
  const report = (id: string, asOf: string, statuses: Record<number, string> = {}) => {
    const s = JSON.parse(text)
    s.snapshot.id = id
    s.snapshot.asOf = asOf
    for (const [k, status] of Object.entries(statuses)) s.commitments[Number(k)].status = status
    return file(JSON.stringify(s), `${id}.json`)
  }

  it('state(asked) shows a link’s stored report and remembers it; an unknown one is said, not an error', async () => {
    const service = serviceOn(new CoopDatabase(`series-${++n}`))
    await service.importFile(report('r1', '2026-06-30'), callbacks)
    await service.importFile(report('r2', '2026-12-31'), callbacks)
    expect((await service.state()).active?.record.id).toBe('r2')
    const asked = await service.state('r1')
    expect([asked.active?.record.id, asked.askedMissing]).toEqual(['r1', false])
    expect((await service.state()).active?.record.id).toBe('r1')
    const missing = await service.state('nope')
    expect([missing.active?.record.id, missing.askedMissing]).toEqual(['r1', true])
  })

  it('counts the trend of each report under the filters, and refuses a version no longer stored', async () => {
    const service = serviceOn(new CoopDatabase(`trend-${++n}`))
    await service.importFile(report('r1', '2026-06-30'), callbacks)
    await service.importFile(report('r2', '2026-12-31', { 0: 'completed', 1: 'completed' }), callbacks)
    const records = await service.list()
    const refs = ['r1', 'r2'].map((id) => refOf(records.find((r) => r.id === id)!))
    const all = JSON.parse(text).commitments as { status: string; sphere: string }[]
    const points = await service.trend(refs, { ...NO_FILTERS })
    expect(points.map((p) => [p.id, p.asOf, p.total])).toEqual([
      ['r1', '2026-06-30', all.length],
      ['r2', '2026-12-31', all.length],
    ])
    const done = all.filter((c) => c.status === 'completed').length
    expect(points[0].counts.completed).toBe(done)
    expect(points[1].counts.completed).toBe(done + [0, 1].filter((k) => all[k].status !== 'completed').length)
    const sphere = all[0].sphere
    const narrowed = await service.trend(refs, { ...NO_FILTERS, spheres: [sphere] })
    expect(narrowed[0].total).toBe(all.filter((c) => c.sphere === sphere).length)
    // r1 replaced: the old version is no longer there to count.
    await service.importFile(report('r1', '2026-06-30'), callbacks)
    await expect(service.trend(refs, { ...NO_FILTERS })).rejects.toThrow(/no longer stored/)
  })
})
