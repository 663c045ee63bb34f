import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parsePath, scanJson } from '@/import/jsonScan'
import { formatPath } from '@/domain/issues'
import { parseSnapshotText } from '@/import/parse'
import { validateSnapshot } from '@/domain/validate'

/** Line and column (1-based) of a character offset, counted the plain way. */
function lineCol(text: string, offset: number) {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1, offset }
}

/** Offset of the n-th (1-based) occurrence of needle. */
function nth(text: string, needle: string, n: number): number {
  let at = -1
  for (let i = 0; i < n; i++) {
    at = text.indexOf(needle, at + 1)
    if (at === -1) throw new Error(`no occurrence ${n} of ${needle}`)
  }
  return at
}

describe('scanJson: syntax errors', () => {
  it('valid JSON has no syntax error', () => {
    for (const t of [
      '{}',
      '[]',
      '0',
      '-1.5e+3',
      '"x\\u00e9\\n"',
      'true',
      'null',
      ' {"a": [1, {"b": false}], "c": "Қазақ"} \n',
    ]) {
      expect(scanJson(t).syntaxError, t).toBeUndefined()
    }
  })

  it('an unexpected character, on the first and on a later line', () => {
    const one = '{"a": 1, "b": x}'
    expect(scanJson(one).syntaxError).toEqual({ ...lineCol(one, one.indexOf('x')), found: 'x' })
    const many = '{\n  "a": [1, 2,\n    @]\n}'
    expect(scanJson(many).syntaxError).toEqual({ line: 3, column: 5, offset: many.indexOf('@'), found: '@' })
  })

  it('counts columns in UTF-16 code units after non-ASCII text, and reports a whole astral character', () => {
    const t = '{"name": "Қазақстан", "x": 😀}'
    expect(scanJson(t).syntaxError).toEqual({
      line: 1,
      column: t.indexOf('😀') + 1,
      offset: t.indexOf('😀'),
      found: '😀',
    })
  })

  it('an unexpected end: found is empty, the position is the end of the text', () => {
    const t = '{"a": [1, 2'
    expect(scanJson(t).syntaxError).toEqual({ line: 1, column: 12, offset: 11, found: '' })
    const t2 = '{\n  "a": 1,\n'
    expect(scanJson(t2).syntaxError).toEqual({ line: 3, column: 1, offset: t2.length, found: '' })
    const t3 = '{"a": "unterminated'
    expect(scanJson(t3).syntaxError).toMatchObject({ line: 1, column: t3.length + 1, found: '' })
    expect(scanJson('').syntaxError).toEqual({ line: 1, column: 1, offset: 0, found: '' })
    expect(scanJson('tru').syntaxError).toMatchObject({ column: 4, found: '' })
  })

  it('a bad escape points at the escaped character', () => {
    const t = '{"a": "x\\qy"}'
    expect(scanJson(t).syntaxError).toEqual({ line: 1, column: 10, offset: 9, found: 'q' })
  })

  it('a bad \\u escape is reported within the escape', () => {
    const t = '[\n "ab\\u12G4"\n]'
    const err = scanJson(t).syntaxError!
    expect(err.line).toBe(2)
    const backslash = t.indexOf('\\')
    expect(err.offset).toBeGreaterThan(backslash)
    expect(err.offset).toBeLessThanOrEqual(t.indexOf('G'))
  })

  it('a raw control character inside a string', () => {
    const t = '{"a": "line\nbreak"}'
    expect(scanJson(t).syntaxError).toMatchObject({ line: 1, column: 12, found: '\n' })
  })

  it('a trailing comma in an array and in an object', () => {
    const arr = '[1, 2,\n]'
    expect(scanJson(arr).syntaxError).toEqual({ line: 2, column: 1, offset: arr.length - 1, found: ']' })
    const obj = '{"a": 1,  }'
    expect(scanJson(obj).syntaxError).toEqual({ line: 1, column: 11, offset: 10, found: '}' })
  })

  it('two values at the top level', () => {
    const t = '{"a": 1}\n{"b": 2}'
    expect(scanJson(t).syntaxError).toEqual({ line: 2, column: 1, offset: 9, found: '{' })
    expect(scanJson('1 2').syntaxError).toMatchObject({ column: 3, found: '2' })
  })

  it('other strictness: leading zero, missing colon, single quotes, comments, NaN', () => {
    expect(scanJson('[01]').syntaxError).toMatchObject({ column: 3, found: '1' })
    expect(scanJson('{"a" 1}').syntaxError).toMatchObject({ column: 6, found: '1' })
    expect(scanJson("{'a': 1}").syntaxError).toMatchObject({ column: 2, found: "'" })
    expect(scanJson('[1 // c\n]').syntaxError).toMatchObject({ column: 4, found: '/' })
    expect(scanJson('[NaN]').syntaxError).toMatchObject({ column: 2, found: 'N' })
  })

  it('agrees with JSON.parse on what is valid', () => {
    const samples = [
      '{"a":1}',
      '[1,]',
      '{"a":1,}',
      '01',
      '-',
      '-0',
      '1.',
      '.5',
      '1e5',
      '1E+5',
      '"\\/"',
      '"\\x"',
      '[true, false, null]',
      '[tru]',
      '{"a":{"b":[]}}',
      '{"a"}',
      '"\u2028"',
    ]
    for (const t of samples) {
      let ok = true
      try {
        JSON.parse(t)
      } catch {
        ok = false
      }
      expect(scanJson(t).syntaxError === undefined, t).toBe(ok)
    }
  })
})

describe('scanJson: positions of JSON paths', () => {
  const doc = {
    format: 'cooperation-snapshot',
    commitments: [
      { id: 'a', due: '2025-01-01', countries: ['KZ', 'MN'] },
      { id: 'b', due: '2026-02-02', updates: [{ date: '2026-01-01' }, { date: '2026-03-03' }] },
    ],
  }
  const text = JSON.stringify(doc, null, 2)

  it('a name with a dot, a bracket, a quote or a blank is quoted in a path, and reads back (seed -1043469646)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.nat(99))), (segs) => {
        expect(parsePath(formatPath(segs))).toEqual(segs)
      }),
    )
    expect(formatPath(['x-generator', 'jq.{Fh', '__proto__'])).toBe('x-generator["jq.{Fh"].__proto__')
    expect(formatPath(['commitments', 12, 'due'])).toBe('commitments[12].due')
    // The scan finds such a key where it is written (it used to give the enclosing field's line).
    const text = '{\n  "x": {\n    "a.b": {\n      "__proto__": {}\n    }\n  }\n}'
    const path = formatPath(['x', 'a.b', '__proto__'])
    expect(scanJson(text, [path]).located.get(path)?.line).toBe(4)
  })

  it('parsePath splits keys and indexes', () => {
    expect(parsePath('commitments[12].updates[0].date')).toEqual(['commitments', 12, 'updates', 0, 'date'])
    expect(parsePath('format')).toEqual(['format'])
    expect(parsePath('a.__proto__')).toEqual(['a', '__proto__'])
  })

  it('finds nested values: the position where the value starts', () => {
    const wanted = [
      'commitments[1].due',
      'commitments[0].countries[1]',
      'commitments[1].updates[1].date',
      'format',
      'commitments[1]',
    ]
    const { located, syntaxError } = scanJson(text, wanted)
    expect(syntaxError).toBeUndefined()
    expect(located.get('commitments[1].due')).toEqual(lineCol(text, text.indexOf('"2026-02-02"')))
    expect(located.get('commitments[0].countries[1]')).toEqual(lineCol(text, text.indexOf('"MN"')))
    expect(located.get('commitments[1].updates[1].date')).toEqual(lineCol(text, text.indexOf('"2026-03-03"')))
    expect(located.get('format')).toEqual(lineCol(text, text.indexOf('"cooperation-snapshot"')))
    // the second object of the commitments array: the `{` two lines before `"id": "b"`
    const b = lineCol(text, text.indexOf('"id": "b"'))
    expect(located.get('commitments[1]')).toMatchObject({ line: b.line - 1, column: 5 })
  })

  it('a missing key or index falls back to its nearest ancestor present in the text', () => {
    const { located } = scanJson(text, [
      'commitments[1].sphere',
      'commitments[7].due',
      'snapshot.asOf',
      'commitments[0].updates[0].date',
    ])
    const secondObject = nth(text, '{', 3) // root, commitments[0], commitments[1]
    expect(located.get('commitments[1].sphere')).toEqual(lineCol(text, secondObject))
    expect(located.get('commitments[7].due')).toEqual(lineCol(text, text.indexOf('[')))
    expect(located.get('snapshot.asOf')).toEqual({ line: 1, column: 1, offset: 0 })
    expect(located.get('commitments[0].updates[0].date')).toEqual(lineCol(text, nth(text, '{', 2)))
  })

  it('the same path in the same place on one line', () => {
    const flat = JSON.stringify(doc)
    const { located } = scanJson(flat, ['commitments[1].updates[0].date'])
    expect(located.get('commitments[1].updates[0].date')).toEqual({
      line: 1,
      column: flat.indexOf('"2026-01-01"') + 1,
      offset: flat.indexOf('"2026-01-01"'),
    })
  })

  it('keys written with escapes are matched by their value', () => {
    const t = '{"a\\u0062": {"c\\"d": 5}}'
    expect(scanJson(t, ['ab']).located.get('ab')).toMatchObject({ column: t.indexOf('{', 1) + 1 })
    expect(scanJson(t, ['ab.c"d']).located.get('ab.c"d')).toMatchObject({ column: t.indexOf('5') + 1 })
  })

  it('paths before a syntax error are still located', () => {
    const t = '{"a": 1,\n "b": [1, 2, x]}'
    const out = scanJson(t, ['a', 'b[1]'])
    expect(out.syntaxError).toMatchObject({ line: 2, found: 'x' })
    expect(out.located.get('a')).toEqual({ line: 1, column: 7, offset: 6 })
    expect(out.located.get('b[1]')).toEqual(lineCol(t, t.indexOf('2')))
  })
})

describe('scanJson: 10,000-level nesting', () => {
  const DEPTH = 10_000

  it('valid deep arrays and objects do not throw', () => {
    const arrays = '['.repeat(DEPTH) + ']'.repeat(DEPTH)
    expect(() => scanJson(arrays)).not.toThrow()
    expect(scanJson(arrays).syntaxError).toBeUndefined()
    const objects = '{"a":'.repeat(DEPTH) + '1' + '}'.repeat(DEPTH)
    const deepPath = Array.from({ length: 50 }, () => 'a').join('.')
    const out = scanJson(objects, [deepPath])
    expect(out.syntaxError).toBeUndefined()
    expect(out.located.get(deepPath)).toEqual({ line: 1, column: 50 * 5 + 1, offset: 50 * 5 })
  })

  it('truncated deep nesting reports the end without throwing', () => {
    const t = '['.repeat(DEPTH)
    expect(scanJson(t).syntaxError).toEqual({ line: 1, column: DEPTH + 1, offset: DEPTH, found: '' })
    const t2 = '{"a":'.repeat(DEPTH) + '1' + '}'.repeat(DEPTH - 1)
    expect(scanJson(t2).syntaxError).toMatchObject({ offset: t2.length, found: '' })
  })

  it('a wanted path 10,000 levels deep is located without throwing', () => {
    const objects = '{"a":'.repeat(DEPTH) + '1' + '}'.repeat(DEPTH)
    const deepPath = Array.from({ length: DEPTH }, () => 'a').join('.')
    let out: ReturnType<typeof scanJson> | undefined
    expect(() => (out = scanJson(objects, [deepPath]))).not.toThrow()
    expect(out?.located.get(deepPath)).toEqual({ line: 1, column: DEPTH * 5 + 1, offset: DEPTH * 5 })
  })

  const head =
    '{"format": "cooperation-snapshot", "version": 1, "snapshot": {"id": "d", "asOf": "2026-01-01"}, "agreements": [], "commitments": [], "junk": '

  it('parseSnapshotText: truncated deep nesting is json_end', () => {
    const truncated = parseSnapshotText('['.repeat(DEPTH))
    expect(truncated).toMatchObject({ ok: false, errors: [{ code: 'json_end', line: 1, column: DEPTH + 1 }] })
  })

  it('parseSnapshotText: a deep unknown field is only a warning', () => {
    const text = head + '['.repeat(DEPTH) + ']'.repeat(DEPTH) + '}'
    const out = parseSnapshotText(text)
    expect(out.ok).toBe(true)
    if (out.ok)
      expect(out.warnings).toMatchObject([
        {
          code: 'unknown_field',
          path: 'junk',
          params: { field: 'junk', count: 1 },
          line: 1,
          column: text.indexOf('[[') + 1,
        },
      ])
  })

  it('parseSnapshotText: a forbidden key 10,000 levels deep is refused (not a thrown RangeError)', () => {
    const text = head + '{"x":'.repeat(DEPTH - 1) + '{"__proto__":1' + '}'.repeat(DEPTH) + '}'
    // validation itself copes (iterative key scan) ...
    const validated = validateSnapshot(JSON.parse(text))
    expect(validated).toMatchObject({ ok: false, errors: [{ code: 'forbidden_key', params: { key: '__proto__' } }] })
    // ... and so must the step that adds line and column to the error
    let out: ReturnType<typeof parseSnapshotText> | undefined
    expect(() => (out = parseSnapshotText(text))).not.toThrow()
    expect(out?.ok).toBe(false)
    if (out && !out.ok) {
      expect(out.errors).toHaveLength(1)
      expect(out.errors[0]).toMatchObject({
        code: 'forbidden_key',
        params: { key: '__proto__' },
        line: 1,
        column: text.indexOf('"__proto__":1') + '"__proto__":'.length + 1,
      })
      expect(out.errors[0].path).toBe('junk' + '.x'.repeat(DEPTH - 1) + '.__proto__')
    }
  })
})
