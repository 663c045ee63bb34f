/** The option of the deadlines chart (commitments due per month around asOf). Pure. */
import type { EChartsOption } from 'echarts'
import { DEADLINE_KINDS, type DeadlineKind, type Deadlines } from '@/domain/deadlines'
import type { BarModel } from './barLayout'
import { AXIS_LABEL, legend, SPLIT } from './common'
import { escapeHtml } from './escape'
import { barOutline, DEADLINE_COLORS, INK } from './palette'

export interface DeadlineWords {
  kind(k: DeadlineKind): string
  month(yyyyMm: string): string
  asOf: string
}

/** Commitments due per month around asOf, stacked by how they stand; a line marks asOf's month. */
export function deadlinesOption(d: Deadlines, asOfMonth: string, words: DeadlineWords): EChartsOption {
  const labels = d.months.map(words.month)
  return {
    animation: false,
    legend: legend(DEADLINE_KINDS.map(words.kind)),
    grid: { top: 56, left: 8, right: 16, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (p: unknown) => {
        const items = p as { dataIndex: number }[]
        const m = items[0]?.dataIndex ?? -1
        if (m < 0) return ''
        const lines = DEADLINE_KINDS.filter((k) => d.counts[k][m] > 0).map(
          (k) => `${escapeHtml(words.kind(k))}: <b>${d.counts[k][m]}</b>`,
        )
        return `<b>${escapeHtml(labels[m])}</b><br>${lines.join('<br>')}`
      },
    },
    xAxis: { type: 'category', data: labels, axisLabel: { ...AXIS_LABEL, interval: 1, rotate: 40 } },
    yAxis: { type: 'value', minInterval: 1, splitLine: SPLIT, axisLabel: { color: INK.muted } },
    series: DEADLINE_KINDS.map((k, i) => ({
      type: 'bar' as const,
      id: k,
      name: words.kind(k),
      stack: 'due',
      barMaxWidth: 22,
      // Outlined as the status bars are (palette.ts: barOutline), for 3:1 against the background.
      itemStyle: { color: DEADLINE_COLORS[k], borderColor: barOutline(DEADLINE_COLORS[k]), borderWidth: 1 },
      data: d.counts[k],
      ...(i === 0
        ? {
            markLine: {
              symbol: 'none',
              silent: true,
              lineStyle: { color: INK.text, type: 'dashed' as const },
              label: { formatter: words.asOf, color: INK.text },
              data: [{ xAxis: words.month(asOfMonth) }],
            },
          }
        : {}),
    })),
  }
}

/** The same chart as our own renderer draws it (barLayout.ts): a bar a month, the as-of month marked. */
export function deadlinesBarModel(d: Deadlines, asOfMonth: string, words: DeadlineWords): BarModel<DeadlineKind> {
  const rows = d.months.map((m, i) => {
    const counts = Object.fromEntries(DEADLINE_KINDS.map((k) => [k, d.counts[k][i]])) as Record<DeadlineKind, number>
    return { key: m, label: words.month(m), counts, total: DEADLINE_KINDS.reduce((sum, k) => sum + counts[k], 0) }
  })
  const at = d.months.indexOf(asOfMonth)
  return {
    rows,
    series: DEADLINE_KINDS,
    orientation: 'vertical',
    selected: new Set(),
    selectedSeries: new Set(),
    marker: at >= 0 ? { index: at, text: words.asOf } : undefined,
  }
}

/** The fill of each deadline kind, in DEADLINE_KINDS order. */
export const DEADLINE_FILLS: readonly string[] = DEADLINE_KINDS.map((k) => DEADLINE_COLORS[k])
