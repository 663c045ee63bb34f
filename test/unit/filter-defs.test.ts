/**
 * The filter table (src/domain/filterDefs.ts): every filter has its own bit, its parameter, its
 * chips and its words; and the recurrence filter, added as one descriptor, works end to end in Node
 * (link -> filters -> one pass -> chips -> link).
 */
import { describe, expect, it } from 'vitest'
import { fixtureSnapshot } from '../support/fixtures'
import { encodeColumns } from '@/domain/columns'
import { CLASS_BIT } from '@/domain/compare'
import { DIM } from '@/domain/dims'
import {
  activeFilterCount,
  FILTER_DEFS,
  MAX_LINK_VALUES,
  MENU_FILTERS,
  RECURRENCE,
  type FilterWords,
} from '@/domain/filterDefs'
import { FILTER_PARAMS, filtersFromQuery, filtersToQuery } from '@/domain/filterQuery'
import { filterAndAggregate, hasFilters, NO_FILTERS, type Filters } from '@/domain/filters'
import type { Snapshot } from '@/domain/schema'
import { filterChips, filtersInWords } from '@/export/filtersInWords'

const words: FilterWords = {
  t: (key) => `<${key}>`,
  sphere: (id) => `sphere ${id}`,
  country: (code) => `country ${code}`,
  agreement: (id) => `agreement ${id}`,
}

const small = (): Snapshot => fixtureSnapshot('valid/small.json')

describe('the filter table', () => {
  it('every filter has its own bit, its own parameter and an off value that hasFilters reads as off', () => {
    const bits = FILTER_DEFS.map((d) => d.bit)
    expect(new Set(bits).size).toBe(bits.length)
    for (const bit of bits) expect(Object.values(DIM)).toContain(bit)
    expect(bits).not.toContain(DIM.scope)
    const params = FILTER_DEFS.map((d) => d.param)
    expect(new Set(params).size).toBe(params.length)
    expect(FILTER_PARAMS).toEqual([...params, 'axis'])
    for (const d of FILTER_DEFS) expect(NO_FILTERS[d.key]).toEqual(d.off)
    expect(hasFilters(NO_FILTERS)).toBe(false)
  })

  it('counts the filter values that apply as the chips do, every filter included (the phone fold shows it)', () => {
    const f: Filters = {
      ...NO_FILTERS,
      spheres: ['energy', 'ecology'],
      recurrence: ['annual'],
      agreements: ['A1'],
      year: { from: 2024, to: 2025 },
      overdue: true,
      q: 'aral',
    }
    expect(activeFilterCount(f)).toBe(7)
    expect(activeFilterCount(f)).toBe(filterChips(f, words).length)
    expect(activeFilterCount({ ...NO_FILTERS, axis: 'due' })).toBe(0)
  })

  it('one filter picks countries (the pass holds one table of them); the row filters (search, change classes) add their own bits', () => {
    expect(FILTER_DEFS.filter((d) => d.unit === 'country')).toHaveLength(1)
    expect(FILTER_DEFS.filter((d) => d.unit === 'row').map((d) => d.key)).toEqual(['q', 'change'])
    const cols = encodeColumns(small())
    const n = cols.count
    const textMatch = Uint8Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 1 : 0))
    const changeClasses = Uint16Array.from({ length: n }, (_, i) =>
      i % 3 === 0 ? CLASS_BIT.completed : CLASS_BIT.unchanged,
    )
    const f = { ...NO_FILTERS, q: 'x', change: ['completed' as const] }
    const { fails } = filterAndAggregate(cols, f, { textMatch, changeClasses })
    for (let i = 0; i < n; i++) expect(fails[i]).toBe((i % 2 === 0 ? 0 : DIM.search) | (i % 3 === 0 ? 0 : DIM.change))
  })

  it('the filter bar offers a menu for every list filter but the agreement (set from its page)', () => {
    expect(MENU_FILTERS.map((d) => d.key)).toEqual([
      'spheres',
      'countries',
      'statuses',
      'types',
      'kinds',
      'owedBy',
      'recurrence',
    ])
  })
})

describe('the recurrence filter (one descriptor)', () => {
  const snapshot = small()
  // small.json has no recurrence: make three of its commitments annual and one standing.
  snapshot.commitments[0].recurrence = 'annual'
  snapshot.commitments[4].recurrence = 'annual'
  snapshot.commitments[7].recurrence = 'annual'
  snapshot.commitments[9].recurrence = 'standing'
  const cols = encodeColumns(snapshot)
  const passing = (f: Filters) => {
    const { fails } = filterAndAggregate(cols, f)
    return snapshot.commitments.filter((_, i) => fails[i] === 0).map((c) => c.id)
  }

  it('reads recurrence= from a link, drops what it does not know, and writes it back', () => {
    const { filters, dropped } = filtersFromQuery({ recurrence: 'annual,weekly,standing' })
    expect(filters.recurrence).toEqual(['annual', 'standing'])
    expect(dropped).toEqual([{ param: 'recurrence', value: 'weekly' }])
    expect(filtersToQuery(filters)).toEqual({ recurrence: 'annual,standing' })
  })

  it('keeps exactly the rows of the selected recurrences, and fails the others on its own bit only', () => {
    const f = { ...NO_FILTERS, recurrence: ['annual' as const] }
    expect(passing(f)).toEqual([0, 4, 7].map((i) => snapshot.commitments[i].id))
    const { fails, summary } = filterAndAggregate(cols, f)
    expect(new Set(Array.from(fails).filter((b) => b !== 0))).toEqual(new Set([DIM.recurrence]))
    expect(summary.kpi.commitments).toBe(3)
    expect(passing({ ...NO_FILTERS, recurrence: ['once'] })).toHaveLength(snapshot.commitments.length - 4)
    expect(passing({ ...NO_FILTERS, recurrence: ['once', 'annual', 'standing'] })).toHaveLength(
      snapshot.commitments.length,
    )
  })

  it('combines with the other filters of the same row byte (status, overdue)', () => {
    const statuses = [0, 4, 7].map((i) => snapshot.commitments[i].status)
    const f = { ...NO_FILTERS, recurrence: ['annual' as const], statuses: [statuses[0]] }
    const expected = [0, 4, 7].filter((i) => snapshot.commitments[i].status === statuses[0])
    expect(passing(f)).toEqual(expected.map((i) => snapshot.commitments[i].id))
  })

  it('has a chip per value, removable one by one, and words for exports', () => {
    const f = { ...NO_FILTERS, recurrence: ['annual' as const, 'standing' as const] }
    const chips = filterChips(f, words)
    expect(chips).toEqual([
      {
        id: 'recurrence:annual',
        kind: '<filters.recurrence>',
        label: '<recurrence.annual>',
        remove: { recurrence: ['standing'] },
      },
      {
        id: 'recurrence:standing',
        kind: '<filters.recurrence>',
        label: '<recurrence.standing>',
        remove: { recurrence: ['annual'] },
      },
    ])
    expect(filtersInWords(f, words)).toEqual(['<filters.recurrence>: <recurrence.annual>, <recurrence.standing>'])
    expect(RECURRENCE.label!('once', words)).toBe('<recurrence.once>')
  })
})

describe('links that carry too much or name what is not there', () => {
  it('drops agreement ids the snapshot does not have, with a notice', () => {
    const { filters, dropped } = filtersFromQuery({ agreement: 'A1,NOPE' }, { agreements: ['A1', 'A2'] })
    expect(filters.agreements).toEqual(['A1'])
    expect(dropped).toEqual([{ param: 'agreement', value: 'NOPE' }])
  })

  it(`keeps at most ${MAX_LINK_VALUES} values of one filter, the rest reported as dropped`, () => {
    const ids = Array.from({ length: MAX_LINK_VALUES + 50 }, (_, i) => `A${i}`)
    const { filters, dropped } = filtersFromQuery({ agreement: ids.join(',') })
    expect(filters.agreements).toEqual(ids.slice(0, MAX_LINK_VALUES))
    expect(dropped.map((d) => d.value)).toEqual(ids.slice(MAX_LINK_VALUES))
  })
})
