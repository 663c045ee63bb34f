/**
 * The filter table: one descriptor per filter, and everything else is made from it — the URL query
 * (./filterQuery), the filter pass's lookup tables (./filters), the chips and the words under every
 * export (export/filtersInWords), the filter bar's menus. A new filter is one entry here plus its
 * test; it cannot be half wired.
 *
 * Each filter judges one *unit*, and the filter pass reads one table per unit, whatever the number
 * of filters on it:
 * - `code`: a row's packed small values (./rowCodes), 256 entries — status, overdue, owed by, recurrence;
 * - `sphere`: per sphere of the snapshot; `agreement`: per agreement (type, party kinds, id);
 * - `year`: per year of the current axis (0 = no year);
 * - `country`: per country, 1 where it is picked (a row passes when any of its partner countries is);
 * - `row`: per row, 1 where it passes (the search's matches, found by the worker; a comparison's classes).
 * For `code`, `sphere`, `agreement` and `year` a table holds 1 where the value fails.
 */
import type { Columns } from './columns'
import { isCountryCode } from './countries'
import { fourDigitYear } from './dates'
import { DIM } from './dims'
import type { Filters, YearFilter } from './filters'
import { CHANGE_CLASSES, CLASS_BIT, type ChangeClass } from './compare'
import { CODE_COUNT, codeField, type CodeField } from './rowCodes'
import { AGREEMENT_TYPES, OWED_BY, PARTY_KINDS, RECURRENCES, STATUSES } from './vocab'

export type FilterUnit = 'code' | 'sphere' | 'agreement' | 'year' | 'country' | 'row'
/** The filters that hold a list of ids, which a click on a chart toggles. */
export type ListKey =
  'spheres' | 'countries' | 'statuses' | 'types' | 'kinds' | 'owedBy' | 'recurrence' | 'agreements' | 'change'
/** Every field of Filters but the year axis, which is a view setting, not a filter. */
export type FilterKey = Exclude<keyof Filters, 'axis'>

/** What a filter's words need: UI messages by key, and the names of the data's values. */
export interface FilterWords {
  /** A UI message by key (`filters.sphere`, `status.completed` …). */
  t(key: string): string
  sphere(id: string): string
  country(code: string): string
  /** An agreement's title, by its id. */
  agreement(id: string): string
}

export interface FilterChip {
  id: string
  /** What is filtered ("Sphere"). */
  kind: string
  /** By which value ("Digitalization"). */
  label: string
  /** The change that removes this one value. */
  remove: Partial<Filters>
}

/** What reading a link needs to know of the snapshot shown. */
export interface QueryContext {
  /** Sphere ids: the built-in ones and the snapshot's own. */
  spheres: ReadonlySet<string>
  /** The snapshot's agreement ids; unknown ids are dropped. Absent: any id is kept (no snapshot yet). */
  agreements?: ReadonlySet<string>
  /** Whether a comparison applies: without one, change classes in a link are dropped with a notice. */
  comparing?: boolean
}

/** What a table may need beyond the columns and the filter's value. */
export interface TableContext {
  /** The largest year of the current axis' column (tables of unit `year` have this + 1 entries). */
  maxYear: number
  /** Rows matching the search text (1); required when `q` is set. */
  textMatch?: Uint8Array
  /** Per row, its change classes against the baseline (./compare); required when `change` is set. */
  changeClasses?: Uint16Array
}

export interface FilterDef<K extends FilterKey = FilterKey> {
  key: K
  /** Its name in the URL query (shared/test-hooks.md, "Shareable links"). */
  param: string
  /** Its own bit in a row's fails (./dims). */
  bit: number
  unit: FilterUnit
  /** Its value when it is off. */
  off: Filters[K]
  isOn(value: Filters[K]): boolean
  /** Its lookup table over its unit (see the module comment). */
  table(cols: Columns, value: Filters[K], ctx: TableContext): Uint8Array
  /** Its value from the URL; what the link held that is not understood goes to `dropped`. */
  read(raw: string, ctx: QueryContext, dropped: string[]): Filters[K]
  /** Its URL value; undefined when off. */
  write(value: Filters[K]): string | undefined
  /** One chip per filtered value, in the UI language. */
  chips(f: Filters, w: FilterWords): FilterChip[]
  /** For list filters offered in the filter bar: the values to choose from. */
  menu?: {
    options(cols: Columns): readonly string[]
    /** Sorted by name (spheres, countries …), or kept in the vocabulary's order (statuses). */
    byName: boolean
  }
  /** A list filter's value name, for its menu and chips. */
  label?(value: string, w: FilterWords): string
  /** The UI message naming the filter ("filters.sphere"). */
  name: string
}

/** Values one link may carry per filter: enough for any real selection, not 10,000 chips. */
export const MAX_LINK_VALUES = 200

interface ListSpec<K extends ListKey> {
  key: K
  param: string
  bit: number
  unit: FilterUnit
  name: string
  label(value: string, w: FilterWords): string
  accept(value: string, ctx: QueryContext): boolean
  normalise?(value: string): string
  table(cols: Columns, selected: ReadonlySet<string>, ctx: TableContext): Uint8Array
  menu?: FilterDef<K>['menu']
}

function listFilter<K extends ListKey>(spec: ListSpec<K>): FilterDef<K> {
  type V = Filters[K]
  return {
    key: spec.key,
    param: spec.param,
    bit: spec.bit,
    unit: spec.unit,
    name: spec.name,
    label: spec.label,
    menu: spec.menu,
    off: [] as unknown as V,
    isOn: (v) => v.length > 0,
    table: (cols, v, ctx) => spec.table(cols, new Set<string>(v), ctx),
    read(raw, ctx, dropped) {
      const out: string[] = []
      for (const written of raw.split(',').map((p) => p.trim())) {
        if (!written) continue
        const value = spec.normalise ? spec.normalise(written) : written
        if (out.includes(value)) continue
        if (out.length >= MAX_LINK_VALUES || !spec.accept(value, ctx)) dropped.push(written)
        else out.push(value)
      }
      return out as unknown as V
    },
    write: (v) => (v.length ? v.join(',') : undefined),
    chips: (f, w) =>
      (f[spec.key] as readonly string[]).map((v) => ({
        id: `${spec.key}:${v}`,
        kind: w.t(spec.name),
        label: spec.label(v, w),
        remove: { [spec.key]: (f[spec.key] as readonly string[]).filter((x) => x !== v) },
      })),
  }
}

/** A table over every row code: 1 where the code's `field` names a value not selected. */
function codeTable(field: CodeField, vocabulary: readonly string[], selected: ReadonlySet<string>): Uint8Array {
  const out = new Uint8Array(CODE_COUNT)
  for (let code = 0; code < CODE_COUNT; code++) out[code] = selected.has(vocabulary[codeField(code, field)]) ? 0 : 1
  return out
}

/**
 * A table of `fn` over each entry of `from` (agreements, countries, spheres: a few thousand at
 * most). A plain loop: `Uint8Array.from(array, fn)` walks the array's iterator (measured in Node
 * over 100k entries: 12–15 ms, a loop 0.3 ms).
 */
function tableOf<T>(from: ArrayLike<T>, fn: (v: T) => number): Uint8Array {
  const out = new Uint8Array(from.length)
  for (let i = 0; i < out.length; i++) out[i] = fn(from[i])
  return out
}

/** 1 for the entries of `all` not in `selected`. */
function failTable(all: readonly string[], selected: ReadonlySet<string>): Uint8Array {
  return tableOf(all, (v) => (selected.has(v) ? 0 : 1))
}

const inVocabulary = (all: readonly string[]) => (v: string) => all.includes(v)
const named = (prefix: string) => (v: string, w: FilterWords) => w.t(`${prefix}.${v}`)

export const SPHERES = listFilter({
  key: 'spheres',
  param: 'sphere',
  bit: DIM.sphere,
  unit: 'sphere',
  name: 'filters.sphere',
  label: (v, w) => w.sphere(v),
  accept: (v, ctx) => ctx.spheres.has(v),
  table: (cols, selected) => failTable(cols.sphereIds, selected),
  menu: { options: (cols) => cols.sphereIds, byName: true },
})

export const COUNTRIES = listFilter({
  key: 'countries',
  param: 'country',
  bit: DIM.country,
  unit: 'country',
  name: 'filters.country',
  label: (v, w) => w.country(v),
  accept: isCountryCode,
  normalise: (v) => v.toUpperCase(),
  table: (cols, selected) => tableOf(cols.countryCodes, (c) => (selected.has(c) ? 1 : 0)),
  menu: { options: (cols) => cols.countryCodes, byName: true },
})

export const STATUS = listFilter({
  key: 'statuses',
  param: 'status',
  bit: DIM.status,
  unit: 'code',
  name: 'filters.status',
  label: named('status'),
  accept: inVocabulary(STATUSES),
  table: (_cols, selected) => codeTable('status', STATUSES, selected),
  menu: { options: () => STATUSES, byName: false },
})

export const TYPES = listFilter({
  key: 'types',
  param: 'type',
  bit: DIM.type,
  unit: 'agreement',
  name: 'filters.type',
  label: named('agreementType'),
  accept: inVocabulary(AGREEMENT_TYPES),
  table: (cols, selected) => {
    const typeFails = failTable(AGREEMENT_TYPES, selected)
    return tableOf(cols.agreementType, (t) => typeFails[t])
  },
  menu: { options: () => AGREEMENT_TYPES, byName: true },
})

export const KINDS = listFilter({
  key: 'kinds',
  param: 'kind',
  bit: DIM.kind,
  unit: 'agreement',
  name: 'filters.kind',
  label: named('partyKind'),
  accept: inVocabulary(PARTY_KINDS),
  // An agreement passes when one of its parties is of a selected kind.
  table: (cols, selected) => {
    const mask = PARTY_KINDS.reduce((bits, k, i) => (selected.has(k) ? bits | (1 << i) : bits), 0)
    return tableOf(cols.agreementKinds, (kinds) => ((kinds & mask) === 0 ? 1 : 0))
  },
  menu: { options: () => PARTY_KINDS, byName: true },
})

export const OWED = listFilter({
  key: 'owedBy',
  param: 'owed',
  bit: DIM.owedBy,
  unit: 'code',
  name: 'filters.owedBy',
  label: named('owedBy'),
  accept: inVocabulary(OWED_BY),
  table: (_cols, selected) => codeTable('owedBy', OWED_BY, selected),
  menu: { options: () => OWED_BY, byName: true },
})

export const RECURRENCE = listFilter({
  key: 'recurrence',
  param: 'recurrence',
  bit: DIM.recurrence,
  unit: 'code',
  name: 'filters.recurrence',
  label: named('recurrence'),
  accept: inVocabulary(RECURRENCES),
  table: (_cols, selected) => codeTable('recurrence', RECURRENCES, selected),
  menu: { options: () => RECURRENCES, byName: false },
})

export const AGREEMENTS = listFilter({
  key: 'agreements',
  param: 'agreement',
  bit: DIM.agreement,
  unit: 'agreement',
  name: 'filters.agreement',
  label: (v, w) => w.agreement(v),
  accept: (v, ctx) => v.length <= 200 && (ctx.agreements ? ctx.agreements.has(v) : true),
  table: (cols, selected) => tableOf(cols.agreementIds, (id) => (selected.has(id) ? 0 : 1)),
})

/**
 * The change classes of a comparison (./compare): a row passes when it is in one of the selected
 * classes. Only while a baseline applies; the comparison's own counts leave this filter out.
 */
export const CHANGE = listFilter({
  key: 'change',
  param: 'change',
  bit: DIM.change,
  unit: 'row',
  name: 'filters.change',
  label: named('comparison'),
  accept: (v, ctx) => ctx.comparing === true && (CHANGE_CLASSES as readonly string[]).includes(v),
  table: (_cols, selected, { changeClasses }) => {
    if (!changeClasses) throw new Error('a class filter needs the comparison (TableContext.changeClasses)')
    const mask = [...selected].reduce((bits, c) => bits | CLASS_BIT[c as ChangeClass], 0)
    // Per row: its own loop (tableOf's callback, shared with other tables, is slow at 100k rows).
    const out = new Uint8Array(changeClasses.length)
    for (let i = 0; i < out.length; i++) out[i] = (changeClasses[i] & mask) !== 0 ? 1 : 0
    return out
  },
})

function parseYear(value: string): YearFilter | null {
  if (value === 'none') return 'none'
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(value.trim())
  if (!m) return null
  const a = Number(m[1])
  const b = m[2] ? Number(m[2]) : a
  return { from: Math.min(a, b), to: Math.max(a, b) }
}

export const YEAR: FilterDef<'year'> = {
  key: 'year',
  param: 'year',
  bit: DIM.year,
  unit: 'year',
  name: 'filters.signedYear',
  off: null,
  isOn: (v) => v !== null,
  table(_cols, v, { maxYear }) {
    const fails = new Uint8Array(maxYear + 1)
    if (v === 'none') fails.fill(1, 1)
    else if (v) for (let y = 0; y <= maxYear; y++) if (y === 0 || y < v.from || y > v.to) fails[y] = 1
    return fails
  },
  read(raw, _ctx, dropped) {
    if (raw === '') return null
    const parsed = parseYear(raw)
    if (!parsed) dropped.push(raw)
    return parsed
  },
  write: (v) =>
    v === null
      ? undefined
      : v === 'none'
        ? 'none'
        : v.from === v.to
          ? fourDigitYear(v.from)
          : `${fourDigitYear(v.from)}-${fourDigitYear(v.to)}`,
  chips(f, w) {
    const v = f.year
    if (!v) return []
    const label = v === 'none' ? w.t('chart.noDate') : v.from === v.to ? String(v.from) : `${v.from}–${v.to}`
    const kind = f.axis === 'due' ? w.t('filters.dueYear') : w.t('filters.signedYear')
    return [{ id: 'year', kind, label, remove: { year: null } }]
  },
}

export const OVERDUE: FilterDef<'overdue'> = {
  key: 'overdue',
  param: 'overdue',
  bit: DIM.overdue,
  unit: 'code',
  name: 'filters.overdueOnly',
  off: false,
  isOn: (v) => v,
  table: () => {
    const fails = new Uint8Array(CODE_COUNT)
    for (let code = 0; code < CODE_COUNT; code++) fails[code] = codeField(code, 'overdue') === 1 ? 0 : 1
    return fails
  },
  read(raw, _ctx, dropped) {
    if (raw === '1' || raw === 'true') return true
    if (raw && raw !== '0' && raw !== 'false') dropped.push(raw)
    return false
  },
  write: (v) => (v ? '1' : undefined),
  chips: (f, w) =>
    f.overdue
      ? [{ id: 'overdue', kind: w.t('filters.show'), label: w.t('filters.overdueOnly'), remove: { overdue: false } }]
      : [],
}

/** Longest search text a link may carry. */
export const MAX_SEARCH = 200

export const SEARCH: FilterDef<'q'> = {
  key: 'q',
  param: 'q',
  bit: DIM.search,
  unit: 'row',
  name: 'filters.search',
  off: '',
  isOn: (v) => v.trim() !== '',
  table(_cols, _v, { textMatch }) {
    if (!textMatch) throw new Error('a search needs the rows that match it (TableContext.textMatch)')
    return textMatch
  },
  read: (raw) => raw.trim().slice(0, MAX_SEARCH),
  write: (v) => (v.trim() ? v.trim() : undefined),
  chips: (f, w) =>
    f.q.trim() ? [{ id: 'q', kind: w.t('filters.search'), label: `“${f.q.trim()}”`, remove: { q: '' } }] : [],
}

/** Every filter, in the order of the chips and of the words under exports. */
export const FILTER_DEFS = [
  SPHERES,
  COUNTRIES,
  STATUS,
  TYPES,
  KINDS,
  OWED,
  RECURRENCE,
  AGREEMENTS,
  YEAR,
  OVERDUE,
  SEARCH,
  CHANGE,
] as const
export type AnyFilterDef = (typeof FILTER_DEFS)[number]

/** The list filters the filter bar offers as menus. */
export const MENU_FILTERS = (FILTER_DEFS as readonly FilterDef[]).filter((d) => d.menu) as FilterDef<ListKey>[]

/**
 * A descriptor with the value it reads, as one pair: TypeScript cannot relate `def.key` to
 * `Filters[def.key]` across the union of descriptors, so the pairing is made (and checked) here once.
 */
export function withValue(def: AnyFilterDef, f: Filters): { def: FilterDef; value: never } {
  return { def: def as unknown as FilterDef, value: f[def.key] as never }
}

/** How many filter values apply (as many as chips: one per value of a list, one for each other filter). */
export function activeFilterCount(f: Filters): number {
  let n = 0
  for (const d of FILTER_DEFS) {
    const { def, value } = withValue(d, f)
    if (def.isOn(value)) n += Array.isArray(value) ? (value as unknown[]).length : 1
  }
  return n
}
