/**
 * Issue 17, items 2 and 11: two tabs (two data services over one IndexedDB database) importing
 * the same id at once, and a damaged stored chunk.
 */
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { fixtureText } from '../support/fixtures'
import { CoopDatabase, type SnapshotRecord } from '@/db/database'
import { indexedDbSource, openSource } from '@/db/source'
import { memorySource } from '@/data/memorySource'
import { createDataService } from '@/data/service'
import type { SnapshotSource } from '@/data/source'

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
