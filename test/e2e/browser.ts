/** Launching Debian's Chromium with Playwright, and helpers the browser tests share. */
import { existsSync, readFileSync } from 'node:fs'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
  if (!existsSync(path)) {
    throw new Error(
      `Browser tests need Chromium, and none was found at ${path}. Install it (Debian/Ubuntu: \`apt-get install chromium\`) or set CHROMIUM_PATH to a Chrome/Chromium executable.`,
    )
  }
  return path
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    // The machine has no outside network: keep Chromium from trying to reach Google's services.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}

export async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  page.setDefaultTimeout(20_000)
  return { context, page }
}

export const tid = (id: string) => `[data-testid="${id}"]`

export interface Kpis { agreements: string | null; commitments: string | null; completed: string | null; overdue: string | null; completionRate: string | null }

export async function readKpis(page: Page): Promise<Kpis> {
  const v = (id: string) => page.locator(tid(`kpi-${id}`)).getAttribute('data-value')
  return { agreements: await v('agreements'), commitments: await v('commitments'), completed: await v('completed'), overdue: await v('overdue'), completionRate: await v('completion-rate') }
}

/** Waits until the dashboard shows data and every chart is drawn. */
export async function waitForDashboard(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const kpi = document.querySelector('[data-testid="kpi-commitments"]')
    const charts = [...document.querySelectorAll('[data-testid^="chart-status-by-"]')]
    return kpi?.getAttribute('data-value') && charts.length === 3 && charts.every((c) => c.getAttribute('data-state') === 'ready')
  })
}

/** Sets files on the hidden input and waits for the import to finish; returns its final state. */
export async function importFiles(page: Page, files: string | string[] | { name: string; mimeType: string; buffer: Buffer }[]): Promise<string> {
  await page.locator(tid('import-input')).setInputFiles(files as Parameters<Page['setInputFiles']>[1])
  await page.waitForFunction(() => {
    const s = document.querySelector('[data-testid="import-status"]')?.getAttribute('data-state')
    return s === 'ok' || s === 'error' || document.querySelector('[data-testid="confirm-replace"]')
  })
  return (await page.locator(tid('import-status')).getAttribute('data-state')) ?? ''
}

/** Clicks a download button and returns the file's name and bytes. */
export async function download(page: Page, scope: string, button: string): Promise<{ name: string; text: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(scope).locator(tid(button)).click()])
  const path = await dl.path()
  return { name: dl.suggestedFilename(), text: readFileSync(path, 'utf8') }
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  const body = text.replace(/^\uFEFF/, '')
  for (let i = 0; i < body.length; i++) {
    const c = body[i]
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') { cell += '"'; i++ } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') { row.push(cell); cell = '' } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++
      row.push(cell); rows.push(row); row = []; cell = ''
    } else cell += c
  }
  if (cell || row.length) { row.push(cell); rows.push(row) }
  return rows
}
