/** CSV that spreadsheets open correctly (UTF-8 with BOM) and never run as formulas. */
import type { ChartRow } from '@/domain/chartRows'
import { STATUSES } from '@/domain/vocab'

/** A cell starting with one of these would be read as a formula by Excel, LibreOffice or Sheets. */
const FORMULA_START = /^[=+\-@\t\r]/

export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value)
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

/** The chart-data layout of shared/test-hooks.md: key, label, one column per status, overdue, total. */
export function chartRowsCsv(rows: readonly ChartRow[]): string {
  const header = ['key', 'label', ...STATUSES, 'overdue', 'total']
  return toCsv([header, ...rows.map((r) => [r.key, r.label, ...STATUSES.map((s) => r.counts[s]), r.overdue, r.total])])
}
