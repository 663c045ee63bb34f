/**
 * The stored state is asked for by the page's first script (boot.ts), before the app is there;
 * the data store's first read takes that answer, once, and only for the report it was asked for.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { FromWorker, ToWorker } from '@/data/messages'

let posted: ToWorker[]
let made: { onmessage: ((e: { data: FromWorker }) => void) | null }[]

beforeEach(() => {
  vi.resetModules()
  posted = []
  made = []
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
})
afterEach(() => vi.unstubAllGlobals())

const answer = (requestId: number, value: unknown) =>
  made[0].onmessage!({ data: { type: 'done', requestId, value } as FromWorker })
const stateCalls = () => posted.filter((m) => m.type === 'call' && m.op === 'state')

describe('the stored state asked for early', () => {
  it('is asked once, and the first read of the same report takes its answer', async () => {
    const { askStoredStateEarly, storedState } = await import('@/data/client')
    askStoredStateEarly('r1')
    expect(stateCalls()).toHaveLength(1)
    expect(stateCalls()[0]).toMatchObject({ args: ['r1'] })
    const first = storedState('r1')
    expect(stateCalls()).toHaveLength(1)
    answer(stateCalls()[0].requestId, { snapshots: ['early'] })
    await expect(first).resolves.toEqual({ snapshots: ['early'] })
    // Taken once: a later read (after a removal, say) asks the worker again.
    void storedState('r1')
    expect(stateCalls()).toHaveLength(2)
  })

  it('is not used for another report, nor kept for a later read', async () => {
    const { askStoredStateEarly, storedState } = await import('@/data/client')
    askStoredStateEarly(undefined)
    void storedState('r2')
    expect(stateCalls().map((m) => (m as { args: unknown[] }).args)).toEqual([[undefined], ['r2']])
    void storedState(undefined)
    expect(stateCalls()).toHaveLength(3)
  })

  it('hands a failure to whoever reads it, and is no unhandled rejection when none does', async () => {
    const { askStoredStateEarly, storedState } = await import('@/data/client')
    const unhandled = vi.fn()
    process.on('unhandledRejection', unhandled)
    askStoredStateEarly(undefined)
    made[0].onmessage!({ data: { type: 'failed', requestId: stateCalls()[0].requestId, error: 'no db' } as FromWorker })
    await expect(storedState(undefined)).rejects.toThrow('no db')
    askStoredStateEarly(undefined)
    made[0].onmessage!({ data: { type: 'failed', requestId: stateCalls()[1].requestId, error: 'again' } as FromWorker })
    await new Promise((r) => setTimeout(r, 10))
    process.off('unhandledRejection', unhandled)
    expect(unhandled).not.toHaveBeenCalled()
  })
})
