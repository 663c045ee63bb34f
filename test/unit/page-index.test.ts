/**
 * Reading the worker's search index onto the page (src/data/pageIndex.ts): one part per idle
 * moment, the parts checked to join up, nothing kept when another snapshot is shown meanwhile.
 */
import { describe, expect, it, vi } from 'vitest'
import { readSearchIndex } from '@/data/pageIndex'
import {
  indexPart,
  partBounds,
  searchParts,
  searchRows,
  SEARCH_SEPARATOR,
  stringColumn,
  type IndexPart,
} from '@/domain/search'

const rows = ['trade house', 'student exchange', 'flood warning', 'rail link', 'trade fair', 'Дорога']
const whole = stringColumn(
  rows.map((r) => r.toLowerCase()),
  SEARCH_SEPARATOR,
)
const limits = { maxChars: 10_000, partChars: 30 }
const ref = { id: 's', importedAt: '2026-01-01T00:00:00Z' }

/** The worker's answers, as the service cuts them; `change` alters one before it is sent. */
function worker(change?: (part: IndexPart) => IndexPart) {
  const bounds = partBounds(whole, limits.partChars)
  return vi.fn(async (_ref: unknown, part: number): Promise<IndexPart | null> => {
    const [from, to] = [bounds[part], bounds[part + 1]]
    const sent = { part, parts: bounds.length - 1, rows: rows.length, firstRow: from, col: indexPart(whole, from, to) }
    return change ? change(sent) : sent
  })
}

describe('readSearchIndex', () => {
  it('reads every part, each after an idle moment, and searches as the whole index', async () => {
    const searchIndexPart = worker()
    const idle = vi.fn(async () => {})
    const index = await readSearchIndex(ref, () => true, { api: { searchIndexPart }, idle, limits })
    const parts = partBounds(whole, limits.partChars).length - 1
    expect(parts).toBeGreaterThan(2)
    expect(searchIndexPart).toHaveBeenCalledTimes(parts)
    expect(idle).toHaveBeenCalledTimes(parts)
    expect(searchIndexPart.mock.calls.map((c) => c[1])).toEqual([...Array(parts).keys()])
    for (const q of ['trade', 'ДОРОГА', 'a', 'link rail', 'none'])
      expect(Array.from(searchParts(index!, q))).toEqual(Array.from(searchRows(whole, q)))
  })

  it('keeps nothing when the snapshot is no longer the one wanted, midway', async () => {
    const searchIndexPart = worker()
    let wanted = true
    const idle = async () => {
      if (searchIndexPart.mock.calls.length === 2) wanted = false
    }
    expect(await readSearchIndex(ref, () => wanted, { api: { searchIndexPart }, idle, limits })).toBeNull()
    expect(searchIndexPart).toHaveBeenCalledTimes(2)
  })

  it('keeps nothing when the worker keeps the index (over the limit), fails, or sends parts that do not join up', async () => {
    const idle = async () => {}
    const read = (searchIndexPart: ReturnType<typeof worker>) =>
      readSearchIndex(ref, () => true, { api: { searchIndexPart }, idle, limits })
    expect(await read(vi.fn(async () => null))).toBeNull()
    expect(await read(vi.fn(() => Promise.reject(new Error('the data worker stopped'))))).toBeNull()
    expect(await read(worker((p) => (p.part === 1 ? { ...p, firstRow: p.firstRow + 1 } : p)))).toBeNull()
    expect(await read(worker((p) => (p.part === 1 ? { ...p, parts: p.parts + 1 } : p)))).toBeNull()
    expect(await read(worker((p) => ({ ...p, col: { ...p.col, text: p.col.text.slice(1) } })))).toBeNull()
    expect(await read(worker((p) => ({ ...p, rows: p.rows + 1 })))).toBeNull()
  })
})
