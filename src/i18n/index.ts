/**
 * vue-i18n set up once; English is the reference language, others follow it key for key. Each
 * other language is its own chunk, loaded when chosen (with its locale data where Chromium
 * lacks it), so the first load carries English alone.
 */
import { ref } from 'vue'
import { createI18n } from 'vue-i18n'
import { LOCALE_STORAGE_KEY, LOCALES, type Locale } from './choose'
import { messageCompiler } from './compiler'
import { INTL_DATA_LANGUAGES, localeFormat, type IntlData, type LocaleFormat } from './intlData'
import en from './locales/en'
import type { Messages } from './messages'
import { rememberPlainTranslations } from './memo'
import { pluralRule } from './plural'

export type MessageSchema = typeof en
export type { Locale }

export const i18n = createI18n<[MessageSchema], Locale, false>({
  legacy: false,
  messageCompiler,
  locale: 'en',
  fallbackLocale: 'en',
  messages: { en } as Record<Locale, MessageSchema>,
  pluralRules: Object.fromEntries(LOCALES.map((l) => [l, pluralRule(l)])),
})
// Before the app installs i18n: its `$t` is the composer's `t` as it is then.
rememberPlainTranslations(i18n.global as unknown as Parameters<typeof rememberPlainTranslations>[0])

const loadMessages: Record<Exclude<Locale, 'en'>, () => Promise<{ default: Messages }>> = {
  ru: () => import('./locales/ru'),
  kk: () => import('./locales/kk'),
  mn: () => import('./locales/mn'),
}
const loadIntlData: Record<(typeof INTL_DATA_LANGUAGES)[number], () => Promise<{ default: IntlData }>> = {
  kk: () => import('./intl/kk'),
  mn: () => import('./intl/mn'),
}

const formats = new Map<Locale, LocaleFormat>([['en', localeFormat('en')]])

/** Numbers, dates and names of the language on screen; reactive through `i18n.global.locale`. */
export const currentFormat = ref<LocaleFormat>(formats.get('en')!)

/** Loads a language's messages and locale data (once), without putting it on screen. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (formats.has(locale)) return
  const [messages, data] = await Promise.all([
    locale === 'en' ? null : loadMessages[locale](),
    locale in loadIntlData ? loadIntlData[locale as keyof typeof loadIntlData]() : null,
  ])
  if (messages) i18n.global.setLocaleMessage(locale, messages.default as MessageSchema)
  formats.set(locale, localeFormat(locale, data?.default))
}

/** Loads a language (once) and puts it on screen; `<html lang>` follows and the choice is remembered. */
export async function setLocale(locale: Locale, remember = true): Promise<void> {
  await loadLocale(locale)
  currentFormat.value = formats.get(locale)!
  i18n.global.locale.value = locale
  // Written only when it changes: each write has the browser work out the page's style again.
  if (typeof document !== 'undefined' && document.documentElement.lang !== locale)
    document.documentElement.lang = locale
  if (remember) {
    try {
      localStorage.setItem(LOCALE_STORAGE_KEY, locale)
    } catch {
      // Storage refused (private mode): the language lasts for this visit.
    }
  }
}

/** The formatting of a language already loaded (the current one otherwise). */
export function formatOf(locale: string): LocaleFormat {
  return formats.get(locale as Locale) ?? currentFormat.value
}
