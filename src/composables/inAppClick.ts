/**
 * A plain link the app follows itself, as RouterLink does, without RouterLink's watch of the
 * current route: a table's twenty links re-rendered at every filter change with it. A click with
 * a modifier key or another button is the browser's (a new tab, a new window).
 */
export interface LinkClick {
  button: number
  metaKey: boolean
  ctrlKey: boolean
  shiftKey: boolean
  altKey: boolean
  defaultPrevented: boolean
}

/** True when the app should follow this click itself (and prevent the browser's navigation). */
export function followsInApp(e: LinkClick): boolean {
  return !e.defaultPrevented && e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey
}
