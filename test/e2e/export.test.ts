/**
 * The exports, as a user gets them: the files downloaded from the built app, opened and checked
 * against what the dashboard shows (its KPIs and its chart CSVs).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { STATUS_COLORS } from '../../src/charts/palette'
import { STATUSES } from '../../src/domain/vocab'
import { generateSnapshot } from '../bench/generate'
import { BASIC_EXPECTED, basicSnapshot, writeFixture } from './fixtures'
import { readCsv } from '../support/csv'
import { fixturePath } from '../support/fixtures'
import { importFiles, launchBrowser, newPage, readKpis, tid, waitForDashboard, waitForKpi } from './browser'

const base = inject('baseUrl')
const HOSTILE = fixturePath('export/hostile.json')
/** A 1 × 1 PNG. */
const PIXEL = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

async function withSnapshot(
  file = writeFixture('export-basic.json', basicSnapshot()),
  commitments = '8',
): Promise<Page> {
  const { page } = await newPage(browser)
  await page.goto(base + '/')
  await waitForDashboard(page)
  expect(await importFiles(page, file)).toBe('ok')
  await waitForKpi(page, 'commitments', commitments)
  return page
}

/** Clicks a download button and returns the file's name and bytes. */
async function downloadBytes(page: Page, scope: string, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.locator(scope).locator(tid(button)).first().click(),
  ])
  return { name: dl.suggestedFilename(), bytes: readFileSync(await dl.path()) }
}

/** A chart's CSV as label -> row, the dashboard's numbers. */
async function chartCsv(page: Page, chart: string): Promise<Map<string, Record<string, string>>> {
  const { bytes } = await downloadBytes(page, tid(chart), 'chart-csv')
  const [head, ...rows] = readCsv(bytes.toString('utf8')).filter((r) => r.length > 1)
  return new Map(rows.map((r) => [r[1], Object.fromEntries(head.map((h, i) => [h, r[i]]))]))
}

async function unzip(bytes: Buffer): Promise<{ names: string[]; text(name: string): Promise<string> }> {
  const zip = await JSZip.loadAsync(bytes)
  return {
    names: Object.keys(zip.files).filter((n) => !zip.files[n].dir),
    text: (name) => zip.file(name)!.async('string'),
  }
}

/** Every XML part parsed by the browser's own XML parser: the names of those it refuses. */
async function illFormed(page: Page, parts: [string, string][]): Promise<string[]> {
  return page.evaluate((all) => {
    const parser = new DOMParser()
    return all
      .filter(
        ([, xml]) => parser.parseFromString(xml, 'application/xml').getElementsByTagName('parsererror').length > 0,
      )
      .map(([name]) => name)
  }, parts)
}

async function xmlParts(zip: Awaited<ReturnType<typeof unzip>>): Promise<[string, string][]> {
  return Promise.all(
    zip.names.filter((n) => /\.(xml|rels)$/.test(n)).map(async (n) => [n, await zip.text(n)] as [string, string]),
  )
}

/** The chart parts in the order of their slides (pptxgenjs numbers them across the page's decks). */
const chartParts = (zip: Awaited<ReturnType<typeof unzip>>) =>
  zip.names
    .filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))

/** Series of a chart part: name, categories and values. */
function series(xml: string) {
  return [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, ser]) => ({
    name: /<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser)![1],
    cats: [.../<c:cat>([\s\S]*?)<\/c:cat>/.exec(ser)![1].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]),
    values: [.../<c:val>([\s\S]*?)<\/c:val>/.exec(ser)![1].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => Number(m[1])),
  }))
}

/** Axis ids used in a chart part that no axis of it defines (PowerPoint would ask to repair). */
function danglingAxes(xml: string): string[] {
  const defined = new Set([...xml.matchAll(/<c:(?:cat|val|ser|date)Ax>\s*<c:axId val="([^"]*)"/g)].map((m) => m[1]))
  return [...xml.matchAll(/<c:(?:axId|crossAx) val="([^"]*)"\/>/g)].map((m) => m[1]).filter((id) => !defined.has(id))
}

const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')

/** Every value of a status chart part equals the dashboard's chart CSV, bar for bar and status for status. */
function expectSameNumbers(xml: string, csv: Map<string, Record<string, string>>) {
  const ser = series(xml)
  expect(ser).toHaveLength(STATUSES.length)
  ser.forEach((s, i) => {
    expect(new Set(s.cats.map(decodeXml))).toEqual(new Set(csv.keys()))
    s.cats.forEach((label, k) =>
      expect(s.values[k], `${label} ${STATUSES[i]}`).toBe(Number(csv.get(decodeXml(label))![STATUSES[i]])),
    )
  })
}

async function slideTexts(zip: Awaited<ReturnType<typeof unzip>>): Promise<string[]> {
  const slides = zip.names
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))
  return Promise.all(
    slides.map(async (n) =>
      [...(await zip.text(n)).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decodeXml(m[1])).join(' '),
    ),
  )
}

describe('slide deck', () => {
  it('export-pptx downloads a deck PowerPoint opens: every part well-formed, every axis defined, the dashboard’s numbers in native charts', async () => {
    const page = await withSnapshot()
    const { name, bytes } = await downloadBytes(page, 'body', 'export-pptx')
    expect(name).toBe('e2e-basic_dashboard_2026-06-30.pptx')
    const zip = await unzip(bytes)
    expect(await illFormed(page, await xmlParts(zip))).toEqual([])

    // Title, summary, five charts, the heatmap, the overdue table (C2 and C4: one slide).
    const texts = await slideTexts(zip)
    expect(texts).toHaveLength(9)
    expect(texts[0]).toContain('E2E basic snapshot')
    expect(texts[0]).toContain('All commitments (no filters)')
    // The summary: the KPI tiles as the dashboard shows them, and the key messages from the same numbers.
    expect(texts[1]).toMatch(/^Summary .*\b3 Agreements 8 Commitments 2 Completed 28\.6% Completion rate 2 Overdue\b/)
    expect(texts[1]).toContain('Key messages')
    expect(texts[1]).toContain('2 commitments are overdue, 1 of them in Digitalization.')
    expect(texts[1]).toContain('28.6% of the commitments not cancelled are completed: 2 of 7.')
    // MN, UZ, CN and KG add up to 10 for 8 commitments: the country slide says why.
    expect(texts[3]).toContain('A commitment counts under each of its partners.')
    expect(texts[7]).toContain('Completion rate by sphere and partner country')
    expect(texts[8]).toContain('Overdue commitments (2)')
    expect(texts[8]).toContain('Joint AI working group')

    const charts = chartParts(zip)
    expect(charts).toHaveLength(5)
    for (const c of charts) expect(danglingAxes(await zip.text(c)), c).toEqual([])
    const [sphere, country, year] = await Promise.all(charts.slice(0, 3).map((c) => zip.text(c)))
    expectSameNumbers(sphere, await chartCsv(page, 'chart-status-by-sphere'))
    expectSameNumbers(country, await chartCsv(page, 'chart-status-by-country'))
    expectSameNumbers(year, await chartCsv(page, 'chart-status-by-year'))
    expect(
      series(sphere)
        .flatMap((s) => s.values)
        .reduce((a, b) => a + b, 0),
    ).toBe(Number(BASIC_EXPECTED.kpi.commitments))
    expect(sphere).toContain(`<a:srgbClr val="${STATUS_COLORS.not_started.slice(1)}"/>`)
    await page.close()
  })

  // Each chart slide charts exactly what the filters keep, its own filter too: a bar of a chosen key
  // is the dashboard's bar (counted under the same filters), no other bar reaches the slide, and
  // the sphere and year charts add up to the KPI.
  for (const [query, commitments, keep] of [
    ['sphere=digitalization', '3', { sphere: ['digitalization'] }],
    ['sphere=digitalization,ecology&status=completed', '2', { sphere: ['digitalization', 'ecology'] }],
    ['country=MN', '3', { country: ['MN'] }],
    ['year=2025', '2', { year: ['2025'] }],
  ] as const)
    it(`under ?${query}, every chart slide holds only what the filters keep, as the dashboard counts it`, async () => {
      const page = await withSnapshot()
      await page.goto(`${base}/?${query}`)
      await waitForKpi(page, 'commitments', commitments)
      const zip = await unzip((await downloadBytes(page, 'body', 'export-pptx')).bytes)
      expect((await slideTexts(zip))[0]).toContain('Filters: ')
      const charts = chartParts(zip)
      const dims = [
        ['sphere', 'chart-status-by-sphere'],
        ['country', 'chart-status-by-country'],
        ['year', 'chart-status-by-year'],
      ] as const
      for (const [k, [dim, chart]] of dims.entries()) {
        const xml = await zip.text(charts[k])
        const dashboard = await chartCsv(page, chart)
        const chosen: readonly string[] | undefined = (keep as Record<string, readonly string[]>)[dim]
        // The dashboard's own chart leaves out its own filter: only the chosen bars are the filtered numbers.
        const labels = chosen
          ? [...dashboard.entries()].filter(([, r]) => chosen.includes(r.key)).map(([l]) => l)
          : null
        const want = labels ? new Map(labels.map((l) => [l, dashboard.get(l)!])) : dashboard
        expectSameNumbers(xml, want)
        const total = series(xml)
          .flatMap((x) => x.values)
          .reduce((a, b) => a + b, 0)
        if (dim !== 'country') expect(total, dim).toBe(Number(commitments))
      }
      await page.close()
    })

  it('control characters and markup in the imported text never reach the deck’s XML', async () => {
    const page = await withSnapshot(HOSTILE, '9')
    const zip = await unzip((await downloadBytes(page, 'body', 'export-pptx')).bytes)
    const parts = await xmlParts(zip)
    expect(parts.filter(([, x]) => CONTROL.test(x)).map(([n]) => n)).toEqual([])
    expect(await illFormed(page, parts)).toEqual([])
    for (const c of chartParts(zip)) expect(danglingAxes(await zip.text(c)), c).toEqual([])
    expect((await slideTexts(zip)).join(' ')).toContain('Bell and form feed and vertical tab inside')
    await page.close()
  })

  it('with "charts as pictures", the chart slides hold pictures instead of native charts', async () => {
    const page = await withSnapshot()
    await page.locator(tid('export-pptx-pictures')).check()
    const { name, bytes } = await downloadBytes(page, 'body', 'export-pptx')
    // Its own name: saved beside the native deck, it does not replace it.
    expect(name).toBe('e2e-basic_dashboard-pictures_2026-06-30.pptx')
    const zip = await unzip(bytes)
    expect(chartParts(zip)).toEqual([])
    expect(zip.names.filter((n) => /^ppt\/media\/.+\.png$/.test(n))).toHaveLength(5)
    expect(await illFormed(page, await xmlParts(zip))).toEqual([])
    await page.close()
  })

  it('a country briefing deck is its page: led by the country, the same KPIs, agreements, lists and counts', async () => {
    const page = await withSnapshot()
    await page.goto(`${base}/#/country/MN`)
    await page.locator(`${tid('country-page')}[data-country="MN"]`).waitFor()
    const { name, bytes } = await downloadBytes(page, 'body', 'export-pptx')
    expect(name).toBe('e2e-basic_country-MN_2026-06-30.pptx')
    const zip = await unzip(bytes)
    const texts = await slideTexts(zip)
    // Title, summary, agreements, two charts, completed since, overdue, due in six months.
    expect(texts).toHaveLength(8)
    expect(texts[0]).toMatch(/^Mongolia Country briefing: Mongolia/)
    const kpis = await readKpis(page)
    expect(texts[1]).toContain(
      `${kpis.agreements} Agreements ${kpis.commitments} Commitments ${kpis.completed} Completed`,
    )
    // The agreements slide lists the page's agreements table, row for row.
    const pageAgreements = await page
      .locator(`${tid('country-agreements')} tbody tr`)
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())))
    expect(texts[2]).toContain(`Agreements (${pageAgreements.length})`)
    for (const [title, , , progress] of pageAgreements) {
      expect(texts[2]).toContain(title)
      expect(texts[2]).toContain(progress)
    }
    const charts = chartParts(zip)
    expect(charts).toHaveLength(2)
    // Mongolia: C1 (completed), C2 (in progress, overdue), C3 (not started).
    const bySphere = series(await zip.text(charts[0]))
    expect(bySphere.flatMap((s) => s.values).reduce((a, b) => a + b, 0)).toBe(Number(kpis.commitments))
    const count = async (id: string) => Number(await page.locator(tid(id)).getAttribute('data-count'))
    expect(texts[5]).toContain(`Completed since the previous report (${await count('country-completed')})`)
    expect(texts[6]).toContain(`Overdue commitments (${await count('country-overdue')})`)
    expect(texts[7]).toContain(`Due in the next six months (${await count('country-upcoming')})`)
    for (const [slide, list] of [
      [5, 'country-completed'],
      [6, 'country-overdue'],
      [7, 'country-upcoming'],
    ] as const)
      for (const title of await page.locator(`${tid(list)} .clist__title`).allTextContents())
        expect(texts[slide]).toContain(title.trim())
    await page.close()
  })
})

/** A PNG decoded in the page: the share of pixels with ink, the number of distinct colours, the alpha near its top-left corner. */
function pngPixels(page: Page, bytes: Buffer): Promise<{ ink: number; colours: number; cornerAlpha: number }> {
  return page.evaluate(async (b64) => {
    const img = new Image()
    img.src = `data:image/png;base64,${b64}`
    await img.decode()
    const canvas = document.createElement('canvas')
    canvas.width = img.width
    canvas.height = img.height
    const ctx = canvas.getContext('2d')!
    ctx.drawImage(img, 0, 0)
    const px = ctx.getImageData(0, 0, img.width, img.height).data
    const colours = new Set<string>()
    let ink = 0
    for (let i = 0; i < px.length; i += 4) {
      if (px[i] < 250 || px[i + 1] < 250 || px[i + 2] < 250) ink++
      colours.add(`${px[i] >> 3},${px[i + 1] >> 3},${px[i + 2] >> 3}`)
    }
    return { ink: ink / (px.length / 4), colours: colours.size, cornerAlpha: px[(2 * img.width + 2) * 4 + 3] }
  }, bytes.toString('base64'))
}

describe('chart pictures', () => {
  it('a chart PNG is 1920 × 1080 and not blank; the SVG is an SVG with the title; the options double the size and clear the background', async () => {
    const page = await withSnapshot()
    const panel = tid('chart-status-by-sphere')
    const png = await downloadBytes(page, panel, 'chart-png')
    expect(png.name).toBe('e2e-basic_status-by-sphere_2026-06-30.png')
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG')
    expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([1920, 1080])
    const drawn = await pngPixels(page, png.bytes)
    expect(drawn.ink).toBeGreaterThan(0.02)
    expect(drawn.colours).toBeGreaterThan(8)

    const svg = await downloadBytes(page, tid('chart-status-by-country'), 'chart-svg')
    expect(svg.name).toBe('e2e-basic_status-by-country_2026-06-30.svg')
    const text = svg.bytes.toString('utf8')
    expect(text.slice(0, 200)).toMatch(/<svg[\s>]/)
    expect(text).toContain('Follow-up status by partner country')
    expect(text).toContain('Source: E2E basic snapshot — Test ministry')
    expect(
      await page.evaluate(
        (s) => new DOMParser().parseFromString(s, 'image/svg+xml').getElementsByTagName('parsererror').length,
        text,
      ),
    ).toBe(0)

    // Options: double size, transparent background (one choice for every chart).
    await page.locator(`${panel} ${tid('chart-picture-options')} summary`).click()
    const radios = page.locator(`${panel} ${tid('chart-picture-options')} input[type=radio]`)
    await radios.nth(1).check()
    await radios.nth(3).check()
    const double = await downloadBytes(page, tid('chart-status-by-year'), 'chart-png')
    expect([double.bytes.readUInt32BE(16), double.bytes.readUInt32BE(20)]).toEqual([3840, 2160])
    const corner = (await pngPixels(page, double.bytes)).cornerAlpha
    expect(corner).toBe(0)
    await page.close()
  })
})

describe('chart pictures under filters', () => {
  it('a picture holds only what the filters keep, its own filter too, nothing dimmed; the by-country chart says how it counts', async () => {
    const page = await withSnapshot()
    await page.goto(`${base}/?sphere=digitalization`)
    await waitForKpi(page, 'commitments', '3')
    // On the dashboard the chart stays linked: every sphere is drawn, the chosen one highlighted.
    const onScreen = await chartCsv(page, 'chart-status-by-sphere')
    expect(onScreen.size).toBe(3)
    const sphere = (await downloadBytes(page, tid('chart-status-by-sphere'), 'chart-svg')).bytes.toString('utf8')
    expect(sphere).toContain('Digitalization')
    expect(sphere).not.toContain('Ecology')
    expect(sphere).not.toContain('Trade')
    const country = (await downloadBytes(page, tid('chart-status-by-country'), 'chart-svg')).bytes.toString('utf8')
    expect(country).toContain('A commitment counts under each of its partners.')
    await expect
      .poll(() => page.locator(tid('chart-status-by-country')).innerText())
      .toContain('A commitment counts under each of its partners.')
    await page.close()
  })
})

describe('the ministry’s brand on the exports', () => {
  it('a logo and a name chosen once, kept in the browser, on every slide’s master and on chart pictures; a non-image is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'brand-'))
    const png = join(dir, 'logo.png')
    writeFileSync(png, Buffer.from(PIXEL, 'base64'))
    const fake = join(dir, 'logo-really-svg.png')
    writeFileSync(fake, '<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=1"/>')
    const page = await withSnapshot()
    await page.locator(`${tid('brand-settings')} summary`).click()
    await page.locator(tid('brand-logo')).setInputFiles(fake)
    await expect.poll(() => page.locator(tid('brand-status')).innerText()).toContain('must be a PNG or JPEG')
    await page.locator(tid('brand-name')).fill('Ministry of Foreign Affairs')
    await page.locator(tid('brand-name')).press('Enter')
    await page.locator(tid('brand-logo')).setInputFiles(png)
    await page.locator(tid('brand-logo-preview')).waitFor()
    // Kept in the browser: a reload keeps it.
    await page.reload()
    await waitForKpi(page, 'commitments', '8')
    const zip = await unzip((await downloadBytes(page, 'body', 'export-pptx')).bytes)
    const layouts = await Promise.all(
      zip.names.filter((n) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(n)).map((n) => zip.text(n)),
    )
    expect(layouts.some((x) => x.includes('Ministry of Foreign Affairs') && x.includes('<p:pic>'))).toBe(true)
    expect(zip.names.some((n) => /^ppt\/media\/.+\.png$/.test(n))).toBe(true)
    const svg = (await downloadBytes(page, tid('chart-status-by-sphere'), 'chart-svg')).bytes.toString('utf8')
    expect(svg).toContain('Ministry of Foreign Affairs')
    expect(svg).toContain(`data:image/png;base64,${PIXEL}`)
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()
    await page.close()
  })
})

describe('data files', () => {
  it('the commitments CSV and XLSX open with one row per commitment under the filters', async () => {
    const page = await withSnapshot()
    await page.goto(`${base}/?sphere=ecology`)
    await waitForKpi(page, 'commitments', '3')
    const csv = await downloadBytes(page, 'body', 'export-csv')
    expect(csv.name).toBe('e2e-basic_commitments_2026-06-30.csv')
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = readCsv(csv.bytes.toString('utf8')).filter((r) => r.length > 1)
    expect(rows).toHaveLength(1 + 3)
    expect(
      rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(['C3', 'C4', 'C8'])

    const xlsx = await downloadBytes(page, 'body', 'export-xlsx')
    expect(xlsx.name).toBe('e2e-basic_commitments_2026-06-30.xlsx')
    const zip = await unzip(xlsx.bytes)
    expect(await illFormed(page, await xmlParts(zip))).toEqual([])
    const sheets = [...(await zip.text('xl/workbook.xml')).matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) =>
      decodeXml(m[1]),
    )
    // The sheets of the spreadsheet form, then one sheet per chart table.
    expect(sheets.slice(0, 5)).toEqual(['Snapshot', 'Agreements', 'Parties', 'Commitments', 'Updates'])
    expect(sheets.length).toBeGreaterThan(5)
    expect((await zip.text('xl/worksheets/sheet4.xml')).match(/<row /g)).toHaveLength(1 + 3)
    // Ecology is in A1 (C3), A2 (C4) and A3 (C8): the agreements the KPI counts.
    expect((await readKpis(page)).agreements).toBe('3')
    expect((await zip.text('xl/worksheets/sheet2.xml')).match(/<row /g)).toHaveLength(1 + 3)
    await page.close()
  })

  it('text that looks like a formula is neutralised in both, and Cyrillic survives', async () => {
    const page = await withSnapshot(HOSTILE, '9')
    const csv = readCsv((await downloadBytes(page, 'body', 'export-csv')).bytes.toString('utf8')).filter(
      (r) => r.length > 1,
    )
    const title = csv[0].indexOf('title')
    const titles = csv.slice(1).map((r) => r[title])
    expect(titles).toContain('\'=HYPERLINK("http://example.invalid","click")')
    expect(titles).toContain("'@SUM(A1:A9)")
    expect(csv.slice(1).every((r) => r.every((c) => !/^[=+\-@\t\r]/.test(c)))).toBe(true)
    // Each ;-separated part is guarded too (Excel with ; as its list separator splits there).
    expect(csv.slice(1).map((r) => r[csv[0].indexOf('responsible')])).toContain("Мажилис;' =cmd|' /C calc'!A0")
    const zip = await unzip((await downloadBytes(page, 'body', 'export-xlsx')).bytes)
    const strings = [...(await zip.text('xl/sharedStrings.xml')).matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) =>
      decodeXml(m[1]),
    )
    expect(strings.filter((s) => /^[=+\-@]/.test(s))).toEqual([])
    expect(strings).toContain('\'=HYPERLINK("http://example.invalid","click")')
    await page.close()
  })

  it('a workbook of thousands of commitments downloads under the policy, and the other exports still work after it', async () => {
    // Parts this big make the zip library compress in a worker made from a blob: URL, which the
    // Content-Security-Policy (worker-src 'self') forbids; the workbook must not depend on it.
    const page = await withSnapshot(
      writeFixture('export-5k.json', JSON.stringify(generateSnapshot({ commitments: 5000, seed: 4 }))),
      '5000',
    )
    const violations: string[] = []
    page.on('console', (m) => {
      if (/Content Security Policy|violates/i.test(m.text())) violations.push(m.text())
    })
    const xlsx = await downloadBytes(page, 'body', 'export-xlsx')
    const zip = await unzip(xlsx.bytes)
    expect((await zip.text('xl/worksheets/sheet4.xml')).match(/<row /g)).toHaveLength(1 + 5000)
    expect(violations).toEqual([])
    const csv = readCsv((await downloadBytes(page, 'body', 'export-csv')).bytes.toString('utf8')).filter(
      (r) => r.length > 1,
    )
    expect(csv).toHaveLength(1 + 5000)
    await page.close()
  })

  it('the snapshot JSON imports again to the same KPIs', async () => {
    const page = await withSnapshot()
    const before = await readKpis(page)
    const { name, bytes } = await downloadBytes(page, 'body', 'export-json')
    expect(name).toBe('e2e-basic_snapshot_2026-06-30.json')
    expect(JSON.parse(bytes.toString('utf8')).snapshot.id).toBe('e2e-basic')
    await page.locator(tid('import-input')).setInputFiles({ name, mimeType: 'application/json', buffer: bytes })
    await page.locator(tid('confirm-replace')).click()
    await page.waitForFunction(
      () => document.querySelector('[data-testid="import-status"]')?.getAttribute('data-state') === 'ok',
    )
    await waitForKpi(page, 'commitments', before.commitments!)
    expect(await readKpis(page)).toEqual(before)
    await page.close()
  })
})
