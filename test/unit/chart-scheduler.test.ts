/** When a chart draws (src/composables/useChartScheduler.ts): the named rules, with fake timers. */
import { describe, expect, it } from 'vitest'
import { createChartScheduler, drawTiming } from '@/composables/useChartScheduler'

function harness(generation = { value: 'snapshot@1' }) {
  const drawn: string[] = []
  /** Whether each drawing read its box's size again. */
  const fresh: boolean[] = []
  const queued: { kind: 'idle' | 'update'; run: () => void; cancelled: boolean }[] = []
  const timer = (kind: 'idle' | 'update') => (run: () => void) => {
    const job = { kind, run, cancelled: false }
    queued.push(job)
    return () => void (job.cancelled = true)
  }
  const s = createChartScheduler<string>(
    (o, f) => (drawn.push(o), fresh.push(f)),
    () => generation.value,
    {
      idle: timer('idle'),
      afterUpdate: timer('update'),
    },
  )
  const runQueued = () => queued.splice(0).forEach((j) => !j.cancelled && j.run())
  return { s, drawn, fresh, queued, runQueued, generation }
}

describe('chart scheduling rules', () => {
  it('names the three timings', () => {
    expect(drawTiming(false, true)).toBe('idle')
    expect(drawTiming(false, false)).toBe('idle')
    expect(drawTiming(true, false)).toBe('after-update')
    expect(drawTiming(true, true)).toBe('now')
  })

  it("a chart in view draws new data after the page's update, then filter changes at once", () => {
    const h = harness()
    h.s.setOnScreen(true)
    h.s.request('first')
    expect(h.drawn).toEqual([])
    expect(h.queued.map((j) => j.kind)).toEqual(['update'])
    h.runQueued()
    expect(h.drawn).toEqual(['first'])
    h.s.request('filtered')
    expect(h.drawn).toEqual(['first', 'filtered'])
    // New data may have resized the box: that drawing reads its size; a filter change does not.
    expect(h.fresh).toEqual([true, false])
    h.generation.value = 'snapshot@2'
    h.s.request('another snapshot')
    expect(h.drawn).toHaveLength(2)
    h.runQueued()
    expect(h.drawn).toEqual(['first', 'filtered', 'another snapshot'])
  })

  it('a chart off screen waits for idle, and draws the latest option as soon as it comes into view', () => {
    const h = harness()
    h.s.request('a')
    h.s.request('b')
    expect(h.queued.map((j) => j.kind)).toEqual(['idle', 'idle'])
    expect(h.queued[0].cancelled).toBe(true) // the first wait was replaced
    expect(h.s.waiting()).toBe(true)
    h.s.setOnScreen(true)
    expect(h.drawn).toEqual(['b'])
    expect(h.s.waiting()).toBe(false)
    h.runQueued() // the idle callback finds nothing left to draw
    expect(h.drawn).toEqual(['b'])
  })

  it('a held chart draws nothing until released, then only the latest option, at its timing', () => {
    const h = harness()
    h.s.setOnScreen(true)
    h.s.request('first')
    h.runQueued()
    h.s.hold(true)
    h.s.request('stale')
    h.s.request('also stale')
    expect(h.queued).toEqual([])
    h.s.setOnScreen(true) // coming into view does not draw while held
    expect(h.drawn).toEqual(['first'])
    expect(h.s.waiting()).toBe(true)
    h.s.request('current')
    h.s.hold(false)
    // Released: after the page's update, then (same generation, in view) at once.
    expect(h.drawn).toEqual(['first'])
    h.runQueued()
    expect(h.drawn).toEqual(['first', 'current'])
    expect(h.s.waiting()).toBe(false)

    // The update that releases it brings the data it waited for: only that is drawn, once.
    h.s.hold(true)
    h.s.request('stale labels')
    h.s.hold(false)
    h.s.request('the new data')
    h.runQueued()
    expect(h.drawn).toEqual(['first', 'current', 'the new data'])

    // Held with a drawing already scheduled (off screen): the wait is cancelled, asked again on release.
    h.s.setOnScreen(false)
    h.s.request('off screen')
    expect(h.queued.map((j) => j.kind)).toEqual(['idle'])
    h.s.hold(true)
    expect(h.queued[0].cancelled).toBe(true)
    h.s.hold(false)
    h.runQueued() // the release, after the update: off screen, it waits for idle again
    expect(h.queued.map((j) => j.kind)).toEqual(['idle'])
    h.runQueued()
    expect(h.drawn).toEqual(['first', 'current', 'the new data', 'off screen'])
    // Released with nothing asked for: nothing drawn.
    h.s.hold(true)
    h.s.hold(false)
    expect(h.queued.filter((j) => !j.cancelled)).toEqual([]) // nor anything scheduled
    h.runQueued()
    expect(h.drawn).toHaveLength(4)
  })

  it('a disposed chart never draws what was waiting', () => {
    const h = harness()
    h.s.request('a')
    h.s.dispose()
    h.runQueued()
    expect(h.drawn).toEqual([])
  })
})
