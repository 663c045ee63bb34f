/**
 * What an export shows: the rows that pass every filter, a chart's own filter included. On the
 * dashboard a chart leaves out its own filter (the linked-view convention of ./filters: the other
 * spheres stay visible, the chosen ones highlighted); on a slide or a picture, without the page
 * around it, that reads as wrong numbers under the caption's filters. Pure.
 */
import { CELLS, type Aggregate, type YearAxis } from './aggregate'
import { agreementsByYear, type AgreementsByYear } from './agreementsByYear'
import type { Columns } from './columns'
import { DIM, type RowFails } from './dims'
import { aggregateAll } from './filters'
import { completionHeatmap, type Heatmap } from './heatmap'
import { dateNumber } from './dates'
import { OPEN_STATUSES, STATUSES } from './vocab'

/** 1 for a row that fails no filter. */
export function passingMask(fails: RowFails): Uint8Array {
  const mask = new Uint8Array(fails.length)
  for (let i = 0; i < fails.length; i++) mask[i] = fails[i] === 0 ? 1 : 0
  return mask
}

/**
 * The filter bits as an export reads them: a row failing any filter fails `scope`, the bit no view
 * leaves out, so every view builder (heatmap, agreements per year) counts only the passing rows.
 */
export function strictFails(fails: RowFails): RowFails {
  const out: RowFails = new Uint16Array(fails.length)
  for (let i = 0; i < fails.length; i++) out[i] = fails[i] === 0 ? 0 : DIM.scope
  return out
}

/**
 * The "status by …" counts of the passing rows only. A commitment passing a country filter also
 * counts under its other partners: with countries chosen, only theirs are charted (`countries`).
 */
export function strictSummary(
  cols: Columns,
  fails: RowFails,
  axis: YearAxis,
  countries: readonly string[] = [],
): Aggregate {
  const all = aggregateAll(cols, axis, passingMask(fails))
  if (!countries.length) return all
  const picked = new Set(countries)
  const cells = all.byCountry.cells.slice()
  all.byCountry.keys.forEach((k, g) => picked.has(k) || cells.fill(0, g * CELLS, (g + 1) * CELLS))
  return { ...all, byCountry: { keys: all.byCountry.keys, cells } }
}

/** Completion per sphere × country of the passing rows (with countries chosen, only their columns). */
export function strictHeatmap(cols: Columns, fails: RowFails, countries: readonly string[] = []): Heatmap {
  const heat = completionHeatmap(cols, strictFails(fails))
  if (!countries.length) return heat
  const picked = new Set(countries)
  const cells = heat.cells.filter((c) => picked.has(c.country))
  const spheres = new Set(cells.map((c) => c.sphere))
  return {
    spheres: heat.spheres.filter((s) => spheres.has(s)),
    countries: heat.countries.filter((c) => picked.has(c)),
    cells,
  }
}

/** Agreements with a passing commitment (every agreement when nothing is filtered, as on the dashboard). */
export function strictAgreementsByYear(
  cols: Columns,
  fails: RowFails,
  axis: YearAxis,
  filtered: boolean,
): AgreementsByYear {
  return agreementsByYear(cols, strictFails(fails), axis, filtered)
}

/** How many of `rows` are open and due from `from` to `to` (`YYYY-MM-DD`, both included). */
export function openDueBetween(cols: Columns, rows: ArrayLike<number>, from: string, to: string): number {
  const [lo, hi] = [dateNumber(from), dateNumber(to)]
  let n = 0
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]
    if (cols.due[i] >= lo && cols.due[i] <= hi && OPEN_STATUSES.has(STATUSES[cols.status[i]])) n++
  }
  return n
}
