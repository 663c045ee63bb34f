/** What the country briefing page shows, from the columns. Pure. */
import { dateNumber } from './dates'
import { type Columns } from './columns'
import { CLASS_BIT } from './compare'
import { OPEN_STATUSES, STATUSES } from './vocab'

const COMPLETED = STATUSES.indexOf('completed')

export interface CountryBriefing {
  /** Rows (commitments) that have this partner country. */
  mask: Uint8Array
  /** Agreements with this country as a party or as a partner of one of their commitments. */
  agreements: number[]
  /** Overdue rows, longest overdue first. */
  overdue: number[]
  /**
   * Rows completed since the previous report, latest first: with a comparison, those of class
   * `completed`; without, those whose history shows the completion strictly after `since`.
   */
  completedSince: number[]
  /** Open rows due from asOf to `until`, soonest first. */
  upcoming: number[]
}

/** Everything the country briefing page shows, from the columns. */
export function countryBriefing(
  cols: Columns,
  code: string,
  asOf: string,
  since: string,
  until: string,
  /** Per row, its change classes against the previous report (./compare), when one is stored. */
  changeClasses?: Uint16Array,
): CountryBriefing {
  const mask = new Uint8Array(cols.count)
  const country = cols.countryCodes.indexOf(code)
  const agreementSet = new Set<number>()
  const overdue: number[] = []
  const completedSince: number[] = []
  const upcoming: number[] = []
  if (country < 0) return { mask, agreements: [], overdue, completedSince, upcoming }
  for (let a = 0; a < cols.agreementCount; a++) {
    for (let k = cols.partyCountryStart[a]; k < cols.partyCountryStart[a + 1]; k++)
      if (cols.partyCountryIndex[k] === country) agreementSet.add(a)
  }
  const [asOfN, sinceN, untilN] = [dateNumber(asOf), dateNumber(since), dateNumber(until)]
  const open = (i: number) => OPEN_STATUSES.has(STATUSES[cols.status[i]])
  for (let i = 0; i < cols.count; i++) {
    let hit = false
    for (let k = cols.countryStart[i]; k < cols.countryStart[i + 1] && !hit; k++) hit = cols.countryIndex[k] === country
    if (!hit) continue
    mask[i] = 1
    agreementSet.add(cols.agreement[i])
    if (cols.overdue[i]) overdue.push(i)
    if (
      changeClasses
        ? (changeClasses[i] & CLASS_BIT.completed) !== 0
        : cols.status[i] === COMPLETED && cols.completedOn[i] > sinceN && cols.completedOn[i] <= asOfN
    )
      completedSince.push(i)
    if (open(i) && cols.due[i] >= asOfN && cols.due[i] <= untilN) upcoming.push(i)
  }
  overdue.sort((x, y) => cols.due[x] - cols.due[y] || x - y)
  completedSince.sort((x, y) => cols.completedOn[y] - cols.completedOn[x] || x - y)
  upcoming.sort((x, y) => cols.due[x] - cols.due[y] || x - y)
  return {
    mask,
    agreements: [...agreementSet].sort((x, y) => cols.agreementSigned[y] - cols.agreementSigned[x] || x - y),
    overdue,
    completedSince,
    upcoming,
  }
}
