/** Names for the keys the charts group by, in the UI language. */
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { NO_DATE_KEY } from '@/domain/aggregate'
import { sphereName } from '@/domain/text'
import { currentFormat } from '@/i18n'
import type { SnapshotRecord } from '@/db/database'

export function useLabels(record: () => SnapshotRecord | undefined) {
  const { t, te, locale } = useI18n()
  // Through computeds of their own, so that a new record with the same spheres and language (the
  // stored record of a snapshot already shown) rebuilds no label and so redraws no chart.
  const spheres = computed(() => record()?.spheres)
  const language = computed(() => record()?.info.language)
  const declared = computed(() => new Map((spheres.value ?? []).map((s) => [s.id, s.name])))

  return {
    /** A sphere named by the snapshot itself wins over the built-in name; unknown ids show as is. */
    sphere(id: string): string {
      return sphereName(
        id,
        declared.value,
        (s) => (te(`sphere.${s}`) ? t(`sphere.${s}`) : undefined),
        locale.value,
        language.value,
      )
    },
    country(code: string): string {
      // Intl.DisplayNames throws a RangeError on anything but a region code, and a code may come
      // from a link (`#/country/__proto__`): only two capital letters are asked about.
      return /^[A-Z]{2}$/.test(code) ? currentFormat.value.country(code) : code
    },
    year(key: string): string {
      return key === NO_DATE_KEY ? t('chart.noDate') : key
    },
  }
}
