/**
 * exactOutputOf: Zod's output for a value that holds nothing the schema does not name, REFUSED for
 * anything else. What it vouches for must be exactly what Zod returns; what Zod refuses, it never
 * vouches for. (The whole-file comparison with the full walk is in mutations.test.ts.)
 */
import { describe, expect, it } from 'vitest'
import { CORPUS_DIR, corpusFiles, fixtureText, validFixtureFiles } from '../support/fixtures'
import { z } from 'zod'
import { AgreementSchema, CommitmentSchema, SnapshotSchema } from '@/domain/schema'
import { exactOutputOf, REFUSED } from '@/domain/schemaOutput'
import { validateSnapshot } from '@/domain/validate'
import { generateSnapshot } from '../bench/generate'

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype'])
const commitment = exactOutputOf(CommitmentSchema, FORBIDDEN)
const agreement = exactOutputOf(AgreementSchema, FORBIDDEN)

const BASE = {
  id: 'c1',
  agreementId: 'a1',
  title: { en: 'T', ru: 'Т' },
  sphere: 'political',
  status: 'completed',
  updates: [{ date: '2024-01-01', status: 'completed' }],
}
const AGREEMENT = {
  id: 'a1',
  title: 'A',
  type: 'memorandum',
  signedOn: '2024-02-29',
  parties: [{ name: 'KZ', country: 'KZ', kind: 'state' }],
}
/** A value as JSON.parse gives it (so that `__proto__` is an own key, as in a file). */
const parsed = (v: unknown) => JSON.parse(typeof v === 'string' ? v : JSON.stringify(v)) as unknown

describe('exactOutputOf', () => {
  it("gives Zod's output, byte for byte: known keys in the schema's order, defaults filled in", () => {
    const record = parsed({
      status: 'completed',
      updates: [{ status: 'completed', date: '2024-01-01', progress: 100 }],
      sphere: 'political',
      title: 'T',
      agreementId: 'a1',
      id: 'c1',
    })
    const out = commitment(record)
    expect(out).not.toBe(REFUSED)
    expect(JSON.stringify(out)).toBe(JSON.stringify(CommitmentSchema.parse(record)))
    expect(out).toMatchObject({ owedBy: 'joint', recurrence: 'once' })
    expect(JSON.stringify(agreement(parsed(AGREEMENT)))).toBe(JSON.stringify(AgreementSchema.parse(AGREEMENT)))
  })

  it('gives the input itself where Zod’s output would be its copy, key for key in the same order', () => {
    const zod = CommitmentSchema.parse(BASE)
    // In the schema's order, defaults written out: nothing to reorder or fill in.
    const record = parsed(zod) as { updates: unknown[] }
    const out = commitment(record)
    expect(out).toBe(record)
    expect(JSON.stringify(out)).toBe(JSON.stringify(zod))
    // A default to fill in: a new record, in the schema's order; its untouched list is the input's.
    const lacking = parsed(BASE) as { updates: unknown[] }
    const filled = commitment(lacking) as { updates: unknown[] }
    expect(filled).not.toBe(lacking)
    expect(filled.updates).toBe(lacking.updates)
    expect(JSON.stringify(filled)).toBe(JSON.stringify(zod))
  })

  it('refuses what Zod refuses', () => {
    const wrong: Record<string, unknown>[] = [
      { due: '2025-02-30' },
      { status: 'finished' },
      { progress: 101 },
      { progress: -1 },
      { countries: ['XX'] },
      { countries: 'KZ' },
      { clause: null },
      { title: '' },
      { title: {} },
      { title: { EN: 'x' } },
      { sphere: 'Bad Sphere' },
      { id: '' },
      { id: 'x'.repeat(201) },
      { updates: [{ date: '2024-01-01' }] },
      { updates: 5 },
    ]
    for (const change of wrong) {
      const record = parsed({ ...BASE, ...change })
      expect(CommitmentSchema.safeParse(record).success, JSON.stringify(change)).toBe(false)
      expect(commitment(record), JSON.stringify(change)).toBe(REFUSED)
    }
    expect(agreement(parsed({ ...AGREEMENT, parties: [] }))).toBe(REFUSED)
    expect(agreement(parsed({ ...AGREEMENT, signedOn: '2023-02-29' }))).toBe(REFUSED)
    for (const notARecord of [null, 'c1', 1, [], [BASE]]) expect(commitment(notARecord)).toBe(REFUSED)
  })

  it('refuses a value Zod accepts when it holds a key the schema does not name, at any level', () => {
    for (const text of [
      JSON.stringify({ ...BASE, priority: 'high' }),
      JSON.stringify({ ...BASE, updates: [{ date: '2024-01-01', status: 'completed', reviewer: 'x' }] }),
      JSON.stringify(BASE).replace('{', '{"__proto__":{"x":1},'),
    ]) {
      const record = parsed(text)
      expect(CommitmentSchema.safeParse(record).success, text).toBe(true)
      expect(commitment(record), text).toBe(REFUSED)
    }
    expect(agreement(parsed({ ...AGREEMENT, parties: [{ ...AGREEMENT.parties[0], flag: 'x' }] }))).toBe(REFUSED)
  })

  it("refuses a leaf's object with a forbidden key or a nested object (a leaf that would take any object)", () => {
    const exact = exactOutputOf(z.object({ meta: z.unknown() }), FORBIDDEN)
    expect(exact(parsed({ meta: { a: 1, b: 'x' } }))).toEqual({ meta: { a: 1, b: 'x' } })
    expect(exact(parsed('{"meta":{"__proto__":1}}'))).toBe(REFUSED)
    expect(exact(parsed({ meta: { constructor: 1 } }))).toBe(REFUSED)
    expect(exact(parsed({ meta: { a: { b: 1 } } }))).toBe(REFUSED)
  })

  it("a key the input lacks: omitted, defaulted or refused as Zod's object decides, or left to Zod", () => {
    const shapes: Record<string, z.ZodType> = {
      optional: z.string().optional(),
      default: z.string().default('x'),
      'optional default': z.string().default('x').optional(),
      'default of optional': z.string().optional().default('y'),
      'required custom': z.custom(() => true),
      'required unknown': z.unknown(),
      'required any': z.any(),
      'required string': z.string(),
    }
    for (const [name, schema] of Object.entries(shapes)) {
      const object = z.object({ a: schema })
      const zod = object.safeParse({})
      const exact = exactOutputOf(object, FORBIDDEN)({})
      // Never vouched for when Zod refuses; when vouched for, Zod's output exactly.
      if (!zod.success) expect(exact, name).toBe(REFUSED)
      else if (exact !== REFUSED) expect(JSON.stringify(exact), name).toBe(JSON.stringify(zod.data))
    }
    const keys = (schema: z.ZodType) => exactOutputOf(z.object({ a: schema }), FORBIDDEN)({})
    expect(keys(shapes.optional)).toEqual({})
    expect(keys(shapes.default)).toEqual({ a: 'x' })
    expect(keys(shapes['required custom'])).toBe(REFUSED)
  })

  it("a leaf's own change to its value is Zod's (trim)", () => {
    const exact = exactOutputOf(z.object({ name: z.string().trim().min(1) }), FORBIDDEN)
    expect(exact({ name: '  x ' })).toEqual({ name: 'x' })
    expect(exact({ name: '   ' })).toBe(REFUSED)
  })

  it('throws when it loads for a schema it cannot reproduce', () => {
    expect(() =>
      exactOutputOf(
        z.string().transform((s) => s.length),
        FORBIDDEN,
      ),
    ).toThrow(/^exactOutputOf: /)
    expect(() => exactOutputOf(z.object({ a: z.string() }).catchall(z.string()), FORBIDDEN)).toThrow(/^exactOutputOf: /)
    expect(() => exactOutputOf(z.object({ constructor: z.string() }), FORBIDDEN)).toThrow(/^exactOutputOf: /)
    expect(() =>
      exactOutputOf(
        z.array(z.string()).overwrite((a) => a.slice(1)),
        FORBIDDEN,
      ),
    ).toThrow(/^exactOutputOf: /)
  })
})

describe('validateSnapshot: one walk for a file with nothing unknown, the full walk otherwise', () => {
  const files = [...validFixtureFiles().map((f) => `valid/${f}`), ...corpusFiles().map((f) => `${CORPUS_DIR}${f}`)]
  const exactSnapshot = exactOutputOf(SnapshotSchema, FORBIDDEN)
  /** The file's JSON value (undefined when it is not JSON). */
  const readRaw = (file: string): unknown => {
    try {
      return JSON.parse(fixtureText(file).replace(/^\uFEFF/, ''))
    } catch {
      return undefined
    }
  }

  it('covers the fixtures, some taken by each way', () => {
    expect(files.length).toBeGreaterThan(40)
    const exact = files.filter((f) => {
      const raw = readRaw(f)
      return raw !== undefined && exactSnapshot(raw) !== REFUSED
    })
    expect(exact.length).toBeGreaterThan(3)
    expect(exact.length).toBeLessThan(files.length)
  })

  it.each(files.map((f) => [f, f]))('%s: the same result either way', (_name, file) => {
    const raw = readRaw(file)
    if (raw === undefined) return // not JSON: refused before any walk
    const full = validateSnapshot(readRaw(file), { exactFirst: false })
    const either = validateSnapshot(raw)
    expect(either).toEqual(full)
    if (either.ok && full.ok) expect(JSON.stringify(either.snapshot)).toBe(JSON.stringify(full.snapshot))
  })

  it('a generated snapshot is taken in one walk; the same with one unknown field gets the full walk and its warning', () => {
    const s = generateSnapshot({ commitments: 3000, seed: 5 }) as { commitments: Record<string, unknown>[] }
    expect(exactSnapshot(parsed(s))).not.toBe(REFUSED)
    const clean = validateSnapshot(parsed(s))
    s.commitments[2999].priority = 'high'
    expect(exactSnapshot(parsed(s))).toBe(REFUSED)
    const warned = validateSnapshot(parsed(s))
    expect(clean.ok && warned.ok).toBe(true)
    if (!clean.ok || !warned.ok) return
    expect(JSON.stringify(warned.snapshot)).toBe(JSON.stringify(clean.snapshot))
    expect(warned.warnings.filter((w) => w.code === 'unknown_field')).toMatchObject([
      { path: 'commitments[2999].priority', params: { field: 'priority', count: 1 } },
    ])
    expect(warned.warnings.slice(1)).toEqual(clean.warnings)
  })
})
