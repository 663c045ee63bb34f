/**
 * A large file's checks are shared with a second worker (a share of the commitments, see sharedRange).
 * Whatever the file, the shared result must be the result of checking it whole: the same errors
 * in the same order and count, the same warnings, the same snapshot — the rows the second worker
 * passed are built by outputOf, and must equal what Zod would have returned.
 */
import 'fake-indexeddb/auto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CoopDatabase } from '@/db/database'
import { dexieStore, loadSnapshot } from '@/db/repository'
import { CommitmentSchema } from '@/domain/schema'
import { outputOf } from '@/domain/schemaOutput'
import { checkAhead, checkRange, finishValidation, mergeRangeChecks, sharedRange, startValidation, type RangeCheck } from '@/domain/validate'
import { checkSharedPart, outcomeOf, parseJson, parseSnapshotText } from '@/import/parse'
import { importSnapshotFile } from '@/import/pipeline'
import { generateSnapshot } from '../bench/generate'

const FIXTURES = path.resolve(__dirname, '../fixtures')

/** The file checked as two workers check it: this one all but the range, the other (its own parse) the range. */
function sharedOutcome(text: string) {
  const json = parseJson(text)
  if (!json.ok) return json
  const range = sharedRange(json.raw)
  const other: RangeCheck | null = range ? checkRange(JSON.parse(json.text), range) : null
  const started = startValidation(json.raw, range)
  // As the data worker does: the later checks ahead of the other worker's answer.
  const ahead = range ? checkAhead(started) : null
  return outcomeOf(json.text, finishValidation(started, other, ahead))
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    if (e.isDirectory()) return jsonFiles(full)
    return e.name.endsWith('.json') && !e.name.startsWith('cases') && !e.name.endsWith('.expected.json') ? [full] : []
  })
}

/** A generated snapshot with problems and unknown fields in both halves of its commitments. */
function mixed(n: number, { errors }: { errors: boolean }) {
  const s = generateSnapshot({ commitments: n, seed: 11 }) as { commitments: Record<string, unknown>[] }
  const late = Math.floor(n * 0.75)
  for (const i of [3, late]) {
    const c = s.commitments[i]
    c.priority = 'high'
    delete c.owedBy
    delete c.recurrence
    c.updates = [{ date: '2024-01-02', status: 'in_progress', reviewer: 'x' }]
  }
  s.commitments[late + 1].legacyCode = 7
  if (errors) {
    s.commitments[5].due = '2025-02-30'
    s.commitments[late].status = 'finished'
    s.commitments[late + 2].sphere = 'Bad Sphere'
  }
  return JSON.stringify(s)
}

describe('a check shared between two workers', () => {
  const files = [...jsonFiles(path.join(FIXTURES, 'valid')), ...jsonFiles(path.join(FIXTURES, 'invalid'))]

  it('covers the fixtures', () => expect(files.length).toBeGreaterThan(40))

  it.each(files.map((f) => [path.relative(FIXTURES, f), f]))('%s: the same outcome as checked whole', (_name, file) => {
    const text = readFileSync(file, 'utf8')
    expect(sharedOutcome(text)).toEqual(parseSnapshotText(text))
  })

  it('a valid file with unknown fields and defaults in both halves: same rows, warnings and counts', () => {
    const text = mixed(4000, { errors: false })
    const whole = parseSnapshotText(text)
    expect(whole.ok).toBe(true)
    if (!whole.ok) return
    expect(whole.warnings.find((w) => w.code === 'unknown_field' && w.params?.field === 'priority')).toMatchObject({ path: 'commitments[3].priority', params: { count: 2 } })
    expect(whole.warnings.find((w) => w.code === 'unknown_field' && w.params?.field === 'legacyCode')).toMatchObject({ path: 'commitments[3001].legacyCode' })
    const shared = sharedOutcome(text)
    expect(shared).toEqual(whole)
    // Same keys in the same order, so a stored or exported row is byte for byte the same.
    if (shared.ok) expect(JSON.stringify(shared.snapshot)).toBe(JSON.stringify(whole.snapshot))
  })

  it('errors in both halves: listed in file order, all counted', () => {
    const text = mixed(4000, { errors: true })
    const whole = parseSnapshotText(text)
    expect(whole.ok).toBe(false)
    if (whole.ok) return
    expect(whole.errors.map((e) => e.path)).toEqual(['commitments[5].due', 'commitments[3000].status', 'commitments[3002].sphere'])
    expect(sharedOutcome(text)).toEqual(whole)
  })

  it('keys after the commitments (a file written in alphabetical order): findings still in file order', () => {
    const s = JSON.parse(mixed(4000, { errors: false }))
    s.snapshot.preparedBy = 'x'
    const alphabetical = (extra: (o: Record<string, unknown>) => void) => {
      const o: Record<string, unknown> = { agreements: s.agreements, commitments: s.commitments, format: s.format, snapshot: { ...s.snapshot }, version: s.version }
      extra(o)
      return JSON.stringify(o)
    }
    const warned = alphabetical(() => {})
    const whole = parseSnapshotText(warned)
    expect(whole.ok && whole.warnings.filter((w) => w.code === 'unknown_field').map((w) => w.path)).toEqual([
      'commitments[3].priority',
      'commitments[3].updates[0].reviewer',
      'commitments[3001].legacyCode',
      'snapshot.preparedBy',
    ])
    expect(sharedOutcome(warned)).toEqual(whole)

    const forbidden = alphabetical((o) => {
      const key: string = 'constructor'
      ;(o.snapshot as Record<string, unknown>)[key] = 1
      ;(o.commitments as Record<string, unknown>[])[3600] = { ...(o.commitments as Record<string, unknown>[])[3600], prototype: 1 }
      ;(o.commitments as Record<string, unknown>[])[10] = { ...(o.commitments as Record<string, unknown>[])[10], prototype: 2 }
    })
    const refused = parseSnapshotText(forbidden)
    expect(!refused.ok && refused.errors.map((e) => e.path)).toEqual(['commitments[10].prototype', 'commitments[3600].prototype', 'snapshot.constructor'])
    expect(sharedOutcome(forbidden)).toEqual(refused)
  })

  it('a row in the other share too broken to build (updates not a list): the same refusal', () => {
    const s = JSON.parse(mixed(4000, { errors: false }))
    s.commitments[3500].updates = 5
    const text = JSON.stringify(s)
    const whole = parseSnapshotText(text)
    expect(whole).toMatchObject({ ok: false, errors: [{ code: 'wrong_type', path: 'commitments[3500].updates' }] })
    expect(sharedOutcome(text)).toEqual(whole)
  })

  it('builds a checked record as Zod outputs it: known keys in schema order, defaults filled', () => {
    const output = outputOf(CommitmentSchema)
    const record = { status: 'completed', title: { en: 'T', ru: 'Т' }, extra: 1, id: 'c1', sphere: 'political', agreementId: 'a', updates: [{ status: 'completed', date: '2024-01-01', zz: 1 }] }
    const zod = CommitmentSchema.parse(record)
    expect(JSON.stringify(output(record))).toBe(JSON.stringify(zod))
    expect(output(record)).toMatchObject({ owedBy: 'joint', recurrence: 'once' })
  })
})

describe('the import pipeline with a second worker', () => {
  let dbCount = 0
  const freshDb = () => new CoopDatabase(`shared-check-${++dbCount}`)
  let cancelled = 0
  /** A second "worker" in this process: `answer` gets a copy of the file's bytes, as the real one does. */
  const deps = (db: CoopDatabase, answer: ((bytes: Uint8Array) => Promise<RangeCheck | null> | RangeCheck | null) | null) => ({
    store: dexieStore(db),
    progress: () => {},
    confirmReplace: async () => true,
    shareCheck: () => answer && { check: async (bytes: Uint8Array) => answer(bytes.slice()), cancel: () => void cancelled++ },
  })
  const file = (text: string) => new File([text], 'big.json', { type: 'application/json' })

  it('stores the same snapshot as a check done whole, and refuses the same files', async () => {
    const text = mixed(3000, { errors: false })
    const alone = freshDb()
    const helped = freshDb()
    let asked = 0
    const a = await importSnapshotFile(file(text), deps(alone, null))
    const b = await importSnapshotFile(file(text), deps(helped, (f) => (asked++, checkSharedPart(f))))
    expect(asked).toBe(1)
    expect(b.status).toBe('imported')
    expect({ ...b, record: { ...(b as { record: object }).record, importedAt: '' } }).toEqual({ ...a, record: { ...(a as { record: object }).record, importedAt: '' } })
    const id = JSON.parse(text).snapshot.id
    expect(JSON.stringify(await loadSnapshot(helped, id))).toBe(JSON.stringify(await loadSnapshot(alone, id)))

    const bad = mixed(3000, { errors: true })
    const refusedAlone = await importSnapshotFile(file(bad), deps(freshDb(), null))
    const refusedHelped = await importSnapshotFile(file(bad), deps(freshDb(), checkSharedPart))
    expect(refusedHelped).toEqual(refusedAlone)
    expect(refusedHelped.status).toBe('refused')
  })

  it('rows of the other share that break the columns made ahead: refused as when checked whole, never thrown', async () => {
    const s = JSON.parse(mixed(3000, { errors: false }))
    s.commitments[2900].countries = 'KZ'
    s.commitments[2950].status = 'finished'
    const text = JSON.stringify(s)
    const alone = await importSnapshotFile(file(text), deps(freshDb(), null))
    const helped = await importSnapshotFile(file(text), deps(freshDb(), checkSharedPart))
    expect(alone.status).toBe('refused')
    expect(helped).toEqual(alone)
  })

  it("takes the other worker's answer when it comes, and checks the range itself when it does not come", async () => {
    const text = mixed(3000, { errors: false })
    const alone = await importSnapshotFile(file(text), deps(freshDb(), null))
    // An answer of the right range is taken as it is: a field only it reports shows in the warnings.
    const marked = async (bytes: Uint8Array) => {
      const a = checkSharedPart(bytes)!
      return { ...a, unknown: [...a.unknown, { id: 'commitment.onlyTheirs', field: 'onlyTheirs', count: 1, first: ['commitments', a.from, 'onlyTheirs'] }] }
    }
    const taken = await importSnapshotFile(file(text), deps(freshDb(), marked))
    expect(taken.status === 'imported' && taken.record.warnings.some((w) => w.params?.field === 'onlyTheirs')).toBe(true)
    // No answer ever: checked here, and the other worker is stopped.
    const before = cancelled
    const never = await importSnapshotFile(file(text), deps(freshDb(), () => new Promise(() => {})))
    expect(cancelled).toBeGreaterThan(before)
    expect({ ...never, record: { ...(never as { record: object }).record, importedAt: '' } }).toEqual({ ...alone, record: { ...(alone as { record: object }).record, importedAt: '' } })
  })

  it('stops the other worker however the import ends: a file that is not JSON, one refused, one imported', async () => {
    for (const text of ['{"format": "cooperation-snapshot", ', mixed(3000, { errors: true }), mixed(3000, { errors: false })]) {
      const before = cancelled
      await importSnapshotFile(file(text), deps(freshDb(), () => new Promise(() => {})))
      expect(cancelled).toBeGreaterThan(before)
    }
  })

  it('a range checked in steps is the range checked whole, errors capped and counted', () => {
    const s = JSON.parse(mixed(6000, { errors: true }))
    for (let i = 2500; i < 4000; i++) s.commitments[i].due = '2025-02-30'
    const raw = JSON.parse(JSON.stringify(s))
    const whole = checkRange(raw, { from: 1000, to: 6000 })
    expect(whole.errors).toHaveLength(1000)
    const parts = [1000, 2000, 3000, 4000, 5000].map((from) => checkRange(raw, { from, to: from + 1000 }))
    expect(mergeRangeChecks(parts)).toEqual(whole)
  })

  it('checks the range itself when the other worker fails or answers for another range', async () => {
    const bad = mixed(3000, { errors: true })
    const expected = await importSnapshotFile(file(bad), deps(freshDb(), null))
    const failed = await importSnapshotFile(file(bad), deps(freshDb(), () => Promise.reject(new Error('out of memory'))))
    const nothing = await importSnapshotFile(file(bad), deps(freshDb(), async () => null))
    const wrong = await importSnapshotFile(file(bad), deps(freshDb(), async () => ({ from: 0, to: 1, forbidden: [], unknown: [], errors: [], errorCount: 0 })))
    for (const r of [failed, nothing, wrong]) expect(r).toEqual(expected)
  })
})
