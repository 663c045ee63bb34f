/**
 * filterAndAggregate (every row's failing filters and the counts of one pass) against a naive reference written straight from
 * shared/snapshot-format.md ("Derived values") and the filter model (src/domain/filters.ts), plus
 * hand-computed cases on test/fixtures/valid/small.json.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dateGrid, snapshotArb } from '../support/arbitrary'
import { fixtureText, parsedSnapshot } from '../support/fixtures'
import { CELLS, OVERDUE_CELL, TOTAL_CELL, type GroupCounts, type Kpi } from '@/domain/aggregate'
import { encodeColumns } from '@/domain/columns'
import { DIM, filterAndAggregate, hasFilters, NO_FILTERS, type Filters, type RowFails } from '@/domain/filters'
import type { Snapshot } from '@/domain/schema'
import { searchRows } from '@/domain/search'
import { buildSearchIndex } from '@/domain/textColumns'
import { AGREEMENT_TYPES, OWED_BY, PARTY_KINDS, RECURRENCES, STATUSES, type Status } from '@/domain/vocab'
import { parseSnapshotText } from '@/import/parse'

const fixture = (name: string) => fixtureText(`valid/${name}`)
const load = parsedSnapshot

/** One filter pass over a snapshot for a filter state (search index in English). */
function run(snapshot: Snapshot, f: Filters) {
  const cols = encodeColumns(snapshot)
  const textMatch = f.q.trim() ? searchRows(buildSearchIndex(snapshot), f.q) : undefined
  const { fails, summary } = filterAndAggregate(cols, f, { textMatch })
  return { cols, fails, summary }
}

// ---------------------------------------------------------------------------------------------
// Random snapshots

type RawText = string | Record<string, string>
interface RawParty {
  name: string
  country: string
  kind: string
}
interface RawAgreement {
  id: string
  title: RawText
  type: string
  signedOn: string
  parties: RawParty[]
}
interface RawCommitment {
  id: string
  agreementId: string
  title: RawText
  text?: RawText
  clause?: string
  responsible?: string[]
  sphere: string
  status: Status
  owedBy?: string
  recurrence?: string
  due?: string
  countries?: string[]
}
interface RawSnapshot {
  format: string
  version: number
  snapshot: { id: string; asOf: string; homeCountry?: string }
  spheres: { id: string; name: string }[]
  agreements: RawAgreement[]
  commitments: RawCommitment[]
}

const POOL = ['KZ', 'MN', 'CN', 'UZ', 'KG', 'RU']
/** `water` is declared by the file; the others are built in. */
const SPHERES = ['political', 'education', 'energy', 'digitalization', 'water']
const DATES = dateGrid([2022, 2023, 2024, 2025, 2026], ['01', '06', '12'], ['01', '15', '30'])
/** Words the texts are made of (Latin and Cyrillic, mixed case). */
const WORDS = ['trade', 'Energy', 'school', 'меморандум', 'Протокол', 'water', 'RAIL', 'мяса', 'Dialogue', 'транзит']
/** Words a query may hold that no text has. */
const ABSENT = ['zebra', 'ЖИРАФ', 'qqq']

const arbWords = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((w) => w.join(' '))
const arbText: fc.Arbitrary<RawText> = fc.oneof(
  arbWords,
  fc.record({ en: arbWords, ru: arbWords }),
  fc.record({ ru: arbWords }),
)

const arbSnapshot: fc.Arbitrary<RawSnapshot> = snapshotArb<RawSnapshot>({
  ids: 'indexed',
  minAgreements: 1,
  maxAgreements: 5,
  maxCommitments: 40,
  snapshot: fc
    .record({ asOf: fc.constantFrom(...DATES), home: fc.option(fc.constantFrom(...POOL), { nil: undefined }) })
    .map(({ asOf, home }) => ({ id: 'prop', asOf, ...(home ? { homeCountry: home } : {}) })),
  spheres: fc.constant([{ id: 'water', name: 'Water' }]),
  extra: fc.constant(undefined),
  agreement: () => ({
    title: arbText,
    type: fc.constantFrom(...AGREEMENT_TYPES),
    signedOn: fc.constantFrom(...DATES),
    parties: fc
      .array(fc.record({ country: fc.constantFrom(...POOL), kind: fc.constantFrom(...PARTY_KINDS) }), {
        minLength: 1,
        maxLength: 3,
      })
      .map((ps) => ps.map((p) => ({ name: `${p.kind} of ${p.country}`, country: p.country, kind: p.kind }))),
  }),
  commitment: () => ({
    title: arbText,
    text: fc.option(arbText, { nil: undefined, freq: 3 }),
    clause: fc.option(fc.constantFrom('3.2', '1.1', 'IV'), { nil: undefined }),
    responsible: fc.option(
      fc.array(fc.constantFrom('Ministry of Energy', 'Минобр', 'Akimat'), { minLength: 1, maxLength: 2 }),
      { nil: undefined },
    ),
    sphere: fc.constantFrom(...SPHERES),
    status: fc.constantFrom(...STATUSES),
    owedBy: fc.option(fc.constantFrom(...OWED_BY), { nil: undefined }),
    recurrence: fc.option(fc.constantFrom(...RECURRENCES), { nil: undefined }),
    due: fc.option(fc.constantFrom(...DATES), { nil: undefined, freq: 4 }),
    countries: fc.option(fc.array(fc.constantFrom(...POOL), { minLength: 1, maxLength: 3 }), {
      nil: undefined,
      freq: 3,
    }),
  }),
})

// ---------------------------------------------------------------------------------------------
// Random filter states

const maybe = <T>(arb: fc.Arbitrary<T[]>): fc.Arbitrary<T[]> =>
  fc.oneof({ weight: 6, arbitrary: fc.constant([] as T[]) }, { weight: 1, arbitrary: arb })
const nonEmptySub = <T>(all: readonly T[]) => fc.subarray([...all], { minLength: 1 })

/** A query word, possibly in another case, possibly only a part of a word. */
const arbQueryWord = fc
  .tuple(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
      { weight: 1, arbitrary: fc.constantFrom(...ABSENT, 'c1', 'a0', '3.2', 'minist', 'ерг', 'инист') },
    ),
    fc.constantFrom('lower', 'upper', 'same'),
  )
  .map(([w, c]) => (c === 'lower' ? w.toLowerCase() : c === 'upper' ? w.toUpperCase() : w))

const arbFilters: fc.Arbitrary<Filters> = fc.record({
  spheres: maybe(nonEmptySub([...SPHERES, 'space'])),
  countries: maybe(nonEmptySub([...POOL, 'FR'])),
  statuses: maybe(nonEmptySub(STATUSES)),
  types: maybe(nonEmptySub(AGREEMENT_TYPES)),
  kinds: maybe(nonEmptySub(PARTY_KINDS)),
  owedBy: maybe(nonEmptySub(OWED_BY)),
  recurrence: maybe(nonEmptySub(RECURRENCES)),
  agreements: maybe(nonEmptySub(['A0', 'A1', 'A2', 'A3', 'A4', 'AX'])),
  // The change classes need a comparison: test/unit/compare.test.ts checks them against a reference.
  change: fc.constant([]),
  year: fc.oneof(
    { weight: 6, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant('none' as const) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.integer({ min: 2021, max: 2027 }), fc.integer({ min: 2021, max: 2027 }))
        .map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) })),
    },
  ),
  axis: fc.constantFrom('signed' as const, 'due' as const),
  overdue: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  q: fc.oneof(
    { weight: 4, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: fc.constant('   ') },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.array(arbQueryWord, { minLength: 1, maxLength: 2 }), fc.constantFrom('', ' ', '  '))
        .map(([w, pad]) => pad + w.join(pad ? '  ' : ' ') + pad),
    },
  ),
}) as fc.Arbitrary<Filters>

// ---------------------------------------------------------------------------------------------
// Naive reference, from the format page

const OPEN: Status[] = ['not_started', 'in_progress', 'no_information']
const allLanguages = (t: RawText | undefined): string[] =>
  t === undefined ? [] : typeof t === 'string' ? [t] : Object.values(t)

function referenceModel(s: RawSnapshot, f: Filters) {
  const asOf = s.snapshot.asOf
  const home = s.snapshot.homeCountry
  const agreementOf = (c: RawCommitment) => s.agreements.find((a) => a.id === c.agreementId)!
  const overdue = (c: RawCommitment) => c.due !== undefined && c.due < asOf && OPEN.includes(c.status)
  const partners = (c: RawCommitment): string[] => {
    if (c.countries) return [...new Set(c.countries)]
    const all = agreementOf(c).parties.map((p) => p.country)
    const others = all.filter((x) => x !== home)
    return [...new Set(others.length ? others : all)]
  }
  /** The year on the current axis, or null ("no date"). */
  const year = (c: RawCommitment): number | null =>
    f.axis === 'signed' ? Number(agreementOf(c).signedOn.slice(0, 4)) : c.due ? Number(c.due.slice(0, 4)) : null
  const words = f.q.trim() === '' ? [] : f.q.trim().toLowerCase().split(/\s+/)
  const haystack = (c: RawCommitment) =>
    [
      c.id,
      ...allLanguages(c.title),
      ...allLanguages(c.text),
      c.clause ?? '',
      ...(c.responsible ?? []),
      ...allLanguages(agreementOf(c).title),
    ].map((x) => x.toLowerCase())

  const passes = {
    sphere: (c: RawCommitment) => f.spheres.length === 0 || f.spheres.includes(c.sphere),
    country: (c: RawCommitment) => f.countries.length === 0 || partners(c).some((p) => f.countries.includes(p)),
    year: (c: RawCommitment) => {
      if (f.year === null) return true
      const y = year(c)
      if (f.year === 'none') return y === null
      return y !== null && y >= f.year.from && y <= f.year.to
    },
    status: (c: RawCommitment) => f.statuses.length === 0 || (f.statuses as string[]).includes(c.status),
    type: (c: RawCommitment) => f.types.length === 0 || (f.types as string[]).includes(agreementOf(c).type),
    kind: (c: RawCommitment) =>
      f.kinds.length === 0 || agreementOf(c).parties.some((p) => (f.kinds as string[]).includes(p.kind)),
    owedBy: (c: RawCommitment) => f.owedBy.length === 0 || (f.owedBy as string[]).includes(c.owedBy ?? 'joint'),
    recurrence: (c: RawCommitment) =>
      f.recurrence.length === 0 || (f.recurrence as string[]).includes(c.recurrence ?? 'once'),
    agreement: (c: RawCommitment) => f.agreements.length === 0 || f.agreements.includes(c.agreementId),
    overdue: (c: RawCommitment) => !f.overdue || overdue(c),
    search: (c: RawCommitment) => words.every((w) => haystack(c).some((field) => field.includes(w))),
  }
  /** Every filter but the three with a chart of their own: none of the charts leaves them out. */
  const other = (c: RawCommitment) =>
    passes.status(c) &&
    passes.type(c) &&
    passes.kind(c) &&
    passes.owedBy(c) &&
    passes.recurrence(c) &&
    passes.agreement(c) &&
    passes.overdue(c) &&
    passes.search(c)
  const bits = (c: RawCommitment) =>
    (passes.sphere(c) ? 0 : DIM.sphere) |
    (passes.country(c) ? 0 : DIM.country) |
    (passes.year(c) ? 0 : DIM.year) |
    (passes.status(c) ? 0 : DIM.status) |
    (passes.type(c) ? 0 : DIM.type) |
    (passes.kind(c) ? 0 : DIM.kind) |
    (passes.owedBy(c) ? 0 : DIM.owedBy) |
    (passes.recurrence(c) ? 0 : DIM.recurrence) |
    (passes.agreement(c) ? 0 : DIM.agreement) |
    (passes.overdue(c) ? 0 : DIM.overdue) |
    (passes.search(c) ? 0 : DIM.search)
  const filtered =
    f.spheres.length +
      f.countries.length +
      f.statuses.length +
      f.types.length +
      f.kinds.length +
      f.owedBy.length +
      f.recurrence.length +
      f.agreements.length >
      0 ||
    f.year !== null ||
    f.overdue ||
    words.length > 0
  return { passes, other, bits, overdue, partners, year, filtered }
}

interface RefRow {
  counts: Record<Status, number>
  overdue: number
  total: number
}

function referenceAggregate(s: RawSnapshot, f: Filters) {
  const m = referenceModel(s, f)
  const all = (c: RawCommitment) => m.passes.sphere(c) && m.passes.country(c) && m.passes.year(c) && m.other(c)
  const exceptSphere = (c: RawCommitment) => m.passes.country(c) && m.passes.year(c) && m.other(c)
  const exceptCountry = (c: RawCommitment) => m.passes.sphere(c) && m.passes.year(c) && m.other(c)
  const exceptYear = (c: RawCommitment) => m.passes.sphere(c) && m.passes.country(c) && m.other(c)

  const groupBy = (keep: (c: RawCommitment) => boolean, keysOf: (c: RawCommitment) => string[]) =>
    s.commitments.filter(keep).reduce((out, c) => {
      for (const k of keysOf(c)) {
        const r = out.get(k) ?? {
          counts: Object.fromEntries(STATUSES.map((st) => [st, 0])) as Record<Status, number>,
          overdue: 0,
          total: 0,
        }
        r.counts[c.status]++
        r.overdue += m.overdue(c) ? 1 : 0
        r.total++
        out.set(k, r)
      }
      return out
    }, new Map<string, RefRow>())

  const rows = s.commitments.filter(all)
  const completed = rows.filter((c) => c.status === 'completed').length
  const cancelled = rows.filter((c) => c.status === 'cancelled').length
  const kpi: Kpi = {
    agreements: m.filtered ? new Set(rows.map((c) => c.agreementId)).size : s.agreements.length,
    commitments: rows.length,
    completed,
    cancelled,
    overdue: rows.filter(m.overdue).length,
    completionRate: rows.length - cancelled === 0 ? null : completed / (rows.length - cancelled),
  }
  return {
    model: m,
    kpi,
    bySphere: groupBy(exceptSphere, (c) => [c.sphere]),
    byCountry: groupBy(exceptCountry, m.partners),
    byYear: groupBy(exceptYear, (c) => [String(m.year(c) ?? 'none')]),
  }
}

/** The non-empty groups of an aggregate, as a sorted list of [key, row]. */
function groups(g: GroupCounts): [string, RefRow][] {
  const out: [string, RefRow][] = []
  g.keys.forEach((k, i) => {
    const base = i * CELLS
    const total = g.cells[base + TOTAL_CELL]
    if (total === 0) return
    out.push([
      k,
      {
        counts: Object.fromEntries(STATUSES.map((st, s) => [st, g.cells[base + s]])) as Record<Status, number>,
        overdue: g.cells[base + OVERDUE_CELL],
        total,
      },
    ])
  })
  return out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}
const sorted = (m: Map<string, RefRow>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))

describe('applyFilters and aggregate equal a naive reference (property-based)', () => {
  it('random snapshots are valid files', () => {
    fc.assert(
      fc.property(arbSnapshot, (raw) => {
        const out = parseSnapshotText(JSON.stringify(raw))
        expect(out.ok).toBe(true)
      }),
      { numRuns: 100 },
    )
  })

  it('per row, the bits of the failed dimensions', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(arbSnapshot, arbFilters, (raw, f) => {
        const { fails } = run(load(JSON.stringify(raw)), f)
        const m = referenceModel(raw, f)
        expect(Array.from(fails)).toEqual(raw.commitments.map(m.bits))
        expect(hasFilters(f)).toBe(m.filtered)
      }),
      { numRuns: 400 },
    )
  })

  it('KPIs apply every filter; each chart leaves out only its own dimension', () => {
    fc.assert(
      fc.property(arbSnapshot, arbFilters, (raw, f) => {
        const { summary: agg } = run(load(JSON.stringify(raw)), f)
        const ref = referenceAggregate(raw, f)
        expect(hasFilters(f)).toBe(ref.model.filtered)
        expect(agg.kpi).toEqual(ref.kpi)
        expect(groups(agg.bySphere)).toEqual(sorted(ref.bySphere))
        expect(groups(agg.byCountry)).toEqual(sorted(ref.byCountry))
        expect(groups(agg.byYear)).toEqual(sorted(ref.byYear))
      }),
      { numRuns: 400 },
    )
  })

  it('no filter at all: nothing fails and the KPIs count every agreement of the file', () => {
    fc.assert(
      fc.property(arbSnapshot, fc.constantFrom('signed' as const, 'due' as const), (raw, axis) => {
        const f = { ...NO_FILTERS, axis }
        const { fails, summary } = run(load(JSON.stringify(raw)), f)
        expect(fails.every((b) => b === 0)).toBe(true)
        expect(hasFilters(f)).toBe(false)
        expect(summary.kpi.agreements).toBe(raw.agreements.length)
      }),
      { numRuns: 100 },
    )
  })
})

// ---------------------------------------------------------------------------------------------
// Hand-computed on small.json (asOf 2026-06-30, home KZ). Partner countries:
// A1 -> MN (C01 C02 C03; C12 names MN, RU), A2 -> CN (C04 C05 C06), A3 -> UZ, KG (C07 C09; C08 names UZ),
// A4 has only KZ parties -> KZ (C10 C11). Overdue: C01, C04, C08.

/** [key, total] of the non-empty groups, largest first then by key (years: by key). */
const totals = (g: GroupCounts, byKey = false) =>
  g.keys
    .map((k, i) => [k, g.cells[i * CELLS + TOTAL_CELL]] as [string, number])
    .filter(([, t]) => t > 0)
    .sort(([ka, a], [kb, b]) => (byKey ? 0 : b - a) || (ka < kb ? -1 : 1))

describe('small.json, hand-computed', () => {
  const text = fixture('small.json')
  const snapshot = load(text)
  const f = (over: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...over })
  const agg = (filters: Filters) => {
    const { fails, summary } = run(snapshot, filters)
    return { fails, ...summary }
  }
  const ids = snapshot.commitments.map((c) => c.id)
  const passing = (fails: RowFails) => ids.filter((_, i) => fails[i] === 0)
  const ALL_SPHERES: [string, number][] = [
    ['trade_economic', 4],
    ['education', 2],
    ['regional', 2],
    ['water', 2],
    ['energy', 1],
    ['transport_logistics', 1],
  ]
  const ALL_COUNTRIES: [string, number][] = [
    ['MN', 4],
    ['CN', 3],
    ['UZ', 3],
    ['KG', 2],
    ['KZ', 2],
    ['RU', 1],
  ]

  it('no filters: every agreement, nothing fails', () => {
    const a = agg(NO_FILTERS)
    expect(a.fails.every((b) => b === 0)).toBe(true)
    expect(a.kpi).toEqual({
      agreements: 4,
      commitments: 12,
      completed: 3,
      cancelled: 1,
      overdue: 3,
      completionRate: 3 / 11,
    })
  })

  it('a sphere filter narrows the KPIs, but the by-sphere chart still shows every sphere', () => {
    const a = agg(f({ spheres: ['education'] }))
    expect(passing(a.fails)).toEqual(['C02', 'C03'])
    expect(Array.from(a.fails)).toEqual(ids.map((id) => (id === 'C02' || id === 'C03' ? 0 : DIM.sphere)))
    expect(a.kpi).toEqual({
      agreements: 1,
      commitments: 2,
      completed: 1,
      cancelled: 0,
      overdue: 0,
      completionRate: 0.5,
    })
    expect(totals(a.bySphere)).toEqual(ALL_SPHERES)
    expect(totals(a.byCountry)).toEqual([['MN', 2]])
    expect(totals(a.byYear, true)).toEqual([['2023', 2]])
  })

  it('a country filter matches a multi-country commitment by any of its partners', () => {
    // KG: C07 and C09 (A3 -> UZ, KG); not C08, which names only UZ.
    let a = agg(f({ countries: ['KG'] }))
    expect(passing(a.fails)).toEqual(['C07', 'C09'])
    expect(a.kpi).toEqual({ agreements: 1, commitments: 2, completed: 0, cancelled: 0, overdue: 0, completionRate: 0 })
    expect(totals(a.byCountry)).toEqual(ALL_COUNTRIES)
    expect(totals(a.bySphere)).toEqual([
      ['transport_logistics', 1],
      ['water', 1],
    ])

    // RU or CN: C12 (MN + RU), C04, C05, C06
    a = agg(f({ countries: ['RU', 'CN'] }))
    expect(passing(a.fails)).toEqual(['C04', 'C05', 'C06', 'C12'])
    expect(a.kpi).toEqual({
      agreements: 2,
      commitments: 4,
      completed: 1,
      cancelled: 1,
      overdue: 1,
      completionRate: 1 / 3,
    })
    expect(totals(a.bySphere)).toEqual([
      ['trade_economic', 3],
      ['energy', 1],
    ])
    expect(totals(a.byYear, true)).toEqual([
      ['2023', 1],
      ['2024', 3],
    ])
    expect(totals(a.byCountry)).toEqual(ALL_COUNTRIES)
  })

  it("sphere and country together: each chart keeps the other chart's filter", () => {
    const a = agg(f({ countries: ['RU'], spheres: ['trade_economic'] }))
    expect(passing(a.fails)).toEqual(['C12'])
    // By sphere: the RU rows (C12 only). By country: the trade_economic rows C01 (MN), C04, C06 (CN), C12 (MN, RU).
    expect(totals(a.bySphere)).toEqual([['trade_economic', 1]])
    expect(totals(a.byCountry)).toEqual([
      ['CN', 2],
      ['MN', 2],
      ['RU', 1],
    ])
    expect(a.fails[ids.indexOf('C01')]).toBe(DIM.country)
    expect(a.fails[ids.indexOf('C05')]).toBe(DIM.country | DIM.sphere)
    expect(a.fails[ids.indexOf('C12')]).toBe(0)
  })

  it('year "none" on the due axis: only commitments without a due date; the year chart still shows every due year', () => {
    const a = agg(f({ axis: 'due', year: 'none' }))
    expect(passing(a.fails)).toEqual(['C05'])
    expect(a.kpi).toEqual({ agreements: 1, commitments: 1, completed: 0, cancelled: 0, overdue: 0, completionRate: 0 })
    expect(totals(a.byYear, true)).toEqual([
      ['2024', 1],
      ['2025', 4],
      ['2026', 5],
      ['2027', 1],
      ['none', 1],
    ])
    expect(totals(a.bySphere)).toEqual([['energy', 1]])
    expect(totals(a.byCountry)).toEqual([['CN', 1]])
  })

  it('year "none" on the signed axis: nothing (every agreement has a signing date)', () => {
    const a = agg(f({ axis: 'signed', year: 'none' }))
    expect(passing(a.fails)).toEqual([])
    expect(a.kpi).toEqual({
      agreements: 0,
      commitments: 0,
      completed: 0,
      cancelled: 0,
      overdue: 0,
      completionRate: null,
    })
    expect(totals(a.byYear, true)).toEqual([
      ['2023', 4],
      ['2024', 6],
      ['2025', 2],
    ])
  })

  it('a year range on either axis', () => {
    // Signed 2024-2025: A2, A3, A4
    let a = agg(f({ year: { from: 2024, to: 2025 } }))
    expect(passing(a.fails)).toEqual(['C04', 'C05', 'C06', 'C07', 'C08', 'C09', 'C10', 'C11'])
    expect(a.kpi.agreements).toBe(3)
    // Due 2025: C03 (2025-12-31), C06, C07, C10
    a = agg(f({ axis: 'due', year: { from: 2025, to: 2025 } }))
    expect(passing(a.fails)).toEqual(['C03', 'C06', 'C07', 'C10'])
    expect(a.kpi).toEqual({
      agreements: 4,
      commitments: 4,
      completed: 2,
      cancelled: 1,
      overdue: 0,
      completionRate: 2 / 3,
    })
  })

  it('agreements KPI: distinct agreements of the matching rows when filtered, all agreements when not', () => {
    // completed: C03, C12 (A1), C10 (A4)
    const a = agg(f({ statuses: ['completed'] }))
    expect(passing(a.fails)).toEqual(['C03', 'C10', 'C12'])
    expect(a.kpi).toEqual({ agreements: 2, commitments: 3, completed: 3, cancelled: 0, overdue: 0, completionRate: 1 })

    // With a fifth agreement that has no commitments: 5 without filters, 4 under a filter every row passes.
    const raw = JSON.parse(text) as { agreements: unknown[] }
    raw.agreements.push({
      id: 'A5-EMPTY',
      title: 'Nothing yet',
      type: 'other',
      signedOn: '2025-05-05',
      parties: [{ name: 'Mongolia', country: 'MN', kind: 'state' }],
    })
    const bigger = load(JSON.stringify(raw))
    const kpi = (filters: Filters) => {
      return run(bigger, filters).summary.kpi
    }
    expect(kpi(NO_FILTERS).agreements).toBe(5)
    expect(kpi(f({ axis: 'due' })).agreements).toBe(5) // the axis alone is no filter
    expect(kpi(f({ statuses: [...STATUSES] }))).toMatchObject({ agreements: 4, commitments: 12 })
    expect(kpi(f({ agreements: ['A5-EMPTY'] }))).toMatchObject({ agreements: 0, commitments: 0 })
  })

  it('types, kinds, owedBy and agreements', () => {
    let a = agg(f({ types: ['memorandum'] }))
    expect(passing(a.fails)).toEqual(['C01', 'C02', 'C03', 'C12'])
    expect(a.kpi).toEqual({
      agreements: 1,
      commitments: 4,
      completed: 2,
      cancelled: 0,
      overdue: 1,
      completionRate: 0.5,
    })
    expect(
      Array.from(a.fails)
        .filter((b) => b !== 0)
        .every((b) => b === DIM.type),
    ).toBe(true)

    a = agg(f({ kinds: ['region'] })) // only A1 has a region party
    expect(passing(a.fails)).toEqual(['C01', 'C02', 'C03', 'C12'])
    a = agg(f({ kinds: ['city', 'government'] })) // A4 (city), A2 (government)
    expect(passing(a.fails)).toEqual(['C04', 'C05', 'C06', 'C10', 'C11'])

    a = agg(f({ owedBy: ['home'] })) // every commitment is joint (C01 says so, the rest by default)
    expect(passing(a.fails)).toEqual([])
    expect(a.fails.every((b) => b === DIM.owedBy)).toBe(true)
    a = agg(f({ owedBy: ['joint'] }))
    expect(passing(a.fails)).toHaveLength(12)

    a = agg(f({ agreements: ['A3-KZ-UZ-KG', 'no-such-agreement'] }))
    expect(passing(a.fails)).toEqual(['C07', 'C08', 'C09'])
  })

  it('overdue: due before asOf and still open (C02 is due on asOf itself)', () => {
    const a = agg(f({ overdue: true }))
    expect(passing(a.fails)).toEqual(['C01', 'C04', 'C08'])
    expect(a.kpi).toEqual({ agreements: 3, commitments: 3, completed: 0, cancelled: 0, overdue: 3, completionRate: 0 })
  })

  it('search: every word, any case, any language, agreement titles included', () => {
    // "меморандум" is in A1's Russian title: A1's commitments.
    expect(passing(agg(f({ q: 'МЕМОРАНДУМ' })).fails)).toEqual(['C01', 'C02', 'C03', 'C12'])
    // C12: "Transit meat export protocol" / "Протокол о транзите мяса"
    expect(passing(agg(f({ q: 'MEAT мяса' })).fails)).toEqual(['C12'])
    expect(passing(agg(f({ q: 'meat school' })).fails)).toEqual([])
    // "study" in C08 and C09; "rail" only C09
    expect(passing(agg(f({ q: '  Study  ' })).fails)).toEqual(['C08', 'C09'])
    expect(passing(agg(f({ q: 'study rail' })).fails)).toEqual(['C09'])
    // by id
    expect(passing(agg(f({ q: 'c1' })).fails)).toEqual(['C10', 'C11', 'C12'])
  })
})
