/** vue-i18n set up once; English is the reference language, others follow it key for key. */
import { createI18n } from 'vue-i18n'
import en from './locales/en'

export type MessageSchema = typeof en

export const i18n = createI18n<[MessageSchema], 'en', false>({
  legacy: false,
  locale: 'en',
  fallbackLocale: 'en',
  messages: { en },
})
