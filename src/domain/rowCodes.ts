/**
 * A row's small enumerated values packed into one byte: status (3 bits), overdue (1 bit), owed by
 * (2 bits) and recurrence (2 bits). The filter pass reads one byte per row for all of them, and
 * the low four bits are the row's (status, overdue) cell in the counts (./aggregate): status + 8 ×
 * overdue, with no arithmetic. Built once per snapshot's columns, on the page, on first use.
 */
import type { Columns } from './columns'
import { OWED_BY, RECURRENCES, STATUSES } from './vocab'

/** Where each field sits in a row's code. */
export const CODE_FIELDS = {
  status: { shift: 0, width: 3 },
  overdue: { shift: 3, width: 1 },
  owedBy: { shift: 4, width: 2 },
  recurrence: { shift: 6, width: 2 },
} as const
export type CodeField = keyof typeof CODE_FIELDS

/** Every code a row can have (the table the filter pass looks codes up in has this many entries). */
export const CODE_COUNT = 256

/** The value of one field in a code. */
export function codeField(code: number, field: CodeField): number {
  const { shift, width } = CODE_FIELDS[field]
  return (code >> shift) & ((1 << width) - 1)
}

// Each field's vocabulary must fit its bits: a wider list needs another layout, not a silent overflow.
for (const [field, size] of [
  ['status', STATUSES.length],
  ['owedBy', OWED_BY.length],
  ['recurrence', RECURRENCES.length],
] as const)
  if (size > 1 << CODE_FIELDS[field].width) throw new Error(`row codes: ${field} has more values than its bits hold`)

const codesOf = new WeakMap<Uint8Array, Uint8Array>()

/** The rows' codes, computed once per columns (keyed by their status array, which a snapshot keeps). */
export function rowCodes(cols: Columns): Uint8Array {
  let codes = codesOf.get(cols.status)
  if (!codes) {
    codes = new Uint8Array(cols.count)
    const { status, overdue, owedBy, recurrence } = cols
    for (let i = 0; i < cols.count; i++)
      codes[i] = status[i] | (overdue[i] << 3) | (owedBy[i] << 4) | (recurrence[i] << 6)
    codesOf.set(cols.status, codes)
  }
  return codes
}
