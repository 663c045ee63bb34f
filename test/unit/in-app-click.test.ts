/** Plain links the app follows itself (composables/inAppClick): which clicks are the browser's. */
import { describe, expect, it } from 'vitest'
import { followsInApp, type LinkClick } from '@/composables/inAppClick'

const click = (over: Partial<LinkClick> = {}): LinkClick => ({
  button: 0,
  metaKey: false,
  ctrlKey: false,
  shiftKey: false,
  altKey: false,
  defaultPrevented: false,
  ...over,
})

describe('followsInApp', () => {
  it('a plain left click is followed by the app', () => {
    expect(followsInApp(click())).toBe(true)
  })
  it('a modifier key, another button or a click already handled are left to the browser', () => {
    for (const over of [
      { metaKey: true },
      { ctrlKey: true },
      { shiftKey: true },
      { altKey: true },
      { button: 1 },
      { button: 2 },
      { defaultPrevented: true },
    ])
      expect(followsInApp(click(over)), JSON.stringify(over)).toBe(false)
  })
})
