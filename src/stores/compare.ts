/**
 * The comparison under the current filters: the baseline's own filter pass (its commitments judged
 * on their baseline records), the class counts and the transition matrix, the KPIs' changes, the
 * change list, and the trend across the series (counted by the worker, from each report's columns).
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef, toRaw, watch, type Ref } from 'vue'
import { changeList, CLASS_BIT, compareCounts, seriesOf, type Change } from '@/domain/compare'
import { filtersToQuery } from '@/domain/filterQuery'
import { filterAndAggregate, type Filters } from '@/domain/filters'
import { itemAt } from '@/domain/search'
import type { TextColumns } from '@/domain/textColumns'
import type { TrendPoint } from '@/domain/trend'
import type { ChangeTexts } from '@/export/compareTables'
import { i18n } from '@/i18n'
import { dataClient } from '@/data/client'
import { refOf } from '@/data/messages'
import { useBaselineStore } from './baseline'
import { useDataStore } from './data'
import { searchMatches, useExploreStore } from './explore'
import { useFiltersStore } from './filters'

export const useCompareStore = defineStore('compare', () => {
  const data = useDataStore()
  const base = useBaselineStore()
  const explore = useExploreStore()
  const filterStore = useFiltersStore()
  const filters = computed(() => filterStore.filters)
  const baseColumns = computed(() => base.pairing?.baseline.columns ?? null)
  const {
    textMatch,
    waitingForText,
    searching,
    prepare: prepareSearch,
  } = searchMatches(baseColumns, filters, () => base.pairing?.baseline.record, false)

  /** The baseline's filter pass: the same filters, its rows judged on their own records. */
  const baseLinked = computed(() => {
    const p = base.pairing
    if (!p || waitingForText.value) return null
    return filterAndAggregate(p.baseline.columns, filters.value, {
      textMatch: textMatch.value?.rows,
      changeClasses: p.baseClasses,
    })
  })

  /** The class counts, the matrix and the rates; null while there is no comparison to show. */
  const comparison = computed(() => {
    const p = base.pairing
    const fails = explore.fails
    const baseFails = baseLinked.value?.fails
    // While a search's rows are awaited the views keep the last pass: never count it against the baseline's new one.
    if (!p || !fails || !baseFails || p.columns !== explore.columns || explore.waiting) return null
    return compareCounts(p, p.columns, p.baseline.columns, fails, baseFails)
  })

  /** The KPIs of the baseline under the same filters (the tiles show the change). */
  const baselineKpi = computed(() => (comparison.value ? (baseLinked.value?.summary.kpi ?? null) : null))

  /**
   * The changed commitments under the filters, the class filter included, narrowed by `pick` (a
   * matrix cell); computed when a list or an export asks.
   */
  function changes(pick: (c: Change) => boolean = () => true): Change[] {
    const p = base.pairing
    const fails = explore.fails
    const baseFails = baseLinked.value?.fails
    if (!p || !fails || !baseFails || explore.waiting) return []
    const mask = filters.value.change.reduce((bits, c) => bits | CLASS_BIT[c], 0)
    return changeList(p, p.columns, fails, baseFails, (c) => (mask === 0 || (c.classes & mask) !== 0) && pick(c))
  }

  const { series, trend, trendPending } = seriesTrend(filters)

  const { baseText, textWanted, texts } = baselineTitles(base, data)

  return {
    baseLinked,
    comparison,
    baselineKpi,
    changes,
    series,
    trend,
    trendPending,
    baseText,
    textWanted,
    texts,
    searching,
    prepareSearch,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useCompareStore, import.meta.hot))

/**
 * The baseline's titles in the UI language, for the change list and its CSV (removed commitments
 * are only there). Asked for by what shows them (`textWanted`): it needs the baseline's rows in
 * the worker.
 */
function baselineTitles(base: ReturnType<typeof useBaselineStore>, data: ReturnType<typeof useDataStore>) {
  const baseText = shallowRef<TextColumns | null>(null)
  /** The baseline whose titles could not be read (stale, damaged): removed ones are then named by their ids. */
  const baseTextFailed = shallowRef<object | null>(null)
  const textWanted = ref(false)
  watch(
    [() => base.pairing?.baseline.record, () => i18n.global.locale.value, textWanted],
    async ([record, lang, wanted]) => {
      if (baseText.value && (baseText.value.snapshotId !== record?.id || baseText.value.lang !== lang))
        baseText.value = null
      if (!record || !wanted) return
      const built = await dataClient()
        .text(refOf(record), lang)
        .catch(() => null)
      if (base.pairing?.baseline.record !== record || i18n.global.locale.value !== lang) return
      baseText.value = built
      baseTextFailed.value = built ? null : record
    },
    { immediate: true },
  )

  /**
   * A changed commitment's id and title, from the report it is in (the current one first). Without
   * the baseline's titles (their read failed) a removed one is named by its id: an export finishes.
   */
  function texts(): ChangeTexts | null {
    const now = data.text
    const p = base.pairing
    const before = baseText.value
    if (!now || !p || (!before && baseTextFailed.value !== p.baseline.record)) return null
    const ids = before?.ids ?? p.baseline.columns.ids
    const titles = before?.titles ?? ids
    return {
      id: (c) => (c.row >= 0 ? itemAt(now.ids, c.row) : itemAt(ids, c.baseRow)),
      title: (c) => (c.row >= 0 ? itemAt(now.titles, c.row) : itemAt(titles, c.baseRow)),
    }
  }
  return { baseText, textWanted, texts }
}

/**
 * The trend of the shown report's series under some filters (the dashboard's, or a country's):
 * one point per stored report, counted by the worker from each report's columns.
 */
export function seriesTrend(filters: Ref<Filters>) {
  const data = useDataStore()
  const base = useBaselineStore()
  /** Every stored report of the shown one's series, oldest first: the trend's points. */
  const series = computed(() => (base.current ? seriesOf(base.current, data.stored) : []))
  const trend = shallowRef<TrendPoint[] | null>(null)
  let request = 0
  // Keyed by the filters' link form: opening a commitment's details changes the query, not the filters.
  const filterKey = computed(() => JSON.stringify(filtersToQuery({ ...filters.value, change: [] })))
  const keyNow = () => `${filterKey.value}\u0000${series.value.map((r) => r.id + r.importedAt).join()}`
  const doneKey = ref('')
  watch(
    [series, filterKey],
    async ([reports]) => {
      const mine = ++request
      if (reports.length < 2) return void (trend.value = null)
      const key = keyNow()
      // A plain copy: the store hands out reactive proxies, which cannot cross to the worker.
      const f = JSON.parse(JSON.stringify(toRaw(filters.value))) as Filters
      const points = await dataClient()
        .trend(reports.map(refOf), f)
        .catch(() => null)
      if (mine !== request) return
      trend.value = points
      doneKey.value = key
    },
    { immediate: true },
  )
  /** The trend is being counted again for other filters or reports. */
  const trendPending = computed(() => doneKey.value !== keyNow())
  return { series, trend, trendPending }
}
