/**
 * The router's history with its writes after the frame (src/deferredHistory.ts): the route
 * changes at once, the browser's history is written later, in order, and a Back or Forward in
 * between drops what waits. Run with a real router over vue-router's memory history.
 */
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter, type RouterHistory } from 'vue-router'
import { defineComponent } from 'vue'
import { deferredWrites } from '@/deferredHistory'

/** A window's part the wrapper uses: events, and the scroll position (moved by `scrollTo`). */
class FakeWindow extends EventTarget {
  #y = 0
  get scrollX() {
    return 0
  }
  get scrollY() {
    return this.#y
  }
  scrollTo(y: number) {
    this.#y = y
    this.dispatchEvent(new Event('scroll'))
  }
}

function setup() {
  const inner = createMemoryHistory()
  const writes: string[] = []
  const target = new FakeWindow()
  /** The scroll position each write read (as vue-router's does, to save it for Back). */
  const scrollRead: number[] = []
  const recorded: RouterHistory = {
    ...inner,
    get location() {
      return inner.location
    },
    get state() {
      return inner.state
    },
    push: (to, data) => (writes.push(`push ${to}`), scrollRead.push(target.scrollY), inner.push(to, data)),
    replace: (to, data) => (writes.push(`replace ${to}`), inner.replace(to, data)),
  }
  const frames: (() => void)[] = []
  const nextFrame = () => frames.splice(0).forEach((f) => f())
  const history = deferredWrites(recorded, (write) => void frames.push(write), target as unknown as Window)
  const view = defineComponent({ render: () => null })
  const router = createRouter({ history, routes: [{ path: '/', component: view }] })
  return { router, history, inner, writes, frames, nextFrame, target, scrollRead }
}

describe('deferredWrites', () => {
  it('the route changes at once; the history is written after the frame, in order', async () => {
    const { router, history, inner, writes, frames, nextFrame } = setup()
    await router.push('/')
    nextFrame()
    writes.length = 0
    await router.push({ query: { sphere: 'ecology' } })
    expect(router.currentRoute.value.query.sphere).toBe('ecology')
    // Not written yet; the router is told where it stands.
    expect(writes).toEqual([])
    expect(inner.location).toBe('/')
    expect(history.location).toBe('/?sphere=ecology')
    await router.push({ query: { sphere: 'ecology', overdue: '1' } })
    expect(frames).toHaveLength(1)
    nextFrame()
    expect(writes).toEqual(['push /?sphere=ecology', 'push /?sphere=ecology&overdue=1'])
    expect(inner.location).toBe('/?sphere=ecology&overdue=1')
    expect(history.location).toBe(inner.location)
    await router.replace({ query: { lang: 'ru' } })
    nextFrame()
    expect(writes.at(-1)).toBe('replace /?lang=ru')
  })

  it('reading the state or moving in the history writes what waits first', async () => {
    const { router, history, writes, nextFrame } = setup()
    await router.push('/')
    nextFrame()
    await router.push({ query: { q: 'water' } })
    expect(history.state).toBeDefined()
    expect(writes.at(-1)).toBe('push /?q=water')
    await router.push({ query: { q: 'road' } })
    history.go(-1, false)
    expect(writes.at(-1)).toBe('push /?q=road')
    const count = writes.length
    nextFrame()
    expect(writes).toHaveLength(count)
  })

  it('a Back or Forward before the write drops it', async () => {
    const { router, history, inner, writes, nextFrame, target } = setup()
    await router.push('/')
    nextFrame()
    writes.length = 0
    await router.push({ query: { year: '2024' } })
    target.dispatchEvent(new Event('popstate'))
    expect(history.location).toBe(inner.location)
    nextFrame()
    expect(writes).toEqual([])
  })

  it('an input that may move in the history or leave the page writes what waits at once', async () => {
    for (const [type, init] of [
      ['keydown', { key: 'ArrowLeft', altKey: true }],
      ['pointerdown', {}],
      ['wheel', {}],
      ['pagehide', {}],
      ['visibilitychange', {}],
    ] as const) {
      const { router, writes, nextFrame, target, inner } = setup()
      await router.push('/')
      nextFrame()
      writes.length = 0
      await router.push({ query: { year: '2024' } })
      expect(writes).toEqual([])
      target.dispatchEvent(Object.assign(new Event(type), init))
      expect(writes, type).toEqual(['push /?year=2024'])
      expect(inner.location).toBe('/?year=2024')
      // The flush asked for the frame then finds nothing, and writes nothing twice.
      nextFrame()
      expect(writes).toHaveLength(1)
    }
  })

  it('a flush asked before an early write does not write a newer change before its frame', async () => {
    const { router, writes, nextFrame, frames, target } = setup()
    await router.push('/')
    nextFrame()
    writes.length = 0
    await router.push({ query: { year: '2024' } })
    target.dispatchEvent(new Event('pointerdown'))
    await router.push({ query: { year: '2025' } })
    // Two flushes asked: the first one's turn has passed.
    expect(frames).toHaveLength(2)
    frames.shift()!()
    expect(writes).toEqual(['push /?year=2024'])
    frames.shift()!()
    expect(writes).toEqual(['push /?year=2024', 'push /?year=2025'])
  })

  it('the scroll position a write saves for Back is the one at the change, and the window reads as before after it', async () => {
    const { router, nextFrame, target, scrollRead } = setup()
    await router.push('/')
    nextFrame()
    target.scrollTo(4000)
    await router.push({ query: { country: 'MN' } })
    // The change is drawn: the page is shorter, the browser pulls the position in.
    target.scrollTo(800)
    nextFrame()
    expect(scrollRead.at(-1)).toBe(4000)
    expect(target.scrollY).toBe(800)
    expect(Object.getOwnPropertyDescriptor(target, 'scrollY')).toBeUndefined()
  })
})
