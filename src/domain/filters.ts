/**
 * The one filter model of the app, and how it is applied to the encoded columns.
 *
 * Applying filters yields, for every row, a bit set of the dimensions whose filter the row fails.
 * A view counts a row when it fails no filter but those of its own dimensions: so a chart of
 * spheres shows every sphere under the other filters, with the selected ones highlighted, and
 * never filters itself away (the linked-view convention).
 */
import type { YearAxis } from './aggregate'
import type { Columns } from './columns'
import { AGREEMENT_TYPES, OWED_BY, PARTY_KINDS, STATUSES, type AgreementType, type OwedBy, type PartyKind, type Status } from './vocab'

/** A year range on the current axis, or the bucket of commitments without a due date. */
export type YearFilter = { from: number; to: number } | 'none'

export interface Filters {
  spheres: string[]
  /** Partner countries: a commitment matches when any of its partner countries is selected. */
  countries: string[]
  statuses: Status[]
  /** Agreement types. */
  types: AgreementType[]
  /** Party kinds: a commitment matches when its agreement has a party of a selected kind. */
  kinds: PartyKind[]
  owedBy: OwedBy[]
  /** Agreement ids. */
  agreements: string[]
  year: YearFilter | null
  /** Which year a commitment has: its agreement's signing year, or its due year. */
  axis: YearAxis
  overdue: boolean
  /** Free text over titles and texts in every language. */
  q: string
}

export const NO_FILTERS: Filters = Object.freeze({
  spheres: [],
  countries: [],
  statuses: [],
  types: [],
  kinds: [],
  owedBy: [],
  agreements: [],
  year: null,
  axis: 'signed',
  overdue: false,
  q: '',
}) as Filters

/** Dimension bits. A view leaves out the bits of the dimensions it shows. */
export const DIM = {
  sphere: 1,
  country: 2,
  year: 4,
  status: 8,
  type: 16,
  other: 32,
} as const

/** True when any filter narrows the rows (the axis alone does not). */
export function hasFilters(f: Filters): boolean {
  return (
    f.spheres.length > 0 || f.countries.length > 0 || f.statuses.length > 0 || f.types.length > 0 || f.kinds.length > 0 ||
    f.owedBy.length > 0 || f.agreements.length > 0 || f.year !== null || f.overdue || f.q.trim() !== ''
  )
}

export interface FilterContext {
  /** Agreement id -> index in the columns, for the agreement filter. */
  agreementIndex: ReadonlyMap<string, number>
  /** Rows matching the search text (1) — required when `q` is set; see ./search. */
  textMatch?: Uint8Array
}

/** Per row: the bits of the dimensions whose filter the row fails (0 = passes everything). */
export function applyFilters(cols: Columns, f: Filters, ctx: FilterContext): Uint8Array {
  const n = cols.count
  const fails = new Uint8Array(n)
  const sphereFail = f.spheres.length ? failTable(cols.sphereIds, f.spheres) : null
  const countryPick = f.countries.length ? pickTable(cols.countryCodes, f.countries) : null
  const statusFail = f.statuses.length ? failTable(STATUSES, f.statuses) : null
  const typeFail = f.types.length ? failTable(AGREEMENT_TYPES, f.types) : null
  const owedFail = f.owedBy.length ? failTable(OWED_BY, f.owedBy) : null
  const kindBits = f.kinds.reduce((bits, k) => bits | (1 << PARTY_KINDS.indexOf(k)), 0)
  let agreementPick: Uint8Array | null = null
  if (f.agreements.length) {
    agreementPick = new Uint8Array(cols.agreementCount)
    for (const id of f.agreements) {
      const a = ctx.agreementIndex.get(id)
      if (a !== undefined) agreementPick[a] = 1
    }
  }
  const years = f.axis === 'signed' ? cols.signedYear : cols.dueYear
  const yearNone = f.year === 'none'
  const yearLo = f.year && f.year !== 'none' ? f.year.from : 0
  const yearHi = f.year && f.year !== 'none' ? f.year.to : 0
  const hasYear = f.year !== null
  const text = f.q.trim() ? ctx.textMatch : undefined

  for (let i = 0; i < n; i++) {
    let bits = 0
    if (sphereFail && sphereFail[cols.sphere[i]]) bits |= DIM.sphere
    if (countryPick) {
      let hit = 0
      for (let k = cols.countryStart[i], end = cols.countryStart[i + 1]; k < end && !hit; k++) hit = countryPick[cols.countryIndex[k]]
      if (!hit) bits |= DIM.country
    }
    if (hasYear) {
      const y = years[i]
      if (yearNone ? y !== 0 : y === 0 || y < yearLo || y > yearHi) bits |= DIM.year
    }
    if (statusFail && statusFail[cols.status[i]]) bits |= DIM.status
    const a = cols.agreement[i]
    if (typeFail && typeFail[cols.agreementType[a]]) bits |= DIM.type
    if (
      (owedFail && owedFail[cols.owedBy[i]]) ||
      (kindBits && (cols.agreementKinds[a] & kindBits) === 0) ||
      (agreementPick && !agreementPick[a]) ||
      (f.overdue && !cols.overdue[i]) ||
      (text && !text[i])
    ) {
      bits |= DIM.other
    }
    fails[i] = bits
  }
  return fails
}

/** 1 for the entries of `all` not in `selected`. */
function failTable(all: readonly string[], selected: readonly string[]): Uint8Array {
  const keep = new Set(selected)
  return Uint8Array.from(all, (v) => (keep.has(v) ? 0 : 1))
}

/** 1 for the entries of `all` in `selected`. */
function pickTable(all: readonly string[], selected: readonly string[]): Uint8Array {
  const keep = new Set(selected)
  return Uint8Array.from(all, (v) => (keep.has(v) ? 1 : 0))
}
