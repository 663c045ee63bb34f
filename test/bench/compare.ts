/**
 * The comparison's figures (issue 11), in headless Chromium on the built app:
 * - `compare_ms_<n>`: two stored reports of `n` commitments each (the second half a year later,
 *   a tenth of its statuses and due dates changed); from the baseline picker's change event to the
 *   frame in which the "What changed" section shows the class counts (medians over `runs`);
 * - `interaction_ms_median_compare_<n>` / `_p95_` and `interaction_ms_comparison_class_<n>`: the
 *   interaction mix (./interactions) on the same page with the comparison on, its class filter
 *   among the kinds;
 * - `trend_ms_<reports>x<n>`: `reports` stored reports of one series; from the dashboard's first
 *   KPI after a reload to the frame in which the trend chart is drawn (the worker reads every
 *   report's columns and counts them), medians over `runs`.
 * Runnable alone: `vite build && tsx test/bench/compare.ts [--size 100000] [--reports 12] [--runs 3]`.
 */
import { existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { newPage } from '../e2e/browser'
import { generateSnapshot } from './generate'
import { arg, isMain, runStandalone } from './standalone'
import { COMPARISON_KIND, KINDS, measureInteractions } from './interactions'

const STATUSES = ['not_started', 'in_progress', 'ongoing', 'completed', 'suspended', 'cancelled', 'no_information']
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]
const percentile95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]
const label = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n))

/** Report `k` of the series: the generated snapshot, `k` half-years on, a tenth of it changed each time. */
function reportFile(workDir: string, n: number, k: number): string {
  const file = path.join(workDir, `series-${n}-${k}.json`)
  if (existsSync(file)) return file
  const s = generateSnapshot({ commitments: n, seed: 1 }) as unknown as {
    snapshot: { id: string; asOf: string }
    commitments: { status: string; due?: string }[]
  }
  s.snapshot.id = `bench-series-${k}`
  s.snapshot.asOf = `${2026 + Math.floor(k / 2)}-${k % 2 ? '12-31' : '06-30'}`
  s.commitments.forEach((c, i) => {
    if ((i * 7 + k * 13) % 10 !== 0) return
    c.status = STATUSES[(i + k) % STATUSES.length]
    if (c.due) c.due = `${2026 + (k % 3)}-0${1 + (i % 9)}-15`
  })
  writeFileSync(file, JSON.stringify(s))
  return file
}

async function importAll(page: Page, files: string[]) {
  for (const f of files) {
    await page.locator('[data-testid="import-input"]').setInputFiles(f)
    await page.waitForFunction(
      () => document.querySelector('[data-testid="import-status"]')?.getAttribute('data-state') === 'ok',
    )
    await page
      .locator('[data-testid="import-status"] button')
      .first()
      .click()
      .catch(() => undefined)
  }
}

/** The comparison page of the series: report 1 against report 0. */
export const COMPARISON_ROUTE = '#/?s=bench-series-1&vs=bench-series-0'

/** Stores reports 0 and 1 of the series of `n` commitments: the comparison at COMPARISON_ROUTE. */
export const importComparison = (page: Page, workDir: string, n: number) =>
  importAll(
    page,
    [0, 1].map((k) => reportFile(workDir, n, k)),
  )

/** From the picker's change to the class counts on screen, in the page. */
function pickBaseline(id: string): Promise<number> {
  return new Promise((resolve) => {
    const select = document.querySelector('[data-testid="compare-baseline"]') as HTMLSelectElement
    let t0 = 0
    select.addEventListener('change', () => (t0 = performance.now()), { capture: true, once: true })
    select.value = id
    select.dispatchEvent(new Event('change', { bubbles: true }))
    const check = () => {
      const n = document.querySelector('[data-testid="diff-new"]')?.getAttribute('data-value')
      if (n !== null && n !== undefined && n !== '') requestAnimationFrame(() => resolve(performance.now() - t0))
      else requestAnimationFrame(check)
    }
    check()
  })
}

/** From the first KPI on screen to the trend chart drawn, in the page. */
function untilTrend(): Promise<number> {
  return new Promise((resolve) => {
    let t0 = 0
    const check = () => {
      if (!t0 && document.querySelector('[data-testid="kpi-commitments"]')?.getAttribute('data-value'))
        t0 = performance.now()
      if (t0 && document.querySelector('[data-testid="chart-trend"]')?.getAttribute('data-state') === 'ready')
        requestAnimationFrame(() => resolve(performance.now() - t0))
      else requestAnimationFrame(check)
    }
    check()
  })
}

export async function compareFigures(
  browser: Browser,
  baseUrl: string,
  workDir: string,
  o: { size: number; reports: number; runs: number },
): Promise<Record<string, number>> {
  const out: Record<string, number> = {}
  const { context, page } = await newPage(browser)
  // tsx keeps function names with a helper the page does not have.
  await context.addInitScript({ content: 'window.__name = (f) => f' })
  page.setDefaultTimeout(900_000)
  await page.goto(baseUrl + '/')
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="kpi-commitments"]')?.getAttribute('data-value'),
  )
  const files = Array.from({ length: o.reports }, (_, k) => reportFile(workDir, o.size, k))
  // The first two: the comparison.
  await importComparison(page, workDir, o.size)
  const shown = `bench-series-1`
  const times: number[] = []
  for (let run = 0; run < o.runs; run++) {
    await page.goto(`${baseUrl}/#/?s=${shown}&vs=none`)
    await page.waitForFunction(() => document.querySelector('[data-testid="compare-baseline"]'))
    await page.waitForTimeout(500)
    times.push(await page.evaluate(pickBaseline, 'bench-series-0'))
  }
  out[`compare_ms_${label(o.size)}`] = Math.round(median(times))
  // The interaction mix with the comparison on, its class filter among the kinds.
  await page.goto(`${baseUrl}/${COMPARISON_ROUTE}`)
  await page.waitForFunction(() => document.querySelector('[data-testid="diff-completed"]'))
  const mix = await measureInteractions(page, o.size, Math.max(1, Math.min(o.runs, 3)), [...KINDS, COMPARISON_KIND])
  const all = Object.values(mix).flat()
  out[`interaction_ms_median_compare_${label(o.size)}`] = Math.round(median(all) * 10) / 10
  out[`interaction_ms_p95_compare_${label(o.size)}`] = Math.round(percentile95(all) * 10) / 10
  out[`interaction_ms_comparison_class_${label(o.size)}`] = Math.round(median(mix[COMPARISON_KIND.name]) * 10) / 10
  // The rest of the series: the trend.
  await importAll(page, files.slice(2))
  const trend: number[] = []
  for (let run = 0; run < o.runs; run++) {
    await page.goto(`${baseUrl}/#/?s=bench-series-${o.reports - 1}&r=${run}`)
    await page.reload()
    trend.push(await page.evaluate(untilTrend))
  }
  out[`trend_ms_${o.reports}x${label(o.size)}`] = Math.round(median(trend))
  await context.close()
  return out
}

if (isMain(import.meta.url))
  void runStandalone((browser, baseUrl, workDir) =>
    compareFigures(browser, baseUrl, workDir, {
      size: Number(arg('size', '100000')),
      reports: Number(arg('reports', '12')),
      runs: Number(arg('runs', '3')),
    }),
  )
