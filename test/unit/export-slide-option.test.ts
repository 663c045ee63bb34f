import { describe, expect, it } from 'vitest'
import { slideChartOption, stackedBarOption, SLIDE_SIZE } from '@/charts/slideOption'
import { statusBarOption } from '@/charts/statusBars'
import type { ChartRow } from '@/domain/chartRows'
import { STATUSES } from '@/domain/vocab'

type Obj = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any -- reading an ECharts option back in a test

const row = (key: string, label: string, total: number): ChartRow => ({
  key,
  label,
  overdue: 0,
  total,
  counts: Object.fromEntries(STATUSES.map((s, i) => [s, i === 0 ? total : 0])) as ChartRow['counts'],
})
const words = {
  status: (s: string) => s.replace('_', ' '),
  overdue: (c: string) => c,
  total: (c: string) => c,
  number: String,
}
const texts = {
  title: 'Follow-up status by sphere',
  subtitle: 'Filters: Sphere: Digitalization',
  footer: 'Source: Test — Ministry · as of 30 June 2026',
}
const frame = { ...SLIDE_SIZE, background: 'white' as const }

describe('chart options at slide size', () => {
  const base = statusBarOption(
    [
      row('digitalization', 'Digitalization', 3),
      row('x', 'A very long sphere name that the dashboard would cut short', 1),
    ],
    { orientation: 'horizontal', words },
  )
  const o = slideChartOption(base, texts, frame) as Obj

  it('title, filters and footer; then the legend; then the plot, top to bottom without overlap', () => {
    expect(o.title).toMatchObject({ text: texts.title, subtext: texts.subtitle })
    expect(o.graphic[0].style.text).toBe(texts.footer)
    expect(o.legend.top).toBeGreaterThan(o.title.top + 40 + 22)
    expect(o.grid.top).toBeGreaterThan(o.legend.top + 20)
    expect(o.grid.bottom).toBeGreaterThan(40)
    expect(o.backgroundColor).toBe('#ffffff')
    expect(slideChartOption(base, texts, { ...frame, background: 'transparent' }).backgroundColor).toBe('transparent')
  })

  it('axis labels are kept inside the picture and wrap instead of being cut', () => {
    expect(o.grid).toMatchObject({ outerBoundsMode: 'same', outerBoundsContain: 'axisLabel', containLabel: false })
    expect(o.yAxis.axisLabel).toMatchObject({ overflow: 'break', interval: 0 })
    expect(o.yAxis.axisLabel.width).toBeGreaterThan((base.yAxis as Obj).axisLabel.width)
    // The data and the colours are the dashboard's.
    expect((o.series as Obj[]).map((s) => s.data)).toEqual((base.series as Obj[]).map((s) => s.data))
    expect(o.tooltip).toEqual({ show: false })
  })

  it('a long filter line and a legend of many entries push the plot down rather than overlap it', () => {
    const long = slideChartOption(base, { ...texts, subtitle: 'Filters: '.padEnd(400, 'x') }, frame) as Obj
    expect(long.legend.top).toBeGreaterThan(o.legend.top)
    const many = stackedBarOption({
      direction: 'col',
      categories: ['2024'],
      series: Array.from({ length: 12 }, (_, i) => ({
        id: `t${i}`,
        name: `Agreement type number ${i}`,
        color: '#000000',
        values: [1],
      })),
    })
    const wrapped = slideChartOption(many, texts, frame) as Obj
    expect(wrapped.grid.top - wrapped.legend.top).toBeGreaterThan(o.grid.top - o.legend.top)
  })

  it('without texts (a deck picture: the slide has them) the chart takes the whole picture', () => {
    const bare = slideChartOption(
      stackedBarOption({
        direction: 'bar',
        categories: ['A'],
        series: [{ id: 's', name: 'S', color: '#000000', values: [1] }],
      }),
      null,
      frame,
    ) as Obj
    expect(bare.title).toBeUndefined()
    expect(bare.graphic).toEqual([])
    expect(bare.grid.top).toBeLessThan(o.grid.top)
  })
})
