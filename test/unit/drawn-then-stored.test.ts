/**
 * An import is stored once the page has drawn it: the page's client says `shown` when next idle
 * after `checked`; the worker's wait ends then, or at its cap when the page never says.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createDataClient } from '@/data/client'
import { drawnWaits } from '@/data/drawnWaits'
import type { FromWorker, ToWorker } from '@/data/messages'

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('drawnWaits (the worker)', () => {
  it('ends a wait when the page says so, each import by its own id', async () => {
    vi.useFakeTimers()
    const waits = drawnWaits(2000)
    const ended: number[] = []
    void waits.wait(1).then(() => ended.push(1))
    void waits.wait(2).then(() => ended.push(2))
    waits.release(2)
    await vi.advanceTimersByTimeAsync(10)
    expect(ended).toEqual([2])
    waits.release(7)
    waits.release(1)
    await vi.advanceTimersByTimeAsync(0)
    expect(ended).toEqual([2, 1])
  })

  it('ends it at the cap when the page never says', async () => {
    vi.useFakeTimers()
    const waits = drawnWaits(2000)
    let ended = false
    void waits.wait(1).then(() => (ended = true))
    await vi.advanceTimersByTimeAsync(1999)
    expect(ended).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(ended).toBe(true)
  })
})

describe('the page client', () => {
  it('says "shown" for an import once the page is idle after its checked snapshot', async () => {
    const posted: ToWorker[] = []
    const made: { onmessage: ((e: { data: FromWorker }) => void) | null }[] = []
    vi.stubGlobal(
      'Worker',
      class {
        onmessage: ((e: { data: FromWorker }) => void) | null = null
        onerror = null
        constructor() {
          made.push(this)
        }
        postMessage(m: ToWorker) {
          posted.push(m)
        }
      },
    )
    const idle: (() => void)[] = []
    vi.stubGlobal('window', {
      requestIdleCallback: (cb: () => void) => idle.push(cb),
      cancelIdleCallback: () => {},
    })
    const client = createDataClient()
    const shown: string[] = []
    void client.importFile(new File(['{}'], 'x.json'), {
      onProgress: () => {},
      confirmReplace: async () => true,
      onChecked: (loaded) => void shown.push(loaded.record.id),
    })
    const requestId = posted[0].requestId
    made[0].onmessage!({ data: { type: 'checked', requestId, loaded: { record: { id: 's1' } } as never } })
    expect(shown).toEqual(['s1'])
    expect(posted.map((m) => m.type)).toEqual(['import'])
    idle.forEach((cb) => cb())
    expect(posted.at(-1)).toEqual({ type: 'shown', requestId })
  })
})
