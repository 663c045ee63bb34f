/** The benchmark harness, run small (1k commitments, one run) so that it cannot rot. */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { KINDS } from '../bench/interactions'
import { kindKey, runBenchmarks } from '../bench/run'

describe('benchmark harness (smoke)', () => {
  it('measures every figure at 1k and writes BENCHMARKS.md and .json', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'coop-bench-smoke-'))
    const results = await runBenchmarks({
      sizes: [1000],
      runs: 1,
      clicks: 3,
      interactions: 1,
      million: false,
      outDir: out,
      workDir: out,
      baseUrl: inject('baseUrl'),
    })
    for (const key of [
      'import_ms_1k',
      'floor_ms_1k',
      'import_over_floor_1k',
      'cold_start_ms_1k',
      'cold_start_all_views_ms_1k',
      'interaction_ms_median_1k',
      'interaction_ms_p95_1k',
      'interaction_worst_kind_ms_median_1k',
      ...KINDS.map((k) => `interaction_${kindKey(k.name)}_ms_median_1k`),
      'filter_ms_median_1k',
      'filter_ms_p95_1k',
      'heap_mb_1k',
      'core_ms_1k',
      'crossfilter2_ms_1k',
      'core_over_crossfilter2_1k',
      'duckdb_ms_1k',
      'core_over_duckdb_1k',
      'initial_js_gzip_kb',
    ]) {
      expect(results[key], key).toBeGreaterThan(0)
    }
    expect(results.longest_task_ms_import_1k).toBeGreaterThanOrEqual(0)
    expect(existsSync(path.join(out, 'BENCHMARKS.json'))).toBe(true)
    const report = readFileSync(path.join(out, 'BENCHMARKS.md'), 'utf8')
    expect(report).toContain('| import, file → every chart ready |')
    expect(report).toContain('crossfilter2')
    expect(report).toContain('DuckDB-WASM v1.')
    expect(report).toContain('| **the mix, median** |')
    // Every kind of the mix was measured (the keys above), the seven of issue 16 at least.
    expect(KINDS.length).toBeGreaterThanOrEqual(7)
  }, 240_000)
})
