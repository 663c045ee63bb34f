import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isCountryCode, COUNTRY_CODES } from '@/domain/countries'
import { isCalendarDate, yearOf } from '@/domain/dates'
import { completionRate, isOverdue, partnerCountries } from '@/domain/derive'
import { pickText } from '@/domain/text'
import { STATUSES, type Status } from '@/domain/vocab'

const OPEN: Status[] = ['not_started', 'in_progress', 'no_information']
const CLOSED: Status[] = ['ongoing', 'completed', 'suspended', 'cancelled']

describe('isOverdue', () => {
  const asOf = '2026-06-30'

  it('the open and closed lists cover every status exactly once', () => {
    expect([...OPEN, ...CLOSED].sort()).toEqual([...STATUSES].sort())
  })

  it.each(OPEN)('%s: overdue the day before asOf, not on asOf nor after', (status) => {
    expect(isOverdue({ status, due: '2026-06-29' }, asOf)).toBe(true)
    expect(isOverdue({ status, due: '2026-06-30' }, asOf)).toBe(false)
    expect(isOverdue({ status, due: '2026-07-01' }, asOf)).toBe(false)
    expect(isOverdue({ status, due: '1999-12-31' }, asOf)).toBe(true)
    expect(isOverdue({ status }, asOf)).toBe(false)
  })

  it.each(CLOSED)('%s: never overdue, even long past due', (status) => {
    expect(isOverdue({ status, due: '2026-06-29' }, asOf)).toBe(false)
    expect(isOverdue({ status, due: '2000-01-01' }, asOf)).toBe(false)
    expect(isOverdue({ status, due: '2026-06-30' }, asOf)).toBe(false)
    expect(isOverdue({ status }, asOf)).toBe(false)
  })

  it('compares whole dates across month and year boundaries', () => {
    expect(isOverdue({ status: 'not_started', due: '2025-12-31' }, '2026-01-01')).toBe(true)
    expect(isOverdue({ status: 'not_started', due: '2026-01-01' }, '2026-01-01')).toBe(false)
    expect(isOverdue({ status: 'not_started', due: '2026-02-28' }, '2026-03-01')).toBe(true)
    expect(isOverdue({ status: 'not_started', due: '2026-03-01' }, '2026-02-28')).toBe(false)
  })
})

describe('partnerCountries', () => {
  const p = (country: string) => ({ name: country, country, kind: 'state' as const })
  const kzMn = { parties: [p('KZ'), p('MN')] }
  const multi = { parties: [p('KZ'), p('UZ'), p('KG')] }
  const kzOnly = { parties: [p('KZ'), { name: 'Almaty', country: 'KZ', kind: 'city' as const, region: 'KZ-75' }] }

  it('without countries: the parties other than homeCountry', () => {
    expect(partnerCountries({}, kzMn, 'KZ')).toEqual(['MN'])
    expect(partnerCountries({}, multi, 'KZ').sort()).toEqual(['KG', 'UZ'])
  })

  it('without homeCountry: every party country, once', () => {
    expect(partnerCountries({}, kzMn, undefined).sort()).toEqual(['KZ', 'MN'])
    expect(partnerCountries({}, { parties: [p('MN'), p('KZ'), p('MN')] }, undefined).sort()).toEqual(['KZ', 'MN'])
  })

  it('a homeCountry that is not a party leaves every party', () => {
    expect(partnerCountries({}, kzMn, 'CN').sort()).toEqual(['KZ', 'MN'])
  })

  it("an agreement with only home parties: all parties' countries (the home country), once", () => {
    expect(partnerCountries({}, kzOnly, 'KZ')).toEqual(['KZ'])
  })

  it('two parties of the same partner country count it once', () => {
    expect(
      partnerCountries(
        {},
        { parties: [p('KZ'), p('MN'), { name: 'Khovd', country: 'MN', kind: 'region' as const, region: 'MN-043' }] },
        'KZ',
      ),
    ).toEqual(['MN'])
  })

  it('explicit countries win, even naming a non-party or the home country', () => {
    expect(partnerCountries({ countries: ['UZ'] }, multi, 'KZ')).toEqual(['UZ'])
    expect(partnerCountries({ countries: ['RU', 'MN'] }, kzMn, 'KZ').sort()).toEqual(['MN', 'RU'])
    expect(partnerCountries({ countries: ['KZ'] }, kzMn, 'KZ')).toEqual(['KZ'])
    expect(partnerCountries({ countries: ['CN', 'CN'] }, kzMn, 'KZ')).toEqual(['CN'])
  })
})

describe('completionRate', () => {
  it('completed / (all - cancelled)', () => {
    expect(completionRate({ total: 12, completed: 3, cancelled: 1 })).toBeCloseTo(3 / 11, 12)
    expect(completionRate({ total: 4, completed: 2, cancelled: 0 })).toBe(0.5)
    expect(completionRate({ total: 5, completed: 4, cancelled: 1 })).toBe(1)
    expect(completionRate({ total: 3, completed: 0, cancelled: 0 })).toBe(0)
  })

  it('is null (undefined, "—") when nothing is left once cancelled are removed', () => {
    expect(completionRate({ total: 0, completed: 0, cancelled: 0 })).toBeNull()
    expect(completionRate({ total: 3, completed: 0, cancelled: 3 })).toBeNull()
  })
})

describe('isCalendarDate', () => {
  it.each([
    '2024-02-29',
    '2000-02-29',
    '2025-02-28',
    '2025-01-31',
    '2025-04-30',
    '2025-12-31',
    '0001-01-01',
    '1600-02-29',
  ])('%s is a date', (d) => {
    expect(isCalendarDate(d)).toBe(true)
  })

  it.each([
    '2100-02-29', // divisible by 100, not by 400
    '1900-02-29',
    '2025-02-29',
    '2025-02-30',
    '2025-04-31',
    '2025-06-31',
    '2025-09-31',
    '2025-11-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '2025-01-32',
    '2025-9-4',
    '2025-09-4',
    '25-09-04',
    '2025/09/04',
    '2025-09-04T00:00:00Z',
    ' 2025-09-04',
    '2025-09-04\n',
    '',
  ])('%j is not a date', (d) => {
    expect(isCalendarDate(d)).toBe(false)
  })

  it('agrees with a reference (the pattern YYYY-MM-DD and Date.UTC giving back the same day) on any string of that length', () => {
    const reference = (s: string) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
      if (!m) return false
      const d = new Date(Date.UTC(2000, Number(m[2]) - 1, Number(m[3])))
      d.setUTCFullYear(Number(m[1]))
      return (
        d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])
      )
    }
    const near = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
    const anyTen = fc.string({ unit: fc.constantFrom(...'0123456789-/ :T٣'), minLength: 10, maxLength: 10 })
    // A near-date with one character changed (another digit, a letter, a digit of another script).
    const oneOff = fc
      .tuple(near, fc.nat(9), fc.constantFrom(...'0123456789-/:T٣０'))
      .map(([d, i, c]) => d.slice(0, i) + c + d.slice(i + 1))
    fc.assert(
      fc.property(fc.oneof(near, anyTen, oneOff), (s) => {
        expect(isCalendarDate(s), s).toBe(reference(s))
      }),
      { numRuns: 5000 },
    )
  })

  it('yearOf reads the year', () => {
    expect(yearOf('2024-02-29')).toBe(2024)
    expect(yearOf('0999-01-01')).toBe(999)
  })
})

describe('isCountryCode', () => {
  it('accepts assigned codes', () => {
    for (const c of ['KZ', 'MN', 'CN', 'UZ', 'KG', 'RU', 'US', 'AX', 'SS', 'BQ', 'CW'])
      expect(isCountryCode(c), c).toBe(true)
  })

  it('refuses unassigned, reserved, lower-case and malformed codes', () => {
    for (const c of ['XX', 'ZZ', 'XK', 'EU', 'UK', 'SU', 'AN', 'kz', 'Kz', 'KAZ', 'K', '', ' KZ'])
      expect(isCountryCode(c), c).toBe(false)
  })

  it('the list holds the 249 assigned codes, each once, each two capital letters', () => {
    expect(COUNTRY_CODES).toHaveLength(249)
    expect(new Set(COUNTRY_CODES).size).toBe(249)
    expect(COUNTRY_CODES.every((c) => /^[A-Z]{2}$/.test(c))).toBe(true)
  })
})

describe('pickText', () => {
  const t = { en: 'Memorandum', ru: 'Меморандум', kk: 'Меморандум (kk)' }
  it('user language, then its base language, then the snapshot language, then any', () => {
    expect(pickText(t, 'ru')).toBe('Меморандум')
    expect(pickText(t, 'ru-KZ')).toBe('Меморандум')
    expect(pickText(t, 'mn', 'kk')).toBe('Меморандум (kk)')
    expect(pickText(t, 'mn')).toBe('Memorandum')
    expect(pickText({ mn: 'Санамж бичиг' }, 'ru', 'en')).toBe('Санамж бичиг')
    expect(pickText('plain', 'ru')).toBe('plain')
    expect(pickText(undefined, 'ru')).toBe('')
  })
})
