/**
 * What every chart drawn by our own canvas renderers shares (BarCanvas, HeatmapCanvas): a hi-DPI
 * canvas the size of its box, drawn at the scheduler's time (useChartScheduler), again when the
 * box changes size, and the same `drawing`/`drawn` contract as EChart. The renderer gives two
 * functions: `layout` (pure geometry, kept for hit testing) and `paint` (canvas calls only).
 */
import { onBeforeUnmount, onMounted, ref, watch } from 'vue'
import { setFont } from '@/charts/canvasFont'
import { useChartScheduler } from './useChartScheduler'

export interface CanvasRenderer<M, L> {
  /** The geometry of `model` in a `width` × `height` px box; `measure` is the canvas's, in `font`. */
  layout(model: M, width: number, height: number, measure: (text: string) => number): L
  /** Paints a layout; `font` is the page's font at 12 px. */
  paint(c: CanvasRenderingContext2D, layout: L, font: string): void
}

export function useCanvasChart<M, L>(
  model: () => M,
  renderer: CanvasRenderer<M, L>,
  emit: { drawing(): void; drawn(): void },
  /** While true, a new model waits (the data it shows is about to be replaced). */
  held: () => boolean = () => false,
) {
  const box = ref<HTMLElement>()
  const plotBox = ref<HTMLElement>()
  const canvas = ref<HTMLCanvasElement>()
  const scheduler = useChartScheduler(draw, held)
  /** What is on the canvas: the model and its layout (for hit tests and repaints). */
  let drawn: { model: M; layout: L } | null = null
  let font = '12px sans-serif'
  let visibility: IntersectionObserver | undefined

  function request(m: M) {
    emit.drawing()
    scheduler.request(m)
  }

  const size = boxSize(() => {
    if (!drawn || scheduler.waiting()) return
    // Held (new data on its way): the drawing at the new size waits for that data.
    if (held()) request(drawn.model)
    else draw(drawn.model)
  })

  function draw(m: M, fresh = false) {
    const c = canvas.value
    if (!c || !plotBox.value) return
    const { width, height } = size.now(plotBox.value, fresh)
    const ctx = fitCanvas(c, width, height)
    setFont(ctx, font)
    drawn = { model: m, layout: renderer.layout(m, width, height, (t) => ctx.measureText(t).width) }
    repaint()
    emit.drawn()
  }

  /** Paints what is drawn again (a hover, say), without a new layout. */
  function repaint() {
    const ctx = canvas.value?.getContext('2d')
    if (ctx && drawn) renderer.paint(ctx, drawn.layout, font)
  }

  onMounted(() => {
    font = pageFont(box.value!)
    visibility = new IntersectionObserver(([entry]) => scheduler.setOnScreen(entry.isIntersecting), {
      rootMargin: '100px',
    })
    visibility.observe(box.value!)
    size.observe(plotBox.value!)
    request(model())
  })
  watch(model, request)
  onBeforeUnmount(() => {
    visibility?.disconnect()
    size.disconnect()
  })

  return {
    box,
    plotBox,
    canvas,
    /** The model and layout on the canvas, null before the first drawing. */
    current: () => drawn,
    /** Draws the current model again (patterns switched, say); a newer one waiting is not lost. */
    redraw: () => request(model()),
    repaint,
    /** A point of a mouse event in the canvas's px. */
    pointAt(e: MouseEvent) {
      const r = canvas.value!.getBoundingClientRect()
      return { x: e.clientX - r.left, y: e.clientY - r.top }
    },
  }
}

let fontFamily: string | undefined
/**
 * The page's font at 12 px, read from the first chart's box once: each read asks the browser for
 * the style of a page still being built, and six charts mounting read it six times.
 */
function pageFont(box: HTMLElement): string {
  fontFamily ??= getComputedStyle(box).fontFamily
  return `12px ${fontFamily}`
}

/**
 * A box's size as its ResizeObserver last saw it (read once, at the first drawing, if that comes
 * first): a drawing in the middle of a change (a filter, a language switch that rewrites every
 * text) never asks for a layout of its own, which cost as much as the drawings. A `fresh` read
 * (a drawing in a task of its own, after new data may have resized the box) measures again: the
 * layout it asks for is the one the next frame needs anyway, and a size taken from the previous
 * layout would draw the chart twice (and the canvas's pixels go to the screen twice). A new size
 * (the window, the layout) calls `changed` at once, before that frame's paint; the observer runs
 * after the browser's layout, so reading the size there is free.
 */
function boxSize(changed: () => void) {
  let size: { width: number; height: number } | null = null
  let observer: ResizeObserver | undefined
  const measure = (el: HTMLElement) => ({ width: el.clientWidth, height: el.clientHeight })
  return {
    now: (el: HTMLElement, fresh: boolean) => (size = fresh || !size ? measure(el) : size),
    observe(el: HTMLElement) {
      observer = new ResizeObserver(() => {
        const next = measure(el)
        if (size && next.width === size.width && next.height === size.height) return
        size = next
        changed()
      })
      observer.observe(el)
    },
    disconnect: () => observer?.disconnect(),
  }
}

/** The canvas sized to `width` × `height` CSS px at the screen's pixel ratio; its context in CSS px. */
function fitCanvas(c: HTMLCanvasElement, width: number, height: number): CanvasRenderingContext2D {
  const ratio = window.devicePixelRatio || 1
  if (c.width !== Math.round(width * ratio) || c.height !== Math.round(height * ratio)) {
    c.width = Math.round(width * ratio)
    c.height = Math.round(height * ratio)
    c.style.width = `${width}px`
    c.style.height = `${height}px`
  }
  const ctx = c.getContext('2d')!
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0)
  return ctx
}
