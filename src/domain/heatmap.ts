/** Completion rate per sphere × partner country, for the heatmap. Pure. */
import { type Columns } from './columns'
import { completionRate } from './derive'
import { DIM, type RowFails } from './dims'
import { STATUSES } from './vocab'

const COMPLETED = STATUSES.indexOf('completed')
const CANCELLED = STATUSES.indexOf('cancelled')

export interface HeatCell {
  sphere: string
  country: string
  total: number
  completed: number
  cancelled: number
  /** Completion rate; null when undefined (everything cancelled). */
  rate: number | null
}
export interface Heatmap {
  /** Rows and columns in order of their totals, largest first. */
  spheres: string[]
  countries: string[]
  /** Only cells that have commitments. */
  cells: HeatCell[]
}

/** Completion rate per sphere × partner country. */
export function completionHeatmap(cols: Columns, fails: RowFails): Heatmap {
  const nc = cols.countryCodes.length
  const total = new Int32Array(cols.sphereIds.length * nc)
  const completed = new Int32Array(total.length)
  const cancelled = new Int32Array(total.length)
  const keep = ~(DIM.sphere | DIM.country)
  for (let i = 0; i < cols.count; i++) {
    if ((fails[i] & keep) !== 0) continue
    const st = cols.status[i]
    const row = cols.sphere[i] * nc
    for (let k = cols.countryStart[i], end = cols.countryStart[i + 1]; k < end; k++) {
      const cell = row + cols.countryIndex[k]
      total[cell]++
      if (st === COMPLETED) completed[cell]++
      else if (st === CANCELLED) cancelled[cell]++
    }
  }
  const sphereTotals = new Map<number, number>()
  const countryTotals = new Map<number, number>()
  const cells: HeatCell[] = []
  for (let s = 0; s < cols.sphereIds.length; s++) {
    for (let c = 0; c < nc; c++) {
      const t = total[s * nc + c]
      if (!t) continue
      sphereTotals.set(s, (sphereTotals.get(s) ?? 0) + t)
      countryTotals.set(c, (countryTotals.get(c) ?? 0) + t)
      const counts = { total: t, completed: completed[s * nc + c], cancelled: cancelled[s * nc + c] }
      cells.push({ sphere: cols.sphereIds[s], country: cols.countryCodes[c], ...counts, rate: completionRate(counts) })
    }
  }
  const order = (totals: Map<number, number>, keys: string[]) =>
    [...totals.entries()].sort((a, b) => b[1] - a[1] || (keys[a[0]] < keys[b[0]] ? -1 : 1)).map(([i]) => keys[i])
  return { spheres: order(sphereTotals, cols.sphereIds), countries: order(countryTotals, cols.countryCodes), cells }
}

/** The most rows and columns the heatmap draws (the largest; the chosen ones too); its table keeps all. */
export const MAX_HEATMAP_SPHERES = 30
export const MAX_HEATMAP_COUNTRIES = 30

/**
 * The heatmap cut to its largest spheres and countries (they come ordered by total) and any chosen
 * one: 200 spheres × 249 countries would be 50,000 cells, drawn in one long task and unreadable.
 */
export function largestOf(
  h: Heatmap,
  keep: { spheres: ReadonlySet<string>; countries: ReadonlySet<string> },
): Heatmap & { cut: boolean } {
  const spheres = h.spheres.filter((s, i) => i < MAX_HEATMAP_SPHERES || keep.spheres.has(s))
  const countries = h.countries.filter((c, i) => i < MAX_HEATMAP_COUNTRIES || keep.countries.has(c))
  const cut = spheres.length < h.spheres.length || countries.length < h.countries.length
  if (!cut) return { ...h, cut }
  const s = new Set(spheres)
  const c = new Set(countries)
  return { spheres, countries, cells: h.cells.filter((x) => s.has(x.sphere) && c.has(x.country)), cut }
}
