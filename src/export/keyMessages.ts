/**
 * The key messages of a summary slide, written from the numbers of the view: what is overdue and
 * where most of it is, how much is done, what falls due soon, which sphere is the largest. Pure:
 * the words (vue-i18n, with plural forms) come in as functions.
 */
import type { Kpi } from '@/domain/aggregate'
import type { ChartRow } from '@/domain/chartRows'

export interface MessageFacts {
  kpi: Kpi
  /** The sphere chart's rows, every filter applied, with their names. */
  bySphere: readonly ChartRow[]
  /** Open commitments due from the as-of date to three months later. */
  dueSoon: number
}

export interface MessageWords {
  number(n: number): string
  percent(rate: number): string
  completion(rate: string, completed: string, count: string, countN: number): string
  noneOverdue: string
  overdueIn(count: string, countN: number, top: string, sphere: string): string
  dueSoon(count: string, countN: number): string
  noneDueSoon: string
  biggest(sphere: string, count: string, countN: number, share: string): string
}

/** Three to five sentences, the most pressing first. */
export function keyMessages(f: MessageFacts, w: MessageWords): string[] {
  const out: string[] = []
  const { kpi } = f
  if (kpi.overdue === 0) out.push(w.noneOverdue)
  else {
    const top = f.bySphere.reduce<ChartRow | null>((b, r) => (!b || r.overdue > b.overdue ? r : b), null)!
    out.push(w.overdueIn(w.number(kpi.overdue), kpi.overdue, w.number(top.overdue), top.label))
  }
  if (kpi.completionRate !== null) {
    const counted = kpi.commitments - kpi.cancelled
    out.push(w.completion(w.percent(kpi.completionRate), w.number(kpi.completed), w.number(counted), counted))
  }
  out.push(f.dueSoon === 0 ? w.noneDueSoon : w.dueSoon(w.number(f.dueSoon), f.dueSoon))
  // The largest sphere says something only when there are several to compare.
  if (f.bySphere.length > 1 && kpi.commitments > 0) {
    const big = f.bySphere.reduce((b, r) => (r.total > b.total ? r : b))
    out.push(w.biggest(big.label, w.number(big.total), big.total, w.percent(big.total / kpi.commitments)))
  }
  return out
}
