/**
 * The member count that tells the import a name repeats (issue 17, item 3), made on the file's
 * bytes by the count worker while the data worker parses: exact on any JSON, used by the
 * pipeline when it comes, replaced by the count in the text when it cannot come.
 */
import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { memberCounter } from '@/data/countMembers'
import { membersParsed } from '@/domain/validate'
import { membersInBytes, memberTally } from '@/import/jsonScan'
import { importSnapshotFile, type PipelineDeps } from '@/import/pipeline'
import { readFileSync } from 'node:fs'
import { memorySource } from '@/data/memorySource'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('membersInBytes', () => {
  it('counts what JSON.parse keeps in any JSON without repeated names, whatever its strings hold', () => {
    const strings = fc.string({ unit: 'binary' })
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), strings, (value, s) => {
        // Keys and values full of quotes, backslashes, colons and characters beyond ASCII.
        const text = JSON.stringify({ [s]: value, [`${s}"\\:`]: s, [`:${s}`]: [s, { [s]: ':' }] })
        expect(membersInBytes(bytes(text))).toBe(membersParsed(JSON.parse(text)))
      }),
      { numRuns: 300 },
    )
    for (const text of [
      '{"a":":"}',
      '{"a,":1}',
      '{ "a" : { "b" :[ 1 , { "c" : "x:" } ] } , "d\\"" : "", "": 1, "\\\\": 2 }',
      '{"u":"https://x.org:8080/a:b","q":"say \\":\\" \\\\","t":"\\u003a","e\\\\":"\\\\\\" : x"}',
      '{"Сфера: цифровизация":"Монгол: хамтын ажиллагаа 🙂:"}',
    ])
      expect(membersInBytes(bytes(text)), text).toBe(membersParsed(JSON.parse(text)))
  })

  it('counts the same in pieces, wherever the pieces end (in a string, after a backslash, in a character)', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 3 }),
        fc.string({ unit: 'binary' }),
        fc.array(fc.nat()),
        (value, s, cuts) => {
          const all = bytes(JSON.stringify({ [`${s}\\"`]: value, q: `\\${s}\\` }))
          const ends = [...new Set(cuts.map((c) => c % (all.length + 1)))].sort((a, b) => a - b)
          const tally = memberTally()
          let from = 0
          for (const end of [...ends, all.length]) {
            tally.add(all.subarray(from, end))
            from = end
          }
          expect(tally.members).toBe(membersInBytes(all))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('counts a repeated name twice, where JSON.parse keeps one', () => {
    const text = '{"a":1,"b":{"k":":","k":2},"a":3}'
    expect(membersInBytes(bytes(text))).toBe(5)
    expect(membersParsed(JSON.parse(text))).toBe(3)
  })
})

describe('the import with a count made beside it', () => {
  const text = readFileSync(new URL('../fixtures/valid/small.json', import.meta.url), 'utf8')
  const repeated = text.replace(/"status":\s*"(\w+)"/, '"status": "bogus", "status": "$1"')
  const run = (t: string, countMembers: PipelineDeps['countMembers']) =>
    importSnapshotFile(new File([t], 'x.json'), {
      store: memorySource(),
      progress: () => {},
      confirmReplace: async () => true,
      countMembers,
    })

  it("refuses a repeated name by the worker's count, and by the text's when the worker has none", async () => {
    expect(repeated).not.toBe(text)
    for (const count of [async (f: Blob) => membersInBytes(new Uint8Array(await f.arrayBuffer())), async () => null])
      expect(await run(repeated, count)).toMatchObject({
        status: 'refused',
        errors: [{ code: 'duplicate_key', path: 'commitments[0].status' }],
      })
  })

  it('counts in the text when the count worker never answers', { timeout: 10_000 }, async () => {
    const never = () => new Promise<number | null>(() => {})
    expect(await run(repeated, never)).toMatchObject({ status: 'refused', errors: [{ code: 'duplicate_key' }] })
    expect((await run(text, never)).status).toBe('imported')
  })

  it('uses the count it is given: a count that matches hides nothing (so the wiring is real), a count that is off refuses nothing by itself', async () => {
    const kept = membersParsed(JSON.parse(repeated))
    expect((await run(repeated, async () => kept)).status).not.toBe('refused')
    const inFile = membersInBytes(bytes(text))
    // The scan decides when the counts differ: no repeated name, no refusal.
    expect((await run(text, async () => inFile + 1)).status).not.toBe('refused')
  })
})

describe('memberCounter (the count worker, seen from the data worker)', () => {
  class FakeWorker {
    static made: FakeWorker[] = []
    posted: { id: number; file: Blob }[] = []
    terminated = false
    onmessage: ((e: { data: unknown }) => void) | null = null
    onerror: (() => void) | null = null
    onmessageerror: (() => void) | null = null
    constructor() {
      FakeWorker.made.push(this)
    }
    postMessage(m: { id: number; file: Blob }) {
      this.posted.push(m)
    }
    terminate() {
      this.terminated = true
    }
  }
  afterEach(() => {
    vi.unstubAllGlobals()
    FakeWorker.made = []
  })

  it('starts one worker at once, answers each file by its own id, and after a failure answers null', async () => {
    vi.stubGlobal('Worker', FakeWorker)
    const count = memberCounter()
    expect(FakeWorker.made).toHaveLength(1)
    const worker = FakeWorker.made[0]
    const a = count(new Blob(['{}']))
    const b = count(new Blob(['{"x":1}']))
    expect(worker.posted.map((m) => m.id)).toEqual([1, 2])
    worker.onmessage!({ data: { id: 2, members: 1 } })
    worker.onmessage!({ data: { id: 1, members: 0 } })
    expect([await a, await b]).toEqual([0, 1])
    const c = count(new Blob(['{}']))
    worker.onerror!()
    expect(await c).toBeNull()
    expect(worker.terminated).toBe(true)
    expect(await count(new Blob(['{}']))).toBeNull()
    expect(worker.posted).toHaveLength(3)
  })

  it('answers null when no worker can start', async () => {
    vi.stubGlobal('Worker', function () {
      throw new Error('SecurityError')
    })
    expect(await memberCounter()(new Blob(['{}']))).toBeNull()
  })
})
