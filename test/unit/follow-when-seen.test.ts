/** A value held while its view is out of sight (src/composables/followWhenSeen.ts), with a fake idle. */
import { describe, expect, it } from 'vitest'
import { computed, effectScope, ref, watch } from 'vue'
import { followWhenSeen } from '@/composables/followWhenSeen'

function harness(inSight: boolean) {
  const input = ref(1)
  const other = ref('a')
  const seen = ref(inSight)
  let computedTimes = 0
  const idle: { run: () => void; cancelled: boolean }[] = []
  const scope = effectScope()
  const value = scope.run(() =>
    followWhenSeen(
      () => {
        computedTimes++
        return `${input.value}${other.value}`
      },
      seen,
      (run) => {
        const job = { run, cancelled: false }
        idle.push(job)
        return () => void (job.cancelled = true)
      },
    ),
  )!
  const runIdle = () => idle.splice(0).forEach((j) => !j.cancelled && j.run())
  const pendingIdle = () => idle.filter((j) => !j.cancelled).length
  return { input, other, seen, value, idle, runIdle, pendingIdle, scope, times: () => computedTimes }
}

describe('followWhenSeen', () => {
  it('in sight, follows its inputs at once, computed once per read after a change', () => {
    const h = harness(true)
    expect(h.value.value).toBe('1a')
    h.input.value = 2
    h.other.value = 'b'
    expect(h.times()).toBe(1)
    expect(h.value.value).toBe('2b')
    expect(h.value.value).toBe('2b')
    expect(h.times()).toBe(2)
    expect(h.pendingIdle()).toBe(0)
  })

  it('out of sight, keeps its value and computes nothing until the browser is idle; one idle task per burst', () => {
    const h = harness(false)
    expect(h.value.value).toBe('1a')
    h.input.value = 2
    h.input.value = 3
    h.other.value = 'b'
    expect(h.value.value).toBe('1a')
    expect(h.times()).toBe(1)
    expect(h.pendingIdle()).toBe(1)
    h.runIdle()
    expect(h.value.value).toBe('3b')
    expect(h.times()).toBe(2)
    // The next change waits again.
    h.input.value = 4
    expect(h.value.value).toBe('3b')
    h.runIdle()
    expect(h.value.value).toBe('4b')
  })

  it('coming into sight takes in what changed at once, and the idle task is dropped', () => {
    const h = harness(false)
    expect(h.value.value).toBe('1a')
    h.input.value = 5
    expect(h.pendingIdle()).toBe(1)
    h.seen.value = true
    expect(h.pendingIdle()).toBe(0)
    expect(h.value.value).toBe('5a')
    // Nothing changed: coming into sight again computes nothing.
    h.seen.value = false
    h.seen.value = true
    expect(h.value.value).toBe('5a')
    expect(h.times()).toBe(2)
  })

  it('notices a change through a computed it reads', () => {
    const h = harness(false)
    const seen = ref(false)
    const base = ref(10)
    const doubled = computed(() => base.value * 2)
    const held = h.scope.run(() =>
      followWhenSeen(
        () => doubled.value + 1,
        seen,
        () => () => undefined,
      ),
    )!
    expect(held.value).toBe(21)
    base.value = 20
    expect(held.value).toBe(21)
    seen.value = true
    expect(held.value).toBe(41)
  })

  it('a computed input that gives the same value again is no change, in sight or not', () => {
    for (const inSight of [true, false]) {
      const h = harness(inSight)
      const source = ref({ a: 1, noise: 0 })
      // As the filters from the link: the same object while what it holds is equal.
      let last = { a: 1 }
      const kept = computed(() => (source.value.a === last.a ? last : (last = { a: source.value.a })))
      let times = 0
      const held = h.scope.run(() =>
        followWhenSeen(
          () => {
            times++
            return [kept.value.a]
          },
          h.seen,
          (run) => {
            h.idle.push({ run, cancelled: false })
            return () => undefined
          },
        ),
      )!
      let watched = 0
      h.scope.run(() => watch(held, () => watched++, { flush: 'sync' }))
      const first = held.value
      source.value = { a: 1, noise: 1 }
      h.runIdle()
      expect(held.value).toBe(first)
      expect(times).toBe(1)
      expect(watched).toBe(0)
      source.value = { a: 2, noise: 1 }
      h.runIdle()
      expect(held.value).toEqual([2])
      expect(times).toBe(2)
      expect(watched).toBe(1)
    }
  })

  it('ends with its scope: no idle work left, no more tracking', () => {
    const h = harness(false)
    expect(h.value.value).toBe('1a')
    h.input.value = 2
    expect(h.pendingIdle()).toBe(1)
    h.scope.stop()
    expect(h.pendingIdle()).toBe(0)
    h.input.value = 3
    expect(h.idle.length).toBe(1)
  })
})
