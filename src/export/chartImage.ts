/**
 * Draws a chart option as a slide-size picture: PNG through the canvas renderer, SVG through
 * ECharts' SVG renderer. Loaded only when a picture is asked for, so the SVG renderer and the
 * title and graphic components stay out of the first load.
 */
import type { EChartsOption } from 'echarts'
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts'
import {
  AriaComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  VisualMapComponent,
} from 'echarts/components'
import { init, use } from 'echarts/core'
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers'
import { SLIDE_SIZE, slideChartOption, stackedBarOption, type SlideFrame, type SlideTexts } from '@/charts/slideOption'
import type { Brand } from '@/domain/brand'
import type { DeckChart } from './deckPlan'
import { xmlSafe } from './xmlText'

use([
  BarChart,
  HeatmapChart,
  LineChart,
  AriaComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  VisualMapComponent,
  CanvasRenderer,
  SVGRenderer,
])

export interface PictureRequest {
  format: 'png' | 'svg'
  /** 2 doubles the pixels of a PNG (3840 × 2160 for a 1920 × 1080 slide); the layout stays the same. */
  scale: 1 | 2
  background: SlideFrame['background']
}

/** A dashboard chart as a slide-size picture file, with its title, filters, source and the ministry's brand. */
export async function chartPicture(
  option: EChartsOption,
  texts: SlideTexts,
  request: PictureRequest,
  brand?: Brand | null,
): Promise<Blob> {
  const frame = { ...SLIDE_SIZE, background: request.background }
  const laid = slideChartOption(
    option,
    { ...texts, ...(brand ? { brand: await brandFor(brand, request.format) } : {}) },
    frame,
  )
  if (request.format === 'svg') return new Blob([svgOf(laid, frame)], { type: 'image/svg+xml' })
  return pngBlob(pngDataUrl(laid, { ...frame, scale: request.scale }))
}

/** A deck chart as a PNG data URL, for decks with pictures instead of native charts (the slide has the title). */
export async function deckChartPicture(chart: DeckChart, size: { width: number; height: number }): Promise<string> {
  const frame = { ...size, background: 'white' as const }
  return pngDataUrl(slideChartOption(stackedBarOption(chart), null, frame), { ...frame, scale: 1 })
}

/**
 * The brand as the renderer needs it: the canvas draws only an image already decoded (it would
 * load a data URL after the picture is taken); the SVG writes the data URL as the image's source.
 */
async function brandFor(brand: Brand, format: 'png' | 'svg'): Promise<NonNullable<SlideTexts['brand']>> {
  if (!brand.logo) return { name: brand.name }
  let image: string | HTMLImageElement = brand.logo.data
  if (format === 'png') {
    const img = new Image()
    img.src = brand.logo.data
    await img.decode()
    image = img
  }
  return { ...(brand.name ? { name: brand.name } : {}), logo: { image, aspect: brand.logo.aspect } }
}

function svgOf(option: EChartsOption, { width, height }: SlideFrame): string {
  // Server-side mode: no element, no canvas; ECharts writes the SVG text directly.
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height })
  try {
    chart.setOption(option)
    // ECharts escapes markup but keeps the characters XML cannot carry (imported text may hold
    // them): cleaned here, as the deck and the workbook clean theirs, or the file will not open.
    return xmlSafe(chart.renderToSVGString())
  } finally {
    chart.dispose()
  }
}

function pngDataUrl(option: EChartsOption, { width, height, scale }: SlideFrame & { scale: number }): string {
  // The canvas renderer needs an element in the document; off screen, it never shows or shifts the page.
  const box = document.createElement('div')
  box.style.cssText = `position:fixed;left:${-width - 100}px;top:0;width:${width}px;height:${height}px;`
  document.body.appendChild(box)
  const chart = init(box, null, { renderer: 'canvas', width, height, devicePixelRatio: scale })
  try {
    chart.setOption(option)
    return chart.getDataURL({ type: 'png', pixelRatio: scale, backgroundColor: option.backgroundColor as string })
  } finally {
    chart.dispose()
    box.remove()
  }
}

/** A base64 data URL as a Blob (decoded here: the page's CSP does not let fetch() read data: URLs). */
function pngBlob(dataUrl: string): Blob {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1))
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return new Blob([bytes], { type: 'image/png' })
}
