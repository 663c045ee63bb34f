/**
 * `t(key)` with no other argument, remembered per language: a filter change re-renders views
 * that call it a few thousand times, and each call through vue-i18n resolves the key, runs the
 * message function and checks its fallbacks again (a cold start spent a tenth of its script
 * there). Calls with arguments (counts, names) go to vue-i18n as before. The remembered texts
 * are dropped when the language or any language's messages change, and each call reads both, so
 * a view that showed one re-renders when they change, as with vue-i18n's own `t`.
 */
import type { Ref } from 'vue'

export interface TranslatingComposer {
  t: (...args: never[]) => string
  locale: Ref<string>
  messages: Ref<Record<string, unknown>>
  fallbackLocale: Ref<unknown>
}

export function rememberPlainTranslations(composer: TranslatingComposer): void {
  const translate = composer.t as unknown as (...args: unknown[]) => string
  const texts = new Map<string, string>()
  /** What the remembered texts were read from: the language, its messages and the fallback's. */
  let from: unknown[] = []
  const t = (...args: unknown[]): string => {
    // Read on every call: a render that called t() depends on them, as through vue-i18n.
    const all = composer.messages.value
    const fallback = composer.fallbackLocale.value
    const now = [composer.locale.value, all[composer.locale.value], fallback, all[String(fallback)]]
    if (args.length !== 1 || typeof args[0] !== 'string') return translate(...args)
    if (now.some((x, i) => x !== from[i])) {
      texts.clear()
      from = now
    }
    let text = texts.get(args[0])
    if (text === undefined) texts.set(args[0], (text = translate(args[0])))
    return text
  }
  composer.t = t as TranslatingComposer['t']
}
