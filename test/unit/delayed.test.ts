/** heldFor (composables/delayed): a condition shown only once it has held for a while. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { heldFor } from '@/composables/delayed'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('heldFor', () => {
  it('a short wait shows nothing; a long one shows after the delay, and goes when it ends', async () => {
    const waiting = ref(false)
    const scope = effectScope()
    const shown = scope.run(() => heldFor(() => waiting.value, 300))!
    waiting.value = true
    await nextTick()
    vi.advanceTimersByTime(100)
    waiting.value = false
    await nextTick()
    vi.advanceTimersByTime(500)
    expect(shown.value).toBe(false)

    waiting.value = true
    await nextTick()
    vi.advanceTimersByTime(299)
    expect(shown.value).toBe(false)
    vi.advanceTimersByTime(1)
    expect(shown.value).toBe(true)
    waiting.value = false
    await nextTick()
    expect(shown.value).toBe(false)
    scope.stop()
  })
})
