/**
 * Work for when the browser is idle (with a deadline, so it always happens). Used to redraw
 * charts that are off screen after the ones in view, so a filter change never blocks input for
 * the sake of a chart nobody is looking at.
 */
type IdleWindow = Window & {
  requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number
  cancelIdleCallback?: (id: number) => void
}

export function whenIdle(task: () => void, timeout = 300): () => void {
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
