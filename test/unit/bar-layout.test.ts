/**
 * The status bars' own renderer (issue 16): its geometry is pure, so what a user sees and clicks
 * is checked here — bar lengths in proportion to the counts, statuses stacked in their order,
 * dimming, labels cut and thinned so none overlap, and what a point of the chart is over.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DIMMED,
  LABEL_WIDTH,
  MARKER_ROOM,
  fitText,
  hitAt,
  layoutBars,
  niceTicks,
  type BarModel,
  type StackRow,
} from '@/charts/barLayout'
import { markColour, markColourOn, paintTile } from '@/charts/barPaint'
import type { ChartRow } from '@/domain/chartRows'
import { STATUSES, type Status } from '@/domain/vocab'

/** A monospace stand-in for the canvas: 7 px a character. */
const tools = { measure: (t: string) => Array.from(t).length * 7, number: (n: number) => n.toLocaleString('en') }
const row = (key: string, counts: Partial<Record<Status, number>>, label = key): ChartRow => {
  const all = Object.fromEntries(STATUSES.map((s) => [s, counts[s] ?? 0])) as ChartRow['counts']
  const total = STATUSES.reduce((a, s) => a + all[s], 0)
  return { key, label, counts: all, overdue: 0, total }
}
const model = (rows: ChartRow[], extra: Partial<BarModel> = {}): BarModel => ({
  rows,
  series: STATUSES,
  orientation: 'horizontal',
  selected: new Set(),
  selectedSeries: new Set(),
  ...extra,
})

describe('niceTicks', () => {
  it('counts up in whole round steps to at least the largest value', () => {
    expect(niceTicks(18, 5)).toEqual([0, 5, 10, 15, 20])
    expect(niceTicks(3, 5)).toEqual([0, 1, 2, 3])
    expect(niceTicks(0, 5)).toEqual([0, 1])
    expect(niceTicks(98_765, 4)).toEqual([0, 50_000, 100_000])
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 2, max: 6 }), (max, count) => {
        const ticks = niceTicks(max, count)
        expect(ticks[0]).toBe(0)
        expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(max)
        expect(ticks.length).toBeLessThanOrEqual(2 * count + 2)
        const step = ticks[1] - ticks[0]
        expect(Number.isInteger(step)).toBe(true)
        expect(String(step)).toMatch(/^[125]0*$/)
      }),
    )
  })
})

describe('fitText', () => {
  it('keeps a short label, cuts a long one with an ellipsis within the width, never inside a character', () => {
    expect(fitText('Ecology', 150, tools.measure)).toBe('Ecology')
    const cut = fitText('Culture and humanitarian cooperation', 150, tools.measure)
    expect(cut.endsWith('…')).toBe(true)
    expect(tools.measure(cut)).toBeLessThanOrEqual(150)
    expect(tools.measure(cut.slice(0, -1) + 'x…')).toBeGreaterThan(150)
    // Emoji are two UTF-16 units: the cut keeps whole ones.
    const emoji = fitText('😀'.repeat(40), 70, tools.measure)
    expect(emoji).toBe('😀'.repeat(9) + '…')
  })
})

describe('layoutBars', () => {
  const rows = [
    row('trade', { not_started: 1, in_progress: 5, completed: 7, cancelled: 1 }),
    row('ecology', { in_progress: 2, completed: 2 }),
    row('space', {}),
  ]

  it('stacks the statuses in their order, each as long as its count, from the axis', () => {
    const l = layoutBars(model(rows), 600, 300, tools)
    const scale = l.plot.w / l.ticks[l.ticks.length - 1].value
    const trade = l.bars[0]
    expect(trade.segments.map((s) => s.series)).toEqual(['not_started', 'in_progress', 'completed', 'cancelled'])
    expect(trade.segments[0].x).toBe(l.plot.x)
    trade.segments.forEach((s, i) => {
      if (i > 0) expect(s.x).toBe(trade.segments[i - 1].x + trade.segments[i - 1].w)
      expect(Math.abs(s.w - rows[0].counts[s.series] * scale)).toBeLessThanOrEqual(1)
    })
    // A bar at zero is a place with its label and nothing drawn.
    expect(l.bars[2].segments).toEqual([])
    expect(l.bars[2].label).toBe('space')
    // Bars in their rows' order, top down, inside the plot.
    expect(l.bars.map((b) => b.index)).toEqual([0, 1, 2])
    expect(l.bars[0].band.y).toBeLessThan(l.bars[1].band.y)
    for (const b of l.bars) expect(b.band.y + b.band.h).toBeLessThanOrEqual(l.plot.y + l.plot.h + 1)
  })

  it('vertical bars grow up from the axis', () => {
    const l = layoutBars(model(rows, { orientation: 'vertical' }), 600, 300, tools)
    const bottom = l.plot.y + l.plot.h
    const [first] = l.bars[0].segments
    expect(first.y + first.h).toBe(bottom)
    expect(l.bars[0].segments[1].y + l.bars[0].segments[1].h).toBe(first.y)
    expect(l.ticks[0].at).toBe(bottom)
  })

  it('a count of one among a million is still a pixel to see and hover', () => {
    const l = layoutBars(model([row('big', { completed: 1_000_000 }), row('small', { suspended: 1 })]), 600, 300, tools)
    expect(l.bars[1].segments[0].w).toBe(1)
  })

  it('dims the bars outside the selection and the statuses outside the status filter; mutes their labels', () => {
    const l = layoutBars(
      model(rows, { selected: new Set(['trade']), selectedSeries: new Set(['completed']) }),
      600,
      300,
      tools,
    )
    expect(l.bars[0].muted).toBe(false)
    expect(l.bars[1].muted).toBe(true)
    expect(l.bars[0].segments.filter((s) => !s.dimmed).map((s) => s.series)).toEqual(['completed'])
    expect(l.bars[1].segments.every((s) => s.dimmed)).toBe(true)
    expect(DIMMED).toBeLessThan(0.5)
  })

  it('cuts long labels to the label width, and thins 3,000 years so that no two labels overlap', () => {
    const long = layoutBars(model([row('x', { completed: 1 }, 'L'.repeat(80))]), 600, 300, tools)
    expect(tools.measure(long.bars[0].label!)).toBeLessThanOrEqual(LABEL_WIDTH)
    const years = Array.from({ length: 3000 }, (_, i) => row(String(1000 + i), { completed: 1 }))
    const l = layoutBars(model(years, { orientation: 'vertical' }), 1200, 340, tools)
    const shown = l.bars.filter((b) => b.label !== null)
    expect(shown.length).toBeGreaterThan(5)
    expect(shown.length).toBeLessThan(3000)
    for (let i = 1; i < shown.length; i++)
      expect(shown[i].labelAt.x - shown[i - 1].labelAt.x).toBeGreaterThan(tools.measure('2000'))
    // Under a hundred years wide enough: every one is labelled.
    const few = layoutBars(model(years.slice(0, 8), { orientation: 'vertical' }), 600, 340, tools)
    expect(few.bars.every((b) => b.label !== null)).toBe(true)
  })
})

describe('hitAt', () => {
  const rows = [row('trade', { in_progress: 5, completed: 7 }), row('ecology', { completed: 2 })]
  const l = layoutBars(model(rows), 600, 300, tools)
  const mid = (b: { x: number; y: number; w: number; h: number }) => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 })

  it('a segment gives its bar and status; the label and the rest of the band give the bar alone', () => {
    const seg = l.bars[0].segments[1]
    expect(hitAt(l, mid(seg).x, mid(seg).y)).toEqual({ index: 0, series: 'completed' })
    expect(hitAt(l, 20, mid(l.bars[1].band).y)).toEqual({ index: 1, series: null })
    expect(hitAt(l, l.plot.x + l.plot.w - 2, mid(l.bars[1].band).y)).toEqual({ index: 1, series: null })
  })

  it('outside every band (the value axis, past the last bar) is nothing', () => {
    expect(hitAt(l, mid(l.bars[0].segments[0]).x, l.plot.y + l.plot.h + 10)).toBeNull()
    expect(hitAt(l, 300, 2)).toBeNull()
  })

  it('every point of a segment hits that segment', () => {
    fc.assert(
      fc.property(
        fc.nat(1),
        fc.nat(1),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (b, s, fx, fy) => {
          const seg = l.bars[b].segments[Math.min(s, l.bars[b].segments.length - 1)]
          expect(hitAt(l, seg.x + fx * seg.w, seg.y + fy * seg.h)).toEqual({ index: b, series: seg.series })
        },
      ),
    )
  })
})

describe('pattern marks', () => {
  it('are light on the dark fills and dark on the light ones', () => {
    expect(markColour('ongoing')).toMatch(/255, 255, 255/)
    expect(markColour('cancelled')).toMatch(/255, 255, 255/)
    expect(markColour('not_started')).toMatch(/0, 0, 0/)
    expect(markColour('no_information')).toMatch(/0, 0, 0/)
  })
})

describe('any stacked series (agreement types, deadline kinds)', () => {
  const kinds = ['late', 'on_time', 'upcoming'] as const
  type Kind = (typeof kinds)[number]
  const months = (n: number): StackRow<Kind>[] =>
    Array.from({ length: n }, (_, i) => {
      const counts = { late: i % 3, on_time: 2, upcoming: i }
      return { key: `2026-${i}`, label: `M${i}`, counts, total: counts.late + counts.on_time + counts.upcoming }
    })
  const kindModel = (rows: StackRow<Kind>[], extra: Partial<BarModel<Kind>> = {}): BarModel<Kind> => ({
    rows,
    series: kinds,
    orientation: 'vertical',
    selected: new Set(),
    selectedSeries: new Set(),
    ...extra,
  })

  it('stacks the series in the model’s order, and dims those outside the series filter', () => {
    const l = layoutBars(kindModel(months(6), { selectedSeries: new Set(['upcoming']) }), 600, 300, tools)
    const bar = l.bars[4]
    expect(bar.segments.map((s) => s.series)).toEqual(['late', 'on_time', 'upcoming'])
    // Vertical: each segment above the one before.
    for (let i = 1; i < bar.segments.length; i++)
      expect(bar.segments[i].y + bar.segments[i].h).toBe(bar.segments[i - 1].y)
    expect(bar.segments.filter((s) => !s.dimmed).map((s) => s.series)).toEqual(['upcoming'])
    expect(hitAt(l, bar.segments[2].x + 1, bar.segments[2].y + 1)).toEqual({ index: 4, series: 'upcoming' })
  })

  it('puts the marker through the middle of its bar’s band, with room for its text above the bars', () => {
    const plain = layoutBars(kindModel(months(12)), 800, 300, tools)
    expect(plain.marker).toBeNull()
    const l = layoutBars(kindModel(months(12), { marker: { index: 5, text: 'As of' } }), 800, 300, tools)
    const band = l.bars[5].band
    expect(l.marker).toEqual({ at: Math.round(band.x + band.w / 2), text: 'As of' })
    expect(l.plot.y).toBeGreaterThanOrEqual(MARKER_ROOM)
    // A marker past the bars (a month out of the data) draws nothing.
    expect(layoutBars(kindModel(months(3), { marker: { index: 7, text: 'x' } }), 800, 300, tools).marker).toBeNull()
  })

  it('marks ten series with ten different tiles', () => {
    const drawn: string[] = []
    const ctx = new Proxy(
      {},
      {
        get: (_, name: string) =>
          typeof name === 'string' && /^(moveTo|lineTo|arc|rect|closePath)$/.test(name)
            ? (...args: number[]) => drawn.push(`${name}(${args.join(',')})`)
            : () => undefined,
        set: () => true,
      },
    ) as unknown as CanvasRenderingContext2D
    const shapes = new Set<string>()
    for (let i = 0; i < 10; i++) {
      drawn.length = 0
      paintTile(ctx, i, '#336699')
      shapes.add(drawn.join(' '))
    }
    expect(shapes.size).toBe(10)
    expect(markColourOn('#332288')).toMatch(/255, 255, 255/)
    expect(markColourOn('#DDCC77')).toMatch(/0, 0, 0/)
  })
})
