/**
 * A snapshot (or the part of it a view exports) as the sheets of the spreadsheet form
 * (shared/snapshot-format.md), with typed cells: dates as date cells, numbers as numbers, terms
 * by their names in the UI language, headers people read. The workbook import reads every one
 * of them back (src/import/sheetForm.ts), so an exported workbook imports to the same numbers.
 * Pure: the writer (./xlsx) turns these rows into the file.
 */
import type { Agreement, Commitment, Snapshot } from '@/domain/schema'
import { isTermKind, SHEET_FIELDS, type FieldKind, type FieldSpec, type SheetKey } from '@/domain/sheetSpec'
import { BUILTIN_SPHERES } from '@/domain/vocab'

/** A cell of the form: text, a number, a date (`YYYY-MM-DD`), or empty. */
export type FormCell = string | number | { date: string } | null
export interface FormSheet {
  key: SheetKey | 'instructions' | 'lists'
  name: string
  rows: FormCell[][]
  /** Width in characters of each column. */
  widths: number[]
  /** The format's field of each column (for the template's drop-down lists). */
  fields?: (string | undefined)[]
}

/** The words a workbook is written in: sheet names, headers and term names in the UI language. */
export interface SheetWords {
  sheet(key: string): string
  field(field: string): string
  /** A term's name (`status`, `completed`) in the UI language. */
  term(group: string, id: string): string
}

export type SnapshotParts = Pick<Snapshot, 'snapshot' | 'spheres' | 'agreements' | 'commitments'>

type Rec = Record<string, unknown>

/** The header of a Text field's column in one language: `Title (ru)`. */
export const languageHeader = (words: SheetWords, field: string, lang: string) => `${words.field(field)} (${lang})`

/** Dates Excel can hold as date cells (its calendar starts in 1900); earlier ones are written as text, which imports too. */
function dateCell(v: string): FormCell {
  return v >= '1900-03-01' ? { date: v } : v
}

/** One value as its cell. */
function cellOf(kind: FieldKind, v: unknown, words: SheetWords): FormCell {
  if (v === undefined || v === null) return null
  if (isTermKind(kind)) return words.term(kind, String(v))
  if (kind === 'date') return dateCell(String(v))
  if (kind === 'number') return typeof v === 'number' ? v : String(v)
  const sphere = (id: string) => ((BUILTIN_SPHERES as readonly string[]).includes(id) ? words.term('sphere', id) : id)
  if (kind === 'sphere') return sphere(String(v))
  if (kind === 'spheres') return (v as string[]).map(sphere).join('; ') || null
  if (Array.isArray(v)) return v.join('; ') || null
  return String(v)
}

interface OutColumn {
  header: string
  field: string
  get(r: Rec): FormCell
}

/** The columns of a sheet for these records: a Text field gets a plain column if any record has a plain text, and one per language found. */
function columnsFor(fields: readonly FieldSpec[], records: readonly Rec[], words: SheetWords): OutColumn[] {
  const out: OutColumn[] = []
  for (const f of fields) {
    if (f.kind !== 'text') {
      out.push({ header: words.field(f.field), field: f.field, get: (r) => cellOf(f.kind, r[f.field], words) })
      continue
    }
    const langs = new Set<string>()
    let plain = false
    for (const r of records) {
      const t = r[f.field]
      if (typeof t === 'string') plain = true
      else if (t && typeof t === 'object') for (const l of Object.keys(t)) langs.add(l)
    }
    if (plain || !langs.size)
      out.push({ header: words.field(f.field), field: f.field, get: (r) => textCell(r[f.field]) })
    for (const l of langs)
      out.push({
        header: languageHeader(words, f.field, l),
        field: f.field,
        get: (r) => {
          const t = r[f.field]
          return t && typeof t === 'object' ? ((t as Record<string, string>)[l] ?? null) : null
        },
      })
  }
  return out
}

const textCell = (t: unknown): FormCell => (typeof t === 'string' ? t : null)

function tableSheet(key: SheetKey, records: readonly Rec[], words: SheetWords, fields = SHEET_FIELDS[key]): FormSheet {
  const columns = columnsFor(fields, records, words)
  const rows: FormCell[][] = [columns.map((c) => c.header)]
  for (const r of records) rows.push(columns.map((c) => c.get(r)))
  return { key, name: words.sheet(key), rows, widths: widthsOf(rows), fields: columns.map((c) => c.field) }
}

/** Width of each column: its longest cell among the first rows, within reason. */
export function widthsOf(rows: readonly FormCell[][]): number[] {
  const n = rows[0]?.length ?? 0
  return Array.from({ length: n }, (_, c) => {
    let w = 8
    for (let r = 0; r < Math.min(rows.length, 300); r++) {
      const v = rows[r][c]
      const len = v === null ? 0 : typeof v === 'object' ? 10 : String(v).length
      w = Math.max(w, len + 2)
    }
    return Math.min(w, 60)
  })
}

/** The Snapshot sheet: one row per field (a Text's languages each on a row), `Field | Value` on top. */
function snapshotSheet(info: Snapshot['snapshot'], words: SheetWords): FormSheet {
  const rows: FormCell[][] = [[words.field('field'), words.field('value')]]
  const rec = info as unknown as Rec
  for (const f of SHEET_FIELDS.snapshot) {
    const v = rec[f.field]
    if (v === undefined) continue
    if (f.kind === 'text' && typeof v === 'object')
      for (const [l, t] of Object.entries(v as Record<string, string>))
        rows.push([languageHeader(words, f.field, l), t])
    else rows.push([words.field(f.field), f.kind === 'text' ? String(v) : cellOf(f.kind, v, words)])
  }
  return { key: 'snapshot', name: words.sheet('snapshot'), rows, widths: widthsOf(rows) }
}

/** The sheets of the form for a snapshot: Snapshot, Agreements, Parties, Commitments, Updates, and Spheres when it declares any. */
export function snapshotSheets(s: SnapshotParts, words: SheetWords): FormSheet[] {
  const parties: Rec[] = s.agreements.flatMap((a: Agreement) => a.parties.map((p) => ({ agreementId: a.id, ...p })))
  const updates: Rec[] = s.commitments.flatMap((c: Commitment) =>
    (c.updates ?? []).map((u) => ({ commitmentId: c.id, ...u })),
  )
  const sheets = [
    snapshotSheet(s.snapshot, words),
    tableSheet('agreements', s.agreements as unknown as Rec[], words),
    tableSheet('parties', parties, words),
    tableSheet('commitments', s.commitments as unknown as Rec[], words),
    tableSheet('updates', updates, words),
  ]
  if (s.spheres?.length) sheets.push(tableSheet('spheres', s.spheres as unknown as Rec[], words))
  return sheets
}
