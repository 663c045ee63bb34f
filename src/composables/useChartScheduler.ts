/**
 * When a chart draws: the rules, in one place. A chart in view draws a filter change at once; new
 * data (another snapshot: a new "generation") once the page has taken it in (after Vue's update,
 * in the same task: the boxes have their new sizes, and the charts in view reach the screen in the
 * frame that shows the new KPIs and table, not one frame each after it; a chart draws the same
 * aggregates at any size of snapshot, a few ms); a chart off screen draws when the browser is
 * idle, or as soon as it scrolls into view. So a filter change costs only the charts the user can
 * see. A chart whose data is about to be replaced (its panel pending) holds its drawing until the
 * data comes: drawing what is about to go costs a frame.
 */
import { computed, inject, nextTick, onBeforeUnmount, provide, ref, watch, type InjectionKey, type Ref } from 'vue'
import type { SnapshotRecord } from '@/db/database'
import { whenIdle } from './whenIdle'

/** How a requested drawing is scheduled. */
export type DrawTiming = 'now' | 'after-update' | 'idle'

/** The rule: off screen waits for idle; new data waits for the page's update; a filter change draws now. */
export function drawTiming(onScreen: boolean, sameGeneration: boolean): DrawTiming {
  if (!onScreen) return 'idle'
  return sameGeneration ? 'now' : 'after-update'
}

export interface Timers {
  idle(task: () => void): () => void
  afterUpdate(task: () => void): () => void
}

/**
 * The scheduler of one chart, without Vue: `draw` gets each option to draw, at its time, and
 * whether the page may have changed since the browser last laid it out (a drawing after an
 * update, in an idle callback, or on coming into view: its box's size is read again, not taken
 * from the last layout).
 */
export function createChartScheduler<O>(
  draw: (option: O, fresh: boolean) => void,
  generation: () => string,
  timers: Timers,
) {
  let pending: O | null = null
  let onScreen = false
  let held = false
  let drawnGeneration: string | null = null
  let cancel: (() => void) | undefined

  /** Forgets the drawing scheduled, if any. */
  function unschedule() {
    cancel?.()
    cancel = undefined
  }

  function flush(fresh: boolean) {
    unschedule()
    if (pending === null) return
    const option = pending
    pending = null
    drawnGeneration = generation()
    draw(option, fresh)
  }

  function schedule() {
    unschedule()
    if (held || pending === null) return
    const timing = drawTiming(onScreen, drawnGeneration === generation())
    if (timing === 'idle') cancel = timers.idle(() => flush(true))
    else if (timing === 'after-update') cancel = timers.afterUpdate(() => flush(true))
    else flush(false)
  }

  return {
    /** A new option to draw. */
    request(option: O) {
      pending = option
      schedule()
    },
    /** The chart came into view or left it; coming into view draws what waits. */
    setOnScreen(visible: boolean) {
      onScreen = visible
      if (visible && pending !== null && !held) flush(true)
    },
    /**
     * While held, what is asked for waits (its data is about to be replaced). Released, what waits
     * is scheduled after the page's update: the update that releases a chart usually brings the
     * data it waited for, and only that, the newer option, is drawn.
     */
    hold(hold: boolean) {
      held = hold
      unschedule()
      if (!hold && pending !== null) cancel = timers.afterUpdate(schedule)
    },
    /** True while an option waits to be drawn. */
    waiting: () => pending !== null,
    dispose: unschedule,
  }
}

/** `task` once Vue has applied the changes under way to the page (its DOM), in the same task; its cancel. */
function afterUpdate(task: () => void): () => void {
  let cancelled = false
  void nextTick(() => cancelled || task())
  return () => (cancelled = true)
}

/** Which data the charts show (the snapshot and its version): a new one is a new generation. */
const CHART_GENERATION: InjectionKey<Ref<string>> = Symbol('chart-generation')

/** For a page: its charts' generation follows the snapshot it shows. */
export function provideChartGeneration(record: () => SnapshotRecord | undefined) {
  provide(
    CHART_GENERATION,
    computed(() => {
      const r = record()
      return r ? `${r.id}@${r.importedAt}` : ''
    }),
  )
}

/**
 * For a chart: its scheduler, with the page's generation, held while `held`, stopped when the
 * chart goes. `newData` is when new data is drawn in view (after Vue's update, by default).
 */
export function useChartScheduler<O>(
  draw: (option: O, fresh: boolean) => void,
  held: () => boolean = () => false,
  newData: Timers['afterUpdate'] = afterUpdate,
) {
  const generation = inject(CHART_GENERATION, ref(''))
  const scheduler = createChartScheduler(draw, () => generation.value, { idle: whenIdle, afterUpdate: newData })
  watch(held, (h) => scheduler.hold(h), { immediate: true })
  onBeforeUnmount(scheduler.dispose)
  return scheduler
}
