/** The table's short dates with their year (src/i18n/shortDate.ts) and the bars held in place (inKeptOrder). */
import { describe, expect, it } from 'vitest'
import { inKeptOrder } from '@/domain/order'
import { shortDate } from '@/i18n/shortDate'

describe('short dates', () => {
  it('always carry the year, in each language’s numeric form (English: the month’s short name)', () => {
    expect(shortDate('2026-12-03', 'en')).toBe('Dec 3, 2026')
    expect(shortDate('2026-12-03', 'ru')).toBe('03.12.2026')
    expect(shortDate('2026-12-03', 'kk')).toBe('03.12.2026')
    expect(shortDate('2026-12-03', 'mn')).toBe('2026.12.03')
    expect(shortDate('', 'en')).toBe('')
  })
})

describe('bars held in place', () => {
  const row = (key: string, total: number) => ({ key, total })
  const emptied = (r: { key: string; total: number }) => ({ ...r, total: 0 })

  it('the order shown before is kept; a bar left with nothing stays at zero; a new one comes last', () => {
    const before = [row('transport', 12), row('ecology', 9), row('energy', 4)]
    // After a click on ecology's "completed" segment, ecology has the fewest and energy has none.
    const now = [row('transport', 5), row('ecology', 2), row('water', 1)]
    expect(inKeptOrder(now, before, emptied)).toEqual([
      row('transport', 5),
      row('ecology', 2),
      row('energy', 0),
      row('water', 1),
    ])
  })
})
