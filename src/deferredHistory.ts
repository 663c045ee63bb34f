/**
 * The router's history with its writes to the browser's history after the frame.
 *
 * A filter change is a navigation: vue-router writes `replaceState` (the scroll position, for
 * Back) then `pushState` (the new address). In Chromium those two cost 3–4 ms of the change's
 * task, before the frame that shows it. Here the router's state changes at once, as before (the
 * route, and every view that follows it), and the address is written in the task after the next
 * frame: the views are drawn first. Any other use of the history writes what waits first, in
 * order; a Back or Forward in between drops it (the browser's entries are then the truth).
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

export function deferredWrites(
  inner: RouterHistory,
  later: Later = afterNextFrame,
  target: Window = window,
): RouterHistory {
  let waiting: (() => void)[] = []
  /** Where the router stands: the last address it was sent to, written or not. */
  let location: string | null = null
  const flush = () => {
    const writes = waiting
    waiting = []
    location = null
    for (const w of writes) w()
  }
  const defer = (to: string, write: () => void) => {
    if (waiting.length === 0) later(flush)
    waiting.push(write)
    location = to
  }
  // A Back or Forward before the write: the browser moved from the entry it has, and the router
  // follows it from there.
  target.addEventListener(
    'popstate',
    () => {
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
