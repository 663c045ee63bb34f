/**
 * The aggregation core against crossfilter2 (the reference library for linked-view filtering)
 * and a naive filter().reduce(), on the same rows, the same filter changes and the same
 * group-bys, in one process. Each step changes one filter and reads every view's counts:
 * the KPIs and the status breakdown by sphere, by partner country and by year, each view
 * ignoring its own dimension's filter. All three must give the same numbers before any is timed.
 */
import crossfilter from 'crossfilter2'
import { CELLS, OVERDUE_CELL, TOTAL_CELL, type Aggregate } from '../../src/domain/aggregate'
import type { Columns } from '../../src/domain/columns'
import { filterAndAggregate, NO_FILTERS, type Filters } from '../../src/domain/filters'
import { STATUSES } from '../../src/domain/vocab'

/** Per view: key -> [per-status counts…, overdue, total]. */
export type Views = {
  kpi: number[]
  sphere: Map<string, number[]>
  country: Map<string, number[]>
  year: Map<string, number[]>
}

/** The filter changes of one cycle: each step changes one dimension. */
export function filterSteps(cols: Columns): Filters[] {
  const sphere = cols.sphereIds[0]
  const country = cols.countryCodes[0]
  const years = [...new Set(cols.signedYear)].sort()
  const mid = years[Math.floor(years.length / 2)]
  const steps: Partial<Filters>[] = [
    { spheres: [sphere] },
    { spheres: [sphere], statuses: ['completed', 'in_progress'] },
    { spheres: [sphere], statuses: ['completed', 'in_progress'], year: { from: mid - 1, to: mid + 1 } },
    { spheres: [sphere], year: { from: mid - 1, to: mid + 1 } },
    { spheres: [sphere], year: { from: mid - 1, to: mid + 1 }, countries: [country] },
    { year: { from: mid - 1, to: mid + 1 }, countries: [country] },
    { countries: [country] },
    {},
  ]
  return steps.map((s) => ({ ...NO_FILTERS, ...s }))
}

function fromAggregate(a: Aggregate): Views {
  const rows = (g: Aggregate['bySphere']) => {
    const out = new Map<string, number[]>()
    g.keys.forEach((k, i) => {
      const cells = Array.from(g.cells.subarray(i * CELLS, (i + 1) * CELLS))
      if (cells[TOTAL_CELL] > 0) out.set(k, cells)
    })
    return out
  }
  const k = a.kpi
  const statusCounts = STATUSES.map(() => 0)
  return {
    kpi: [k.commitments, k.completed, k.overdue],
    sphere: rows(a.bySphere),
    country: rows(a.byCountry),
    year: rows(a.byYear),
    ...{ statusCounts },
  }
}

/** Our core: one pass per filter change. */
export function oursCycle(cols: Columns, steps: Filters[]): Views[] {
  const ctx = {}
  return steps.map((f) => fromAggregate(filterAndAggregate(cols, f, ctx).summary))
}

/** crossfilter2 with four dimensions (sphere, country as an array dimension, year, status). */
export function crossfilterSetup(cols: Columns) {
  const index = Array.from({ length: cols.count }, (_, i) => i)
  const cf = crossfilter(index)
  const countriesOf = (i: number) => {
    const out: string[] = []
    for (let k = cols.countryStart[i]; k < cols.countryStart[i + 1]; k++)
      out.push(cols.countryCodes[cols.countryIndex[k]])
    return out
  }
  const sphereDim = cf.dimension((i: number) => cols.sphereIds[cols.sphere[i]])
  const countryDim = cf.dimension((i: number) => countriesOf(i), true)
  const yearDim = cf.dimension((i: number) => cols.signedYear[i])
  const statusDim = cf.dimension((i: number) => STATUSES[cols.status[i]])
  const add = (p: number[], i: number) => {
    p[cols.status[i]]++
    p[OVERDUE_CELL] += cols.overdue[i]
    p[TOTAL_CELL]++
    return p
  }
  const remove = (p: number[], i: number) => {
    p[cols.status[i]]--
    p[OVERDUE_CELL] -= cols.overdue[i]
    p[TOTAL_CELL]--
    return p
  }
  const init = () => new Array<number>(CELLS).fill(0)
  const groups = {
    sphere: sphereDim.group<string, number[]>().reduce(add, remove, init),
    country: countryDim.group<string, number[]>().reduce(add, remove, init),
    year: yearDim.group<number, number[]>().reduce(add, remove, init),
  }
  const all = cf.groupAll<number[]>().reduce(add, remove, init)
  let current: Filters = NO_FILTERS
  const apply = (f: Filters) => {
    // Only the dimensions that changed are refiltered: crossfilter's strength.
    // Only the dimensions that changed are refiltered (crossfilter's strength), each with its
    // fastest call: filterExact for one value.
    const refilter = (dim: typeof sphereDim, now: readonly string[], before: readonly string[]) => {
      if (now.join() === before.join()) return
      if (now.length === 0) dim.filterAll()
      else if (now.length === 1) dim.filterExact(now[0])
      else dim.filterFunction((v) => now.includes(v as string))
    }
    refilter(sphereDim, f.spheres, current.spheres)
    refilter(countryDim, f.countries, current.countries)
    refilter(statusDim, f.statuses, current.statuses)
    const y = f.year && f.year !== 'none' ? f.year : null
    const cy = current.year && current.year !== 'none' ? current.year : null
    if (y?.from !== cy?.from || y?.to !== cy?.to) {
      if (y) yearDim.filterRange([y.from, y.to + 1])
      else yearDim.filterAll()
    }
    current = f
  }
  const read = (): Views => {
    const rows = <K>(g: { all(): readonly { key: K; value: number[] }[] }) => {
      const out = new Map<string, number[]>()
      for (const { key, value } of g.all()) if (value[TOTAL_CELL] > 0) out.set(String(key), [...value])
      return out
    }
    const v = all.value()
    return {
      kpi: [v[TOTAL_CELL], v[STATUSES.indexOf('completed')], v[OVERDUE_CELL]],
      sphere: rows(groups.sphere),
      country: rows(groups.country),
      year: rows(groups.year),
    }
  }
  return { apply, read, dispose: () => cf.remove(() => true) }
}

/** The obvious way: filter the rows, then reduce them into each view. */
export function naiveCycle(cols: Columns, steps: Filters[]): Views[] {
  const rows = Array.from({ length: cols.count }, (_, i) => ({
    sphere: cols.sphereIds[cols.sphere[i]],
    countries: Array.from(
      cols.countryIndex.subarray(cols.countryStart[i], cols.countryStart[i + 1]),
      (k) => cols.countryCodes[k],
    ),
    year: cols.signedYear[i],
    status: STATUSES[cols.status[i]],
    overdue: cols.overdue[i],
  }))
  return steps.map((f) => {
    const ok = {
      sphere: (r: (typeof rows)[number]) => !f.spheres.length || f.spheres.includes(r.sphere),
      country: (r: (typeof rows)[number]) => !f.countries.length || r.countries.some((c) => f.countries.includes(c)),
      year: (r: (typeof rows)[number]) =>
        !f.year || (f.year !== 'none' && r.year >= f.year.from && r.year <= f.year.to),
      status: (r: (typeof rows)[number]) => !f.statuses.length || f.statuses.includes(r.status),
    }
    const passing = (except: keyof typeof ok | null) =>
      rows.filter((r) => (Object.keys(ok) as (keyof typeof ok)[]).every((d) => d === except || ok[d](r)))
    const count = (list: typeof rows, keysOf: (r: (typeof rows)[number]) => string[]) =>
      list.reduce((m, r) => {
        for (const k of keysOf(r)) {
          const cells = m.get(k) ?? new Array<number>(CELLS).fill(0)
          cells[STATUSES.indexOf(r.status)]++
          cells[OVERDUE_CELL] += r.overdue
          cells[TOTAL_CELL]++
          m.set(k, cells)
        }
        return m
      }, new Map<string, number[]>())
    const kpiRows = passing(null)
    return {
      kpi: [
        kpiRows.length,
        kpiRows.filter((r) => r.status === 'completed').length,
        kpiRows.reduce((a, r) => a + r.overdue, 0),
      ],
      sphere: count(passing('sphere'), (r) => [r.sphere]),
      country: count(passing('country'), (r) => r.countries),
      year: count(passing('year'), (r) => [String(r.year)]),
    }
  })
}

/** The same views from all three, or the first difference. */
export function sameViews(a: Views, b: Views): string | null {
  if (a.kpi.join() !== b.kpi.join()) return `kpi ${a.kpi} vs ${b.kpi}`
  for (const view of ['sphere', 'country', 'year'] as const) {
    const x = a[view]
    const y = b[view]
    if (x.size !== y.size) return `${view}: ${x.size} vs ${y.size} groups`
    for (const [k, v] of x) if (y.get(k)?.join() !== v.join()) return `${view} ${k}: ${v} vs ${y.get(k)}`
  }
  return null
}

export interface CoreResult {
  rows: number
  oursMs: number
  crossfilterMs: number
  naiveMs: number | null
  steps: number
}

/** Mean time per filter change (median of several cycles), after checking that all agree. */
export function benchCore(cols: Columns, { cycles = 7, naive = true } = {}): CoreResult {
  const steps = filterSteps(cols)
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  const time = (cycle: () => void) => {
    cycle()
    const runs: number[] = []
    for (let c = 0; c < cycles; c++) {
      const t = performance.now()
      cycle()
      runs.push((performance.now() - t) / steps.length)
    }
    return median(runs)
  }
  // Ours is timed before crossfilter2 builds its indexes (a million records at 1M rows): with
  // those on the heap, every collection the timed loops trigger costs several times more, and
  // the first one timed would pay for the other's memory.
  const ours = oursCycle(cols, steps)
  const oursMs = time(() => void oursCycle(cols, steps))
  const cf = crossfilterSetup(cols)
  const theirs = steps.map((f) => (cf.apply(f), cf.read()))
  ours.forEach((v, i) => {
    const diff = sameViews(v, theirs[i])
    if (diff) throw new Error(`ours and crossfilter2 disagree at step ${i}: ${diff}`)
  })
  const crossfilterMs = time(() => {
    for (const f of steps) {
      cf.apply(f)
      cf.read()
    }
  })
  let naiveMs: number | null = null
  if (naive) {
    const ref = naiveCycle(cols, steps)
    ours.forEach((v, i) => {
      const diff = sameViews(v, ref[i])
      if (diff) throw new Error(`ours and the naive reference disagree at step ${i}: ${diff}`)
    })
    naiveMs = time(() => void naiveCycle(cols, steps))
  }
  return { rows: cols.count, oursMs, crossfilterMs, naiveMs, steps: steps.length }
}

/** The same rows n times over (1M rows from a 100k snapshot, with the same distribution). */
export function repeatColumns(c: Columns, times: number): Columns {
  const rep = <T extends Uint8Array | Uint16Array | Uint32Array>(a: T): T => {
    const out = new (a.constructor as new (n: number) => T)(a.length * times)
    for (let t = 0; t < times; t++) out.set(a, t * a.length)
    return out
  }
  const countryStart = new Uint32Array(c.count * times + 1)
  const per = c.countryStart[c.count]
  for (let t = 0; t < times; t++)
    for (let i = 0; i < c.count; i++) countryStart[t * c.count + i] = c.countryStart[i] + t * per
  countryStart[c.count * times] = per * times
  return {
    ...c,
    count: c.count * times,
    status: rep(c.status),
    overdue: rep(c.overdue),
    sphere: rep(c.sphere),
    agreement: rep(c.agreement),
    signedYear: rep(c.signedYear),
    dueYear: rep(c.dueYear),
    due: rep(c.due),
    completedOn: rep(c.completedOn),
    owedBy: rep(c.owedBy),
    countryStart,
    countryIndex: rep(c.countryIndex),
  }
}
