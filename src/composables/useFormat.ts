/** Numbers, percentages and dates in the UI language. */
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'

export function useFormat() {
  const { locale } = useI18n()
  const numberFmt = computed(() => new Intl.NumberFormat(locale.value))
  const percentFmt = computed(() => new Intl.NumberFormat(locale.value, { style: 'percent', maximumFractionDigits: 1 }))
  const dateFmt = computed(
    () => new Intl.DateTimeFormat(locale.value, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  )
  // `n || 0` turns -0 (a file may write "progress": -0) into 0: Intl would show "-0%".
  return {
    number: (n: number) => numberFmt.value.format(n || 0),
    percent: (n: number) => percentFmt.value.format(n || 0),
    /** A `YYYY-MM-DD` date (or an ISO timestamp) as the user reads dates. */
    date: (iso: string) => (iso ? dateFmt.value.format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)) : ''),
    bytes: (n: number) => {
      const [unit, size] =
        n >= 1024 ** 3
          ? (['gigabyte', n / 1024 ** 3] as const)
          : n >= 1024 ** 2
            ? (['megabyte', n / 1024 ** 2] as const)
            : (['kilobyte', n / 1024] as const)
      return new Intl.NumberFormat(locale.value, { style: 'unit', unit, maximumFractionDigits: 1 }).format(size)
    },
    /** A size to the byte (`268,435,457 bytes`): where rounded sizes would read alike. */
    exactBytes: (n: number) =>
      new Intl.NumberFormat(locale.value, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(n),
  }
}
