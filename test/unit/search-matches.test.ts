/**
 * The search's rows (stores/explore.ts: searchMatches): asked of the data worker once per search
 * and columns. A search typed again after the box was cleared uses the rows at hand: asking again
 * would redraw every view with the same rows.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref, shallowRef, type EffectScope } from 'vue'
import type { Columns } from '@/domain/columns'
import { NO_FILTERS, type Filters } from '@/domain/filters'
import type { SnapshotRecord } from '@/db/database'
import type { SnapshotRef } from '@/data/messages'
import {
  indexPart,
  partBounds,
  searchRows,
  stringColumn,
  SEARCH_SEPARATOR,
  type IndexLimits,
  type IndexPart,
} from '@/domain/search'

const search = vi.fn(async (_ref: unknown, q: string) => new Uint8Array([q.length, 0, 1]))
/** The worker's index parts: none unless a test says (the index then never reaches the page). */
const searchIndexPart = vi.fn(
  async (_ref: SnapshotRef, _part: number, _limits: IndexLimits): Promise<IndexPart | null> => null,
)
vi.mock('@/data/client', () => ({ dataClient: () => ({ search, searchIndexPart, onOutdated: () => {} }) }))
/** Idle moments come only when a test lets them (`idleNow`). */
const idleTasks: (() => void)[] = []
vi.mock('@/composables/whenIdle', () => ({
  whenAllIdle: (task: () => void) => void idleTasks.push(task),
  whenIdle: (task: () => void) => (idleTasks.push(task), () => {}),
}))
async function idleNow() {
  for (let i = 0; i < 20; i++) {
    idleTasks.splice(0).forEach((task) => task())
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
}
const { searchMatches } = await import('@/stores/explore')

const record = { id: 'r', importedAt: '2026-01-01T00:00:00Z' } as SnapshotRecord
const settle = async () => {
  for (let i = 0; i < 3; i++) await nextTick()
}

describe('searchMatches', () => {
  it('asks once per search and columns; the same search typed again is answered from the rows at hand', async () => {
    search.mockClear()
    const columns = shallowRef({} as Columns)
    const filters = ref<Filters>({ ...NO_FILTERS })
    const { textMatch, waitingForText } = searchMatches(columns, filters, () => record)
    filters.value = { ...NO_FILTERS, q: 'road' }
    expect(waitingForText.value).toBe(true)
    await settle()
    expect(search).toHaveBeenCalledTimes(1)
    expect(waitingForText.value).toBe(false)
    const first = textMatch.value
    expect(first?.q).toBe('road')

    filters.value = { ...NO_FILTERS, q: '' }
    await settle()
    filters.value = { ...NO_FILTERS, q: 'road' }
    // No wait: the rows are there at once, and they are the same rows.
    expect(waitingForText.value).toBe(false)
    await settle()
    expect(search).toHaveBeenCalledTimes(1)
    expect(textMatch.value).toBe(first)

    filters.value = { ...NO_FILTERS, q: 'rail' }
    await settle()
    expect(search).toHaveBeenCalledTimes(2)
    expect(textMatch.value?.q).toBe('rail')

    // Other columns (another snapshot, or the same one replaced): asked again.
    columns.value = {} as Columns
    expect(waitingForText.value).toBe(true)
    await settle()
    expect(search).toHaveBeenCalledTimes(3)
    expect(textMatch.value?.of).toBe(columns.value)
  })
})

describe('searchMatches after a failed search', () => {
  it('the same search typed again is asked again', async () => {
    const { createPinia, setActivePinia } = await import('pinia')
    setActivePinia(createPinia())
    search.mockClear()
    search.mockRejectedValueOnce(new Error('the data worker stopped'))
    const columns = shallowRef({} as Columns)
    const filters = ref<Filters>({ ...NO_FILTERS })
    const { textMatch } = searchMatches(columns, filters, () => record)
    filters.value = { ...NO_FILTERS, q: 'road' }
    await settle()
    expect(search).toHaveBeenCalledTimes(1)
    expect(textMatch.value?.failed).toBe(true)
    filters.value = { ...NO_FILTERS, q: '' }
    await settle()
    filters.value = { ...NO_FILTERS, q: 'road' }
    await settle()
    expect(search).toHaveBeenCalledTimes(2)
    expect(textMatch.value?.failed).toBe(false)
    expect(Array.from(textMatch.value!.rows)).toEqual([4, 0, 1])
  })
})

describe('searchMatches.prepare', () => {
  it('a search found before the filters name it is taken at once: no wait, one request', async () => {
    search.mockClear()
    const columns = shallowRef({} as Columns)
    const filters = ref<Filters>({ ...NO_FILTERS })
    const { textMatch, waitingForText, searching, prepare } = searchMatches(columns, filters, () => record)
    const done = prepare(' water ')
    expect(searching.value).toBe(true)
    expect(waitingForText.value).toBe(false)
    await done
    expect(searching.value).toBe(false)
    expect(search).toHaveBeenCalledTimes(1)
    expect(search.mock.calls[0][1]).toBe('water')
    filters.value = { ...NO_FILTERS, q: 'water' }
    await nextTick()
    expect(waitingForText.value).toBe(false)
    expect(textMatch.value?.q).toBe('water')
    expect(Array.from(textMatch.value!.rows)).toEqual([5, 0, 1])
    await settle()
    expect(search).toHaveBeenCalledTimes(1)
    // Already the filters' search: nothing to ask.
    await prepare('water')
    expect(search).toHaveBeenCalledTimes(1)
  })

  it('a search prepared for other columns is not taken, nor a failed one', async () => {
    search.mockClear()
    const columns = shallowRef({} as Columns)
    const filters = ref<Filters>({ ...NO_FILTERS })
    const { textMatch, waitingForText, prepare } = searchMatches(columns, filters, () => record)
    await prepare('road')
    columns.value = {} as Columns
    filters.value = { ...NO_FILTERS, q: 'road' }
    await nextTick()
    expect(waitingForText.value).toBe(true)
    await settle()
    expect(search).toHaveBeenCalledTimes(2)
    expect(textMatch.value?.of).toBe(columns.value)

    search.mockRejectedValueOnce(new Error('the data worker stopped'))
    await prepare('rail')
    filters.value = { ...NO_FILTERS, q: 'rail' }
    await nextTick()
    expect(waitingForText.value).toBe(true)
    await settle()
    expect(search).toHaveBeenCalledTimes(4)
    expect(textMatch.value?.failed).toBe(false)
  })

  it('a failed prepare is asked again by the next prepare of the same search, which then keeps its rows', async () => {
    search.mockClear()
    const columns = shallowRef({} as Columns)
    const filters = ref<Filters>({ ...NO_FILTERS })
    const { waitingForText, prepare } = searchMatches(columns, filters, () => record)
    search.mockRejectedValueOnce(new Error('the data worker stopped'))
    await prepare('bridge')
    await prepare('bridge')
    expect(search).toHaveBeenCalledTimes(2)
    // The second one's rows are kept: the filters naming it take them, with no wait or request.
    filters.value = { ...NO_FILTERS, q: 'bridge' }
    await nextTick()
    expect(waitingForText.value).toBe(false)
    await settle()
    expect(search).toHaveBeenCalledTimes(2)
  })
})

describe('searchMatches with the index on the page', () => {
  const rows = ['road bridge', 'rail', 'river road', 'Дорога', 'port', 'road']
  const whole = stringColumn(
    rows.map((r) => r.toLowerCase()),
    SEARCH_SEPARATOR,
  )
  /** The worker's side, cut as it cuts: parts of at most 12 characters here (several rows each, or one). */
  function serveParts(limits = { maxChars: 1000, partChars: 12 }) {
    searchIndexPart.mockImplementation(async (_ref, part) => {
      if (whole.text.length > limits.maxChars) return null
      const bounds = partBounds(whole, limits.partChars)
      const [from, to] = [bounds[part], bounds[part + 1]]
      return { part, parts: bounds.length - 1, rows: rows.length, firstRow: from, col: indexPart(whole, from, to) }
    })
  }
  const expected = (q: string) => Array.from(searchRows(whole, q))
  // Each test's searches in a scope of their own, stopped after it; earlier tests' idle work dropped.
  let scope: EffectScope
  beforeEach(() => {
    idleTasks.length = 0
    search.mockClear()
    searchIndexPart.mockClear()
    scope = effectScope()
  })
  afterEach(() => scope.stop())
  const matches = (...args: Parameters<typeof searchMatches>) => scope.run(() => searchMatches(...args))!

  it('once read, a search is answered in the same task, with the worker’s rows, and no request', async () => {
    serveParts()
    const columns = shallowRef({} as Columns)
    const filters = ref<Filters>({ ...NO_FILTERS })
    const { textMatch, waitingForText, indexState, prepare } = matches(columns, filters, () => record)
    expect(indexState.value).toBe('reading')
    // Nothing is read before the page is idle.
    await settle()
    expect(searchIndexPart).not.toHaveBeenCalled()
    await idleNow()
    expect(searchIndexPart.mock.calls.length).toBeGreaterThan(2)
    expect(indexState.value).toBe('ready')

    filters.value = { ...NO_FILTERS, q: 'road' }
    await nextTick()
    expect(waitingForText.value).toBe(false)
    expect(Array.from(textMatch.value!.rows)).toEqual(expected('road'))
    expect(Array.from(textMatch.value!.rows)).toEqual([1, 0, 1, 0, 0, 1])

    // prepare: found at once (the box then writes the address in the same task).
    let prepared = false
    void prepare('ДОРОГА').then(() => (prepared = true))
    await Promise.resolve()
    expect(prepared).toBe(true)
    filters.value = { ...NO_FILTERS, q: 'ДОРОГА' }
    await nextTick()
    expect(Array.from(textMatch.value!.rows)).toEqual([0, 0, 0, 1, 0, 0])
    expect(search).not.toHaveBeenCalled()
  })

  it('an index over the limit stays in the worker: searches are asked there', async () => {
    serveParts({ maxChars: 10, partChars: 12 })
    const columns = shallowRef({} as Columns)
    const filters = ref<Filters>({ ...NO_FILTERS })
    const { indexState, waitingForText } = matches(columns, filters, () => record)
    await idleNow()
    expect(indexState.value).toBe('worker')
    filters.value = { ...NO_FILTERS, q: 'road' }
    await nextTick()
    expect(waitingForText.value).toBe(true)
    await settle()
    expect(search).toHaveBeenCalledTimes(1)
  })

  it('another version shown: the index held is let go, and that version’s is read', async () => {
    serveParts()
    const shown = shallowRef(record)
    const columns = shallowRef({} as Columns)
    const filters = ref<Filters>({ ...NO_FILTERS })
    const { indexState, waitingForText } = matches(columns, filters, () => shown.value)
    await idleNow()
    expect(indexState.value).toBe('ready')
    shown.value = { ...record, importedAt: '2026-02-01T00:00:00Z' }
    columns.value = {} as Columns
    await nextTick()
    expect(indexState.value).toBe('reading')
    filters.value = { ...NO_FILTERS, q: 'rail' }
    await nextTick()
    // Not the other version's index: the worker is asked.
    expect(waitingForText.value).toBe(true)
    await settle()
    expect(search).toHaveBeenCalledTimes(1)
    await idleNow()
    expect(searchIndexPart.mock.calls.at(-1)![0]).toEqual({ id: 'r', importedAt: '2026-02-01T00:00:00Z' })
    expect(indexState.value).toBe('ready')
  })

  it('not eager (a baseline): read only after its first search, from the worker', async () => {
    search.mockClear()
    serveParts()
    const columns = shallowRef({} as Columns)
    const filters = ref<Filters>({ ...NO_FILTERS })
    const { indexState, textMatch } = matches(columns, filters, () => record, false)
    await idleNow()
    expect(indexState.value).toBe('none')
    expect(searchIndexPart).not.toHaveBeenCalled()
    filters.value = { ...NO_FILTERS, q: 'rail' }
    await settle()
    expect(search).toHaveBeenCalledTimes(1)
    await idleNow()
    expect(indexState.value).toBe('ready')
    filters.value = { ...NO_FILTERS, q: 'port' }
    await nextTick()
    expect(Array.from(textMatch.value!.rows)).toEqual(expected('port'))
    expect(search).toHaveBeenCalledTimes(1)
  })
})
