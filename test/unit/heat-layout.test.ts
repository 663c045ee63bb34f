/**
 * The heatmap's own renderer (issue 16): its geometry is pure, so what a user sees and clicks is
 * checked here — cells in their row and column, never overlapping, coloured along the ramp, dimmed
 * outside the selection, rates written only where they fit, and what a point of the chart is over.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  COLUMN_LABEL_WIDTH,
  LABEL_TURN,
  LABELLED_CELLS,
  heatHitAt,
  layoutHeat,
  rampColour,
  type HeatModel,
} from '@/charts/heatLayout'
import { contrastRatio, RATE_RAMP } from '@/charts/palette'
import type { HeatCell, Heatmap } from '@/domain/heatmap'

/** A monospace stand-in for the canvas: 7 px a character. */
const measure = (t: string) => Array.from(t).length * 7
const words = {
  sphere: (s: string) => `Sphere ${s}`,
  country: (c: string) => `Country ${c}`,
  percent: (r: number) => `${Math.round(r * 100)}%`,
}
const cell = (sphere: string, country: string, total: number, completed: number, rate?: number | null): HeatCell => ({
  sphere,
  country,
  total,
  completed,
  cancelled: 0,
  rate: rate === undefined ? completed / total : rate,
})
const model = (heatmap: Heatmap, spheres: string[] = [], countries: string[] = []): HeatModel => ({
  heatmap,
  selected: { spheres: new Set(spheres), countries: new Set(countries) },
})
const small: Heatmap = {
  spheres: ['a', 'b'],
  countries: ['UZ', 'KG', 'TJ'],
  cells: [cell('a', 'UZ', 4, 1), cell('a', 'KG', 2, 2), cell('b', 'TJ', 3, 0, null), cell('b', 'UZ', 5, 5)],
}

/** A full grid of `s` × `c` cells with rates from the arbitrary list. */
const grid = (s: number, c: number, rates: number[]): Heatmap => {
  const spheres = Array.from({ length: s }, (_, i) => `s${i}`)
  const countries = Array.from({ length: c }, (_, i) => `C${i}`)
  const cells = spheres.flatMap((sp, i) =>
    countries.map((co, j) => cell(sp, co, 10, Math.round((rates[(i * c + j) % rates.length] ?? 0) * 10))),
  )
  return { spheres, countries, cells }
}

describe('rampColour', () => {
  it('runs along the ramp: its ends at 0 and 100 %, its middle stop at 50 %, darker as the rate grows', () => {
    expect(rampColour(0)).toBe(RATE_RAMP[0])
    expect(rampColour(1)).toBe(RATE_RAMP[RATE_RAMP.length - 1])
    expect(rampColour(0.5)).toBe(RATE_RAMP[2])
    expect(rampColour(-1)).toBe(RATE_RAMP[0])
    expect(rampColour(2)).toBe(RATE_RAMP[4])
    const steps = Array.from({ length: 21 }, (_, i) => contrastRatio(rampColour(i / 20), '#ffffff'))
    for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeGreaterThanOrEqual(steps[i - 1])
  })
})

describe('layoutHeat', () => {
  it('puts each cell in its sphere’s row and its country’s column, the empty ones left out', () => {
    const l = layoutHeat(model(small), 600, 300, words, measure)
    expect(l.cells).toHaveLength(4)
    const [aUZ, aKG, bTJ, bUZ] = l.cells
    expect(aUZ.y).toBe(aKG.y)
    expect(bTJ.y).toBeGreaterThan(aUZ.y)
    expect(aUZ.x).toBe(bUZ.x)
    expect(aKG.x).toBeGreaterThan(aUZ.x)
    expect(bTJ.x).toBeGreaterThan(aKG.x)
    expect(bTJ.fill).toBeNull()
    expect(bTJ.text).toBe('—')
    expect(aKG.fill).toBe(RATE_RAMP[4])
    expect(aKG.ink).toBe('#ffffff')
    expect(aUZ.text).toBe('25%')
    expect(l.rows.map((r) => r.text)).toEqual(['Sphere a', 'Sphere b'])
    expect(l.columns.map((c) => c.text)).toEqual(['Country UZ', 'Country KG', 'Country TJ'])
  })

  it('keeps every cell inside the plot and the plot inside the box, with no two cells overlapping', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 300, max: 2000 }),
        fc.integer({ min: 200, max: 1000 }),
        (s, c, rates, width, height) => {
          const l = layoutHeat(model(grid(s, c, rates)), width, height, words, measure)
          expect(l.plot.x + l.plot.w).toBeLessThanOrEqual(width)
          expect(l.plot.y + l.plot.h).toBeLessThanOrEqual(height)
          for (const b of l.cells) {
            expect(b.x).toBeGreaterThanOrEqual(l.plot.x)
            expect(b.y).toBeGreaterThanOrEqual(l.plot.y)
            expect(b.x + b.w).toBeLessThanOrEqual(Math.ceil(l.plot.x + l.plot.w))
            expect(b.y + b.h).toBeLessThanOrEqual(Math.ceil(l.plot.y + l.plot.h))
          }
          const seen = new Set<string>()
          for (const b of l.cells) {
            const key = `${b.x},${b.y}`
            expect(seen.has(key)).toBe(false)
            seen.add(key)
          }
          // Rates are written only while there are few cells, and only where they fit.
          if (s * c > LABELLED_CELLS) expect(l.cells.every((b) => b.text === null)).toBe(true)
          for (const b of l.cells) if (b.text !== null) expect(measure(b.text) * (10 / 12)).toBeLessThanOrEqual(b.w - 4)
        },
      ),
      { numRuns: 50 },
    )
  })

  it('dims the cells and labels outside the chosen spheres and countries', () => {
    const l = layoutHeat(model(small, ['a'], ['KG']), 600, 300, words, measure)
    expect(l.cells.map((c) => c.dimmed)).toEqual([true, false, true, true])
    expect(l.rows.map((r) => r.muted)).toEqual([false, true])
    expect(l.columns.map((c) => c.muted)).toEqual([true, false, true])
    const none = layoutHeat(model(small), 600, 300, words, measure)
    expect(none.cells.some((c) => c.dimmed)).toBe(false)
  })

  it('cuts long names with an ellipsis', () => {
    const long = { ...words, country: () => 'A very long name of a partner country indeed' }
    const l = layoutHeat(model(small), 600, 300, long, measure)
    for (const c of l.columns) {
      expect(c.text.endsWith('…')).toBe(true)
      expect(measure(c.text)).toBeLessThanOrEqual(COLUMN_LABEL_WIDTH)
    }
  })
})

describe('heatHitAt', () => {
  it('finds the cell under every point of it, and nothing where a cell is empty', () => {
    const l = layoutHeat(model(small), 600, 300, words, measure)
    for (const b of l.cells)
      for (const [dx, dy] of [
        [0, 0],
        [b.w - 1, b.h - 1],
        [b.w / 2, b.h / 2],
      ])
        expect(heatHitAt(l, b.x + dx, b.y + dy)).toEqual({ kind: 'cell', index: b.index })
    // Sphere a has no cell in Tajikistan's column.
    expect(heatHitAt(l, l.columns[2].x, l.rows[0].y)).toBeNull()
  })

  it('finds a sphere by its row label and a country anywhere along its turned label', () => {
    const l = layoutHeat(model(small), 600, 300, words, measure)
    expect(heatHitAt(l, l.plot.x - 20, l.rows[1].y)).toEqual({ kind: 'sphere', index: 1 })
    l.columns.forEach((c, i) => {
      for (const along of [4, 30, 60]) {
        const x = c.x - along * Math.cos(LABEL_TURN)
        const y = c.y + along * Math.sin(LABEL_TURN)
        expect(heatHitAt(l, x, y)).toEqual({ kind: 'country', index: i })
      }
    })
    expect(heatHitAt(l, l.columns[0].x, l.height - 1 + 500)).toBeNull()
    // Past the end of a short name, below and left of it: nothing.
    const c = l.columns[1]
    const past = c.width + 20
    expect(heatHitAt(l, c.x - past * Math.cos(LABEL_TURN), c.y + past * Math.sin(LABEL_TURN))).toBeNull()
  })
})
