import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fromData, localeFormat } from '@/i18n/intlData'
import { INTL_DATA_LANGUAGES, buildIntlData, intlDataModuleText } from '../scripts/intl-data'
import { COUNTRY_CODES } from '@/domain/countries'

const JUNE_30 = new Date(Date.UTC(2026, 5, 30))

describe('generated locale data (src/i18n/intl)', () => {
  for (const lang of INTL_DATA_LANGUAGES) {
    it(`${lang}: the checked-in module is what Node's ICU gives (run \`npm run intl-data\` when this fails)`, () => {
      const committed = readFileSync(new URL(`../../src/i18n/intl/${lang}.ts`, import.meta.url), 'utf8')
      expect(committed).toBe(intlDataModuleText(lang))
    })

    it(`${lang}: formatting from the data alone equals Node's Intl`, () => {
      const data = buildIntlData(lang)
      const own = fromData(data)
      const node = {
        number: new Intl.NumberFormat(lang),
        percent: new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }),
        mb: new Intl.NumberFormat(lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }),
        long: new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
        month: new Intl.DateTimeFormat(lang, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
        region: new Intl.DisplayNames(lang, { type: 'region' }),
        language: new Intl.DisplayNames(lang, { type: 'language' }),
      }
      for (const n of [0, 5, -7, 12.5, 999, 1234, 1234.5, 12345.678, -1234567.25, 1e9, 0.0004])
        expect(own.number(n), String(n)).toBe(node.number.format(n))
      for (const f of [0, 0.125, 0.4167, 1, 0.99999]) expect(own.percent(f), String(f)).toBe(node.percent.format(f))
      for (const n of [1.5, 12.25, 1023.9]) expect(own.bytes(n, 'megabyte')).toBe(node.mb.format(n))
      for (let m = 0; m < 12; m++)
        for (const day of [1, 9, 30]) {
          const d = new Date(Date.UTC(2025, m, day))
          expect(own.dateLong(d)).toBe(node.long.format(d))
          expect(own.monthYear(d)).toBe(node.month.format(d))
        }
      for (const code of COUNTRY_CODES) expect(own.country(code), code).toBe(node.region.of(code))
      for (const code of ['en', 'ru', 'kk', 'mn', 'zh', 'de']) expect(own.language(code)).toBe(node.language.of(code))
    })

    it(`${lang}: where the runtime's Intl agrees with the data, it is used, and the output is the same`, () => {
      const f = localeFormat(lang, buildIntlData(lang))
      expect(f.dateLong(JUNE_30)).toBe(fromData(buildIntlData(lang)).dateLong(JUNE_30))
      expect(f.country('KZ')).toBe(lang === 'kk' ? 'Қазақстан' : 'Казахстан')
    })
  }

  it('falls back to the data where the runtime gets a language wrong (as Chromium does for kk)', () => {
    const data = buildIntlData('kk')
    // A runtime without Kazakh data formats 'kk' like the root locale: English names, ISO-like dates.
    const wrong = { ...data, locale: 'kk', countries: { ...data.countries } }
    const f = localeFormat('en', wrong) // 'en' stands for a runtime whose Intl disagrees with the data
    expect(f.country('KZ')).toBe('Қазақстан')
    expect(f.dateLong(JUNE_30)).toBe('2026 ж. 30 маусым')
    expect(f.number(1234.5)).toBe('1\u00a0234,5')
  })
})
