/**
 * The data tables as one Excel workbook (write-excel-file: small, maintained, no dependency
 * beyond a zip library; loaded only when a workbook is asked for). Text cells are made
 * XML-safe and formula-safe, numbers stay numbers.
 */
import writeXlsxFile, { type Cell as XlsxCell, type Sheet } from 'write-excel-file/universal'
import { formulaSafe } from './csv'
import type { Table } from './chartTables'
import type { FormCell, FormSheet } from './sheetExport'
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

/** A cell of the spreadsheet form: a date cell, a number, formula-safe text (bold in the header row). */
function formCell(value: FormCell, header: boolean): XlsxCell {
  if (value === null) return null
  if (typeof value === 'object') {
    // An empty date cell keeps the date format: what is typed into it is a date.
    if (value.date === '') return { value: null as unknown as Date, type: Date, format: DATE_FORMAT }
    const [y, m, d] = value.date.split('-').map(Number)
    return { value: new Date(Date.UTC(y, m - 1, d)), type: Date, format: DATE_FORMAT }
  }
  return cell(value, header)
}

/** How date cells show: the form's own date syntax, the same in every language. */
export const DATE_FORMAT = 'yyyy-mm-dd'

/** The form's sheets, then the chart tables, as write-excel-file takes them; every name within Excel's rules. */
export function formWorkbookSheets(form: readonly FormSheet[], extra: readonly SheetTable[] = []): Sheet<Blob>[] {
  const names = sheetNames([...form.map((f) => f.name), ...extra.map((t) => t.name)])
  return [
    ...form.map((f, i) => ({
      sheet: names[i],
      data:
        f.key === 'instructions' ? instructionRows(f) : f.rows.map((row, r) => row.map((v) => formCell(v, r === 0))),
      columns: f.widths.map((width) => ({ width })),
      stickyRowsCount: f.key === 'instructions' ? 0 : 1,
    })),
    ...workbookSheets(extra).map((s, i) => ({ ...s, sheet: names[form.length + i] })),
  ]
}

/** The workbook's bytes, for the download and for post-processing (the template's drop-down lists). */
export async function formWorkbookBytes(
  form: readonly FormSheet[],
  extra: readonly SheetTable[] = [],
): Promise<Uint8Array> {
  const blob = await writeXlsxFile(formWorkbookSheets(form, extra)).toBlob()
  return new Uint8Array(await blob.arrayBuffer())
}

/** The instructions sheet: a title, then paragraphs wrapped within the column. */
function instructionRows(f: FormSheet): XlsxCell[][] {
  return f.rows.map((row, r) =>
    row.map((v) =>
      typeof v === 'string'
        ? {
            value: formulaSafe(xmlSafe(v)),
            type: String,
            wrap: true,
            alignVertical: 'top' as const,
            // Spreadsheets do not grow a row to its wrapped text: the height is set from its length.
            height: r === 0 ? 24 : 15 * Math.ceil(v.length / 62) + 4,
            ...(r === 0 ? { fontWeight: 'bold' as const, fontSize: 14 } : {}),
          }
        : null,
    ),
  )
}
