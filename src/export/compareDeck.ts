/**
 * The comparison's slides (issue 11): "What changed since <date>" — the class counts, the
 * transition table (native tables), the top regressions and completions with their titles — and
 * the trend across the series as a native stacked area chart. Pure: data and words in, deck
 * sections out (./deckPlan lays them out like every other slide).
 */
import { STATUS_COLORS } from '@/charts/palette'
import { CHANGE_CLASSES, MATRIX_FROM, MATRIX_TO, type ChangeClass, type Comparison } from '@/domain/compare'
import type { TrendPoint } from '@/domain/trend'
import { STATUSES, type Status } from '@/domain/vocab'
import type { DeckChart, DeckSection } from './deckPlan'

/** One changed commitment as a slide lists it. */
export interface ChangeItem {
  title: string
  agreement: string
  classes: ChangeClass[]
  /** The status (and due date where it moved) before and after, in words. */
  before: string
  after: string
}

export interface CompareDeckWords {
  /** "What changed since 30 June 2026". */
  title(date: string): string
  matrixTitle(date: string): string
  listTitle(date: string, count: number): string
  trendTitle: string
  cls(c: ChangeClass): string
  status(s: Status): string
  count: string
  from: string
  total: string
  none: string
  date(iso: string): string
  number(n: number): string
  headers: { title: string; agreement: string; change: string; before: string; after: string }
}

/** Changes a slide lists at most: the regressions first, then the completions (the list's order). */
export const MAX_CHANGE_ROWS = 16

export function compareSections(
  input: { since: string; comparison: Comparison; changes: ChangeItem[] },
  w: CompareDeckWords,
): DeckSection[] {
  const date = w.date(input.since)
  const c = input.comparison
  const counts = CHANGE_CLASSES.filter((k) => k !== 'unchanged' || c.counts.unchanged > 0)
  const width = MATRIX_TO.length
  const name = (k: string) => (k === 'new' || k === 'removed' ? w.cls(k) : w.status(k as Status))
  return [
    {
      kind: 'list',
      list: {
        id: 'changes-count',
        title: w.title(date),
        header: [w.headers.change, w.count],
        columns: [{ weight: 3 }, { weight: 1, maxLines: 1, align: 'right' }],
        rows: counts.map((k) => [w.cls(k), w.number(c.counts[k])]),
        empty: w.none,
        width: 6.5,
      },
    },
    {
      kind: 'list',
      list: {
        id: 'transitions',
        title: w.matrixTitle(date),
        header: [w.from, ...MATRIX_TO.map(name), w.total],
        columns: [
          { weight: 1.6 },
          ...MATRIX_TO.map(() => ({ weight: 1, maxLines: 2, align: 'right' as const })),
          { weight: 0.9, align: 'right' as const },
        ],
        rows: MATRIX_FROM.map((from, r) => {
          const cells = Array.from(c.matrix.subarray(r * width, (r + 1) * width))
          return [name(from), ...cells.map(w.number), w.number(cells.reduce((a, b) => a + b, 0))]
        }),
        empty: w.none,
      },
    },
    {
      kind: 'list',
      list: {
        id: 'changed',
        title: w.listTitle(date, input.changes.length),
        header: [w.headers.title, w.headers.agreement, w.headers.change, w.headers.before, w.headers.after],
        columns: [{ weight: 3.2 }, { weight: 2.2 }, { weight: 1.8 }, { weight: 1.5 }, { weight: 1.5 }],
        rows: input.changes
          .slice(0, MAX_CHANGE_ROWS)
          .map((x) => [x.title, x.agreement, x.classes.map(w.cls).join(', '), x.before, x.after]),
        empty: w.none,
      },
    },
  ]
}

/** The trend: the status counts of every report of the series, stacked, by as-of date. */
export function trendDeckChart(points: readonly TrendPoint[], w: CompareDeckWords, overdue: string): DeckChart {
  return {
    id: 'trend',
    title: w.trendTitle,
    direction: 'col',
    kind: 'area',
    keys: points.map((p) => p.id),
    categories: points.map((p) => w.date(p.asOf)),
    series: STATUSES.map((s) => ({
      id: s,
      name: w.status(s),
      color: STATUS_COLORS[s],
      values: points.map((p) => p.counts[s]),
    })),
    extra: { name: overdue, values: points.map((p) => p.overdue) },
  }
}
