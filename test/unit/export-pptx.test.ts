import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { fixtureSnapshot } from '../support/fixtures'
import { buildDeckPlan, type DeckPlan } from '@/export/deckPlan'
import { renderDeck, writeDeck } from '@/export/deckWriter'
import { fixChartAxes, repairPptx } from '@/export/pptxRepair'
import { dashboardDeckInput } from '../fixtures/export/deckInput'
import { xmlProblem } from '../fixtures/export/xml'

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/
const small = fixtureSnapshot('valid/small.json')

/** The dashboard deck of small.json, no filter. */
const smallPlan = (): DeckPlan => buildDeckPlan(dashboardDeckInput(small))

async function parts(bytes: Uint8Array, pattern: RegExp): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes)
  const out = new Map<string, string>()
  for (const name of Object.keys(zip.files)
    .filter((n) => pattern.test(n))
    .sort())
    out.set(name, await zip.file(name)!.async('string'))
  return out
}

function axes(xml: string) {
  const defined = new Set([...xml.matchAll(/<c:(?:cat|val|ser|date)Ax>\s*<c:axId val="([^"]*)"/g)].map((m) => m[1]))
  const used = [...xml.matchAll(/<c:axId val="([^"]*)"\/>/g)].map((m) => m[1])
  const crossed = [...xml.matchAll(/<c:crossAx val="([^"]*)"\/>/g)].map((m) => m[1])
  return { defined, dangling: [...used, ...crossed].filter((id) => !defined.has(id)) }
}

/** Series name -> values, in the chart's category order, and the categories. */
function chartData(xml: string) {
  const series = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => {
    const name = /<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(m[1])![1]
    const cats = [.../<c:cat>([\s\S]*?)<\/c:cat>/.exec(m[1])![1].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => v[1])
    const values = [.../<c:val>([\s\S]*?)<\/c:val>/.exec(m[1])![1].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) =>
      Number(v[1]),
    )
    return { name, cats, values }
  })
  return series
}

describe('pptxgenjs 4 output, before and after the repair', () => {
  it('pptxgenjs writes a third axis id that no axis defines (its issue #1534); the repair removes it', async () => {
    const plan = smallPlan()
    const raw = await parts(await renderDeck(plan), /^ppt\/charts\/chart\d+\.xml$/)
    expect(raw.size).toBe(5)
    for (const xml of raw.values()) expect(axes(xml).dangling.length).toBeGreaterThan(0)

    const fixed = await parts(await writeDeck(plan), /^ppt\/charts\/chart\d+\.xml$/)
    for (const [name, xml] of fixed) {
      const { defined, dangling } = axes(xml)
      expect(dangling, name).toEqual([])
      expect(defined.size, name).toBe(2)
      expect([...xml.matchAll(/<c:barChart>[\s\S]*?<\/c:barChart>/g)][0][0].match(/<c:axId /g), name).toHaveLength(2)
    }
  })

  it('pptxgenjs passes control characters into slides, notes and charts; the repaired file has none, and every part is well-formed', async () => {
    const plan = smallPlan()
    // Past the plan's own cleaning, as if a string had slipped through: the repair is the second line.
    const dirty: DeckPlan = JSON.parse(
      JSON.stringify(plan)
        .replaceAll('Small hand-made', 'Small\\u0001 hand\\u000bmade')
        .replaceAll('sphere:education', 'sphere:edu\\u0002cation'),
    )
    const raw = await parts(await renderDeck(dirty), /\.(xml|rels)$/)
    const rawDirty = [...raw].filter(([, x]) => CONTROL.test(x)).map(([n]) => n)
    // (pptxgenjs numbers chart parts across every deck made in the page, so not always from 1.)
    for (const part of [
      /^ppt\/slides\/slide1\.xml$/,
      /^ppt\/charts\/chart\d+\.xml$/,
      /^ppt\/notesSlides\//,
      /^docProps\/core\.xml$/,
    ]) {
      expect(
        rawDirty.some((n) => part.test(n)),
        String(part),
      ).toBe(true)
    }

    const bytes = await writeDeck(dirty)
    const fixed = await parts(bytes, /\.(xml|rels)$/)
    for (const [name, xml] of fixed) expect(xmlProblem(xml), name).toBeNull()
    // The chart's own workbook (what "Edit data" opens) is cleaned too.
    const zip = await JSZip.loadAsync(bytes)
    const embedded = Object.keys(zip.files).filter((n) => /^ppt\/embeddings\/.+\.xlsx$/.test(n))
    expect(embedded).toHaveLength(5)
    for (const name of embedded) {
      const inner = await JSZip.loadAsync(await zip.file(name)!.async('uint8array'))
      for (const part of Object.keys(inner.files).filter((n) => /\.(xml|rels)$/.test(n)))
        expect(xmlProblem(await inner.file(part)!.async('string')), `${name}:${part}`).toBeNull()
    }
  })

  it('the repair leaves a clean file as it was, part for part', async () => {
    const once = await writeDeck(smallPlan())
    const twice = await repairPptx(once)
    const [a, b] = await Promise.all([parts(once, /\.(xml|rels)$/), parts(twice, /\.(xml|rels)$/)])
    expect([...b]).toEqual([...a])
  })

  it('fixChartAxes keeps the two defined axes and drops only the dangling reference', () => {
    const xml =
      '<c:plotArea><c:barChart><c:barDir val="bar"/><c:axId val="1"/><c:axId val="2"/><c:axId val="3"/></c:barChart>' +
      '<c:catAx><c:axId val="1"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:crossAx val="1"/></c:valAx></c:plotArea>'
    expect(fixChartAxes(xml)).toBe(xml.replace('<c:axId val="3"/>', ''))
  })
})

describe('the native charts carry the plan’s data', () => {
  it('slides in plan order, one chart part per chart slide, every series with its values and colours', async () => {
    const plan = smallPlan()
    const bytes = await writeDeck(plan)
    const slides = await parts(bytes, /^ppt\/slides\/slide\d+\.xml$/)
    expect(slides.size).toBe(plan.slides.length)
    const charts = await parts(bytes, /^ppt\/charts\/chart\d+\.xml$/)
    const planned = plan.slides.flatMap((s) => (s.kind === 'chart' ? [s.chart] : []))
    const byNumber = [...charts.entries()].sort(([a], [b]) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))
    byNumber.forEach(([name, xml], k) => {
      const chart = planned[k]
      const series = chartData(xml)
      expect(
        series.map((s) => s.name),
        name,
      ).toEqual(chart.series.map((s) => s.name))
      // Horizontal bars are written bottom-up (PowerPoint's order), so that they read top-down.
      const order = chart.direction === 'bar' ? [...chart.categories.keys()].reverse() : [...chart.categories.keys()]
      series.forEach((s, i) => {
        expect(s.cats, name).toEqual(order.map((c) => chart.categories[c]))
        expect(s.values, `${name} ${s.name}`).toEqual(order.map((c) => chart.series[i].values[c]))
      })
      for (const s of chart.series) expect(xml).toContain(`<a:srgbClr val="${s.color.slice(1).toUpperCase()}"/>`)
    })
  })

  it('speaker notes carry the numbers', async () => {
    const plan = smallPlan()
    const notes = await parts(await writeDeck(plan), /^ppt\/notesSlides\/notesSlide\d+\.xml$/)
    expect(notes.size).toBe(plan.slides.length)
    expect([...notes.values()].join('')).toContain('sphere:trade_economic: Total 4')
  })
})
