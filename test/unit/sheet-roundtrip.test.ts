/**
 * An exported workbook imports again to the same snapshot (shared/snapshot-format.md, "Spreadsheet
 * form"): random valid snapshots (fast-check, test/support/arbitrary.ts) written by the workbook
 * export's own code and read by the import's, in each interface language.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { termName, type TermGroup, type TermId } from '@/i18n/glossary'
import type { Snapshot } from '@/domain/schema'
import { parseSnapshotText } from '@/import/parse'
import { parseWorkbook } from '@/import/workbook'
import { snapshotSheets, type SheetWords } from '@/export/sheetExport'
import { formWorkbookBytes } from '@/export/xlsx'
import {
  agreementFields,
  commitmentFields,
  countryArb,
  dateArb,
  optional,
  partyArb,
  snapshotArb,
  tagArb,
  updateArb,
} from '../support/arbitrary'

const wordsIn = (lang: string): SheetWords => ({
  sheet: (k) => termName('sheet', k as TermId<'sheet'>, lang),
  field: (f) => termName('sheetField', f as TermId<'sheetField'>, lang),
  term: (g, id) => termName(g as TermGroup, id as never, lang),
})

/**
 * Text as people write it in a cell: a workbook trims a cell, drops characters XML cannot carry
 * and splits a list at `;` and line breaks, so those are what the property leaves out.
 */
const word = fc.stringMatching(/^[A-Za-z0-9Жөүә中=@+-][A-Za-z0-9Жөүә中.,'"()/-]{0,12}$/)
const safeStr = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '))
const safeText = fc.oneof(safeStr, fc.dictionary(tagArb, safeStr, { minKeys: 1, maxKeys: 3 }))
const safeParty = partyArb.chain((p) => safeText.map((name) => ({ ...p, name })))
const safeUpdate = updateArb.chain((u) =>
  optional(safeText).map((note) => {
    const { note: _any, ...rest } = u
    void _any
    return note === undefined ? rest : { ...rest, note }
  }),
)

const arb = snapshotArb<Snapshot>({
  ids: 'indexed',
  maxAgreements: 6,
  maxCommitments: 10,
  snapshot: fc.record(
    {
      id: safeStr,
      asOf: dateArb,
      title: safeText,
      publisher: safeStr,
      homeCountry: countryArb,
      language: tagArb,
    },
    { requiredKeys: ['id', 'asOf'] },
  ),
  spheres: optional(
    fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z][a-z0-9_]{0,12}$/), name: safeText }), {
      selector: (s) => s.id,
      maxLength: 3,
    }),
  ),
  extra: fc.constant(undefined),
  agreement: (spheres) => ({
    ...agreementFields(spheres),
    title: safeText,
    parties: fc.array(safeParty, { minLength: 1, maxLength: 3 }),
    place: optional(safeStr),
    event: optional(safeText),
  }),
  commitment: (spheres) => ({
    ...commitmentFields(spheres),
    title: safeText,
    text: optional(safeText),
    clause: optional(safeStr),
    responsible: optional(fc.array(safeStr, { minLength: 1, maxLength: 3 })),
    countries: optional(fc.array(countryArb, { minLength: 1, maxLength: 3 })),
    updates: optional(fc.array(safeUpdate, { minLength: 1, maxLength: 3 })),
  }),
})

/** An empty list is written as an empty cell, which reads back as no list. */
function withoutEmptyLists(s: Snapshot): Snapshot {
  const drop = <T extends object>(r: T): T =>
    Object.fromEntries(Object.entries(r).filter(([, v]) => !(Array.isArray(v) && v.length === 0))) as T
  const { spheres, ...rest } = s
  return {
    ...rest,
    ...(spheres?.length ? { spheres } : {}),
    agreements: s.agreements.map((a) => ({ ...drop(a), parties: a.parties })),
    commitments: s.commitments.map(drop),
  }
}

describe('workbook round trip', () => {
  for (const lang of ['en', 'ru', 'kk', 'mn']) {
    it(`a snapshot exported with ${lang} headers imports again to the same snapshot`, async () => {
      await fc.assert(
        fc.asyncProperty(arb, async (doc) => {
          const parsed = parseSnapshotText(JSON.stringify(doc))
          if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 2)))
          const snapshot = parsed.snapshot
          const bytes = await formWorkbookBytes(snapshotSheets(snapshot, wordsIn(lang)))
          const back = await parseWorkbook(bytes, 'export.xlsx', () => {})
          if (!back.ok) throw new Error(JSON.stringify(back.errors.slice(0, 3)))
          expect(back.warnings.filter((w) => w.code === 'sheet_unknown_column')).toEqual([])
          expect(withoutEmptyLists(back.snapshot)).toEqual(withoutEmptyLists(snapshot))
        }),
        { numRuns: lang === 'en' ? 50 : 20 },
      )
    }, 240_000)
  }
})
