/**
 * Issue 17, items 2 and 11: two tabs (two data services over one IndexedDB database) importing
 * the same id at once, and a damaged stored chunk.
 */
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { fixtureText } from '../support/fixtures'
import { CoopDatabase, type SnapshotRecord } from '@/db/database'
import { SaveConflictError } from '@/db/repository'
import { encodeColumns } from '@/domain/columns'
import { parseSnapshotText } from '@/import/parse'
import { indexedDbSource, openSource } from '@/db/source'
import { memorySource } from '@/data/memorySource'
import { createDataService } from '@/data/service'
import type { SnapshotSource } from '@/data/source'
import { readFailureOf } from '@/stores/shownVersion'

const text = fixtureText('valid/small.json')
const id = JSON.parse(text).snapshot.id as string
const file = (t: string, name: string) => new File([t], name, { type: 'application/json' })
let n = 0

/**
 * The source of one tab, whose "already stored?" look-up answers only once both tabs have asked:
 * the race of two tabs that check before either has saved, made certain instead of likely.
 */
function racingSources(db: CoopDatabase, tabs: number) {
  let asked = 0
  let release!: () => void
  const bothAsked = new Promise<void>((resolve) => (release = resolve))
  return Array.from({ length: tabs }, (): SnapshotSource => {
    const source = indexedDbSource(db)
    return {
      ...source,
      async find(wanted) {
        const found = await source.find(wanted)
        if (++asked === tabs) release()
        await bothAsked
        return found
      },
    }
  })
}

describe('two tabs importing the same id at once (item 2)', () => {
  it('do not both say "imported": the second is asked about the first', async () => {
    const db = new CoopDatabase(`tabs-${++n}`)
    await db.open()
    const [a, b] = racingSources(db, 2).map((source) => createDataService(async () => source))
    const asked: Record<string, SnapshotRecord[]> = { a: [], b: [] }
    const answer = (tab: 'a' | 'b', replace: boolean) => ({
      progress: () => {},
      confirmReplace: async (existing: SnapshotRecord) => (asked[tab].push(existing), replace),
    })
    const changed = JSON.parse(text)
    changed.commitments[0].title = 'From tab B'
    const [ra, rb] = await Promise.all([
      a.importFile(file(text, 'a.json'), answer('a', false)),
      b.importFile(file(JSON.stringify(changed), 'b.json'), answer('b', false)),
    ])
    const statuses = [ra.status, rb.status].sort()
    // One stored without a question; the other found it at its save and was asked (and said no).
    expect(statuses).toEqual(['cancelled', 'imported'])
    expect(asked.a.length + asked.b.length).toBe(1)
    const stored = await createDataService(() => openSource(db, memorySource)).list()
    expect(stored).toHaveLength(1)
    const winner = ra.status === 'imported' ? ra : rb
    if (winner.status !== 'imported') throw new Error('unreachable')
    // The question named the version that is stored, and what is stored is that version whole.
    expect([...asked.a, ...asked.b][0].importedAt).toBe(winner.record.importedAt)
    expect(stored[0].importedAt).toBe(winner.record.importedAt)
    expect(stored[0].source.fileName).toBe(winner.record.source.fileName)
  })

  it('replace when the user says so: the last answer wins, and nothing is half-stored', async () => {
    const db = new CoopDatabase(`tabs-${++n}`)
    await db.open()
    const [a, b] = racingSources(db, 2).map((source) => createDataService(async () => source))
    let questions = 0
    const yes = {
      progress: () => {},
      confirmReplace: async () => (questions++, true),
    }
    const changed = JSON.parse(text)
    changed.commitments[0].title = 'From tab B'
    const results = await Promise.all([
      a.importFile(file(text, 'a.json'), yes),
      b.importFile(file(JSON.stringify(changed), 'b.json'), yes),
    ])
    expect(results.map((r) => r.status)).toEqual(['imported', 'imported'])
    expect(questions).toBe(1)
    const fresh = createDataService(() => openSource(db, memorySource))
    const stored = await fresh.list()
    expect(stored).toHaveLength(1)
    const last = results.find((r) => r.status === 'imported' && r.record.importedAt === stored[0].importedAt)
    expect(last).toBeDefined()
    const json = JSON.parse(await fresh.snapshotJson({ id, importedAt: stored[0].importedAt }))
    expect(json.commitments[0].title).toEqual(
      stored[0].source.fileName === 'b.json' ? 'From tab B' : JSON.parse(text).commitments[0].title,
    )
  })
})

describe('a damaged stored chunk (item 11)', () => {
  /** Two snapshots stored; the first one's chunk then damaged by `damage`. */
  async function damagedDb(damage: (db: CoopDatabase) => Promise<unknown>) {
    const db = new CoopDatabase(`damaged-${++n}`)
    const service = createDataService(() => openSource(db, memorySource))
    const callbacks = { progress: () => {}, confirmReplace: async () => true }
    const other = JSON.parse(text)
    other.snapshot.id = 'intact'
    for (const [t, name] of [
      [text, 'small.json'],
      [JSON.stringify(other), 'intact.json'],
    ])
      if ((await service.importFile(file(t, name), callbacks)).status !== 'imported') throw new Error('not imported')
    await damage(db)
    // A fresh worker (a reload): nothing at hand, everything read back from storage.
    const fresh = createDataService(() => openSource(db, memorySource))
    const records = await fresh.list()
    const ref = (wanted: string) => {
      const r = records.find((x) => x.id === wanted)!
      return { id: r.id, importedAt: r.importedAt }
    }
    return { fresh, damaged: ref(id), intact: ref('intact') }
  }

  const damages: [string, (db: CoopDatabase) => Promise<unknown>][] = [
    ['deleted', (db) => db.chunks.delete([id, 'commitments', 0])],
    [
      'overwritten with garbage',
      (db) => db.chunks.put({ snapshotId: id, kind: 'commitments', index: 0, json: '[{"id' }),
    ],
    [
      'overwritten with another shape',
      (db) => db.chunks.put({ snapshotId: id, kind: 'commitments', index: 0, json: '[1,2]' }),
    ],
    ['not a chunk at all', (db) => db.chunks.put({ snapshotId: id, kind: 'commitments', index: 0 } as never)],
  ]

  it.each(damages)('a chunk %s: every read says which snapshot is damaged; the others work', async (_, damage) => {
    const { fresh, damaged, intact } = await damagedDb(damage)
    const isDamaged = (e: unknown) => readFailureOf(e) === 'damaged' && String(e).includes(JSON.stringify(id))
    for (const read of [
      () => fresh.text(damaged, 'en'),
      () => fresh.rows(damaged, [0], [0]),
      () => fresh.search(damaged, 'a'),
      () => fresh.snapshotJson(damaged),
    ]) {
      const error = await read().then(
        () => null,
        (e: unknown) => e,
      )
      expect(error && isDamaged(error), String(error)).toBe(true)
    }
    // The snapshot's record and columns still load (the dashboard counts), and the others are whole.
    expect((await fresh.load(id))?.columns.count).toBe(JSON.parse(text).commitments.length)
    expect((await fresh.text(intact, 'en'))?.titles).toBeDefined()
    expect((await fresh.rows(intact, [0], [0])).commitments[0]?.id).toBe(JSON.parse(text).commitments[0].id)
    // Deleting the damaged one works and leaves the other.
    await fresh.remove(id)
    expect((await fresh.list()).map((r) => r.id)).toEqual(['intact'])
  })

  it('a read past the stored rows is no damage: it finds nothing', async () => {
    const { fresh, intact } = await damagedDb(async () => {})
    const rows = await fresh.rows(intact, [10_000_000], [])
    expect(rows.commitments).toEqual([undefined])
  })
})

describe('what a failed read means for the page', () => {
  it('tells a version replaced elsewhere from a damaged one, as the worker words them', () => {
    expect(readFailureOf(new Error('StaleSnapshotError: snapshot x of 1 is no longer stored'))).toBe('stale')
    expect(readFailureOf(new Error('DamagedSnapshotError: the stored snapshot "x" is damaged'))).toBe('damaged')
    expect(readFailureOf(new Error('TypeError: x'))).toBe('other')
    expect(readFailureOf('DamagedSnapshotError')).toBe('other')
  })
})

describe('damaged stored columns (item 11)', () => {
  it('are derived again from the rows, not shown', async () => {
    const db = new CoopDatabase(`columns-${++n}`)
    const service = createDataService(() => openSource(db, memorySource))
    const callbacks = { progress: () => {}, confirmReplace: async () => true }
    expect((await service.importFile(file(text, 'small.json'), callbacks)).status).toBe('imported')
    const stored = await db.columns.get(id)
    await db.columns.put({ snapshotId: id, columns: { ...stored!.columns, status: new Uint8Array(1) } })
    const loaded = await createDataService(() => openSource(db, memorySource)).load(id)
    expect(loaded?.columns.status.length).toBe(JSON.parse(text).commitments.length)
    expect((await db.columns.get(id))?.columns.status.length).toBe(JSON.parse(text).commitments.length)
  })
})

describe.each([
  ['IndexedDB', (): SnapshotSource => indexedDbSource(new CoopDatabase(`conflict-${++n}`))],
  ['memory', (): SnapshotSource => memorySource()],
])('%s source: a save checks what its replace question saw (item 2)', (_, make) => {
  it('refuses when another version is stored than the one the user agreed to replace', async () => {
    const source = make()
    const parsed = parseSnapshotText(text)
    if (!parsed.ok) throw new Error('small.json refused')
    const s = parsed.snapshot
    const meta = { fileName: 'f.json', fileSize: 1, warnings: [], warningCount: 0 }
    const first = await source.save(s, encodeColumns(s), { ...meta, replaces: null })
    // Saved as "nothing stored" while something is: refused, naming what is stored; nothing changed.
    const refused = await source
      .save(s, encodeColumns(s), { ...meta, fileName: 'g.json', replaces: null })
      .catch((e) => e)
    expect(refused).toBeInstanceOf(SaveConflictError)
    expect((refused as SaveConflictError).current?.importedAt).toBe(first.importedAt)
    expect((await source.find(id))?.source.fileName).toBe('f.json')
    await expect(source.save(s, encodeColumns(s), { ...meta, replaces: 'another version' })).rejects.toThrow(
      SaveConflictError,
    )
    // Replacing what is stored, as asked: stored.
    const second = await source.save(s, encodeColumns(s), { ...meta, fileName: 'h.json', replaces: first.importedAt })
    expect((await source.find(id))?.importedAt).toBe(second.importedAt)
  })
})
