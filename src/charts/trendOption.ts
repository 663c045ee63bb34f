/**
 * The trend chart's option: every report of the series by its as-of date, the status counts
 * stacked (cumulative-flow style), the overdue count as a line, the completion rate on a second
 * axis. Pure.
 */
import type { EChartsOption } from 'echarts'
import type { TrendPoint } from '@/domain/trend'
import { STATUSES, type Status } from '@/domain/vocab'
import { AXIS_LABEL, legend, SPLIT } from './common'
import { escapeHtml } from './escape'
import { INK, OVERDUE_COLOR, STATUS_COLORS } from './palette'

export interface TrendWords {
  status(s: Status): string
  overdue: string
  rate: string
  date(iso: string): string
  percent(fraction: number): string
  number(n: number): string
}

export function trendOption(points: readonly TrendPoint[], shownId: string, words: TrendWords): EChartsOption {
  const dates = points.map((p) => words.date(p.asOf))
  const shown = points.findIndex((p) => p.id === shownId)
  return {
    animation: false,
    legend: legend([...STATUSES.map(words.status), words.overdue, words.rate]),
    grid: { top: 56, left: 8, right: 8, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (p: unknown) => {
        const i = (p as { dataIndex: number }[])[0]?.dataIndex ?? -1
        const pt = points[i]
        if (!pt) return ''
        const lines = STATUSES.filter((s) => pt.counts[s] > 0).map(
          (s) => `${escapeHtml(words.status(s))}: <b>${words.number(pt.counts[s])}</b>`,
        )
        lines.push(`${escapeHtml(words.overdue)}: <b>${words.number(pt.overdue)}</b>`)
        if (pt.completionRate !== null)
          lines.push(`${escapeHtml(words.rate)}: <b>${words.percent(pt.completionRate)}</b>`)
        return `<b>${escapeHtml(dates[i])}</b><br>${lines.join('<br>')}`
      },
    },
    xAxis: { type: 'category', boundaryGap: false, data: dates, axisLabel: AXIS_LABEL },
    yAxis: [
      { type: 'value', minInterval: 1, splitLine: SPLIT, axisLabel: { color: INK.muted } },
      {
        type: 'value',
        min: 0,
        max: 1,
        splitLine: { show: false },
        axisLabel: { color: INK.muted, formatter: (v: number) => words.percent(v) },
      },
    ],
    series: [
      ...STATUSES.map((s) => ({
        type: 'line' as const,
        id: s,
        name: words.status(s),
        stack: 'status',
        areaStyle: { color: STATUS_COLORS[s], opacity: 0.85 },
        lineStyle: { width: 1, color: STATUS_COLORS[s] },
        itemStyle: { color: STATUS_COLORS[s] },
        symbolSize: 6,
        data: points.map((p) => p.counts[s]),
      })),
      {
        type: 'line' as const,
        id: 'overdue',
        name: words.overdue,
        lineStyle: { width: 3, type: 'dashed' as const, color: OVERDUE_COLOR },
        itemStyle: { color: OVERDUE_COLOR },
        symbol: 'diamond',
        symbolSize: 9,
        data: points.map((p) => p.overdue),
      },
      {
        type: 'line' as const,
        id: 'rate',
        name: words.rate,
        yAxisIndex: 1,
        lineStyle: { width: 3, color: INK.text },
        itemStyle: { color: INK.text },
        symbolSize: 8,
        data: points.map((p) => p.completionRate),
        ...(shown >= 0
          ? {
              markLine: {
                symbol: 'none',
                silent: true,
                lineStyle: { color: INK.text, type: 'dotted' as const },
                label: { show: false },
                data: [{ xAxis: dates[shown] }],
              },
            }
          : {}),
      },
    ],
  }
}
