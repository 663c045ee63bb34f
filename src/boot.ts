/**
 * The page's first work, before the app's code is evaluated (main.ts imports this first): a
 * hand-written link's query moves after `#/`, and the data worker starts, asked at once for what
 * is stored. Its start (a JavaScript context and code of its own) and its first read then overlap
 * the evaluation of the app's code instead of following it.
 */
import { askStoredStateEarly } from './data/client'

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

moveSearchIntoHash(window.location, window.history)

/** The link's query (kept after `#/` by moveSearchIntoHash). */
export const linkQuery = new URLSearchParams(window.location.hash.split('?')[1] ?? '')

// A link's `s=` names the report to show.
askStoredStateEarly(linkQuery.get('s') ?? undefined)
