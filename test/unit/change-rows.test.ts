/**
 * The change list's layout (src/components/compare/changeRows.ts): which classes a row names, the
 * class sets measured, and the rows' offsets with the rows in view, against a linear walk.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  anchoredTop,
  classSets,
  CLASS_SETS,
  heightTable,
  longestStates,
  overdueByTime,
  rowOffsets,
  rowsInView,
  shownClasses,
} from '../../src/components/compare/changeRows'
import { CLASS_BIT } from '../../src/domain/compare'
import { STATUSES } from '../../src/domain/vocab'
import { localeFormat } from '../../src/i18n/intlData'
import en from '../../src/i18n/locales/en'
import kk from '../../src/i18n/locales/kk'
import mn from '../../src/i18n/locales/mn'
import ru from '../../src/i18n/locales/ru'

const B = CLASS_BIT

describe('the classes a row names', () => {
  it('names a status change only when no class names it better, and never "unchanged"', () => {
    expect(shownClasses(B.status_changed | B.completed | B.progress_changed)).toEqual(['completed', 'progress_changed'])
    expect(shownClasses(B.status_changed | B.due_moved)).toEqual(['status_changed', 'due_moved'])
    expect(shownClasses(B.became_overdue | B.unchanged)).toEqual(['became_overdue'])
    expect(shownClasses(B.status_changed | B.reopened | B.stopped)).toEqual(['reopened', 'stopped'])
  })

  it('says a commitment became overdue by time alone when neither its status nor its due date moved', () => {
    expect(overdueByTime(B.became_overdue | B.unchanged)).toBe(true)
    expect(overdueByTime(B.became_overdue | B.progress_changed)).toBe(true)
    expect(overdueByTime(B.became_overdue | B.status_changed | B.reopened)).toBe(false)
    expect(overdueByTime(B.became_overdue | B.due_moved)).toBe(false)
    expect(overdueByTime(B.due_moved)).toBe(false)
  })
})

describe('the class sets measured', () => {
  it('lists each set once, those with the most classes first, with the overdue-by-time rows and without the unchanged', () => {
    const current = Uint16Array.from([B.unchanged, B.new, B.became_overdue | B.unchanged, B.new, B.unchanged])
    const base = Uint16Array.from([B.removed, B.status_changed | B.completed | B.due_moved, B.new])
    expect(classSets([current, base])).toEqual([
      B.status_changed | B.completed | B.due_moved,
      B.became_overdue | B.unchanged,
      B.new,
      B.removed,
    ])
  })

  it('past the limit, leaves out the sets with the fewest classes', () => {
    const sets = Uint16Array.from([B.new, B.removed, B.completed | B.status_changed, B.due_moved, B.progress_changed])
    expect(classSets([sets], 2)).toEqual([B.status_changed | B.completed, B.new])
  })

  it('gives an unmeasured set the tallest height measured, never less than the least', () => {
    const table = heightTable(
      new Map([
        [B.new, 60],
        [B.status_changed | B.due_moved, 130],
      ]),
      64,
    )
    expect(table.length).toBe(CLASS_SETS)
    expect(table[B.new]).toBe(60)
    expect(table[B.status_changed | B.due_moved]).toBe(130)
    expect(table[B.removed]).toBe(130)
    expect(heightTable(new Map(), 64)[B.removed]).toBe(64)
  })
})

describe('the rows in view', () => {
  const SETS = [B.new, B.removed, B.status_changed | B.completed, B.became_overdue | B.unchanged]

  it('places each row below the one before it, by its own set’s height, and renders those that meet the view', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...SETS), { maxLength: 60 }),
        fc.array(fc.integer({ min: 20, max: 200 }), { minLength: SETS.length, maxLength: SETS.length }),
        fc.integer({ min: 0, max: 6000 }),
        fc.integer({ min: 0, max: 5 }),
        (classes, heights, top, overscan) => {
          const list = classes.map((c) => ({ classes: c }))
          const table = heightTable(new Map(SETS.map((s, i) => [s, heights[i]])), 64)
          const offsets = rowOffsets(list, table)
          let y = 0
          list.forEach((r, k) => {
            expect(offsets[k]).toBe(y)
            y += heights[SETS.indexOf(r.classes)]
          })
          expect(offsets[list.length]).toBe(y)
          const { first, last } = rowsInView(offsets, top, 448, overscan)
          // A linear walk: the rows that meet [top, top + 448], and `overscan` more each side.
          const meets = list.map((_, k) => offsets[k + 1] > top && offsets[k] <= top + 448)
          const firstMet = meets.indexOf(true)
          if (firstMet < 0) {
            // Scrolled past the end (a list just shortened): the last rows still render.
            if (list.length) expect(last).toBe(list.length)
            return
          }
          const lastMet = meets.lastIndexOf(true)
          expect(first).toBe(Math.max(0, firstMet - overscan))
          expect(last).toBe(Math.min(list.length, lastMet + 1 + overscan))
        },
      ),
    )
  })

  it('renders nothing for an empty list', () => {
    expect(rowsInView(rowOffsets([], heightTable(new Map(), 64)), 0, 448, 6)).toEqual({ first: 0, last: 0 })
  })
})

describe('a sample row’s states', () => {
  it.each([
    ['en', en],
    ['ru', ru],
    ['kk', kk],
    ['mn', mn],
  ] as const)('in %s, are as long as any a row of its classes shows', (lang, messages) => {
    const f = localeFormat(lang)
    const date = (iso: string) => f.dateLong(new Date(`${iso}T00:00:00Z`))
    const m = messages as unknown as { status: Record<string, string>; comparison: Record<string, string> }
    const words = [...STATUSES.map((s) => m.status[s]), m.comparison.new, m.comparison.removed]
    const sample = longestStates(words, date, f.percent)
    for (const w of words) expect(w.length).toBeLessThanOrEqual(sample.status.length)
    for (let day = Date.UTC(2025, 0, 1); day < Date.UTC(2028, 0, 1); day += 86_400_000) {
      const text = f.dateLong(new Date(day))
      if (text.length > sample.date.length) expect.fail(`${text} is longer than the sample's ${sample.date}`)
    }
    for (let k = 0; k <= 1000; k++) {
      const text = f.percent(k / 1000)
      if (text.length > sample.percent.length) expect.fail(`${text} is longer than the sample's ${sample.percent}`)
    }
  })
})

describe('a list scrolled down, its heights changed', () => {
  it('keeps the row at its top, as far into it as it was (at most its new height)', () => {
    const before = Float64Array.from([0, 100, 200, 300, 400])
    const after = Float64Array.from([0, 150, 300, 330, 480])
    expect(anchoredTop(before, after, 150)).toBe(200) // row 1, 50 px into it
    expect(anchoredTop(before, after, 250)).toBe(330) // row 2, 50 px into it: now 30 px tall
    expect(anchoredTop(before, after, 0)).toBe(0)
    // Another list (another length): nothing to keep.
    expect(anchoredTop(before, Float64Array.from([0, 50]), 250)).toBe(250)
  })
})
