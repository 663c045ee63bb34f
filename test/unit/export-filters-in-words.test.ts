import { describe, expect, it } from 'vitest'
import { NO_FILTERS, type Filters } from '@/domain/filters'
import { filterChips, filtersInWords, type FilterWords } from '@/export/filtersInWords'

const MESSAGES: Record<string, string> = {
  'filters.sphere': 'Sphere',
  'filters.country': 'Partner country',
  'filters.status': 'Status',
  'filters.type': 'Agreement type',
  'filters.signedYear': 'Signing year',
  'filters.dueYear': 'Due year',
  'filters.show': 'Show',
  'filters.overdueOnly': 'Overdue only',
  'filters.search': 'Search',
  'filters.agreement': 'Agreement',
  'chart.noDate': 'No date',
  'status.completed': 'Completed',
  'status.in_progress': 'In progress',
}
const words: FilterWords = {
  t: (key) => MESSAGES[key] ?? key,
  sphere: (id) => ({ digitalization: 'Digitalization', ecology: 'Ecology' })[id] ?? id,
  country: (code) => ({ MN: 'Mongolia' })[code] ?? code,
  agreement: (id) => `Agreement ${id}`,
}
const f = (change: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...change })

describe('filters in words', () => {
  it('nothing filtered: no words (the exports then say "all commitments")', () => {
    expect(filtersInWords(NO_FILTERS, words)).toEqual([])
  })

  it('one phrase per filter, its values joined, in the chips’ order', () => {
    expect(
      filtersInWords(
        f({
          statuses: ['completed', 'in_progress'],
          spheres: ['digitalization', 'ecology'],
          countries: ['MN'],
          year: { from: 2021, to: 2024 },
          overdue: true,
          q: '  aral ',
        }),
        words,
      ),
    ).toEqual([
      'Sphere: Digitalization, Ecology',
      'Partner country: Mongolia',
      'Status: Completed, In progress',
      'Signing year: 2021–2024',
      'Show: Overdue only',
      'Search: “aral”',
    ])
    expect(filtersInWords(f({ axis: 'due', year: 'none', agreements: ['A1'] }), words)).toEqual([
      'Agreement: Agreement A1',
      'Due year: No date',
    ])
  })

  it('each chip removes its own value and keeps the others', () => {
    const chips = filterChips(f({ spheres: ['digitalization', 'ecology'], year: { from: 2024, to: 2024 } }), words)
    expect(chips.map((c) => [c.kind, c.label])).toEqual([
      ['Sphere', 'Digitalization'],
      ['Sphere', 'Ecology'],
      ['Signing year', '2024'],
    ])
    expect(chips[0].remove).toEqual({ spheres: ['ecology'] })
    expect(chips[2].remove).toEqual({ year: null })
  })
})
