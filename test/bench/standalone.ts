/**
 * One figure of the benchmark run alone (`tsx test/bench/<figure>.ts --flag value`): serves dist/,
 * launches Chromium, runs `measure` and prints its figures as JSON.
 */
import { mkdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { preview } from 'vite'
import { launchBrowser } from '../e2e/browser'

/** True when `moduleUrl` is the script tsx was started with. */
export const isMain = (moduleUrl: string) => !!process.argv[1] && moduleUrl.endsWith(path.basename(process.argv[1]))

/** A `--name value` flag of the command line, or `fallback`. */
export function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : fallback
}

export async function runStandalone(
  measure: (browser: Browser, baseUrl: string, workDir: string) => Promise<Record<string, unknown>>,
): Promise<void> {
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' })
  const browser = await launchBrowser()
  try {
    const workDir = path.join(os.tmpdir(), 'coop-bench')
    mkdirSync(workDir, { recursive: true })
    const figures = await measure(browser, server.resolvedUrls!.local[0].replace(/\/$/, ''), workDir)
    console.log(JSON.stringify(figures, null, 2))
  } finally {
    await browser.close()
    await server.close()
  }
}
