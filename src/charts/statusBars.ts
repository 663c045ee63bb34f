/**
 * Option builder for the stacked "follow-up status by …" bar charts. Pure: rows and words in,
 * an ECharts option out; the component only draws it.
 */
import type { EChartsOption } from 'echarts'
import type { ChartRow } from '@/domain/chartRows'
import { STATUSES, type Status } from '@/domain/vocab'
import { escapeHtml } from './escape'
import { INK, OVERDUE_TEXT, STATUS_COLORS, barOutline } from './palette'

export interface StatusBarWords {
  status(s: Status): string
  overdue(count: string): string
  total(count: string): string
  number(n: number): string
}

export interface StatusBarOptions {
  /** Horizontal bars suit long category names (spheres, countries); vertical suits years. */
  orientation: 'horizontal' | 'vertical'
  words: StatusBarWords
  /** Keys selected by a filter on this chart's dimension: the other bars are dimmed. */
  selected?: ReadonlySet<string>
  /** Statuses selected by the status filter: their legend entries stay, the others are dimmed. */
  selectedStatuses?: ReadonlySet<string>
}

/** Opacity of bars outside the selection: still readable, clearly in the background. */
const DIMMED = 0.28

/**
 * Up to this many bars, every bar gets its label. Past it (a file may hold thousands of years)
 * they could not be read anyway, and measuring and truncating each label took seconds of the
 * main thread (3,000 years: a 1.7 s task): ECharts then picks which to show from a sample.
 */
export const ALL_LABELS_UP_TO = 100

export function statusBarOption(
  rows: ChartRow[],
  { orientation, words, selected, selectedStatuses }: StatusBarOptions,
): EChartsOption {
  const horizontal = orientation === 'horizontal'
  const anySelected = !!selected && selected.size > 0
  const isOn = (r: ChartRow) => !anySelected || selected!.has(r.key)
  const categoryAxis = {
    type: 'category' as const,
    data: rows.map((r) => r.label),
    inverse: horizontal,
    axisTick: { show: false },
    axisLine: { lineStyle: { color: INK.grid } },
    triggerEvent: true,
    axisLabel: {
      color: (_value?: string | number, index?: number) =>
        index !== undefined && rows[index] && !isOn(rows[index]) ? INK.muted : INK.text,
      width: 150,
      overflow: 'truncate' as const,
      interval: rows.length <= ALL_LABELS_UP_TO ? 0 : ('auto' as const),
    },
  }
  const valueAxis = {
    type: 'value' as const,
    minInterval: 1,
    splitLine: { lineStyle: { color: INK.grid } },
    axisLabel: { color: INK.muted },
  }
  return {
    // No animation: a filter change must show its numbers at once (and motion helps no one here).
    animation: false,
    // aria (a description in the UI language, the optional pattern fill) is set for every chart by ChartPanel.
    textStyle: { fontFamily: 'inherit' },
    legend: {
      // One line that pages when it does not fit (a phone): a wrapped legend would cover the axis.
      type: 'scroll',
      top: 0,
      left: 0,
      itemWidth: 12,
      itemHeight: 12,
      textStyle: { color: INK.text },
      data: STATUSES.map((s) => words.status(s)),
    },
    grid: horizontal ? { top: 56, left: 166, right: 24, bottom: 28 } : { top: 56, left: 60, right: 24, bottom: 28 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      // Labels and names come from imported files: escape before they meet HTML.
      formatter: (params: unknown) => {
        const items = (Array.isArray(params) ? params : [params]) as { dataIndex: number }[]
        const row = rows[items[0]?.dataIndex ?? -1]
        return row ? tooltipHtml(row, words) : ''
      },
    },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: STATUSES.map((s) => ({
      type: 'bar' as const,
      id: s,
      name: words.status(s),
      stack: 'status',
      barMaxWidth: 28,
      cursor: 'pointer',
      itemStyle: {
        color: STATUS_COLORS[s],
        // Pale fills get a darker outline of their hue: 3:1 against the background (palette.ts).
        borderColor: barOutline(STATUS_COLORS[s]),
        borderWidth: 1,
        opacity: selectedStatuses?.size && !selectedStatuses.has(s) ? DIMMED : 1,
      },
      emphasis: { focus: 'series' as const },
      // A zero is drawn as nothing ('-'): no empty element per bar and status to lay out and paint.
      data: rows.map((r) =>
        r.counts[s] === 0 ? '-' : isOn(r) ? r.counts[s] : { value: r.counts[s], itemStyle: { opacity: DIMMED } },
      ),
    })),
  }
}

function tooltipHtml(row: ChartRow, words: StatusBarWords): string {
  const lines = STATUSES.filter((s) => row.counts[s] > 0).map(
    (s) =>
      `<span style="display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:6px;background:${STATUS_COLORS[s]}"></span>` +
      `${escapeHtml(words.status(s))}: <b>${words.number(row.counts[s])}</b>`,
  )
  const overdue = row.overdue
    ? `<div style="color:${OVERDUE_TEXT}">${escapeHtml(words.overdue(words.number(row.overdue)))}</div>`
    : ''
  return `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(row.label)}</div>${lines.join('<br>')}${overdue}<div style="margin-top:4px">${escapeHtml(words.total(words.number(row.total)))}</div>`
}
