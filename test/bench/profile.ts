/**
 * Where an interaction's time goes: `npx vite build --sourcemap --outDir dist-profile` then
 * `npx tsx test/bench/profile.ts --dist dist-profile --size 100000 --reps 5`. For each kind of the
 * mix, a V8 CPU profile (CDP Profiler) from just before the input to its painted frame, over
 * `reps` inputs; prints the time by source file (through the build's source maps: src/…, or the
 * package in node_modules) and the functions with the most inclusive time. "(program)" is the
 * browser's own work outside JavaScript (style, layout, paint), "(garbage collector)" V8's.
 * `--compare`: on the comparison page of two reports of `size` (compare.ts's series), its class
 * filter among the kinds.
 * `--cold`: instead of the kinds, `reps` reloads, each profiled from the reload to the KPIs, the
 * table and every chart in view drawn (the benchmark's cold start).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs'
import { SourceMap } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import type { CDPSession, Page } from 'playwright-core'
import { preview } from 'vite'
import { launchBrowser, newPage } from '../e2e/browser'
import {
  armInteraction,
  firstShown,
  interactionResult,
  untilQuiet,
  untilShown,
  watchFirstShown,
  type Shows,
} from './browser-measures'
import { writeSnapshot } from './generate'
import { COMPARISON_ROUTE, importComparison } from './compare'
import { COMPARISON_KIND, KINDS } from './interactions'
import { traced, traceSelfTimes } from './trace'

const option = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : fallback
}

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
  children?: number[]
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

/** Source maps of the build's scripts, by file name. */
function sourceMaps(dist: string): Map<string, SourceMap> {
  const maps = new Map<string, SourceMap>()
  const dir = path.join(dist, 'assets')
  for (const f of readdirSync(dir))
    if (f.endsWith('.js.map'))
      maps.set(f.replace(/\.map$/, ''), new SourceMap(JSON.parse(readFileSync(path.join(dir, f), 'utf8'))))
  return maps
}

/** Where a frame's function comes from: `src/x.ts:line name`, `echarts fn`, or V8's own names. */
function place(frame: ProfileNode['callFrame'], maps: Map<string, SourceMap>): { file: string; fn: string } {
  if (!frame.url) return { file: frame.functionName || '(anonymous)', fn: frame.functionName }
  const map = maps.get(path.basename(new URL(frame.url).pathname))
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber) as
    { originalSource?: string; originalLine?: number; name?: string } | undefined
  if (!entry?.originalSource) return { file: path.basename(frame.url), fn: frame.functionName }
  const src = entry.originalSource.replace(/^.*?node_modules\//, 'node_modules/').replace(/^.*?\/src\//, 'src/')
  const pkg = src.startsWith('node_modules/')
    ? src
        .split('/')
        .slice(1, src.includes('/@') ? 3 : 2)
        .join('/')
    : src
  return { file: pkg, fn: `${src}:${(entry.originalLine ?? 0) + 1} ${frame.functionName || entry.name || ''}` }
}

function print(title: string, times: number[], s: ReturnType<typeof summarize>) {
  const ms = (x: number) => (x / times.length).toFixed(1).padStart(7)
  times.sort((a, b) => a - b)
  console.log(
    `\n## ${title}: median ${times[Math.floor((times.length - 1) / 2)].toFixed(1)} ms; busy ${ms(s.total)} ms per input`,
  )
  console.log('by file (self, ms per input):')
  for (const [f, t] of s.byFile) console.log(`  ${ms(t)}  ${f}`)
  console.log('functions (self, ms per input):')
  for (const [f, t] of s.selfByFn) console.log(`  ${ms(t)}  ${f}`)
  console.log('functions (inclusive, ms per input):')
  for (const [f, t] of s.inclusive) console.log(`  ${ms(t)}  ${f}`)
}

/** Cold start, `reps` reloads: each profiled from before the reload to its views in sight drawn. */
async function profileColdStart(page: Page, cdp: CDPSession) {
  await page.evaluate((expect) => sessionStorage.setItem('bench-expect', expect), String(n))
  const profiles: Profile[] = []
  const times: number[] = []
  for (let r = 0; r < reps; r++) {
    await page.waitForTimeout(500)
    await cdp.send('Profiler.start')
    await page.reload()
    times.push((await page.evaluate(firstShown)).inView)
    profiles.push(((await cdp.send('Profiler.stop')) as { profile: Profile }).profile)
  }
  print('cold start', times, summarize(profiles, maps))
}

function summarize(profiles: Profile[], maps: Map<string, SourceMap>) {
  const byFile = new Map<string, number>()
  const selfByFn = new Map<string, number>()
  const inclusive = new Map<string, number>()
  let total = 0
  for (const p of profiles) {
    const byId = new Map(p.nodes.map((n) => [n.id, n]))
    const parent = new Map<number, number>()
    for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
    const placed = new Map(p.nodes.map((n) => [n.id, place(n.callFrame, maps)]))
    // Only the samples between the interaction's marks (armInteraction's benchMark_start/_end).
    const marked = (edge: string) =>
      p.samples.flatMap((id, i) => {
        for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
          if (byId.get(at)!.callFrame.functionName === `benchMark_${edge}`) return [i]
        return []
      })
    const from = marked('start').at(-1) ?? 0
    const to = marked('end')[0] ?? p.samples.length
    if (process.env.PROFILE_DEBUG)
      console.log(from, to, p.samples.length, p.timeDeltas.slice(from + 1, to + 1).reduce((a, b) => a + b, 0) / 1000)
    p.samples.forEach((id, i) => {
      if (i <= from || i >= to) return
      const dt = (p.timeDeltas[i + 1] ?? 0) / 1000
      const self = placed.get(id)!
      if (self.file === '(idle)') return
      total += dt
      byFile.set(self.file, (byFile.get(self.file) ?? 0) + dt)
      selfByFn.set(self.fn || self.file, (selfByFn.get(self.fn || self.file) ?? 0) + dt)
      // PROFILE_FOCUS=name: which of our functions the samples in that function come from.
      const focus = process.env.PROFILE_FOCUS
      if (focus) {
        let inFocus = false
        for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
          const fn = placed.get(at)!.fn
          if (fn.endsWith(` ${focus}`)) inFocus = true
          else if (inFocus && fn.startsWith('src/')) {
            const key = `focus ${focus} <- ${fn}`
            inclusive.set(key, (inclusive.get(key) ?? 0) + dt)
            break
          }
        }
      }
      const seen = new Set<string>()
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const fn = placed.get(at)!.fn
        // Vue's scheduler and renderer frames wrap everything: the list shows what they call.
        if (!fn || seen.has(fn) || /^node_modules\/(@vue|vue-router)\//.test(fn)) continue
        if (byId.get(at)!.callFrame.functionName === '(root)') continue
        seen.add(fn)
        inclusive.set(fn, (inclusive.get(fn) ?? 0) + dt)
      }
    })
  }
  const top = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k)
  const focused = [...inclusive].filter(([k]) => k.startsWith('focus ')).sort((a, b) => b[1] - a[1])
  for (const [k] of focused) inclusive.delete(k)
  return { total, byFile: top(byFile, 12), selfByFn: top(selfByFn, 15), inclusive: [...focused, ...top(inclusive, 30)] }
}

const n = Number(option('size', '10000'))
const trace = process.argv.includes('--trace')
const reps = Number(option('reps', '5'))
const dist = option('dist', 'dist-profile')
const only = option('kinds', '')
const compare = process.argv.includes('--compare')
const cold = process.argv.includes('--cold')
const work = path.join(os.tmpdir(), 'coop-bench')
mkdirSync(work, { recursive: true })
const file = path.join(work, `snapshot-${n / 1000}k.json`)
if (!existsSync(file)) await writeSnapshot(file, { commitments: n, seed: 1 })
const maps = sourceMaps(dist)
const server = await preview({ build: { outDir: dist }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' })
const browser = await launchBrowser()
try {
  const { context, page } = await newPage(browser)
  await context.addInitScript({ content: 'window.__name = (f) => f' })
  await context.addInitScript(watchFirstShown)
  page.setDefaultTimeout(300_000)
  await page.goto(server.resolvedUrls!.local[0])
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="kpi-commitments"]')?.getAttribute('data-value'),
  )
  if (compare) {
    await importComparison(page, work, n)
    await page.goto(`${server.resolvedUrls!.local[0]}${COMPARISON_ROUTE}`)
    await page.reload()
    await page.waitForFunction(() => document.querySelector('[data-testid="diff-completed"]'))
  } else {
    await page.locator('[data-testid="import-input"]').setInputFiles(file)
    await page.locator('[data-testid="import-status"][data-state="ok"]').waitFor()
    await page.reload()
  }
  await page.evaluate(untilShown, [String(n), false] as [string, boolean])
  const cdp: CDPSession = await context.newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  if (cold) await profileColdStart(page, cdp)
  for (const kind of [...(cold ? [] : KINDS), ...(compare && !cold ? [COMPARISON_KIND] : [])].filter(
    (k) => !only || only.split(',').includes(k.name),
  )) {
    const profiles: Profile[] = []
    const traceTotals = new Map<string, number>()
    const times: number[] = []
    for (let r = 0; r < reps; r++) {
      await page.evaluate(() => scrollTo(0, 0))
      await kind.prepare?.(page)
      const kpi = (await page.locator('[data-testid="kpi-commitments"]').getAttribute('data-value')) ?? ''
      await page.evaluate(untilQuiet, kpi)
      await page.evaluate(armInteraction, [kind.event, kind.shows, 30_000, true] as [string, Shows, number, boolean])
      if (trace) {
        const events = await traced(cdp, async () => {
          await kind.act(page)
          times.push(await page.evaluate(interactionResult))
        })
        for (const [name, ms] of traceSelfTimes(events)) traceTotals.set(name, (traceTotals.get(name) ?? 0) + ms)
      } else {
        await cdp.send('Profiler.start')
        await kind.act(page)
        times.push(await page.evaluate(interactionResult))
        profiles.push(((await cdp.send('Profiler.stop')) as { profile: Profile }).profile)
      }
      await (kind.undo ?? ((p) => p.locator('[data-testid="filter-reset"]').click()))(page)
      await page.evaluate(untilQuiet, String(n))
      // Past the search box's 300 ms burst: the next keystroke is then the first of its burst, as in the mix.
      await page.waitForTimeout(350)
    }
    const ms = (x: number) => (x / reps).toFixed(1).padStart(7)
    times.sort((a, b) => a - b)
    if (trace) {
      const busy = [...traceTotals.values()].reduce((a, b) => a + b, 0)
      console.log(
        `\n## ${kind.name}: median ${times[Math.floor((reps - 1) / 2)].toFixed(1)} ms; main thread ${ms(busy)} ms per input`,
      )
      for (const [name, t] of [...traceTotals].sort((a, b) => b[1] - a[1]).slice(0, 14))
        console.log(`  ${ms(t)}  ${name}`)
      continue
    }
    print(kind.name, times, summarize(profiles, maps))
  }
  await context.close()
} finally {
  await browser.close()
  await server.close()
}
