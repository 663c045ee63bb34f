/**
 * Lays a deck plan (./deckPlan) out with pptxgenjs, then repairs the file it writes
 * (./pptxRepair). Thin on purpose: what the slides say is decided by the plan, tested in Node.
 * pptxgenjs (~450 kB) is loaded only when a deck is asked for.
 */
import type PptxGenJS from 'pptxgenjs'
import { INK, NAVY } from '@/charts/palette'
import type { DeckChart, DeckPlan, SlidePlan } from './deckPlan'
import { repairPptx } from './pptxRepair'

/** Draws a chart of the plan as a PNG data URL, for decks with pictures instead of native charts. */
export type ChartPicture = (chart: DeckChart, size: { width: number; height: number }) => Promise<string>

type Slide = PptxGenJS.Slide
/** Font face and language of every text run. */
interface Font {
  fontFace: string
  lang: string
}

/** LAYOUT_WIDE: 13.333 × 7.5 in, 16:9. */
const PAGE = { w: 13.333, h: 7.5 }
const MARGIN = 0.5
const CONTENT = { x: MARGIN, y: 1.4, w: PAGE.w - 2 * MARGIN, h: 5.45 }
/** Height of a chart's footnote line. */
const NOTE_H = 0.4
/** Installed with Office and mapped to a metric twin (Liberation Sans) by LibreOffice; has Cyrillic. */
const FONT = 'Arial'
const hex = (css: string) => css.replace('#', '').toUpperCase()
/** `header`: a light tint behind the table's header row. */
const COLOR = { text: hex(INK.text), muted: hex(INK.muted), grid: hex(INK.grid), accent: hex(NAVY), header: 'F1F4F7' }
const MASTER = 'FOLLOW_UP'

/** The deck as .pptx bytes, ready to save. */
export async function writeDeck(plan: DeckPlan, picture?: ChartPicture): Promise<Uint8Array> {
  return repairPptx(await renderDeck(plan, picture))
}

/** What pptxgenjs writes for the plan, before the repairs (exported for the tests of those). */
export async function renderDeck(plan: DeckPlan, picture?: ChartPicture): Promise<Uint8Array> {
  const { default: Pptx } = await import('pptxgenjs')
  const pptx = new Pptx()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.title = plan.title
  pptx.subject = plan.subject
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT }
  const font = { fontFace: FONT, lang: plan.language }
  pptx.defineSlideMaster({
    title: MASTER,
    background: { color: 'FFFFFF' },
    objects: [
      { rect: { x: 0, y: 0, w: PAGE.w, h: 0.12, fill: { color: COLOR.accent } } },
      {
        text: {
          text: plan.footer,
          options: {
            x: MARGIN,
            y: 7.0,
            w: PAGE.w - 2 * MARGIN - 1,
            h: 0.35,
            ...font,
            fontSize: 10,
            color: COLOR.muted,
            fit: 'shrink',
          },
        },
      },
    ],
    slideNumber: {
      x: PAGE.w - MARGIN - 0.6,
      y: 7.0,
      w: 0.6,
      h: 0.35,
      fontFace: FONT,
      fontSize: 10,
      color: COLOR.muted,
      align: 'right',
    },
  })
  for (const s of plan.slides) {
    const slide = pptx.addSlide({ masterName: MASTER })
    if (s.kind === 'title') titleSlide(slide, s, font)
    else {
      heading(slide, s.title, s.subtitle, font)
      if (s.empty !== undefined)
        slide.addText(s.empty, { ...CONTENT, ...font, fontSize: 16, color: COLOR.muted, align: 'center' })
      else if (s.kind === 'chart') await chartSlide(pptx, slide, s, font, picture)
      else tableSlide(slide, s, font)
    }
    slide.addNotes(s.notes)
  }
  return (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array
}

function titleSlide(slide: Slide, s: Extract<SlidePlan, { kind: 'title' }>, font: Font) {
  slide.addText(s.title, {
    x: 0.8,
    y: 1.6,
    w: PAGE.w - 1.6,
    h: 1.3,
    ...font,
    fontSize: 36,
    bold: true,
    color: COLOR.accent,
    valign: 'bottom',
    fit: 'shrink',
  })
  slide.addText(s.subtitle, { x: 0.8, y: 2.95, w: PAGE.w - 1.6, h: 0.6, ...font, fontSize: 20, color: COLOR.text })
  slide.addText(
    s.lines.map((text) => ({ text, options: { breakLine: true } })),
    {
      x: 0.8,
      y: 3.8,
      w: PAGE.w - 1.6,
      h: 2.8,
      ...font,
      fontSize: 15,
      color: COLOR.muted,
      valign: 'top',
      paraSpaceAfter: 6,
      fit: 'shrink',
    },
  )
}

function heading(slide: Slide, title: string, subtitle: string, font: Font) {
  slide.addText(title, {
    x: MARGIN,
    y: 0.3,
    w: CONTENT.w,
    h: 0.6,
    ...font,
    fontSize: 24,
    bold: true,
    color: COLOR.accent,
    fit: 'shrink',
  })
  slide.addText(subtitle, {
    x: MARGIN,
    y: 0.88,
    w: CONTENT.w,
    h: 0.45,
    ...font,
    fontSize: 12,
    color: COLOR.muted,
    fit: 'shrink',
  })
}

async function chartSlide(
  pptx: PptxGenJS,
  slide: Slide,
  s: Extract<SlidePlan, { kind: 'chart' }>,
  font: Font,
  picture?: ChartPicture,
) {
  const c = s.chart
  // A footnote takes a line under the chart, inside the body (the footer stays clear).
  const area = c.note ? { ...CONTENT, h: CONTENT.h - NOTE_H } : CONTENT
  if (c.note)
    slide.addText(c.note, {
      x: CONTENT.x,
      y: CONTENT.y + CONTENT.h - NOTE_H + 0.05,
      w: CONTENT.w,
      h: NOTE_H - 0.05,
      ...font,
      fontSize: 11,
      italic: true,
      color: COLOR.muted,
      valign: 'top',
      fit: 'shrink',
    })
  if (picture) {
    // Drawn at the slide area's aspect ratio, 144 px per inch: sharp when projected.
    const data = await picture(c, { width: Math.round(area.w * 144), height: Math.round(area.h * 144) })
    slide.addImage({ data, ...area, altText: s.notes })
    return
  }
  // PowerPoint draws a bar chart's first category at the bottom: reversed, it reads top-down as on the dashboard.
  const order = c.direction === 'bar' ? [...c.categories.keys()].reverse() : [...c.categories.keys()]
  const labels = order.map((k) => c.categories[k])
  slide.addChart(
    pptx.ChartType.bar,
    c.series.map((ser) => ({ name: ser.name, labels, values: order.map((k) => ser.values[k]) })),
    {
      ...area,
      barDir: c.direction,
      barGrouping: 'stacked',
      barGapWidthPct: 40,
      chartColors: c.series.map((ser) => hex(ser.color)),
      showLegend: true,
      legendPos: 't',
      legendFontFace: font.fontFace,
      legendFontSize: 11,
      legendColor: COLOR.text,
      catAxisLabelFontFace: font.fontFace,
      catAxisLabelFontSize: categoryFontSize(c),
      catAxisLabelColor: COLOR.text,
      catAxisLineColor: COLOR.grid,
      catGridLine: { style: 'none' },
      valAxisLabelFontFace: font.fontFace,
      valAxisLabelFontSize: 11,
      valAxisLabelColor: COLOR.muted,
      valAxisLabelFormatCode: '#,##0',
      valAxisMinVal: 0,
      valAxisLineShow: false,
      valGridLine: { color: COLOR.grid, size: 0.75 },
      altText: s.notes,
      lang: font.lang,
    },
  )
}

/** Smaller labels for many categories, so that PowerPoint shows every one rather than every other. */
function categoryFontSize(c: DeckChart): number {
  const room = c.direction === 'bar' ? (CONTENT.h - 0.8) * 72 : CONTENT.w * 72 * 0.5
  return Math.max(7, Math.min(12, Math.floor(room / c.categories.length / 1.4)))
}

function tableSlide(slide: Slide, s: Extract<SlidePlan, { kind: 'table' }>, font: Font) {
  const head = s.header.map((text) => ({ text, options: { bold: true, fill: { color: COLOR.header } } }))
  const body = s.rows.map((r) =>
    r.map((text, i) => ({ text, options: { align: i === r.length - 1 ? ('right' as const) : ('left' as const) } })),
  )
  slide.addTable([head, ...body], {
    x: CONTENT.x,
    y: CONTENT.y,
    w: CONTENT.w,
    // Title and agreement take most of the width; the short columns get what they need.
    colW: [3.3, 2.6, 1.4, 1.4, 1.3, 1.4, 0.9],
    ...font,
    fontSize: 10,
    color: COLOR.text,
    valign: 'middle',
    border: { type: 'solid', pt: 0.5, color: COLOR.grid },
    margin: 0.04,
  })
}
