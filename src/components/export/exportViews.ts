/**
 * The dashboard's views as its exports show them: every filter applied, each chart's own too
 * (../../domain/exportView says why). Computed refs, so nothing is counted until an export or a
 * chart picture asks; the deck and the pictures read the same ones.
 */
import { computed } from 'vue'
import { chartRows, type ChartRow } from '@/domain/chartRows'
import { strictAgreementsByYear, strictHeatmap, strictSummary } from '@/domain/exportView'
import { useLabels } from '@/composables/useLabels'
import { useDataStore } from '@/stores/data'
import { useExploreStore } from '@/stores/explore'

export type StatusDim = 'sphere' | 'country' | 'year'

export function useExportViews() {
  const data = useDataStore()
  const explore = useExploreStore()
  const labels = useLabels(() => data.active?.record)
  const summary = computed(() =>
    explore.columns && explore.fails
      ? strictSummary(explore.columns, explore.fails, explore.filters.axis, explore.filters.countries)
      : null,
  )
  const heatmap = computed(() =>
    explore.columns && explore.fails ? strictHeatmap(explore.columns, explore.fails, explore.filters.countries) : null,
  )
  const agreementsPerYear = computed(() =>
    explore.columns && explore.fails
      ? strictAgreementsByYear(explore.columns, explore.fails, explore.filters.axis, explore.filtered)
      : null,
  )
  /** A status chart's bars in the dashboard's order (largest first; years in order). */
  function statusRows(dim: StatusDim): ChartRow[] {
    const s = summary.value
    if (!s) return []
    if (dim === 'sphere') return chartRows(s.bySphere, 'byTotal', labels.sphere)
    if (dim === 'country') return chartRows(s.byCountry, 'byTotal', labels.country)
    return chartRows(s.byYear, 'byKey', labels.year)
  }
  return { summary, heatmap, agreementsPerYear, statusRows }
}
