/**
 * The one filter model of the app, and how it is applied to the encoded columns.
 *
 * Applying filters yields, for every row, a bit set of the dimensions whose filter the row fails.
 * A view counts a row when it fails no filter but those of its own dimensions: so a chart of
 * spheres shows every sphere under the other filters, with the selected ones highlighted, and
 * never filters itself away (the linked-view convention).
 */
import {
  emptyCounts,
  OVERDUE_OFFSET,
  RAW_CELLS,
  summarize,
  yearRange,
  type Aggregate,
  type Counts,
  type YearAxis,
} from './aggregate'
import type { Columns } from './columns'
import { DIM } from './dims'
import {
  AGREEMENT_TYPES,
  OWED_BY,
  PARTY_KINDS,
  STATUSES,
  type AgreementType,
  type OwedBy,
  type PartyKind,
  type Status,
} from './vocab'

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

export { DIM }

/** True when any filter narrows the rows (the axis alone does not). */
export function hasFilters(f: Filters): boolean {
  return (
    f.spheres.length > 0 ||
    f.countries.length > 0 ||
    f.statuses.length > 0 ||
    f.types.length > 0 ||
    f.kinds.length > 0 ||
    f.owedBy.length > 0 ||
    f.agreements.length > 0 ||
    f.year !== null ||
    f.overdue ||
    f.q.trim() !== ''
  )
}

export interface FilterContext {
  /** Rows matching the search text (1) — required when `q` is set; see ./search. */
  textMatch?: Uint8Array
}

/** Per row: the bits of the dimensions whose filter the row fails (0 = passes everything). */
export function applyFilters(cols: Columns, f: Filters, ctx: FilterContext): Uint8Array {
  return filterAndAggregate(cols, f, ctx).fails
}

/**
 * Filters and counts in one pass over the columns: each row's failing dimensions, the KPIs (rows
 * failing nothing) and the "status by sphere / country / year" groups (rows failing nothing but
 * the group's own dimension). Every filter is a lookup table built once per change, so the loop
 * reads a few typed arrays per row and branches little: this is what a click costs.
 */
export function filterAndAggregate(
  cols: Columns,
  f: Filters,
  ctx: FilterContext,
): { fails: Uint8Array; summary: Aggregate } {
  const n = cols.count
  const fails = new Uint8Array(n)
  const { counts, years, minYear, span } = emptyCounts(cols, f.axis)
  const seenAgreement = hasFilters(f) ? new Uint8Array(cols.agreementCount) : undefined
  const t = filterTables(cols, f, ctx)
  countRows({
    n,
    fails,
    ...counts,
    years,
    minYear,
    span,
    seenAgreement: seenAgreement ?? null,
    ...t,
    text: t.text ?? null,
    overdueBit: f.overdue ? DIM.other : 0,
    sphereOn: f.spheres.length > 0,
    statusOn: f.statuses.length > 0,
    yearOn: f.year !== null,
    agreementOn: f.types.length > 0 || f.kinds.length > 0 || f.agreements.length > 0,
    owedOn: f.owedBy.length > 0,
    cols,
  })
  return { fails, summary: summarize(cols, counts, { minYear, span }, seenAgreement) }
}

interface RowPass extends Counts, Omit<FilterTables, 'text'> {
  n: number
  fails: Uint8Array
  years: Uint16Array
  minYear: number
  span: number
  seenAgreement: Uint8Array | null
  text: Uint8Array | null
  overdueBit: number
  sphereOn: boolean
  statusOn: boolean
  yearOn: boolean
  agreementOn: boolean
  owedOn: boolean
  cols: Columns
}

/**
 * The loop over the rows, alone in its function: with code after the loop in the same function,
 * V8 compiled the loop on the fly (OSR) and threw the compiled code away on leaving it (no type
 * feedback yet for what follows), so every call ran mostly unoptimised — ten times slower.
 */
function countRows(p: RowPass): void {
  const {
    n,
    fails,
    totals,
    bySphere,
    byCountry,
    byYear,
    years,
    minYear,
    span,
    seenAgreement,
    text,
    overdueBit,
    sphereOn,
    statusOn,
    yearOn,
    agreementOn,
    owedOn,
  } = p
  const { sphereBits, statusBits, yearBits, agreementBits, owedBits, countryPick } = p
  const { status, overdue, sphere, agreement, owedBy, countryStart, countryIndex } = p.cols
  const sphereBit = DIM.sphere
  const yearBit = DIM.year
  const countryBit = DIM.country
  const otherBit = DIM.other
  // Imported constants copied to locals: some module loaders turn each read into a getter call.
  const W = RAW_CELLS
  const OD = OVERDUE_OFFSET

  for (let i = 0; i < n; i++) {
    const st = status[i]
    const od = overdue[i]
    const a = agreement[i]
    const y = years[i]
    // Only the filters that are on are looked up: the checks are perfectly predicted, the loads are not free.
    let bits = 0
    if (sphereOn) bits |= sphereBits[sphere[i]]
    if (statusOn) bits |= statusBits[st]
    if (yearOn) bits |= yearBits[y]
    if (agreementOn) bits |= agreementBits[a]
    if (owedOn) bits |= owedBits[owedBy[i]]
    if (od === 0) bits |= overdueBit
    if (text !== null && text[i] === 0) bits |= otherBit
    const cs = countryStart[i]
    const ce = countryStart[i + 1]
    if (countryPick !== null) {
      let hit = 0
      for (let k = cs; k < ce && hit === 0; k++) hit = countryPick[countryIndex[k]]
      if (hit === 0) bits |= countryBit
    }
    fails[i] = bits
    // A row counts in the KPIs and every group when it fails nothing, in one group when it fails
    // only that group's dimension, and nowhere when it fails anything else: one test for most rows.
    // Its cell in a group is its (status, overdue) pair: one increment (see ./aggregate).
    const cell = od === 0 ? st : st + OD
    if (bits === 0) {
      totals[cell]++
      if (seenAgreement !== null) seenAgreement[a] = 1
      bySphere[sphere[i] * W + cell]++
      byYear[(y === 0 ? span : y - minYear) * W + cell]++
      for (let k = cs; k < ce; k++) byCountry[countryIndex[k] * W + cell]++
    } else if (bits === sphereBit) bySphere[sphere[i] * W + cell]++
    else if (bits === yearBit) byYear[(y === 0 ? span : y - minYear) * W + cell]++
    else if (bits === countryBit) for (let k = cs; k < ce; k++) byCountry[countryIndex[k] * W + cell]++
  }
}

/** Each filter as a table from a row's value to the bit it fails (0 when it passes or the filter is off). */
interface FilterTables {
  sphereBits: Uint8Array
  statusBits: Uint8Array
  /** Indexed by year (0 = no year). */
  yearBits: Uint8Array
  /** Per agreement: its type, party kinds and id against the filters. */
  agreementBits: Uint8Array
  owedBits: Uint8Array
  /** Per country: 1 when selected; null when the country filter is off. */
  countryPick: Uint8Array | null
  /** Per row: 1 when the text matches; undefined when there is no search. */
  text: Uint8Array | undefined
}

function filterTables(cols: Columns, f: Filters, ctx: FilterContext): FilterTables {
  const bitsFor = (all: readonly string[], selected: readonly string[], bit: number) =>
    selected.length ? failTable(all, selected).map((x) => x * bit) : new Uint8Array(all.length)
  // The column's year range is computed once per column (the counts need it too), not per change.
  const { min, span } = yearRange(f.axis === 'signed' ? cols.signedYear : cols.dueYear)
  const maxYear = span > 0 ? min + span - 1 : 0
  const yearBits = new Uint8Array(maxYear + 1)
  if (f.year === 'none') yearBits.fill(DIM.year, 1)
  else if (f.year) {
    const { from, to } = f.year
    for (let y = 0; y <= maxYear; y++) if (y === 0 || y < from || y > to) yearBits[y] = DIM.year
  }
  const typeBits = bitsFor(AGREEMENT_TYPES, f.types, DIM.type)
  const kindMask = f.kinds.reduce((bits, k) => bits | (1 << PARTY_KINDS.indexOf(k)), 0)
  let agreementPick: Uint8Array | null = null
  if (f.agreements.length) {
    // A pass over the agreement ids, only when the filter is set: no id -> index map to build
    // (and keep) for every snapshot shown.
    const wanted = new Set(f.agreements)
    agreementPick = new Uint8Array(cols.agreementCount)
    for (let a = 0; a < cols.agreementCount; a++) if (wanted.has(cols.agreementIds[a])) agreementPick[a] = 1
  }
  const agreementBits = new Uint8Array(cols.agreementCount)
  for (let a = 0; a < cols.agreementCount; a++) {
    let bits = typeBits[cols.agreementType[a]]
    if ((kindMask && (cols.agreementKinds[a] & kindMask) === 0) || (agreementPick && !agreementPick[a]))
      bits |= DIM.other
    agreementBits[a] = bits
  }
  return {
    sphereBits: bitsFor(cols.sphereIds, f.spheres, DIM.sphere),
    statusBits: bitsFor(STATUSES, f.statuses, DIM.status),
    yearBits,
    agreementBits,
    owedBits: bitsFor(OWED_BY, f.owedBy, DIM.other),
    countryPick: f.countries.length ? pickTable(cols.countryCodes, f.countries) : null,
    text: f.q.trim() ? ctx.textMatch : undefined,
  }
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
