/** CSV that spreadsheets open correctly (UTF-8 with BOM) and never run as formulas. */
import type { ChartRow } from '@/domain/chartRows'
import { statusRowsTable, type Table } from './chartTables'

/**
 * A cell starting with one of these would be read as a formula by Excel, LibreOffice or Sheets:
 * a tab or a carriage return, or a sign (ASCII or full-width ＝＋－＠, which Excel on an East Asian
 * input also takes) after any blanks, no-break spaces, byte-order marks or NULs, which spreadsheets
 * skip or trim before they look.
 */
const FORMULA_START = /^[\t\r]|^[\s\u0000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/

/** Text a spreadsheet shows as text: one starting like a formula gets a leading apostrophe. */
export function formulaSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/**
 * A CSV cell. Where Excel's list separator is `;` (ru, kk, de, fr settings) it splits an unquoted
 * cell at each `;`, so each part is guarded as a cell start and a cell holding `;` is quoted.
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value)
  const safe = value.includes(';') ? value.split(';').map(formulaSafe).join(';') : formulaSafe(value)
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function toCsv(rows: Table): string {
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

/** The chart-data layout of shared/test-hooks.md: key, label, one column per status, overdue, total. */
export function chartRowsCsv(rows: readonly ChartRow[]): string {
  return toCsv(statusRowsTable(rows))
}
