/** The four message files agree: same keys in the same order, the same placeholders, the right number of plural forms, real text. */
import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import {
  AGREEMENT_TYPES,
  BUILTIN_SPHERES,
  LEGAL_STATUSES,
  OWED_BY,
  PARTY_KINDS,
  RECURRENCES,
  STATUSES,
} from '@/domain/vocab'
import { GLOSSARY, LANGUAGES, termId, termName, termsIn } from '@/i18n/glossary'
import { initialLocale } from '@/i18n/choose'
import { messageCompiler } from '@/i18n/compiler'
import type { Messages } from '@/i18n/messages'
import { PLURAL_FORMS, pluralRule } from '@/i18n/plural'
import en from '@/i18n/locales/en'
import kk from '@/i18n/locales/kk'
import mn from '@/i18n/locales/mn'
import ru from '@/i18n/locales/ru'

type Tree = { readonly [k: string]: string | Tree }
function flatten(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[prefix + k, v] as [string, string]] : flatten(v, `${prefix}${k}.`),
  )
}
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort()
const forms = (s: string) => s.split('|').length

/** Latin words a ministry text in Cyrillic may carry: formats, brands, codes the file itself uses. */
const LATIN_ALLOWED = new Set(
  // U, FEFF and e: parts of codes (U+FEFF, 1e400) that a message quotes; xlsx, xls: file types; L: a cell's
  // column letter (Обязательства!L12).
  'PNG JPEG SVG CSV JSON XLSX xlsx xls PowerPoint Excel ID ISO UTF Latin Windows Safari http https format version spheres KZ MN en ru kk mn U FEFF e L'.split(
    ' ',
  ),
)

const en_ = flatten(en as unknown as Tree)
const others = { ru, kk, mn } as const

describe('message files', () => {
  for (const [lang, messages] of Object.entries(others)) {
    const entries = flatten(messages as unknown as Tree)
    const byKey = new Map(entries)

    it(`${lang}: the same keys as en, in the same order`, () => {
      expect(entries.map(([k]) => k)).toEqual(en_.map(([k]) => k))
    })

    it(`${lang}: no empty message, the same placeholders as en, and its own number of plural forms`, () => {
      const wanted = PLURAL_FORMS[lang as keyof typeof PLURAL_FORMS].length
      for (const [key, english] of en_) {
        const text = byKey.get(key)!
        expect(text.trim(), key).not.toBe('')
        for (const form of text.split('|')) expect(form.trim(), key).not.toBe('')
        expect(placeholders(text), key).toEqual(placeholders(english))
        expect(forms(text), key).toBe(forms(english) > 1 ? wanted : 1)
      }
    })

    it(`${lang}: no English left (Latin words only from the allowlist)`, () => {
      const latin = entries.flatMap(([key, text]) =>
        (text.replace(/\{\w+\}/g, '').match(/[A-Za-z]+/g) ?? [])
          .filter((w) => !LATIN_ALLOWED.has(w))
          .map((w) => `${key}: ${w}`),
      )
      expect(latin).toEqual([])
    })
  }

  it('en: plural messages have the two English forms', () => {
    for (const [key, text] of en_) expect([1, 2], key).toContain(forms(text))
  })
})

describe('key parity is a type error', () => {
  it('a missing or an extra key does not compile', () => {
    const appWithoutName = { tagline: ru.app.tagline, skipToContent: ru.app.skipToContent }
    // @ts-expect-error a language file without one of en's keys
    const missing: Messages['app'] = appWithoutName
    // @ts-expect-error a language file with a key en does not have
    const extra: Messages['app'] = { ...ru.app, notInEnglish: 'лишний' }
    expect(missing).toBeDefined()
    expect(extra).toBeDefined()
  })
})

describe('our message compiler (src/i18n/compiler.ts)', () => {
  it('gives every message of the four files as vue-i18n’s own compiler does', () => {
    const make = (compiler?: typeof messageCompiler) =>
      createI18n<false>({
        legacy: false,
        locale: 'en',
        ...(compiler ? { messageCompiler: compiler } : {}),
        messages: { en, ru, kk, mn } as never,
        pluralRules: { ru: pluralRule('ru'), en: pluralRule('en'), kk: pluralRule('kk'), mn: pluralRule('mn') },
        missingWarn: false,
        fallbackWarn: false,
      })
    const ours = make(messageCompiler)
    const theirs = make()
    let plainOnes = 0
    for (const [lang, messages] of Object.entries({ en, ...others })) {
      ours.global.locale.value = lang as never
      theirs.global.locale.value = lang as never
      for (const [key, text] of flatten(messages as unknown as Tree)) {
        if (!/[{}@|%]/.test(text)) plainOnes++
        const named = Object.fromEntries(placeholders(text).map((p) => [p, `<${p}>`]))
        for (const n of [1, 3, 5]) {
          const t = (i18n: typeof ours) =>
            (i18n.global.t as (key: string, named: object, plural: number) => string)(key, { ...named, count: n }, n)
          expect(t(ours), `${lang} ${key}`).toBe(t(theirs))
        }
      }
    }
    // The shortcut is taken: most messages are plain text.
    expect(plainOnes).toBeGreaterThan(500)
  })
})

describe('plural forms through Intl.PluralRules', () => {
  const i18n = createI18n<false>({
    legacy: false,
    locale: 'ru',
    messages: { en, ru, kk, mn } as never,
    pluralRules: { ru: pluralRule('ru'), en: pluralRule('en'), kk: pluralRule('kk'), mn: pluralRule('mn') },
  })
  const t = (locale: string, n: number) => {
    i18n.global.locale.value = locale as never
    // Typed loosely: vue-i18n's key types over four full schemas are too deep for tsc.
    return (i18n.global.t as (key: string, named: object, plural: number) => string)('table.count', { count: n }, n)
  }

  it('Russian picks one, few or many as CLDR says (vue-i18n’s own rule is wrong for 5, 111, 112)', () => {
    for (const n of [1, 21, 101, 1001]) expect(t('ru', n)).toBe(`${n} обязательство`)
    for (const n of [2, 3, 4, 22, 34, 102]) expect(t('ru', n)).toBe(`${n} обязательства`)
    for (const n of [0, 5, 11, 12, 14, 19, 25, 100, 111, 112, 114]) expect(t('ru', n)).toBe(`${n} обязательств`)
  })

  it('English: one and other; Kazakh and Mongolian: one form', () => {
    expect(t('en', 1)).toBe('One commitment')
    expect(t('en', 5)).toBe('5 commitments')
    expect(t('kk', 1)).toBe('1 міндеттеме')
    expect(t('kk', 111)).toBe('111 міндеттеме')
    expect(t('mn', 5)).toBe('5 үүрэг')
  })
})

describe('glossary', () => {
  it('names every id of every vocabulary, in the four languages', () => {
    const lists = {
      status: STATUSES,
      sphere: BUILTIN_SPHERES,
      agreementType: AGREEMENT_TYPES,
      partyKind: PARTY_KINDS,
      legalStatus: LEGAL_STATUSES,
      owedBy: OWED_BY,
      recurrence: RECURRENCES,
    } as const
    for (const [group, ids] of Object.entries(lists)) {
      expect(Object.keys(GLOSSARY[group as keyof typeof lists]), group).toEqual([...ids])
      for (const names of Object.values(GLOSSARY[group as keyof typeof lists]))
        for (const l of LANGUAGES) expect((names as Record<string, string>)[l].trim(), `${group} ${l}`).not.toBe('')
    }
  })

  it('has the comparison classes of the format page', () => {
    expect(Object.keys(GLOSSARY.comparison)).toEqual([
      'new',
      'removed',
      'status_changed',
      'completed',
      'reopened',
      'started',
      'stopped',
      'reporting_lost',
      'became_overdue',
      'no_longer_overdue',
      'due_moved',
      'progress_changed',
      'unchanged',
    ])
  })

  it('uses the ministries’ reporting words', () => {
    expect(termName('status', 'completed', 'ru')).toBe('Исполнено')
    expect(termName('status', 'in_progress', 'ru-KZ')).toBe('В работе')
    expect(termName('status', 'not_started', 'ru')).toBe('Не начато')
    expect(termName('flag', 'overdue', 'ru')).toBe('Просрочено')
    expect(termName('status', 'no_information', 'de')).toBe('No information')
  })

  it('reads a name in any language back to its id', () => {
    expect(termId('status', 'исполнено')).toBe('completed')
    expect(termId('status', 'Орындалды')).toBe('completed')
    expect(termId('status', ' Хэрэгжсэн ')).toBe('completed')
    expect(termId('status', 'in_progress')).toBe('in_progress')
    expect(termId('legalStatus', 'Срок действия истек')).toBe('expired') // е for ё
    expect(termId('status', 'nonsense')).toBeUndefined()
  })

  it('names are unique within a group in each language, so reading them back is unambiguous', () => {
    for (const [group, terms] of Object.entries(GLOSSARY))
      for (const l of LANGUAGES) {
        const names = Object.values(terms).map((n) => (n as Record<string, string>)[l].toLowerCase())
        expect(new Set(names).size, `${group} ${l}`).toBe(names.length)
      }
  })

  it('feeds the message files', () => {
    expect(ru.status).toEqual(termsIn('ru').status)
    expect(kk.sphere.ecology).toBe(GLOSSARY.sphere.ecology.kk)
    expect(mn.kpi.overdue).toBe(GLOSSARY.kpi.overdue.mn)
  })
})

describe('first language', () => {
  it('takes the link’s lang=, then the remembered one, then the browser’s first known language', () => {
    expect(initialLocale('kk', 'ru', ['mn'])).toBe('kk')
    expect(initialLocale('xx', 'ru', ['mn'])).toBe('ru')
    expect(initialLocale(null, null, ['de-DE', 'ru-RU', 'en'])).toBe('ru')
    expect(initialLocale(null, 'fr', ['mn-MN'])).toBe('mn')
    expect(initialLocale(undefined, null, ['de'])).toBe('en')
  })
})
