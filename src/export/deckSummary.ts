/**
 * The summary slide after the title: the KPIs, each with its change since a baseline when one is
 * given, and the key messages (./keyMessages). Pure; the comparison (issue 11) passes `change`.
 */
import type { Kpi } from '@/domain/aggregate'
import { oneLine, xmlSafe } from './xmlText'

export type KpiKey = 'agreements' | 'commitments' | 'completed' | 'completionRate' | 'overdue'
export const KPI_KEYS: readonly KpiKey[] = ['agreements', 'commitments', 'completed', 'completionRate', 'overdue']

/** What changed since a baseline snapshot: current minus baseline, per KPI. */
export interface KpiChange {
  /** `YYYY-MM-DD`: the baseline's as-of date. */
  since: string
  agreements?: number
  commitments?: number
  completed?: number
  overdue?: number
  /** A fraction (0.041 = 4.1 percentage points); null when either rate is undefined. */
  completionRate?: number | null
}

/** The change of every KPI from a baseline's (`before`, as of `since`) to now. */
export function kpiChange(now: Kpi, before: Kpi, since: string): KpiChange {
  return {
    since,
    agreements: now.agreements - before.agreements,
    commitments: now.commitments - before.commitments,
    completed: now.completed - before.completed,
    overdue: now.overdue - before.overdue,
    completionRate:
      now.completionRate === null || before.completionRate === null ? null : now.completionRate - before.completionRate,
  }
}

export interface DeckSummary {
  kpi: Kpi
  change?: KpiChange
  /** Three to five sentences, from ./keyMessages. */
  messages: string[]
}

export interface SummaryWords {
  title: string
  messages: string
  labels: Record<KpiKey, string>
  number(n: number): string
  percent(rate: number): string
  /** What a KPI shows when it is undefined (no completion rate when everything is cancelled). */
  none: string
  date(iso: string): string
  /** "+12 since 31 Dec 2025". */
  change(delta: string, date: string): string
  noChange(date: string): string
  /** A rate's change in percentage points: "+4.1 pts". */
  points(delta: string): string
}

export interface SummaryTile {
  key: KpiKey
  label: string
  value: string
  /** The change since the baseline, in words; absent without a baseline. */
  change?: string
  /** Which way the number went: `worse` for more overdue, `better` for more completed. */
  trend?: 'better' | 'worse' | 'same'
}

export interface SummarySlide {
  kind: 'summary'
  title: string
  subtitle: string
  tiles: SummaryTile[]
  messagesTitle: string
  messages: string[]
  notes: string
}

export function summarySlide(s: DeckSummary, subtitle: string, w: SummaryWords): SummarySlide {
  const tiles = KPI_KEYS.map((key): SummaryTile => {
    const value = key === 'completionRate' ? rateText(s.kpi.completionRate, w) : w.number(s.kpi[key])
    const tile: SummaryTile = { key, label: oneLine(w.labels[key]), value: oneLine(value) }
    const delta = s.change?.[key]
    if (!s.change || delta === undefined || delta === null) return tile
    const date = w.date(s.change.since)
    const shown = key === 'completionRate' ? w.points(signed(Math.round(delta * 1000) / 10, w)) : signed(delta, w)
    const same = key === 'completionRate' ? Math.round(delta * 1000) === 0 : delta === 0
    const up = delta > 0
    return {
      ...tile,
      change: oneLine(same ? w.noChange(date) : w.change(shown, date)),
      // More overdue is worse; more of anything else is better.
      trend: same ? 'same' : up === (key !== 'overdue') ? 'better' : 'worse',
    }
  })
  const messages = s.messages.map(oneLine).filter(Boolean)
  const notes = [
    ...tiles.map((t) => `${t.label}: ${t.value}${t.change ? ` (${t.change})` : ''}`),
    oneLine(w.messages),
    ...messages,
  ]
  return {
    kind: 'summary',
    title: oneLine(w.title),
    subtitle,
    tiles,
    messagesTitle: oneLine(w.messages),
    messages,
    notes: xmlSafe(notes.join('\n')),
  }
}

function rateText(rate: number | null, w: SummaryWords): string {
  return rate === null ? w.none : w.percent(rate)
}

/** A number with its sign, minus as a true minus sign. */
function signed(n: number, w: SummaryWords): string {
  if (n === 0) return w.number(0)
  return n > 0 ? `+${w.number(n)}` : `−${w.number(-n)}`
}
