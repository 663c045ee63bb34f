/**
 * Lays a deck plan (./deckPlan) out with pptxgenjs, then repairs the file it writes
 * (./pptxRepair). Thin on purpose: what the slides say, and how tables split, is decided by the
 * plan, tested in Node. pptxgenjs (~450 kB) is loaded only when a deck is asked for.
 *
 * One master carries what every slide has: the band on top, the ministry's logo and name, the
 * footer with the source and the as-of date, and the page number. 16:9, Arial (Cyrillic included;
 * LibreOffice maps it to its metric twin, Liberation Sans).
 */
import type PptxGenJS from 'pptxgenjs'
import { INK, NAVY } from '@/charts/palette'
import type { DeckBrand, DeckChart, DeckPlan, SlidePlan } from './deckPlan'
import type { SummarySlide } from './deckSummary'
import type { TableSlide } from './deckTables'
import { repairPptx } from './pptxRepair'
import { BODY, FOOTER_Y, MARGIN, NOTE_H, PAGE } from './slideGeometry'
import { TABLE_METRICS } from './tableFit'

/** Draws a chart of the plan as a PNG data URL, for decks with pictures instead of native charts. */
export type ChartPicture = (chart: DeckChart, size: { width: number; height: number }) => Promise<string>

type Slide = PptxGenJS.Slide
/** Font face and language of every text run. */
interface Font {
  fontFace: string
  lang: string
}

/** Installed with Office and mapped to a metric twin (Liberation Sans) by LibreOffice; has Cyrillic. */
const FONT = 'Arial'
const hex = (css: string) => css.replace('#', '').toUpperCase()
/** `header`: a light tint behind the table's header row. */
const COLOR = {
  text: hex(INK.text),
  muted: hex(INK.muted),
  grid: hex(INK.grid),
  accent: hex(NAVY),
  header: 'F1F4F7',
  tile: 'F5F7FA',
  better: '1B7F3B',
  worse: 'B04A00',
}
const MASTER = 'FOLLOW_UP'
/** The logo's box, top right: its height, and the most width it may take. */
const LOGO = { h: 0.62, maxW: 2.0, y: 0.2 }
const BRAND_NAME_W = 2.4

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
  pptx.defineSlideMaster(master(plan, font))
  const room = PAGE.w - 2 * MARGIN - brandWidth(plan.brand)
  for (const s of plan.slides) {
    const slide = pptx.addSlide({ masterName: MASTER })
    if (s.kind === 'title') titleSlide(slide, s, font, room)
    else {
      heading(slide, s.title, s.subtitle, font, room)
      if (s.kind === 'summary') summarySlide(slide, s, font)
      else if (s.empty !== undefined)
        slide.addText(s.empty, { ...BODY, ...font, fontSize: 16, color: COLOR.muted, align: 'center' })
      else if (s.kind === 'chart') await chartSlide(pptx, slide, s, font, picture)
      else tableSlide(slide, s, font)
    }
    slide.addNotes(s.notes)
  }
  return (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array
}

/** Width the brand takes at the top right (logo, then name beside it), inches. */
function brandWidth(brand: DeckBrand | undefined): number {
  if (!brand) return 0
  const logo = brand.logo ? Math.min(LOGO.maxW, LOGO.h * brand.logo.aspect) + 0.15 : 0
  return logo + (brand.name ? BRAND_NAME_W : 0)
}

function master(plan: DeckPlan, font: Font): PptxGenJS.SlideMasterProps {
  const objects: NonNullable<PptxGenJS.SlideMasterProps['objects']> = [
    { rect: { x: 0, y: 0, w: PAGE.w, h: 0.12, fill: { color: COLOR.accent } } },
    { line: { x: MARGIN, y: FOOTER_Y - 0.06, w: PAGE.w - 2 * MARGIN, h: 0, line: { color: COLOR.grid, width: 0.75 } } },
    {
      text: {
        text: plan.footer,
        options: {
          x: MARGIN,
          y: FOOTER_Y,
          w: PAGE.w - 2 * MARGIN - 1,
          h: 0.35,
          ...font,
          fontSize: 10,
          color: COLOR.muted,
          fit: 'shrink',
        },
      },
    },
  ]
  const b = plan.brand
  let right = PAGE.w - MARGIN
  if (b?.logo) {
    const w = Math.min(LOGO.maxW, LOGO.h * b.logo.aspect)
    const h = w / b.logo.aspect
    right -= w
    objects.push({ image: { data: b.logo.data, x: right, y: LOGO.y + (LOGO.h - h) / 2, w, h, altText: b.name ?? '' } })
    right -= 0.15
  }
  if (b?.name)
    objects.push({
      text: {
        text: b.name,
        options: {
          x: right - BRAND_NAME_W,
          y: LOGO.y,
          w: BRAND_NAME_W,
          h: LOGO.h,
          ...font,
          fontSize: 11,
          bold: true,
          color: COLOR.accent,
          align: 'right',
          valign: 'middle',
          fit: 'shrink',
        },
      },
    })
  return {
    title: MASTER,
    background: { color: 'FFFFFF' },
    objects,
    slideNumber: {
      x: PAGE.w - MARGIN - 0.6,
      y: FOOTER_Y,
      w: 0.6,
      h: 0.35,
      fontFace: FONT,
      fontSize: 10,
      color: COLOR.muted,
      align: 'right',
    },
  }
}

function titleSlide(slide: Slide, s: Extract<SlidePlan, { kind: 'title' }>, font: Font, room: number) {
  const w = Math.min(room, PAGE.w - 1.6)
  slide.addText(s.title, {
    x: 0.8,
    y: 1.3,
    w,
    h: 1.6,
    ...font,
    fontSize: 36,
    bold: true,
    color: COLOR.accent,
    valign: 'bottom',
    fit: 'shrink',
  })
  slide.addText(s.subtitle, {
    x: 0.8,
    y: 2.95,
    w: PAGE.w - 1.6,
    h: 0.7,
    ...font,
    fontSize: 20,
    color: COLOR.text,
    valign: 'top',
    fit: 'shrink',
  })
  slide.addText(
    s.lines.map((text) => ({ text, options: { breakLine: true } })),
    {
      x: 0.8,
      y: 3.8,
      w: PAGE.w - 1.6,
      h: 2.9,
      ...font,
      fontSize: 15,
      color: COLOR.muted,
      valign: 'top',
      paraSpaceAfter: 6,
      fit: 'shrink',
    },
  )
}

function heading(slide: Slide, title: string, subtitle: string, font: Font, room: number) {
  slide.addText(title, {
    x: MARGIN,
    y: 0.25,
    w: room,
    h: 0.65,
    ...font,
    fontSize: 24,
    bold: true,
    color: COLOR.accent,
    valign: 'middle',
    fit: 'shrink',
  })
  slide.addText(subtitle, {
    x: MARGIN,
    y: 0.9,
    w: BODY.w,
    h: 0.45,
    ...font,
    fontSize: 12,
    color: COLOR.muted,
    valign: 'top',
    fit: 'shrink',
  })
}

/** Five KPI tiles across the top (value, name, change since the baseline), the key messages under them. */
function summarySlide(slide: Slide, s: SummarySlide, font: Font) {
  const gap = 0.2
  const tileW = (BODY.w - gap * (s.tiles.length - 1)) / s.tiles.length
  const tileH = 1.55
  s.tiles.forEach((t, k) => {
    const x = BODY.x + k * (tileW + gap)
    slide.addShape('rect', {
      x,
      y: BODY.y,
      w: tileW,
      h: tileH,
      fill: { color: COLOR.tile },
      line: { color: COLOR.grid },
    })
    slide.addText(t.value, {
      x: x + 0.1,
      y: BODY.y + 0.08,
      w: tileW - 0.2,
      h: 0.62,
      ...font,
      fontSize: 30,
      bold: true,
      color: COLOR.accent,
      fit: 'shrink',
    })
    slide.addText(t.label, {
      x: x + 0.1,
      y: BODY.y + 0.7,
      w: tileW - 0.2,
      h: 0.42,
      ...font,
      fontSize: 12,
      color: COLOR.text,
      valign: 'top',
      fit: 'shrink',
    })
    if (t.change)
      slide.addText(t.change, {
        x: x + 0.1,
        y: BODY.y + 1.1,
        w: tileW - 0.2,
        h: 0.38,
        ...font,
        fontSize: 11,
        bold: t.trend !== 'same',
        color: t.trend === 'better' ? COLOR.better : t.trend === 'worse' ? COLOR.worse : COLOR.muted,
        valign: 'top',
        fit: 'shrink',
      })
  })
  const y = BODY.y + tileH + 0.3
  slide.addText(s.messagesTitle, {
    x: BODY.x,
    y,
    w: BODY.w,
    h: 0.45,
    ...font,
    fontSize: 18,
    bold: true,
    color: COLOR.accent,
  })
  slide.addText(
    s.messages.map((text) => ({ text, options: { bullet: true, breakLine: true } })),
    {
      x: BODY.x,
      y: y + 0.5,
      w: BODY.w,
      h: BODY.y + BODY.h - y - 0.5,
      ...font,
      fontSize: 17,
      color: COLOR.text,
      valign: 'top',
      paraSpaceAfter: 10,
      fit: 'shrink',
    },
  )
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
  const area = c.note ? { ...BODY, h: BODY.h - NOTE_H } : BODY
  if (c.note) footnote(slide, c.note, font)
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
    c.kind === 'area' ? pptx.ChartType.area : pptx.ChartType.bar,
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

function footnote(slide: Slide, text: string, font: Font) {
  slide.addText(text, {
    x: BODY.x,
    y: BODY.y + BODY.h - NOTE_H + 0.05,
    w: BODY.w,
    h: NOTE_H - 0.05,
    ...font,
    fontSize: 11,
    italic: true,
    color: COLOR.muted,
    valign: 'top',
    fit: 'shrink',
  })
}

/** Smaller labels for many categories, so that PowerPoint shows every one rather than every other. */
function categoryFontSize(c: DeckChart): number {
  const room = c.direction === 'bar' ? (BODY.h - 0.8) * 72 : BODY.w * 72 * 0.5
  return Math.max(7, Math.min(12, Math.floor(room / c.categories.length / 1.4)))
}

/** A table as planned: its columns' widths, each row's height, the cells' lines and colours. */
function tableSlide(slide: Slide, s: TableSlide, font: Font) {
  const align = (i: number) => s.columns[i].align ?? 'left'
  const head = s.header.map((text, i) => ({
    text,
    options: { bold: true, fill: { color: COLOR.header }, align: align(i) },
  }))
  const body = s.rows.map((r, k) =>
    r.map((text, i) => {
      const fill = s.fills?.[k]?.[i]
      const color = s.colors?.[k]?.[i]
      return {
        text,
        options: { align: align(i), ...(fill ? { fill: { color: fill } } : {}), ...(color ? { color } : {}) },
      }
    }),
  )
  slide.addTable([head, ...body], {
    x: BODY.x,
    y: BODY.y,
    w: s.columns.reduce((sum, c) => sum + c.width, 0),
    colW: s.columns.map((c) => c.width),
    rowH: s.heights,
    ...font,
    fontSize: TABLE_METRICS.fontSize,
    color: COLOR.text,
    valign: 'middle',
    border: { type: 'solid', pt: 0.5, color: COLOR.grid },
    margin: TABLE_METRICS.margin,
    autoPage: false,
  })
  if (s.note) footnote(slide, s.note, font)
}
