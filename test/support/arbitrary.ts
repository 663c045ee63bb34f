/**
 * The one generator of random valid snapshots for the property tests (fast-check), and the
 * vocabularies it draws from.
 *
 * By default `snapshotArb()` makes any snapshot shared/snapshot-format.md allows: random unique
 * ids, every optional field, declared spheres, a field the format does not know, any characters
 * JSON can carry (lone surrogates included). A property about something narrower (counts, filters,
 * a round trip) passes its own parts: the snapshot object, the declared spheres, the arbitraries
 * of an agreement's and a commitment's fields, the ids (`A0`, `C0`… when a test names them) and
 * the sizes. What the generator does for every test: the ids, the link from each commitment to an
 * existing agreement, the fields whose value is `undefined` left out, the document put together.
 */
import fc from 'fast-check'

// ---------------------------------------------------------------------------------------------
// The vocabularies, as written in shared/snapshot-format.md (not imported from src: this is the contract)

export const STATUSES = [
  'not_started',
  'in_progress',
  'ongoing',
  'completed',
  'suspended',
  'cancelled',
  'no_information',
] as const
export const BUILTIN_SPHERES = [
  'political',
  'interparliamentary',
  'trade_economic',
  'investment',
  'finance',
  'scientific_technical',
  'education',
  'cultural_humanitarian',
  'tourism',
  'digitalization',
  'innovation',
  'artificial_intelligence',
  'ecology',
  'agriculture',
  'energy',
  'transport_logistics',
  'health',
  'security',
  'regional',
  'space',
  'other',
]
export const AGREEMENT_TYPES = [
  'memorandum',
  'agreement',
  'treaty',
  'protocol',
  'roadmap',
  'action_plan',
  'joint_statement',
  'twinning',
  'contract',
  'other',
]
export const PARTY_KINDS = [
  'state',
  'government',
  'parliament',
  'ministry',
  'agency',
  'region',
  'city',
  'company',
  'organization',
  'other',
]
export const LEGAL_STATUSES = ['signed', 'in_force', 'expired', 'terminated', 'suspended']
export const OWED_BY = ['home', 'partner', 'joint']
export const RECURRENCES = ['once', 'annual', 'standing']
/** Some assigned ISO 3166-1 alpha-2 codes. */
export const COUNTRIES = [
  'KZ',
  'MN',
  'RU',
  'CN',
  'UZ',
  'KG',
  'TJ',
  'TM',
  'AZ',
  'TR',
  'DE',
  'FR',
  'US',
  'JP',
  'KR',
  'IN',
  'AE',
  'GB',
  'AX',
  'CW',
  'SS',
]
/** Keys no object of a file may have (they would reach a prototype). */
export const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype'])

export function hasForbiddenKey(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return false
  if (Array.isArray(v)) return v.some(hasForbiddenKey)
  return Object.keys(v).some((k) => FORBIDDEN.has(k) || hasForbiddenKey((v as Record<string, unknown>)[k]))
}

// ---------------------------------------------------------------------------------------------
// Values

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c))
/** One character of any kind a JSON string can carry: ASCII, Cyrillic, CJK, quotes, controls, BOM, emoji, lone surrogates. */
export const anyChar = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'Ж',
      'ө',
      'Ү',
      'ә',
      '中',
      '"',
      '\\',
      '\n',
      '\t',
      '\u0000',
      '\u2028',
      '\uFEFF',
      '\uFFFD',
      '😀',
    ),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: loneSurrogate },
)
/** Any string of 1..max code points (at most 2·max UTF-16 units). */
export const str = (max = 30) => fc.string({ unit: anyChar, minLength: 1, maxLength: max })
/** Any string of 0..max code points. */
export const anyStr = (max = 30) => fc.string({ unit: anyChar, minLength: 0, maxLength: max })
export const idArb = str(40)
export const tagArb = fc.constantFrom('en', 'ru', 'kk', 'mn', 'zh', 'de-AT', 'zh-Hans', 'sr-Latn-RS')
/** Text as the format allows it: a string, or one string per language tag. */
export const textArb = fc.oneof(str(), fc.dictionary(tagArb, str(), { minKeys: 1, maxKeys: 4 }))

/** Days in a month by the Gregorian rule (written here, not taken from src/domain/dates). */
function daysIn(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(m) ? 30 : 31
}
/** Any calendar date that exists, years 1000 to 9999. */
export const dateArb = fc
  .record({
    y: fc.integer({ min: 1000, max: 9999 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
  })
  .map(
    ({ y, m, d }) =>
      `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, daysIn(y, m))).padStart(2, '0')}`,
  )
/**
 * Every date of a grid (years × months × days), for properties that need dates to coincide:
 * the same day, month or year must come up often. Days past a month's end are for the caller to avoid.
 */
export function dateGrid(years: number[], months: string[], days: string[]): string[] {
  const out: string[] = []
  for (const y of years) for (const m of months) for (const d of days) out.push(`${y}-${m}-${d}`)
  return out
}
export const countryArb = fc.constantFrom(...COUNTRIES)
export const progressArb = fc.oneof(
  fc.integer({ min: 0, max: 100 }),
  fc.double({ min: 0, max: 100, noNaN: true }).map((x) => x + 0),
)
export const statusArb = fc.constantFrom(...STATUSES)
export const urlArb = fc
  .tuple(
    fc.constantFrom('https://', 'http://', 'HTTPS://'),
    fc.string({ unit: fc.constantFrom(...'abcxyz019./-_?=&%~ü中'), minLength: 1, maxLength: 30 }),
  )
  .map(([s, p]) => s + p)

/** A field that may be left out (as often as fast-check leaves out an optional key of a record). */
export const optional = <T>(arb: fc.Arbitrary<T>, freq?: number) =>
  fc.option(arb, { nil: undefined, ...(freq === undefined ? {} : { freq }) })

// ---------------------------------------------------------------------------------------------
// Records (any valid one by default)

/** Arbitraries of a record's fields; a field whose value is `undefined` is left out of the record. */
export type Fields = Record<string, fc.Arbitrary<unknown>>
type Doc = Record<string, unknown>

const record = (fields: Fields): fc.Arbitrary<Doc> =>
  fc.record(fields).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as Doc)

export const partyArb = fc
  .record({
    name: textArb,
    country: countryArb,
    kind: fc.constantFrom(...PARTY_KINDS),
    region: optional(fc.string({ unit: fc.constantFrom(...'ABCXYZ0123456789'), minLength: 1, maxLength: 3 })),
  })
  .map(({ region, ...p }) => (region === undefined ? p : { ...p, region: `${p.country}-${region}` }))

export const updateArb = record({
  date: dateArb,
  status: statusArb,
  progress: optional(progressArb),
  note: optional(textArb),
})

/** Any valid `snapshot` object. */
export const snapshotInfoArb = record({
  id: fc.oneof(idArb, fc.constant('x'.repeat(200))),
  asOf: dateArb,
  title: optional(textArb),
  publisher: optional(anyStr()),
  homeCountry: optional(countryArb),
  language: optional(tagArb),
})

/** Any valid `spheres` list, or none. */
export const declaredSpheresArb: fc.Arbitrary<{ id: string; name: unknown }[] | undefined> = optional(
  fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z][a-z0-9_]{0,20}$/), name: textArb }), {
    selector: (s) => s.id,
    maxLength: 4,
  }),
)

/** Any JSON value under a field the format does not know (no forbidden key), or none. */
export const extraArb = optional(fc.jsonValue({ maxDepth: 2 }).filter((v) => !hasForbiddenKey(v)))

/** Every field of an agreement but its id, any valid value; `sphereIds` are the spheres the file knows. */
export const agreementFields = (sphereIds: string[]): Fields => ({
  title: textArb,
  type: fc.constantFrom(...AGREEMENT_TYPES),
  signedOn: dateArb,
  parties: fc.array(partyArb, { minLength: 1, maxLength: 4 }),
  place: optional(anyStr()),
  event: optional(textArb),
  spheres: optional(fc.array(fc.constantFrom(...sphereIds), { maxLength: 3 })),
  legalStatus: optional(fc.constantFrom(...LEGAL_STATUSES)),
  validUntil: optional(dateArb),
  url: optional(urlArb),
})

/** Every field of a commitment but its id and agreementId, any valid value. */
export const commitmentFields = (sphereIds: string[]): Fields => ({
  title: textArb,
  text: optional(textArb),
  clause: optional(anyStr(8)),
  sphere: fc.constantFrom(...sphereIds),
  countries: optional(fc.array(countryArb, { maxLength: 4 })),
  owedBy: optional(fc.constantFrom(...OWED_BY)),
  responsible: optional(fc.array(anyStr(), { maxLength: 3 })),
  due: optional(dateArb),
  recurrence: optional(fc.constantFrom(...RECURRENCES)),
  status: statusArb,
  progress: optional(progressArb),
  updates: optional(fc.array(updateArb, { maxLength: 4 })),
})

// ---------------------------------------------------------------------------------------------
// Snapshots

/** A generated snapshot file, as plain JSON. */
export interface SnapshotDoc {
  format: string
  version: number
  snapshot: Record<string, unknown>
  spheres?: { id: string; name: unknown }[]
  agreements: Record<string, unknown>[]
  commitments: Record<string, unknown>[]
  [unknown: string]: unknown
}

export interface SnapshotArbOptions {
  /** `random` (default): unique ids of any characters; `indexed`: A0, A1… and C0, C1… in order. */
  ids?: 'random' | 'indexed'
  minAgreements?: number
  /** Default 20. */
  maxAgreements?: number
  /** Default 60. */
  maxCommitments?: number
  /** fast-check's size of the two lists (`max` spreads their lengths over the whole range). */
  size?: fc.SizeForArbitrary
  /** The `snapshot` object (default: any valid one). */
  snapshot?: fc.Arbitrary<Record<string, unknown>>
  /** The declared `spheres` (default: any valid list, or none); `undefined` leaves the list out. */
  spheres?: fc.Arbitrary<{ id: string; name: unknown }[] | undefined>
  /** The value of `x-generator`, a field the format does not know (default: any, or none). */
  extra?: fc.Arbitrary<unknown>
  /** An agreement's fields but its id (default: agreementFields), given the sphere ids the file knows. */
  agreement?: (sphereIds: string[]) => Fields
  /** A commitment's fields but its id and agreementId (default: commitmentFields). */
  commitment?: (sphereIds: string[]) => Fields
}

/**
 * Random valid snapshot files (see the top of this file). T is the caller's own type of the
 * document its fields make (SnapshotDoc by default): the generator cannot check it.
 */
export function snapshotArb<T = SnapshotDoc>(o: SnapshotArbOptions = {}): fc.Arbitrary<T> {
  const { ids = 'random', minAgreements = 0, maxAgreements = 20, maxCommitments = 60, size } = o
  const sized = size === undefined ? {} : { size }
  const withId = (fields: fc.Arbitrary<Doc>, prefix: string, list: { minLength?: number; maxLength: number }) =>
    ids === 'indexed'
      ? fc.array(fields, { ...list, ...sized }).map((rs) => rs.map((r, i) => ({ id: `${prefix}${i}`, ...r })))
      : fc.uniqueArray(
          fc.tuple(idArb, fields).map(([id, r]) => ({ id, ...r })),
          { ...list, ...sized, selector: (r) => r.id },
        )
  return fc
    .record({
      info: o.snapshot ?? snapshotInfoArb,
      spheres: o.spheres ?? declaredSpheresArb,
      extra: o.extra ?? extraArb,
    })
    .chain(({ info, spheres, extra }) => {
      const sphereIds = [...BUILTIN_SPHERES, ...(spheres ?? []).map((s) => s.id)]
      const agreement = record((o.agreement ?? agreementFields)(sphereIds))
      const commitment = fc.tuple(fc.nat(), record((o.commitment ?? commitmentFields)(sphereIds)))
      return withId(agreement, 'A', { minLength: minAgreements, maxLength: maxAgreements }).chain((agreements) => {
        const commitments = agreements.length
          ? withId(
              commitment.map(([k, c]) => ({ agreementId: agreements[k % agreements.length].id, ...c })),
              'C',
              { maxLength: maxCommitments },
            )
          : fc.constant([] as Doc[])
        return commitments.map((cs) => {
          const doc: SnapshotDoc = {
            format: 'cooperation-snapshot',
            version: 1,
            snapshot: info,
            agreements,
            commitments: cs,
          }
          if (spheres !== undefined) doc.spheres = spheres
          if (extra !== undefined) doc['x-generator'] = extra
          return doc as T
        })
      })
    })
}
