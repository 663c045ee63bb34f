/** The words of the summary slide, its key messages and the heatmap slide, from vue-i18n (see ./useExportWords). */
import type { useFormat } from '@/composables/useFormat'
import type { Heatmap } from '@/domain/heatmap'
import type { DeckHeatmap } from '@/export/deckPlan'
import type { SummaryWords } from '@/export/deckSummary'
import type { MessageWords } from '@/export/keyMessages'

type T = (key: string, values?: Record<string, unknown>, plural?: number) => string
type Format = ReturnType<typeof useFormat>
type Labels = { sphere(id: string): string; country(code: string): string }

export function summaryWords(t: T, fmt: Format): SummaryWords {
  return {
    title: t('slides.summary'),
    messages: t('slides.keyMessages'),
    labels: {
      agreements: t('kpi.agreements'),
      commitments: t('kpi.commitments'),
      completed: t('kpi.completed'),
      completionRate: t('kpi.completionRate'),
      overdue: t('kpi.overdue'),
    },
    number: fmt.number,
    percent: fmt.percent,
    none: t('kpi.none'),
    date: fmt.date,
    change: (delta, date) => t('slides.change', { delta, date }),
    noChange: (date) => t('slides.noChange', { date }),
    points: (delta) => t('slides.points', { delta }),
  }
}

/** The key messages' sentences, with the plural form of their count. */
export function messageWords(t: T, fmt: Format): MessageWords {
  return {
    number: fmt.number,
    percent: fmt.percent,
    completion: (rate, completed, count) => t('slides.completion', { rate, completed, count }),
    noneOverdue: t('slides.noneOverdue'),
    overdueIn: (count, n, top, sphere) => t('slides.overdueIn', { count, top, sphere }, n),
    dueSoon: (count, n) => t('slides.dueSoon', { count }, n),
    noneDueSoon: t('slides.noneDueSoon'),
    biggest: (sphere, count, n, share) => t('slides.biggest', { sphere, count, share }, n),
  }
}

/** The heatmap as a deck's table: spheres down, partner countries across, in the chart's order. */
export function deckHeatmap(h: Heatmap, t: T, fmt: Format, labels: Labels): DeckHeatmap {
  const at = new Map(h.cells.map((c) => [`${c.sphere}|${c.country}`, c]))
  return {
    title: t('heatmap.title'),
    note: t('slides.heatmapNote'),
    corner: t('table.sphere'),
    rows: h.spheres.map(labels.sphere),
    columns: h.countries.map(labels.country),
    cells: h.spheres.map((s) => h.countries.map((c) => at.get(`${s}|${c}`) ?? null)),
    percent: fmt.percent,
    number: fmt.number,
    noRate: t('kpi.none'),
    empty: t('chart.noData'),
  }
}
