import type { InjectionKey, Ref } from 'vue'

/**
 * Which data the charts show (the snapshot and when it was loaded). When it changes, a whole new
 * dashboard is drawn: the charts in view then draw one per task, so that no single task holds
 * up the page; a filter change keeps the same generation and redraws them at once.
 */
export const CHART_GENERATION: InjectionKey<Ref<string>> = Symbol('chart-generation')
