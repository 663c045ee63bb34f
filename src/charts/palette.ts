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

export const INK = {
  text: '#1d2733',
  muted: '#5b6675',
  grid: '#e3e8ee',
  surface: '#ffffff',
} as const
