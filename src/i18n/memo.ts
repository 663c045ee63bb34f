/**
 * `t(key, …)` remembered per language, for calls whose arguments are plain values (a count, a
 * name): a filter change re-renders views that call it a few thousand times, and each call
 * through vue-i18n resolves the key, runs the message function and checks its fallbacks again (a
 * cold start spent a tenth of its script there). Each language keeps its own, so a switch back to
 * one shown before finds them; they are dropped when its messages (or the fallback's) change. Each
 * call reads the language and the messages, so a view that showed one re-renders when they
 * change, as with vue-i18n's own `t`.
 */
import type { Ref } from 'vue'

export interface TranslatingComposer {
  t: (...args: never[]) => string
  locale: Ref<string>
  messages: Ref<Record<string, unknown>>
  fallbackLocale: Ref<unknown>
}

/** Counts and names vary: the texts remembered are dropped past this many, and remembered anew. */
const MAX_REMEMBERED = 4000
const primitive = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'

/**
 * The arguments of a call as one text, or null when they are not all plain values (a message
 * given anything else, or options, goes to vue-i18n every time).
 */
export function keyOf(args: unknown[]): string | null {
  if (typeof args[0] !== 'string') return null
  if (args.length === 1) return args[0]
  for (const a of args.slice(1))
    if (!primitive(a) && !(a && typeof a === 'object' && !Array.isArray(a) && Object.values(a).every(primitive)))
      return null
    // Options naming another language: that language's messages are not watched here.
    else if (a && typeof a === 'object' && 'locale' in a) return null
  return `${args[0]}\u0000${JSON.stringify(args.slice(1))}`
}

export function rememberPlainTranslations(composer: TranslatingComposer): void {
  const translate = composer.t as unknown as (...args: unknown[]) => string
  /** Per language: its remembered texts, and what they were read from (its messages, the fallback's). */
  const byLocale = new Map<string, { from: unknown[]; texts: Map<string, string> }>()
  const t = (...args: unknown[]): string => {
    // Read on every call: a render that called t() depends on them, as through vue-i18n.
    const all = composer.messages.value
    const fallback = composer.fallbackLocale.value
    const locale = composer.locale.value
    const now = [all[locale], fallback, all[String(fallback)]]
    const key = keyOf(args)
    if (key === null) return translate(...args)
    let memo = byLocale.get(locale)
    if (!memo || now.some((x, i) => x !== memo!.from[i]) || memo.texts.size >= MAX_REMEMBERED)
      byLocale.set(locale, (memo = { from: now, texts: new Map() }))
    let text = memo.texts.get(key)
    if (text === undefined) memo.texts.set(key, (text = translate(...args)))
    return text
  }
  composer.t = t as TranslatingComposer['t']
}
