/**
 * The comparison's tables (shared/test-hooks.md, "Comparison CSVs"), as rows of cells, header
 * first, with stable ids for headers: the CSV downloads, the workbook's sheets and the deck read
 * the same rows.
 */
import type { Columns } from '@/domain/columns'
import { classesOf, MATRIX_FROM, MATRIX_TO, type Change, type Comparison } from '@/domain/compare'
import { dateFromNumber } from '@/domain/dates'
import type { TrendPoint } from '@/domain/trend'
import { STATUSES } from '@/domain/vocab'
import type { Table } from './chartTables'

/** Baseline status (or new) × current status (or removed), with each row's total. */
export function transitionsTable(c: Comparison): Table {
  const width = MATRIX_TO.length
  return [
    ['from', ...MATRIX_TO, 'total'],
    ...MATRIX_FROM.map((from, r) => {
      const cells = Array.from(c.matrix.subarray(r * width, (r + 1) * width))
      return [from, ...cells, cells.reduce((a, b) => a + b, 0)]
    }),
  ]
}

/** What a change list's rows need besides the columns: each report's titles by row. */
export interface ChangeTexts {
  id(c: Change): string
  title(c: Change): string
}

/** One row per changed commitment: its classes (format page order) and its state before and after. */
export function changesTable(
  changes: readonly Change[],
  current: Columns,
  baseline: Columns,
  text: ChangeTexts,
): Table {
  const status = (cols: Columns, i: number) => (i < 0 ? '' : STATUSES[cols.status[i]])
  const due = (cols: Columns, i: number) => (i < 0 || cols.due[i] === 0 ? '' : dateFromNumber(cols.due[i]))
  return [
    ['id', 'title', 'classes', 'status_before', 'status_after', 'due_before', 'due_after'],
    ...changes.map((c) => [
      text.id(c),
      text.title(c),
      classesOf(c.classes).join(';'),
      status(baseline, c.baseRow),
      status(current, c.row),
      due(baseline, c.baseRow),
      due(current, c.row),
    ]),
  ]
}

/** The trend chart's data: one row per report, in `asOf` order. */
export function trendTable(points: readonly TrendPoint[]): Table {
  return [
    ['key', 'label', ...STATUSES, 'overdue', 'total'],
    ...points.map((p) => [p.id, p.asOf, ...STATUSES.map((s) => p.counts[s]), p.overdue, p.total]),
  ]
}
