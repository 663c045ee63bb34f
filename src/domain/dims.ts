/**
 * Filter bits: every filter has its own. A row's bit set (its "fails", a Uint16Array over the
 * rows) names the filters it fails; a view leaves out the bits of its own dimensions, so a chart of
 * spheres shows every sphere under the other filters (the linked-view convention). `scope` is not
 * a filter a user sets: it marks rows outside a page's own set (a country's or an agreement's
 * commitments), which no view leaves out.
 */
export const DIM = {
  sphere: 1 << 0,
  country: 1 << 1,
  year: 1 << 2,
  status: 1 << 3,
  type: 1 << 4,
  kind: 1 << 5,
  owedBy: 1 << 6,
  recurrence: 1 << 7,
  agreement: 1 << 8,
  overdue: 1 << 9,
  search: 1 << 10,
  scope: 1 << 11,
  change: 1 << 12,
} as const
export type Dim = keyof typeof DIM

/** Per row, the bits of the filters it fails (0 = it passes every filter). */
export type RowFails = Uint16Array
