import { createPinia, setActivePinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { i18n, setLocale } from './i18n'
import { initialLocale, LOCALE_STORAGE_KEY } from './i18n/choose'
import { createAppRouter, moveSearchIntoHash } from './router'
import { useDataStore } from './stores/data'
import './styles.css'

moveSearchIntoHash(window.location, window.history)

/** The link's query (kept after `#/` by moveSearchIntoHash). */
const linkQuery = new URLSearchParams(window.location.hash.split('?')[1] ?? '')

/** `lang=` of the link, the language chosen before, the browser's. */
function startLocale() {
  const linkLang = linkQuery.get('lang')
  let remembered: string | null = null
  try {
    remembered = localStorage.getItem(LOCALE_STORAGE_KEY)
  } catch {
    // Storage refused: no remembered choice.
  }
  return { locale: initialLocale(linkLang, remembered, navigator.languages ?? []), fromLink: linkLang !== null }
}

const start = startLocale()
const pinia = createPinia()
setActivePinia(pinia)
// The stored data is asked for at once: the worker starts and reads while the language loads
// (the titles follow the language when it is there; the numbers need none).
// A link's `s=` names the report to show.
void useDataStore().init(linkQuery.get('s') ?? undefined)
// The app mounts once its language is there (one small chunk), so no English flashes first.
void setLocale(start.locale, start.fromLink)
  .catch(() => setLocale('en', false))
  .finally(() => {
    createApp(App).use(pinia).use(i18n).use(createAppRouter()).mount('#app')
  })
