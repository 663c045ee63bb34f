/**
 * A derived value for a view that may be out of sight: in sight it is a computed (it follows its
 * inputs at once, computed when read); out of sight it keeps its last value, and a change of its
 * inputs is taken in when the browser is idle, or at once as the view comes into sight. The rule
 * the charts follow (./useChartScheduler) for a view that is not a chart: a filter change costs
 * only what the user can see. Call it in a component's setup (it ends with the component).
 */
import { computed, onScopeDispose, ReactiveEffect, ref, watch, type Ref } from 'vue'
import { whenIdle } from './whenIdle'

export function followWhenSeen<T>(
  compute: () => T,
  seen: Readonly<Ref<boolean>>,
  idle: (task: () => void) => () => void = whenIdle,
): Readonly<Ref<T>> {
  /** Bumped when the value shown is to follow its inputs again. */
  const version = ref(0)
  let changed = false
  let inSight = seen.value
  let cancel: (() => void) | undefined
  const follow = () => {
    cancel?.()
    cancel = undefined
    if (!changed) return
    changed = false
    // A notice is not a change: a computed read may give the same value again (the filters
    // after a link change that keeps them): then nothing is computed again, as with a computed.
    if (!inputs.dirty) return
    version.value++
  }
  // Tracks compute's inputs by itself: a change is noticed (the scheduler) without computing anything.
  const inputs = new ReactiveEffect(compute)
  inputs.scheduler = () => {
    changed = true
    if (inSight) follow()
    else cancel ??= idle(follow)
  }
  watch(
    seen,
    (now) => {
      inSight = now
      if (now) follow()
    },
    { flush: 'sync' },
  )
  onScopeDispose(() => {
    cancel?.()
    inputs.stop()
  })
  return computed(() => {
    void version.value
    return inputs.run()
  })
}
