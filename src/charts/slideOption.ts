/**
 * Chart options for pictures at slide size (1920 × 1080 by default): a dashboard chart's option
 * with a title, the filters in words and a footer naming the source and date, every label
 * sized for a projector and kept inside the picture (labels wrap rather than being cut).
 * Pure, like the other builders; ../export/chartImage draws the result.
 */
import type { EChartsOption } from 'echarts'
import { INK } from './palette'

export interface SlideTexts {
  title: string
  /** The active filters in words. */
  subtitle: string
  /** Where the numbers come from, and as of when. */
  footer: string
  /** The ministry's name and logo, at the footer's right (the logo: a data URL or a decoded image). */
  brand?: { name?: string; logo?: { image: string | HTMLImageElement; aspect: number } }
}

export interface SlideFrame {
  width: number
  height: number
  background: 'white' | 'transparent'
}

export const SLIDE_SIZE = { width: 1920, height: 1080 } as const

/** The app's font first; ECharts measures and draws with whichever the machine has. */
const FONT_FAMILY = "'Noto Sans', 'Segoe UI', system-ui, Roboto, Arial, sans-serif"
const MARGIN = 48
const SIZE = { title: 40, subtitle: 22, legend: 20, label: 20, footer: 18 }

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
/** Builders give one object per component; ECharts also accepts arrays of them. */
const each = (v: unknown, f: (o: Obj) => Obj): unknown =>
  Array.isArray(v) ? v.map((o) => (isObj(o) ? f(o) : o)) : isObj(v) ? f(v) : v

/** A generous estimate of a text's width: wrapping is planned from it, so too wide is the safe side. */
const textWidth = (text: string, fontSize: number) => [...text].length * fontSize * 0.6
const linesFor = (text: string, fontSize: number, width: number) =>
  text ? Math.max(1, Math.ceil(textWidth(text, fontSize) / width)) : 0

function legendRows(names: string[], width: number): number {
  let rows = 1
  let x = 0
  for (const name of names) {
    const item = SIZE.legend + 8 + textWidth(name, SIZE.legend) + 24
    if (x > 0 && x + item > width) {
      rows++
      x = 0
    }
    x += item
  }
  return names.length ? rows : 0
}

/** The option of a dashboard chart, laid out as a slide-size picture. */
export function slideChartOption(option: EChartsOption, texts: SlideTexts | null, frame: SlideFrame): EChartsOption {
  const o = option as Obj
  const inner = frame.width - 2 * MARGIN
  const titleLines = texts ? linesFor(texts.title, SIZE.title, inner) : 0
  const subtitleLines = texts ? linesFor(texts.subtitle, SIZE.subtitle, inner) : 0
  const legend = isObj(o.legend) ? o.legend : null
  const legendNames = legend && Array.isArray(legend.data) ? legend.data.map(String) : []
  const legendTop = MARGIN / 2 + titleLines * SIZE.title * 1.3 + subtitleLines * SIZE.subtitle * 1.4 + (texts ? 24 : 0)
  const gridTop = legendTop + legendRows(legendNames, inner) * (SIZE.legend + 14) + 28
  const hasVisualMap = isObj(o.visualMap)
  const footerSpace = texts ? SIZE.footer * 2 + 40 : MARGIN / 2
  const gridBottom = footerSpace + (hasVisualMap ? 90 : 0)
  const plot = { width: inner - 320, height: frame.height - gridTop - gridBottom }

  const axis = (a: Obj) => slideAxis(a, o, plot)

  return {
    ...option,
    animation: false,
    backgroundColor: frame.background === 'white' ? INK.surface : 'transparent',
    textStyle: { fontFamily: FONT_FAMILY, color: INK.text },
    tooltip: { show: false },
    title: texts ? slideTitle(texts, inner) : undefined,
    legend: legend
      ? {
          ...legend,
          top: legendTop,
          left: MARGIN,
          right: MARGIN,
          itemWidth: SIZE.legend,
          itemHeight: SIZE.legend,
          itemGap: 24,
          textStyle: { ...(isObj(legend.textStyle) ? legend.textStyle : {}), fontSize: SIZE.legend },
        }
      : undefined,
    grid: each(o.grid, (g) => ({
      ...g,
      top: gridTop,
      left: MARGIN,
      right: MARGIN + 24,
      bottom: gridBottom,
      containLabel: false,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    })) as EChartsOption['grid'],
    xAxis: each(o.xAxis, axis) as EChartsOption['xAxis'],
    yAxis: each(o.yAxis, axis) as EChartsOption['yAxis'],
    visualMap: each(o.visualMap, (v) => ({
      ...v,
      bottom: footerSpace,
      itemHeight: 360,
      itemWidth: 24,
      textStyle: { fontSize: SIZE.label, color: INK.muted },
    })) as EChartsOption['visualMap'],
    series: each(o.series, slideSeries) as EChartsOption['series'],
    graphic: texts ? [slideFooter(texts.footer, inner - brandWidth(texts)), ...slideBrand(texts, frame)] : [],
  }
}

/** A chart's axis at slide size: category labels sized to their room, every one shown that fits. */
function slideAxis(a: Obj, o: Obj, plot: { width: number; height: number }): Obj {
  const label = isObj(a.axisLabel) ? a.axisLabel : {}
  if (a.type !== 'category') return { ...a, axisLabel: { ...label, fontSize: SIZE.label } }
  const count = Array.isArray(a.data) ? a.data.length : 1
  const vertical = a === o.yAxis || (Array.isArray(o.yAxis) && o.yAxis.includes(a))
  // Vertical category axes (spheres, countries) wrap long names; horizontal ones keep their rotation.
  const room = vertical ? plot.height / count : plot.width / count
  const fontSize = Math.max(11, Math.min(SIZE.label, Math.floor(room * (vertical ? 0.55 : 0.45))))
  // At slide size there is room for every label the dashboard skips, once they are rotated.
  const every = vertical || room >= fontSize * 1.8 ? { interval: 0 } : {}
  return {
    ...a,
    axisLabel: {
      ...label,
      fontSize,
      ...every,
      ...(vertical ? { width: 460, overflow: 'break' } : { width: undefined, overflow: 'none' }),
    },
  }
}

/** The slide's title and subtitle, wrapped to the slide's width. */
function slideTitle(texts: SlideTexts, inner: number): Obj {
  return {
    text: texts.title,
    subtext: texts.subtitle,
    left: MARGIN,
    top: MARGIN / 2,
    itemGap: 12,
    textStyle: {
      fontFamily: FONT_FAMILY,
      fontSize: SIZE.title,
      fontWeight: 'bold',
      color: INK.text,
      width: inner,
      overflow: 'break',
    },
    subtextStyle: {
      fontFamily: FONT_FAMILY,
      fontSize: SIZE.subtitle,
      color: INK.muted,
      width: inner,
      overflow: 'break',
      lineHeight: SIZE.subtitle * 1.4,
    },
  }
}

/** A series at slide size: bars not wider than a thumb, labels readable. */
function slideSeries(s: Obj): Obj {
  return {
    ...s,
    ...(s.type === 'bar' ? { barMaxWidth: 64 } : {}),
    ...(isObj(s.label) ? { label: { ...s.label, fontSize: 16 } } : {}),
    ...(isObj(s.markLine)
      ? {
          markLine: {
            ...s.markLine,
            label: { ...(isObj(s.markLine.label) ? s.markLine.label : {}), fontSize: SIZE.label },
          },
        }
      : {}),
  }
}

const LOGO_H = 48
const BRAND_NAME_W = 420
const logoWidth = (t: SlideTexts) => (t.brand?.logo ? Math.min(240, LOGO_H * t.brand.logo.aspect) : 0)
const brandWidth = (t: SlideTexts) => (t.brand ? logoWidth(t) + (t.brand.name ? BRAND_NAME_W + 16 : 0) + 24 : 0)

/** The brand at the bottom right: the logo in the corner, the name to its left. */
function slideBrand(t: SlideTexts, frame: SlideFrame): Obj[] {
  if (!t.brand) return []
  const out: Obj[] = []
  const w = logoWidth(t)
  const right = frame.width - MARGIN
  if (t.brand.logo)
    out.push({
      type: 'image',
      right: MARGIN,
      bottom: MARGIN / 2,
      style: { image: t.brand.logo.image, width: w, height: w / t.brand.logo.aspect },
    })
  if (t.brand.name)
    out.push({
      type: 'text',
      left: right - w - 16 - BRAND_NAME_W,
      bottom: MARGIN / 2 + 4,
      style: {
        text: t.brand.name,
        fontFamily: FONT_FAMILY,
        fontSize: SIZE.footer,
        fontWeight: 'bold',
        fill: INK.text,
        width: BRAND_NAME_W,
        align: 'right',
        overflow: 'truncate',
      },
    })
  return out
}

/** The footer line of a slide picture: source, as of, filters. */
function slideFooter(footer: string, inner: number): Obj {
  return {
    type: 'text',
    left: MARGIN,
    bottom: MARGIN / 2 + 4,
    style: {
      text: footer,
      fontFamily: FONT_FAMILY,
      fontSize: SIZE.footer,
      fill: INK.muted,
      width: inner,
      overflow: 'truncate',
    },
  }
}

/** A plain stacked bar chart (the deck's charts, drawn as pictures when asked for). */
export function stackedBarOption(chart: {
  direction: 'bar' | 'col'
  /** `area`: stacked areas (the trend across reports) instead of bars. */
  kind?: 'area'
  categories: string[]
  series: { id: string; name: string; color: string; values: number[] }[]
}): EChartsOption {
  const horizontal = chart.direction === 'bar'
  const categoryAxis = {
    type: 'category' as const,
    data: chart.categories,
    inverse: horizontal,
    axisTick: { show: false },
    axisLabel: { interval: 0, color: INK.text },
    axisLine: { lineStyle: { color: INK.grid } },
  }
  const valueAxis = {
    type: 'value' as const,
    minInterval: 1,
    splitLine: { lineStyle: { color: INK.grid } },
    axisLabel: { color: INK.muted },
  }
  return {
    legend: { data: chart.series.map((s) => s.name), textStyle: { color: INK.text } },
    grid: {},
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: chart.series.map((s) =>
      chart.kind === 'area'
        ? {
            type: 'line' as const,
            id: s.id,
            name: s.name,
            stack: 'all',
            areaStyle: { color: s.color, opacity: 0.9 },
            lineStyle: { color: s.color },
            itemStyle: { color: s.color },
            data: s.values,
          }
        : { type: 'bar' as const, id: s.id, name: s.name, stack: 'all', itemStyle: { color: s.color }, data: s.values },
    ),
  }
}
