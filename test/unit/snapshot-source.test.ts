/** The SnapshotSource contract (src/data/source.ts), run against both implementations. */
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { fixtureText, parsedSnapshot } from '../support/fixtures'
import { CoopDatabase } from '@/db/database'
import { indexedDbSource } from '@/db/source'
import { memorySource } from '@/data/memorySource'
import { transferables } from '@/data/messages'
import { activeSnapshotId, type SnapshotSource } from '@/data/source'
import { encodeColumns } from '@/domain/columns'
import type { Snapshot } from '@/domain/schema'

let n = 0
const meta = { fileName: 'f.json', fileSize: 10, warnings: [], warningCount: 0 }
function snapshot(id: string): Snapshot {
  const raw = JSON.parse(fixtureText('valid/small.json'))
  raw.snapshot.id = id
  return parsedSnapshot(JSON.stringify(raw))
}

describe.each([
  ['IndexedDB', (): SnapshotSource => indexedDbSource(new CoopDatabase(`source-${++n}`))],
  ['memory', (): SnapshotSource => memorySource()],
])('%s source', (_, make) => {
  it('stores a snapshot whole, finds, lists, loads and reads it back, and makes it the one shown', async () => {
    const source = make()
    const s = snapshot('a')
    expect(await source.find('a')).toBeUndefined()
    const record = await source.save(s, encodeColumns(s), { ...meta, importedAt: '2026-01-01T00:00:00.000Z' })
    expect(record).toMatchObject({ id: 'a', importedAt: '2026-01-01T00:00:00.000Z' })
    expect((await source.find('a'))?.id).toBe('a')
    expect((await source.list()).map((r) => r.id)).toEqual(['a'])
    expect(await activeSnapshotId(source)).toBe('a')
    const loaded = await source.load('a')
    expect(loaded?.columns.count).toBe(s.commitments.length)
    expect(await source.snapshot('a')).toEqual(s)
    const rows = await source.rows('a', 'commitments', [2, 0, 99])
    expect(rows.map((r) => (r as { id: string } | undefined)?.id)).toEqual([
      s.commitments[2].id,
      s.commitments[0].id,
      undefined,
    ])
  })

  it('gives columns in buffers of their own: moving them away leaves the stored ones intact', async () => {
    const source = make()
    const s = snapshot('a')
    await source.save(s, encodeColumns(s), meta)
    const first = (await source.load('a'))!
    structuredClone(first, { transfer: transferables(first) })
    expect(first.columns.status.length).toBe(0) // moved
    expect((await source.load('a'))!.columns.status.length).toBe(s.commitments.length)
  })

  it('lists the most recently imported first; replaces under the same id; removes and clears', async () => {
    const source = make()
    for (const [id, at] of [
      ['a', '2026-01-01T00:00:00.000Z'],
      ['b', '2026-02-01T00:00:00.000Z'],
    ] as const)
      await source.save(snapshot(id), encodeColumns(snapshot(id)), { ...meta, importedAt: at })
    expect((await source.list()).map((r) => r.id)).toEqual(['b', 'a'])
    await source.save(snapshot('a'), encodeColumns(snapshot('a')), { ...meta, importedAt: '2026-03-01T00:00:00.000Z' })
    expect((await source.list()).map((r) => r.id)).toEqual(['a', 'b'])
    await source.remove('a')
    expect(await source.find('a')).toBeUndefined()
    expect(await source.load('a')).toBeNull()
    expect(await activeSnapshotId(source)).toBe('b') // the one chosen is gone: the most recent other
    await source.putSetting('x', 1)
    await source.clear()
    expect(await source.list()).toEqual([])
    expect(await source.setting('x')).toBeUndefined()
  })

  it('keeps settings', async () => {
    const source = make()
    expect(await source.setting('sampleDismissed')).toBeUndefined()
    await source.putSetting('sampleDismissed', true)
    expect(await source.setting('sampleDismissed')).toBe(true)
  })
})
