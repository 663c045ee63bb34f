/**
 * Issue 17, item 4: a chart draws at most MAX_CHART_BARS bars (the rest summed in one) and the
 * heatmap its largest spheres and countries, whatever the vocabulary; tables and CSV keep all.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldTail, MAX_CHART_BARS, MORE_KEY, type ChartRow } from '@/domain/chartRows'
import { largestOf, MAX_HEATMAP_COUNTRIES, MAX_HEATMAP_SPHERES, type Heatmap } from '@/domain/heatmap'
import { STATUSES } from '@/domain/vocab'

const row = (key: string, total: number): ChartRow => {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as ChartRow['counts']
  counts.in_progress = total
  return { key, label: key, counts, overdue: total % 3, total }
}
const sum = (rows: ChartRow[], f: (r: ChartRow) => number) => rows.reduce((a, r) => a + f(r), 0)

describe('foldTail', () => {
  it('leaves a short list alone', () => {
    const rows = [row('a', 3), row('b', 2)]
    expect(foldTail(rows, 40, new Set(), (n) => `${n} more`)).toEqual(rows)
  })

  it('keeps max − 1 bars and the chosen ones, sums the rest into one bar, and loses no commitment', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 2, max: 60 }),
        fc.array(fc.nat(299)),
        (n, max, picks) => {
          const rows = Array.from({ length: n }, (_, i) => row(`k${i}`, 1000 - i))
          const keep = new Set(picks.map((p) => `k${p}`))
          const out = foldTail(rows, max, keep, (c) => `${c} more`)
          expect(sum(out, (r) => r.total)).toBe(sum(rows, (r) => r.total))
          expect(sum(out, (r) => r.overdue)).toBe(sum(rows, (r) => r.overdue))
          for (const s of STATUSES) expect(sum(out, (r) => r.counts[s])).toBe(sum(rows, (r) => r.counts[s]))
          if (n <= max) {
            expect(out).toEqual(rows)
            return
          }
          const more = out.filter((r) => r.key === MORE_KEY)
          const chosenInTail = rows.slice(max - 1).filter((r) => keep.has(r.key)).length
          expect(more.length).toBe(chosenInTail === n - max + 1 ? 0 : 1)
          expect(out.length).toBe(max - 1 + chosenInTail + more.length)
          expect(out.slice(0, max - 1)).toEqual(rows.slice(0, max - 1))
          for (const k of keep) if (Number(k.slice(1)) < n) expect(out.some((r) => r.key === k)).toBe(true)
          if (more.length) expect(more[0].label).toBe(`${n - (max - 1) - chosenInTail} more`)
        },
      ),
    )
  })

  it('249 partner countries draw as MAX_CHART_BARS bars', () => {
    const rows = Array.from({ length: 249 }, (_, i) => row(`c${i}`, 500 - i))
    expect(foldTail(rows, MAX_CHART_BARS, new Set(), String)).toHaveLength(MAX_CHART_BARS)
  })
})

describe('largestOf (heatmap)', () => {
  const big: Heatmap = {
    spheres: Array.from({ length: 200 }, (_, i) => `s${i}`),
    countries: Array.from({ length: 249 }, (_, i) => `C${i}`),
    cells: [],
  }
  for (let s = 0; s < 200; s += 7)
    for (let c = 0; c < 249; c += 5)
      big.cells.push({ sphere: `s${s}`, country: `C${c}`, total: 2, completed: 1, cancelled: 0, rate: 0.5 })

  it('draws the largest spheres and countries, the chosen ones too, and only their cells', () => {
    const cut = largestOf(big, { spheres: new Set(['s199']), countries: new Set(['C245']) })
    expect(cut.cut).toBe(true)
    expect(cut.spheres).toEqual([...big.spheres.slice(0, MAX_HEATMAP_SPHERES), 's199'])
    expect(cut.countries).toEqual([...big.countries.slice(0, MAX_HEATMAP_COUNTRIES), 'C245'])
    const s = new Set(cut.spheres)
    const c = new Set(cut.countries)
    expect(cut.cells).toEqual(big.cells.filter((x) => s.has(x.sphere) && c.has(x.country)))
    expect(cut.cells.some((x) => x.sphere === 's28' && x.country === 'C245')).toBe(true)
  })

  it('leaves a heatmap within the limits whole', () => {
    const small: Heatmap = { spheres: ['a', 'b'], countries: ['MN'], cells: big.cells.slice(0, 1) }
    expect(largestOf(small, { spheres: new Set(), countries: new Set() })).toEqual({ ...small, cut: false })
  })
})
