/** What the data store shows while an import is stored, and after (src/stores/pendingImport.ts). */
import { describe, expect, it } from 'vitest'
import { createPendingImport } from '@/stores/pendingImport'

describe('pending import', () => {
  it('a failed save shows again what showed before it', () => {
    const p = createPendingImport<string>()
    p.checked('new', 'old')
    expect(p.failed('new')).toEqual({ show: 'old' })
  })

  it('a failed save over an empty dashboard shows nothing again', () => {
    const p = createPendingImport<string>()
    p.checked('new', null)
    expect(p.failed('new')).toEqual({ show: null })
  })

  it('leaves the screen alone when the user moved on before the save failed', () => {
    const p = createPendingImport<string>()
    p.checked('new', 'old')
    expect(p.failed('chosen meanwhile')).toBeUndefined()
  })

  it('several files in one drop go back to what showed before the first of them', () => {
    const p = createPendingImport<string>()
    p.checked('first', 'old')
    p.checked('second', 'first')
    expect(p.failed('second')).toEqual({ show: 'old' })
  })

  it('a stored import says whether it is still the one on screen; then nothing is pending', () => {
    const p = createPendingImport<string>()
    p.checked('new', 'old')
    expect(p.stored('new')).toBe(true)
    expect(p.failed('new')).toBeUndefined()
    p.checked('new', 'old')
    expect(p.stored('other')).toBe(false)
    expect(p.stored('new')).toBe(false)
  })
})
