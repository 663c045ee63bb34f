/**
 * The views an export shows (src/domain/exportView.ts): every filter applied, a chart's own too.
 * Checked against the dashboard's linked counts: a bar of a chosen key is the same number in both,
 * and no other bar reaches the export; the chart adds up to the KPI (by country: at least).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CELLS, TOTAL_CELL, type GroupCounts } from '@/domain/aggregate'
import { encodeColumns } from '@/domain/columns'
import { strictAgreementsByYear, strictHeatmap, strictSummary } from '@/domain/exportView'
import { filterAndAggregate, hasFilters, NO_FILTERS, type Filters } from '@/domain/filters'
import { completionHeatmap } from '@/domain/heatmap'
import { snapshotArb } from '../support/arbitrary'
import { parsedSnapshot } from '../support/fixtures'

const SPHERES = ['energy', 'ecology', 'education']
const POOL = ['MN', 'CN', 'UZ']
const STATUSES = ['not_started', 'in_progress', 'completed', 'cancelled'] as const
const DATES = ['2023-03-01', '2024-07-15', '2025-06-30', '2026-02-01']

const arb = snapshotArb<unknown>({
  ids: 'indexed',
  minAgreements: 1,
  maxAgreements: 4,
  maxCommitments: 40,
  snapshot: fc.constant({ id: 'prop', asOf: '2025-06-30', homeCountry: 'KZ' }),
  spheres: fc.constant(undefined),
  extra: fc.constant(undefined),
  agreement: () => ({
    title: fc.constant('Agreement'),
    type: fc.constantFrom('memorandum', 'treaty'),
    signedOn: fc.constantFrom(...DATES),
    parties: fc
      .array(fc.constantFrom(...POOL), { minLength: 1, maxLength: 3 })
      .map((cs) => cs.map((country) => ({ name: country, country, kind: 'state' }))),
  }),
  commitment: () => ({
    title: fc.constant('Commitment'),
    sphere: fc.constantFrom(...SPHERES),
    status: fc.constantFrom(...STATUSES),
    due: fc.option(fc.constantFrom(...DATES), { nil: undefined }),
    countries: fc.option(fc.array(fc.constantFrom(...POOL), { minLength: 1, maxLength: 3 }), { nil: undefined }),
  }),
})

const filtersArb: fc.Arbitrary<Filters> = fc
  .record({
    spheres: fc.subarray(SPHERES),
    countries: fc.subarray(POOL),
    statuses: fc.subarray([...STATUSES]),
    year: fc.option(fc.constantFrom({ from: 2024, to: 2025 }, { from: 2023, to: 2023 }), { nil: null }),
    axis: fc.constantFrom<'signed' | 'due'>('signed', 'due'),
  })
  .map((f) => ({ ...NO_FILTERS, ...f }) as Filters)

const totals = (g: GroupCounts) =>
  new Map(g.keys.map((k, i) => [k, g.cells[i * CELLS + TOTAL_CELL]] as const).filter(([, n]) => n > 0))
const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0)

describe('what an export charts', () => {
  it('every filter applied: only the chosen keys, each equal to the dashboard’s bar; each chart adds up to the KPI', () => {
    fc.assert(
      fc.property(arb, filtersArb, (raw, f) => {
        const cols = encodeColumns(parsedSnapshot(JSON.stringify(raw)))
        const { fails, summary: linked } = filterAndAggregate(cols, f)
        const strict = strictSummary(cols, fails, f.axis, f.countries)
        const commitments = linked.kpi.commitments
        const bySphere = totals(strict.bySphere)
        expect(sum(bySphere)).toBe(commitments)
        expect(sum(totals(strict.byYear))).toBe(commitments)
        // A commitment with several partners counts under each: the country chart may add up to more.
        const partnerless = [...fails].filter((x, i) => x === 0 && cols.countryStart[i + 1] === cols.countryStart[i])
        const byCountry = totals(strict.byCountry)
        expect(sum(byCountry)).toBeGreaterThanOrEqual(commitments - partnerless.length)
        const linkedCountry = totals(linked.byCountry)
        for (const [k, n] of byCountry) expect(n, k).toBe(linkedCountry.get(k))
        if (f.spheres.length) for (const k of bySphere.keys()) expect(f.spheres).toContain(k)
        if (f.countries.length) for (const k of totals(strict.byCountry).keys()) expect(f.countries).toContain(k)
        // The dashboard's bar of a chosen key is counted under the very same filters.
        const linkedSphere = totals(linked.bySphere)
        for (const [k, n] of bySphere) expect(n, k).toBe(linkedSphere.get(k))
        if (!f.spheres.length) expect(bySphere).toEqual(linkedSphere)
      }),
      { numRuns: 200 },
    )
  })

  it('the heatmap holds only passing rows; the agreements chart only agreements with a passing commitment', () => {
    fc.assert(
      fc.property(arb, filtersArb, (raw, f) => {
        const cols = encodeColumns(parsedSnapshot(JSON.stringify(raw)))
        const { fails } = filterAndAggregate(cols, f)
        const heat = strictHeatmap(cols, fails, f.countries)
        const linked = new Map(completionHeatmap(cols, fails).cells.map((c) => [`${c.sphere}|${c.country}`, c]))
        for (const c of heat.cells) {
          if (f.spheres.length) expect(f.spheres).toContain(c.sphere)
          if (f.countries.length) expect(f.countries).toContain(c.country)
          expect(c).toEqual(linked.get(`${c.sphere}|${c.country}`))
        }
        const withPassing = new Set<number>()
        fails.forEach((x, i) => x === 0 && withPassing.add(cols.agreement[i]))
        const a = strictAgreementsByYear(cols, fails, f.axis, hasFilters(f))
        const counted = a.counts.flat().reduce((x, y) => x + y, 0)
        expect(counted).toBe(hasFilters(f) ? withPassing.size : cols.agreementCount)
      }),
      { numRuns: 200 },
    )
  })
})
