/**
 * The peer a user would pick today for analytics in the browser: DuckDB-WASM (the engine behind
 * Mosaic-style linked dashboards), in this Node process through its blocking bindings (no worker,
 * no message passing: its fastest way), loaded from node_modules, on the same rows, the same filter
 * changes and the same group-bys as our core (core.ts). The rows go in as small-integer codes, as
 * our columns hold them; each step's results come back into the same views as ours and
 * crossfilter2's, and must equal ours before anything is timed. A benchmark-only devDependency:
 * nothing in src/ imports it.
 */
import { createRequire } from 'node:module'
import path from 'node:path'
import { createDuckDB, NODE_RUNTIME, VoidLogger, type DuckDBConnection } from '@duckdb/duckdb-wasm/blocking'
import { CELLS, OVERDUE_CELL, TOTAL_CELL } from '../../src/domain/aggregate'
import type { Columns } from '../../src/domain/columns'
import type { Filters } from '../../src/domain/filters'
import { STATUSES } from '../../src/domain/vocab'
import { filterSteps, oursCycle, sameViews, type Views } from './core'

/** The WebAssembly bundles from node_modules (selected by what this Node supports). */
function bundles() {
  const dist = path.dirname(createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'))
  return {
    mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs') },
  }
}

/** Two tables: one row per commitment (codes), and its partner countries (one row per pair). */
function load(conn: DuckDBConnection, db: Awaited<ReturnType<typeof createDuckDB>>, cols: Columns) {
  const rows: string[] = ['i,sphere,year,status,overdue']
  const pairs: string[] = ['i,country']
  for (let i = 0; i < cols.count; i++) {
    rows.push(`${i},${cols.sphere[i]},${cols.signedYear[i]},${cols.status[i]},${cols.overdue[i]}`)
    for (let k = cols.countryStart[i]; k < cols.countryStart[i + 1]; k++) pairs.push(`${i},${cols.countryIndex[k]}`)
  }
  db.registerFileText('c.csv', rows.join('\n'))
  db.registerFileText('cc.csv', pairs.join('\n'))
  const types = `{'i': 'INTEGER', 'sphere': 'USMALLINT', 'year': 'USMALLINT', 'status': 'UTINYINT', 'overdue': 'UTINYINT'}`
  conn.query(`CREATE TABLE c AS SELECT * FROM read_csv('c.csv', header = true, columns = ${types})`)
  conn.query(
    `CREATE TABLE cc AS SELECT * FROM read_csv('cc.csv', header = true, columns = {'i': 'INTEGER', 'country': 'USMALLINT'})`,
  )
}

/**
 * Per group and status, the count and the overdue; the cells are filled in JS. (Faster in
 * DuckDB-WASM than one row per group with a `count(*) FILTER (…)` per status: 15 against 54 ms
 * for one group-by of 100k rows here.)
 */
const CELL_COLUMNS = 'status, count(*)::INTEGER AS n, sum(overdue)::INTEGER AS late'

/** The WHERE clause of one view: every filter of the step but the view's own. */
function where(cols: Columns, f: Filters, except: 'sphere' | 'country' | 'year' | null): string {
  const parts: string[] = []
  const codes = (values: readonly string[], all: readonly string[]) => values.map((v) => all.indexOf(v)).join(', ')
  if (except !== 'sphere' && f.spheres.length) parts.push(`sphere IN (${codes(f.spheres, cols.sphereIds)})`)
  if (f.statuses.length) parts.push(`status IN (${codes(f.statuses, STATUSES)})`)
  if (except !== 'year' && f.year)
    parts.push(f.year === 'none' ? 'year = 0' : `year BETWEEN ${f.year.from} AND ${f.year.to}`)
  if (except !== 'country' && f.countries.length)
    parts.push(`i IN (SELECT i FROM cc WHERE country IN (${codes(f.countries, cols.countryCodes)}))`)
  return parts.length ? `WHERE ${parts.join(' AND ')}` : ''
}

/** The four queries of one step, one per view (as a Mosaic-style dashboard asks them). */
function queries(cols: Columns, f: Filters) {
  return {
    kpi: `SELECT 0 AS k, ${CELL_COLUMNS} FROM c ${where(cols, f, null)} GROUP BY status`,
    sphere: `SELECT sphere AS k, ${CELL_COLUMNS} FROM c ${where(cols, f, 'sphere')} GROUP BY sphere, status`,
    country: `SELECT cc.country AS k, ${CELL_COLUMNS} FROM c JOIN cc USING (i) ${where(cols, f, 'country')} GROUP BY cc.country, status`,
    year: `SELECT year AS k, ${CELL_COLUMNS} FROM c ${where(cols, f, 'year')} GROUP BY year, status`,
  }
}

/** A group-by's result as a view: key -> [per-status counts…, overdue, total]. */
function groups(table: { toArray(): unknown[] }, key: (k: number) => string): Map<string, number[]> {
  const out = new Map<string, number[]>()
  for (const row of table.toArray() as { toArray(): unknown[] }[]) {
    const [k, status, n, late] = row.toArray().map(Number)
    const name = key(k)
    let cells = out.get(name)
    if (!cells) out.set(name, (cells = new Array<number>(CELLS).fill(0)))
    cells[status] += n
    cells[OVERDUE_CELL] += late
    cells[TOTAL_CELL] += n
  }
  return out
}

export interface DuckDbResult {
  rows: number
  /** Per filter change: every view's query and its result in JS. */
  ms: number
  version: string
}

/** DuckDB-WASM's time per filter change (median of several cycles), after checking its views equal ours. */
export async function benchDuckDb(cols: Columns, { cycles = 7 } = {}): Promise<DuckDbResult> {
  const db = await createDuckDB(bundles(), new VoidLogger(), NODE_RUNTIME)
  await db.instantiate()
  const conn = db.connect()
  try {
    load(conn, db, cols)
    const steps = filterSteps(cols)
    const yearKey = (y: number) => (y === 0 ? 'none' : String(y).padStart(4, '0'))
    const step = (f: Filters): Views => {
      const q = queries(cols, f)
      const all = groups(conn.query(q.kpi), String).get('0') ?? new Array<number>(CELLS).fill(0)
      return {
        kpi: [all[TOTAL_CELL], all[STATUSES.indexOf('completed')], all[OVERDUE_CELL]],
        sphere: groups(conn.query(q.sphere), (s) => cols.sphereIds[s]),
        country: groups(conn.query(q.country), (c) => cols.countryCodes[c]),
        year: groups(conn.query(q.year), yearKey),
      }
    }
    const ours = oursCycle(cols, steps)
    steps.forEach((f, i) => {
      const diff = sameViews(ours[i], step(f))
      if (diff) throw new Error(`ours and DuckDB-WASM disagree at step ${i}: ${diff}`)
    })
    const runs: number[] = []
    for (let c = 0; c < cycles; c++) {
      const t = performance.now()
      for (const f of steps) step(f)
      runs.push((performance.now() - t) / steps.length)
    }
    runs.sort((a, b) => a - b)
    return { rows: cols.count, ms: runs[Math.floor(runs.length / 2)], version: db.getVersion() }
  } finally {
    conn.close()
    db.reset()
  }
}
