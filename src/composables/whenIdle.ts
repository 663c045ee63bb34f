/**
 * Work for when the browser is idle (with a deadline, so it always happens). Used to redraw
 * charts that are off screen after the ones in view, so a filter change never blocks input for
 * the sake of a chart nobody is looking at.
 */
type IdleWindow = Window & {
  requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number
  cancelIdleCallback?: (id: number) => void
}

/** Idle work asked for and not yet run (or cancelled). */
let outstanding = 0

export function whenIdle(task: () => void, timeout = 300): () => void {
  let done = false
  const settle = () => {
    if (!done) outstanding--
    done = true
  }
  outstanding++
  const cancel = requestIdle(() => {
    settle()
    task()
  }, timeout)
  return () => (cancel(), settle())
}

/**
 * `task` once the browser is idle with no other idle work waiting (the charts off screen drawn,
 * the views settled), or after `capMs` at the latest: work that would otherwise share the CPU
 * with that drawing (the data worker storing an import) waits for all of it.
 */
export function whenAllIdle(task: () => void, capMs: number): void {
  const until = performance.now() + capMs
  const check = () => {
    if (outstanding === 0 || performance.now() >= until) task()
    // At least 1 ms: a timeout of 0 would mean none.
    else requestIdle(check, Math.max(1, until - performance.now()))
  }
  requestIdle(check, capMs)
}

/** An idle callback (a short timer where there are none), not counted as waiting work; its cancel. */
function requestIdle(task: () => void, timeout: number): () => void {
  const w = window as IdleWindow
  if (w.requestIdleCallback && w.cancelIdleCallback) {
    const id = w.requestIdleCallback(task, { timeout })
    return () => w.cancelIdleCallback!(id)
  }
  const id = setTimeout(task, 16)
  return () => clearTimeout(id)
}

const channel = typeof MessageChannel === 'function' ? new MessageChannel() : null
const queue: (() => void)[] = []
if (channel) {
  channel.port1.onmessage = () => {
    queue.shift()?.()
  }
}

/**
 * Runs `task` in a task of its own, soon (no timer clamping): several charts redrawn one per
 * task keep each of the page's tasks short, so input is never held up for long.
 */
export function inOwnTask(task: () => void): () => void {
  let cancelled = false
  const run = () => {
    if (!cancelled) task()
  }
  if (!channel) {
    const id = setTimeout(run, 0)
    return () => clearTimeout(id)
  }
  queue.push(run)
  channel.port2.postMessage(null)
  return () => {
    cancelled = true
  }
}
