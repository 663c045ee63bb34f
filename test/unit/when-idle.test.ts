/**
 * Idle work (composables/whenIdle): the work waiting runs together in one idle period while it
 * lasts; whenAllIdle waits until no other idle work is waiting (the charts off screen drawn), or
 * its cap. Run against a hand-driven requestIdleCallback.
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
  // The module keeps its waiting work: each test gets its own.
  vi.resetModules()
  vi.stubGlobal('window', {
    requestIdleCallback: (cb: () => void) => idle.push(cb),
    cancelIdleCallback: () => {},
  })
})
afterEach(() => vi.unstubAllGlobals())

describe('whenIdle', () => {
  it('runs the tasks waiting together, and those they ask for, in one idle period while it lasts', async () => {
    const { whenIdle } = await import('@/composables/whenIdle')
    const order: string[] = []
    let remaining = 10
    idle = []
    vi.stubGlobal('window', {
      requestIdleCallback: (cb: (d: { timeRemaining(): number }) => void) =>
        idle.push(() => cb({ timeRemaining: () => remaining })),
      cancelIdleCallback: () => {},
    })
    whenIdle(() => order.push('chart 1'))
    whenIdle(() => {
      order.push('settle')
      // Work that asks for more after the microtasks (a Vue watcher asking for a chart's drawing).
      queueMicrotask(() => whenIdle(() => order.push('chart 3')))
    })
    // One idle callback serves all the waiting work.
    expect(idle).toHaveLength(1)
    idlePeriod()
    expect(order).toEqual(['chart 1', 'settle'])
    await Promise.resolve()
    await Promise.resolve()
    expect(order).toEqual(['chart 1', 'settle', 'chart 3'])

    // The period over after the first task: the next one waits for the next idle period.
    idlePeriod() // the callback chart 3 asked for finds nothing left
    whenIdle(() => {
      order.push('chart 4')
      remaining = 0
    })
    whenIdle(() => order.push('chart 5'))
    idlePeriod()
    expect(order.slice(3)).toEqual(['chart 4'])
    remaining = 10
    idlePeriod()
    expect(order.slice(3)).toEqual(['chart 4', 'chart 5'])
  })
})

describe('whenIdle on a page that is never idle', () => {
  it('runs every task past its due time together, not one timeout each; the rest waits for its own', async () => {
    const { whenIdle } = await import('@/composables/whenIdle')
    const timeouts: number[] = []
    idle = []
    vi.stubGlobal('window', {
      requestIdleCallback: (cb: (d: { timeRemaining(): number }) => void, opts: { timeout: number }) => {
        timeouts.push(opts.timeout)
        // The browser's timeout fired: no idle time at all.
        idle.push(() => cb({ timeRemaining: () => 0 }))
      },
      cancelIdleCallback: () => {},
    })
    const now = vi.spyOn(performance, 'now')
    const order: string[] = []
    now.mockReturnValue(0)
    whenIdle(() => order.push('chart 1'))
    whenIdle(() => order.push('chart 2'))
    whenIdle(() => order.push('chart 3'))
    now.mockReturnValue(200)
    whenIdle(() => order.push('chart 4')) // due at 500
    now.mockReturnValue(300)
    idlePeriod()
    expect(order).toEqual(['chart 1', 'chart 2', 'chart 3'])
    // What waits is asked for by its own due time, not another full timeout.
    expect(timeouts).toEqual([300, 200])
    now.mockReturnValue(500)
    idlePeriod()
    expect(order).toEqual(['chart 1', 'chart 2', 'chart 3', 'chart 4'])
    now.mockRestore()
  })
})

describe('whenIdle, a task that throws', () => {
  it('does not keep the tasks waiting behind it from running', async () => {
    const { whenIdle } = await import('@/composables/whenIdle')
    const order: string[] = []
    vi.stubGlobal('reportError', () => order.push('reported'))
    whenIdle(() => {
      throw new Error('a drawing failed')
    })
    whenIdle(() => order.push('next chart'))
    idlePeriod()
    expect(order).toEqual(['reported', 'next chart'])
  })
})

describe('whenAllIdle', () => {
  it('runs once every other idle task has run, not before', async () => {
    const { whenIdle, whenAllIdle } = await import('@/composables/whenIdle')
    const order: string[] = []
    const now = vi.spyOn(performance, 'now')
    now.mockReturnValue(0)
    whenIdle(() => {
      order.push('chart 1')
      // A drawing that asks for more idle work (the next chart), and takes the rest of the period.
      whenIdle(() => order.push('chart 2'))
      now.mockReturnValue(20)
    })
    whenAllIdle(() => order.push('store'), 10_000)
    idlePeriod()
    expect(order).toEqual(['chart 1'])
    // The next idle period: the last chart, then (nothing else waiting) the store.
    idlePeriod()
    expect(order).toEqual(['chart 1', 'chart 2', 'store'])
    now.mockRestore()
  })

  it('a cancelled task is not waited for; the cap ends the wait', async () => {
    const { whenIdle, whenAllIdle } = await import('@/composables/whenIdle')
    const order: string[] = []
    const cancel = whenIdle(() => order.push('cancelled'))
    cancel()
    whenAllIdle(() => order.push('first'), 10_000)
    idlePeriod() // the idle callback finds only the cancelled task
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
