/**
 * `xlsx_import_ms_<size>`: a generated snapshot written as a workbook in the spreadsheet form (by
 * the workbook export's own code) and imported through the file input, timed like the JSON import
 * (change event -> every chart ready), with the page's longest task meanwhile. Its own file so the
 * JSON benchmark (./run.ts) only calls it. Also runnable alone:
 * `vite build && tsx test/bench/xlsx-import.ts [--sizes 10000,100000] [--runs 3]`.
 */
import { existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { termName, type TermGroup, type TermId } from '../../src/i18n/glossary'
import { parseSnapshotText } from '../../src/import/parse'
import { snapshotSheets, type SheetWords } from '../../src/export/sheetExport'
import { formWorkbookBytes } from '../../src/export/xlsx'
import { newPage } from '../e2e/browser'
import { timedImport } from './timedImport'
import { generateSnapshot } from './generate'
import { arg, isMain, runStandalone } from './standalone'

const words: SheetWords = {
  sheet: (k) => termName('sheet', k as TermId<'sheet'>, 'en'),
  field: (f) => termName('sheetField', f as TermId<'sheetField'>, 'en'),
  term: (g, id) => termName(g as TermGroup, id as never, 'en'),
}

/** The workbook of the generated snapshot of `n` commitments (seed 1), written once into `workDir`. */
export async function benchWorkbook(workDir: string, n: number): Promise<string> {
  const file = path.join(workDir, `snapshot-${n}.xlsx`)
  if (existsSync(file)) return file
  const parsed = parseSnapshotText(JSON.stringify(generateSnapshot({ commitments: n, seed: 1 })))
  if (!parsed.ok) throw new Error('generated snapshot does not validate')
  writeFileSync(file, await formWorkbookBytes(snapshotSheets(parsed.snapshot, words)))
  return file
}

/** Medians over `runs` imports of each size: `xlsx_import_ms_10k`, `xlsx_longest_task_ms_10k`, … */
export async function xlsxImportFigures(
  browser: Browser,
  baseUrl: string,
  workDir: string,
  sizes: number[],
  runs: number,
): Promise<Record<string, number>> {
  const out: Record<string, number> = {}
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]
  for (const n of sizes) {
    const file = await benchWorkbook(workDir, n)
    const ms: number[] = []
    const longest: number[] = []
    for (let run = 0; run < runs; run++) {
      const { context, page } = await newPage(browser)
      await context.addInitScript({ content: 'window.__name = (f) => f' })
      page.setDefaultTimeout(600_000)
      const r = await timedImport(page, baseUrl, file, n)
      ms.push(r.ms)
      longest.push(r.longestTask)
      await context.close()
    }
    const l = n >= 1000 ? `${n / 1000}k` : String(n)
    out[`xlsx_import_ms_${l}`] = Math.round(median(ms))
    out[`xlsx_longest_task_ms_import_${l}`] = Math.round(median(longest))
  }
  return out
}

if (isMain(import.meta.url))
  void runStandalone((browser, baseUrl, workDir) =>
    xlsxImportFigures(
      browser,
      baseUrl,
      workDir,
      arg('sizes', '10000').split(',').map(Number),
      Number(arg('runs', '3')),
    ),
  )
