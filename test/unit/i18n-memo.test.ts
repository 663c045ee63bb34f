/** `t(key)` remembered per language (i18n/memo.ts): the same texts as vue-i18n's, and as reactive. */
import { describe, expect, it } from 'vitest'
import { computed } from 'vue'
import { createI18n } from 'vue-i18n'
import { keyOf, rememberPlainTranslations, type TranslatingComposer } from '@/i18n/memo'
import { i18n as appI18n } from '@/i18n'
import en from '@/i18n/locales/en'

function setup() {
  const i18n = createI18n({
    legacy: false,
    locale: 'en',
    fallbackLocale: 'en',
    messages: {
      en: { hello: 'Hello', only: 'English only', n: 'No items | One item | {count} items' },
      ru: { hello: 'Привет' },
    },
  })
  const g = i18n.global as unknown as TranslatingComposer & {
    setLocaleMessage(l: string, m: unknown): void
    t: (...a: unknown[]) => string
  }
  let calls = 0
  const original = g.t
  g.t = ((...a: unknown[]) => (calls++, original(...a))) as typeof g.t
  rememberPlainTranslations(g)
  return { g, calls: () => calls }
}

describe('rememberPlainTranslations', () => {
  it('translates once per key, plain arguments and language', () => {
    const { g, calls } = setup()
    expect(g.t('hello')).toBe('Hello')
    expect(g.t('hello')).toBe('Hello')
    expect(calls()).toBe(1)
    expect(g.t('n', 3)).toBe('3 items')
    expect(g.t('n', 3)).toBe('3 items')
    expect(g.t('n', 1)).toBe('One item')
    expect(g.t('n', { count: 'many' }, 5)).toBe('many items')
    expect(calls()).toBe(4)
  })

  it('arguments that are not plain values are never remembered', () => {
    expect(keyOf(['a'])).toBe('a')
    expect(keyOf(['a', 2, { count: '2' }])).not.toBeNull()
    expect(keyOf(['a', 2])).not.toBe(keyOf(['a', '2']))
    expect(keyOf(['a', { list: [1] }])).toBeNull()
    expect(keyOf(['a', { fn: () => 1 }])).toBeNull()
    expect(keyOf(['a', ['x']])).toBeNull()
    expect(keyOf([{}])).toBeNull()
    expect(keyOf(['a', {}, { locale: 'ru' }])).toBeNull()
  })

  it('another language, or new messages for it, are read again; a missing key falls back as before', () => {
    const { g } = setup()
    expect(g.t('hello')).toBe('Hello')
    g.locale.value = 'ru'
    expect(g.t('hello')).toBe('Привет')
    expect(g.t('only')).toBe('English only')
    g.setLocaleMessage('ru', { hello: 'Здравствуйте', only: 'Только русский' })
    expect(g.t('hello')).toBe('Здравствуйте')
    expect(g.t('only')).toBe('Только русский')
  })

  it('a switch back to a language shown before finds its texts; its new messages are read again', () => {
    const { g, calls } = setup()
    expect(g.t('hello')).toBe('Hello')
    g.locale.value = 'ru'
    expect(g.t('hello')).toBe('Привет')
    expect(calls()).toBe(2)
    g.locale.value = 'en'
    expect(g.t('hello')).toBe('Hello')
    g.locale.value = 'ru'
    expect(g.t('hello')).toBe('Привет')
    expect(calls()).toBe(2)
    g.setLocaleMessage('ru', { hello: 'Здравствуйте' })
    expect(g.t('hello')).toBe('Здравствуйте')
    expect(calls()).toBe(3)
    // The fallback's messages changed: what fell back to them is read again in every language.
    g.setLocaleMessage('en', { hello: 'Hi', only: 'English, new' })
    expect(g.t('only')).toBe('English, new')
    g.locale.value = 'en'
    expect(g.t('hello')).toBe('Hi')
  })

  it('a computed that called it follows the language', () => {
    const { g } = setup()
    const text = computed(() => g.t('hello'))
    expect(text.value).toBe('Hello')
    g.locale.value = 'ru'
    expect(text.value).toBe('Привет')
  })

  it("the app's own t gives every English message with no argument as vue-i18n's translation of it", () => {
    const fresh = createI18n({ legacy: false, locale: 'en', messages: { en } }).global as unknown as {
      t: (k: string) => string
    }
    const keys: string[] = []
    const walk = (o: Record<string, unknown>, at: string) => {
      for (const [k, v] of Object.entries(o))
        if (typeof v === 'string') keys.push(at + k)
        else if (v && typeof v === 'object') walk(v as Record<string, unknown>, `${at}${k}.`)
    }
    walk(en as unknown as Record<string, unknown>, '')
    expect(keys.length).toBeGreaterThan(200)
    const t = appI18n.global.t as unknown as (k: string) => string
    for (const k of keys) expect(t(k), k).toBe(fresh.t(k))
  })
})
