/**
 * Hostile and unlucky input (issue 17): duplicate names, a second byte-order mark, UTF-32,
 * invisible characters and out-of-range numbers in messages. Each case was accepted wrongly or
 * worded wrongly before.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { aggregateAll } from '@/domain/filters'
import { encodeColumns } from '@/domain/columns'
import { COUNTRY_CODES } from '@/domain/countries'
import { AGREEMENT_TYPES, BUILTIN_SPHERES, MAX_DECLARED_SPHERES, OWED_BY, PARTY_KINDS, STATUSES } from '@/domain/vocab'
import { membersParsed } from '@/domain/validate'
import { membersInText, scanJson } from '@/import/jsonScan'
import { decodeBytes, parseSnapshotText } from '@/import/parse'
import { i18n } from '@/i18n'

const small = readFileSync(new URL('../fixtures/valid/small.json', import.meta.url), 'utf8')
const smallRaw = JSON.parse(small) as { commitments: Record<string, unknown>[] }

/** Line and column (1-based) of the n-th occurrence of needle. */
function at(text: string, needle: string, n = 1) {
  let i = -1
  for (let k = 0; k < n; k++) i = text.indexOf(needle, i + 1)
  if (i < 0) throw new Error(`no ${needle}`)
  const before = text.slice(0, i)
  return { line: before.split('\n').length, column: i - (before.lastIndexOf('\n') + 1) + 1 }
}

describe('duplicate names (item 3)', () => {
  it('two "commitments" arrays are refused, naming the path and both places', () => {
    const first = JSON.stringify(smallRaw.commitments)
    const text = small.replace(/\n}\s*$/, `,\n  "commitments": []\n}\n`)
    expect(text).not.toBe(small)
    expect(first.length).toBeGreaterThan(2)
    const out = parseSnapshotText(text)
    expect(out.ok).toBe(false)
    if (out.ok) return
    expect(out.errors).toEqual([
      {
        code: 'duplicate_key',
        path: 'commitments',
        params: at(text, '"commitments"', 1),
        ...at(text, '"commitments"', 2),
      },
    ])
  })

  it('a repeated "due" inside a commitment is refused at commitments[i].due', () => {
    const raw = structuredClone(smallRaw)
    const text = JSON.stringify(raw, null, 2).replace(/"due": "([^"]+)"/, '"due": "$1",\n      "due": "2099-01-01"')
    const out = parseSnapshotText(text)
    expect(out.ok).toBe(false)
    if (out.ok) return
    const i = raw.commitments.findIndex((c) => c.due !== undefined)
    expect(out.errors[0]).toMatchObject({ code: 'duplicate_key', path: `commitments[${i}].due` })
    expect(out.errors[0]).toMatchObject({ params: at(text, '"due"', 1), ...at(text, '"due"', 2) })
  })

  it('an invalid status hidden behind a valid repeat is refused, not validated on the last value', () => {
    const text = JSON.stringify(smallRaw, null, 2).replace(/"status": "(\w+)"/, '"status": "bogus", "status": "$1"')
    const out = parseSnapshotText(text)
    expect(out).toMatchObject({ ok: false, errors: [{ code: 'duplicate_key', path: 'commitments[0].status' }] })
  })

  it('names equal once unescaped are the same name; nested and in lists the path is exact', () => {
    const text = '{"a":[{"x":1},{"b":{"k":1,"\\u006b":2}}]}'
    const scan = scanJson(text, [], { duplicates: true })
    expect(scan.duplicates).toEqual([
      { path: 'a[1].b.k', first: { line: 1, column: 21, offset: 20 }, second: { line: 1, column: 27, offset: 26 } },
    ])
    expect(parseSnapshotText(text)).toMatchObject({ ok: false, errors: [{ code: 'duplicate_key', path: 'a[1].b.k' }] })
  })

  it('counts members exactly, whatever colons, quotes and backslashes the strings hold', () => {
    const tricky = [
      '{"u":"https://x.org:8080/a:b","q":"say \\":\\" \\\\","t":"\\u003a","e\\\\":"\\\\\\" : x"}',
      '{ "a" : { "b" :[ 1 , { "c" : "x:" } ] } , "d\\"" : "", "": 1, "\\\\": 2 }',
      '[{"":""},{},[],"x::"]',
    ]
    for (const text of tricky) expect(membersInText(text), text).toBe(membersParsed(JSON.parse(text)))
    // A string that starts with a colon (or a name ending in , : [ {) cannot be told apart by
    // looking back: the count says so (-1), and the scan decides.
    expect(membersInText('{"a":":"}')).toBe(-1)
    expect(membersInText('{"a,":1}')).toBe(-1)
    const firstCode = (text: string) => {
      const out = parseSnapshotText(text)
      return out.ok ? 'ok' : out.errors[0].code
    }
    expect(firstCode('{"a":": x","a,":1}')).toBe('format_missing')
    expect(parseSnapshotText('{"a":": x","a":1}')).toMatchObject({ ok: false, errors: [{ code: 'duplicate_key' }] })
    expect(membersInText(small)).toBe(membersParsed(JSON.parse(small)))
    expect(membersInText('{"a":1,"a":2}')).toBe(2)
    expect(membersParsed(JSON.parse('{"a":1,"a":2}'))).toBe(1)
  })

  it('a file without repeats is still accepted (no false alarm)', () => {
    expect(parseSnapshotText(small).ok).toBe(true)
    const colons = small.replace('"title": "', '"title": "a\\": b: \\\\ ')
    expect(colons).not.toBe(small)
    expect(parseSnapshotText(colons).ok).toBe(true)
  })

  it('one leading byte-order mark is ignored; a second one is refused', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf])
    const body = new TextEncoder().encode(small)
    const once = decodeBytes(new Uint8Array([...bom, ...body]))
    expect('text' in once && parseSnapshotText(once.text).ok).toBe(true)
    const twice = decodeBytes(new Uint8Array([...bom, ...bom, ...body]))
    expect(twice).toMatchObject({ outcome: { ok: false, errors: [{ code: 'bom_twice', line: 1, column: 1 }] } })
    expect(parseSnapshotText('\uFEFF\uFEFF' + small)).toMatchObject({
      ok: false,
      errors: [{ code: 'bom_twice', line: 1, column: 1 }],
    })
  })
})

const say = (code: string, params: Record<string, unknown> = {}) => i18n.global.t(`errors.${code}`, params)

describe('messages say what was found (item 12)', () => {
  it('1e400 is "a number too large", not "Expected number, found number"', () => {
    const text = small.replace(/"progress": \d+/, '"progress": 1e400')
    expect(text).not.toBe(small)
    const out = parseSnapshotText(text)
    expect(out.ok).toBe(false)
    if (out.ok) return
    expect(out.errors[0]).toMatchObject({ code: 'number_too_large' })
    expect(out.errors[0].path).toMatch(/^commitments\[\d+\]\.progress$/)
    expect(say(out.errors[0].code, out.errors[0].params)).toMatch(/number too large/)
  })

  it('UTF-32 is called UTF-32 (with or without its mark), UTF-16 still UTF-16', () => {
    const utf32le = (s: string) => new Uint8Array([...s].flatMap((c) => [c.charCodeAt(0), 0, 0, 0]))
    const utf32be = (s: string) => new Uint8Array([...s].flatMap((c) => [0, 0, 0, c.charCodeAt(0)]))
    const code = (b: Uint8Array) =>
      'outcome' in decodeBytes(b)
        ? (decodeBytes(b) as { outcome: { errors?: { code: string }[] } }).outcome.errors?.[0].code
        : 'decoded'
    expect(code(new Uint8Array([0xff, 0xfe, 0, 0, ...utf32le('{}')]))).toBe('utf32')
    expect(code(new Uint8Array([0, 0, 0xfe, 0xff, ...utf32be('{}')]))).toBe('utf32')
    expect(code(utf32le('{"a":1}'))).toBe('utf32')
    expect(code(utf32be('{"a":1}'))).toBe('utf32')
    expect(code(new Uint8Array([0xff, 0xfe, 0x7b, 0x00]))).toBe('utf16')
    expect(say('utf32')).toContain('UTF-32')
  })

  it('a raw control character is shown by its code, U+0001, not invisibly', () => {
    const out = parseSnapshotText('{"a": \u0001}')
    expect(out).toMatchObject({ ok: false, errors: [{ code: 'json_syntax', params: { found: 'U+0001' } }] })
    const nbsp = parseSnapshotText('{"a":\u00a01}')
    expect(nbsp).toMatchObject({ ok: false, errors: [{ params: { found: 'U+00A0' } }] })
    const surrogate = parseSnapshotText('{"a": \uD800}')
    expect(surrogate).toMatchObject({ ok: false, errors: [{ params: { found: 'U+D800' } }] })
    const plain = parseSnapshotText('{"a": x}')
    expect(plain).toMatchObject({ ok: false, errors: [{ params: { found: 'x' } }] })
  })
})

describe('fixed-width columns (item 4)', () => {
  /** The small fixture declaring `declared` spheres in all, the first `used` of its own each the sphere of one more commitment. */
  function withSpheres(declared: number, used = declared) {
    const raw = structuredClone(smallRaw) as typeof smallRaw & { spheres?: unknown[] }
    const own = raw.spheres ?? []
    const added = Array.from({ length: declared - own.length }, (_, i) => ({ id: `s${i}`, name: `Sphere ${i}` }))
    raw.spheres = [...own, ...added]
    const template = raw.commitments[0]
    for (let i = 0; i < Math.min(used, added.length); i++)
      raw.commitments.push({ ...template, id: `extra-${i}`, sphere: `s${i}` })
    return JSON.stringify(raw)
  }

  it('more spheres than the stated limit are refused, naming the limit (70,000 overflowed the 16-bit column)', () => {
    const out = parseSnapshotText(withSpheres(70_000, 0))
    expect(out).toMatchObject({
      ok: false,
      errors: [{ code: 'too_many', path: 'spheres', params: { maximum: MAX_DECLARED_SPHERES } }],
    })
    if (out.ok) return
    expect(say('too_many', out.errors[0].params)).toContain(String(MAX_DECLARED_SPHERES))
    expect(parseSnapshotText(withSpheres(MAX_DECLARED_SPHERES + 1, 0)).ok).toBe(false)
  })

  it('at the limit every sphere keeps its own index and its own count', () => {
    const out = parseSnapshotText(withSpheres(MAX_DECLARED_SPHERES))
    if (!out.ok) throw new Error(JSON.stringify(out.errors.slice(0, 3)))
    const cols = encodeColumns(out.snapshot)
    expect(cols.sphereIds.length).toBeLessThan(2 ** 16)
    const last = cols.sphereIds[cols.sphere[cols.count - 1]]
    expect(last).toMatch(/^s\d+$/)
    const counts = aggregateAll(cols, 'signed').bySphere
    const at = counts.keys.indexOf(last)
    expect(at).toBeGreaterThanOrEqual(0)
    expect(new Set(Array.from(cols.sphere)).size).toBe(cols.sphereIds.length)
  })

  it('every dictionary column is wide enough for what a valid file can hold', () => {
    // Countries are assigned ISO codes (about 250), statuses, types, kinds and sides fixed
    // vocabularies; spheres are bounded above; rows and agreements use 32 bits.
    expect(BUILTIN_SPHERES.length + MAX_DECLARED_SPHERES).toBeLessThan(2 ** 16)
    expect(COUNTRY_CODES.length).toBeLessThan(2 ** 16)
    expect(Math.max(STATUSES.length, AGREEMENT_TYPES.length, OWED_BY.length)).toBeLessThan(2 ** 8)
    expect(PARTY_KINDS.length).toBeLessThanOrEqual(16)
  })
})
