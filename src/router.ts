/**
 * Hash history: a static host serves index.html for one path only, and the hash keeps every
 * view reachable from any sub-path without server rewrites.
 */
import { createRouter, createWebHashHistory } from 'vue-router'
import DashboardView from '@/views/DashboardView.vue'
import { deferredWrites } from './deferredHistory'

/** Created after moveSearchIntoHash, since the hash history reads the address when it is made. */
export function createAppRouter() {
  const router = createRouter({
    // The address is written after the frame that shows a change (deferredHistory.ts).
    history: deferredWrites(createWebHashHistory()),
    routes: [
      { path: '/', name: 'dashboard', component: DashboardView },
      { path: '/country/:code', name: 'country', component: () => import('@/views/CountryView.vue'), props: true },
      { path: '/agreement/:id', name: 'agreement', component: () => import('@/views/AgreementView.vue'), props: true },
      { path: '/:rest(.*)*', redirect: '/' },
    ],
    scrollBehavior: (_to, _from, saved) => (saved ? whenReachable(saved) : undefined),
  })
  // A link's `lang=` stays through every move inside the app (links to pages, details, filters),
  // so an address copied from anywhere opens in the same language.
  router.beforeEach((to, from) => {
    const lang = from.query.lang
    if (typeof lang === 'string' && to.query.lang === undefined) return { ...to, query: { ...to.query, lang } }
  })
  return router
}

/**
 * A hand-written link puts filters in the query before the hash (`…/?sphere=ecology`). Move them
 * after `#/`, where the router keeps its state, before the router reads the address.
 */
export function moveSearchIntoHash(location: Location, history: History): void {
  if (!location.search) return
  const hash = location.hash.replace(/^#/, '') || '/'
  const [path, hashQuery] = hash.split('?')
  const merged = new URLSearchParams(location.search)
  for (const [k, v] of new URLSearchParams(hashQuery ?? '')) merged.set(k, v)
  history.replaceState(history.state, '', `${location.pathname}#${path}?${merged.toString()}`)
}

/**
 * A position saved for Back, once the page is tall enough to hold it: a page drawn again has its
 * views come in over a few frames (charts, the table), and a scroll before then stops short.
 * At most a second later, as far as the page goes then.
 */
function whenReachable<P extends { top?: number }>(saved: P): Promise<P> {
  const until = performance.now() + 1000
  return new Promise((resolve) => {
    const check = () => {
      const room = document.documentElement.scrollHeight - window.innerHeight
      if (room >= (saved.top ?? 0) - 1 || performance.now() >= until) resolve(saved)
      else setTimeout(check, 16)
    }
    check()
  })
}
