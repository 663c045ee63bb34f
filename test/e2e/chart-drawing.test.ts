/**
 * How often the charts draw (issue 16): after an import, each chart's canvas is painted once, at
 * the size of its box. A drawing at the previous layout's size (redrawn when the box is resized)
 * or of the previous snapshot's data (its panel pending) sends the canvas's pixels to the screen
 * twice, and each costs the frame its time.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { basicSnapshot, writeFixture } from './fixtures'
import { importFiles, launchBrowser, newPage, waitForDashboard, waitForKpi } from './browser'

const base = inject('baseUrl')
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** Resolves once every chart on the page says it shows its data, and none is waiting to draw. */
function everyChartReady(): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      const charts = [...document.querySelectorAll('[data-testid^="chart-"][data-state]')]
      if (charts.length >= 6 && charts.every((c) => c.getAttribute('data-state') === 'ready')) resolve()
      else setTimeout(check, 50)
    }
    check()
  })
}

describe('chart drawing after an import', () => {
  it('paints each chart once, at its box size: not at the previous size, not the previous data', async () => {
    const { context, page } = await newPage(browser, { viewport: { width: 1440, height: 900 } })
    // Every paint of a chart canvas starts with clearRect (charts/barPaint, charts/heatPaint).
    await context.addInitScript(() => {
      const w = window as unknown as { __paints: string[] | null }
      w.__paints = null
      const clear = CanvasRenderingContext2D.prototype.clearRect
      CanvasRenderingContext2D.prototype.clearRect = function (...args: [number, number, number, number]) {
        const chart = this.canvas.closest('[data-testid^="chart-"]')?.getAttribute('data-testid')
        w.__paints?.push(`${chart} ${this.canvas.width}x${this.canvas.height}`)
        return clear.apply(this, args)
      }
    })
    await page.goto(`${base}/?lang=en`)
    await waitForDashboard(page)
    // The sample's charts, off screen ones too, drawn and at rest.
    await page.evaluate(everyChartReady)
    await page.waitForTimeout(300)
    await page.evaluate(() => ((window as unknown as { __paints: string[] }).__paints = []))

    // Another snapshot: other spheres and countries, so the charts' boxes change size.
    expect(await importFiles(page, writeFixture('chart-drawing.json', basicSnapshot()))).toBe('ok')
    await waitForKpi(page, 'commitments', '8')
    await page.evaluate(everyChartReady)
    await page.waitForTimeout(500)
    const paints = await page.evaluate(() => (window as unknown as { __paints: string[] }).__paints)
    const finalSizes = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid^="chart-"] canvas')].map(
        (c) =>
          `${c.closest('[data-testid^="chart-"]')?.getAttribute('data-testid')} ${(c as HTMLCanvasElement).width}x${(c as HTMLCanvasElement).height}`,
      ),
    )
    expect(finalSizes.length).toBeGreaterThanOrEqual(6)
    // Once each, and at the size the canvas has now.
    expect([...paints].sort()).toEqual([...finalSizes].sort())
    await context.close()
  })
})
