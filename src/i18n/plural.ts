/**
 * Plural forms through Intl.PluralRules. vue-i18n 11's built-in rule (and the Russian rule in its
 * documentation) picks the wrong form for 5, 111 or 112; CLDR's rules, which every browser ships
 * for Russian, do not. Each language lists its message forms in order, `|`-separated:
 * en `one | other`; ru `one | few | many` (1, 21 · 2–4, 22 · 5–20, 111, 112); kk and mn one form.
 */
import type { PluralizationRule } from 'vue-i18n'

/** The CLDR category each form of a message stands for, in the order the forms are written. */
export const PLURAL_FORMS = {
  en: ['one', 'other'],
  ru: ['one', 'few', 'many'],
  kk: ['other'],
  mn: ['other'],
} as const satisfies Record<string, readonly Intl.LDMLPluralRule[]>

/** Categories a language's messages do not write out, and the form that stands in for them. */
const STAND_IN: Partial<Record<Intl.LDMLPluralRule, Intl.LDMLPluralRule>> = { other: 'few', zero: 'many' }

export function pluralRule(locale: keyof typeof PLURAL_FORMS): PluralizationRule {
  const forms: readonly Intl.LDMLPluralRule[] = PLURAL_FORMS[locale]
  const rules = new Intl.PluralRules(locale)
  return (choice, choicesLength) => {
    if (choicesLength <= 1 || forms.length === 1) return 0
    const category = rules.select(Math.abs(choice))
    let index = forms.indexOf(category)
    if (index < 0) index = forms.indexOf(STAND_IN[category] ?? 'other')
    return Math.min(Math.max(index, 0), choicesLength - 1)
  }
}
