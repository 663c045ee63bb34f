/**
 * A workbook file -> a valid snapshot with its warnings, or the errors that refuse it, each
 * named by its cell. The same checks as a JSON file (validateSnapshot) run on the snapshot the
 * sheets make (./sheetForm); only reading the file differs. Runs in the data worker (and in Node
 * tests): read-excel-file is loaded on the first workbook, through its web-worker entry.
 */
import { LISTED_ISSUES, type ImportError, type ImportIssue } from '@/domain/issues'
import { validateSnapshot } from '@/domain/validate'
import type { ParseOutcome } from './parse'
import { fieldGroup, mapWorkbook, type SheetData, type SheetMapping } from './sheetForm'
import { BadZipError, workbookKindError, ZipEncryptedError, ZipTooLargeError } from './workbookFile'
import type { SheetKey } from '@/domain/sheetSpec'

const refuse = (error: ImportError): ParseOutcome => ({ ok: false, errors: [error], errorCount: 1 })

/** The sheets of a workbook as rows of cell values; throws what the unzipper or the reader throws. */
export async function readSheets(bytes: Uint8Array): Promise<SheetData[]> {
  // The web-worker entry: the /browser one starts blob: workers, which the CSP forbids.
  const { default: readXlsxFile } = await import('read-excel-file/web-worker')
  const copy = bytes.slice().buffer
  return (await readXlsxFile(copy)) as unknown as SheetData[]
}

/** Why a workbook could not be read, as an error the UI words. */
export function readError(e: unknown): ImportError {
  if (e instanceof ZipTooLargeError) return { code: 'xlsx_unpacked_too_large', path: '', params: { limit: e.unpacked } }
  if (e instanceof ZipEncryptedError) return { code: 'xlsx_encrypted', path: '' }
  if ((e as { code?: string })?.code === 'XLS_FILE_NOT_SUPPORTED') return { code: 'xlsx_legacy', path: '' }
  // A damaged zip (BadZipError), or what read-excel-file could not read (InvalidInputError,
  // InvalidSpreadsheetError, a part that is no XML): the file is not a workbook it can read.
  const detail = e instanceof BadZipError || e instanceof Error ? e.message.slice(0, 200) : String(e).slice(0, 200)
  return { code: 'xlsx_damaged', path: '', params: { detail } }
}

export async function parseWorkbook(bytes: Uint8Array, name: string, checking: () => void): Promise<ParseOutcome> {
  const kind = workbookKindError(name, bytes)
  if (kind) return refuse(kind)
  let sheets: SheetData[]
  try {
    sheets = await readSheets(bytes)
  } catch (e) {
    return refuse(readError(e))
  }
  checking()
  return checkSheets(sheets)
}

/** The sheets through the format's checks, every listed issue placed at its cell. */
export function checkSheets(sheets: readonly SheetData[]): ParseOutcome {
  const mapping = mapWorkbook(sheets)
  const result = validateSnapshot(mapping.raw)
  if (!result.ok || mapping.errors.length) {
    const found = result.ok ? [] : result.errors
    const errors = [...mapping.errors, ...found].slice(0, LISTED_ISSUES).map((i) => placed(i, mapping))
    return {
      ok: false,
      errors,
      errorCount: mapping.errors.length + (result.ok ? 0 : (result.errorCount ?? found.length)),
    }
  }
  const warnings = [...mapping.warnings, ...result.warnings]
  return {
    ok: true,
    snapshot: result.snapshot,
    warnings: warnings.slice(0, LISTED_ISSUES).map((i) => placed(i, mapping)),
    warningCount: warnings.length,
  }
}

const SHEET_OF: Record<string, SheetKey> = { agreements: 'agreements', commitments: 'commitments', spheres: 'spheres' }

/** An issue of the checks with its cell, and what the sheet's message needs: the other row of a duplicate, the names of the allowed values. */
function placed<T extends ImportIssue>(issue: T, mapping: SheetMapping): T {
  if (issue.place || !issue.path) return issue
  const place = mapping.place(issue.path)
  if (!place) return issue
  const params = { ...issue.params }
  const [, kind, index] = /^(agreements|commitments)\[(\d+)\]\.id$/.exec(issue.path) ?? []
  if ((issue.code === 'duplicate_agreement' || issue.code === 'duplicate_commitment') && kind) {
    const first = mapping.firstRow(kind as 'agreements' | 'commitments', Number(index))
    if (first) params.other = first.ref
  }
  if (issue.code === 'dangling_agreement') params.sheet = 'agreements'
  const sheet = /\.parties\[/.test(issue.path)
    ? 'parties'
    : /\.updates\[/.test(issue.path)
      ? 'updates'
      : SHEET_OF[issue.path.split(/[.[]/)[0]]
  const group = sheet && place.field ? fieldGroup(sheet, place.field) : undefined
  if (group && issue.code === 'not_in_list') params.group = group
  return { ...issue, params, place }
}
