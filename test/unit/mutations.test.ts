/**
 * Property-based tests of the whole import (importSnapshotFile into fake-indexeddb):
 * - any snapshot valid by shared/snapshot-format.md imports, and reads back equal (with the
 *   format's defaults filled in, fields the format does not know left out);
 * - any mutation of a valid file's text is imported or refused with located errors, never throws,
 *   and a refusal leaves the database exactly as it was.
 */
import 'fake-indexeddb/auto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { anyChar, FORBIDDEN, snapshotArb as anySnapshotArb, type SnapshotDoc } from '../support/arbitrary'
import { fixtureText } from '../support/fixtures'
import { CoopDatabase } from '@/db/database'
import { listSnapshots, loadSnapshot } from '@/db/repository'
import en from '@/i18n/locales/en'
import type { ImportResult } from '@/data/messages'
import { parseSnapshotText } from '@/import/parse'
import { importSnapshotFile } from '@/import/pipeline'
import { SnapshotSchema } from '@/domain/schema'
import { exactOutputOf, REFUSED } from '@/domain/schemaOutput'
import { membersParsed, validateSnapshot } from '@/domain/validate'
import { indexedDbSource } from '@/db/source'

// ---------------------------------------------------------------------------------------------
// The format's required keys (the vocabularies and the generator are in test/support/arbitrary.ts)

/** Required keys per kind of object (for the "delete a required key" property). */
const REQUIRED: Record<string, string[]> = {
  top: ['format', 'version', 'snapshot', 'agreements', 'commitments'],
  snapshot: ['id', 'asOf'],
  sphere: ['id', 'name'],
  agreement: ['id', 'title', 'type', 'signedOn', 'parties'],
  party: ['name', 'country', 'kind'],
  commitment: ['id', 'agreementId', 'title', 'sphere', 'status'],
  update: ['date', 'status'],
}

// ---------------------------------------------------------------------------------------------
// Valid snapshots: any the format allows (test/support/arbitrary.ts), lengths spread over the whole range

type Doc = SnapshotDoc
/** Valid snapshots of up to maxAgreements agreements and maxCommitments commitments. */
const snapshotArbOf = (maxAgreements: number, maxCommitments: number): fc.Arbitrary<Doc> =>
  anySnapshotArb({ maxAgreements, maxCommitments, size: 'max' })

const snapshotArb = snapshotArbOf(20, 60)

/** The snapshot as read back: the format's defaults filled in, unknown fields left out. */
function expected(doc: Doc): unknown {
  const s = JSON.parse(JSON.stringify(doc)) as Doc
  delete s['x-generator']
  s.snapshot.language ??= 'en'
  for (const a of s.agreements) a.legalStatus ??= 'signed'
  for (const c of s.commitments) {
    c.owedBy ??= 'joint'
    c.recurrence ??= 'once'
  }
  // An empty `spheres` list declares nothing: stored and read back as no list.
  if (s.spheres?.length === 0) delete s.spheres
  return s
}

// ---------------------------------------------------------------------------------------------
// Database helpers

let dbCount = 0
const freshDb = () => new CoopDatabase(`mutations-${process.pid}-${++dbCount}`)

async function dump(db: CoopDatabase): Promise<string> {
  const tables = {
    snapshots: await db.snapshots.toArray(),
    chunks: await db.chunks.toArray(),
    columns: await db.columns.toArray(),
    settings: await db.settings.toArray(),
  }
  return JSON.stringify(tables, (_k, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : v))
}

const deps = (db: CoopDatabase) => ({
  store: indexedDbSource(db),
  progress: () => {},
  confirmReplace: async () => true,
})
const fileOf = (text: string) => new File([text], 'snapshot.json', { type: 'application/json' })

const ERROR_CODES = new Set(Object.keys(en.errors))

/** Imports the text into a database that holds `seedText`; checks what must hold whatever the text. */
async function importChecked(seedText: string, text: string): Promise<ImportResult> {
  const db = freshDb()
  try {
    const seeded = await importSnapshotFile(fileOf(seedText), deps(db))
    if (seeded.status !== 'imported') throw new Error(`seed not imported: ${JSON.stringify(seeded).slice(0, 300)}`)
    const before = await dump(db)
    let r: ImportResult
    try {
      r = await importSnapshotFile(fileOf(text), deps(db))
    } catch (e) {
      throw new Error(`importSnapshotFile threw ${String(e)} on ${JSON.stringify(text.slice(0, 300))}`)
    }
    expect(['imported', 'refused']).toContain(r.status)
    if (r.status === 'refused') {
      expect(r.errors.length).toBeGreaterThan(0)
      expect(r.errors.length).toBeLessThanOrEqual(100)
      expect(r.errorCount).toBeGreaterThanOrEqual(r.errors.length)
      for (const e of r.errors) {
        expect(typeof e.code).toBe('string')
        expect(ERROR_CODES.has(e.code), `unknown error code ${e.code}`).toBe(true)
        expect(typeof e.path).toBe('string')
        if (e.line !== undefined) {
          expect(e.line).toBeGreaterThanOrEqual(1)
          expect(e.column).toBeGreaterThanOrEqual(1)
        }
      }
      expect(await dump(db)).toBe(before)
    } else if (r.status === 'imported') {
      // What was stored is itself a valid snapshot, and is the active one.
      const back = await loadSnapshot(db, r.record.id)
      expect(back).toBeDefined()
      const again = parseSnapshotText(JSON.stringify(back))
      expect(again.ok, JSON.stringify(again.ok ? '' : again.errors.slice(0, 2))).toBe(true)
      expect(await db.settings.get('activeSnapshotId')).toEqual({ key: 'activeSnapshotId', value: r.record.id })
    }
    return r
  } finally {
    db.close()
    await db.delete()
  }
}

// ---------------------------------------------------------------------------------------------
// Mutations of a parsed file

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }
interface Slot {
  parent: Record<string, Json> | Json[]
  key: string | number
  path: (string | number)[]
  kind: string
}

/** Every value of the file with where it is, and the kind of record each object is. */
function slots(doc: Json): Slot[] {
  const out: Slot[] = []
  const KIND_OF_CHILDREN: Record<string, Record<string, string>> = {
    top: { snapshot: 'snapshot', spheres: 'sphere', agreements: 'agreement', commitments: 'commitment' },
    agreement: { parties: 'party' },
    commitment: { updates: 'update' },
  }
  const walk = (v: Json, path: (string | number)[], kind: string) => {
    if (Array.isArray(v))
      v.forEach((x, i) => (out.push({ parent: v, key: i, path: [...path, i], kind }), walk(x, [...path, i], kind)))
    else if (v !== null && typeof v === 'object')
      for (const k of Object.keys(v)) {
        out.push({ parent: v, key: k, path: [...path, k], kind })
        walk(v[k], [...path, k], KIND_OF_CHILDREN[kind]?.[k] ?? 'free')
      }
  }
  walk(doc, [], 'top')
  return out
}
/** The kind of record a slot's parent object is (`agreement`, …), or `free`/array for others. */
const isRecord = (s: Slot) => !Array.isArray(s.parent) && s.kind in REQUIRED

/** The error paths' form: `a[0].b`, and a name that could be misread as `["a.b"]` (a JSON string). */
function formatPath(path: (string | number)[]): string {
  return path.reduce<string>((out, seg) => {
    if (typeof seg === 'number') return `${out}[${seg}]`
    if (seg === '' || /[\s.[\]"\\]/.test(seg)) return `${out}[${JSON.stringify(seg)}]`
    return out === '' ? seg : `${out}.${seg}`
  }, '')
}
const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v)
const OTHER_TYPE: Json[] = [null, true, 0, -1.5, '', 'text', [], [1], {}, { en: 'x' }]

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'replace'; at: number; value: Json }
  | { kind: 'duplicateId'; list: 'agreements' | 'commitments'; from: number; to: number }
  | { kind: 'emptyString'; at: number }
  | { kind: 'forbiddenKey'; at: number; key: string; value: Json }
type TextMutation = { kind: 'truncate'; at: number } | { kind: 'insertChar'; at: number; ch: string }

const forbiddenKeyArb = fc.constantFrom('__proto__', 'constructor', 'prototype')
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.nat(),
    value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  }),
  fc.record({
    kind: fc.constant('duplicateId' as const),
    list: fc.constantFrom('agreements' as const, 'commitments' as const),
    from: fc.nat(),
    to: fc.nat(),
  }),
  fc.record({ kind: fc.constant('emptyString' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('forbiddenKey' as const),
    at: fc.nat(),
    key: forbiddenKeyArb,
    value: fc.jsonValue({ maxDepth: 1 }) as fc.Arbitrary<Json>,
  }),
)
const textMutationArb: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insertChar' as const),
    at: fc.nat(),
    ch: fc.oneof(fc.constantFrom(...'{}[],:"\\0-+.eE \n\ttfn'), anyChar),
  }),
)

function setOwn(obj: Record<string, Json>, key: string, value: Json) {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true })
}

/** Applies a mutation in place; returns what it did, for the checks and for the failure report. */
function mutate(doc: Json, m: Mutation): { did: string; path?: string } {
  const all = slots(doc)
  switch (m.kind) {
    case 'delete': {
      const objects = all.filter((s) => !Array.isArray(s.parent))
      if (!objects.length) return { did: 'nothing' }
      const s = objects[m.at % objects.length]
      delete (s.parent as Record<string, Json>)[s.key as string]
      return { did: 'delete', path: formatPath(s.path) }
    }
    case 'replace': {
      if (!all.length) return { did: 'nothing' }
      const s = all[m.at % all.length]
      const old = (s.parent as Record<string | number, Json>)[s.key]
      const others = OTHER_TYPE.filter((v) => typeOf(v) !== typeOf(old))
      const value = typeOf(m.value) !== typeOf(old) ? m.value : others[m.at % others.length]
      ;(s.parent as Record<string | number, Json>)[s.key] = value
      return { did: 'replace', path: formatPath(s.path) }
    }
    case 'duplicateId': {
      const list = (doc as Record<string, Json>)[m.list]
      if (!Array.isArray(list) || list.length < 2) return { did: 'nothing' }
      const from = m.from % list.length
      let to = m.to % list.length
      if (to === from) to = (to + 1) % list.length
      const a = list[from] as Record<string, Json>
      const b = list[to] as Record<string, Json>
      if (!a || typeof a !== 'object' || !b || typeof b !== 'object') return { did: 'nothing' }
      b.id = a.id
      return { did: 'duplicateId', path: `${m.list}[${Math.max(from, to)}].id` }
    }
    case 'emptyString': {
      const strings = all.filter((s) => typeof (s.parent as Record<string | number, Json>)[s.key] === 'string')
      if (!strings.length) return { did: 'nothing' }
      const s = strings[m.at % strings.length]
      ;(s.parent as Record<string | number, Json>)[s.key] = ''
      return { did: 'emptyString', path: formatPath(s.path) }
    }
    case 'forbiddenKey': {
      const objects: { obj: Record<string, Json>; path: (string | number)[] }[] = [
        { obj: doc as Record<string, Json>, path: [] },
      ]
      for (const s of all) {
        const v = (s.parent as Record<string | number, Json>)[s.key]
        if (v !== null && typeof v === 'object' && !Array.isArray(v)) objects.push({ obj: v, path: s.path })
      }
      const o = objects[m.at % objects.length]
      setOwn(o.obj, m.key, m.value)
      return { did: 'forbiddenKey', path: formatPath([...o.path, m.key]) }
    }
  }
}

function mutateText(text: string, m: TextMutation): string {
  const at = m.at % (text.length + 1)
  return m.kind === 'truncate' ? text.slice(0, at) : text.slice(0, at) + m.ch + text.slice(at)
}

/** JSON.stringify(v, null, 2), and where each value starts in it, by JSON path (written here, independent of src/import/jsonScan). */
function prettyWithPositions(value: Json): { text: string; at: Map<string, number> } {
  const at = new Map<string, number>()
  let text = ''
  const child = (path: string, seg: string | number) =>
    typeof seg === 'number' ? `${path}[${seg}]` : path === '' ? seg : `${path}.${seg}`
  const write = (v: Json, path: string, indent: number) => {
    if (!at.has(path)) at.set(path, text.length)
    if (Array.isArray(v)) {
      if (!v.length) return void (text += '[]')
      text += '['
      v.forEach((item, i) => {
        text += (i ? ',' : '') + '\n' + ' '.repeat(indent + 2)
        write(item, child(path, i), indent + 2)
      })
      text += '\n' + ' '.repeat(indent) + ']'
    } else if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v)
      if (!keys.length) return void (text += '{}')
      text += '{'
      keys.forEach((k, i) => {
        text += (i ? ',' : '') + '\n' + ' '.repeat(indent + 2) + JSON.stringify(k) + ': '
        write(v[k], child(path, k), indent + 2)
      })
      text += '\n' + ' '.repeat(indent) + '}'
    } else text += JSON.stringify(v)
  }
  write(value, '', 0)
  if (text !== JSON.stringify(value, null, 2)) throw new Error('the test printer differs from JSON.stringify')
  return { text, at }
}

function lineCol(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  return { line: before.split('\n').length, column: offset - (before.lastIndexOf('\n') + 1) + 1 }
}

// ---------------------------------------------------------------------------------------------

const small = fixtureText('valid/small.json')
/** Bases to mutate: the hand-made small.json, or a generated valid snapshot of a few rows. */
const smallishSnapshotArb = snapshotArbOf(5, 15).filter((d) => d.agreements.length > 0 && d.commitments.length > 1)
/** A valid file to mutate; a counterexample names small.json instead of printing its 6 KB. */
interface Base {
  text: string
}
const baseFile = (name: string | null, text: string): Base =>
  Object.assign({ text }, { [fc.toStringMethod]: () => name ?? JSON.stringify(text) })
const baseTextArb = fc.oneof(
  fc.constant(null).map(() => baseFile('valid/small.json', small)),
  smallishSnapshotArb.map((d) => baseFile(null, JSON.stringify(d, null, 2))),
)

describe('valid snapshots (property)', () => {
  it('self-check: the arbitrary makes snapshots of every shape the format allows', { timeout: 60_000 }, () => {
    const sample = fc.sample(snapshotArb, { numRuns: 300, seed: 42 })
    expect(sample.some((d) => d.agreements.length === 0 && d.commitments.length === 0)).toBe(true)
    expect(sample.some((d) => d.agreements.length >= 15)).toBe(true)
    expect(sample.some((d) => d.commitments.length >= 40)).toBe(true)
    expect(sample.some((d) => d.commitments.some((c) => typeof c.title === 'object'))).toBe(true)
    expect(sample.some((d) => d.commitments.some((c) => c.updates !== undefined))).toBe(true)
    expect(
      sample.some((d) => d.agreements.some((a) => (a.parties as { region?: string }[]).some((p) => p.region))),
    ).toBe(true)
    expect(sample.some((d) => d.spheres?.length)).toBe(true)
    expect(sample.some((d) => d.snapshot.language === undefined)).toBe(true)
    expect(sample.some((d) => JSON.stringify(d).includes('\\ud'))).toBe(true) // a lone surrogate, escaped
  })

  it('import through the pipeline into a fresh database and read back equal', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(snapshotArb, async (doc) => {
        const db = freshDb()
        try {
          const text = JSON.stringify(doc, null, doc.commitments.length % 2 ? 2 : undefined)
          const r = await importSnapshotFile(fileOf(text), deps(db))
          if (r.status !== 'imported') throw new Error(`not imported: ${JSON.stringify(r).slice(0, 500)}`)
          expect(r.record.counts).toEqual({ agreements: doc.agreements.length, commitments: doc.commitments.length })
          expect(r.columns.count).toBe(doc.commitments.length)
          expect((await listSnapshots(db)).map((s) => s.id)).toEqual([doc.snapshot.id])
          expect(await loadSnapshot(db, doc.snapshot.id as string)).toEqual(expected(doc))
        } finally {
          db.close()
          await db.delete()
        }
      }),
      { numRuns: 120 },
    )
  })
})

/** Errors of the rules that span records (shared/snapshot-format.md), checked after the schema. */
const ACROSS_RECORDS = new Set([
  'duplicate_agreement',
  'duplicate_commitment',
  'dangling_agreement',
  'unknown_sphere',
  'region_country',
])

describe('mutated snapshots (property)', () => {
  it(
    'any mutation of a valid file: imported, or refused with located errors and the database unchanged; never thrown',
    { timeout: 60_000 },
    async () => {
      let refused = 0
      let imported = 0
      await fc.assert(
        fc.asyncProperty(
          baseTextArb,
          fc.array(mutationArb, { maxLength: 3 }),
          fc.array(textMutationArb, { maxLength: 2 }),
          async (base, ms, tms) => {
            if (ms.length + tms.length === 0) return
            const doc = JSON.parse(base.text) as Json
            ms.forEach((m) => mutate(doc, m))
            let text = JSON.stringify(doc, null, 2)
            for (const t of tms) text = mutateText(text, t)
            const r = await importChecked(base.text, text)
            if (r.status === 'refused') refused++
            else imported++
          },
        ),
        { numRuns: 500 },
      )
      // Both outcomes were exercised.
      expect(refused).toBeGreaterThan(150)
      expect(imported).toBeGreaterThan(3)
    },
  )

  it(
    'the one-walk check of a file with nothing unknown and the full walk agree on any file: same outcome, same rows in the same key order',
    { timeout: 60_000 },
    () => {
      const exact = exactOutputOf(SnapshotSchema, FORBIDDEN)
      const seen = { exact: 0, walkedOk: 0, refused: 0 }
      fc.assert(
        fc.property(
          fc.oneof(
            snapshotArb.map((d) => JSON.stringify(d)),
            baseTextArb.map((b) => b.text),
          ),
          fc.array(mutationArb, { maxLength: 2 }),
          (text, ms) => {
            const doc = JSON.parse(text) as Json
            ms.forEach((m) => mutate(doc, m))
            const mutated = JSON.stringify(doc)
            const oneWalk = validateSnapshot(JSON.parse(mutated))
            const full = validateSnapshot(JSON.parse(mutated), { exactFirst: false })
            expect(oneWalk).toEqual(full)
            // Both walks count what the parse kept, as a repeated name needs (import/parse).
            const raw: unknown = JSON.parse(mutated)
            if (raw !== null && typeof raw === 'object' && !Array.isArray(raw))
              expect(oneWalk.members).toBe(membersParsed(raw))
            if (oneWalk.ok && full.ok) expect(JSON.stringify(oneWalk.snapshot)).toBe(JSON.stringify(full.snapshot))
            if (exact(JSON.parse(mutated)) !== REFUSED) {
              seen.exact++
              // What the one walk vouches for passes the schema without a word about keys: only a rule
              // across records can still refuse it.
              if (full.ok) expect(full.warnings.filter((w) => w.code === 'unknown_field')).toEqual([])
              else expect(full.errors.filter((e) => !ACROSS_RECORDS.has(e.code))).toEqual([])
            } else if (full.ok) seen.walkedOk++
            else seen.refused++
          },
        ),
        { numRuns: 600 },
      )
      // Each way through was taken.
      expect(seen.exact).toBeGreaterThan(50)
      expect(seen.walkedOk).toBeGreaterThan(20)
      expect(seen.refused).toBeGreaterThan(100)
    },
  )

  it(
    'mutations of values and keys: every listed error is at its path in the text (or at its nearest ancestor there)',
    { timeout: 60_000 },
    async () => {
      // Keys with `.` or `[` cannot be told apart in a JSON path: leave them out of the replacement values.
      const plainKeys = (v: unknown): boolean =>
        v === null || typeof v !== 'object'
          ? true
          : Array.isArray(v)
            ? v.every(plainKeys)
            : Object.keys(v).every((k) => !/[.[\]]/.test(k) && plainKeys((v as Record<string, unknown>)[k]))
      const located = mutationArb.filter((m) => m.kind !== 'replace' || plainKeys(m.value))
      await fc.assert(
        fc.asyncProperty(baseTextArb, fc.array(located, { minLength: 1, maxLength: 3 }), async (base, ms) => {
          const doc = JSON.parse(base.text) as Json
          ms.forEach((m) => mutate(doc, m))
          const { text, at } = prettyWithPositions(JSON.parse(JSON.stringify(doc)) as Json)
          const r = await importChecked(base.text, text)
          if (r.status !== 'refused') return
          for (const e of r.errors) {
            if (e.path === '') continue
            let p = e.path
            while (!at.has(p)) p = p.replace(/(\[\d+\]|\.?[^.[\]]+)$/, '')
            expect({ path: e.path, line: e.line, column: e.column }).toEqual({
              path: e.path,
              ...lineCol(text, at.get(p)!),
            })
          }
        }),
        { numRuns: 150 },
      )
    },
  )

  /** Deletes the required key of a slot and imports the rest; what is wrong with the answer, or null. */
  async function missingKeyProblem(baseText: string, doc: Json, s: Slot): Promise<string | null> {
    delete (s.parent as Record<string, Json>)[s.key as string]
    const path = formatPath(s.path)
    const r = await importChecked(baseText, JSON.stringify(doc, null, 2))
    if (r.status !== 'refused') return `${path}: accepted without it`
    const got = r.errors.filter((e) => e.path === path).map((e) => e.code)
    const want = path === 'format' ? 'format_missing' : path === 'version' ? 'version_missing' : 'required'
    return got.length === 1 && got[0] === want
      ? null
      : `${path}: expected [${want}], got [${got.join(', ')}] (first errors: ${JSON.stringify(r.errors.slice(0, 2))})`
  }
  const requiredSlots = (doc: Json) =>
    slots(doc).filter((s) => isRecord(s) && REQUIRED[s.kind].includes(s.key as string))

  it(
    'every required key of small.json deleted in turn: refused, with `required` (or format/version missing) at its path',
    { timeout: 60_000 },
    async () => {
      const count = requiredSlots(JSON.parse(small) as Json).length
      expect(count).toBeGreaterThan(100) // every kind of record is in small.json
      const problems: string[] = []
      for (let i = 0; i < count; i++) {
        const doc = JSON.parse(small) as Json
        const problem = await missingKeyProblem(small, doc, requiredSlots(doc)[i])
        if (problem) problems.push(problem)
      }
      expect(problems).toEqual([])
    },
  )

  it(
    'a required key deleted from a generated snapshot: refused, with `required` (or format/version missing) at its path',
    { timeout: 60_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(baseTextArb, fc.nat(), async (base, at) => {
          const doc = JSON.parse(base.text) as Json
          const required = requiredSlots(doc)
          const problem = await missingKeyProblem(base.text, doc, required[at % required.length])
          if (problem) throw new Error(problem)
        }),
        // The test above lists every failing key; no need to spend seconds shrinking here.
        { numRuns: 100, endOnFailure: true },
      )
    },
  )

  it(
    'a forbidden key (__proto__, constructor, prototype) anywhere: refused with forbidden_key at its path',
    { timeout: 60_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(
          baseTextArb,
          fc.nat(),
          forbiddenKeyArb,
          fc.jsonValue({ maxDepth: 1 }),
          async (base, at, key, value) => {
            const doc = JSON.parse(base.text) as Json
            const { path } = mutate(doc, { kind: 'forbiddenKey', at, key, value: value as Json })
            const text = JSON.stringify(doc, null, 2)
            expect(text).toContain(`"${key}":`)
            const r = await importChecked(base.text, text)
            if (r.status !== 'refused') throw new Error(`accepted with ${path}`)
            expect(r.errors).toContainEqual(expect.objectContaining({ code: 'forbidden_key', path }))
            expect(r.errors.every((e) => e.code === 'forbidden_key')).toBe(true)
            // The key is located in the text: the line that holds its value holds the key.
            const e = r.errors.find((x) => x.path === path)!
            expect(text.split('\n')[e.line! - 1]).toContain(`"${key}":`)
          },
        ),
        { numRuns: 150 },
      )
    },
  )

  it(
    'an agreement or commitment id used twice: refused with duplicate_* at the later one',
    { timeout: 60_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(
          baseTextArb,
          fc.constantFrom('agreements' as const, 'commitments' as const),
          fc.nat(),
          fc.nat(),
          async (base, list, from, to) => {
            const doc = JSON.parse(base.text) as Json
            const { did, path } = mutate(doc, { kind: 'duplicateId', list, from, to })
            if (did === 'nothing') return
            const r = await importChecked(base.text, JSON.stringify(doc, null, 2))
            if (r.status !== 'refused') throw new Error(`accepted with ${path} duplicated`)
            expect(r.errors).toContainEqual(
              expect.objectContaining({
                code: list === 'agreements' ? 'duplicate_agreement' : 'duplicate_commitment',
                path,
              }),
            )
          },
        ),
        { numRuns: 100 },
      )
    },
  )

  it(
    'the text cut anywhere before its last brace: refused as not JSON, at the end or at a character of the text',
    { timeout: 60_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(baseTextArb, fc.nat(), async (base, at) => {
          const cut = base.text.slice(0, at % base.text.lastIndexOf('}'))
          const r = await importChecked(base.text, cut)
          if (r.status !== 'refused') throw new Error('accepted a cut file')
          expect(r.errors).toHaveLength(1)
          const e = r.errors[0]
          const lines = cut.split('\n')
          if (cut.trim() === '') expect(e.code).toBe('empty_file')
          else if (e.code === 'json_end') {
            expect({ line: e.line, column: e.column }).toEqual({
              line: lines.length,
              column: lines[lines.length - 1].length + 1,
            })
          } else {
            // A cut inside a number or an escape can read as an unexpected character: it must be one of the text.
            expect(e.code).toBe('json_syntax')
            expect(e.line).toBeLessThanOrEqual(lines.length)
            expect(lines[e.line! - 1].slice(e.column! - 1).startsWith(String(e.params?.found))).toBe(true)
            expect(String(e.params?.found)).not.toBe('')
          }
        }),
        { numRuns: 150 },
      )
    },
  )
})
