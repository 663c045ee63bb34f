/** Which interface language to start in: pure, so the rule is tested in Node. */
export const LOCALES = ['en', 'ru', 'kk', 'mn'] as const
export type Locale = (typeof LOCALES)[number]

/** Each language named in itself, as the language switch lists them. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ru: 'Русский', kk: 'Қазақша', mn: 'Монгол' }

/** Where the chosen language is remembered in the browser. */
export const LOCALE_STORAGE_KEY = 'coop-followup-lang'

/** `ru`, `ru-KZ`, `RU` → `ru`; anything else → undefined. */
export function asLocale(tag: string | null | undefined): Locale | undefined {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0]
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : undefined
}

/** The link's `lang=` wins, then the language chosen before, then the browser's first known language, then English. */
export function initialLocale(
  linkLang: string | null | undefined,
  remembered: string | null | undefined,
  browserLanguages: readonly string[],
): Locale {
  return (
    asLocale(linkLang) ?? asLocale(remembered) ?? browserLanguages.map(asLocale).find((l) => l !== undefined) ?? 'en'
  )
}
