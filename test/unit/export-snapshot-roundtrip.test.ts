import 'fake-indexeddb/auto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { snapshotArb as snapshotArbOf } from '../support/arbitrary'
import { CoopDatabase } from '@/db/database'
import { aggregateAll } from '@/domain/filters'
import { encodeColumns } from '@/domain/columns'
import { AGREEMENT_TYPES, PARTY_KINDS, STATUSES } from '@/domain/vocab'
import { parseSnapshotText } from '@/import/parse'
import { createDataService } from '@/data/service'
import { openSource } from '@/db/source'
import { memorySource } from '@/data/memorySource'
import { refOf } from '@/data/messages'

const COUNTRIES = ['KZ', 'MN', 'CN', 'UZ', 'KG', 'DE'] as const
const SPHERES = ['political', 'digitalization', 'ecology', 'trade_economic', 'education'] as const

const day = fc
  .date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))
/** Text as the format allows it: a plain string, or one per language; any characters JSON can carry. */
const text = fc.oneof(
  fc.string({ minLength: 1, maxLength: 24, unit: 'grapheme' }),
  fc.record({
    en: fc.string({ minLength: 1, maxLength: 12 }),
    ru: fc.constantFrom('Меморандум', 'Обмен опытом', '=СУММ(A1)'),
  }),
)

/** Random snapshots valid by the format page: a few agreements and up to 30 commitments between them. */
const snapshotArb = snapshotArbOf({
  ids: 'indexed',
  minAgreements: 1,
  maxAgreements: 4,
  maxCommitments: 30,
  snapshot: fc
    .record({ asOf: day, home: fc.option(fc.constantFrom(...COUNTRIES), { nil: undefined }) })
    .map(({ asOf, home }) => ({ id: 'roundtrip', asOf, ...(home ? { homeCountry: home } : {}) })),
  spheres: fc.constant(undefined),
  extra: fc.constant(undefined),
  agreement: () => ({
    title: text,
    type: fc.constantFrom(...AGREEMENT_TYPES),
    signedOn: day,
    parties: fc.array(
      fc.record({ name: text, country: fc.constantFrom(...COUNTRIES), kind: fc.constantFrom(...PARTY_KINDS) }),
      { minLength: 1, maxLength: 3 },
    ),
  }),
  commitment: () => ({
    title: text,
    sphere: fc.constantFrom(...SPHERES),
    status: fc.constantFrom(...STATUSES),
    due: fc.option(day, { nil: undefined }),
    countries: fc.option(fc.subarray([...COUNTRIES], { minLength: 1 }), { nil: undefined }),
    progress: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    updates: fc.option(fc.array(fc.record({ date: day, status: fc.constantFrom(...STATUSES) }), { maxLength: 3 }), {
      nil: undefined,
    }),
  }),
})

const callbacks = { progress: () => {}, confirmReplace: async () => true }
let n = 0

describe('snapshot export → import round trip', () => {
  it('any valid snapshot, imported, stored, exported as JSON and imported again, gives the same aggregates', async () => {
    await fc.assert(
      fc.asyncProperty(snapshotArb, async (raw) => {
        const db = new CoopDatabase(`export-roundtrip-${++n}`)
        try {
          const imported = await createDataService(() => openSource(db, memorySource)).importFile(
            new File([JSON.stringify(raw)], 'in.json'),
            callbacks,
          )
          expect(imported.status).toBe('imported')
          if (imported.status !== 'imported') return
          // A second service over the same database: the export reads the stored rows, not what the import kept in memory.
          const json = await createDataService(() => openSource(db, memorySource)).snapshotJson(refOf(imported.record))
          const again = parseSnapshotText(json)
          expect(again.ok).toBe(true)
          if (!again.ok) return
          const columns = encodeColumns(again.snapshot)
          for (const axis of ['signed', 'due'] as const)
            expect(aggregateAll(columns, axis)).toEqual(aggregateAll(imported.columns, axis))
          const first = parseSnapshotText(JSON.stringify(raw))
          expect(first.ok && again.snapshot).toEqual(first.ok && first.snapshot)
        } finally {
          db.close()
          await db.delete()
        }
      }),
      { numRuns: 40 },
    )
  })
})
