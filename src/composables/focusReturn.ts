/**
 * For what opens over the page (a modal, the detail drawer): remembers what has the focus now, and
 * gives back a function that returns the focus there, if that element is still on the page.
 */
export function rememberFocus(): () => void {
  const opener = document.activeElement
  return () => {
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus()
  }
}
