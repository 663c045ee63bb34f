/**
 * What every chart drawn by our own canvas renderers shares (BarCanvas, HeatmapCanvas): a hi-DPI
 * canvas the size of its box, drawn at the scheduler's time (useChartScheduler), again when the
 * box changes size, and the same `drawing`/`drawn` contract as EChart. The renderer gives two
 * functions: `layout` (pure geometry, kept for hit testing) and `paint` (canvas calls only).
 */
import { onBeforeUnmount, onMounted, ref, watch } from 'vue'
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
) {
  const box = ref<HTMLElement>()
  const plotBox = ref<HTMLElement>()
  const canvas = ref<HTMLCanvasElement>()
  const scheduler = useChartScheduler(draw)
  /** What is on the canvas: the model and its layout (for hit tests and repaints). */
  let drawn: { model: M; layout: L } | null = null
  let font = '12px sans-serif'
  let resizeObserver: ResizeObserver | undefined
  let visibility: IntersectionObserver | undefined

  function request(m: M) {
    emit.drawing()
    scheduler.request(m)
  }

  function draw(m: M) {
    const c = canvas.value
    if (!c || !plotBox.value) return
    const width = plotBox.value.clientWidth
    const height = plotBox.value.clientHeight
    const ctx = fitCanvas(c, width, height)
    ctx.font = font
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
    font = `12px ${getComputedStyle(box.value!).fontFamily}`
    visibility = new IntersectionObserver(([entry]) => scheduler.setOnScreen(entry.isIntersecting), {
      rootMargin: '100px',
    })
    visibility.observe(box.value!)
    let size = ''
    // A new size (the window, the layout) redraws at once: a drawing costs about a millisecond.
    resizeObserver = new ResizeObserver(() => {
      const now = `${plotBox.value!.clientWidth}x${plotBox.value!.clientHeight}`
      if (now === size) return
      size = now
      if (drawn && !scheduler.waiting()) draw(drawn.model)
    })
    resizeObserver.observe(plotBox.value!)
    request(model())
  })
  watch(model, request)
  onBeforeUnmount(() => {
    visibility?.disconnect()
    resizeObserver?.disconnect()
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
