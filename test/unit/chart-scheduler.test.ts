/** When a chart draws (src/composables/useChartScheduler.ts): the named rules, with fake timers. */
import { describe, expect, it } from 'vitest'
import { createChartScheduler, drawTiming } from '@/composables/useChartScheduler'

function harness(generation = { value: 'snapshot@1' }) {
  const drawn: string[] = []
  const queued: { kind: 'idle' | 'task'; run: () => void; cancelled: boolean }[] = []
  const timer = (kind: 'idle' | 'task') => (run: () => void) => {
    const job = { kind, run, cancelled: false }
    queued.push(job)
    return () => void (job.cancelled = true)
  }
  const s = createChartScheduler<string>(
    (o) => drawn.push(o),
    () => generation.value,
    {
      idle: timer('idle'),
      ownTask: timer('task'),
    },
  )
  const runQueued = () => queued.splice(0).forEach((j) => !j.cancelled && j.run())
  return { s, drawn, queued, runQueued, generation }
}

describe('chart scheduling rules', () => {
  it('names the three timings', () => {
    expect(drawTiming(false, true)).toBe('idle')
    expect(drawTiming(false, false)).toBe('idle')
    expect(drawTiming(true, false)).toBe('own-task')
    expect(drawTiming(true, true)).toBe('now')
  })

  it('a chart in view draws new data in a task of its own, then filter changes at once', () => {
    const h = harness()
    h.s.setOnScreen(true)
    h.s.request('first')
    expect(h.drawn).toEqual([])
    expect(h.queued.map((j) => j.kind)).toEqual(['task'])
    h.runQueued()
    expect(h.drawn).toEqual(['first'])
    h.s.request('filtered')
    expect(h.drawn).toEqual(['first', 'filtered'])
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

  it('a disposed chart never draws what was waiting', () => {
    const h = harness()
    h.s.request('a')
    h.s.dispose()
    h.runQueued()
    expect(h.drawn).toEqual([])
  })
})
