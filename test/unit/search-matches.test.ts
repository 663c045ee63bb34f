/**
 * The search's rows (stores/explore.ts: searchMatches): asked of the data worker once per search
 * and columns. A search typed again after the box was cleared uses the rows at hand: asking again
 * would redraw every view with the same rows.
 */
import { describe, expect, it, vi } from 'vitest'
import { nextTick, ref, shallowRef } from 'vue'
import type { Columns } from '@/domain/columns'
import { NO_FILTERS, type Filters } from '@/domain/filters'
import type { SnapshotRecord } from '@/db/database'

const search = vi.fn(async (_ref: unknown, q: string) => new Uint8Array([q.length, 0, 1]))
vi.mock('@/data/client', () => ({ dataClient: () => ({ search, onOutdated: () => {} }) }))
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
