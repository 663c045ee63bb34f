/**
 * Issue 17, item 4: every fixed-width column of the encoded columns (src/domain/columns.ts) holds
 * the largest value a valid file can put in it — a width that cannot overflow, or a stated limit
 * the validation refuses beyond (naming it). A typed-array column added without an entry here fails.
 */
import { describe, expect, it } from 'vitest'
import { encodeColumns, type Columns } from '@/domain/columns'
import { COUNTRY_CODES } from '@/domain/countries'
import {
  AGREEMENT_TYPES,
  BUILTIN_SPHERES,
  MAX_DECLARED_SPHERES,
  MAX_FILE_BYTES,
  OWED_BY,
  PARTY_KINDS,
  RECURRENCES,
  STATUSES,
} from '@/domain/vocab'
import { parseSnapshotText } from '@/import/parse'
import { fixtureText } from '../support/fixtures'

const shortest = (list: readonly string[]) => list.reduce((a, b) => (b.length < a.length ? b : a))
/** The shortest commitment a file can hold (one-letter ids, the shortest sphere and status), with its comma. */
const minimalCommitment = JSON.stringify({
  id: 'c',
  agreementId: 'a',
  title: 't',
  sphere: shortest(BUILTIN_SPHERES),
  status: shortest(STATUSES),
})
const maxRows = Math.floor(MAX_FILE_BYTES / (minimalCommitment.length + 1))
/** A country code in a file takes at least `"MN",` (5 bytes); an agreement at least its id and title. */
const maxAgreements = Math.floor(MAX_FILE_BYTES / 20)
/** A row without its own partners inherits its agreement's: at most every country but the home one. */
const maxPartnerEntries = maxRows * COUNTRY_CODES.length
const LAST_DATE = 99991231

/** The largest value each column can hold from a valid file, and why. */
const LARGEST: Record<string, number> = {
  status: STATUSES.length - 1,
  overdue: 1,
  // Validation refuses more than MAX_DECLARED_SPHERES declared spheres (error `too_many`, naming it).
  sphere: BUILTIN_SPHERES.length + MAX_DECLARED_SPHERES - 1,
  agreement: maxAgreements - 1,
  dueOrder: maxRows - 1,
  agreementType: AGREEMENT_TYPES.length - 1,
  // Years 0001–9999 (the format's dates).
  signedYear: 9999,
  dueYear: 9999,
  due: LAST_DATE,
  completedOn: LAST_DATE,
  agreementSigned: LAST_DATE,
  owedBy: OWED_BY.length - 1,
  recurrence: RECURRENCES.length - 1,
  // 0–100, in a Float64Array (any number a file may write; NaN when absent).
  progress: 100,
  agreementKinds: 2 ** PARTY_KINDS.length - 1,
  partyCountryStart: Math.floor(MAX_FILE_BYTES / 5),
  partyCountryIndex: COUNTRY_CODES.length - 1,
  countryStart: maxPartnerEntries,
  countryIndex: COUNTRY_CODES.length - 1,
}

const maxOf = (column: ArrayBufferView) =>
  column instanceof Uint8Array ? 2 ** 8 - 1 : column instanceof Uint16Array ? 2 ** 16 - 1 : 2 ** 32 - 1

describe('fixed-width columns (item 4)', () => {
  const parsed = parseSnapshotText(fixtureText('valid/small.json'))
  if (!parsed.ok) throw new Error('small.json refused')
  const columns = encodeColumns(parsed.snapshot) as unknown as Record<keyof Columns, unknown>

  it('the minimal commitment the bounds assume is one a file may hold', () => {
    const raw = JSON.parse(fixtureText('valid/small.json'))
    raw.agreements[0].id = 'a'
    raw.commitments = [JSON.parse(minimalCommitment)]
    expect(parseSnapshotText(JSON.stringify(raw)).ok).toBe(true)
  })

  it.each(Object.keys(columns).filter((k) => ArrayBuffer.isView(columns[k as keyof Columns])))(
    '%s is wide enough for the largest value a valid file can put in it',
    (key) => {
      expect(LARGEST, `no stated bound for the column ${key}`).toHaveProperty(key)
      expect(LARGEST[key]).toBeLessThanOrEqual(maxOf(columns[key as keyof Columns] as ArrayBufferView))
    },
  )

  it('every assigned country code and every sphere at the limit keeps its own index', () => {
    const raw = JSON.parse(fixtureText('valid/small.json'))
    const home = raw.snapshot.homeCountry as string
    const codes = COUNTRY_CODES.filter((c) => c !== home)
    raw.spheres = Array.from({ length: MAX_DECLARED_SPHERES }, (_, k) => ({ id: `own_${k}`, name: `Own ${k}` }))
    const template = raw.agreements[0]
    raw.agreements = [
      {
        ...template,
        id: 'all',
        parties: [
          ...template.parties.slice(0, 1),
          ...codes.map((country) => ({ name: country, kind: 'state', country })),
        ],
      },
    ]
    const spheres = [...BUILTIN_SPHERES, ...raw.spheres.map((s: { id: string }) => s.id)]
    raw.commitments = spheres.map((sphere, k) => ({
      id: `c${k}`,
      agreementId: 'all',
      title: `Commitment ${k}`,
      sphere,
      status: STATUSES[k % STATUSES.length],
      countries: [codes[k % codes.length]],
    }))
    const out = parseSnapshotText(JSON.stringify(raw))
    if (!out.ok) throw new Error(JSON.stringify(out.errors.slice(0, 3)))
    const cols = encodeColumns(out.snapshot)
    expect(cols.sphereIds.length).toBe(spheres.length)
    for (let i = 0; i < cols.count; i++) {
      expect(cols.sphereIds[cols.sphere[i]]).toBe(raw.commitments[i].sphere)
      expect(cols.countryCodes[cols.countryIndex[cols.countryStart[i]]]).toBe(raw.commitments[i].countries[0])
    }
    const partyCodes = Array.from(cols.partyCountryIndex, (k) => cols.countryCodes[k])
    expect(new Set(partyCodes)).toEqual(new Set([home, ...codes]))
  })
})
