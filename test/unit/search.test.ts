/**
 * String columns and the free-text search (src/domain/search.ts, src/domain/textColumns.ts).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Snapshot } from '@/domain/schema'
import {
  indexOfId,
  indexPart,
  itemAt,
  partBounds,
  searchParts,
  searchRows,
  SEARCH_SEPARATOR,
  stringColumn,
} from '@/domain/search'
import { buildSearchIndex, buildSearchIndexInTurns, buildTextColumns, createTextCache } from '@/domain/textColumns'
import { parseSnapshotText } from '@/import/parse'

const SEP = SEARCH_SEPARATOR
/** An index as buildTextColumns makes it: lower-case items, each followed by the separator. */
const index = (rows: string[]) =>
  stringColumn(
    rows.map((r) => r.toLowerCase()),
    SEP,
  )
const hits = (rows: string[], q: string) => Array.from(searchRows(index(rows), q))

describe('stringColumn / itemAt', () => {
  it('hand example without a separator, with empty strings', () => {
    const col = stringColumn(['abc', '', 'де', ''])
    expect(col.text).toBe('abcде')
    expect(Array.from(col.starts)).toEqual([0, 3, 3, 5, 5])
    expect([0, 1, 2, 3].map((i) => itemAt(col, i))).toEqual(['abc', '', 'де', ''])
  })

  it('indexOfId finds a whole item, not a part or a run of two', () => {
    const col = stringColumn(['C1', 'C12', '', 'C2'])
    expect(indexOfId(col, 'C12')).toBe(1)
    expect(indexOfId(col, 'C2')).toBe(3)
    expect(indexOfId(col, '')).toBe(2)
    expect(indexOfId(col, 'C')).toBe(-1)
    expect(indexOfId(col, 'C1C12')).toBe(-1)
    expect(indexOfId(col, '12')).toBe(-1)
  })

  it('hand example with a separator after each item', () => {
    const col = stringColumn(['abc', '', 'де'], SEP)
    expect(col.text).toBe(`abc${SEP}${SEP}де${SEP}`)
    expect(Array.from(col.starts)).toEqual([0, 4, 5, 8])
    expect([0, 1, 2].map((i) => itemAt(col, i, SEP))).toEqual(['abc', '', 'де'])
    const one = stringColumn([''], SEP)
    expect(one.text).toBe(SEP)
    expect(itemAt(one, 0, SEP)).toBe('')
  })

  it('no items: empty text, one offset', () => {
    expect(stringColumn([])).toEqual({ text: '', starts: Uint32Array.from([0]) })
  })

  it('no items with a separator: the text is empty too (a separator goes after each item, and there is none)', () => {
    const col = stringColumn([], SEP)
    expect(Array.from(col.starts)).toEqual([0])
    expect(col.text).toBe('')
  })

  it('round trip for any items, with or without a multi-character separator (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 8 }), { minLength: 1, maxLength: 30 }),
        fc.constantFrom('', SEP, ' | '),
        (items, sep) => {
          const col = stringColumn(items, sep)
          expect(items.map((_, i) => itemAt(col, i, sep))).toEqual(items)
          expect(col.starts.length).toBe(items.length + 1)
          expect(col.starts[items.length]).toBe(col.text.length)
          expect(col.text).toBe(items.map((x) => x + sep).join(''))
        },
      ),
      { numRuns: 500 },
    )
  })
})

describe('searchRows', () => {
  it('one word: every row holding it, as a substring, any case', () => {
    expect(hits(['Trade house', 'energy dialogue', 'TRADE fair', 'retrade'], 'trade')).toEqual([1, 0, 1, 1])
    expect(hits(['Trade house', 'energy dialogue'], 'TrAdE')).toEqual([1, 0])
  })

  it('several words: all of them, in any order, anywhere in the row', () => {
    const rows = ['student exchange programme', 'exchange of customs data', 'programme of student visits', 'student']
    expect(hits(rows, 'student programme')).toEqual([1, 0, 1, 0])
    expect(hits(rows, 'programme   STUDENT')).toEqual([1, 0, 1, 0])
    expect(hits(rows, 'student zebra')).toEqual([0, 0, 0, 0])
  })

  it('case-insensitive in Cyrillic', () => {
    expect(hits(['Меморандум о сотрудничестве', 'протокол', 'МЕМОРАНДУМ'], 'МЕМОРАНДУМ')).toEqual([1, 0, 1])
    expect(hits(['Меморандум о сотрудничестве', 'протокол'], 'меморандум СОТРУДНИЧЕСТВЕ')).toEqual([1, 0])
    expect(hits(['Ховд аймаг'], 'ховд')).toEqual([1])
  })

  it('a word never spans two rows', () => {
    expect(hits(['ab', 'cd'], 'bc')).toEqual([0, 0])
    expect(hits(['trade', 'house'], 'tradehouse')).toEqual([0, 0])
    expect(hits(['x', 'ab', 'cd', 'abcd'], 'bc')).toEqual([0, 0, 0, 1])
  })

  it('a word never spans two rows, even when the query holds the separator character', () => {
    expect(hits(['ab', 'cd'], `b${SEP}c`)).toEqual([0, 0])
  })

  it('an empty or blank query matches every row', () => {
    expect(hits(['a', 'b', ''], '')).toEqual([1, 1, 1])
    expect(hits(['a', 'b', ''], '   \t ')).toEqual([1, 1, 1])
    expect(Array.from(searchRows(index([]), 'x'))).toEqual([])
  })

  it('matches at the very start, the very end and in empty neighbours', () => {
    expect(hits(['', 'x', 'hello'], 'llo')).toEqual([0, 0, 1])
    expect(hits(['hello', '', 'x'], 'he')).toEqual([1, 0, 0])
    expect(hits(['aa', 'b', 'aa'], 'a')).toEqual([1, 0, 1])
    expect(hits(['abc', 'abc', 'abc'], 'c')).toEqual([1, 1, 1])
    expect(hits(['abc', 'xyz', 'abc'], 'abc')).toEqual([1, 0, 1])
  })

  it('several hits in one row, then hits in later rows', () => {
    expect(hits(['a a a a', 'b', 'a', 'b a'], 'a')).toEqual([1, 0, 1, 1])
  })

  it('equals a naive "every word is in the row" (property)', () => {
    const unit = fc.constantFrom('a', 'b', 'A', 'я', 'Я', 'ж', ' ', ' ')
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit, maxLength: 12 }), { maxLength: 25 }),
        fc.string({ unit, maxLength: 6 }),
        (rows, q) => {
          const words = q.toLowerCase().split(/\s+/).filter(Boolean)
          const expected = rows.map((r) => (words.every((w) => r.toLowerCase().includes(w)) ? 1 : 0))
          expect(hits(rows, q)).toEqual(expected)
        },
      ),
      { numRuns: 1000 },
    )
  })
})

describe('an index in parts (partBounds, indexPart, searchParts)', () => {
  const parts = (rows: string[], partChars: number) => {
    const whole = index(rows)
    const bounds = partBounds(whole, partChars)
    return {
      whole,
      bounds,
      cut: {
        rows: rows.length,
        parts: bounds.slice(0, -1).map((from, i) => ({ firstRow: from, col: indexPart(whole, from, bounds[i + 1]) })),
      },
    }
  }

  it('cuts at row boundaries into parts of at most partChars, a longer row alone', () => {
    // Each row with its separator: 3, 3, 9, 2 characters.
    const { bounds, cut } = parts(
      ['ab', 'cd', 'longgrass', 'e'].map((r) => r.slice(0, r.length)),
      6,
    )
    expect(bounds).toEqual([0, 2, 3, 4])
    expect(cut.parts.map((p) => Array.from(p.col.starts))).toEqual([
      [0, 3, 6],
      [0, 10],
      [0, 2],
    ])
    expect(itemAt(cut.parts[1].col, 0, SEP)).toBe('longgrass')
    expect(partBounds(index([]), 6)).toEqual([0, 0])
  })

  it('finds the same rows as the whole index, for any cut (property)', () => {
    const unit = fc.constantFrom('a', 'b', 'Я', 'ж', ' ')
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit, maxLength: 10 }), { maxLength: 30 }),
        fc.string({ unit, maxLength: 5 }),
        fc.integer({ min: 1, max: 40 }),
        (rows, q, partChars) => {
          const { whole, bounds, cut } = parts(rows, partChars)
          // Every row in exactly one part, in order; a part over the size holds one row.
          expect(bounds[0]).toBe(0)
          expect(bounds.at(-1)).toBe(rows.length)
          for (const p of cut.parts) {
            const chars = p.col.text.length
            expect(chars <= partChars || p.col.starts.length === 2).toBe(true)
          }
          expect(Array.from(searchParts(cut, q))).toEqual(Array.from(searchRows(whole, q)))
        },
      ),
      { numRuns: 500 },
    )
  })
})

describe('buildTextColumns(…).search', () => {
  const raw = {
    format: 'cooperation-snapshot',
    version: 1,
    snapshot: { id: 's', asOf: '2025-06-30', language: 'ru' },
    agreements: [
      {
        id: 'A1',
        title: { en: 'Memorandum of cooperation', ru: 'Меморандум о сотрудничестве' },
        type: 'memorandum',
        signedOn: '2024-01-01',
        parties: [{ name: 'KZ', country: 'KZ', kind: 'state' }],
      },
      {
        id: 'A2',
        title: 'Протокол',
        type: 'protocol',
        signedOn: '2024-01-01',
        parties: [{ name: 'MN', country: 'MN', kind: 'state' }],
      },
    ],
    commitments: [
      {
        id: 'X-1',
        agreementId: 'A1',
        title: { en: 'Trade house', kk: 'Сауда үйі' },
        text: 'Open a house in Khovd',
        clause: '3.2',
        responsible: ['Ministry of Trade'],
        sphere: 'trade_economic',
        status: 'not_started',
      },
      { id: 'X-2', agreementId: 'A2', title: 'Обмен студентами', sphere: 'education', status: 'completed' },
      {
        id: 'X-3',
        agreementId: 'A2',
        title: 'Рабочая группа',
        text: { ru: 'Ежегодная встреча', en: 'Annual meeting' },
        sphere: 'education',
        status: 'ongoing',
      },
    ],
  }
  const out = parseSnapshotText(JSON.stringify(raw))
  if (!out.ok) throw new Error(JSON.stringify(out.errors))
  const snapshot: Snapshot = out.snapshot
  const search = (q: string) => Array.from(searchRows(buildSearchIndex(snapshot), q))

  it('titles, texts, clauses, responsible bodies, ids and agreement titles, in every language (the index has no UI language)', () => {
    expect(search('МЕМОРАНДУМ')).toEqual([1, 0, 0])
    expect(search('memorandum')).toEqual([1, 0, 0])
    expect(search('сауда')).toEqual([1, 0, 0])
    expect(search('khovd')).toEqual([1, 0, 0])
    expect(search('3.2')).toEqual([1, 0, 0])
    expect(search('ministry')).toEqual([1, 0, 0])
    expect(search('x-2')).toEqual([0, 1, 0])
    expect(search('x-')).toEqual([1, 1, 1])
    expect(search('протокол')).toEqual([0, 1, 1])
    expect(search('ANNUAL ежегодная')).toEqual([0, 0, 1])
    expect(search('протокол встреча')).toEqual([0, 0, 1])
    expect(search('trade студентами')).toEqual([0, 0, 0])
  })

  it('built in turns (the worker, ahead of the first search), the same index, with a turn after each chunk', async () => {
    let turns = 0
    const built = await buildSearchIndexInTurns(snapshot, async () => void turns++, 2)
    expect(built).toEqual(buildSearchIndex(snapshot))
    expect(turns).toBe(1)
  })

  it('one row per commitment, the separator after each', () => {
    const col = buildSearchIndex(snapshot)
    expect(col.starts.length).toBe(4)
    for (let i = 0; i < 3; i++) expect(col.text[col.starts[i + 1] - 1]).toBe(SEP)
  })

  it('the text cache: a language built once comes back at once, its language-free columns held once; another version starts again', () => {
    const cache = createTextCache()
    expect(cache.get('s@1', 'en')).toBeUndefined()
    const en = cache.put('s@1', buildTextColumns(snapshot, 'en'))
    const kk = cache.put('s@1', buildTextColumns(snapshot, 'kk'))
    expect(cache.get('s@1', 'en')).toBe(en)
    expect(cache.get('s@1', 'kk')).toBe(kk)
    expect(itemAt(en.titles, 0)).toBe('Trade house')
    expect(itemAt(kk.titles, 0)).toBe('Сауда үйі')
    expect(kk.ids).toBe(en.ids)
    expect(kk.clauses).toBe(en.clauses)
    expect(kk.responsible).toBe(en.responsible)
    expect(kk.titles).not.toBe(en.titles)
    expect(cache.get('s@1', 'ru')).toBeUndefined()
    // Another import of the same snapshot id: the texts of the old version are not shown for it.
    expect(cache.get('s@2', 'en')).toBeUndefined()
    const en2 = cache.put('s@2', buildTextColumns(snapshot, 'en'))
    expect(en2.ids).not.toBe(en.ids)
    expect(cache.get('s@1', 'kk')).toBeUndefined()
    expect(cache.get('s@2', 'kk')).toBeUndefined()
    // The same version shown again keeps its texts; none shown (everything cleared) lets them go.
    cache.showing('s@2')
    expect(cache.get('s@2', 'en')).toBe(en2)
    cache.showing(null)
    expect(cache.get('s@2', 'en')).toBeUndefined()
    cache.showing('s@1')
    expect(cache.get('s@1', 'en')).toBeUndefined()
  })
})
