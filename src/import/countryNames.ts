/**
 * A country as a person types it in a workbook: its ISO code in any case (`kz`), or its name in
 * English, Russian, Kazakh or Mongolian. English and Russian names come from the runtime's
 * Intl.DisplayNames (every browser has them); Kazakh and Mongolian from the data modules generated
 * from Node's ICU (Chromium lacks them). Built once, on the first workbook.
 */
import { COUNTRY_CODES, isCountryCode } from '@/domain/countries'
import kk from '@/i18n/intl/kk'
import mn from '@/i18n/intl/mn'

let byName: Map<string, string> | undefined

const normal = (s: string) => s.normalize('NFC').toLocaleLowerCase('ru').replace(/ё/g, 'е').replace(/\s+/g, ' ').trim()

function names(): Map<string, string> {
  if (byName) return byName
  const map = new Map<string, string>()
  for (const lang of ['en', 'ru']) {
    const display = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' })
    for (const code of COUNTRY_CODES) {
      const name = display.of(code)
      if (name) map.set(normal(name), code)
    }
  }
  for (const data of [kk, mn]) for (const [code, name] of Object.entries(data.countries)) map.set(normal(name), code)
  byName = map
  return map
}

/** The ISO code of `text`, or undefined when it names no country. */
export function countryCode(text: string): string | undefined {
  const upper = text.trim().toUpperCase()
  if (isCountryCode(upper)) return upper
  return names().get(normal(text))
}
