/**
 * Where things go on a slide (inches, 16:9 LAYOUT_WIDE): shared by the plan, which fits tables
 * and texts to the body, and the writer, which draws them there.
 */

/** LAYOUT_WIDE: 13.333 × 7.5 in, 16:9. */
export const PAGE = { w: 13.333, h: 7.5 }
export const MARGIN = 0.5
/** The footer's top: nothing of the body reaches below `BODY.y + BODY.h`, which stays above it. */
export const FOOTER_Y = 7.0
/** The body under the title and subtitle. */
export const BODY = { x: MARGIN, y: 1.4, w: PAGE.w - 2 * MARGIN, h: 5.5 }
/** Height of a footnote line under a chart or table. */
export const NOTE_H = 0.4
