/** The option of the agreements-per-year chart, stacked by type. Pure. */
import type { EChartsOption } from 'echarts'
import type { AgreementsByYear } from '@/domain/agreementsByYear'
import type { BarModel } from './barLayout'
import { AGREEMENT_TYPES, type AgreementType } from '@/domain/vocab'
import { AXIS_LABEL, legend, SPLIT } from './common'
import { barOutline, INK, TYPE_COLORS } from './palette'

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

/** The same chart as our own renderer draws it (barLayout.ts): one bar a year, stacked by type. */
export function agreementsBarModel(
  a: AgreementsByYear,
  selected: { types: ReadonlySet<string>; years: ReadonlySet<string> },
): BarModel<AgreementType> {
  const rows = a.years.map((year, y) => {
    const counts = Object.fromEntries(a.types.map((t, ti) => [t, a.counts[ti][y]])) as Record<AgreementType, number>
    return { key: year, label: year, counts, total: a.counts.reduce((sum, row) => sum + row[y], 0) }
  })
  return {
    rows,
    series: a.types,
    orientation: 'vertical',
    selected: selected.years,
    selectedSeries: selected.types,
  }
}

/** The pattern mark of each of the chart's types: its place among all types, so it never moves. */
export const typeMarks = (types: readonly AgreementType[]): number[] => types.map((t) => AGREEMENT_TYPES.indexOf(t))

/** The fill of each of the chart's types, in its order. */
export const typeFills = (types: readonly AgreementType[]): string[] =>
  types.map((t) => TYPE_COLORS[AGREEMENT_TYPES.indexOf(t)])
