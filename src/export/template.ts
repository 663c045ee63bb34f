/**
 * The spreadsheet template (hook `template-xlsx`): the sheets of the form with their headers in
 * the UI language (required ones starred), an instructions sheet, a sheet of the allowed values,
 * drop-down lists (data validation) on the columns that take them, date-formatted date columns,
 * frozen header rows and widths; or the same filled with the sample data. The sheets are planned
 * here (pure); the drop-down lists are added to the written file with jszip, since write-excel-file
 * has no data validation.
 */
import JSZip from 'jszip'
import { SHEET_FIELDS, SHEET_KEYS, columnLetters, type SheetKey } from '@/domain/sheetSpec'
import {
  AGREEMENT_TYPES,
  BUILTIN_SPHERES,
  LEGAL_STATUSES,
  OWED_BY,
  PARTY_KINDS,
  RECURRENCES,
  STATUSES,
} from '@/domain/vocab'
import {
  languageHeader,
  snapshotSheets,
  widthsOf,
  type FormCell,
  type FormSheet,
  type SheetWords,
  type SnapshotParts,
} from './sheetExport'

export interface TemplateWords extends SheetWords {
  /** The instructions sheet: a title, then one paragraph per row. */
  instructions: string[]
  /** The UI language's tag: the template's plain Text columns, and its Snapshot's language, are in it. */
  language: string
}

/** Rows of the empty template that get date-formatted cells (and drop-down lists). */
export const TEMPLATE_ROWS = 200

/** The allowed values of each field that has a vocabulary: the column of the Lists sheet its drop-down reads. */
const LISTS: { field: string; group: string; ids: readonly string[] }[] = [
  { field: 'status', group: 'status', ids: STATUSES },
  { field: 'sphere', group: 'sphere', ids: BUILTIN_SPHERES },
  { field: 'type', group: 'agreementType', ids: AGREEMENT_TYPES },
  { field: 'kind', group: 'partyKind', ids: PARTY_KINDS },
  { field: 'owedBy', group: 'owedBy', ids: OWED_BY },
  { field: 'recurrence', group: 'recurrence', ids: RECURRENCES },
  { field: 'legalStatus', group: 'legalStatus', ids: LEGAL_STATUSES },
]
/** Fields whose drop-down is the country list; `spheres` and `countries` take several, so theirs only suggest. */
const LIST_OF: Record<string, string> = {
  country: 'country',
  homeCountry: 'country',
  countries: 'country',
  spheres: 'sphere',
}

/** The Lists sheet: one column per vocabulary, names in the UI language, then the countries. */
function listsSheet(words: SheetWords, countries: readonly string[]): FormSheet {
  const columns = [
    ...LISTS.map((l) => [words.field(l.field), ...l.ids.map((id) => words.term(l.group, id))]),
    [words.field('country'), ...countries],
  ]
  const height = Math.max(...columns.map((c) => c.length))
  const rows: FormCell[][] = Array.from({ length: height }, (_, r) => columns.map((c) => c[r] ?? null))
  return {
    key: 'lists',
    name: words.sheet('lists'),
    rows,
    widths: widthsOf(rows),
    fields: [...LISTS.map((l) => l.field), 'country'],
  }
}

/** Text fields that get a column per language in the empty template (the others: one, in the report's language). */
const PER_LANGUAGE = new Set(['title', 'name'])
const LANGS = ['en', 'ru', 'kk', 'mn']

function emptySheet(key: Exclude<SheetKey, 'snapshot'>, words: TemplateWords): FormSheet {
  const headers: string[] = []
  const fields: string[] = []
  for (const f of SHEET_FIELDS[key]) {
    headers.push(words.field(f.field) + (f.required ? ' *' : ''))
    fields.push(f.field)
    if (f.kind === 'text' && PER_LANGUAGE.has(f.field))
      for (const l of LANGS.filter((l) => l !== words.language)) {
        headers.push(languageHeader(words, f.field, l))
        fields.push(f.field)
      }
  }
  const kinds = fields.map((field) => SHEET_FIELDS[key].find((f) => f.field === field)!.kind)
  // Empty date cells in the date format, so that a typed date is a date cell.
  const blank = kinds.map((k) => (k === 'date' ? { date: '' } : null))
  const rows: FormCell[][] = [headers, ...Array.from({ length: TEMPLATE_ROWS }, () => blank)]
  return { key, name: words.sheet(key), rows, widths: widthsOf([headers]).map((w) => Math.max(w, 14)), fields }
}

function emptySnapshotSheet(words: TemplateWords): FormSheet {
  const rows: FormCell[][] = [[words.field('field'), words.field('value')]]
  const fields: (string | undefined)[] = [undefined]
  for (const f of SHEET_FIELDS.snapshot) {
    rows.push([
      words.field(f.field) + (f.required ? ' *' : ''),
      f.field === 'language' ? words.language : f.kind === 'date' ? { date: '' } : null,
    ])
    fields.push(f.field)
  }
  return { key: 'snapshot', name: words.sheet('snapshot'), rows, widths: [28, 40], fields }
}

function instructionsSheet(words: TemplateWords): FormSheet {
  return {
    key: 'instructions',
    name: words.sheet('instructions'),
    rows: words.instructions.map((t) => [t]),
    widths: [120],
  }
}

/** The template's sheets: instructions, the form (empty, or the sample's rows), the lists. */
export function templateSheets(
  words: TemplateWords,
  countries: readonly string[],
  sample?: SnapshotParts,
): FormSheet[] {
  const form = sample
    ? snapshotSheets(sample, words)
    : [
        emptySnapshotSheet(words),
        ...SHEET_KEYS.filter((k) => k !== 'snapshot').map((k) => emptySheet(k as Exclude<SheetKey, 'snapshot'>, words)),
      ]
  return [instructionsSheet(words), ...form, listsSheet(words, countries)]
}

export interface Validation {
  /** 0-based index of the sheet (its part is `sheet{index + 1}.xml`). */
  sheet: number
  /** Cells, `F2:F201`. */
  sqref: string
  /** The list's cells on the Lists sheet. */
  formula: string
}

const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`

/** The drop-down lists of the template's sheets: each column whose field has a vocabulary reads its column of the Lists sheet. */
export function validationsOf(sheets: readonly FormSheet[], names: readonly string[]): Validation[] {
  const listsAt = sheets.findIndex((s) => s.key === 'lists')
  if (listsAt < 0) return []
  const lists = sheets[listsAt]
  const out: Validation[] = []
  sheets.forEach((s, i) => {
    if (s.key === 'lists' || s.key === 'instructions' || !s.fields) return
    const last = Math.max(s.rows.length, TEMPLATE_ROWS + 1)
    s.fields.forEach((field, c) => {
      const listField = field && (LIST_OF[field] ?? field)
      const col = listField ? lists.fields!.indexOf(listField) : -1
      if (col < 0) return
      const height = lists.rows.filter((r) => r[col] !== null).length
      const letter = columnLetters(col)
      const formula = `${quoted(names[listsAt])}!$${letter}$2:$${letter}$${height}`
      // The Snapshot sheet has one field per row, in column B.
      const sqref = s.key === 'snapshot' ? `B${c + 1}` : `${columnLetters(c)}2:${columnLetters(c)}${last}`
      out.push({ sheet: i, sqref, formula })
    })
  })
  return out
}

/**
 * The drop-down lists written into the workbook's sheet parts. A value not in the list gets a
 * warning, not a refusal: the import also takes ids, codes and names in the other languages, and
 * a list cell (`spheres`, `countries`) holds several.
 */
export async function withValidations(bytes: Uint8Array, validations: readonly Validation[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes)
  const bySheet = new Map<number, Validation[]>()
  for (const v of validations) bySheet.set(v.sheet, [...(bySheet.get(v.sheet) ?? []), v])
  for (const [sheet, list] of bySheet) {
    const path = `xl/worksheets/sheet${sheet + 1}.xml`
    const xml = await zip.file(path)?.async('string')
    if (!xml) continue
    const items = list
      .map(
        (v) =>
          `<dataValidation type="list" errorStyle="warning" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${v.sqref}"><formula1>${escapeXml(v.formula)}</formula1></dataValidation>`,
      )
      .join('')
    const block = `<dataValidations count="${list.length}">${items}</dataValidations>`
    // dataValidations comes after sheetData (and mergeCells, conditionalFormatting), before these.
    const after =
      /<(hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|drawing|legacyDrawing|tableParts|extLst)\b|<\/worksheet>/.exec(
        xml,
      )!
    zip.file(path, xml.slice(0, after.index) + block + xml.slice(after.index))
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
