/** Agreements signed per year, by type, under the commitments' filters. Pure. */
import type { YearAxis } from './aggregate'
import { type Columns } from './columns'
import { fourDigitYear } from './dates'
import { DIM, type RowFails } from './dims'
import { AGREEMENT_TYPES, type AgreementType } from './vocab'

export interface AgreementsByYear {
  years: string[]
  types: AgreementType[]
  /** counts[t][y]: agreements of types[t] signed in years[y]. */
  counts: number[][]
}

/**
 * Agreements signed per year, by type. With filters on commitments, an agreement counts when one
 * of its commitments matches them (leaving out this chart's own type filter, and the year filter
 * when years are signing years); with none, every agreement counts.
 */
export function agreementsByYear(
  cols: Columns,
  fails: RowFails,
  axis: YearAxis,
  commitmentFilters: boolean,
): AgreementsByYear {
  const counted = new Uint8Array(cols.agreementCount)
  if (!commitmentFilters) counted.fill(1)
  else {
    const keep = ~(DIM.type | (axis === 'signed' ? DIM.year : 0))
    for (let i = 0; i < cols.count; i++) if ((fails[i] & keep) === 0) counted[cols.agreement[i]] = 1
  }
  const byKey = new Map<string, number[]>()
  const typesSeen = new Set<number>()
  for (let a = 0; a < cols.agreementCount; a++) {
    if (!counted[a]) continue
    const year = fourDigitYear(Math.floor(cols.agreementSigned[a] / 10000))
    const t = cols.agreementType[a]
    typesSeen.add(t)
    let row = byKey.get(year)
    if (!row) byKey.set(year, (row = new Array<number>(AGREEMENT_TYPES.length).fill(0)))
    row[t]++
  }
  const years = [...byKey.keys()].sort()
  const typeIdx = [...typesSeen].sort((a, b) => a - b)
  return {
    years,
    types: typeIdx.map((t) => AGREEMENT_TYPES[t]),
    counts: typeIdx.map((t) => years.map((y) => byKey.get(y)![t])),
  }
}
