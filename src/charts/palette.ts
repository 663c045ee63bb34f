/**
 * The one palette. Status colours follow Okabe & Ito's colour-blind-safe set, so that the seven
 * statuses stay distinguishable with the common colour-vision deficiencies; charts can add
 * patterns (decals) on top, and every chart has a data table behind it.
 */
import type { Status } from '@/domain/vocab'

export const STATUS_COLORS: Record<Status, string> = {
  not_started: '#E69F00',
  in_progress: '#56B4E9',
  ongoing: '#0072B2',
  completed: '#009E73',
  suspended: '#CC79A7',
  cancelled: '#5F5F5F',
  no_information: '#C8C8C8',
}

/** Overdue is a flag on top of a status: one accent, used for it alone. */
export const OVERDUE_COLOR = '#D55E00'

/** How commitments due in a month stand (deadlines chart): green for done, the overdue accent, sky for upcoming. */
export const DEADLINE_COLORS = {
  on_time: '#009E73',
  late: '#F0E442',
  done_undated: '#9AD9C2',
  overdue: OVERDUE_COLOR,
  upcoming: '#56B4E9',
  other: '#C8C8C8',
} as const

/** Agreement types: Paul Tol's "muted" qualitative scheme, colour-blind safe, in AGREEMENT_TYPES order. */
export const TYPE_COLORS = [
  '#332288',
  '#88CCEE',
  '#44AA99',
  '#117733',
  '#999933',
  '#DDCC77',
  '#CC6677',
  '#882255',
  '#AA4499',
  '#BBBBBB',
] as const

/** Completion rate 0 → 100 %: a single-hue sequential ramp, readable without colour vision. */
export const RATE_RAMP = ['#f7fbff', '#c6dbef', '#6baed6', '#2171b5', '#08306b'] as const

export const INK = {
  text: '#1d2733',
  muted: '#5b6675',
  grid: '#e3e8ee',
  surface: '#ffffff',
} as const

/** The app's header navy: slide titles and the band on top of each exported slide. */
export const NAVY = '#0B3D5C'
