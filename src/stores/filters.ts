/** The filters of the app. The URL query is their only home: links, reload, Back and Forward just work. */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import type { ListKey } from '@/domain/filterDefs'
import {
  FILTER_PARAMS,
  filtersFromQuery,
  filtersToQuery,
  keepUnchanged,
  type DroppedValue,
  type Query,
} from '@/domain/filterQuery'
import { NO_FILTERS, type Filters } from '@/domain/filters'
import { useBaselineStore } from './baseline'
import { useDataStore } from './data'

export const useFiltersStore = defineStore('filters', () => {
  const route = useRoute()
  const router = useRouter()
  const data = useDataStore()
  // The snapshot's own spheres and agreements through computeds of their own: a new record of the
  // same snapshot (the stored record of one already shown) then yields the same filters, and nothing
  // recomputes.
  const declaredSpheres = computed(() => data.active?.record.spheres)
  const agreementIds = computed(() => data.active?.columns.agreementIds)
  // Change classes are filters only while a baseline applies (known from the stored records, before
  // the baseline's columns are loaded).
  const baseline = useBaselineStore()
  const comparing = computed(() => baseline.record !== null)
  const parsed = computed(() =>
    filtersFromQuery(route.query as Query, {
      spheres: declaredSpheres.value?.map((s) => s.id),
      agreements: agreementIds.value,
      comparing: comparing.value,
    }),
  )
  // Unchanged filters keep their identity (keepUnchanged): what derives from them stays as it is.
  const filters = computed<Filters>((previous) =>
    previous ? keepUnchanged(previous, parsed.value.filters) : parsed.value.filters,
  )
  const dropped = computed<DroppedValue[]>((previous) => {
    const next = parsed.value.dropped
    const same =
      previous?.length === next.length &&
      next.every((d, i) => d.param === previous[i].param && d.value === previous[i].value)
    return same ? previous : next
  })

  /** The dashboard's filters as last shown there: the pages' "back to the dashboard" link returns to them. */
  const dashboardQuery = ref<Record<string, string>>({})
  watch(
    () => (route.name === 'dashboard' ? filtersToQuery(filters.value) : null),
    (query) => {
      if (query) dashboardQuery.value = query
    },
    { immediate: true },
  )

  function apply(next: Filters) {
    const others = Object.fromEntries(Object.entries(route.query).filter(([k]) => !FILTER_PARAMS.includes(k)))
    void router.push({ query: { ...others, ...filtersToQuery(next) } })
  }

  function patch(change: Partial<Filters>) {
    apply({ ...filters.value, ...change })
  }

  /**
   * A click on a chart: select only this value, or clear it when it is already the only one.
   * With `additive` (Ctrl/Cmd/Shift-click) the value is added to or removed from the selection.
   */
  function toggled<K extends ListKey>(key: K, value: Filters[K][number], additive: boolean): Filters[K] {
    const current = filters.value[key] as Filters[K][number][]
    if (additive)
      return (current.includes(value) ? current.filter((v) => v !== value) : [...current, value]) as Filters[K]
    return (current.length === 1 && current[0] === value ? [] : [value]) as Filters[K]
  }

  function toggle<K extends ListKey>(key: K, value: Filters[K][number], additive = false) {
    patch({ [key]: toggled(key, value, additive) })
  }

  /** Clears every filter; which year axis is shown is a view setting, not a filter, and stays. */
  function reset() {
    apply({ ...NO_FILTERS, axis: filters.value.axis })
  }

  return { filters, dropped, dashboardQuery, apply, patch, toggle, toggled, reset }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useFiltersStore, import.meta.hot))
