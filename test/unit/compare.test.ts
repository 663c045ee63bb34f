/**
 * The comparison (src/domain/compare.ts) against a naive reference written from the format page
 * ("Comparing two snapshots", "Derived values"), over random pairs of reports and filters. The
 * reference reads the commitment objects; the code under test reads only the encoded columns.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { encodeColumns } from '../../src/domain/columns'
import {
  baselineChoice,
  CHANGE_CLASSES,
  changeList,
  classesOf,
  compareCounts,
  defaultBaseline,
  MATRIX_FROM,
  MATRIX_TO,
  pairSnapshots,
  seriesOf,
} from '../../src/domain/compare'
import { filterAndAggregate, NO_FILTERS, type Filters } from '../../src/domain/filters'
import { SnapshotSchema, type Snapshot } from '../../src/domain/schema'
import { trendPoint } from '../../src/domain/trend'
import { STATUSES } from '../support/arbitrary'

type Raw = Record<string, unknown>
const OPEN = new Set(['not_started', 'in_progress', 'no_information'])
const DATES = ['2025-12-31', '2026-01-01', '2026-06-29', '2026-06-30', '2026-07-01', '2026-12-31', '2027-01-01']
const SPHERES = ['ecology', 'digitalization', 'tourism']
const AGREEMENTS = [
  { id: 'A0', countries: ['KZ', 'MN'] },
  { id: 'A1', countries: ['KZ', 'CN'] },
  { id: 'A2', countries: ['KZ', 'UZ', 'KG'] },
]

const commitmentArb = (id: string) =>
  fc
    .record(
      {
        agreementId: fc.constantFrom('A0', 'A1', 'A2'),
        sphere: fc.constantFrom(...SPHERES),
        status: fc.constantFrom(...STATUSES),
        due: fc.constantFrom(...DATES),
        progress: fc.constantFrom(0, 40, 40.5, 100),
        countries: fc.constantFrom(['MN'], ['CN', 'UZ']),
      },
      { requiredKeys: ['agreementId', 'sphere', 'status'] },
    )
    .map((c) => ({ id, title: `Commitment ${id}`, ...c }))

/** Some change to a commitment kept from one report to the next (often none). */
const editArb = fc.record(
  {
    status: fc.constantFrom(...STATUSES),
    due: fc.constantFrom(...DATES, undefined),
    progress: fc.constantFrom(0, 40, 100, undefined),
    sphere: fc.constantFrom(...SPHERES),
  },
  { requiredKeys: [] },
)

const reportArb = fc
  .record({
    ids: fc.uniqueArray(fc.integer({ min: 0, max: 14 }), { maxLength: 12 }),
    asOfs: fc.constantFrom(['2026-06-30', '2026-12-31'], ['2026-06-30', '2026-06-30'], ['2025-12-31', '2026-07-01']),
    keep: fc.array(fc.boolean(), { minLength: 15, maxLength: 15 }),
    edits: fc.array(fc.option(editArb, { freq: 2 }), { minLength: 15, maxLength: 15 }),
    extra: fc.uniqueArray(fc.integer({ min: 15, max: 20 }), { maxLength: 4 }),
    shuffle: fc.boolean(),
  })
  .chain((r) =>
    fc
      .tuple(
        fc.tuple(...r.ids.map((i) => commitmentArb(`C${i}`))),
        fc.tuple(...r.extra.map((i) => commitmentArb(`C${i}`))),
      )
      .map(([base, added]) => ({ ...r, base, added })),
  )
  .map(({ asOfs, keep, edits, base, added, shuffle }) => {
    const kept = base
      .filter((_, k) => keep[k])
      .map((c, k) => {
        const e = edits[k]
        if (!e) return { ...c }
        const out: Raw = { ...c, ...e }
        for (const key of ['due', 'progress']) if (key in e && e[key as keyof typeof e] === undefined) delete out[key]
        return out
      })
    const current = [...kept, ...added]
    if (shuffle) current.reverse()
    return { baseline: doc('B', asOfs[0], base), current: doc('N', asOfs[1], current) }
  })

function doc(id: string, asOf: string, commitments: Raw[]): Snapshot {
  return SnapshotSchema.parse({
    format: 'cooperation-snapshot',
    version: 1,
    snapshot: { id, asOf, homeCountry: 'KZ' },
    agreements: AGREEMENTS.map((a) => ({
      id: a.id,
      title: a.id,
      type: 'agreement',
      signedOn: '2024-01-01',
      parties: a.countries.map((country) => ({ name: country, country, kind: 'government' })),
    })),
    commitments,
  })
}

const filtersArb: fc.Arbitrary<Filters> = fc
  .record({
    spheres: fc.subarray(SPHERES),
    countries: fc.subarray(['MN', 'CN', 'UZ', 'KG']),
    statuses: fc.subarray([...STATUSES], { maxLength: 3 }),
    overdue: fc.boolean(),
    change: fc.subarray([...CHANGE_CLASSES], { maxLength: 2 }),
  })
  .map((f) => ({ ...NO_FILTERS, ...f }))

// ------------------------------------------------------------------------------------------
// The reference, from the format page

const overdue = (c: Raw, asOf: string) => typeof c.due === 'string' && c.due < asOf && OPEN.has(c.status as string)

function refClasses(b: Raw | undefined, n: Raw | undefined, bAsOf: string, nAsOf: string): string[] {
  if (!b) return ['new']
  if (!n) return ['removed']
  const out: string[] = []
  const was = b.status as string
  const now = n.status as string
  if (was !== now) {
    out.push('status_changed')
    if (now === 'completed') out.push('completed')
    if (was === 'completed') out.push('reopened')
    if (['not_started', 'no_information'].includes(was) && ['in_progress', 'ongoing'].includes(now)) out.push('started')
    const stop = (s: string) => s === 'suspended' || s === 'cancelled'
    if (stop(now) && !stop(was)) out.push('stopped')
    if (now === 'no_information') out.push('reporting_lost')
  }
  const o1 = overdue(b, bAsOf)
  const o2 = overdue(n, nAsOf)
  if (o2 && !o1) out.push('became_overdue')
  if (!o2 && o1) out.push('no_longer_overdue')
  if (b.due !== n.due) out.push('due_moved')
  if (b.progress !== n.progress) out.push('progress_changed')
  if (was === now && b.due === n.due && b.progress === n.progress) out.push('unchanged')
  return CHANGE_CLASSES.filter((c) => out.includes(c))
}

function partners(c: Raw): string[] {
  if (Array.isArray(c.countries) && c.countries.length) return c.countries as string[]
  const a = AGREEMENTS.find((x) => x.id === c.agreementId)!
  const others = a.countries.filter((x) => x !== 'KZ')
  return others.length ? others : a.countries
}

/** A commitment passes the filters but the class filter, judged on this record in its report. */
function passes(c: Raw, asOf: string, f: Filters): boolean {
  if (f.spheres.length && !f.spheres.includes(c.sphere as string)) return false
  if (f.countries.length && !partners(c).some((x) => f.countries.includes(x))) return false
  if (f.statuses.length && !f.statuses.includes(c.status as never)) return false
  if (f.overdue && !overdue(c, asOf)) return false
  return true
}

function reference(s: { baseline: Snapshot; current: Snapshot }, f: Filters) {
  const bAsOf = s.baseline.snapshot.asOf
  const nAsOf = s.current.snapshot.asOf
  const before = new Map(s.baseline.commitments.map((c) => [c.id, c as Raw]))
  const after = new Map(s.current.commitments.map((c) => [c.id, c as Raw]))
  const counts = Object.fromEntries(CHANGE_CLASSES.map((c) => [c, 0])) as Record<string, number>
  const matrix: Record<string, Record<string, number>> = {}
  for (const from of MATRIX_FROM) matrix[from] = Object.fromEntries(MATRIX_TO.map((to) => [to, 0]))
  const changed = new Map<string, string[]>()
  const rate = (list: Raw[]) => {
    const cancelled = list.filter((c) => c.status === 'cancelled').length
    const done = list.filter((c) => c.status === 'completed').length
    return list.length - cancelled > 0 ? done / (list.length - cancelled) : null
  }
  const nowPassing: Raw[] = []
  const beforePassing: Raw[] = []
  for (const [id, n] of after) {
    if (!passes(n, nAsOf, f)) continue
    nowPassing.push(n)
    const b = before.get(id)
    const cls = refClasses(b, n, bAsOf, nAsOf)
    for (const c of cls) counts[c]++
    matrix[b ? (b.status as string) : 'new'][n.status as string]++
    if (cls.some((c) => c !== 'unchanged')) changed.set(id, cls)
  }
  for (const [id, b] of before) {
    if (!passes(b, bAsOf, f)) continue
    beforePassing.push(b)
    if (after.has(id)) continue
    counts.removed++
    matrix[b.status as string].removed++
    changed.set(id, ['removed'])
  }
  const r1 = rate(nowPassing)
  const r0 = rate(beforePassing)
  return { counts, matrix, changed, rateChange: r1 === null || r0 === null ? null : r1 - r0 }
}

// ------------------------------------------------------------------------------------------

function underTest(s: { baseline: Snapshot; current: Snapshot }, f: Filters) {
  const cur = encodeColumns(s.current)
  const base = encodeColumns(s.baseline)
  const p = pairSnapshots(cur, base)
  const now = filterAndAggregate(cur, f, { changeClasses: p.classes })
  const before = filterAndAggregate(base, f, { changeClasses: p.baseClasses })
  const c = compareCounts(p, cur, base, now.fails, before.fails)
  const list = changeList(p, cur, now.fails, before.fails)
  const id = (row: number, baseRow: number) =>
    row >= 0 ? s.current.commitments[row].id : s.baseline.commitments[baseRow].id
  return { p, cur, base, now, before, c, list, id }
}

describe('comparing two reports', () => {
  it('counts every class, the matrix and the rate change as the format page says, under any filters', () => {
    fc.assert(
      fc.property(reportArb, filtersArb, (s, f) => {
        const want = reference(s, f)
        const got = underTest(s, f)
        expect(got.c.counts).toEqual(want.counts)
        const matrix: Record<string, Record<string, number>> = {}
        MATRIX_FROM.forEach((from, r) => {
          matrix[from] = Object.fromEntries(MATRIX_TO.map((to, k) => [to, got.c.matrix[r * MATRIX_TO.length + k]]))
        })
        expect(matrix).toEqual(want.matrix)
        if (want.rateChange === null) expect(got.c.rate.change).toBeNull()
        else expect(got.c.rate.change).toBeCloseTo(want.rateChange, 12)
      }),
      { numRuns: 400 },
    )
  })

  it('lists every changed commitment once, with its classes, regressions first', () => {
    fc.assert(
      fc.property(reportArb, filtersArb, (s, f) => {
        const want = reference(s, f)
        const got = underTest(s, f)
        const listed = new Map(got.list.map((c) => [got.id(c.row, c.baseRow), classesOf(c.classes)]))
        expect(listed.size).toBe(got.list.length)
        expect(listed).toEqual(want.changed)
        const regression = got.list.map((c) =>
          classesOf(c.classes).some((k) => ['reopened', 'stopped', 'reporting_lost', 'became_overdue'].includes(k)),
        )
        // No regression after a commitment that is not one.
        expect(regression.indexOf(false) === -1 || regression.lastIndexOf(true) < regression.indexOf(false)).toBe(true)
        // The whole order: under its first class in the list's order, then current rows in row
        // order, then removed ones in baseline order.
        const order = [
          'reopened',
          'stopped',
          'reporting_lost',
          'became_overdue',
          'completed',
          'started',
          'new',
          'removed',
          'due_moved',
          'status_changed',
          'no_longer_overdue',
          'progress_changed',
        ]
        const rank = (c: (typeof got.list)[number]) => {
          const k = order.findIndex((x) => classesOf(c.classes).includes(x as never))
          return k < 0 ? order.length : k
        }
        const place = (c: (typeof got.list)[number]) => (c.row >= 0 ? c.row : 1e6 + c.baseRow)
        const sorted = [...got.list].sort((a, b) => rank(a) - rank(b) || place(a) - place(b))
        expect(got.list).toEqual(sorted)
      }),
      { numRuns: 300 },
    )
  })

  it('a class filter keeps, in both reports, exactly the commitments of those classes', () => {
    fc.assert(
      fc.property(reportArb, filtersArb, (s, f) => {
        if (!f.change.length) return
        const got = underTest(s, f)
        const bare = underTest(s, { ...f, change: [] })
        const after = new Map(s.current.commitments.map((c) => [c.id, c]))
        for (let i = 0; i < got.cur.count; i++) {
          const cls = refClasses(
            s.baseline.commitments.find((b) => b.id === s.current.commitments[i].id) as Raw | undefined,
            after.get(s.current.commitments[i].id) as Raw,
            s.baseline.snapshot.asOf,
            s.current.snapshot.asOf,
          )
          const inClass = cls.some((c) => f.change.includes(c as never))
          expect(got.now.fails[i] === 0).toBe(bare.now.fails[i] === 0 && inClass)
        }
        expect(got.now.summary.kpi.commitments).toBeLessThanOrEqual(bare.now.summary.kpi.commitments)
      }),
      { numRuns: 200 },
    )
  })

  it('the trend point of a report counts what its filter pass keeps', () => {
    fc.assert(
      fc.property(reportArb, filtersArb, (s, f) => {
        const cols = encodeColumns(s.current)
        const { fails, summary } = filterAndAggregate(cols, { ...f, change: [] })
        const p = trendPoint('N', s.current.snapshot.asOf, cols, fails)
        const kept = s.current.commitments.filter((c) => passes(c as Raw, s.current.snapshot.asOf, f))
        expect(p.total).toBe(kept.length)
        expect(p.overdue).toBe(kept.filter((c) => overdue(c as Raw, s.current.snapshot.asOf)).length)
        for (const st of STATUSES) expect(p.counts[st]).toBe(kept.filter((c) => c.status === st).length)
        expect(p.completionRate).toBe(summary.kpi.completionRate)
      }),
      { numRuns: 200 },
    )
  })
})

describe('the series and the default baseline', () => {
  const rec = (id: string, asOf: string, importedAt: string, homeCountry?: string) => ({
    id,
    importedAt,
    info: { asOf, homeCountry },
  })
  const stored = [
    rec('h1', '2026-06-30', '2026-07-01T10:00:00Z', 'UZ'),
    rec('h1b', '2026-06-30', '2026-07-02T10:00:00Z', 'UZ'),
    rec('h0', '2025-12-31', '2026-01-05T10:00:00Z', 'UZ'),
    rec('h2', '2026-12-31', '2027-01-03T10:00:00Z', 'UZ'),
    rec('kz', '2026-06-30', '2026-07-01T10:00:00Z', 'KZ'),
    rec('none', '2026-01-30', '2026-07-01T10:00:00Z'),
  ]
  it('is the latest earlier report of the same series; of two on one date, the one imported last', () => {
    expect(defaultBaseline(stored[3], stored)?.id).toBe('h1b')
    expect(defaultBaseline(stored[0], stored)?.id).toBe('h0')
    expect(defaultBaseline(stored[2], stored)).toBeUndefined()
    // Same asOf is not "strictly before": no baseline among the reports of that date.
    expect(defaultBaseline(stored[1], stored)?.id).toBe('h0')
    expect(defaultBaseline(stored[4], stored)).toBeUndefined()
    expect(defaultBaseline(stored[5], stored)).toBeUndefined()
  })
  it('orders the series by asOf, then by import', () => {
    expect(seriesOf(stored[3], stored).map((r) => r.id)).toEqual(['h0', 'h1', 'h1b', 'h2'])
  })
  it('takes vs= when it names another stored report, drops an unknown one, and vs=none turns it off', () => {
    expect(baselineChoice(undefined, stored[3], stored)).toEqual({ baseline: stored[1], dropped: null })
    expect(baselineChoice('kz', stored[3], stored)).toEqual({ baseline: stored[4], dropped: null })
    expect(baselineChoice('nope', stored[3], stored)).toEqual({ baseline: stored[1], dropped: 'nope' })
    expect(baselineChoice('none', stored[3], stored)).toEqual({ baseline: null, dropped: null })
    expect(baselineChoice('h2', stored[3], stored)).toEqual({ baseline: stored[1], dropped: null })
    expect(baselineChoice(undefined, null, stored)).toEqual({ baseline: null, dropped: null })
  })
})
