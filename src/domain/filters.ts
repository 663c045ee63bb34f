/**
 * The filter model of the app, and the one pass that applies it to the encoded columns.
 *
 * The filters themselves are described in ./filterDefs (one descriptor each); this module holds the
 * model and the pass. Applying filters yields, for every row, the bits of the filters it fails
 * (./dims). A view counts a row when it fails no filter but those of its own dimensions: so a
 * chart of spheres shows every sphere under the other filters, with the selected ones highlighted,
 * and never filters itself away (the linked-view convention).
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
import type { ChangeClass } from './compare'
import { DIM, type RowFails } from './dims'
import { FILTER_DEFS, withValue, type FilterUnit } from './filterDefs'
import { CODE_COUNT, rowCodes } from './rowCodes'
import type { AgreementType, OwedBy, PartyKind, Recurrence, Status } from './vocab'

export type { RowFails }
export { DIM }

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
  recurrence: Recurrence[]
  /** Agreement ids. */
  agreements: string[]
  year: YearFilter | null
  /** Which year a commitment has: its agreement's signing year, or its due year. */
  axis: YearAxis
  overdue: boolean
  /** Free text over titles and texts in every language. */
  q: string
  /** Change classes against the baseline (./compare), while a comparison applies. */
  change: ChangeClass[]
}

export const NO_FILTERS: Filters = Object.freeze({
  ...Object.fromEntries(FILTER_DEFS.map((d) => [d.key, d.off])),
  axis: 'signed',
}) as Filters

/** True when any filter narrows the rows (the axis alone does not). */
export function hasFilters(f: Filters): boolean {
  return FILTER_DEFS.some((d) => {
    const { def, value } = withValue(d, f)
    return def.isOn(value)
  })
}

export interface FilterContext {
  /** Rows matching the search text (1) — required when `q` is set; see ./search. */
  textMatch?: Uint8Array
  /** Per row, its change classes (./compare) — required when `change` is set. */
  changeClasses?: Uint16Array
  /**
   * Rows a page is about (1): a country's or an agreement's commitments. Rows outside fail the
   * `scope` bit, which no view leaves out; the agreements KPI then counts agreements in scope.
   */
  within?: Uint8Array
}

/** Per unit, the combined table the pass reads: each filter on it adds its own bit. */
interface UnitTables {
  code: Uint16Array
  sphere: Uint16Array
  agreement: Uint16Array
  year: Uint16Array
  /** Per country: 1 when picked; null when no filter picks countries. */
  countryPick: Uint8Array | null
  /** Per row: the bits of the row filters (search, change classes) it fails; null when none is on. */
  rowBits: Uint16Array | null
  on: Record<'code' | 'sphere' | 'agreement' | 'year', boolean>
}

function unitTables(cols: Columns, f: Filters, ctx: FilterContext): UnitTables {
  // The column's year range is computed once per column (the counts need it too), not per change.
  const { min, span } = yearRange(f.axis === 'signed' ? cols.signedYear : cols.dueYear)
  const maxYear = span > 0 ? min + span - 1 : 0
  const t: UnitTables = {
    code: new Uint16Array(CODE_COUNT),
    sphere: new Uint16Array(cols.sphereIds.length),
    agreement: new Uint16Array(cols.agreementCount),
    year: new Uint16Array(maxYear + 1),
    countryPick: null,
    rowBits: null,
    on: { code: false, sphere: false, agreement: false, year: false },
  }
  for (const d of FILTER_DEFS) {
    const { def, value } = withValue(d, f)
    if (!def.isOn(value)) continue
    const table = def.table(cols, value, { maxYear, textMatch: ctx.textMatch, changeClasses: ctx.changeClasses })
    const unit: FilterUnit = def.unit
    if (unit === 'country') t.countryPick = table
    else if (unit === 'row') {
      const rows = (t.rowBits ??= new Uint16Array(cols.count))
      for (let i = 0; i < rows.length; i++) if (table[i] === 0) rows[i] |= def.bit
    } else {
      const combined = t[unit]
      for (let k = 0; k < table.length; k++) if (table[k]) combined[k] |= def.bit
      t.on[unit] = true
    }
  }
  return t
}

/**
 * Filters and counts in one pass over the columns: each row's failing filters, the KPIs (rows
 * failing nothing) and the "status by sphere / country / year" groups (rows failing nothing but
 * the group's own dimension). Every filter is a lookup table built once per change, so the loop
 * reads a few typed arrays per row and branches little: this is what a click costs.
 */
export function filterAndAggregate(
  cols: Columns,
  f: Filters,
  ctx: FilterContext = {},
): { fails: RowFails; summary: Aggregate } {
  const n = cols.count
  const fails: RowFails = new Uint16Array(n)
  const { counts, years, minYear, span } = emptyCounts(cols, f.axis)
  const narrowed = hasFilters(f) || ctx.within !== undefined
  const seenAgreement = narrowed ? new Uint8Array(cols.agreementCount) : undefined
  const t = unitTables(cols, f, ctx)
  countRows({
    n,
    fails,
    ...counts,
    years,
    minYear,
    span,
    seenAgreement: seenAgreement ?? null,
    codes: rowCodes(cols),
    codeBits: t.code,
    sphereBits: t.sphere,
    agreementBits: t.agreement,
    yearBits: t.year,
    countryPick: t.countryPick,
    rowBits: t.rowBits,
    within: ctx.within ?? null,
    codeOn: t.on.code,
    sphereOn: t.on.sphere,
    agreementOn: t.on.agreement,
    yearOn: t.on.year,
    cols,
  })
  return { fails, summary: summarize(cols, counts, { minYear, span }, seenAgreement) }
}

/** The counts of every row (or of the rows `within` a page's scope), with no filter set. */
export function aggregateAll(cols: Columns, axis: YearAxis, within?: Uint8Array): Aggregate {
  return filterAndAggregate(cols, { ...NO_FILTERS, axis }, { within }).summary
}

interface RowPass extends Counts {
  n: number
  fails: RowFails
  years: Uint16Array
  minYear: number
  span: number
  seenAgreement: Uint8Array | null
  codes: Uint8Array
  codeBits: Uint16Array
  sphereBits: Uint16Array
  agreementBits: Uint16Array
  yearBits: Uint16Array
  countryPick: Uint8Array | null
  rowBits: Uint16Array | null
  within: Uint8Array | null
  codeOn: boolean
  sphereOn: boolean
  agreementOn: boolean
  yearOn: boolean
  cols: Columns
}

/**
 * The loop over the rows, alone in its function: with code after the loop in the same function,
 * V8 compiled the loop on the fly (OSR) and threw the compiled code away on leaving it (no type
 * feedback yet for what follows), so every call ran mostly unoptimised — ten times slower.
 */
function countRows(p: RowPass): void {
  const { n, fails, totals, bySphere, byCountry, byYear, years, minYear, span, seenAgreement } = p
  const { codes, codeBits, sphereBits, agreementBits, yearBits, countryPick, rowBits, within } = p
  const { codeOn, sphereOn, agreementOn, yearOn } = p
  const { sphere, agreement, countryStart, countryIndex } = p.cols
  const sphereBit = DIM.sphere
  const yearBit = DIM.year
  const countryBit = DIM.country
  const scopeBit = DIM.scope
  // Imported constants copied to locals: some module loaders turn each read into a getter call.
  const W = RAW_CELLS
  const cellMask = OVERDUE_OFFSET * 2 - 1

  for (let i = 0; i < n; i++) {
    const code = codes[i]
    const a = agreement[i]
    const y = years[i]
    // Only the units with a filter on are looked up: the checks are perfectly predicted, the loads are not free.
    let bits = 0
    if (codeOn) bits |= codeBits[code]
    if (sphereOn) bits |= sphereBits[sphere[i]]
    if (yearOn) bits |= yearBits[y]
    if (agreementOn) bits |= agreementBits[a]
    if (rowBits !== null) bits |= rowBits[i]
    if (within !== null && within[i] === 0) bits |= scopeBit
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
    // Its cell in a group is its (status, overdue) pair, the low bits of its code: one increment.
    const cell = code & cellMask
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
