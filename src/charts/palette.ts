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
/** The overdue accent for text ("overdue by 12 days"), dark enough for small type (≥ 4.5:1 on every light surface). */
export const OVERDUE_TEXT = '#B04A00'

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

/** WCAG 2.x contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const v = parseInt(hex.slice(i, i + 2), 16) / 255
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl
  }
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

/**
 * The outline drawn around a bar of this colour: the same hue, darkened just enough to stand out
 * 3:1 from the chart's white background (WCAG 1.4.11), so pale fills (yellow, sky, grey) are
 * still seen as bars while the fills keep Okabe & Ito's colour-blind-safe hues. A fill that is
 * dark enough already is its own outline.
 */
export function barOutline(fill: string): string {
  let outline = OUTLINES.get(fill)
  if (outline) return outline
  outline = fill
  for (let f = 1; contrastRatio(outline, INK.surface) < 3 && f > 0; f -= 0.02)
    outline =
      '#' +
      [1, 3, 5]
        .map((i) =>
          Math.round(parseInt(fill.slice(i, i + 2), 16) * f)
            .toString(16)
            .padStart(2, '0'),
        )
        .join('')
  OUTLINES.set(fill, outline)
  return outline
}
/** Outlines already worked out (every option builder asks for its colours' at each change). */
const OUTLINES = new Map<string, string>()
