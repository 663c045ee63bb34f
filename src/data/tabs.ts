/** Other tabs of the app in this browser: each says when it changed what is stored. */
const CHANNEL = 'coop-followup-data'

export interface OtherTabs {
  /** Tells the other tabs that what is stored changed. */
  tell(): void
}

/** Listens for the other tabs' changes; without BroadcastChannel (old browsers) it is silent. */
export function otherTabs(onChange: () => void): OtherTabs {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null
  if (channel) channel.onmessage = () => onChange()
  return { tell: () => channel?.postMessage({ type: 'changed' }) }
}
