import { describe, expect, it } from 'vitest'
import { fixtureText, parsedSnapshot } from '../support/fixtures'
import { DEADLINE_COLORS, STATUS_COLORS } from '@/charts/palette'
import type { Kpi } from '@/domain/aggregate'
import { STATUSES, type Status } from '@/domain/vocab'
import { buildDeckPlan, MAX_OVERDUE_ROWS, type DeckPlan, type OverdueItem, type SlidePlan } from '@/export/deckPlan'
import { MAX_ROWS_PER_SLIDE } from '@/export/deckTables'
import { BODY } from '@/export/slideGeometry'
import { dashboardDeckInput, WORDS } from '../fixtures/export/deckInput'

interface Row {
  key: string
  counts: Record<Status, number>
  overdue: number
  total: number
}
interface Expected {
  kpi: Kpi
  bySphere: Row[]
  byCountry: Row[]
  bySignedYear: Row[]
}

const small = parsedSnapshot(fixtureText('valid/small.json'))
const expected = JSON.parse(fixtureText('valid/small.expected.json')) as Expected
const charts = (plan: DeckPlan) =>
  plan.slides.filter((s): s is Extract<SlidePlan, { kind: 'chart' }> => s.kind === 'chart')
const tables = (plan: DeckPlan) =>
  plan.slides.filter((s): s is Extract<SlidePlan, { kind: 'table' }> => s.kind === 'table')

const item = (n: number, title = `Commitment ${n}`): OverdueItem => ({
  title,
  agreement: 'Memorandum',
  sphere: 'Ecology',
  partners: 'Mongolia',
  due: '2026-01-01',
  days: 100 + n,
  status: 'In progress',
})

describe('the deck plan of small.json (hand-computed numbers)', () => {
  const plan = buildDeckPlan(dashboardDeckInput(small))

  it('a title slide, one slide per chart, then the overdue table', () => {
    expect(plan.slides.map((s) => s.kind)).toEqual(['title', 'chart', 'chart', 'chart', 'chart', 'chart', 'table'])
    expect(charts(plan).map((s) => s.title)).toEqual([
      'Status by sphere',
      'Status by country',
      'Status by year',
      'Agreements per year',
      'Deadlines',
    ])
  })

  it('the title slide names the snapshot, its date, the filters and the day it was made', () => {
    const [title] = plan.slides
    expect(title.kind).toBe('title')
    expect(title.title).toBe('Small hand-made test snapshot')
    expect(title.kind === 'title' && title.lines).toEqual([
      'as of 2026-06-30',
      'All commitments (no filters)',
      'Commitments: 12',
      'Made on 2026-07-01',
    ])
    expect(plan.footer).toBe('Source: Small hand-made test snapshot — Test fixture · as of 2026-06-30')
  })

  it('status charts: one series per status in status order and colours, values as counted by hand', () => {
    const cases: [number, Row[]][] = [
      [0, expected.bySphere],
      [1, expected.byCountry],
      [2, expected.bySignedYear],
    ]
    for (const [index, rows] of cases) {
      const chart = charts(plan)[index].chart
      expect(chart.keys).toEqual(rows.map((r) => r.key))
      expect(chart.series.map((s) => s.id)).toEqual([...STATUSES])
      expect(chart.series.map((s) => s.color)).toEqual(STATUSES.map((s) => STATUS_COLORS[s]))
      for (const s of chart.series) expect(s.values).toEqual(rows.map((r) => r.counts[s.id as Status]))
      expect(chart.extra?.values).toEqual(rows.map((r) => r.overdue))
    }
    expect(charts(plan)[0].chart.direction).toBe('bar')
    expect(charts(plan)[2].chart.direction).toBe('col')
  })

  it('the sphere chart adds up to every commitment', () => {
    const sum = charts(plan)[0]
      .chart.series.flatMap((s) => s.values)
      .reduce((a, b) => a + b, 0)
    expect(sum).toBe(expected.kpi.commitments)
  })

  it('the deadlines chart uses the deadline colours and counts every commitment due within its 24 months', () => {
    const chart = charts(plan)[4].chart
    expect(chart.series.map((s) => s.color)).toEqual(Object.values(DEADLINE_COLORS))
    expect(chart.keys[0]).toBe('2025-06')
    expect(chart.keys).toHaveLength(24)
    // Eleven commitments have a due date; C12 (2024-11) is before the first month.
    expect(chart.series.flatMap((s) => s.values).reduce((a, b) => a + b, 0)).toBe(10)
  })

  it('speaker notes list every number of a chart', () => {
    const notes = charts(plan)[0].notes.split('\n')
    expect(notes[0]).toBe('Status by sphere')
    expect(notes[1]).toBe(
      'sphere:trade_economic: Total 4 (status:not_started 1, status:completed 1, status:cancelled 1, status:no_information 1, of which overdue 2)',
    )
    expect(notes).toHaveLength(1 + expected.bySphere.length)
  })

  it('the overdue table lists the overdue commitments, longest overdue first', () => {
    const [table] = tables(plan)
    expect(table.title).toBe('Overdue commitments (3)')
    expect(table.header.map((h) => h.replace('\n', ' '))).toEqual([
      'Commitment',
      'Agreement',
      'Sphere',
      'Partners',
      'Due',
      'Status',
      'Days overdue',
    ])
    expect(table.rows.map((r) => r[4])).toEqual(['2026-01-15', '2026-03-01', '2026-06-29'])
    expect(table.rows.map((r) => Number(r[6]))).toEqual([166, 121, 1])
  })
})

describe('the overdue table over several slides', () => {
  const base = dashboardDeckInput(small)

  it(`short rows: ${MAX_ROWS_PER_SLIDE} a slide, the parts numbered, every row once in order`, () => {
    const plan = buildDeckPlan({ ...base, overdue: Array.from({ length: 40 }, (_, n) => item(n)) })
    const t = tables(plan)
    expect(t.map((s) => s.rows.length)).toEqual([18, 18, 4])
    expect(t.map((s) => s.title)).toEqual([
      'Overdue commitments (40) — part 1 of 3',
      'Overdue commitments (40) — part 2 of 3',
      'Overdue commitments (40) — part 3 of 3',
    ])
    expect(t.flatMap((s) => s.rows.map((r) => r[0]))).toEqual(Array.from({ length: 40 }, (_, n) => `Commitment ${n}`))
  })

  it('rows of two lines: fewer a slide, never taller than the body (the footer stays clear)', () => {
    const long = (n: number) => `Joint programme of exchange of experience in the field ${n} of public administration`
    const t = tables(buildDeckPlan({ ...base, overdue: Array.from({ length: 49 }, (_, n) => item(n, long(n))) }))
    for (const s of t) {
      expect(s.heights.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(BODY.h)
      expect(s.rows.every((r) => r[0].split('\n').length === 2)).toBe(true)
    }
    expect(t[0].rows.length).toBeGreaterThanOrEqual(11)
    expect(t.length).toBe(Math.ceil(49 / t[0].rows.length))
  })

  it(`stops at ${MAX_OVERDUE_ROWS} rows and says how many more the workbook holds`, () => {
    const plan = buildDeckPlan({ ...base, overdue: Array.from({ length: MAX_OVERDUE_ROWS + 7 }, (_, n) => item(n)) })
    const t = tables(plan)
    expect(t.reduce((n, s) => n + s.rows.length, 0)).toBe(MAX_OVERDUE_ROWS)
    expect(t.at(-1)!.subtitle).toContain('and 7 more, listed in the workbook export')
    expect(t.at(-1)!.notes.split('\n').at(-1)).toBe('and 7 more, listed in the workbook export')
  })

  it('with nothing overdue, one slide says so', () => {
    const t = tables(buildDeckPlan({ ...base, overdue: [] }))
    expect(t).toHaveLength(1)
    expect(t[0].empty).toBe(WORDS.noneOverdue)
  })

  it('long titles are wrapped within two lines, then cut with "…" at a word; the notes keep them whole', () => {
    const long = 'Exchange of experience '.repeat(20).trim()
    const [t] = tables(buildDeckPlan({ ...base, overdue: [item(1, long)] }))
    const lines = t.rows[0][0].split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[1].endsWith('…')).toBe(true)
    // Every word kept is whole: the cut is at a word.
    for (const word of lines.join(' ').replace('…', '').split(' '))
      expect(['Exchange', 'of', 'experience']).toContain(word)
    expect(t.notes).toContain(long)
  })
})

describe('every string of the plan is XML-safe', () => {
  const ILLEGAL =
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

  it('control characters, lone surrogates and line breaks from imported text never reach a slide', () => {
    const base = dashboardDeckInput(small)
    const hostile = 'Bad\u0001 text\u000b with\u001f controls\uD800 and\r\nbreaks'
    const plan = buildDeckPlan({
      ...base,
      snapshot: { ...base.snapshot, title: hostile, publisher: `Pub\u0002${hostile}` },
      filters: [`Sphere: ${hostile}`],
      kpis: [hostile],
      charts: base.charts.map((c) => ({
        ...c,
        title: hostile + c.title,
        categories: c.categories.map((l) => l + hostile),
        series: c.series.map((s) => ({ ...s, name: s.name + hostile })),
      })),
      overdue: [item(1, hostile), { ...item(2), agreement: hostile, partners: hostile, sphere: hostile }],
    })
    const strings: string[] = []
    JSON.stringify(plan, (_k, v: unknown) => (typeof v === 'string' && strings.push(v), v))
    expect(strings.filter((s) => ILLEGAL.test(s))).toEqual([])
    expect(plan.slides[0].title).toBe('Bad text with controls and breaks')
    expect(charts(plan)[0].chart.categories[0]).toBe('sphere:trade_economicBad text with controls and breaks')
  })
})
