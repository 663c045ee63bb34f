/** Option builders for the heatmap, deadlines and agreements-per-year charts. Pure. */
import type { EChartsOption } from 'echarts'
import { AGREEMENT_TYPES, type AgreementType } from '@/domain/vocab'
import { DEADLINE_KINDS, type AgreementsByYear, type DeadlineKind, type Deadlines, type Heatmap } from '@/domain/views'
import { escapeHtml } from './escape'
import { DEADLINE_COLORS, INK, RATE_RAMP, TYPE_COLORS, barOutline } from './palette'

const AXIS_LABEL = { color: INK.text }
const LABELLED_CELLS = 200
const SPLIT = { lineStyle: { color: INK.grid } }
const legend = (names: string[]) => ({
  // One line that pages when it does not fit (a phone): a wrapped legend would cover the axis.
  type: 'scroll' as const,
  top: 0,
  left: 0,
  itemWidth: 12,
  itemHeight: 12,
  textStyle: { color: INK.text },
  data: names,
})

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

export interface AgreementWords {
  type(t: AgreementType): string
}

/** Agreements signed per year, stacked by type. */
export function agreementsByYearOption(
  a: AgreementsByYear,
  words: AgreementWords,
  selected: { types: ReadonlySet<string>; years: ReadonlySet<string> },
): EChartsOption {
  const anyYear = selected.years.size > 0
  return {
    animation: false,
    legend: legend(a.types.map(words.type)),
    grid: { top: 56, left: 8, right: 16, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      valueFormatter: (v: unknown) => String(v),
    },
    xAxis: { type: 'category', data: a.years, triggerEvent: true, axisLabel: AXIS_LABEL },
    yAxis: { type: 'value', minInterval: 1, splitLine: SPLIT, axisLabel: { color: INK.muted } },
    series: a.types.map((t, ti) => ({
      type: 'bar' as const,
      id: t,
      name: words.type(t),
      stack: 'type',
      barMaxWidth: 28,
      cursor: 'pointer',
      itemStyle: {
        color: TYPE_COLORS[AGREEMENT_TYPES.indexOf(t)],
        borderColor: barOutline(TYPE_COLORS[AGREEMENT_TYPES.indexOf(t)]),
        borderWidth: 1,
        opacity: selected.types.size && !selected.types.has(t) ? 0.28 : 1,
      },
      data: a.counts[ti].map((v, yi) => ({
        value: v,
        itemStyle: anyYear && !selected.years.has(a.years[yi]) ? { opacity: 0.28 } : undefined,
      })),
    })),
  }
}
