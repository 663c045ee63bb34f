/**
 * The canvas charts give their context a font only when it lacks it (src/charts/canvasFont.ts):
 * each set has the browser work out the page's style at once, a few ms after a language switch or
 * any change to the page. A context that records what is set on it, run through the painters.
 */
import { describe, expect, it } from 'vitest'
import type { BarLayout } from '@/charts/barLayout'
import { paintBars } from '@/charts/barPaint'
import { setFont } from '@/charts/canvasFont'
import type { HeatLayout } from '@/charts/heatLayout'
import { paintHeat } from '@/charts/heatPaint'

const FONT = '12px "Noto Sans", sans-serif'

/** A 2D context whose methods do nothing and whose `font` sets are counted. */
function recordingContext() {
  const sets: string[] = []
  let font = '10px sans-serif'
  const target = {
    get font() {
      return font
    },
    set font(f: string) {
      sets.push(f)
      font = f
    },
  }
  const c = new Proxy(target, {
    get: (t, key) => (key in t ? Reflect.get(t, key) : () => undefined),
    set: (t, key, value) => Reflect.set(t, key, value),
  }) as unknown as CanvasRenderingContext2D
  return { c, sets }
}

describe('canvas fonts', () => {
  it('are set only when the context lacks them', () => {
    const { c, sets } = recordingContext()
    setFont(c, FONT)
    setFont(c, FONT)
    expect(sets).toEqual([FONT])
    setFont(c, '10px serif')
    expect(sets).toEqual([FONT, '10px serif'])
  })

  it('a bar chart painted again with the same font does not set it again', () => {
    const { c, sets } = recordingContext()
    const layout = {
      width: 300,
      height: 200,
      horizontal: false,
      plot: { x: 40, y: 10, w: 250, h: 160 },
      ticks: [],
      bars: [],
      marker: null,
    } as unknown as BarLayout<string>
    const style = { font: FONT, fills: [], patterns: null, hover: null }
    paintBars(c, layout, [], style)
    paintBars(c, layout, [], style)
    expect(sets).toEqual([FONT])
  })

  it('a heatmap sets its smaller font for the cells and its own back, no more', () => {
    const { c, sets } = recordingContext()
    const layout = { width: 300, height: 200, cells: [], rows: [], columns: [] } as unknown as HeatLayout
    paintHeat(c, layout, FONT, null)
    paintHeat(c, layout, FONT, null)
    const small = FONT.replace(/^12px/, '10px')
    expect(sets).toEqual([FONT, small, FONT, small, FONT])
  })
})
