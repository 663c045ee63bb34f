/**
 * Filters <-> URL query (shared/test-hooks.md, "Shareable links").
 */
import fc from 'fast-check'
import { CHANGE_CLASSES } from '@/domain/compare'
import { describe, expect, it } from 'vitest'
import { filtersFromQuery, filtersToQuery, keepUnchanged, type Query } from '@/domain/filterQuery'
import { NO_FILTERS, type Filters } from '@/domain/filters'
import { AGREEMENT_TYPES, BUILTIN_SPHERES, OWED_BY, PARTY_KINDS, RECURRENCES, STATUSES } from '@/domain/vocab'

const f = (over: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...over })
/** A query string as the browser hands it over (`?a=b&c=d`) -> the Query object. */
const parse = (search: string): Query => Object.fromEntries(new URLSearchParams(search))
const from = (search: string, declared: string[] = []) => filtersFromQuery(parse(search), { spheres: declared })

describe('links from shared/test-hooks.md', () => {
  it('sphere=digitalization&year=2024', () => {
    expect(from('?sphere=digitalization&year=2024')).toEqual({
      filters: f({ spheres: ['digitalization'], year: { from: 2024, to: 2024 } }),
      dropped: [],
    })
  })

  it('year=2021-2024', () => {
    expect(from('year=2021-2024')).toEqual({ filters: f({ year: { from: 2021, to: 2024 } }), dropped: [] })
  })

  it('axis=due, axis=signed', () => {
    expect(from('axis=due').filters).toEqual(f({ axis: 'due' }))
    expect(from('axis=signed')).toEqual({ filters: NO_FILTERS, dropped: [] })
  })

  it('overdue=1 (and its spellings)', () => {
    expect(from('overdue=1')).toEqual({ filters: f({ overdue: true }), dropped: [] })
    expect(from('overdue=true').filters.overdue).toBe(true)
    expect(from('overdue=0')).toEqual({ filters: NO_FILTERS, dropped: [] })
    expect(from('overdue=false')).toEqual({ filters: NO_FILTERS, dropped: [] })
  })

  it('q: the search text, trimmed, any script and any character', () => {
    expect(from('q=energy+dialogue').filters.q).toBe('energy dialogue')
    expect(from('q=%20%20Меморандум%20о%20сотрудничестве%20').filters.q).toBe('Меморандум о сотрудничестве')
    expect(from(`q=${encodeURIComponent('a&b=c #d, e')}`)).toEqual({ filters: f({ q: 'a&b=c #d, e' }), dropped: [] })
    expect(from('q=').filters.q).toBe('')
  })

  it('every list parameter, comma-separated', () => {
    const { filters, dropped } = from(
      'sphere=energy,ecology&country=KZ,MN&status=completed,in_progress&type=memorandum,treaty&kind=city&owed=home,joint&agreement=A1,A-2',
    )
    expect(dropped).toEqual([])
    expect(filters).toEqual(
      f({
        spheres: ['energy', 'ecology'],
        countries: ['KZ', 'MN'],
        statuses: ['completed', 'in_progress'],
        types: ['memorandum', 'treaty'],
        kinds: ['city'],
        owedBy: ['home', 'joint'],
        agreements: ['A1', 'A-2'],
      }),
    )
  })

  it('year=none: the bucket of commitments without a due date', () => {
    expect(from('year=none&axis=due').filters).toEqual(f({ year: 'none', axis: 'due' }))
  })

  it("a repeated parameter (an array in the router's query) is read as one list; null entries are skipped", () => {
    expect(filtersFromQuery({ sphere: ['energy', null, 'ecology'], country: [null] })).toEqual({
      filters: f({ spheres: ['energy', 'ecology'] }),
      dropped: [],
    })
    expect(filtersFromQuery({ sphere: null, q: undefined })).toEqual({ filters: NO_FILTERS, dropped: [] })
  })
})

describe('what a link may get wrong', () => {
  it('unknown parameter names are ignored, not reported', () => {
    expect(from('foo=bar&page=2&utm_source=mail&Sphere=energy')).toEqual({ filters: NO_FILTERS, dropped: [] })
  })

  it('unknown values are dropped and reported; the rest of the link still applies', () => {
    const { filters, dropped } = from(
      'sphere=nope,digitalization&country=XX,KZ&status=done&year=20x4&type=pact&kind=king&owed=them&axis=sideways&overdue=maybe',
    )
    expect(filters).toEqual(f({ spheres: ['digitalization'], countries: ['KZ'] }))
    expect(dropped).toEqual(
      expect.arrayContaining([
        { param: 'sphere', value: 'nope' },
        { param: 'country', value: 'XX' },
        { param: 'status', value: 'done' },
        { param: 'year', value: '20x4' },
        { param: 'type', value: 'pact' },
        { param: 'kind', value: 'king' },
        { param: 'owed', value: 'them' },
        { param: 'axis', value: 'sideways' },
        { param: 'overdue', value: 'maybe' },
      ]),
    )
    expect(dropped).toHaveLength(9)
  })

  it('year values that are not a year or a range of years', () => {
    for (const bad of ['20x4', '24', '20245', '2021-', '-2024', '2021-2024-2025', '2021..2024', 'all']) {
      expect(from(`year=${bad}`), bad).toEqual({ filters: NO_FILTERS, dropped: [{ param: 'year', value: bad }] })
    }
  })

  it('a reversed year range is normalised', () => {
    expect(from('year=2024-2021').filters.year).toEqual({ from: 2021, to: 2024 })
    expect(from('year=2024-2024').filters.year).toEqual({ from: 2024, to: 2024 })
  })

  it('years before 1000 keep their four digits in a written link, so it reads back the same', () => {
    for (const search of ['year=0000', 'year=0042-0999', 'year=0999-2024']) {
      const once = from(search).filters
      expect(from(new URLSearchParams(filtersToQuery(once)).toString())).toEqual({ filters: once, dropped: [] })
    }
    expect(filtersToQuery(f({ year: { from: 0, to: 0 } })).year).toBe('0000')
    expect(filtersToQuery(f({ year: { from: 42, to: 999 } })).year).toBe('0042-0999')
  })

  it('a sphere the file declares is known only when the snapshot declares it', () => {
    expect(from('sphere=water')).toEqual({ filters: NO_FILTERS, dropped: [{ param: 'sphere', value: 'water' }] })
    expect(from('sphere=water,energy', ['water'])).toEqual({
      filters: f({ spheres: ['water', 'energy'] }),
      dropped: [],
    })
  })

  it('duplicates are removed, empty items and spaces around items ignored', () => {
    expect(from('sphere=energy,energy,ecology,,energy').filters.spheres).toEqual(['energy', 'ecology'])
    expect(from('status=completed, completed ,in_progress').filters.statuses).toEqual(['completed', 'in_progress'])
    expect(from('agreement=A1,A1,A2').filters.agreements).toEqual(['A1', 'A2'])
    expect(from('country=KZ,MN,KZ').filters.countries).toEqual(['KZ', 'MN'])
  })

  it('lower-case country codes are accepted (and upper-cased)', () => {
    expect(from('country=kz,Mn')).toEqual({ filters: f({ countries: ['KZ', 'MN'] }), dropped: [] })
  })

  it('the same country in two cases counts once', () => {
    expect(from('country=kz,KZ').filters.countries).toEqual(['KZ'])
  })

  it('an unassigned code is dropped even in lower case', () => {
    expect(from('country=xx,kz')).toEqual({
      filters: f({ countries: ['KZ'] }),
      dropped: [{ param: 'country', value: 'xx' }],
    })
  })

  it('a search text longer than 200 characters is cut', () => {
    expect(from(`q=${'a'.repeat(250)}`).filters.q).toBe('a'.repeat(200))
  })
})

describe('filtersToQuery', () => {
  it('no filters: an empty query', () => {
    expect(filtersToQuery(NO_FILTERS)).toEqual({})
    expect(filtersToQuery(f({ q: '   ' }))).toEqual({})
  })

  it('the names and forms of the shareable links', () => {
    expect(filtersToQuery(f({ spheres: ['digitalization'], year: { from: 2024, to: 2024 } }))).toEqual({
      sphere: 'digitalization',
      year: '2024',
    })
    expect(filtersToQuery(f({ year: { from: 2021, to: 2024 }, axis: 'due', overdue: true, q: ' meat ' }))).toEqual({
      year: '2021-2024',
      axis: 'due',
      overdue: '1',
      q: 'meat',
    })
    expect(filtersToQuery(f({ year: 'none', countries: ['KZ', 'MN'], types: ['treaty', 'other'] }))).toEqual({
      year: 'none',
      country: 'KZ,MN',
      type: 'treaty,other',
    })
    expect(
      filtersToQuery(
        f({ statuses: ['completed'], kinds: ['city', 'region'], owedBy: ['partner'], agreements: ['A1', 'A2'] }),
      ),
    ).toEqual({
      status: 'completed',
      kind: 'city,region',
      owed: 'partner',
      agreement: 'A1,A2',
    })
  })
})

// ---------------------------------------------------------------------------------------------

const DECLARED = ['water', 'space_debris']
const COUNTRIES = ['KZ', 'MN', 'CN', 'UZ', 'KG', 'RU', 'US', 'DE', 'FR', 'JP']
const uniqueSub = <T>(all: readonly T[]) => fc.shuffledSubarray([...all])
/** Agreement ids that a comma-separated list can carry: no comma, no spaces at the ends. */
const arbAgreementId = fc.string({
  unit: fc.constantFrom(...'abcXYZ019-_./:é'.split(''), 'д', 'Ж'),
  minLength: 1,
  maxLength: 20,
})
/** Any year a four-digit link can name, 0000 included. */
const arbYear = fc.integer({ min: 0, max: 9999 })

const arbValidFilters: fc.Arbitrary<Filters> = fc.record({
  spheres: uniqueSub([...BUILTIN_SPHERES, ...DECLARED]),
  countries: uniqueSub(COUNTRIES),
  statuses: uniqueSub(STATUSES),
  types: uniqueSub(AGREEMENT_TYPES),
  kinds: uniqueSub(PARTY_KINDS),
  owedBy: uniqueSub(OWED_BY),
  recurrence: uniqueSub(RECURRENCES),
  agreements: fc.uniqueArray(arbAgreementId, { maxLength: 4 }),
  change: uniqueSub(CHANGE_CLASSES),
  year: fc.oneof(
    fc.constant(null),
    fc.constant('none' as const),
    fc.tuple(arbYear, arbYear).map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) })),
  ),
  axis: fc.constantFrom('signed' as const, 'due' as const),
  overdue: fc.boolean(),
  q: fc.string({ maxLength: 200 }).map((s) => s.trim()),
}) as fc.Arbitrary<Filters>

describe('change classes (change=)', () => {
  it('are read while a comparison applies, and dropped with a notice when none does', () => {
    const q = parse('?change=completed,became_overdue,bogus')
    expect(filtersFromQuery(q, { comparing: true })).toEqual({
      filters: { ...NO_FILTERS, change: ['completed', 'became_overdue'] },
      dropped: [{ param: 'change', value: 'bogus' }],
    })
    expect(filtersFromQuery(q, { comparing: false }).filters.change).toEqual([])
    expect(filtersFromQuery(q).dropped.map((d) => d.value)).toEqual(['completed', 'became_overdue', 'bogus'])
  })
})

describe('round trip (property-based)', () => {
  it('filtersFromQuery(filtersToQuery(f)) equals f, nothing dropped', () => {
    fc.assert(
      fc.property(arbValidFilters, (filters) => {
        expect(filtersFromQuery(filtersToQuery(filters), { spheres: DECLARED, comparing: true })).toEqual({
          filters,
          dropped: [],
        })
      }),
      { numRuns: 1000 },
    )
  })

  it('also through a real URL (encoding and decoding by URLSearchParams)', () => {
    fc.assert(
      fc.property(arbValidFilters, (filters) => {
        const url = new URL('https://example.org/app/')
        url.search = new URLSearchParams(filtersToQuery(filters)).toString()
        url.hash = '#/explore'
        expect(filtersFromQuery(parse(new URL(url.href).search), { spheres: DECLARED, comparing: true })).toEqual({
          filters,
          dropped: [],
        })
      }),
      { numRuns: 500 },
    )
  })

  it('filtersToQuery(filtersFromQuery(q)) is a fixed point for any query', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
            'sphere',
            'country',
            'status',
            'type',
            'kind',
            'owed',
            'agreement',
            'year',
            'axis',
            'overdue',
            'q',
            'other',
          ),
          fc.oneof(
            fc.string({ maxLength: 30 }),
            fc.constantFrom('energy,KZ', 'kz, mn', '2024', '2025-2021', 'none', 'due', '1', 'completed,,completed'),
          ),
        ),
        (query) => {
          const once = filtersFromQuery(query, { spheres: DECLARED }).filters
          const twice = filtersFromQuery(filtersToQuery(once), { spheres: DECLARED })
          expect(twice.dropped).toEqual([])
          expect(twice.filters).toEqual(once)
        },
      ),
      { numRuns: 1000 },
    )
  })
})

describe('keepUnchanged: a link read again keeps what did not change', () => {
  it('the same filters read again are the previous object itself', () => {
    const before = from('sphere=energy&year=2021-2024&lang=ru').filters
    const again = from('sphere=energy&year=2021-2024&lang=kk&c=X-1').filters
    expect(again).not.toBe(before)
    expect(keepUnchanged(before, again)).toBe(before)
  })

  it('one filter changed: a new object, the others kept by identity, the changed one new', () => {
    const before = from('sphere=energy&country=KZ&year=2021-2024').filters
    const next = from('sphere=energy&country=MN&year=2021-2024').filters
    const kept = keepUnchanged(before, next)
    expect(kept).not.toBe(before)
    expect(kept).toEqual(next)
    expect(kept.spheres).toBe(before.spheres)
    expect(kept.year).toBe(before.year)
    expect(kept.statuses).toBe(before.statuses)
    expect(kept.countries).toBe(next.countries)
    expect(kept.countries).toEqual(['MN'])
  })

  it('order within a list counts as a change; an emptied search does too', () => {
    const before = from('sphere=energy,ecology&q=road').filters
    const next = keepUnchanged(before, from('sphere=ecology,energy').filters)
    expect(next.spheres).toEqual(['ecology', 'energy'])
    expect(next.q).toBe('')
  })
})
