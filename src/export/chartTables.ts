/**
 * The data tables behind the charts, as rows of cells (header first). Pure: a chart panel's CSV,
 * the workbook's sheets and the deck read the same rows, so none can disagree with another.
 * Headers are stable ids, the same in every language.
 */
import type { ChartRow } from '@/domain/chartRows'
import { STATUSES } from '@/domain/vocab'
import { DEADLINE_KINDS, type Deadlines } from '@/domain/deadlines'
import { type AgreementsByYear } from '@/domain/agreementsByYear'
import { type Heatmap } from '@/domain/heatmap'

export type Cell = string | number
export type Table = readonly (readonly Cell[])[]

/** The chart-data layout of shared/test-hooks.md: key, label, one column per status, overdue, total. */
export function statusRowsTable(rows: readonly ChartRow[]): Table {
  return [
    ['key', 'label', ...STATUSES, 'overdue', 'total'],
    ...rows.map((r) => [r.key, r.label, ...STATUSES.map((s) => r.counts[s]), r.overdue, r.total]),
  ]
}

export function agreementsByYearTable(a: AgreementsByYear): Table {
  const totals = a.years.map((_, y) => a.counts.reduce((sum, row) => sum + row[y], 0))
  return [
    ['year', ...a.types, 'total'],
    ...a.years.map((year, y) => [year, ...a.counts.map((row) => row[y]), totals[y]]),
  ]
}

export function deadlinesTable(d: Deadlines): Table {
  return [
    ['month', ...DEADLINE_KINDS, 'total'],
    ...d.months.map((m, i) => [
      m,
      ...DEADLINE_KINDS.map((k) => d.counts[k][i]),
      DEADLINE_KINDS.reduce((sum, k) => sum + d.counts[k][i], 0),
    ]),
  ]
}

export function heatmapTable(h: Heatmap, label: { sphere(id: string): string; country(code: string): string }): Table {
  return [
    ['sphere', 'sphere_label', 'country', 'country_label', 'total', 'completed', 'cancelled', 'completion_rate'],
    ...h.cells.map((c) => [
      c.sphere,
      label.sphere(c.sphere),
      c.country,
      label.country(c.country),
      c.total,
      c.completed,
      c.cancelled,
      c.rate === null ? '' : Number(c.rate.toFixed(4)),
    ]),
  ]
}
