/**
 * Numbers, dates and names in the UI language, the same in every browser. Chromium (Chrome,
 * Edge) ships without Kazakh and Mongolian locale data and fails silently: `DisplayNames('kk')`
 * names KZ "Kazakhstan", kk dates come out as "2025 M03 14", 'mn' resolves to English. For those
 * languages a data module generated from Node's ICU (./intl/<lang>.ts) is loaded with the
 * language, and each facility falls back to it when the browser's own output is not the data's
 * (detected by formatting a probe, never by the user agent). Pure: no Vue, no DOM.
 */

/** The languages that get a generated data module. */
export const INTL_DATA_LANGUAGES = ['kk', 'mn'] as const

/** The date formats the app uses, shared by the generator and the formatter. */
export const DATE_LONG: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' }
export const MONTH_YEAR: Intl.DateTimeFormatOptions = { month: 'short', year: 'numeric' }

/** A date format's output: literal text and the fields between it. */
export type Pattern = (string | { field: 'year' | 'month' | 'day' })[]
export interface DateData {
  pattern: Pattern
  /** The month as this format writes it (e.g. the genitive), January first. */
  months: string[]
}
/** Text before and after a formatted number. */
export type Affixes = [string, string]

export interface IntlData {
  locale: string
  number: {
    decimal: string
    group: string
    minus: string
    groupFour: boolean
    percent: Affixes
    kilobyte: Affixes
    megabyte: Affixes
    gigabyte: Affixes
  }
  dateLong: DateData
  monthYear: DateData
  countries: Record<string, string>
  languages: Record<string, string>
}

export type ByteUnit = 'kilobyte' | 'megabyte' | 'gigabyte'

export interface LocaleFormat {
  number(n: number): string
  percent(fraction: number): string
  bytes(n: number, unit: ByteUnit): string
  /** A date (UTC) as "30 июня 2026 г.". */
  dateLong(d: Date): string
  /** A month (UTC) as "июнь 2026 г.". */
  monthYear(d: Date): string
  country(code: string): string
  language(code: string): string
}

const PROBE_DATE = new Date(Date.UTC(2026, 5, 30))

/** Formatting for `locale`: the browser's Intl, except where it disagrees with `data` (when given). */
export function localeFormat(locale: string, data?: IntlData): LocaleFormat {
  const tags = [locale, 'en']
  const numberFmt = new Intl.NumberFormat(locale)
  const percentFmt = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })
  const unitFmt = (unit: ByteUnit) => new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 })
  const longFmt = new Intl.DateTimeFormat(locale, { ...DATE_LONG, timeZone: 'UTC' })
  const monthYearFmt = new Intl.DateTimeFormat(locale, { ...MONTH_YEAR, timeZone: 'UTC' })
  const regions = new Intl.DisplayNames(tags, { type: 'region', fallback: 'code' })
  const languages = new Intl.DisplayNames(tags, { type: 'language', fallback: 'code' })

  const native: LocaleFormat = {
    number: (n) => numberFmt.format(n),
    percent: (f) => percentFmt.format(f),
    bytes: (n, unit) => unitFmt(unit).format(n),
    dateLong: (d) => longFmt.format(d),
    monthYear: (d) => monthYearFmt.format(d),
    country: (code) => regions.of(code) ?? code,
    language: (code) => {
      try {
        return languages.of(code) ?? code
      } catch {
        return code // not a well-formed tag
      }
    },
  }
  if (!data) return native
  const own = fromData(data)
  const agrees = (probe: (f: LocaleFormat) => string) => probe(native) === probe(own)
  return {
    number: agrees((f) => f.number(-1234567.25)) ? native.number : own.number,
    percent: agrees((f) => f.percent(0.125)) ? native.percent : own.percent,
    bytes: agrees((f) => f.bytes(1.5, 'megabyte')) ? native.bytes : own.bytes,
    dateLong: agrees((f) => f.dateLong(PROBE_DATE)) ? native.dateLong : own.dateLong,
    monthYear: agrees((f) => f.monthYear(PROBE_DATE)) ? native.monthYear : own.monthYear,
    country: agrees((f) => ['KZ', 'MN', 'CN', 'DE'].map(f.country).join()) ? native.country : own.country,
    language: agrees((f) => ['en', 'ru', 'kk', 'mn'].map(f.language).join()) ? native.language : own.language,
  }
}

/** The same facilities written from the generated data alone. */
export function fromData(data: IntlData): LocaleFormat {
  const { decimal, group, minus, groupFour } = data.number
  const number = (n: number, maxFraction = 3): string => {
    if (!Number.isFinite(n)) return String(n)
    const [int, frac = ''] = Math.abs(n)
      .toFixed(maxFraction)
      .replace(/\.?0+$/, '')
      .split('.')
    const grouped = int.length > 4 || (groupFour && int.length === 4) ? int.replace(/\B(?=(\d{3})+$)/g, group) : int
    const sign = n < 0 && /[1-9]/.test(int + frac) ? minus : ''
    return sign + grouped + (frac ? decimal + frac : '')
  }
  const affixed = ([before, after]: Affixes, text: string) => before + text + after
  const date = (d: DateData, at: Date) =>
    d.pattern
      .map((p) =>
        typeof p === 'string'
          ? p
          : p.field === 'year'
            ? String(at.getUTCFullYear())
            : p.field === 'month'
              ? d.months[at.getUTCMonth()]
              : String(at.getUTCDate()),
      )
      .join('')
  return {
    number: (n) => number(n),
    percent: (f) => affixed(data.number.percent, number(f * 100, 1)),
    bytes: (n, unit) => affixed(data.number[unit], number(n, 1)),
    dateLong: (d) => date(data.dateLong, d),
    monthYear: (d) => date(data.monthYear, d),
    country: (code) => data.countries[code] ?? code,
    language: (code) => data.languages[code.toLowerCase().split('-')[0]] ?? code,
  }
}
