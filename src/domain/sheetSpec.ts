/**
 * The spreadsheet form of a snapshot (shared/snapshot-format.md, "Spreadsheet form"): which sheets
 * it has, which columns each, and what kind of value each column holds. Pure data, read by the
 * workbook import (src/import/sheetForm.ts), the workbook export and the template, so the three
 * cannot disagree. The names people read are in the glossary (`sheet`, `sheetField`).
 */

/** How a cell is read: as text, a Text (one column per language), a date, a number, a list, or a term of a vocabulary. */
export type FieldKind =
  | 'string'
  | 'text'
  | 'date'
  | 'number'
  | 'list'
  | 'status'
  | 'sphere'
  | 'spheres'
  | 'country'
  | 'countries'
  | 'agreementType'
  | 'partyKind'
  | 'owedBy'
  | 'legalStatus'
  | 'recurrence'
  | 'language'

/**
 * The kinds whose cells hold one term of a vocabulary, written by its name in a language: each
 * kind is also the name of its glossary group (src/i18n/glossary.ts).
 */
export const TERM_KINDS = ['status', 'agreementType', 'partyKind', 'owedBy', 'legalStatus', 'recurrence'] as const
export type TermKind = (typeof TERM_KINDS)[number]
export const isTermKind = (kind: FieldKind): kind is TermKind => (TERM_KINDS as readonly string[]).includes(kind)

export type SheetKey = 'snapshot' | 'agreements' | 'parties' | 'commitments' | 'updates' | 'spheres'

export interface FieldSpec {
  field: string
  kind: FieldKind
  /** The format requires it (the template marks it). */
  required?: boolean
}

const f = (field: string, kind: FieldKind, required = false): FieldSpec => ({ field, kind, required })

/** The fields of each sheet, in the template's column order. Parties and updates carry the id of their parent row. */
export const SHEET_FIELDS: Record<SheetKey, readonly FieldSpec[]> = {
  snapshot: [
    f('id', 'string', true),
    f('asOf', 'date', true),
    f('title', 'text'),
    f('publisher', 'string'),
    f('homeCountry', 'country'),
    f('language', 'language'),
  ],
  agreements: [
    f('id', 'string', true),
    f('title', 'text', true),
    f('type', 'agreementType', true),
    f('signedOn', 'date', true),
    f('place', 'string'),
    f('event', 'text'),
    f('spheres', 'spheres'),
    f('legalStatus', 'legalStatus'),
    f('validUntil', 'date'),
    f('url', 'string'),
  ],
  parties: [
    f('agreementId', 'string', true),
    f('name', 'text', true),
    f('country', 'country', true),
    f('kind', 'partyKind', true),
    f('region', 'string'),
  ],
  commitments: [
    f('id', 'string', true),
    f('agreementId', 'string', true),
    f('title', 'text', true),
    f('text', 'text'),
    f('clause', 'string'),
    f('sphere', 'sphere', true),
    f('countries', 'countries'),
    f('owedBy', 'owedBy'),
    f('responsible', 'list'),
    f('due', 'date'),
    f('recurrence', 'recurrence'),
    f('status', 'status', true),
    f('progress', 'number'),
  ],
  updates: [
    f('commitmentId', 'string', true),
    f('date', 'date', true),
    f('status', 'status', true),
    f('progress', 'number'),
    f('note', 'text'),
  ],
  spheres: [f('id', 'string', true), f('name', 'text', true)],
}

/** The sheets in the template's order. */
export const SHEET_KEYS: readonly SheetKey[] = [
  'snapshot',
  'agreements',
  'parties',
  'commitments',
  'updates',
  'spheres',
]

/** A Text field's column for one language: `title.ru` (the localised form is `Title (ru)`). */
export function languageColumn(field: string, lang: string): string {
  return `${field}.${lang}`
}

/** `A`, `B`, … `Z`, `AA`: the column letters Excel shows for a 0-based column. */
export function columnLetters(index: number): string {
  let s = ''
  for (let i = index + 1; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s
  return s
}

/** Excel's serial day number (1900 date system) of a `YYYY-MM-DD` date, and back; 25569 is 1970-01-01. */
export function excelSerial(date: string): number {
  return Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000 + 25569
}
export function dateOfSerial(serial: number): string {
  return new Date(Math.round((serial - 25569) * 86_400_000)).toISOString().slice(0, 10)
}

/**
 * The workbook export writes text that starts like a formula (`=`, `+`, `-`, `@`, …, as
 * src/export/csv.ts's formulaSafe judges it) with a leading apostrophe, so that Excel never
 * runs it when a cell is edited; the import takes the apostrophe off again.
 */
const GUARDED = /^'(?:[\t\r]|[\s\u0000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/
export function unguarded(text: string): string {
  return GUARDED.test(text) ? text.slice(1) : text
}
