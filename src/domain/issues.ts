/**
 * What is wrong with an imported file, as data: a code the UI words in the user's language, the
 * JSON path (`commitments[12].due`), and line/column where the file could be read as text.
 */
export type ErrorCode =
  | 'empty_file'
  | 'too_large'
  | 'utf16'
  | 'utf32'
  | 'bom_twice'
  | 'not_utf8'
  | 'json_syntax'
  | 'json_end'
  | 'duplicate_key'
  | 'not_object'
  | 'forbidden_key'
  | 'format_missing'
  | 'format_wrong'
  | 'version_missing'
  | 'version_unsupported'
  | 'required'
  | 'wrong_type'
  | 'number_too_large'
  | 'not_in_list'
  | 'too_small'
  | 'too_big'
  | 'too_few'
  | 'too_many'
  | 'too_long'
  | 'empty_string'
  | 'invalid_date'
  | 'unknown_country'
  | 'bad_region'
  | 'region_country'
  | 'bad_language_tag'
  | 'bad_sphere_id'
  | 'bad_url'
  | 'bad_text'
  | 'empty_text'
  | 'duplicate_agreement'
  | 'duplicate_commitment'
  | 'dangling_agreement'
  | 'unknown_sphere'
  | 'invalid'
  // A workbook (the spreadsheet form): the file itself, then its sheets.
  | 'xlsx_not_workbook'
  | 'xlsx_legacy'
  | 'xlsx_csv'
  | 'xlsx_encrypted'
  | 'xlsx_damaged'
  | 'xlsx_unpacked_too_large'
  | 'sheet_missing'
  | 'sheet_no_header'
  | 'sheet_orphan_row'

export type WarningCode =
  | 'update_after_asof'
  | 'status_differs_from_update'
  | 'completed_under_100'
  | 'due_before_signed'
  | 'unknown_field'
  | 'sheet_unknown_column'

/**
 * Where an issue of a workbook is, as Excel shows it: `Commitments!L12` (a whole row `Commitments!12:12`
 * when the row has no such column), the column's header as written, and the format's field.
 */
export interface SheetPlace {
  ref: string
  header?: string
  field?: string
}

export interface ImportIssue<C extends string = ErrorCode | WarningCode> {
  code: C
  /** JSON path, `commitments[3].due`; empty for the file as a whole. */
  path: string
  /** Values for the message (the value found, what was expected, …); all plain text. */
  params?: Record<string, string | number>
  line?: number
  column?: number
  /** In a workbook, the cell (then `path` is the JSON path the cell maps to). */
  place?: SheetPlace
}
export type ImportError = ImportIssue<ErrorCode>
export type ImportWarning = ImportIssue<WarningCode>

/**
 * The number an issue's message agrees with (its plural form): how many items a list needs at
 * least, or how many times an unknown field was found; 2 (the plural) for the others.
 */
export function pluralCount(issue: ImportIssue): number {
  return Number(issue.params?.minimum ?? issue.params?.count ?? 2)
}

/** Errors and warnings listed in full; beyond this the UI says "and N more". */
export const LISTED_ISSUES = 100

/** A name written bare in a path; any other (empty, or holding `.`, `[`, `]`, a quote, a backslash or a blank) is quoted. */
const BARE_NAME = /^[^\s.[\]"\\]+$/

/**
 * `['commitments', 12, 'due']` -> `commitments[12].due`; a name that could be misread is written
 * as a JSON string in brackets (`x-generator["a.b"].c`), so every path reads back to its names.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const seg of path) {
    const name = String(seg)
    if (typeof seg === 'number') out += `[${seg}]`
    else if (!BARE_NAME.test(name)) out += `[${JSON.stringify(name)}]`
    else out += out === '' ? name : `.${name}`
  }
  return out
}
