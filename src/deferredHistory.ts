/**
 * The router's history with its writes to the browser's history after the frame.
 *
 * A filter change is a navigation: vue-router writes `replaceState` (the scroll position, for
 * Back) then `pushState` (the new address). In Chromium those two cost 3–4 ms of the change's
 * task, before the frame that shows it. Here the router's state changes at once, as before (the
 * route, and every view that follows it), and the address is written in the task after the next
 * frame: the views are drawn first. Any other use of the history writes what waits first, in
 * order, and so does an input that may move in the history or leave the page (a key, a pointer,
 * the page hidden or left). The scroll position saved for Back is the one at the change, not
 * the one after it is drawn. A Back or Forward in between (the browser's own button within a
 * frame) drops what waits: the browser's entries are then the truth.
 */
import type { RouterHistory } from 'vue-router'

export interface Later {
  /** Runs `write` after the next frame is drawn (or soon, when no frame is coming). */
  (write: () => void): void
}

/** After the next frame: the task after `requestAnimationFrame`, or a short timer when frames stop (a hidden tab). */
export const afterNextFrame: Later = (write) => {
  let done = false
  const once = () => {
    if (done) return
    done = true
    write()
  }
  const channel = new MessageChannel()
  channel.port1.onmessage = once
  requestAnimationFrame(() => channel.port2.postMessage(null))
  setTimeout(once, 100)
}

/** A scroll position, as vue-router reads it (`scrollX`, `scrollY`). */
interface Scroll {
  x: number
  y: number
}

/**
 * Inputs that may move in the history or leave the page (a key: Alt+Left, F5; the mouse's back
 * button; a trackpad's swipe) and the page being hidden or left: what waits is written first, so
 * the browser's Back starts from the entry the user sees, and a reload or a closed tab keeps it.
 */
const WRITE_BEFORE = ['keydown', 'pointerdown', 'wheel', 'pagehide', 'visibilitychange'] as const

export function deferredWrites(
  inner: RouterHistory,
  later: Later = afterNextFrame,
  target: Window = window,
): RouterHistory {
  let waiting: (() => void)[] = []
  /** Where the router stands: the last address it was sent to, written or not. */
  let location: string | null = null
  /** The flush asked of `later`; one asked before an earlier flush or a drop does nothing. */
  let turn = 0
  /** The page's scroll position as its last scroll event left it (null: none yet). */
  let scrolled: Scroll | null = null
  const flush = () => {
    turn++
    const writes = waiting
    waiting = []
    location = null
    for (const w of writes) w()
  }
  const defer = (to: string, write: () => void) => {
    if (waiting.length === 0) {
      const mine = ++turn
      later(() => mine === turn && flush())
    }
    // vue-router saves the scroll position of the entry it leaves (for Back) when it writes:
    // the position now, before the change is drawn and the page's new height moves it.
    const at = scrolled ?? { x: target.scrollX, y: target.scrollY }
    waiting.push(() => withScroll(target, at, write))
    location = to
  }
  target.addEventListener('scroll', () => (scrolled = { x: target.scrollX, y: target.scrollY }), { passive: true })
  for (const type of WRITE_BEFORE) target.addEventListener(type, () => waiting.length && flush(), captureFirst)
  // A Back or Forward before the write (from the browser's own button, within a frame of the
  // change): the browser moved from the entry it has, and the router follows it from there.
  target.addEventListener(
    'popstate',
    () => {
      turn++
      waiting = []
      location = null
    },
    { capture: true },
  )
  return {
    get base() {
      return inner.base
    },
    get location() {
      return location ?? inner.location
    },
    get state() {
      flush()
      return inner.state
    },
    push: (to, data) => defer(to, () => inner.push(to, data)),
    replace: (to, data) => defer(to, () => inner.replace(to, data)),
    go(delta, triggerListeners) {
      flush()
      inner.go(delta, triggerListeners)
    },
    listen: (callback) => inner.listen(callback),
    createHref: (to) => inner.createHref(to),
    destroy() {
      flush()
      inner.destroy()
    },
  }
}

/** Captured on the window (a document's `visibilitychange` too): before the page's and vue-router's own listeners. */
const captureFirst = { capture: true, passive: true }

/** Runs `write` with the window's scroll position read as `at` (vue-router reads it while writing). */
function withScroll(target: Window, at: Scroll, write: () => void) {
  const shadow = { scrollX: at.x, scrollY: at.y }
  const own = {
    scrollX: Object.getOwnPropertyDescriptor(target, 'scrollX'),
    scrollY: Object.getOwnPropertyDescriptor(target, 'scrollY'),
  }
  try {
    for (const [key, value] of Object.entries(shadow)) Object.defineProperty(target, key, { value, configurable: true })
  } catch {
    // A window whose position cannot be shadowed is read as it is (what was shadowed is put back below).
  }
  try {
    write()
  } finally {
    for (const key of ['scrollX', 'scrollY'] as const)
      if (own[key]) Object.defineProperty(target, key, own[key])
      else delete (target as unknown as Record<string, unknown>)[key]
  }
}
