/**
 * Filters <-> URL query (shared/test-hooks.md, "Shareable links"): comma-separated ids,
 * `year=2024` or `year=2021-2024`, `axis=due`, `overdue=1`, `q=text`. Unknown parameter names are
 * ignored; unknown values are dropped and reported, never an error. Data never goes into the URL.
 */
import { isCountryCode } from './countries'
import { NO_FILTERS, type Filters, type YearFilter } from './filters'
import { AGREEMENT_TYPES, BUILTIN_SPHERES, OWED_BY, PARTY_KINDS, STATUSES } from './vocab'

export type QueryValue = string | null | undefined | (string | null)[]
export type Query = Record<string, QueryValue>

/** A value the link held that this snapshot or build does not know. */
export interface DroppedValue {
  param: string
  value: string
}

/** The query parameters the filters own; the app may keep others (e.g. which commitment is open). */
export const FILTER_PARAMS = [
  'sphere',
  'country',
  'status',
  'type',
  'kind',
  'owed',
  'agreement',
  'year',
  'axis',
  'overdue',
  'q',
] as const

const MAX_SEARCH = 200

export function filtersToQuery(f: Filters): Record<string, string> {
  const out: Record<string, string> = {}
  const list = (name: string, values: readonly string[]) => {
    if (values.length) out[name] = values.join(',')
  }
  list('sphere', f.spheres)
  list('country', f.countries)
  list('status', f.statuses)
  list('type', f.types)
  list('kind', f.kinds)
  list('owed', f.owedBy)
  list('agreement', f.agreements)
  if (f.year === 'none') out.year = 'none'
  else if (f.year)
    out.year = f.year.from === f.year.to ? yearText(f.year.from) : `${yearText(f.year.from)}-${yearText(f.year.to)}`
  if (f.axis === 'due') out.axis = 'due'
  if (f.overdue) out.overdue = '1'
  if (f.q.trim()) out.q = f.q.trim()
  return out
}

export function filtersFromQuery(
  query: Query,
  declaredSpheres: readonly string[] = [],
): { filters: Filters; dropped: DroppedValue[] } {
  const dropped: DroppedValue[] = []
  const spheres = new Set<string>([...BUILTIN_SPHERES, ...declaredSpheres])
  const read = (name: string): string | undefined => {
    const v = query[name]
    const s = Array.isArray(v) ? v.filter((x) => x !== null).join(',') : v
    return s === null || s === undefined ? undefined : s
  }
  const list = <T extends string>(name: string, ok: (v: string) => boolean, normalise = (v: string) => v): T[] => {
    const raw = read(name)
    if (!raw) return []
    const out: T[] = []
    for (const written of raw
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)) {
      const part = normalise(written)
      if (!ok(part)) dropped.push({ param: name, value: written })
      else if (!out.includes(part as T)) out.push(part as T)
    }
    return out
  }
  const inList = (all: readonly string[]) => (v: string) => all.includes(v)

  const filters: Filters = {
    spheres: list('sphere', (v) => spheres.has(v)),
    countries: list('country', isCountryCode, (v) => v.toUpperCase()),
    statuses: list('status', inList(STATUSES)),
    types: list('type', inList(AGREEMENT_TYPES)),
    kinds: list('kind', inList(PARTY_KINDS)),
    owedBy: list('owed', inList(OWED_BY)),
    agreements: list('agreement', (v) => v.length <= 200),
    year: null,
    axis: NO_FILTERS.axis,
    overdue: false,
    q: '',
  }
  const year = read('year')
  if (year !== undefined && year !== '') {
    const parsed = parseYear(year)
    if (parsed) filters.year = parsed
    else dropped.push({ param: 'year', value: year })
  }
  const axis = read('axis')
  if (axis === 'due' || axis === 'signed') filters.axis = axis
  else if (axis) dropped.push({ param: 'axis', value: axis })
  const overdue = read('overdue')
  if (overdue === '1' || overdue === 'true') filters.overdue = true
  else if (overdue && overdue !== '0' && overdue !== 'false') dropped.push({ param: 'overdue', value: overdue })
  filters.q = (read('q') ?? '').trim().slice(0, MAX_SEARCH)
  return { filters, dropped }
}

/** Four digits, as `parseYear` reads them back: year 0 is `0000`, not `0`. */
function yearText(year: number): string {
  return String(year).padStart(4, '0')
}

function parseYear(value: string): YearFilter | null {
  if (value === 'none') return 'none'
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(value.trim())
  if (!m) return null
  const a = Number(m[1])
  const b = m[2] ? Number(m[2]) : a
  return { from: Math.min(a, b), to: Math.max(a, b) }
}
