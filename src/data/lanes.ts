/**
 * Cheap requests first. Reading a whole snapshot back (for its titles, a search index, its JSON)
 * is about a second of parsing at 100k commitments; reading a report's columns, some rows or a
 * setting takes milliseconds. On the worker's one thread a cheap request beside a whole read waited
 * for all of it (a trend over 12 reports: 2.4 s at a cold start, behind two title reads). So a whole
 * read parses its rows a chunk per task and, between chunks, lets every cheap request in flight
 * finish first (`turn`).
 */
export function createLanes() {
  let inFlight = 0
  let waiting: (() => void)[] = []

  function release() {
    if (inFlight > 0) return
    const go = waiting
    waiting = []
    for (const resolve of go) resolve()
  }

  return {
    /** Runs a cheap request; whole reads wait at their next chunk until no cheap one is in flight. */
    async cheap<T>(task: () => Promise<T>): Promise<T> {
      inFlight++
      try {
        return await task()
      } finally {
        inFlight--
        release()
      }
    },
    /** For a whole read, between chunks: a task of its own, after the cheap requests in flight. */
    async turn(): Promise<void> {
      await nextTask()
      if (inFlight > 0) await new Promise<void>((resolve) => waiting.push(resolve))
    },
  }
}

/** Resolves in a task of its own (a message, not a timer: no clamping after a few in a row). */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0))
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel()
    port1.onmessage = () => {
      port1.close()
      resolve()
    }
    port2.postMessage(null)
  })
}
