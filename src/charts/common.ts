/** What the option builders of the dashboard's charts share: axis text, grid lines, the legend. Pure. */
import { INK } from './palette'

export const AXIS_LABEL = { color: INK.text }
export const SPLIT = { lineStyle: { color: INK.grid } }
export const legend = (names: string[]) => ({
  // One line that pages when it does not fit (a phone): a wrapped legend would cover the axis.
  type: 'scroll' as const,
  top: 0,
  left: 0,
  itemWidth: 12,
  itemHeight: 12,
  textStyle: { color: INK.text },
  data: names,
})
