import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dateGrid, snapshotArb } from '../support/arbitrary'
import { fixtureText, parsedSnapshot } from '../support/fixtures'
import {
  CELLS,
  NO_DATE_KEY,
  OVERDUE_CELL,
  TOTAL_CELL,
  type Aggregate,
  type GroupCounts,
  type Kpi,
} from '@/domain/aggregate'
import { chartRows, type ChartRow } from '@/domain/chartRows'
import { aggregateAll } from '@/domain/filters'
import { encodeColumns } from '@/domain/columns'
import { STATUSES, type Status } from '@/domain/vocab'

interface Row {
  key: string
  counts: Record<Status, number>
  overdue: number
  total: number
}
interface Expected {
  kpi: Kpi
  bySphere: Row[]
  byCountry: Row[]
  bySignedYear: Row[]
  byDueYear: Row[]
}

const fixture = (name: string) => fixtureText(`valid/${name}`)
const load = parsedSnapshot

const strip = (rows: ChartRow[]): Row[] =>
  rows.map(({ key, counts, overdue, total }) => ({ key, counts, overdue, total }))
const id = (k: string) => k

describe('small.json against its hand-computed expectations', () => {
  const snapshot = load(fixture('small.json'))
  const expected = JSON.parse(fixture('small.expected.json')) as Expected
  const cols = encodeColumns(snapshot)

  it('signed-year axis: KPIs, spheres, countries and years', () => {
    const agg = aggregateAll(cols, 'signed')
    expect(agg.kpi.completionRate).toBeCloseTo(3 / 11, 12)
    expect(agg.kpi).toEqual(expected.kpi)
    expect(strip(chartRows(agg.bySphere, 'byTotal', id))).toEqual(expected.bySphere)
    expect(strip(chartRows(agg.byCountry, 'byTotal', id))).toEqual(expected.byCountry)
    expect(strip(chartRows(agg.byYear, 'byKey', id))).toEqual(expected.bySignedYear)
  })

  it('due-year axis: the same KPIs, spheres and countries; years by due with "none" last', () => {
    const agg = aggregateAll(cols, 'due')
    expect(agg.kpi).toEqual(expected.kpi)
    expect(strip(chartRows(agg.bySphere, 'byTotal', id))).toEqual(expected.bySphere)
    expect(strip(chartRows(agg.byCountry, 'byTotal', id))).toEqual(expected.byCountry)
    expect(strip(chartRows(agg.byYear, 'byKey', id))).toEqual(expected.byDueYear)
  })

  it('the expectations are consistent: per-status counts sum to the total, spheres and years to 12', () => {
    for (const rows of [expected.bySphere, expected.byCountry, expected.bySignedYear, expected.byDueYear]) {
      for (const r of rows) expect(STATUSES.reduce((s, st) => s + r.counts[st], 0)).toBe(r.total)
    }
    const sum = (rows: Row[]) => rows.reduce((s, r) => s + r.total, 0)
    expect(sum(expected.bySphere)).toBe(12)
    expect(sum(expected.bySignedYear)).toBe(12)
    expect(sum(expected.byDueYear)).toBe(12)
    expect(sum(expected.byCountry)).toBe(15) // C07, C09 count under UZ and KG; C12 under MN and RU
  })

  it('labels come from the label function', () => {
    const agg = aggregateAll(cols, 'signed')
    const rows = chartRows(agg.byCountry, 'byTotal', (k) => `country:${k}`)
    expect(rows.map((r) => r.label)).toEqual([
      'country:MN',
      'country:CN',
      'country:UZ',
      'country:KG',
      'country:KZ',
      'country:RU',
    ])
  })

  it('a mask counts only the masked rows; agreements then counts distinct agreements of those rows', () => {
    const ids = snapshot.commitments.map((c) => c.id)
    const maskOf = (...want: string[]) => Uint8Array.from(ids, (x) => (want.includes(x) ? 1 : 0))

    // A2 only: C04 (no_information, overdue), C05 (ongoing), C06 (cancelled)
    let agg = aggregateAll(cols, 'signed', maskOf('C04', 'C05', 'C06'))
    expect(agg.kpi).toEqual({
      agreements: 1,
      commitments: 3,
      completed: 0,
      cancelled: 1,
      overdue: 1,
      completionRate: 0,
    })
    expect(strip(chartRows(agg.byCountry, 'byTotal', id)).map((r) => [r.key, r.total, r.overdue])).toEqual([
      ['CN', 3, 1],
    ])
    expect(strip(chartRows(agg.byYear, 'byKey', id)).map((r) => [r.key, r.total])).toEqual([['2024', 3]])

    // Two of A1, one of A4: C01 (not_started, overdue), C12 (completed, MN+RU), C10 (completed, KZ)
    agg = aggregateAll(cols, 'due', maskOf('C01', 'C12', 'C10'))
    expect(agg.kpi).toEqual({
      agreements: 2,
      commitments: 3,
      completed: 2,
      cancelled: 0,
      overdue: 1,
      completionRate: 2 / 3,
    })
    expect(strip(chartRows(agg.byCountry, 'byTotal', id)).map((r) => [r.key, r.total])).toEqual([
      ['MN', 2],
      ['KZ', 1],
      ['RU', 1],
    ])
    expect(strip(chartRows(agg.byYear, 'byKey', id)).map((r) => [r.key, r.total])).toEqual([
      ['2024', 1],
      ['2025', 1],
      ['2026', 1],
    ])
    expect(strip(chartRows(agg.bySphere, 'byTotal', id)).map((r) => [r.key, r.total])).toEqual([
      ['trade_economic', 2],
      ['regional', 1],
    ])

    // Only C05: no due -> the "none" bucket alone on the due axis
    agg = aggregateAll(cols, 'due', maskOf('C05'))
    expect(strip(chartRows(agg.byYear, 'byKey', id)).map((r) => r.key)).toEqual([NO_DATE_KEY])

    // Nothing selected: no rows, no agreements, the rate undefined
    agg = aggregateAll(cols, 'signed', maskOf())
    expect(agg.kpi).toEqual({
      agreements: 0,
      commitments: 0,
      completed: 0,
      cancelled: 0,
      overdue: 0,
      completionRate: null,
    })
    expect(chartRows(agg.bySphere, 'byTotal', id)).toEqual([])
    expect(chartRows(agg.byCountry, 'byTotal', id)).toEqual([])
    expect(chartRows(agg.byYear, 'byKey', id)).toEqual([])

    // Everything selected equals no mask (apart from agreements without commitments: none here)
    expect(aggregateAll(cols, 'signed', new Uint8Array(ids.length).fill(1))).toEqual(aggregateAll(cols, 'signed'))
  })

  it('all cancelled: completion rate undefined', () => {
    const raw = JSON.parse(fixture('small.json')) as { commitments: { status: string }[] }
    for (const c of raw.commitments) c.status = 'cancelled'
    const agg = aggregateAll(encodeColumns(load(JSON.stringify(raw))), 'signed')
    expect(agg.kpi).toMatchObject({ commitments: 12, cancelled: 12, completed: 0, overdue: 0, completionRate: null })
  })

  it('minimal.json: nothing to count', () => {
    const agg = aggregateAll(encodeColumns(load(fixture('minimal.json'))), 'due')
    expect(agg.kpi).toEqual({
      agreements: 0,
      commitments: 0,
      completed: 0,
      cancelled: 0,
      overdue: 0,
      completionRate: null,
    })
    expect(chartRows(agg.byYear, 'byKey', id)).toEqual([])
  })
})

describe('chartRows ordering', () => {
  /** GroupCounts from rows given as [key, total, overdue]; all counted as not_started. */
  function group(rows: [string, number][]): GroupCounts {
    const cells = new Int32Array(rows.length * CELLS)
    rows.forEach(([, total], g) => {
      cells[g * CELLS + STATUSES.indexOf('not_started')] = total
      cells[g * CELLS + TOTAL_CELL] = total
    })
    return { keys: rows.map(([k]) => k), cells }
  }

  it('byTotal: largest total first, ties by key ascending; zero rows left out', () => {
    const g = group([
      ['mn', 2],
      ['cn', 5],
      ['zz', 0],
      ['ab', 2],
      ['uz', 5],
      ['kg', 1],
    ])
    expect(chartRows(g, 'byTotal', id).map((r) => r.key)).toEqual(['cn', 'uz', 'ab', 'mn', 'kg'])
  })

  it('byKey: years ascending, "none" last; zero rows left out', () => {
    const g = group([
      ['none', 3],
      ['2026', 1],
      ['2019', 4],
      ['2021', 0],
      ['2020', 2],
    ])
    expect(chartRows(g, 'byKey', id).map((r) => r.key)).toEqual(['2019', '2020', '2026', 'none'])
    expect(
      chartRows(
        group([
          ['2030', 1],
          ['none', 0],
          ['2029', 1],
        ]),
        'byKey',
        id,
      ).map((r) => r.key),
    ).toEqual(['2029', '2030'])
  })

  it('a row carries its cells: counts per status, overdue, total', () => {
    const cells = new Int32Array(CELLS)
    STATUSES.forEach((_, s) => (cells[s] = s + 1))
    cells[OVERDUE_CELL] = 4
    cells[TOTAL_CELL] = 28
    const [row] = chartRows({ keys: ['energy'], cells }, 'byTotal', (k) => k.toUpperCase())
    expect(row).toEqual({
      key: 'energy',
      label: 'ENERGY',
      counts: {
        not_started: 1,
        in_progress: 2,
        ongoing: 3,
        completed: 4,
        suspended: 5,
        cancelled: 6,
        no_information: 7,
      },
      overdue: 4,
      total: 28,
    })
  })
})

// ---------------------------------------------------------------------------------------------
// Property: aggregate() equals a naive count written straight from the format page.

const POOL = ['KZ', 'MN', 'CN', 'UZ', 'KG', 'RU']
const SPHERES = ['political', 'education', 'energy', 'water'] // `water` is declared in the file
const DATES = dateGrid([2022, 2023, 2024, 2025, 2026], ['01', '06', '12'], ['01', '29', '30'])

interface RawCommitment {
  id: string
  agreementId: string
  title: string
  sphere: string
  status: Status
  due?: string
  countries?: string[]
}
interface RawAgreement {
  id: string
  title: string
  type: string
  signedOn: string
  parties: { name: string; country: string; kind: string }[]
}
interface RawSnapshot {
  format: string
  version: number
  snapshot: { id: string; asOf: string; homeCountry?: string }
  spheres: { id: string; name: string }[]
  agreements: RawAgreement[]
  commitments: RawCommitment[]
}

const arbSnapshot = snapshotArb<RawSnapshot>({
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
    title: fc.constant('Agreement'),
    type: fc.constant('memorandum'),
    signedOn: fc.constantFrom(...DATES),
    parties: fc
      .array(fc.constantFrom(...POOL), { minLength: 1, maxLength: 4 })
      .map((cs) => cs.map((country) => ({ name: country, country, kind: 'state' }))),
  }),
  commitment: () => ({
    title: fc.constant('Commitment'),
    sphere: fc.constantFrom(...SPHERES),
    status: fc.constantFrom(...STATUSES),
    due: fc.option(fc.constantFrom(...DATES), { nil: undefined }),
    countries: fc.option(fc.array(fc.constantFrom(...POOL), { minLength: 1, maxLength: 3 }), {
      nil: undefined,
      freq: 3,
    }),
  }),
})

interface RefRow {
  counts: Record<Status, number>
  overdue: number
  total: number
}
interface Reference {
  kpi: Kpi
  bySphere: Map<string, RefRow>
  byCountry: Map<string, RefRow>
  byYear: Map<string, RefRow>
}

/** Straight from shared/snapshot-format.md, "Derived values", over the file's own objects. */
function reference(s: RawSnapshot, axis: 'signed' | 'due', selected: (i: number) => boolean): Reference {
  const open = ['not_started', 'in_progress', 'no_information']
  const asOf = s.snapshot.asOf
  const home = s.snapshot.homeCountry
  const agreementOf = (c: RawCommitment) => s.agreements.find((a) => a.id === c.agreementId)!
  const overdue = (c: RawCommitment) => c.due !== undefined && c.due < asOf && open.includes(c.status)
  const partners = (c: RawCommitment): string[] => {
    if (c.countries) return [...new Set(c.countries)]
    const all = agreementOf(c).parties.map((p) => p.country)
    const others = all.filter((x) => x !== home)
    return [...new Set(others.length ? others : all)]
  }
  const year = (c: RawCommitment) =>
    axis === 'signed' ? agreementOf(c).signedOn.slice(0, 4) : c.due ? c.due.slice(0, 4) : NO_DATE_KEY

  const rows = s.commitments.filter((_, i) => selected(i))
  const groupBy = (keysOf: (c: RawCommitment) => string[]) => {
    const out = new Map<string, RefRow>()
    for (const c of rows) {
      for (const k of keysOf(c)) {
        const r = out.get(k) ?? {
          counts: Object.fromEntries(STATUSES.map((st) => [st, 0])) as Record<Status, number>,
          overdue: 0,
          total: 0,
        }
        r.counts[c.status]++
        r.overdue += overdue(c) ? 1 : 0
        r.total++
        out.set(k, r)
      }
    }
    return out
  }
  const completed = rows.filter((c) => c.status === 'completed').length
  const cancelled = rows.filter((c) => c.status === 'cancelled').length
  return {
    kpi: {
      agreements: new Set(rows.map((c) => c.agreementId)).size,
      commitments: rows.length,
      completed,
      cancelled,
      overdue: rows.filter(overdue).length,
      completionRate: rows.length - cancelled === 0 ? null : completed / (rows.length - cancelled),
    },
    bySphere: groupBy((c) => [c.sphere]),
    byCountry: groupBy(partners),
    byYear: groupBy((c) => [year(c)]),
  }
}

/** Every group of the aggregate with a non-zero total, as a Map like the reference's. */
function asMap(g: GroupCounts): Map<string, RefRow> {
  const out = new Map<string, RefRow>()
  g.keys.forEach((k, i) => {
    const base = i * CELLS
    const total = g.cells[base + TOTAL_CELL]
    if (total === 0) return
    expect(out.has(k), `key ${k} twice`).toBe(false)
    out.set(k, {
      counts: Object.fromEntries(STATUSES.map((st, s) => [st, g.cells[base + s]])) as Record<Status, number>,
      overdue: g.cells[base + OVERDUE_CELL],
      total,
    })
  })
  return out
}

const sortEntries = (m: Map<string, RefRow>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))

function checkAgainstReference(agg: Aggregate, ref: Reference) {
  expect(agg.kpi).toEqual(ref.kpi)
  expect(sortEntries(asMap(agg.bySphere))).toEqual(sortEntries(ref.bySphere))
  expect(sortEntries(asMap(agg.byCountry))).toEqual(sortEntries(ref.byCountry))
  expect(sortEntries(asMap(agg.byYear))).toEqual(sortEntries(ref.byYear))
}

describe('aggregate equals a naive reference (property-based)', () => {
  it('without a mask (agreements KPI = every agreement of the file), on both axes', () => {
    fc.assert(
      fc.property(arbSnapshot, fc.constantFrom<'signed' | 'due'>('signed', 'due'), (raw, axis) => {
        const cols = encodeColumns(load(JSON.stringify(raw)))
        const agg = aggregateAll(cols, axis)
        const ref = reference(raw, axis, () => true)
        checkAgainstReference(agg, { ...ref, kpi: { ...ref.kpi, agreements: raw.agreements.length } })
      }),
      { numRuns: 300 },
    )
  })

  it('with a random mask, on both axes', () => {
    fc.assert(
      fc.property(
        arbSnapshot.chain((raw) =>
          fc.tuple(
            fc.constant(raw),
            fc.array(fc.boolean(), { minLength: raw.commitments.length, maxLength: raw.commitments.length }),
          ),
        ),
        fc.constantFrom<'signed' | 'due'>('signed', 'due'),
        ([raw, picks], axis) => {
          const cols = encodeColumns(load(JSON.stringify(raw)))
          const agg = aggregateAll(
            cols,
            axis,
            Uint8Array.from(picks, (b) => (b ? 1 : 0)),
          )
          checkAgainstReference(
            agg,
            reference(raw, axis, (i) => picks[i]),
          )
        },
      ),
      { numRuns: 300 },
    )
  })

  it('chart rows are the non-empty groups in the documented order', () => {
    fc.assert(
      fc.property(arbSnapshot, (raw) => {
        const agg = aggregateAll(encodeColumns(load(JSON.stringify(raw))), 'due')
        const ref = reference(raw, 'due', () => true)
        const byTotal = (m: Map<string, RefRow>) =>
          sortEntries(m)
            .sort(([ka, a], [kb, b]) => b.total - a.total || (ka < kb ? -1 : 1))
            .map(([k]) => k)
        expect(chartRows(agg.bySphere, 'byTotal', id).map((r) => r.key)).toEqual(byTotal(ref.bySphere))
        expect(chartRows(agg.byCountry, 'byTotal', id).map((r) => r.key)).toEqual(byTotal(ref.byCountry))
        const years = [...ref.byYear.keys()].filter((k) => k !== NO_DATE_KEY).sort()
        if (ref.byYear.has(NO_DATE_KEY)) years.push(NO_DATE_KEY)
        expect(chartRows(agg.byYear, 'byKey', id).map((r) => r.key)).toEqual(years)
      }),
      { numRuns: 200 },
    )
  })
})
