/**
 * data/snapshot.schema.json, the published JSON Schema of the format: written from the Zod schema
 * (npm run schema), and proven to agree with it by a standard validator (ajv, draft 2020-12,
 * strict mode: only standard keywords) on the fixtures: every valid file is accepted, every
 * fixture whose one problem is structural (a type, a list of values, a required key, a pattern, a
 * bound) is refused at the place the app names. The rules that no JSON Schema can say (a date that
 * exists, an assigned country code, ids unique and linked, forbidden keys, the encoding) are the
 * app's alone, and are not asked of ajv.
 */
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { snapshotArb } from '../support/arbitrary'
import {
  CORPUS_DIR,
  fixtureText,
  importedCases,
  parsedSnapshot,
  projectText,
  refusedCases,
  sampleText,
  validFixtureFiles,
} from '../support/fixtures'
import { snapshotJsonSchemaText } from '@/domain/jsonSchema'

describe('data/snapshot.schema.json', () => {
  it('is up to date with the Zod schema (run `npm run schema` when this fails)', () => {
    const committed = projectText('data/snapshot.schema.json')
    expect(committed).toBe(snapshotJsonSchemaText())
  })
})

const validate = new Ajv2020({ strict: true, allErrors: true }).compile(
  JSON.parse(projectText('data/snapshot.schema.json')),
)
/** ajv's errors for a JSON text (a byte-order mark dropped, as the app drops it), or [] when valid. */
function ajvErrors(text: string): ErrorObject[] {
  return validate(JSON.parse(text.replace(/^\uFEFF/, ''))) ? [] : [...(validate.errors ?? [])]
}
const briefly = (errors: ErrorObject[]) => errors.slice(0, 3).map((e) => `${e.instancePath} ${e.message}`)

describe('every valid fixture is valid by the published schema', () => {
  const files: [string, string][] = [
    ...validFixtureFiles().map((f): [string, string] => [`valid/${f}`, fixtureText(`valid/${f}`)]),
    ['export/hostile.json', fixtureText('export/hostile.json')],
    // Hostile-looking but valid files of the invalid corpus: the app imports them.
    ...importedCases().map(([f]): [string, string] => [`${CORPUS_DIR}${f}`, fixtureText(`${CORPUS_DIR}${f}`)]),
    ['data/sample-kz.json', sampleText()],
  ]

  it('covers the fixtures this is about', () => {
    expect(files.map(([name]) => name)).toEqual(
      expect.arrayContaining(['valid/minimal.json', 'valid/small.json', 'data/sample-kz.json']),
    )
    expect(files.length).toBeGreaterThanOrEqual(6)
  })

  it.each(files)('%s', (_name, text) => {
    const errors = ajvErrors(text)
    expect(briefly(errors)).toEqual([])
  })

  // Found by this test: the URL pattern was case-insensitive by a flag that a JSON Schema pattern
  // cannot carry, so the published schema refused `HTTPS://…`, which the app imports.
  it('an upper-case URL scheme (HTTPS://), which the app accepts, the published schema accepts too', () => {
    const doc = JSON.parse(fixtureText('valid/minimal.json')) as Record<string, unknown>
    doc.agreements = [
      {
        id: 'A',
        title: 'T',
        type: 'treaty',
        signedOn: '2020-01-01',
        parties: [{ name: 'N', country: 'KZ', kind: 'state' }],
        url: 'HTTPS://example.org/a.pdf',
      },
    ]
    const text = JSON.stringify(doc)
    expect(parsedSnapshot(text).agreements[0].url).toBe('HTTPS://example.org/a.pdf')
    expect(briefly(ajvErrors(text))).toEqual([])
  })

  const validSnapshot = snapshotArb()

  it('any generated valid snapshot (property)', () => {
    fc.assert(
      fc.property(validSnapshot, (doc) => {
        expect(briefly(ajvErrors(JSON.stringify(doc)))).toEqual([])
      }),
      { numRuns: 200 },
    )
  })
})

/**
 * The error codes whose rule is structure alone, each with the ajv keywords that say it; a fixture
 * refused with one of them must be refused by ajv too, at the same place.
 */
const STRUCTURAL: Record<string, string[]> = {
  not_object: ['type'],
  format_missing: ['required'],
  version_missing: ['required'],
  required: ['required'],
  format_wrong: ['const', 'type'],
  version_unsupported: ['const', 'type'],
  wrong_type: ['type'],
  bad_text: ['type', 'anyOf', 'minLength', 'minProperties', 'pattern', 'propertyNames'],
  not_in_list: ['enum', 'type'],
  empty_string: ['minLength'],
  too_big: ['maximum'],
  too_small: ['minimum'],
  too_few: ['minItems'],
  bad_region: ['pattern', 'type'],
  bad_url: ['pattern'],
}

/** The JSON Pointer of one of the app's paths: `agreements[1].parties` -> `/agreements/1/parties`. */
const pointer = (path: string) =>
  path === ''
    ? ''
    : '/' +
      path
        .replace(/\[(\d+)\]/g, '.$1')
        .split('.')
        .filter(Boolean)
        .join('/')

/** Whether ajv names the app's path: the value there, or (a missing key) its parent and the key. */
function atPath(e: ErrorObject, path: string, code: string): boolean {
  if (e.keyword === 'required' && STRUCTURAL[code].includes('required')) {
    const key = /(?:^|\.)([^.[\]]+)$/.exec(path)?.[1]
    const parent = path.slice(0, path.length - (key?.length ?? 0)).replace(/\.$/, '')
    return e.instancePath === pointer(parent) && (e.params as { missingProperty?: string }).missingProperty === key
  }
  return e.instancePath === pointer(path)
}

describe('fixtures with a structural problem are refused by the published schema too', () => {
  const structural = refusedCases().filter(([, c]) => c.code in STRUCTURAL)

  it('a selection of every structural kind of error', () => {
    expect(new Set(structural.map(([, c]) => c.code))).toEqual(new Set(Object.keys(STRUCTURAL)))
    expect(structural.length).toBeGreaterThan(50)
  })

  it.each(structural)('%s: refused, at its path, by a keyword of its rule', (_file, c) => {
    const errors = ajvErrors(fixtureText(`${CORPUS_DIR}${_file}`))
    expect(errors.length, 'accepted by the published schema').toBeGreaterThan(0)
    const here = errors.filter((e) => atPath(e, c.path, c.code))
    expect(
      here.some((e) => STRUCTURAL[c.code].includes(e.keyword)),
      `${c.code} at ${c.path}; ajv says ${JSON.stringify(errors.map((e) => [e.instancePath, e.keyword]))}`,
    ).toBe(true)
  })
})
