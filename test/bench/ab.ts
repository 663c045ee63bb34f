/**
 * A/B of two builds in one sitting: `npx tsx test/bench/ab.ts --a dist-a --b dist-b --size 100000`.
 * Serves both builds, opens one page on each with the same generated snapshot, then alternates
 * rounds of the interaction mix between them (A, B, B, A, …), so that the machine's load falls on
 * both alike; prints each kind's median for A and B, and the mix's median and p95.
 * `--cold`: instead of the mix, a reload per round and side, timed to the KPIs, the table and
 * every chart in view drawn (as the benchmark's cold start).
 * `--import`: instead of the mix, an import per round and side on a fresh page (as the benchmark's
 * import: to every chart drawn; also to "stored", the status saying so), with the floor for the
 * same file in the same page after it.
 * `--compare`: the mix on the comparison page of two reports of `size` (compare.ts's series), its
 * class filter among the kinds.
 */
import { existsSync, mkdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { preview } from 'vite'
import { launchBrowser, newPage } from '../e2e/browser'
import { firstShown, floorForImportedFile, untilShown, watchFirstShown } from './browser-measures'
import { writeSnapshot } from './generate'
import { COMPARISON_ROUTE, importComparison } from './compare'
import { COMPARISON_KIND, KINDS, measureInteractions } from './interactions'
import { timedImport } from './timedImport'
import { mainThreadCpuMs, traced } from './trace'

const option = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : fallback
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]

async function serve(dist: string) {
  const server = await preview({ build: { outDir: dist }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' })
  return { server, base: server.resolvedUrls!.local[0].replace(/\/$/, '') }
}

async function benchPage(browser: Browser) {
  const { context, page } = await newPage(browser)
  await context.addInitScript({ content: 'window.__name = (f) => f' })
  page.setDefaultTimeout(300_000)
  return { context, page }
}

/** `rounds` imports of `file` on each build, alternated, each on a fresh page; prints the medians. */
async function importAB(browser: Browser, dists: Record<'A' | 'B', string>, file: string, n: number, rounds: number) {
  const sides = ['A', 'B'] as const
  const served = { A: await serve(dists.A), B: await serve(dists.B) }
  const got = {
    A: { ms: [] as number[], floor: [] as number[], longest: [] as number[], stored: [] as number[] },
    B: { ms: [] as number[], floor: [] as number[], longest: [] as number[], stored: [] as number[] },
  }
  for (let r = 0; r < rounds; r++)
    for (const side of r % 2 === 0 ? sides : ([...sides].reverse() as (typeof sides)[number][])) {
      const { context, page } = await benchPage(browser)
      const imported = await timedImport(page, served[side].base, file, n)
      await page.locator('[data-testid="import-status"][data-state="ok"]').waitFor()
      got[side].stored.push(await page.evaluate(() => performance.now() - (window as unknown as { __t0: number }).__t0))
      got[side].ms.push(imported.ms)
      got[side].longest.push(imported.longestTask)
      got[side].floor.push(await page.evaluate(floorForImportedFile))
      await context.close()
    }
  for (const side of sides) await served[side].server.close()
  console.log(`A = ${dists.A}, B = ${dists.B}, ${n} commitments, ${rounds} imports each, medians in ms`)
  for (const side of sides) {
    const g = got[side]
    const ratio = median(g.ms.map((ms, i) => ms / g.floor[i]))
    console.log(
      `${side} import ${median(g.ms).toFixed(0)} stored ${median(g.stored).toFixed(0)} floor ${median(g.floor).toFixed(0)} import/floor ${ratio.toFixed(2)} longest task ${median(g.longest).toFixed(0)} (max ${Math.max(...g.longest).toFixed(0)}); imports ${g.ms.map((x) => x.toFixed(0)).join(' ')}`,
    )
  }
}

/** A page on `dist` showing the snapshot in `file`, reloaded (a cold page, as a user's next visit). */
async function openBuild(browser: Browser, dist: string, file: string, n: number) {
  const { server, base } = await serve(dist)
  const { context, page } = await benchPage(browser)
  await context.addInitScript(watchFirstShown)
  await page.goto(base + '/')
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="kpi-commitments"]')?.getAttribute('data-value'),
  )
  if (compare) {
    await importComparison(page, work, n)
    await page.goto(`${base}/${COMPARISON_ROUTE}`)
  } else {
    await page.locator('[data-testid="import-input"]').setInputFiles(file)
    await page.locator('[data-testid="import-status"][data-state="ok"]').waitFor()
  }
  await page.evaluate((expect) => sessionStorage.setItem('bench-expect', expect), String(n))
  await page.reload()
  await page.evaluate(untilShown, [String(n), false] as [string, boolean])
  return { server, context, page }
}

const n = Number(option('size', '10000'))
const compare = process.argv.includes('--compare')
const cpuMode = process.argv.includes('--cpu')
const rounds = Number(option('rounds', '6'))
const work = path.join(os.tmpdir(), 'coop-bench')
mkdirSync(work, { recursive: true })
const file = path.join(work, `snapshot-${n >= 1000 ? `${n / 1000}k` : n}.json`)
if (!existsSync(file)) await writeSnapshot(file, { commitments: n, seed: 1 })
const browser = await launchBrowser()
const builds = { A: option('a', 'dist'), B: option('b', 'dist') }
if (process.argv.includes('--import')) {
  await importAB(browser, builds, file, n, rounds)
  await browser.close()
  process.exit(0)
}
// --kinds "overdue switch,chip removal": only those kinds of the mix.
const only = option('kinds', '')
const offered = compare ? [...KINDS, COMPARISON_KIND] : KINDS
const kinds = only ? offered.filter((k) => only.split(',').includes(k.name)) : offered
const open = { A: await openBuild(browser, builds.A, file, n), B: await openBuild(browser, builds.B, file, n) }
const times = { A: {} as Record<string, number[]>, B: {} as Record<string, number[]> }
for (const side of ['A', 'B'] as const) for (const k of kinds) times[side][k.name] = []
const coldMode = process.argv.includes('--cold')
const cold = { A: [] as number[], B: [] as number[] }
try {
  if (coldMode)
    for (let r = 0; r < rounds; r++)
      for (const side of r % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const)) {
        await open[side].page.reload()
        cold[side].push((await open[side].page.evaluate(firstShown)).inView)
      }
  for (let r = 0; r < (coldMode ? 0 : rounds); r++) {
    const order = r % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const)
    for (const side of order) {
      const page = open[side].page
      // --cpu: the main thread's CPU time per input (from a trace) instead of the wall time.
      const cpu = cpuMode
        ? async (_k: unknown, run: () => Promise<number>) => {
            const cdp = await page.context().newCDPSession(page)
            const events = await traced(cdp, async () => void (await run()))
            await cdp.detach()
            return mainThreadCpuMs(events)
          }
        : undefined
      const got = await measureInteractions(page, n, 1, kinds, cpu)
      for (const [kind, ms] of Object.entries(got)) times[side][kind].push(...ms)
    }
  }
} finally {
  for (const side of ['A', 'B'] as const) {
    await open[side].context.close()
    await open[side].server.close()
  }
  await browser.close()
}
if (coldMode) {
  console.log(`A = ${builds.A}, B = ${builds.B}, ${n} commitments, ${rounds} reloads each, cold start (ms)`)
  for (const side of ['A', 'B'] as const)
    console.log(side, 'median', median(cold[side]).toFixed(0), 'all', cold[side].map((x) => x.toFixed(0)).join(' '))
  process.exit(0)
}
console.log(
  `A = ${builds.A}, B = ${builds.B}, ${n} commitments, ${rounds} rounds, medians in ms (${cpuMode ? 'main-thread CPU' : 'wall time'})`,
)
console.log(
  [
    'kind'.padEnd(18),
    'A'.padStart(8),
    'B'.padStart(8),
    'B/A'.padStart(6),
    'A max'.padStart(8),
    'B max'.padStart(8),
  ].join(' '),
)
for (const k of kinds) {
  const a = median(times.A[k.name])
  const b = median(times.B[k.name])
  const max = (side: 'A' | 'B') =>
    Math.max(...times[side][k.name])
      .toFixed(1)
      .padStart(8)
  console.log(
    [
      k.name.padEnd(18),
      a.toFixed(1).padStart(8),
      b.toFixed(1).padStart(8),
      (b / a).toFixed(2).padStart(6),
      max('A'),
      max('B'),
    ].join(' '),
  )
}
const all = (side: 'A' | 'B') => Object.values(times[side]).flat()
console.log(
  ['mix median'.padEnd(18), median(all('A')).toFixed(1).padStart(8), median(all('B')).toFixed(1).padStart(8)].join(' '),
)
console.log(
  ['mix p95'.padEnd(18), p95(all('A')).toFixed(1).padStart(8), p95(all('B')).toFixed(1).padStart(8)].join(' '),
)
