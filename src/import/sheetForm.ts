/**
 * A workbook in the spreadsheet form (shared/snapshot-format.md) -> the snapshot object a JSON
 * file would hold, and where each of its values came from, so that the same checks as for JSON
 * (src/domain/validate.ts) can name the cell: `Commitments!L12`. Pure: the sheets come in as
 * rows of cell values (read-excel-file's output), which the Node tests make by hand.
 *
 * Cells are read as people type them: headers in field names or in any of the four languages,
 * one column per language for a Text, lists split on `;` or line breaks, dates as date cells,
 * `YYYY-MM-DD` or `DD.MM.YYYY`, numbers as number cells or text, terms as ids or names.
 */
import { termId, type TermGroup } from '@/i18n/glossary'
import type { ImportError, ImportWarning, SheetPlace } from '@/domain/issues'
import {
  columnLetters,
  dateOfSerial,
  isTermKind,
  SHEET_FIELDS,
  SHEET_KEYS,
  type FieldKind,
  type FieldSpec,
  type SheetKey,
  unguarded,
} from '@/domain/sheetSpec'
import { BUILTIN_SPHERES, FORMAT_NAME } from '@/domain/vocab'
import { countryCode } from './countryNames'

export type CellValue = string | number | boolean | Date | null | undefined
export interface SheetData {
  sheet: string
  data: readonly (readonly CellValue[])[]
}

interface Column {
  index: number
  header: string
  field: string
  lang?: string
}
interface Row {
  /** Excel's row number (1-based). */
  row: number
  cells: readonly CellValue[]
}
interface Table {
  key: SheetKey
  name: string
  columns: Column[]
  /** By `field` or `field.lang`. */
  byColumn: Map<string, Column>
  rows: Row[]
  headerRow: number
}

export interface SheetMapping {
  /** The snapshot as a JSON file would hold it, for validateSnapshot. */
  raw: Record<string, unknown>
  /** Problems only a workbook can have (a row under no parent, a missing sheet). */
  errors: ImportError[]
  warnings: ImportWarning[]
  /** The cell a JSON path of `raw` came from. */
  place(path: string): SheetPlace | undefined
  /** The first row holding this id, for the rules that name two rows. */
  firstRow(kind: 'agreements' | 'commitments', index: number): SheetPlace | undefined
}

/** The glossary group of a field's vocabulary (for naming its allowed values), if it has one. */
export function fieldGroup(sheet: SheetKey, field: string): TermGroup | undefined {
  const kind = SHEET_FIELDS[sheet].find((f) => f.field === field)?.kind
  return kind === 'sphere' || kind === 'spheres' ? 'sphere' : kind && isTermKind(kind) ? kind : undefined
}

const normal = (s: string) => s.normalize('NFC').toLocaleLowerCase('ru').replace(/\s+/g, ' ').trim()

/** Which sheet of the form a sheet's name is: the key (`Commitments`) or its name in any language. */
export function sheetKeyOf(name: string): SheetKey | undefined {
  const n = normal(name)
  const direct = SHEET_KEYS.find((k) => k === n)
  if (direct) return direct
  const id = termId('sheet', name)
  return id && (SHEET_KEYS as readonly string[]).includes(id) ? (id as SheetKey) : undefined
}

function fieldNamed(text: string, fields: readonly FieldSpec[]): FieldSpec | undefined {
  const n = normal(text)
  const direct = fields.find((f) => f.field.toLowerCase() === n)
  if (direct) return direct
  const id = cachedTermId('sheetField', text)
  return id ? fields.find((f) => f.field === id) : undefined
}

/** A header -> its field (and language, for a Text): `title`, `Title`, `Название`, `title.ru`, `Название (ru)`. */
export function headerField(
  header: string,
  fields: readonly FieldSpec[],
): { field: string; lang?: string } | undefined {
  // The template marks required columns with a star.
  const text = header.replace(/\s*\*$/, '')
  const direct = fieldNamed(text, fields)
  if (direct) return { field: direct.field }
  const m = /^(.+?)\s*(?:\.|\(|\[)\s*([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)\s*[)\]]?$/.exec(text.trim())
  const base = m ? fieldNamed(m[1], fields) : undefined
  return base && base.kind === 'text' ? { field: base.field, lang: m![2] } : undefined
}

/** A cell as trimmed text; undefined when empty. */
export function cellText(v: CellValue): string | undefined {
  if (v === null || v === undefined) return undefined
  if (v instanceof Date) return isoDate(v)
  if (typeof v === 'number') return String(v)
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE'
  const t = unguarded(v.trim()).trim()
  return t === '' ? undefined : t
}

function isoDate(d: Date): string {
  return Number.isNaN(d.getTime()) ? 'invalid date' : d.toISOString().slice(0, 10)
}

/** A date cell, `YYYY-MM-DD`, `DD.MM.YYYY` or an unformatted Excel day number; any other text is kept, for the check to refuse. */
export function cellDate(v: CellValue): string | undefined {
  if (typeof v === 'number') return v >= 1 && v < 2958466 ? dateOfSerial(Math.floor(v)) : String(v)
  const t = cellText(v)
  if (t === undefined) return undefined
  const dmy = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t)
  return dmy ? `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}` : t
}

/** A number cell, or text of a number (`75`, `75,5`, `75 %`); other text is kept, for the check to refuse. */
export function cellNumber(v: CellValue): number | string | undefined {
  if (typeof v === 'number') return v
  const t = cellText(v)
  if (t === undefined) return undefined
  const s = t
    .replace(/[\s\u00a0]/g, '')
    .replace(',', '.')
    .replace(/%$/, '')
  return /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(s) ? Number(s) : t
}

/** A list in one cell: items separated by `;` or line breaks, each trimmed, empty ones dropped. */
export function cellList(v: CellValue): string[] | undefined {
  const t = cellText(v)
  if (t === undefined) return undefined
  const items = t
    .split(/[;\r\n]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
  return items.length ? items : undefined
}

/**
 * termId normalises every name of its group on each call (≈ 0.5 ms for the spheres on a busy
 * machine); a workbook repeats a few values thousands of times, so each text is looked up once.
 */
const termCache = new Map<string, string | undefined>()
export function cachedTermId(group: TermGroup, text: string): string | undefined {
  const key = `${group}\u0000${text}`
  if (termCache.has(key)) return termCache.get(key)
  const id = termId(group, text)
  if (termCache.size > 10_000) termCache.clear()
  termCache.set(key, id)
  return id
}
const countryCache = new Map<string, string | undefined>()
function cachedCountry(text: string): string | undefined {
  if (countryCache.has(text)) return countryCache.get(text)
  const code = countryCode(text)
  if (countryCache.size > 10_000) countryCache.clear()
  countryCache.set(text, code)
  return code
}

/** Reads one cell of a field's kind; `sphere` resolves sphere names (built-in and declared). */
function readCell(kind: FieldKind, v: CellValue, sphere: (s: string) => string): unknown {
  if (isTermKind(kind)) {
    const t = cellText(v)
    return t === undefined ? undefined : (cachedTermId(kind, t) ?? t)
  }
  switch (kind) {
    case 'date':
      return cellDate(v)
    case 'number':
      return cellNumber(v)
    case 'list':
      return cellList(v)
    case 'sphere': {
      const t = cellText(v)
      return t === undefined ? undefined : sphere(t)
    }
    case 'spheres':
      return cellList(v)?.map(sphere)
    case 'country': {
      const t = cellText(v)
      return t === undefined ? undefined : (cachedCountry(t) ?? t)
    }
    case 'countries':
      return cellList(v)?.map((t) => cachedCountry(t) ?? t)
    default:
      return cellText(v)
  }
}

/** The header row: the first of the first 20 rows naming at least two of the sheet's fields (a title row or two may sit above). */
function findHeader(data: SheetData['data'], fields: readonly FieldSpec[]): { row: number; columns: Column[] } | null {
  const needed = Math.min(2, fields.length)
  for (let r = 0; r < Math.min(20, data.length); r++) {
    const columns: Column[] = []
    ;(data[r] ?? []).forEach((v, index) => {
      const header = cellText(v)
      const hit = header === undefined ? undefined : headerField(header, fields)
      if (header !== undefined) columns.push({ index, header, field: hit?.field ?? '', lang: hit?.lang })
    })
    if (new Set(columns.filter((c) => c.field).map((c) => c.field)).size >= needed) return { row: r, columns }
  }
  return null
}

/** A sheet name as Excel writes it in a reference: quoted when it holds anything but letters, digits, `_` and `.`. */
export function sheetRef(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`
}

const isEmptyRow = (cells: readonly CellValue[]) => cells.every((v) => cellText(v) === undefined)

function tableOf(key: SheetKey, sheet: SheetData, errors: ImportError[], warnings: ImportWarning[]): Table {
  const empty: Table = { key, name: sheet.sheet, columns: [], byColumn: new Map(), rows: [], headerRow: 0 }
  if (sheet.data.every(isEmptyRow)) return empty
  const header = findHeader(sheet.data, SHEET_FIELDS[key])
  if (!header) {
    errors.push({
      code: 'sheet_no_header',
      path: '',
      params: { sheet: key },
      place: { ref: `${sheetRef(sheet.sheet)}!1:1` },
    })
    return empty
  }
  const byColumn = new Map<string, Column>()
  for (const c of header.columns) {
    const name = c.lang ? `${c.field}.${c.lang}` : c.field
    if (c.field && !byColumn.has(name)) byColumn.set(name, c)
    else {
      const ref = `${sheetRef(sheet.sheet)}!${columnLetters(c.index)}${header.row + 1}`
      warnings.push({
        code: 'sheet_unknown_column',
        path: '',
        params: { header: c.header },
        place: { ref, header: c.header },
      })
    }
  }
  const rows: Row[] = []
  for (let r = header.row + 1; r < sheet.data.length; r++)
    if (!isEmptyRow(sheet.data[r])) rows.push({ row: r + 1, cells: sheet.data[r] })
  return { key, name: sheet.sheet, columns: [...byColumn.values()], byColumn, rows, headerRow: header.row + 1 }
}

/** One row -> a record of the format: each column read by its field's kind, Texts put together by language. */
function recordOf(table: Table, row: Row, language: string, sphere: (s: string) => string): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  const texts: Record<string, { plain?: string; langs: Record<string, string> }> = {}
  const kinds = new Map(SHEET_FIELDS[table.key].map((f) => [f.field, f.kind]))
  for (const c of table.columns) {
    const kind = kinds.get(c.field)!
    if (kind === 'text') {
      const t = cellText(row.cells[c.index])
      if (t === undefined) continue
      const text = (texts[c.field] ??= { langs: {} })
      if (c.lang) text.langs[c.lang] = t
      else text.plain = t
      continue
    }
    const value = readCell(kind, row.cells[c.index], sphere)
    if (value !== undefined) out[c.field] = value
  }
  for (const [field, { plain, langs }] of Object.entries(texts)) {
    if (!Object.keys(langs).length) out[field] = plain
    else out[field] = plain === undefined || language in langs ? langs : { [language]: plain, ...langs }
  }
  return out
}

interface SnapshotSheet {
  info: Record<string, unknown>
  /** Field (or `field.lang`) -> its row. */
  rows: Map<string, number>
  name: string
}

/** The Snapshot sheet: column A a field, column B its value (a first row `field | value` may head them). */
function snapshotOf(sheet: SheetData, warnings: ImportWarning[]): SnapshotSheet {
  const fields = SHEET_FIELDS.snapshot
  const rows = new Map<string, number>()
  const cells: Record<string, CellValue> = {}
  sheet.data.forEach((r, i) => {
    const label = cellText(r[0])
    if (label === undefined) return
    const hit = headerField(label, fields)
    const known = hit ? undefined : headerField(label, [{ field: 'field', kind: 'string' }])
    if (hit) {
      const key = hit.lang ? `${hit.field}.${hit.lang}` : hit.field
      if (!rows.has(key)) rows.set(key, i + 1)
      cells[key] ??= r[1]
    } else if (!known && cellText(r[1]) !== undefined)
      warnings.push({
        code: 'sheet_unknown_column',
        path: '',
        params: { header: label },
        place: { ref: `${sheetRef(sheet.sheet)}!A${i + 1}`, header: label },
      })
  })
  const table: Table = {
    key: 'snapshot',
    name: sheet.sheet,
    columns: [...rows.keys()].map((k, index) => ({ index, header: k, field: k.split('.')[0], lang: k.split('.')[1] })),
    byColumn: new Map(),
    rows: [],
    headerRow: 0,
  }
  const language = cellText(cells.language) ?? 'en'
  const info = recordOf(table, { row: 0, cells: [...rows.keys()].map((k) => cells[k]) }, language, (s) => s)
  return { info, rows, name: sheet.sheet }
}

/** Sphere ids of the file and names of built-in and declared spheres (any language) -> id. */
function sphereResolver(spheres: Record<string, unknown>[]): (s: string) => string {
  const declared = new Map<string, string>()
  // Ids first: a sphere's name never hides another sphere's id.
  for (const s of spheres) if (typeof s.id === 'string') declared.set(normal(s.id), s.id)
  for (const s of spheres) {
    const name = s.name
    if (typeof s.id !== 'string') continue
    for (const n of typeof name === 'string' ? [name] : Object.values((name as Record<string, string>) ?? {}))
      if (!declared.has(normal(n))) declared.set(normal(n), s.id)
  }
  return (text) => {
    if ((BUILTIN_SPHERES as readonly string[]).includes(text)) return text
    return cachedTermId('sphere', text) ?? declared.get(normal(text)) ?? text
  }
}

/** The workbook's sheets -> the snapshot and where its values are. */
export function mapWorkbook(sheets: readonly SheetData[]): SheetMapping {
  const errors: ImportError[] = []
  const warnings: ImportWarning[] = []
  const found = new Map<SheetKey, SheetData>()
  for (const s of sheets) {
    const key = sheetKeyOf(s.sheet)
    if (key && !found.has(key)) found.set(key, s)
  }
  for (const key of ['snapshot', 'agreements', 'commitments'] as const)
    if (!found.has(key)) errors.push({ code: 'sheet_missing', path: '', params: { sheet: key } })
  const snap = snapshotOf(found.get('snapshot') ?? { sheet: 'Snapshot', data: [] }, warnings)
  const language = typeof snap.info.language === 'string' ? snap.info.language : 'en'
  const table = (key: SheetKey) => tableOf(key, found.get(key) ?? { sheet: key, data: [] }, errors, warnings)
  const tables = {
    spheres: table('spheres'),
    agreements: table('agreements'),
    parties: table('parties'),
    commitments: table('commitments'),
    updates: table('updates'),
  }
  const read = (t: Table, sphere: (s: string) => string) => t.rows.map((r) => recordOf(t, r, language, sphere))
  const spheres = read(tables.spheres, (s) => s)
  const sphere = sphereResolver(spheres)
  const agreements = read(tables.agreements, sphere)
  const commitments = read(tables.commitments, sphere)
  // Rows under a parent sheet that is missing are not each an error: the missing sheet is.
  const under = (key: SheetKey) => (found.has(key) ? errors : [])
  const partyRows = attach(
    tables.parties,
    tables.agreements,
    agreements,
    'parties',
    read(tables.parties, sphere),
    under('agreements'),
  )
  const updateRows = attach(
    tables.updates,
    tables.commitments,
    commitments,
    'updates',
    read(tables.updates, sphere),
    under('commitments'),
  )
  if (agreements.length && !found.has('parties'))
    errors.push({ code: 'sheet_missing', path: '', params: { sheet: 'parties' } })
  const raw: Record<string, unknown> = { format: FORMAT_NAME, version: 1, snapshot: snap.info }
  if (spheres.length) raw.spheres = spheres
  raw.agreements = agreements
  raw.commitments = commitments
  return {
    raw,
    errors,
    warnings,
    place: (path) => placeOf(path, { snap, tables, partyRows, updateRows }),
    firstRow: (kind, index) => firstRowOf(tables[kind], kind === 'agreements' ? agreements : commitments, index),
  }
}

/**
 * Rows of a child sheet (Parties, Updates) put into their parent records by the parent's id (the
 * first row with that id). Returns, per parent, the rows its children came from.
 */
function attach(
  child: Table,
  parentTable: Table,
  parents: Record<string, unknown>[],
  list: 'parties' | 'updates',
  records: Record<string, unknown>[],
  errors: ImportError[],
): number[][] {
  const parentKey = list === 'parties' ? 'agreementId' : 'commitmentId'
  const index = new Map<string, number>()
  parents.forEach((p, i) => {
    if (typeof p.id === 'string' && !index.has(p.id)) index.set(p.id, i)
    if (list === 'parties') p.parties = []
  })
  const rows = parents.map(() => [] as number[])
  records.forEach((r, k) => {
    const id = r[parentKey]
    const at = typeof id === 'string' ? index.get(id) : undefined
    const column = child.byColumn.get(parentKey)
    const ref = `${sheetRef(child.name)}!${column ? `${columnLetters(column.index)}${child.rows[k].row}` : `${child.rows[k].row}:${child.rows[k].row}`}`
    const place = { ref, header: column?.header, field: parentKey }
    if (id === undefined) errors.push({ code: 'required', path: '', place })
    else if (at === undefined)
      errors.push({ code: 'sheet_orphan_row', path: '', params: { found: String(id), sheet: parentTable.key }, place })
    else {
      const { [parentKey]: _parent, ...rest } = r
      void _parent
      ;((parents[at][list] as unknown[] | undefined) ?? (parents[at][list] = [])).push(rest)
      rows[at].push(child.rows[k].row)
    }
  })
  return rows
}

interface Places {
  snap: SnapshotSheet
  tables: Record<Exclude<SheetKey, 'snapshot'>, Table>
  partyRows: number[][]
  updateRows: number[][]
}

/** A cell of a table: the field's column (`title.ru`, else the plain `title`) on that row, or the whole row. */
function cellPlace(t: Table, row: number | undefined, field: string | undefined, lang: string | undefined): SheetPlace {
  const sheet = sheetRef(t.name)
  if (row === undefined) return { ref: sheet, field }
  const column = field === undefined ? undefined : (lang && t.byColumn.get(`${field}.${lang}`)) || t.byColumn.get(field)
  return column
    ? { ref: `${sheet}!${columnLetters(column.index)}${row}`, header: column.header, field }
    : { ref: `${sheet}!${row}:${row}`, field }
}

function placeOf(path: string, p: Places): SheetPlace | undefined {
  const seg = path.replace(/\[(\d+)\]/g, '.$1').split('.')
  const num = (s: string | undefined) => (s !== undefined && /^\d+$/.test(s) ? Number(s) : undefined)
  const [top, a, b, c, d, e] = seg
  if (top === 'snapshot') {
    const row = p.snap.rows.get(b ? `${a}.${b}` : a) ?? p.snap.rows.get(a)
    const ref = sheetRef(p.snap.name)
    return row ? { ref: `${ref}!B${row}`, field: a } : { ref, field: a }
  }
  const i = num(a)
  if (i === undefined) return undefined
  if (top === 'spheres') return cellPlace(p.tables.spheres, p.tables.spheres.rows[i]?.row, b, c)
  if (top === 'agreements' && b === 'parties' && num(c) !== undefined)
    return cellPlace(p.tables.parties, p.partyRows[i]?.[num(c)!], d, e)
  if (top === 'commitments' && b === 'updates' && num(c) !== undefined)
    return cellPlace(p.tables.updates, p.updateRows[i]?.[num(c)!], d, e)
  if (top === 'agreements' || top === 'commitments') {
    const t = p.tables[top]
    // A list of a record's own (its parties, updates) is named at its id: the row that has none.
    return cellPlace(t, t.rows[i]?.row, b === 'parties' || b === 'updates' ? 'id' : b, c)
  }
  return undefined
}

function firstRowOf(t: Table, records: Record<string, unknown>[], index: number): SheetPlace | undefined {
  const id = records[index]?.id
  const first = records.findIndex((r) => r.id === id)
  return first >= 0 ? cellPlace(t, t.rows[first]?.row, 'id', undefined) : undefined
}
