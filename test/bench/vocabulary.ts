/**
 * Issue 17, item 4: files at the edges of every vocabulary the columns hold — all 200 declared
 * spheres (the limit, MAX_DECLARED_SPHERES), every assigned country code, one agreement per two
 * commitments, agreements with many parties, commitments with many partners and many
 * responsible bodies — imported the way the benchmark imports (headless Chromium, the file input,
 * until every chart is drawn, PerformanceObserver long tasks), against the floor for the same file.
 *
 *   npx vite build && npx tsx test/bench/vocabulary.ts [--sizes 20000,100000] [--runs 3] [--shapes plain,spheres] [--dist dist]
 *
 * Prints one line per file and writes node_modules/.bench-vocabulary/results.json. Not a test: figures to read.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { preview } from 'vite'
import { COUNTRY_CODES } from '../../src/domain/countries'
import { MAX_DECLARED_SPHERES } from '../../src/domain/vocab'
import { launchBrowser, newPage } from '../e2e/browser'
import { filterClick, floorForImportedFile } from './browser-measures'
import { timedImport } from './timedImport'
import { generateSnapshot } from './generate'

type Generated = ReturnType<typeof generateSnapshot>
type Row = Record<string, unknown>

/** The shapes: each pushes one vocabulary to its edge (all share the generator's rows otherwise). */
const SHAPES: Record<string, (s: Generated) => Generated> = {
  /** The generator's own realistic file, for comparison. */
  plain: (s) => s,
  /** 200 declared spheres, every commitment in one of them. */
  spheres: (s) => {
    const spheres = Array.from({ length: MAX_DECLARED_SPHERES }, (_, k) => ({
      id: `declared_${k}`,
      name: { en: `Declared sphere ${k}`, ru: `Сфера ${k}` },
    }))
    s.commitments.forEach((c, i) => ((c as Row).sphere = spheres[i % spheres.length].id))
    return { ...s, spheres } as Generated
  },
  /** Every assigned country code, agreements of 12 parties, commitments naming 8 partners and 10 bodies. */
  countries: (s) => {
    const codes = COUNTRY_CODES.filter((c) => c !== 'KZ')
    s.agreements.forEach((a, i) => {
      const parties = a.parties.slice(0, 1)
      for (let k = 0; k < 11; k++)
        parties.push({
          name: { en: `Party ${i}.${k}`, ru: `Сторона ${i}.${k}` },
          country: codes[(i * 11 + k) % codes.length],
          kind: 'organization',
        })
      a.parties = parties
    })
    s.commitments.forEach((c, i) => {
      const a = s.agreements[i % s.agreements.length]
      ;(c as Row).countries = a.parties.slice(1, 9).map((p) => p.country)
      ;(c as Row).responsible = Array.from({ length: 10 }, (_, k) => `Responsible body ${(i + k) % 997}`)
    })
    return s
  },
  /** One agreement per two commitments (the generator has one per twelve). */
  agreements: (s) => {
    const wanted = Math.ceil(s.commitments.length / 2)
    const template = s.agreements[0]
    // Signed before every due date and update of the generator's rows.
    const agreements = Array.from({ length: wanted }, (_, i) => ({
      ...template,
      signedOn: '2010-01-01',
      id: `AGR-${i}`,
      title: { en: `Agreement ${i}`, ru: `Соглашение ${i}` },
    }))
    s.commitments.forEach((c, i) => ((c as Row).agreementId = agreements[Math.floor(i / 2)].id))
    return { ...s, agreements }
  },
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : fallback
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]

async function main() {
  const sizes = arg('sizes', '20000,100000').split(',').map(Number)
  const runs = Number(arg('runs', '3'))
  const shapes = arg('shapes', Object.keys(SHAPES).join(',')).split(',')
  const work = path.resolve('node_modules/.bench-vocabulary')
  mkdirSync(work, { recursive: true })
  const server = await preview({
    build: { outDir: arg('dist', 'dist') },
    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'warn',
  })
  const base = server.resolvedUrls!.local[0].replace(/\/$/, '')
  const browser = await launchBrowser()
  const results: Row[] = []
  try {
    for (const n of sizes)
      for (const [shape, make] of Object.entries(SHAPES).filter(([k]) => shapes.includes(k))) {
        const snapshot = make(generateSnapshot({ commitments: n, seed: 1 }))
        snapshot.snapshot.id = `vocabulary-${shape}-${n}`
        const file = path.join(work, `${shape}-${n}.json`)
        writeFileSync(file, JSON.stringify(snapshot))
        const measured = {
          importMs: [] as number[],
          floorMs: [] as number[],
          longest: [] as number[],
          filter: [] as number[],
        }
        for (let run = 0; run < runs; run++) {
          const { context, page } = await newPage(browser)
          await context.addInitScript({ content: 'window.__name = (f) => f' })
          page.setDefaultTimeout(300_000)
          const imported = await timedImport(page, base, file, n)
          await page.locator('[data-testid="import-status"][data-state="ok"]').waitFor()
          measured.importMs.push(imported.ms)
          measured.longest.push(imported.longestTask)
          measured.floorMs.push(await page.evaluate(floorForImportedFile))
          measured.filter.push(await page.evaluate(filterClick, false))
          await context.close()
        }
        const row = {
          shape,
          commitments: n,
          mb: Math.round((statSync(file).size / 1024 / 1024) * 10) / 10,
          import_ms: Math.round(median(measured.importMs)),
          floor_ms: Math.round(median(measured.floorMs)),
          import_over_floor: Math.round((median(measured.importMs) / median(measured.floorMs)) * 100) / 100,
          longest_task_ms: Math.round(median(measured.longest)),
          longest_task_ms_max: Math.round(Math.max(...measured.longest)),
          filter_all_ms: Math.round(median(measured.filter)),
        }
        results.push(row)
        console.log(JSON.stringify(row))
      }
  } finally {
    await browser.close()
    await server.close()
  }
  const out = path.join(work, 'results.json')
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), runs, results }, null, 1)}\n`)
  console.log(`wrote ${out}`)
}

await main()
