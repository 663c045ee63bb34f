/**
 * What every chart picture says beside the chart: the filters of the view in words and the
 * source with its date. A view provides it (the dashboard: its filters; a country briefing:
 * the country); each chart panel's picture buttons read it. Part of the first load, so it keeps
 * to vue-i18n and the labels; the exports' other words load with them (./useExportWords).
 */
import { computed, inject, provide, type ComputedRef, type InjectionKey } from 'vue'
import { useI18n } from 'vue-i18n'
import { useFormat } from '@/composables/useFormat'
import { useLabels } from '@/composables/useLabels'
import { itemAt } from '@/domain/search'
import { pickText } from '@/domain/text'
import { filtersInWords, type FilterWords } from '@/export/filtersInWords'
import { sourceName } from '@/export/sourceName'
import { useDataStore } from '@/stores/data'
import { useFiltersStore } from '@/stores/filters'

export interface PictureContext {
  /** The filters in words, on one line. */
  filters: string
  /** Source and date: "Source: … — publisher · as of …". */
  footer: string
}

const PICTURE_CONTEXT: InjectionKey<ComputedRef<PictureContext | null>> = Symbol('picture-context')

/** "Filters: …", or that nothing is filtered. */
export function filterLine(
  t: (key: string, values: Record<string, string>) => string,
  filters: readonly string[],
): string {
  return filters.length ? t('export.words.filters', { list: filters.join('; ') }) : t('export.words.noFilters', {})
}

export function providePictureContext(filters: () => readonly string[]): void {
  const data = useDataStore()
  const { t, locale } = useI18n()
  const fmt = useFormat()
  provide(
    PICTURE_CONTEXT,
    computed(() => {
      const info = data.active?.record.info
      if (!info) return null
      const source = sourceName({
        id: info.id,
        title: pickText(info.title, locale.value, info.language),
        publisher: info.publisher,
      })
      const footer = `${t('export.words.source', { source })} · ${t('export.words.asOf', { date: fmt.date(info.asOf) })}`
      return { filters: filterLine(t, filters()), footer }
    }),
  )
}

export function usePictureContext(): ComputedRef<PictureContext | null> {
  return inject(
    PICTURE_CONTEXT,
    computed(() => null),
  )
}

/** The words the filter chips and the exports name filters with. */
export function useFilterWords(): FilterWords {
  const data = useDataStore()
  const { t } = useI18n()
  const labels = useLabels(() => data.active?.record)
  return {
    t: (key) => t(key),
    sphere: labels.sphere,
    country: labels.country,
    agreement: (id) => {
      const a = data.active?.columns.agreementIds.indexOf(id) ?? -1
      return a >= 0 && data.text ? itemAt(data.text.agreementTitles, a) : id
    },
  }
}

/** The dashboard's filters in words, as its chips say them. */
export function useDashboardFilterPhrases(): () => string[] {
  const store = useFiltersStore()
  const words = useFilterWords()
  return () => filtersInWords(store.filters, words)
}
