/**
 * When a chart draws: the rules, in one place. A chart in view draws a filter change at once; new
 * data (another snapshot: a new "generation") in a task of its own, so that a whole new dashboard
 * is drawn one chart per task and no single task holds up the page; a chart off screen draws when
 * the browser is idle, or as soon as it scrolls into view. So a filter change costs only the
 * charts the user can see.
 */
import { computed, inject, onBeforeUnmount, provide, ref, type InjectionKey, type Ref } from 'vue'
import type { SnapshotRecord } from '@/db/database'
import { inOwnTask, whenIdle } from './whenIdle'

/** How a requested drawing is scheduled. */
export type DrawTiming = 'now' | 'own-task' | 'idle'

/** The rule: off screen waits for idle; new data gets a task of its own; a filter change draws now. */
export function drawTiming(onScreen: boolean, sameGeneration: boolean): DrawTiming {
  if (!onScreen) return 'idle'
  return sameGeneration ? 'now' : 'own-task'
}

export interface Timers {
  idle(task: () => void): () => void
  ownTask(task: () => void): () => void
}

/** The scheduler of one chart, without Vue: `draw` gets each option to draw, at its time. */
export function createChartScheduler<O>(
  draw: (option: O) => void,
  generation: () => string,
  timers: Timers = { idle: whenIdle, ownTask: inOwnTask },
) {
  let pending: O | null = null
  let onScreen = false
  let drawnGeneration: string | null = null
  let cancel: (() => void) | undefined

  function flush() {
    cancel?.()
    cancel = undefined
    if (pending === null) return
    const option = pending
    pending = null
    drawnGeneration = generation()
    draw(option)
  }

  return {
    /** A new option to draw. */
    request(option: O) {
      pending = option
      cancel?.()
      const timing = drawTiming(onScreen, drawnGeneration === generation())
      if (timing === 'idle') cancel = timers.idle(flush)
      else if (timing === 'own-task') cancel = timers.ownTask(flush)
      else flush()
    },
    /** The chart came into view or left it; coming into view draws what waits. */
    setOnScreen(visible: boolean) {
      onScreen = visible
      if (visible && pending !== null) flush()
    },
    /** True while an option waits to be drawn. */
    waiting: () => pending !== null,
    dispose: () => cancel?.(),
  }
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

/** For a chart: its scheduler, with the page's generation, stopped when the chart goes. */
export function useChartScheduler<O>(draw: (option: O) => void) {
  const generation = inject(CHART_GENERATION, ref(''))
  const scheduler = createChartScheduler(draw, () => generation.value)
  onBeforeUnmount(scheduler.dispose)
  return scheduler
}
