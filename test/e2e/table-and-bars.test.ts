/**
 * Issue 15 on the dashboard: due dates in the commitments table show their year (the full date on
 * hover and to screen readers), and the by-country chart says how it counts.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { basicSnapshot, writeFixture } from './fixtures'
import { STATUS_COLORS } from '../../src/charts/palette'
import {
  address,
  colourPatch,
  importFiles,
  launchBrowser,
  newPage,
  scrolledTo,
  tid,
  waitForDashboard,
  waitForKpi,
} from './browser'

const base = inject('baseUrl')
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

async function basicPage(lang = 'en') {
  const { page } = await newPage(browser, { viewport: { width: 1440, height: 900 } })
  await page.goto(`${base}/?lang=${lang}`)
  await waitForDashboard(page)
  expect(await importFiles(page, writeFixture('table-bars.json', basicSnapshot()))).toBe('ok')
  await waitForKpi(page, 'commitments', '8')
  return page
}

describe('the commitments table at 1440 px', () => {
  it('shows each due date whole, with its year; the full date is its title and its accessible name', async () => {
    const page = await basicPage()
    const cells = page.locator(tid('commitment-due'))
    await cells.first().waitFor()
    await scrolledTo(page, tid('commitments-table'))
    const texts = await cells.allInnerTexts()
    const dated = texts.filter((x) => x.trim() !== '—')
    expect(dated.length).toBeGreaterThan(0)
    for (const x of dated) expect(x.trim()).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/)
    // Not cut: the text fits its cell.
    const clipped = await cells.evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth).length)
    expect(clipped).toBe(0)
    const first = cells.first()
    expect(await first.getAttribute('title')).toMatch(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/)
    expect(await first.getAttribute('aria-label')).toBe(await first.getAttribute('title'))
    // Sorted by due date: the years read in order down the column.
    const years = dated.map((x) => Number(x.slice(-4)))
    expect(years).toEqual([...years].sort((a, b) => a - b))
    await page.close()
  })

  it('an agreement in a row is a link: a click opens its page (not the row’s detail), in the same language; Back returns', async () => {
    const page = await basicPage('ru')
    await scrolledTo(page, tid('commitments-table'))
    const link = page.locator(`${tid('commitment-row')} a`).first()
    const href = (await link.getAttribute('href')) ?? ''
    expect(href).toMatch(/#\/agreement\/[^?]+$/)
    const id = decodeURIComponent(href.split('/').pop()!)
    await link.click()
    await page.locator(`${tid('agreement-page')}[data-agreement="${id}"]`).waitFor()
    const query = new URLSearchParams((await address(page)).split('?')[1])
    expect(query.get('c')).toBeNull()
    expect(query.get('lang')).toBe('ru')
    await page.goBack()
    await page.locator(tid('commitments-table')).waitFor()
    await page.close()
  })

  it('in Russian, the short numeric form dd.mm.yyyy', async () => {
    const page = await basicPage('ru')
    await page.locator(tid('commitment-due')).first().waitFor()
    await scrolledTo(page, tid('commitments-table'))
    const texts = (await page.locator(tid('commitment-due')).allInnerTexts()).filter((x) => x.trim() !== '—')
    for (const x of texts) expect(x.trim()).toMatch(/^\d{2}\.\d{2}\.\d{4}$/)
    await page.close()
  })
})

describe('chart clicks', () => {
  it('a chart follows its box: the window resized, it is drawn again to its new width, and its bars still filter', async () => {
    const page = await basicPage()
    const chart = tid('chart-status-by-sphere')
    const fits = () =>
      page.locator(`${chart} canvas`).evaluate((c: HTMLCanvasElement) => {
        const box = c.parentElement!.getBoundingClientRect()
        return { canvas: Math.round(c.getBoundingClientRect().width), box: Math.round(box.width), pixels: c.width }
      })
    const wide = await fits()
    expect(wide.canvas).toBe(wide.box)
    await page.setViewportSize({ width: 900, height: 900 })
    // The box changes with the window (one column of charts or two); the canvas follows it.
    await page.waitForFunction(
      ([sel, before]) => {
        const c = document.querySelector(`${sel} canvas`) as HTMLCanvasElement
        const box = Math.round(c.parentElement!.getBoundingClientRect().width)
        return box !== before && Math.round(c.getBoundingClientRect().width) === box
      },
      [chart, wide.box] as [string, number],
    )
    const resized = await fits()
    expect(resized.box).not.toBe(wide.box)
    expect(resized.pixels).not.toBe(wide.pixels)
    // Drawn to the new size: a bar found by its pixels is where a click filters by it.
    const at = await colourPatch(page, 'chart-status-by-sphere', STATUS_COLORS.in_progress)
    await page.mouse.click(at.x, at.y)
    await page.waitForFunction(() => /sphere=/.test(location.hash))
    expect(new URLSearchParams((await address(page)).split('?')[1]).get('status')).toBe('in_progress')
    await page.close()
  })

  it('the by-country chart says a commitment counts under each of its partners', async () => {
    const page = await basicPage()
    expect(await page.locator(tid('chart-status-by-country')).innerText()).toContain(
      'A commitment counts under each of its partners.',
    )
    await page.close()
  })
})
