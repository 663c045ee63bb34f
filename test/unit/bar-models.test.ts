/**
 * The agreements and deadlines charts as our own renderer draws them (issue 16): the same counts
 * as their ECharts pictures, stacked in the same order, the same selection dimmed, the as-of month
 * marked.
 */
import { describe, expect, it } from 'vitest'
import { agreementsBarModel, agreementsByYearOption, typeFills } from '@/charts/agreementsByYearOption'
import { layoutBars } from '@/charts/barLayout'
import { DEADLINE_FILLS, deadlinesBarModel, deadlinesOption } from '@/charts/deadlinesOption'
import { DEADLINE_COLORS, TYPE_COLORS } from '@/charts/palette'
import { DEADLINE_KINDS, type Deadlines } from '@/domain/deadlines'
import type { AgreementsByYear } from '@/domain/agreementsByYear'

const tools = { measure: (t: string) => t.length * 7, number: String }
type Series = { id: string; data: ({ value: number } | number)[] }
const valuesOf = (option: unknown) =>
  Object.fromEntries(
    ((option as { series: Series[] }).series ?? []).map((s) => [
      s.id,
      s.data.map((d) => (typeof d === 'number' ? d : d.value)),
    ]),
  )

describe('agreementsBarModel', () => {
  const a: AgreementsByYear = {
    years: ['2023', '2024', '2025'],
    types: ['memorandum', 'roadmap', 'twinning'],
    counts: [
      [1, 0, 4],
      [2, 3, 0],
      [0, 1, 1],
    ],
  }

  it('has one bar a year with the counts of each type, as the picture has', () => {
    const m = agreementsBarModel(a, { types: new Set(), years: new Set() })
    expect(m.series).toEqual(a.types)
    expect(m.rows.map((r) => [r.key, r.label, r.total])).toEqual([
      ['2023', '2023', 3],
      ['2024', '2024', 4],
      ['2025', '2025', 5],
    ])
    const picture = valuesOf(agreementsByYearOption(a, { type: (t) => t }, { types: new Set(), years: new Set() }))
    for (const t of a.types) expect(m.rows.map((r) => r.counts[t])).toEqual(picture[t])
    expect(typeFills(a.types)).toEqual([TYPE_COLORS[0], TYPE_COLORS[4], TYPE_COLORS[7]])
  })

  it('dims the years and types outside the filters', () => {
    const m = agreementsBarModel(a, { types: new Set(['roadmap']), years: new Set(['2024']) })
    const l = layoutBars(m, 600, 300, tools)
    const lit = l.bars.flatMap((b) =>
      b.segments.filter((s) => !s.dimmed).map((s) => `${m.rows[b.index].key}:${s.series}`),
    )
    expect(lit).toEqual(['2024:roadmap'])
    expect(l.bars.map((b) => b.muted)).toEqual([true, false, true])
  })
})

describe('deadlinesBarModel', () => {
  const months = ['2026-05', '2026-06', '2026-07']
  const d: Deadlines = {
    months,
    counts: Object.fromEntries(
      DEADLINE_KINDS.map((k, i) => [k, months.map((_, m) => (i + m) % 3)]),
    ) as Deadlines['counts'],
  }
  const words = { kind: (k: string) => k, month: (m: string) => `month ${m}`, asOf: 'as of' }

  it('has a bar a month, stacked by kind in their order, as the picture has, the as-of month marked', () => {
    const m = deadlinesBarModel(d, '2026-06', words)
    expect(m.series).toEqual(DEADLINE_KINDS)
    expect(m.rows.map((r) => r.label)).toEqual(['month 2026-05', 'month 2026-06', 'month 2026-07'])
    const picture = valuesOf(deadlinesOption(d, '2026-06', words))
    for (const k of DEADLINE_KINDS) expect(m.rows.map((r) => r.counts[k])).toEqual(picture[k])
    expect(m.rows.map((r) => r.total)).toEqual(
      months.map((_, i) => DEADLINE_KINDS.reduce((s, k) => s + d.counts[k][i], 0)),
    )
    expect(m.marker).toEqual({ index: 1, text: 'as of' })
    expect(DEADLINE_FILLS).toEqual(DEADLINE_KINDS.map((k) => DEADLINE_COLORS[k]))
    expect(deadlinesBarModel(d, '2030-01', words).marker).toBeUndefined()
  })
})
