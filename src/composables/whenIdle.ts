/**
 * Work for when the browser is idle (with a deadline, so it always happens). Used to redraw
 * charts that are off screen after the ones in view, so a filter change never blocks input for
 * the sake of a chart nobody is looking at.
 */
type IdleWindow = Window & {
  requestIdleCallback?: (cb: (deadline: IdleDeadline) => void, opts?: { timeout: number }) => number
  cancelIdleCallback?: (id: number) => void
}

/** Idle work asked for and not yet run (or cancelled). */
let outstanding = 0

interface IdleTask {
  run: () => void
  done: boolean
  /** When it runs at the latest (performance.now() ms), idle or not. */
  due: number
}
/** Idle work waiting, oldest first: one idle callback serves it all, as far as the idle time goes. */
const idleQueue: IdleTask[] = []
let idleAsked = false

/**
 * `task` when the browser is idle (at the latest after `timeout` ms). Tasks waiting together run in
 * the same idle period while it lasts, and so does the work they ask for in turn (a settled view
 * asks for its chart's drawing): several charts off screen are drawn before one frame, not one
 * chart per frame.
 */
export function whenIdle(task: () => void, timeout = 300): () => void {
  const entry: IdleTask = { run: task, done: false, due: performance.now() + timeout }
  outstanding++
  idleQueue.push(entry)
  askIdle(timeout)
  return () => settle(entry)
}

function settle(entry: IdleTask) {
  if (!entry.done) outstanding--
  entry.done = true
}

function askIdle(timeout: number) {
  if (idleAsked) return
  idleAsked = true
  requestIdle((deadline) => {
    idleAsked = false
    runIdle(deadline)
  }, timeout)
}

/** Without the browser's deadline (the fallback timer), an idle period is this long. */
const IDLE_BUDGET_MS = 10

/**
 * Runs waiting idle work while the idle period lasts (at least one task, and every task past its
 * due time: on a page that is never idle, work waiting together is late together, not one
 * timeout each), then once more after the microtasks the work queued (Vue's updates, which may
 * ask for more idle work); what is left waits for the next idle period, or its due time.
 */
function runIdle(deadline: IdleDeadline | undefined) {
  const start = performance.now()
  const left = () => (deadline ? deadline.timeRemaining() : IDLE_BUDGET_MS - (performance.now() - start))
  let ran = false
  const drain = () => {
    while (idleQueue.length && (!ran || left() > 1 || idleQueue[0].due <= performance.now())) {
      const entry = idleQueue.shift()!
      if (entry.done) continue
      settle(entry)
      ran = true
      // One task's failure (a drawing that throws) must not strand the work waiting behind it.
      try {
        entry.run()
      } catch (e) {
        reportError(e)
      }
    }
    const due = Math.min(...idleQueue.filter((e) => !e.done).map((e) => e.due))
    if (due < Infinity && left() <= 1) askIdle(Math.max(1, due - performance.now()))
    else if (left() > 1) queueMicrotask(() => idleQueue.length && drain())
  }
  drain()
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
function requestIdle(task: (deadline?: IdleDeadline) => void, timeout: number): () => void {
  const w = window as IdleWindow
  if (w.requestIdleCallback && w.cancelIdleCallback) {
    const id = w.requestIdleCallback(task, { timeout })
    return () => w.cancelIdleCallback!(id)
  }
  const id = setTimeout(() => task(), 16)
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
 * Runs `task` in a task of its own, soon (no timer clamping): work split into tasks keeps each of
 * the page's tasks short, so input is never held up for long.
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
