/** Writes src/i18n/intl/<lang>.ts for the languages Chromium has no locale data for. Run: npm run intl-data */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { INTL_DATA_LANGUAGES, intlDataModuleText } from './intl-data'

for (const lang of INTL_DATA_LANGUAGES) {
  const target = fileURLToPath(new URL(`../../src/i18n/intl/${lang}.ts`, import.meta.url))
  writeFileSync(target, intlDataModuleText(lang))
  console.log(`wrote ${target}`)
}
