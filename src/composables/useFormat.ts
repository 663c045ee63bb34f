/** Numbers, percentages and dates in the UI language, the same in every browser (see i18n/intlData). */
import { currentFormat, i18n } from '@/i18n'
import { shortDate } from '@/i18n/shortDate'

export function useFormat() {
  return {
    // `n || 0` turns -0 (a file may write "progress": -0) into 0: Intl would show "-0%".
    number: (n: number) => currentFormat.value.number(n || 0),
    percent: (n: number) => currentFormat.value.percent(n || 0),
    /** A `YYYY-MM-DD` date (or an ISO timestamp) as the user reads dates. */
    date: (iso: string) =>
      iso ? currentFormat.value.dateLong(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)) : '',
    /** A `YYYY-MM-DD` date, short but with its year, for table columns (../i18n/shortDate). */
    dateShort: (iso: string) => shortDate(iso, i18n.global.locale.value),
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
    /** A size to the byte (`268,435,457 bytes`): where rounded sizes would read alike. */
    exactBytes: (n: number) => i18n.global.t('units.bytes', { count: currentFormat.value.number(n) }, n),
  }
}
