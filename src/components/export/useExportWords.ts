/** The words of every export, in the UI language: one place that turns vue-i18n into the plain functions the pure builders take. */
import { useI18n } from 'vue-i18n'
import { useFormat } from '@/composables/useFormat'
import { useLabels } from '@/composables/useLabels'
import type { Kpi } from '@/domain/aggregate'
import type { Heatmap } from '@/domain/heatmap'
import type { DeckWords } from '@/export/deckPlan'
import type { SheetWords } from '@/export/sheetExport'
import { deckHeatmap, messageWords, summaryWords } from './deckWords'
import type { TableLabels } from '@/export/tables'
import { useDataStore } from '@/stores/data'

export function useExportWords() {
  const { t, locale } = useI18n()
  const fmt = useFormat()
  const data = useDataStore()
  const labels = useLabels(() => data.active?.record)

  const table: TableLabels = {
    sphere: labels.sphere,
    country: labels.country,
    status: (s) => t(`status.${s}`),
    agreementType: (type) => t(`agreementType.${type}`),
    owedBy: (side) => t(`owedBy.${side}`),
  }

  function deck(): DeckWords {
    return {
      deckTitle: t('export.deck.title'),
      asOf: (date) => t('export.words.asOf', { date }),
      madeOn: (date) => t('export.words.madeOn', { date }),
      filters: (list) => t('export.words.filters', { list }),
      noFilters: t('export.words.noFilters'),
      source: (source) => t('export.words.source', { source }),
      date: fmt.date,
      number: fmt.number,
      total: t('chart.total'),
      overdueTitle: (count) => t('export.deck.overdue', { count: fmt.number(count) }),
      part: (part, parts) => t('export.deck.part', { part: fmt.number(part), parts: fmt.number(parts) }),
      more: (count) => t('export.deck.more', { count: fmt.number(count) }),
      noneOverdue: t('export.deck.noneOverdue'),
      noData: t('chart.noData'),
      headers: {
        title: t('table.title'),
        agreement: t('table.agreement'),
        sphere: t('table.sphere'),
        partners: t('table.partners'),
        due: t('table.due'),
        status: t('table.status'),
        days: t('export.deck.daysOverdue'),
      },
      summary: summaryWords(t, fmt),
    }
  }

  /** The headline numbers on one line, as the KPI tiles show them. */
  function kpiLine(k: Kpi): string {
    const rate = k.completionRate === null ? t('kpi.none') : fmt.percent(k.completionRate)
    return [
      `${t('kpi.agreements')}: ${fmt.number(k.agreements)}`,
      `${t('kpi.commitments')}: ${fmt.number(k.commitments)}`,
      `${t('kpi.completed')}: ${fmt.number(k.completed)}`,
      `${t('kpi.completionRate')}: ${rate}`,
      `${t('kpi.overdue')}: ${fmt.number(k.overdue)}`,
    ].join(' · ')
  }

  /** The spreadsheet form's words (sheet names, headers, term names), for the workbook export and the template. */
  function sheet(): SheetWords {
    return {
      sheet: (key) => t(`spreadsheet.sheet.${key}`),
      field: (field) => t(`spreadsheet.field.${field}`),
      term: (group, id) => t(`${group}.${id}`),
    }
  }

  return {
    t,
    locale,
    labels,
    table,
    deck,
    kpiLine,
    messages: () => messageWords(t, fmt),
    heatmap: (h: Heatmap) => deckHeatmap(h, t, fmt, labels),
    sheet,
  }
}
