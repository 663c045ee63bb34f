/**
 * Filters <-> URL query (shared/test-hooks.md, "Shareable links"), made from the filter table
 * (./filterDefs): each filter reads and writes its own parameter. Unknown parameter names are
 * ignored; unknown values are dropped and reported, never an error. Data never goes into the URL.
 */
import { FILTER_DEFS, withValue, type QueryContext } from './filterDefs'
import { NO_FILTERS, type Filters } from './filters'
import { BUILTIN_SPHERES } from './vocab'

export type QueryValue = string | null | undefined | (string | null)[]
export type Query = Record<string, QueryValue>

/** A value the link held that this snapshot or build does not know. */
export interface DroppedValue {
  param: string
  value: string
}

/** The query parameters the filters own; the app may keep others (e.g. which commitment is open). */
export const FILTER_PARAMS: readonly string[] = [...FILTER_DEFS.map((d) => d.param), 'axis']

export function filtersToQuery(f: Filters): Record<string, string> {
  const out: Record<string, string> = {}
  for (const d of FILTER_DEFS) {
    const { def, value } = withValue(d, f)
    const written = def.write(value)
    if (written !== undefined) out[def.param] = written
  }
  if (f.axis === 'due') out.axis = 'due'
  return out
}

/**
 * `next`, with each value equal to `previous`'s being `previous`'s own (`previous` itself when all
 * are): a link read again after a change of its other parameters (the language, an open
 * commitment) keeps its filters' identity, and a change of one filter keeps the others', so that
 * nothing derived from an unchanged filter is computed or drawn again.
 */
export function keepUnchanged(previous: Filters, next: Filters): Filters {
  let changed = false
  const out: Record<string, unknown> = { ...next }
  for (const key of Object.keys(next) as (keyof Filters)[])
    if (JSON.stringify(previous[key]) === JSON.stringify(next[key])) out[key] = previous[key]
    else changed = true
  return changed ? (out as unknown as Filters) : previous
}

/** What the snapshot shown declares, for reading a link: its own spheres and its agreements. */
export interface SnapshotTerms {
  spheres?: readonly string[]
  agreements?: readonly string[]
  /** A baseline applies: change classes are filters. */
  comparing?: boolean
}

/**
 * A snapshot's agreement ids as a set, made once per list: every filter change reads the link
 * again, and a large snapshot has thousands of agreements.
 */
const agreementSets = new WeakMap<readonly string[], Set<string>>()
function agreementSet(ids: readonly string[]): Set<string> {
  let set = agreementSets.get(ids)
  if (!set) agreementSets.set(ids, (set = new Set(ids)))
  return set
}

export function filtersFromQuery(
  query: Query,
  terms: SnapshotTerms = {},
): { filters: Filters; dropped: DroppedValue[] } {
  const ctx: QueryContext = {
    spheres: new Set<string>([...BUILTIN_SPHERES, ...(terms.spheres ?? [])]),
    agreements: terms.agreements ? agreementSet(terms.agreements) : undefined,
    comparing: terms.comparing,
  }
  const read = (name: string): string | undefined => {
    const v = query[name]
    const s = Array.isArray(v) ? v.filter((x) => x !== null).join(',') : v
    return s === null || s === undefined ? undefined : s
  }
  const dropped: DroppedValue[] = []
  const filters: Filters = { ...NO_FILTERS }
  for (const def of FILTER_DEFS) {
    const raw = read(def.param)
    if (raw === undefined) continue
    const notUnderstood: string[] = []
    ;(filters as unknown as Record<string, unknown>)[def.key] = def.read(raw, ctx, notUnderstood)
    for (const value of notUnderstood) dropped.push({ param: def.param, value })
  }
  const axis = read('axis')
  if (axis === 'due' || axis === 'signed') filters.axis = axis
  else if (axis) dropped.push({ param: 'axis', value: axis })
  return { filters, dropped }
}
