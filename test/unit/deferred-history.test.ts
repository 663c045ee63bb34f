/**
 * The router's history with its writes after the frame (src/deferredHistory.ts): the route
 * changes at once, the browser's history is written later, in order, and a Back or Forward in
 * between drops what waits. Run with a real router over vue-router's memory history.
 */
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter, type RouterHistory } from 'vue-router'
import { defineComponent } from 'vue'
import { deferredWrites } from '@/deferredHistory'

function setup() {
  const inner = createMemoryHistory()
  const writes: string[] = []
  const recorded: RouterHistory = {
    ...inner,
    get location() {
      return inner.location
    },
    get state() {
      return inner.state
    },
    push: (to, data) => (writes.push(`push ${to}`), inner.push(to, data)),
    replace: (to, data) => (writes.push(`replace ${to}`), inner.replace(to, data)),
  }
  const frames: (() => void)[] = []
  const nextFrame = () => frames.splice(0).forEach((f) => f())
  const target = new EventTarget() as unknown as Window
  const history = deferredWrites(recorded, (write) => void frames.push(write), target)
  const view = defineComponent({ render: () => null })
  const router = createRouter({ history, routes: [{ path: '/', component: view }] })
  return { router, history, inner, writes, frames, nextFrame, target }
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
})
