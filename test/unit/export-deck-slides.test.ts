/**
 * The planned slides beyond the charts: tables fitted to the body (src/export/tableFit.ts,
 * deckTables.ts) with long Russian titles, the summary slide and its change since a baseline
 * (deckSummary.ts), the key messages (keyMessages.ts) and the heatmap's coloured cells.
 */
import { describe, expect, it } from 'vitest'
import type { Kpi } from '@/domain/aggregate'
import type { ChartRow } from '@/domain/chartRows'
import { STATUSES, type Status } from '@/domain/vocab'
import { buildDeckPlan, type DeckHeatmap, type SlidePlan } from '@/export/deckPlan'
import { summarySlide, type SummaryWords } from '@/export/deckSummary'
import { contrast, heatmapSlides, listSlides, MAX_ROWS_PER_SLIDE, type DeckList } from '@/export/deckTables'
import { keyMessages, type MessageWords } from '@/export/keyMessages'
import { BODY } from '@/export/slideGeometry'
import { fitText, paginateRows, textWidth, wrapText } from '@/export/tableFit'
import { fixtureText, parsedSnapshot } from '../support/fixtures'
import { dashboardDeckInput, WORDS } from '../fixtures/export/deckInput'

const RU_TITLE =
  'Разработка и согласование совместной программы обмена опытом в области цифровой трансформации государственного управления, подготовки и переподготовки кадров, а также создания совместных центров компетенций'
const words = { part: (p: number, n: number) => `часть ${p} из ${n}`, more: (n: number) => `и ещё ${n}` }

describe('text fitted to a column', () => {
  it('wraps at words, every line within the width', () => {
    const lines = wrapText(RU_TITLE, 3.2, 10)
    expect(lines.length).toBeGreaterThan(2)
    for (const l of lines) expect(textWidth(l, 10)).toBeLessThanOrEqual(3.2)
    expect(lines.join(' ')).toBe(RU_TITLE)
  })

  it('a long Russian title: two lines, the second cut at a word and ended with "…"', () => {
    const lines = fitText(RU_TITLE, 3.2, 10, 2)
    expect(lines).toHaveLength(2)
    expect(lines[1].endsWith('…')).toBe(true)
    const kept = lines.join(' ').slice(0, -1).split(' ')
    const all = RU_TITLE.split(' ')
    // Whole words, in order, from the start (a trailing comma may go).
    kept.forEach((word, k) => expect(all[k].replace(/,$/, '')).toBe(word.replace(/,$/, '')))
    for (const l of lines) expect(textWidth(l, 10)).toBeLessThanOrEqual(3.2)
  })

  it('a short title stays whole; a no-break space never breaks ("25 ноября 2019 г.")', () => {
    expect(fitText('Соглашение №7', 3, 10, 2)).toEqual(['Соглашение №7'])
    expect(wrapText('25 ноября 2019\u00a0г.', 1.0, 10).at(-1)).toContain('2019\u00a0г.')
  })

  it('paginates by height: as many rows as fit, at most the cap, never an empty part', () => {
    expect(paginateRows([1, 1, 1, 1, 1], 0.5, 3.6)).toEqual([
      [0, 1, 2],
      [3, 4],
    ])
    expect(paginateRows(Array(40).fill(0.1), 0.2, 5, 18).map((p) => p.length)).toEqual([18, 18, 4])
    expect(paginateRows([9], 0.5, 3)).toEqual([[0]])
  })
})

describe('a list over slides', () => {
  const list = (rows: string[][]): DeckList => ({
    id: 't',
    title: 'Просроченные обязательства (60)',
    header: ['Обязательство', 'Соглашение', 'Срок'],
    columns: [{ weight: 5 }, { weight: 4 }, { weight: 1.5, maxLines: 1 }],
    rows,
    empty: 'Нет.',
  })

  it('long Russian titles: every row within two lines, every part within the body, "часть n из m"', () => {
    const rows = Array.from({ length: 60 }, (_, n) => [
      `${RU_TITLE} ${n}`,
      `Межправительственное соглашение № ${n}`,
      '25.11.2019',
    ])
    const slides = listSlides(list(rows), 'Фильтры', words)
    expect(slides.length).toBeGreaterThan(1)
    slides.forEach((s, p) => {
      expect(s.heights.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(BODY.h)
      expect(s.rows.length).toBeLessThanOrEqual(MAX_ROWS_PER_SLIDE)
      expect(s.rows.every((r) => r[0].split('\n').length === 2 && r[0].endsWith('…'))).toBe(true)
      expect(s.title).toBe(`Просроченные обязательства (60) — часть ${p + 1} из ${slides.length}`)
    })
    expect(slides.flatMap((s) => s.rows).length).toBe(60)
    // The last part is not a lone row when the parts could be fuller: the body holds ≥ 11 two-line rows.
    expect(slides[0].rows.length).toBeGreaterThanOrEqual(11)
  })

  it('one-line rows fill up to the cap (≈14–18 a slide)', () => {
    const rows = Array.from({ length: 30 }, (_, n) => [`Форум ${n}`, `Соглашение №${n}`, '2019'])
    expect(listSlides(list(rows), '', words).map((s) => s.rows.length)).toEqual([18, 12])
  })
})

const kpi: Kpi = { agreements: 21, commitments: 38, completed: 6, cancelled: 7, overdue: 9, completionRate: 6 / 31 }
const summaryWords: SummaryWords = {
  title: 'Summary',
  messages: 'Key messages',
  labels: {
    agreements: 'Agreements',
    commitments: 'Commitments',
    completed: 'Completed',
    completionRate: 'Completion rate',
    overdue: 'Overdue',
  },
  number: (n) => String(n),
  percent: (r) => `${(r * 100).toFixed(1)}%`,
  none: '—',
  date: (iso) => iso,
  change: (d, date) => `${d} since ${date}`,
  noChange: (date) => `unchanged since ${date}`,
  points: (d) => `${d} pts`,
}

describe('the summary slide', () => {
  it('without a baseline: the five KPIs, no change line', () => {
    const s = summarySlide({ kpi, messages: ['A.', 'B.', 'C.'] }, 'sub', summaryWords)
    expect(s.tiles.map((t) => [t.label, t.value])).toEqual([
      ['Agreements', '21'],
      ['Commitments', '38'],
      ['Completed', '6'],
      ['Completion rate', '19.4%'],
      ['Overdue', '9'],
    ])
    expect(s.tiles.every((t) => t.change === undefined)).toBe(true)
    expect(s.messages).toEqual(['A.', 'B.', 'C.'])
  })

  it('with a (made-up) baseline: each KPI’s change, its sign, and whether it is better or worse', () => {
    const change = { since: '2025-12-31', commitments: 12, completed: 0, overdue: 4, completionRate: -0.0412 }
    const s = summarySlide({ kpi, change, messages: [] }, 'sub', summaryWords)
    const by = Object.fromEntries(s.tiles.map((t) => [t.key, t]))
    expect(by.agreements.change).toBeUndefined()
    expect(by.commitments).toMatchObject({ change: '+12 since 2025-12-31', trend: 'better' })
    expect(by.completed).toMatchObject({ change: 'unchanged since 2025-12-31', trend: 'same' })
    expect(by.overdue).toMatchObject({ change: '+4 since 2025-12-31', trend: 'worse' })
    expect(by.completionRate).toMatchObject({ change: '−4.1 pts since 2025-12-31', trend: 'worse' })
    expect(s.notes).toContain('Overdue: 9 (+4 since 2025-12-31)')
  })

  it('comes right after the title slide when the input has one', () => {
    const base = dashboardDeckInput(parsedSnapshot(fixtureText('valid/small.json')))
    const plan = buildDeckPlan({
      ...base,
      summary: { kpi, messages: ['One.'] },
      words: { ...WORDS, summary: summaryWords },
    })
    expect(plan.slides.slice(0, 2).map((s: SlidePlan) => s.kind)).toEqual(['title', 'summary'])
  })
})

const row = (key: string, total: number, overdue: number): ChartRow => ({
  key,
  label: key,
  counts: Object.fromEntries(STATUSES.map((s) => [s, s === 'in_progress' ? total : 0])) as Record<Status, number>,
  overdue,
  total,
})
const messageWords: MessageWords = {
  number: (n) => String(n),
  percent: (r) => `${Math.round(r * 100)}%`,
  completion: (rate, completed, count) => `${rate} done: ${completed} of ${count}.`,
  noneOverdue: 'Nothing overdue.',
  overdueIn: (count, _n, top, sphere) => `${count} overdue, ${top} of them in ${sphere}.`,
  dueSoon: (count) => `${count} due soon.`,
  noneDueSoon: 'Nothing due soon.',
  biggest: (sphere, count, _n, share) => `${sphere} is largest: ${count} (${share}).`,
}

describe('key messages', () => {
  it('from the numbers: overdue and where most are, completion, due soon, the largest sphere', () => {
    const m = keyMessages(
      { kpi, bySphere: [row('Ecology', 20, 4), row('Transport', 12, 5), row('Digital', 6, 0)], dueSoon: 3 },
      messageWords,
    )
    expect(m).toEqual([
      '9 overdue, 5 of them in Transport.',
      '19% done: 6 of 31.',
      '3 due soon.',
      'Ecology is largest: 20 (53%).',
    ])
  })

  it('nothing overdue, nothing due, one sphere: still three messages, none about a largest of one', () => {
    const m = keyMessages({ kpi: { ...kpi, overdue: 0 }, bySphere: [row('Ecology', 38, 0)], dueSoon: 0 }, messageWords)
    expect(m).toEqual(['Nothing overdue.', '19% done: 6 of 31.', 'Nothing due soon.'])
  })
})

describe('the heatmap slide', () => {
  const heat = (countries: number): DeckHeatmap => ({
    title: 'Completion',
    note: 'Each cell: rate (count).',
    corner: 'Sphere',
    rows: ['Ecology', 'Transport'],
    columns: Array.from({ length: countries }, (_, c) => `Country ${c}`),
    cells: [
      Array.from({ length: countries }, (_, c) => (c % 3 === 2 ? null : { rate: c % 3 === 0 ? 1 : 0, total: c + 1 })),
      Array.from({ length: countries }, () => ({ rate: null, total: 2 })),
    ],
    percent: (r) => `${Math.round(r * 100)}%`,
    number: String,
    noRate: '—',
    empty: 'None.',
  })

  it('a native table: a cell’s rate and count, its fill from the ramp, its text readable on it (≥ 4.5:1)', () => {
    const [s] = heatmapSlides(heat(3), 'sub', { part: () => '', more: () => '' })
    expect(s.header).toEqual(['Sphere', 'Country 0', 'Country 1', 'Country 2'])
    expect(s.rows[0]).toEqual(['Ecology', '100% (1)', '0% (2)', ''])
    expect(s.rows[1]).toEqual(['Transport', '— (2)', '— (2)', '— (2)'])
    expect(s.fills![0][0]).toBeNull()
    expect(s.fills![0][3]).toBeNull()
    expect(s.fills![0][1]).toBe('08306B')
    for (const [r, fills] of s.fills!.entries())
      fills.forEach((f, c) => f && expect(contrast(f, s.colors![r][c]!)).toBeGreaterThanOrEqual(4.5))
    expect(s.colors![0][1]).toBe('FFFFFF')
  })

  it('many countries: split into balanced parts, every country once', () => {
    const slides = heatmapSlides(heat(15), 'sub', { part: (p, n) => `part ${p} of ${n}`, more: () => '' })
    expect(slides.map((s) => s.header.length - 1)).toEqual([8, 7])
    expect(slides.map((s) => s.title)).toEqual(['Completion — part 1 of 2', 'Completion — part 2 of 2'])
    expect(slides.flatMap((s) => s.header.slice(1))).toEqual(heat(15).columns)
  })
})
