/**
 * Which report the shown one is compared with (the baseline), loaded beside it, and how their
 * commitments pair up. The link is its home: `s=` names the report shown, `vs=` the baseline
 * (`none`: no comparison; absent: the previous report of the same series).
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, shallowRef, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { baselineChoice, pairSnapshots, sameSeries } from '@/domain/compare'
import { dataClient } from '@/data/client'
import { refKey, type LoadedSnapshot } from '@/data/messages'
import { useDataStore } from './data'

export const useBaselineStore = defineStore('baseline', () => {
  const route = useRoute()
  const router = useRouter()
  const data = useDataStore()
  const queryText = (name: string) =>
    typeof route.query[name] === 'string' ? (route.query[name] as string) : undefined

  /** The report shown, when it can be compared (the built-in sample is in no series). */
  const current = computed(() => (data.active && !data.isSample ? data.active.record : null))
  const choice = computed(() => baselineChoice(queryText('vs'), current.value, data.stored))
  /** The baseline's record, as soon as it is known (before its columns are loaded). */
  const record = computed(() => choice.value.baseline)
  /** A baseline picked by hand from another series: its commitments are seen from another country. */
  const otherSeries = computed(() => !!record.value && !!current.value && !sameSeries(record.value, current.value))

  /** The baseline's columns, loaded beside the shown report's; shallow (large typed arrays). */
  const loaded = shallowRef<LoadedSnapshot | null>(null)
  // By id and version, not by object: the stored list is read again after every import, with new
  // record objects for the same versions.
  const wantedKey = computed(() => (record.value ? refKey(record.value) : null))
  watch(
    wantedKey,
    async (key) => {
      const wanted = record.value
      if (!key || !wanted) return void (loaded.value = null)
      if (loaded.value && loaded.value.record.id === wanted.id && loaded.value.record.importedAt === wanted.importedAt)
        return
      loaded.value = null
      const got = await dataClient()
        .load(wanted.id)
        .catch(() => null)
      if (wantedKey.value === key && got && refKey(got.record) === key) loaded.value = got
    },
    { immediate: true },
  )
  /** The baseline once loaded, with the shown report's columns it was paired with. */
  const baseline = computed(() => (record.value && loaded.value?.record.id === record.value.id ? loaded.value : null))
  // Through the columns, not the record: a new record of the same report (its stored size, once
  // saved) pairs nothing again.
  const currentColumns = computed(() => (current.value ? data.active!.columns : null))
  const pairing = computed(() => {
    const cols = currentColumns.value
    const base = baseline.value
    return cols && base ? { columns: cols, baseline: base, ...pairSnapshots(cols, base.columns) } : null
  })
  /** A baseline applies but its columns are still on their way. */
  const waiting = computed(() => !!record.value && !pairing.value)

  /** Compares with another stored report (`null`: no comparison). */
  function pick(id: string | null) {
    void router.push({ query: { ...route.query, vs: id ?? 'none' } })
  }

  /** Shows another stored report: the link names it, and its own default baseline applies. */
  function show(id: string) {
    const rest = Object.fromEntries(Object.entries(route.query).filter(([k]) => k !== 'vs'))
    void router.push({ query: { ...rest, s: id } })
  }
  // The link's report (`s=`) after the first load (which data.init reads from the address).
  watch(
    () => queryText('s'),
    (id) => {
      if (!id || !data.active || data.active.record.id === id) return
      if (data.stored.some((r) => r.id === id)) void data.select(id)
      else data.askedMissing = id
    },
  )

  return { current, choice, record, otherSeries, baseline, pairing, waiting, pick, show }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useBaselineStore, import.meta.hot))
