/**
 * The data worker's side of "the page has drawn it": an import whose snapshot the page is drawing
 * waits here before it is stored, until the page says so (`shown`) or at most `capMs`, so that a
 * page that never says (closed, or its idle never comes) does not hold the save back for long.
 */
export function drawnWaits(capMs: number) {
  const waiting = new Map<number, () => void>()
  return {
    /** Resolves when `release(requestId)` is called, or after `capMs`. */
    wait(requestId: number): Promise<void> {
      return new Promise((resolve) => {
        const done = () => {
          clearTimeout(timer)
          waiting.delete(requestId)
          resolve()
        }
        const timer = setTimeout(done, capMs)
        waiting.set(requestId, done)
      })
    },
    release(requestId: number): void {
      waiting.get(requestId)?.()
    },
  }
}
