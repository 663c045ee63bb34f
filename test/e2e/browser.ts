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
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/**
 * The pages of `context` get their data worker's answers to `op` requests ("search": an index
 * being built; "text": titles being built) `ms` late, all of them or those of the snapshot `id`
 * only; every other request goes at once.
 */
export async function delayWorkerRequests(
  context: BrowserContext,
  op: 'search' | 'text' | 'searchIndexPart',
  ms: number,
  id?: string,
): Promise<void> {
  await context.addInitScript(
    ([op, ms, id]) => {
      const post = Worker.prototype.postMessage
      Worker.prototype.postMessage = function (
        this: Worker,
        msg: { op?: string; args?: [{ id?: string }] },
        ...rest: never[]
      ) {
        if (msg?.op === op && (!id || msg.args?.[0]?.id === id)) setTimeout(() => post.call(this, msg, ...rest), ms)
        else post.call(this, msg, ...rest)
      } as typeof post
    },
    [op, ms, id] as const,
  )
}

/**
 * A fresh profile. Service workers are blocked unless asked for: a worker's cache would serve the
 * previous build's files to a test of the new one. Only the offline tests allow them.
 */
export async function newPage(
  browser: Browser,
  options: { serviceWorkers?: 'allow' | 'block'; viewport?: { width: number; height: number } } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: options.viewport ?? { width: 1440, height: 900 },
    serviceWorkers: options.serviceWorkers ?? 'block',
  })
  const page = await context.newPage()
  page.setDefaultTimeout(20_000)
  return { context, page }
}

export const tid = (id: string) => `[data-testid="${id}"]`

export interface Kpis {
  agreements: string | null
  commitments: string | null
  completed: string | null
  overdue: string | null
  completionRate: string | null
}

export async function readKpis(page: Page): Promise<Kpis> {
  const v = (id: string) => page.locator(tid(`kpi-${id}`)).getAttribute('data-value')
  return {
    agreements: await v('agreements'),
    commitments: await v('commitments'),
    completed: await v('completed'),
    overdue: await v('overdue'),
    completionRate: await v('completion-rate'),
  }
}

/** Waits until the dashboard shows data and every chart is drawn. */
export async function waitForDashboard(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const kpi = document.querySelector('[data-testid="kpi-commitments"]')
    const charts = [...document.querySelectorAll('[data-testid^="chart-status-by-"]')]
    return (
      kpi?.getAttribute('data-value') &&
      charts.length === 3 &&
      charts.every((c) => c.getAttribute('data-state') === 'ready')
    )
  })
}

/** Sets files on the hidden input and waits for the import to finish; returns its final state. */
export async function importFiles(
  page: Page,
  files: string | string[] | { name: string; mimeType: string; buffer: Buffer }[],
): Promise<string> {
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

/**
 * The page's address once the app has written it. The app writes the address in the task after
 * the frame that shows a change (src/deferredHistory.ts), so it is read two frames on, from the
 * page itself (Playwright's `page.url()` follows navigation events, which can come later).
 */
export async function address(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve(location.href), 0))),
      ),
  )
}

/** The filters and other parameters of the address (after its `#/…?`), once written. */
export async function hashQuery(page: Page): Promise<URLSearchParams> {
  return new URLSearchParams(new URL(await address(page)).hash.split('?')[1] ?? '')
}

/** Waits until the KPI tile shows this value (after a filter change, a reload, a navigation). */
export async function waitForKpi(page: Page, kpi: string, value: string): Promise<void> {
  await page.waitForFunction(
    ([id, v]) => document.querySelector(`[data-testid="kpi-${id}"]`)?.getAttribute('data-value') === v,
    [kpi, value] as const,
  )
}

/**
 * Scrolls an element into view and waits for the frame that renders it: chart panels and the table
 * are skipped by the browser while out of view (content-visibility: auto), so their text
 * (innerText) and sizes exist only once on screen, as for a user.
 */
export async function scrolledTo(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().scrollIntoViewIfNeeded()
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
}

/**
 * Where a chart draws a colour: the centre of the first (top-most, then left-most) patch of
 * pixels of that colour on its canvas. Lets a test click a real bar segment as a user would.
 */
export async function colourPatch(page: Page, chartTestId: string, hex: string): Promise<{ x: number; y: number }> {
  const canvas = page.locator(`${tid(chartTestId)} canvas`).first()
  await canvas.scrollIntoViewIfNeeded()
  const point = await canvas.evaluate((el: HTMLCanvasElement, colour: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16))
    const ctx = el.getContext('2d')!
    const { width, height } = el
    const px = ctx.getImageData(0, 0, width, height).data
    const hit = (x: number, y: number) => {
      const o = (y * width + x) * 4
      return Math.abs(px[o] - r) < 3 && Math.abs(px[o + 1] - g) < 3 && Math.abs(px[o + 2] - b) < 3
    }
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        if (!hit(x, y)) continue
        // Skip the legend's swatches: a bar patch is at least 8 px tall and wide enough.
        let x2 = x
        while (x2 + 1 < width && hit(x2 + 1, y)) x2++
        let y2 = y
        while (y2 + 1 < height && hit(x, y2 + 1)) y2++
        if (y2 - y >= 14 && x2 - x >= 3)
          return { x: (x + x2) / 2, y: (y + y2) / 2, scale: el.getBoundingClientRect().width / width }
        x = x2
      }
    }
    return null
  }, hex)
  if (!point) throw new Error(`no ${hex} bar in ${chartTestId}`)
  const box = (await canvas.boundingBox())!
  return { x: box.x + point.x * point.scale, y: box.y + point.y * point.scale }
}
