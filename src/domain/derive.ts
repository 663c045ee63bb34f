/** The values the format page defines as derived (never stored in the file). */
import type { Agreement, Commitment } from './schema'
import { OPEN_STATUSES } from './vocab'

/** Overdue: a due date before `asOf` while the status is still open. A flag, not a status. */
export function isOverdue(c: Pick<Commitment, 'due' | 'status'>, asOf: string): boolean {
  return c.due !== undefined && c.due < asOf && OPEN_STATUSES.has(c.status)
}

/**
 * The partner countries of a commitment: its own `countries` if given; otherwise its agreement's
 * parties' countries other than `homeCountry`; if that leaves none, all of the parties' countries.
 */
export function partnerCountries(
  c: Pick<Commitment, 'countries'>,
  agreement: Pick<Agreement, 'parties'>,
  homeCountry: string | undefined,
): string[] {
  if (c.countries && c.countries.length) return unique(c.countries)
  const all = unique(agreement.parties.map((p) => p.country))
  const others = all.filter((code) => code !== homeCountry)
  return others.length ? others : all
}

/** completed ÷ (all − cancelled); null ("—") when the divisor is 0. */
export function completionRate(counts: { total: number; completed: number; cancelled: number }): number | null {
  const base = counts.total - counts.cancelled
  return base > 0 ? counts.completed / base : null
}

function unique(codes: string[]): string[] {
  return [...new Set(codes)]
}
