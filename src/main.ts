import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { i18n } from './i18n'
import { createAppRouter, moveSearchIntoHash } from './router'
import { useDataStore } from './stores/data'
import './styles.css'

moveSearchIntoHash(window.location, window.history)
const app = createApp(App).use(createPinia()).use(i18n).use(createAppRouter())
app.mount('#app')
void useDataStore().init()
