/**
 * Closing what pops over the page (a menu, a popover) the way people expect: Escape closes it
 * and gives the focus back to its button; a click or a tap anywhere outside closes it and leaves
 * the focus where that click put it.
 */
import { onBeforeUnmount, onMounted, type Ref } from 'vue'

export function useDismiss(
  root: Ref<HTMLElement | undefined>,
  isOpen: () => boolean,
  close: () => void,
  /** Where the focus goes on Escape: the control that opened it. */
  opener: () => HTMLElement | null | undefined,
): void {
  function onPointer(e: PointerEvent) {
    if (isOpen() && root.value && e.target instanceof Node && !root.value.contains(e.target)) close()
  }
  function onKey(e: KeyboardEvent) {
    if (e.key !== 'Escape' || !isOpen()) return
    // Only the innermost open popup closes: the drawer or the dialog behind it stays.
    e.preventDefault()
    e.stopPropagation()
    close()
    opener()?.focus()
  }
  onMounted(() => {
    document.addEventListener('pointerdown', onPointer, true)
    root.value?.addEventListener('keydown', onKey)
  })
  onBeforeUnmount(() => {
    document.removeEventListener('pointerdown', onPointer, true)
    root.value?.removeEventListener('keydown', onKey)
  })
}

/** useDismiss for a native `<details>` popup: closing it is clearing `open`; its `<summary>` opened it. */
export function useDetailsDismiss(details: Ref<HTMLDetailsElement | undefined>): void {
  useDismiss(
    details,
    () => !!details.value?.open,
    () => details.value?.removeAttribute('open'),
    () => details.value?.querySelector('summary'),
  )
}
