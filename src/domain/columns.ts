/**
 * A snapshot's commitments as dictionary-encoded columns in typed arrays: what the dashboard
 * needs to filter and count, without the text. They are built once per import (in the worker),
 * cross to the page as transferables (no copy) and are stored beside the rows, so a cold start
 * reads a few megabytes instead of re-deriving from every row.
 */
import { dateNumber, yearOf } from './dates'
import { isOverdue, partnerCountries } from './derive'
import { orderByUint32 } from './order'
import type { Snapshot } from './schema'
import { stringColumn, type StringColumn } from './search'
import { AGREEMENT_TYPES, OWED_BY, PARTY_KINDS, RECURRENCES, STATUSES } from './vocab'

/** Bump when the encoding changes: stored columns of another version are rebuilt from the rows. */
export const COLUMNS_VERSION = 4

export interface Columns {
  version: number
  /** Number of commitments (rows). */
  count: number
  /** Index into STATUSES. */
  status: Uint8Array
  /** 1 when overdue on the snapshot's asOf. */
  overdue: Uint8Array
  /**
   * Index into sphereIds. 16 bits hold every sphere a valid file can name: the built-in ones and
   * at most MAX_DECLARED_SPHERES declared (validation refuses more, and any sphere not declared).
   */
  sphere: Uint16Array
  sphereIds: string[]
  /** Index of the commitment's agreement in the snapshot's agreements. */
  agreement: Uint32Array
  agreementCount: number
  /** All rows by due date, soonest first, those without one last: the table's first order, sorted once here. */
  dueOrder: Uint32Array
  /** Per agreement: its id (for the agreement filter and links). */
  agreementIds: string[]
  /** Per agreement: index into AGREEMENT_TYPES. */
  agreementType: Uint8Array
  /** Year of the agreement's signedOn. */
  signedYear: Uint16Array
  /** Year of `due`; 0 when there is none. */
  dueYear: Uint16Array
  /** `due` as the number YYYYMMDD; 0 when there is none. */
  due: Uint32Array
  /** Date (YYYYMMDD) of the earliest update that reports `completed`; 0 when the history does not show it. */
  completedOn: Uint32Array
  /** Index into OWED_BY. */
  owedBy: Uint8Array
  /** Index into RECURRENCES. Added in version 3. */
  recurrence: Uint8Array
  /**
   * The commitments' ids, one string with offsets (./search): what pairs the commitments of two
   * reports in a comparison (./compare) without reading their rows. Added in version 4.
   */
  ids: StringColumn
  /** `progress` (0–100); NaN when the commitment has none. Added in version 4. */
  progress: Float64Array
  /** Per agreement: bit k set when a party is of kind PARTY_KINDS[k]. */
  agreementKinds: Uint16Array
  /** Per agreement: signedOn as YYYYMMDD. */
  agreementSigned: Uint32Array
  /** Countries of agreement a's parties are countryIndex-style entries partyCountryIndex[partyCountryStart[a] .. partyCountryStart[a+1]). */
  partyCountryStart: Uint32Array
  partyCountryIndex: Uint16Array
  /** Partner countries of row i are countryIndex[countryStart[i] .. countryStart[i+1]). */
  countryStart: Uint32Array
  /** Index into countryCodes. */
  countryIndex: Uint16Array
  countryCodes: string[]
}

export function encodeColumns(s: Snapshot): Columns {
  const countries = dictionary()
  // Rows first, then agreements: the country codes are numbered in the order they are met.
  const rows = rowColumns(s, countries)
  return {
    version: COLUMNS_VERSION,
    count: s.commitments.length,
    ...rows,
    ...agreementColumns(s, countries),
    countryCodes: countries.ids,
  }
}

/** Strings numbered in the order they are first met (sphere ids, country codes). */
function dictionary() {
  const ids: string[] = []
  const index = new Map<string, number>()
  return {
    ids,
    of(key: string): number {
      let i = index.get(key)
      if (i === undefined) {
        i = ids.length
        ids.push(key)
        index.set(key, i)
      }
      return i
    },
  }
}
type Dictionary = ReturnType<typeof dictionary>

/** The per-commitment columns, in one pass over the rows. */
function rowColumns(s: Snapshot, countryIds: Dictionary) {
  const n = s.commitments.length
  const agreementIndex = new Map(s.agreements.map((a, i) => [a.id, i]))
  const statusIndex = new Map(STATUSES.map((st, i) => [st, i]))
  const owedIndex = new Map(OWED_BY.map((o, i) => [o, i]))
  const recurrenceIndex = new Map(RECURRENCES.map((r, i) => [r, i]))
  const spheres = dictionary()
  const status = new Uint8Array(n)
  const overdue = new Uint8Array(n)
  const sphere = new Uint16Array(n)
  const agreement = new Uint32Array(n)
  const signedYear = new Uint16Array(n)
  const dueYear = new Uint16Array(n)
  const due = new Uint32Array(n)
  const completedOn = new Uint32Array(n)
  const owedBy = new Uint8Array(n)
  const recurrence = new Uint8Array(n)
  const progress = new Float64Array(n)
  const countryStart = new Uint32Array(n + 1)
  const countries: number[] = []
  const { asOf, homeCountry } = s.snapshot
  // Partner countries depend only on the agreement unless a commitment names its own.
  const agreementPartners = s.agreements.map((a) => partnerCountries({}, a, homeCountry).map(countryIds.of))
  const agreementYear = s.agreements.map((a) => yearOf(a.signedOn))

  for (let i = 0; i < n; i++) {
    const c = s.commitments[i]
    const ai = agreementIndex.get(c.agreementId)!
    status[i] = statusIndex.get(c.status)!
    overdue[i] = isOverdue(c, asOf) ? 1 : 0
    sphere[i] = spheres.of(c.sphere)
    agreement[i] = ai
    signedYear[i] = agreementYear[ai]
    const dueOn = c.due ? dateNumber(c.due) : 0
    dueYear[i] = Math.floor(dueOn / 10000)
    due[i] = dueOn
    completedOn[i] = firstCompletion(c.updates)
    owedBy[i] = owedIndex.get(c.owedBy)!
    recurrence[i] = recurrenceIndex.get(c.recurrence)!
    progress[i] = c.progress ?? NaN
    countryStart[i] = countries.length
    const own = c.countries?.length
      ? partnerCountries(c, s.agreements[ai], homeCountry).map(countryIds.of)
      : agreementPartners[ai]
    for (const k of own) countries.push(k)
  }
  countryStart[n] = countries.length
  const dueOrder = orderByUint32(due.map((d) => d || 0xffffffff))
  const countryIndex = Uint16Array.from(countries)
  const rows = { status, overdue, sphere, sphereIds: spheres.ids, agreement, dueOrder, signedYear, dueYear, due }
  const ids = stringColumn(s.commitments.map((c) => c.id))
  return { ...rows, completedOn, owedBy, recurrence, progress, ids, countryStart, countryIndex }
}

/** The per-agreement columns: id, type, party kinds, signing date, party countries. */
function agreementColumns(s: Snapshot, countryIds: Dictionary) {
  const typeIndex = new Map(AGREEMENT_TYPES.map((t, i) => [t, i]))
  const kindIndex = new Map(PARTY_KINDS.map((k, i) => [k, i]))
  const partyCountryStart = new Uint32Array(s.agreements.length + 1)
  const partyCountries: number[] = []
  s.agreements.forEach((a, i) => {
    partyCountryStart[i] = partyCountries.length
    for (const code of new Set(a.parties.map((p) => p.country))) partyCountries.push(countryIds.of(code))
  })
  partyCountryStart[s.agreements.length] = partyCountries.length
  return {
    agreementCount: s.agreements.length,
    agreementIds: s.agreements.map((a) => a.id),
    agreementType: Uint8Array.from(s.agreements, (a) => typeIndex.get(a.type)!),
    agreementKinds: Uint16Array.from(s.agreements, (a) =>
      a.parties.reduce((bits, p) => bits | (1 << kindIndex.get(p.kind)!), 0),
    ),
    agreementSigned: Uint32Array.from(s.agreements, (a) => dateNumber(a.signedOn)),
    partyCountryStart,
    partyCountryIndex: Uint16Array.from(partyCountries),
  }
}

/** Partner country codes of row i, in the order the columns hold them. */
export function partnersOf(cols: Columns, i: number): string[] {
  const out: string[] = []
  for (let k = cols.countryStart[i]; k < cols.countryStart[i + 1]; k++)
    out.push(cols.countryCodes[cols.countryIndex[k]])
  return out
}

/** The same columns in new buffers (typed arrays copied, lists shared): to move one copy to another thread. */
export function copyColumns(c: Columns): Columns {
  const out = { ...c } as Record<string, unknown>
  for (const [key, value] of Object.entries(c)) if (ArrayBuffer.isView(value)) out[key] = (value as Uint8Array).slice()
  // The string columns' offsets too: a moved buffer is gone from the thread that moved it.
  out.ids = { text: c.ids.text, starts: c.ids.starts.slice() }
  return out as unknown as Columns
}

function firstCompletion(updates: Snapshot['commitments'][number]['updates']): number {
  let first = 0
  for (const u of updates ?? []) {
    if (u.status !== 'completed') continue
    const d = dateNumber(u.date)
    if (first === 0 || d < first) first = d
  }
  return first
}
