/**
 * A condition shown only once it has held for `ms`: a wait of a few tens of milliseconds (a
 * search in the worker) then shows nothing, instead of a notice that appears and goes within a
 * frame or two and moves everything under it twice.
 */
import { onScopeDispose, ref, watch, type Ref } from 'vue'

export function heldFor(source: () => boolean, ms: number): Ref<boolean> {
  const shown = ref(false)
  let timer: ReturnType<typeof setTimeout> | undefined
  watch(
    source,
    (on) => {
      clearTimeout(timer)
      if (!on) shown.value = false
      else if (!shown.value) timer = setTimeout(() => (shown.value = true), ms)
    },
    { immediate: true },
  )
  onScopeDispose(() => clearTimeout(timer))
  return shown
}
