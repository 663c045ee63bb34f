/**
 * Idle work (composables/whenIdle): whenAllIdle waits until no other idle work is waiting (the
 * charts off screen drawn), or its cap. Run against a hand-driven requestIdleCallback.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

let idle: (() => void)[] = []
/** Runs the idle callbacks asked for so far (those they ask for wait for the next round). */
const idlePeriod = () => {
  const now = idle
  idle = []
  now.forEach((cb) => cb())
}

beforeEach(() => {
  idle = []
  vi.stubGlobal('window', {
    requestIdleCallback: (cb: () => void) => idle.push(cb),
    cancelIdleCallback: () => {},
  })
})
afterEach(() => vi.unstubAllGlobals())

describe('whenAllIdle', () => {
  it('runs once every other idle task has run, not before', async () => {
    const { whenIdle, whenAllIdle } = await import('@/composables/whenIdle')
    const order: string[] = []
    whenIdle(() => {
      order.push('chart 1')
      // A drawing that asks for more idle work (the next chart).
      whenIdle(() => order.push('chart 2'))
    })
    whenAllIdle(() => order.push('store'), 10_000)
    idlePeriod()
    expect(order).toEqual(['chart 1'])
    // The next idle period: the last chart, then (nothing else waiting) the store.
    idlePeriod()
    expect(order).toEqual(['chart 1', 'chart 2', 'store'])
  })

  it('a cancelled task is not waited for; the cap ends the wait', async () => {
    const { whenIdle, whenAllIdle } = await import('@/composables/whenIdle')
    const order: string[] = []
    const cancel = whenIdle(() => order.push('cancelled'))
    cancel()
    whenAllIdle(() => order.push('first'), 10_000)
    idle.shift()
    idlePeriod()
    expect(order).toEqual(['first'])

    whenIdle(() => order.push('never run'))
    const now = vi.spyOn(performance, 'now')
    now.mockReturnValue(0)
    whenAllIdle(() => order.push('capped'), 50)
    idle.shift() // the waiting task's callback never comes
    idlePeriod()
    expect(order).toEqual(['first'])
    now.mockReturnValue(60)
    idlePeriod()
    expect(order).toEqual(['first', 'capped'])
    now.mockRestore()
  })
})
