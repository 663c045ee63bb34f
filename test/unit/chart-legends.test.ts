import { describe, expect, it } from 'vitest'
import { statusBarOption } from '../../src/charts/statusBars'
import { agreementsByYearOption } from '@/charts/agreementsByYearOption'
import { deadlinesOption } from '@/charts/deadlinesOption'
import { DEADLINE_KINDS } from '@/domain/deadlines'
import { STATUSES } from '../../src/domain/vocab'
import { barOutline, STATUS_COLORS } from '../../src/charts/palette'

const counts = Object.fromEntries(STATUSES.map((s) => [s, 1])) as Record<(typeof STATUSES)[number], number>
const rows = [{ key: 'ecology', label: 'Ecology', counts, overdue: 0, total: 7 }]
const words = { status: (s: string) => s, overdue: (c: string) => c, total: (c: string) => c, number: String }

describe('chart legends and outlines', () => {
  it('every legend stays on one line and pages (a wrapped legend covers the axis on a phone)', () => {
    const options = [
      statusBarOption(rows, { orientation: 'horizontal', words }),
      deadlinesOption(
        { months: ['2026-01'], counts: Object.fromEntries(DEADLINE_KINDS.map((k) => [k, [1]])) as never },
        '2026-01',
        { kind: (k) => k, month: (m) => m, asOf: 'as of' },
      ),
      agreementsByYearOption(
        { years: ['2024'], types: ['memorandum', 'roadmap'], counts: [[1], [2]] },
        { type: (t) => t },
        { types: new Set(), years: new Set() },
      ),
    ]
    for (const option of options) expect((option.legend as { type: string }).type).toBe('scroll')
  })

  it('status bars carry the outline of their colour', () => {
    const option = statusBarOption(rows, { orientation: 'vertical', words })
    for (const series of option.series as { id: keyof typeof STATUS_COLORS; itemStyle: { borderColor: string } }[])
      expect(series.itemStyle.borderColor).toBe(barOutline(STATUS_COLORS[series.id]))
  })
})
