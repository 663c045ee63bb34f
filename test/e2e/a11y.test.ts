/**
 * Accessibility (WCAG 2.1 AA) in real Chromium: axe-core on every page and state, the keyboard
 * routes (chart tables, menus, focus), the live region, the charts' descriptions, the pattern
 * fill, and what a screen reader is given (the accessibility tree, through ariaSnapshot).
 * No axe rule is disabled.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { pageWithBasicSnapshot, writeFixture, basicSnapshot } from './fixtures'
import { hashQuery, importFiles, launchBrowser, newPage, readKpis, tid, waitForDashboard, waitForKpi } from './browser'

const base = inject('baseUrl')
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** axe's WCAG 2.1 A and AA rules on the whole page; each violation as `rule: the elements`. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

const showTables = async (page: Page) => {
  for (const toggle of await page.locator(tid('chart-table-toggle')).all()) await toggle.click()
}

// One axe run takes several seconds on a busy machine (contrast is checked element by element).
describe('axe-core, WCAG 2.1 AA: no violation', { timeout: 240_000 }, () => {
  it('on the dashboard, and with its charts as tables', async () => {
    const page = await pageWithBasicSnapshot(browser, base)
    expect(await violations(page)).toEqual([])
    await showTables(page)
    expect(await violations(page)).toEqual([])
    await page.context().close()
  })

  it('with a filter menu and a picture-options popover open, the pattern fill on, and the commitment drawer', async () => {
    const page = await pageWithBasicSnapshot(browser, base)
    await page.locator(`${tid('filter-countries')} summary`).click()
    expect(await violations(page)).toEqual([])
    await page.locator(`${tid('chart-status-by-sphere')} ${tid('chart-picture-options')} summary`).click()
    await page.locator(tid('chart-patterns')).check()
    expect(await violations(page)).toEqual([])
    await page.goto(`${base}/#/?c=C2`)
    await page.locator(tid('detail-status')).waitFor()
    expect(await violations(page)).toEqual([])
    await page.context().close()
  })

  it.each(['ru', 'kk', 'mn'])('in %s: the dashboard with its charts as tables, and a country page', async (lang) => {
    const { context, page } = await newPage(browser)
    await page.goto(`${base}/?lang=${lang}`)
    await waitForDashboard(page)
    expect(await page.getAttribute('html', 'lang')).toBe(lang)
    expect(await violations(page)).toEqual([])
    await showTables(page)
    expect(await violations(page)).toEqual([])
    await page.goto(`${base}/#/country/MN?lang=${lang}`)
    await page.locator(tid('country-page')).waitFor()
    expect(await violations(page)).toEqual([])
    await context.close()
  })

  it('on the sample data, an agreement page, a country page and the storage dialog', async () => {
    const { context, page } = await newPage(browser)
    await page.goto(base + '/')
    await waitForDashboard(page)
    expect(await violations(page)).toEqual([])
    await page.goto(`${base}/#/country/MN`)
    await page.locator(tid('country-agreements')).waitFor()
    expect(await violations(page)).toEqual([])
    await page
      .locator(`${tid('country-agreements')} a`)
      .first()
      .click()
    await page.locator(tid('agreement-commitments')).waitFor()
    expect(await violations(page)).toEqual([])
    await page.locator(tid('storage-open')).click()
    await page.locator(tid('storage-dialog')).waitFor()
    expect(await violations(page)).toEqual([])
    await context.close()
  })

  it('with an import’s errors shown, and on a phone (390 px) with the filters unfolded', async () => {
    const page = await pageWithBasicSnapshot(browser, base)
    const bad = {
      ...basicSnapshot('a11y-bad'),
      commitments: [{ ...basicSnapshot().commitments[0], due: '2025-02-30' }],
    }
    expect(await importFiles(page, writeFixture('a11y-bad.json', bad))).toBe('error')
    await page.locator(tid('import-errors')).waitFor()
    expect(await violations(page)).toEqual([])
    await page.setViewportSize({ width: 390, height: 844 })
    await page.waitForTimeout(300)
    expect(await violations(page)).toEqual([])
    const toggle = page.locator(tid('filters-toggle'))
    if (await toggle.isVisible()) await toggle.click()
    expect(await violations(page)).toEqual([])
    await page.context().close()
  })
})

describe('keyboard', () => {
  it('a status chart’s table filters as the chart does: a name by the bar, a count by the bar and its status', async () => {
    const page = await pageWithBasicSnapshot(browser, base)
    await page.locator(`${tid('chart-status-by-sphere')} ${tid('chart-table-toggle')}`).click()
    await page.getByRole('button', { name: 'Ecology', exact: true }).press('Enter')
    await waitForKpi(page, 'commitments', '3')
    expect((await hashQuery(page)).get('sphere')).toBe('ecology')
    expect((await hashQuery(page)).get('status')).toBeNull()
    const cell = page.getByRole('button', { name: 'Digitalization, In progress: 1' })
    await cell.focus()
    await page.keyboard.press('Enter')
    await waitForKpi(page, 'commitments', '1')
    expect((await hashQuery(page)).get('sphere')).toBe('digitalization')
    expect((await hashQuery(page)).get('status')).toBe('in_progress')
    await page.context().close()
  })

  it('the heatmap’s and the agreements chart’s tables are filter buttons too', async () => {
    const page = await pageWithBasicSnapshot(browser, base)
    const heatmap = page.locator(tid('chart-completion-heatmap'))
    await heatmap.locator(tid('chart-table-toggle')).click()
    await heatmap.getByRole('button', { name: /^Ecology, Uzbekistan:/ }).press('Enter')
    await waitForKpi(page, 'commitments', '1')
    expect((await hashQuery(page)).get('sphere')).toBe('ecology')
    expect((await hashQuery(page)).get('country')).toBe('UZ')
    await page.locator(tid('filter-reset')).click()
    await waitForKpi(page, 'commitments', '8')
    const agreements = page.locator(tid('chart-agreements-by-year'))
    await agreements.locator(tid('chart-table-toggle')).click()
    await agreements.getByRole('button', { name: 'Roadmap', exact: true }).press('Enter')
    await waitForKpi(page, 'commitments', '3')
    expect((await hashQuery(page)).get('type')).toBe('roadmap')
    await page.context().close()
  })

  it('a filter menu closes on Escape (the focus back on its button) and on a click outside', async () => {
    const page = await pageWithBasicSnapshot(browser, base)
    const menu = page.locator(tid('filter-spheres'))
    const isOpen = () => menu.evaluate((d: HTMLDetailsElement) => d.open)
    await menu.locator('summary').focus()
    await page.keyboard.press('Enter')
    expect(await isOpen()).toBe(true)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Space')
    await waitForKpi(page, 'commitments', '3')
    await page.keyboard.press('Escape')
    expect(await isOpen()).toBe(false)
    expect(await menu.locator('summary').evaluate((s) => s === document.activeElement)).toBe(true)
    await menu.locator('summary').click()
    expect(await isOpen()).toBe(true)
    await page.locator(tid('snapshot-banner')).click()
    expect(await isOpen()).toBe(false)
    // Escape in a menu over the drawer closes the menu only.
    await page.goto(`${base}/#/?c=C1`)
    await page.locator(tid('detail-status')).waitFor()
    await menu.locator('summary').click()
    await page.keyboard.press('Escape')
    expect(await isOpen()).toBe(false)
    expect(await page.locator(tid('commitment-detail')).isVisible()).toBe(true)
    await page.context().close()
  })

  it('the focus is always visible, and a chart table’s scroll box can be reached and is named', async () => {
    const page = await pageWithBasicSnapshot(browser, base)
    const seen: string[] = []
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab')
      const ring = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement
        const s = getComputedStyle(el)
        const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none'
        return `${el.tagName}.${el.className}:${visible}`
      })
      seen.push(ring)
    }
    expect(seen.filter((s) => s.endsWith(':false'))).toEqual([])
    await page.locator(`${tid('chart-status-by-sphere')} ${tid('chart-table-toggle')}`).click()
    const box = page.locator(`${tid('chart-status-by-sphere')} .chart-table`)
    expect(await box.getAttribute('tabindex')).toBe('0')
    expect(await box.getAttribute('aria-label')).toBe('Follow-up status by sphere')
    await page.context().close()
  })
})

describe('screen readers', () => {
  it('a filter change is announced politely: "3 commitments, 1 overdue"', async () => {
    const page = await pageWithBasicSnapshot(browser, base)
    const region = page.locator(tid('filter-announcement'))
    expect(await region.getAttribute('aria-live')).toBe('polite')
    expect(await region.textContent()).toBe('')
    await page.locator(`${tid('filter-spheres')} summary`).click()
    await page.getByRole('checkbox', { name: 'Digitalization' }).check()
    await waitForKpi(page, 'commitments', '3')
    await page.waitForFunction(() => document.querySelector('[data-testid="filter-announcement"]')?.textContent)
    expect(await region.textContent()).toBe('3 commitments, 1 overdue')
    await page.getByRole('checkbox', { name: 'Digitalization' }).uncheck()
    await page.getByRole('checkbox', { name: 'Trade and economic' }).check()
    await page.waitForFunction(
      () => document.querySelector('[data-testid="filter-announcement"]')?.textContent === '2 commitments, 0 overdue',
    )
    await page.context().close()
  })

  it('the accessibility tree gives the KPIs, a chart’s description and table, and the drawer', async () => {
    const page = await pageWithBasicSnapshot(browser, base)
    const kpis = await page.locator('.kpis').ariaSnapshot()
    expect(kpis).toContain('- term: Commitments\n- definition: "8"')
    expect(kpis).toContain('- term: Overdue\n- definition: "2"')
    expect(kpis).toContain('- term: Completion rate\n- definition: 28.6%')

    const chart = await page.locator(`${tid('chart-status-by-country')} .chart-box`).ariaSnapshot()
    expect(chart).toContain(
      'img "Follow-up status by partner country. Bars stacked by status, 4 bars; the longest: Mongolia, 3',
    )

    const sphere = page.locator(tid('chart-status-by-sphere'))
    await sphere.locator(tid('chart-table-toggle')).click()
    const table = await sphere.locator('table').ariaSnapshot()
    expect(table).toContain('- table "Follow-up status by sphere"')
    expect(table).toContain('- columnheader "In progress"')
    expect(table).toContain('- rowheader "Digitalization":\n        - button "Digitalization"')
    expect(table).toContain('button "Digitalization, In progress: 1"')

    await page.goto(`${base}/#/?c=C2`)
    await page.locator(tid('detail-status')).waitFor()
    const drawer = await page.locator(tid('commitment-detail')).ariaSnapshot()
    expect(drawer).toContain('- complementary "Commitment"')
    expect(drawer).toContain('- heading "Joint AI working group" [level=2]')
    expect(drawer).toContain('- progressbar "Progress": 40%')
    expect(drawer).toContain('- button "Close"')
    await page.context().close()
  })
})

describe('colours and patterns', () => {
  it('the pattern fill changes what the charts draw, and is remembered after a reload', async () => {
    const page = await pageWithBasicSnapshot(browser, base)
    const pixels = () =>
      page
        .locator(`${tid('chart-status-by-sphere')} canvas`)
        .first()
        .evaluate((c: HTMLCanvasElement) => c.toDataURL())
    const plain = await pixels()
    await page.locator(tid('chart-patterns')).check()
    await page.waitForFunction((before) => {
      const c = document.querySelector('[data-testid="chart-status-by-sphere"] canvas') as HTMLCanvasElement
      return c.toDataURL() !== before
    }, plain)
    await page.reload()
    await waitForDashboard(page)
    expect(await page.locator(tid('chart-patterns')).isChecked()).toBe(true)
    expect(await pixels()).not.toBe(plain)
    expect(await readKpis(page)).toMatchObject({ commitments: '8' })
    await page.locator(tid('chart-patterns')).uncheck()
    await page.reload()
    await waitForDashboard(page)
    expect(await page.locator(tid('chart-patterns')).isChecked()).toBe(false)
    await page.context().close()
  })
})
