/** The option of the completion heatmap (sphere × partner country). Pure. */
import type { EChartsOption } from 'echarts'
import type { Heatmap } from '@/domain/heatmap'
import { AXIS_LABEL } from './common'
import { escapeHtml } from './escape'
import { LABELLED_CELLS } from './heatLayout'
import { INK, RATE_RAMP } from './palette'

export interface HeatmapWords {
  sphere(id: string): string
  country(code: string): string
  percent(rate: number): string
  cell(total: string, completed: string): string
  noRate: string
}

/** Completion rate per sphere × partner country; cells without commitments stay empty. */
export function heatmapOption(
  h: Heatmap,
  words: HeatmapWords,
  selected: { spheres: ReadonlySet<string>; countries: ReadonlySet<string> },
): EChartsOption {
  const x = h.countries
  const y = h.spheres
  const xi = new Map(x.map((c, i) => [c, i]))
  const yi = new Map(y.map((s, i) => [s, i]))
  const anySelected = selected.spheres.size > 0 || selected.countries.size > 0
  return {
    animation: false,
    grid: { top: 8, left: 8, right: 16, bottom: 56, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      confine: true,
      formatter: (p: unknown) => {
        const cell = h.cells[(p as { dataIndex: number }).dataIndex]
        if (!cell) return ''
        const rate = cell.rate === null ? words.noRate : words.percent(cell.rate)
        return `<b>${escapeHtml(words.sphere(cell.sphere))} · ${escapeHtml(words.country(cell.country))}</b><br>${escapeHtml(rate)}<br>${escapeHtml(words.cell(String(cell.total), String(cell.completed)))}`
      },
    },
    xAxis: {
      type: 'category',
      data: x.map(words.country),
      triggerEvent: true,
      axisLabel: { ...AXIS_LABEL, rotate: 40, interval: 0, width: 110, overflow: 'truncate' },
      splitArea: { show: false },
    },
    yAxis: {
      type: 'category',
      data: y.map(words.sphere),
      inverse: true,
      triggerEvent: true,
      axisLabel: { ...AXIS_LABEL, width: 150, overflow: 'truncate', interval: 0 },
    },
    visualMap: {
      min: 0,
      max: 1,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 160,
      inRange: { color: [...RATE_RAMP] },
      text: [words.percent(1), words.percent(0)],
      textStyle: { color: INK.muted },
    },
    series: [
      {
        type: 'heatmap',
        cursor: 'pointer',
        // Labels on a few hundred cells cost more than the rest of the chart: above that, the tooltip and the table tell.
        label: {
          show: h.cells.length <= LABELLED_CELLS,
          fontSize: 10,
          formatter: (p: unknown) => {
            const c = h.cells[(p as { dataIndex: number }).dataIndex]
            return c && c.rate !== null ? words.percent(c.rate) : '—'
          },
        },
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
        data: h.cells.map((c) => {
          const on =
            !anySelected ||
            ((selected.spheres.size === 0 || selected.spheres.has(c.sphere)) &&
              (selected.countries.size === 0 || selected.countries.has(c.country)))
          // A cell whose rate is undefined (all cancelled) is shown without a colour value.
          return {
            value: [xi.get(c.country)!, yi.get(c.sphere)!, c.rate ?? '-'],
            itemStyle: on ? undefined : { opacity: 0.3 },
          }
        }),
      },
    ],
  }
}
