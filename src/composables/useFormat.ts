/** Numbers, percentages and dates in the UI language, the same in every browser (see i18n/intlData). */
import { currentFormat } from '@/i18n'

export function useFormat() {
  return {
    number: (n: number) => currentFormat.value.number(n),
    percent: (n: number) => currentFormat.value.percent(n),
    /** A `YYYY-MM-DD` date (or an ISO timestamp) as the user reads dates. */
    date: (iso: string) =>
      iso ? currentFormat.value.dateLong(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)) : '',
    /** A `YYYY-MM` month, short, with its year. */
    month: (yyyyMm: string) => currentFormat.value.monthYear(new Date(`${yyyyMm}-01T00:00:00Z`)),
    bytes: (n: number) => {
      const [unit, size] =
        n >= 1024 ** 3
          ? (['gigabyte', n / 1024 ** 3] as const)
          : n >= 1024 ** 2
            ? (['megabyte', n / 1024 ** 2] as const)
            : (['kilobyte', n / 1024] as const)
      return currentFormat.value.bytes(size, unit)
    },
  }
}
