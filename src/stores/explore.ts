/**
 * What every view shows under the current filters, derived from the active snapshot's columns.
 * Each piece is a computed: a filter change recomputes the per-row filter bits once, and only the
 * views on screen recompute from them.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef, watch, type Ref } from 'vue'
import { usePageSearchIndex } from '@/composables/pageSearchIndex'
import { whenIdle } from '@/composables/whenIdle'
import type { Columns } from '@/domain/columns'
import { filterAndAggregate, hasFilters, type Filters, type RowFails } from '@/domain/filters'
import { sphereName } from '@/domain/text'
import type { SnapshotRecord } from '@/db/database'
import { itemAt } from '@/domain/search'
import type { TextColumns } from '@/domain/textColumns'
import { agreementsByYear } from '@/domain/agreementsByYear'
import { completionHeatmap } from '@/domain/heatmap'
import { deadlinesByMonth } from '@/domain/deadlines'
import { orderBy, orderByText, passingRows, rankByName } from '@/domain/order'
import { i18n } from '@/i18n'
import { useBaselineStore } from './baseline'
import { useDataStore } from './data'
import { useFiltersStore } from './filters'

export type SortKey = 'due' | 'title' | 'agreement' | 'sphere' | 'status'
export interface Sort {
  key: SortKey
  descending: boolean
}

export const useExploreStore = defineStore('explore', () => {
  const data = useDataStore()
  const filterStore = useFiltersStore()
  const columns = computed(() => data.active?.columns ?? null)
  const filters = computed(() => filterStore.filters)
  const asOf = computed(() => data.active?.record.info.asOf ?? '')
  const { textMatch, waitingForText, searching, prepare: prepareSearch, indexState } = searchMatches(columns, filters)

  const baseline = useBaselineStore()
  /** Change classes filter the rows once the baseline is paired; until then the views wait. */
  const changeClasses = computed(() => {
    const p = baseline.pairing
    return p && p.columns === columns.value ? p.classes : undefined
  })
  const waitingForChanges = computed(() => filters.value.change.length > 0 && !changeClasses.value)

  /** A search's rows or the change classes are on their way: the views keep what they show meanwhile. */
  const waiting = computed(() => waitingForText.value || waitingForChanges.value)
  /**
   * One pass per filter change: every row's failing filters, the KPIs and the status charts'
   * counts. While `waiting`, the last pass over the same columns stands (marked pending by the
   * views): unmounting every view for the worker's few milliseconds and mounting it again cost
   * more than the search itself.
   */
  let last: { cols: Columns; result: ReturnType<typeof filterAndAggregate> } | null = null
  const linked = computed(() => {
    const cols = columns.value
    if (!cols) return null
    if (waiting.value) return last?.cols === cols ? last.result : null
    const classes = filters.value.change.length ? changeClasses.value : undefined
    const result = filterAndAggregate(cols, filters.value, { textMatch: textMatch.value?.rows, changeClasses: classes })
    last = { cols, result }
    return result
  })
  const fails = computed(() => linked.value?.fails ?? null)
  const summary = computed(() => linked.value?.summary ?? null)
  const filtered = computed(() => hasFilters(filters.value))
  const { settled, heatmap, deadlines, agreementsPerYear } = settledViews(columns, fails, asOf, filters)

  const sort = ref<Sort>({ key: 'due', descending: false })
  const order = tableOrder(columns, sort)
  // With no filter every row passes: the order itself (a cold start at 100k spent 9 ms copying it).
  const rows = computed(() => {
    if (!order.value || !fails.value) return null
    return filtered.value ? passingRows(order.value, fails.value) : order.value
  })

  // On the ids alone: the titles of another language come with the same ids column (the text
  // cache shares it), so a language switch does not build the map again.
  const textIds = computed(() => data.text?.ids)
  const commitmentIndex = computed(() => rowsById(textIds.value))

  function sortBy(key: SortKey) {
    sort.value = sort.value.key === key ? { key, descending: !sort.value.descending } : { key, descending: false }
  }

  return {
    columns,
    filters,
    asOf,
    fails,
    settled,
    filtered,
    waitingForText,
    searching,
    prepareSearch,
    searchIndex: indexState,
    waiting,
    summary,
    heatmap,
    deadlines,
    agreementsPerYear,
    sort,
    rows,
    commitmentIndex,
    sortBy,
  }
})

/** Commitment id -> row, for links to one commitment (built on first use). */
function rowsById(ids: TextColumns['ids'] | undefined): Map<string, number> | null {
  if (!ids) return null
  const map = new Map<string, number>()
  for (let i = 0; i < ids.starts.length - 1; i++) map.set(itemAt(ids, i), i)
  return map
}

/**
 * The rows matching the search text, for the columns they were found in: a snapshot replaced
 * under the same id has other rows. They are searched on the page once its index is read there
 * (`eager`: when idle; else after a first search), in the worker until then.
 *
 * `prepare(q)` asks for a search before it is the filters' (the search box, before it writes the
 * address): when the filters then name it, its rows are at hand and the views change once, with
 * no waiting state drawn in between. With the index on the page, in the same task.
 */
export function searchMatches(
  columns: Ref<Columns | null>,
  filters: Ref<Filters>,
  record: () => SnapshotRecord | null | undefined = () => useDataStore().active?.record,
  eager = true,
) {
  type Match = { q: string; of: object; rows: Uint8Array; failed?: boolean }
  const textMatch = shallowRef<Match | null>(null)
  const query = computed(() => filters.value.q.trim())
  const holds = (m: Match | null, q: string, cols: object) => m?.q === q && m.of === cols && !m.failed
  let prepared: Match | null = null
  let preparing: { q: string; of: object; done: Promise<void> } | null = null
  /** Searches asked by `prepare` and not yet answered. */
  const asked = ref(0)
  const index = usePageSearchIndex(record, eager)

  watch(
    [query, columns],
    async ([q, cols]) => {
      const shown = record()
      if (!q || !cols || !shown) return
      // The rows of this search in these columns are at hand already: prepared, or typed again
      // after clearing the box (asking again would redraw every view with the same rows).
      // A search that failed is asked again.
      if (holds(prepared, q, cols)) [textMatch.value, prepared] = [prepared, null]
      if (holds(textMatch.value, q, cols)) return
      const here = index.rows(q)
      if (here) return void (textMatch.value = { q, of: cols, rows: here })
      let failed = false
      const rows = await index
        .inWorker(shown, q)
        // A version replaced elsewhere or damaged: the data store reloads or says so.
        .catch((e: unknown) => ((failed = true), useDataStore().readFailed(shown, e), new Uint8Array(0)))
      if (query.value === q && columns.value === cols) textMatch.value = { q, of: cols, rows, failed }
    },
    { immediate: true },
  )

  /** Finds the rows of `q` in the columns shown now, for the filters to take at once when they name it. */
  function prepare(text: string): Promise<void> {
    const q = text.trim()
    const cols = columns.value
    const shown = record()
    if (!q || !cols || !shown || holds(textMatch.value, q, cols) || holds(prepared, q, cols)) return Promise.resolve()
    if (preparing?.q === q && preparing.of === cols) return preparing.done
    const here = index.rows(q)
    if (here) {
      prepared = { q, of: cols, rows: here }
      return Promise.resolve()
    }
    // A failed search is not kept: the filters' own request asks again and says what failed.
    asked.value++
    const done = index
      .inWorker(shown, q)
      .then(
        (rows) => {
          if (columns.value === cols) prepared = { q, of: cols, rows }
        },
        () => {},
      )
      .finally(() => {
        asked.value--
        // Done: a later call asks again if nothing was kept (a failure), instead of getting this one.
        if (preparing?.done === done) preparing = null
      })
    preparing = { q, of: cols, done }
    return done
  }

  /** A search waits for the worker's answer; the views keep their data-state until then. */
  const waitingForText = computed(
    () => query.value !== '' && (textMatch.value?.q !== query.value || textMatch.value.of !== columns.value),
  )
  /** A search is on its way, asked by the filters or by `prepare`. */
  const searching = computed(() => waitingForText.value || asked.value > 0)
  return { textMatch, waitingForText, searching, prepare, indexState: index.state }
}

/**
 * The secondary views (heatmap, deadlines, agreements per year) follow the filter bits as soon as
 * the browser is idle, so a filter change first pays only for the KPIs, the status charts and the
 * table.
 */
function settledViews(
  columns: Ref<Columns | null>,
  fails: Ref<RowFails | null>,
  asOf: Ref<string>,
  filters: Ref<Filters>,
) {
  const settledWith = shallowRef<{ cols: Columns; fails: RowFails; asOf: string; filters: Filters } | null>(null)
  let cancelSettle: (() => void) | undefined
  watch(
    fails,
    (next) => {
      cancelSettle?.()
      const cols = columns.value
      const pair = next && cols ? { cols, fails: next, asOf: asOf.value, filters: filters.value } : null
      // A snapshot's first views wait too (at a cold start as after an import): the first task
      // then holds only the KPIs, the status charts and the table.
      if (!pair) settledWith.value = pair
      else cancelSettle = whenIdle(() => (settledWith.value = pair))
    },
    { immediate: true },
  )
  // The bits, the snapshot and the filters they were computed on travel together: a new snapshot's
  // columns never meet the previous snapshot's bits, and a filter change does not recompute these
  // views on the previous bits before they settle.
  const s = () => settledWith.value
  return {
    settled: computed(() => s()?.fails === fails.value),
    heatmap: computed(() => (s() ? completionHeatmap(s()!.cols, s()!.fails) : null)),
    deadlines: computed(() => (s() ? deadlinesByMonth(s()!.cols, s()!.fails, s()!.asOf) : null)),
    agreementsPerYear: computed(() => {
      const at = s()
      if (!at) return null
      const f = at.filters
      const beyondOwn = hasFilters({ ...f, types: [], year: f.axis === 'signed' ? null : f.year })
      return agreementsByYear(at.cols, at.fails, f.axis, beyondOwn)
    }),
  }
}

/** All rows in the chosen order; recomputed only when the sort, the snapshot or the language change. */
function tableOrder(columns: Ref<Columns | null>, sort: Ref<Sort>) {
  const data = useDataStore()
  return computed(() => {
    const cols = columns.value
    if (!cols) return null
    const { key, descending } = sort.value
    const locale = i18n.global.locale.value
    // The titles are read only for the orders that need them: the others do not wait for them.
    const text = () => data.text
    switch (key) {
      case 'due':
        // No due date sorts last either way; the ascending order comes sorted with the columns.
        if (!descending) return cols.dueOrder
        return orderBy(cols.count, (i) => cols.due[i] || -1, descending)
      case 'status':
        return orderBy(cols.count, (i) => cols.status[i] * 2 - cols.overdue[i], descending)
      case 'sphere': {
        const rank = sphereRank(cols.sphereIds, data.active?.record, locale)
        return orderBy(cols.count, (i) => rank[cols.sphere[i]], descending)
      }
      case 'title': {
        const titles = text()?.titles
        return titles ? orderByText(cols.count, (i) => itemAt(titles, i), locale, descending) : null
      }
      case 'agreement': {
        const titles = text()?.agreementTitles
        return titles ? orderByText(cols.count, (i) => itemAt(titles, cols.agreement[i]), locale, descending) : null
      }
    }
    return null
  })
}

/** Each sphere's place in the order of the names the table shows (the snapshot's own names win). */
function sphereRank(ids: string[], record: SnapshotRecord | undefined, locale: string): number[] {
  const { t, te } = i18n.global
  const declared = new Map((record?.spheres ?? []).map((s) => [s.id, s.name]))
  const builtin = (id: string) => (te(`sphere.${id}`) ? t(`sphere.${id}`) : undefined)
  return rankByName(
    ids.map((id) => sphereName(id, declared, builtin, locale, record?.info.language)),
    locale,
  )
}

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useExploreStore, import.meta.hot))
