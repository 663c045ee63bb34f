/**
 * The data tables as one Excel workbook (write-excel-file: small, maintained, no dependency
 * beyond a zip library; loaded only when a workbook is asked for). Text cells are made
 * XML-safe and formula-safe, numbers stay numbers.
 */
import writeXlsxFile, { type Cell as XlsxCell, type Sheet } from 'write-excel-file/universal'
import { formulaSafe } from './csv'
import type { Table } from './chartTables'
import { xmlSafe } from './xmlText'

export interface SheetTable {
  name: string
  table: Table
}

/** Excel's rules for sheet names: 1–31 characters, none of []:*?/\, no apostrophe at either end, unique ignoring case. */
export function sheetNames(names: readonly string[]): string[] {
  const used = new Set<string>()
  return names.map((name, i) => {
    const base =
      xmlSafe(name)
        .replace(/[[\]:*?/\\]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^'+|'+$/g, '')
        .slice(0, 31)
        .trim() || `Sheet${i + 1}`
    let unique = base
    for (let n = 2; used.has(unique.toLowerCase()); n++) unique = `${base.slice(0, 31 - String(n).length - 1)} ${n}`
    used.add(unique.toLowerCase())
    return unique
  })
}

function cell(value: string | number, header: boolean): XlsxCell {
  if (typeof value === 'number') return { value, type: Number }
  if (value === '') return null
  // type String: written as text even when it looks like a number or a date.
  return { value: formulaSafe(xmlSafe(value)), type: String, ...(header ? { fontWeight: 'bold' as const } : {}) }
}

/** Width in characters of each column: its longest cell, within reason. */
function widths(table: Table): { width: number }[] {
  const n = table[0]?.length ?? 0
  return Array.from({ length: n }, (_, c) => ({
    width: Math.min(60, Math.max(8, ...table.slice(0, 500).map((r) => String(r[c] ?? '').length + 2))),
  }))
}

/** The sheets as write-excel-file takes them (exported for the tests). */
export function workbookSheets(tables: readonly SheetTable[]): Sheet<Blob>[] {
  const names = sheetNames(tables.map((t) => t.name))
  return tables.map((t, i) => ({
    sheet: names[i],
    data: t.table.map((row, r) => row.map((v) => cell(v, r === 0))),
    columns: widths(t.table),
    stickyRowsCount: 1,
  }))
}

export function workbookBlob(tables: readonly SheetTable[]): Promise<Blob> {
  return writeXlsxFile(workbookSheets(tables)).toBlob()
}
