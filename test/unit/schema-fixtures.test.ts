import { describe, expect, it } from 'vitest'
import {
  corpusCases,
  corpusFiles,
  CORPUS_DIR,
  fixtureBytes,
  fixtureText,
  refusedCases,
  sampleText,
  validFixtureFiles,
} from '../support/fixtures'
import { LISTED_ISSUES } from '@/domain/issues'
import { MAX_FILE_BYTES } from '@/domain/vocab'
import { checkSize, decodeBytes, parseSnapshotText } from '@/import/parse'

const read = fixtureText

/** The refused cases of the invalid corpus (test/fixtures/invalid/cases.json). */
const caseEntries = refusedCases()
/** A corpus file through the parser, decoded first as the import decodes it (bytes that are not UTF-8 are refused there). */
function parseFixture(file: string) {
  const decoded = decodeBytes(fixtureBytes(`${CORPUS_DIR}${file}`))
  return 'text' in decoded ? parseSnapshotText(decoded.text) : decoded.outcome
}

/** The last key of a JSON path: `commitments[3].due` -> `due`, `agreements[1]` -> null. */
function lastKey(path: string): string | null {
  const m = /(?:^|\.)([^.[\]]+)$/.exec(path)
  return m ? m[1] : null
}

describe('valid fixtures', () => {
  const files = validFixtureFiles()

  it('has the fixtures this suite is about', () => {
    expect(files).toEqual(expect.arrayContaining(['minimal.json', 'small.json']))
  })

  it.each(files)('%s imports', (file) => {
    const out = parseSnapshotText(read(`valid/${file}`))
    expect(out.ok, JSON.stringify(out.ok ? '' : out.errors.slice(0, 3))).toBe(true)
  })

  it('minimal.json gives an empty snapshot with the defaults filled in', () => {
    const out = parseSnapshotText(read('valid/minimal.json'))
    if (!out.ok) throw new Error('refused')
    expect(out.snapshot.agreements).toEqual([])
    expect(out.snapshot.commitments).toEqual([])
    expect(out.snapshot.snapshot.language).toBe('en')
    expect(out.warnings).toEqual([])
    expect(out.warningCount).toBe(0)
  })

  it('small.json imports without warnings, with defaults filled in and nothing lost', () => {
    const out = parseSnapshotText(read('valid/small.json'))
    if (!out.ok) throw new Error(JSON.stringify(out.errors))
    expect(out.warnings).toEqual([])
    const s = out.snapshot
    expect(s.agreements).toHaveLength(4)
    expect(s.commitments).toHaveLength(12)
    expect(s.commitments.map((c) => c.id)).toEqual([
      'C01',
      'C02',
      'C03',
      'C04',
      'C05',
      'C06',
      'C07',
      'C08',
      'C09',
      'C10',
      'C11',
      'C12',
    ])
    expect(s.agreements[1].legalStatus).toBe('signed') // default
    expect(s.agreements[0].legalStatus).toBe('in_force')
    expect(s.commitments[0].owedBy).toBe('joint')
    expect(s.commitments[0].recurrence).toBe('once')
    expect(s.commitments[4].recurrence).toBe('standing')
    expect(s.commitments[11].countries).toEqual(['MN', 'RU'])
    expect(s.spheres).toEqual([{ id: 'water', name: { en: 'Water resources', ru: 'Водные ресурсы' } }])
  })

  it('the built-in sample data/sample-kz.json imports', () => {
    const text = sampleText()
    const out = parseSnapshotText(text)
    expect(out.ok, JSON.stringify(out.ok ? '' : out.errors.slice(0, 3))).toBe(true)
    if (out.ok) {
      const raw = JSON.parse(text) as { commitments: unknown[]; agreements: unknown[] }
      expect(out.snapshot.commitments).toHaveLength(raw.commitments.length)
      expect(out.snapshot.agreements).toHaveLength(raw.agreements.length)
    }
  })

  it('a byte-order mark at the start is ignored (as text and as bytes)', () => {
    const text = read('valid/small.json')
    const withBom = parseSnapshotText('\uFEFF' + text)
    expect(withBom.ok).toBe(true)
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])
    const decoded = decodeBytes(bytes)
    if (!('text' in decoded)) throw new Error('refused')
    expect(decoded.text.charCodeAt(0)).toBe('{'.charCodeAt(0))
    expect(parseSnapshotText(decoded.text).ok).toBe(true)
  })
})

describe('invalid fixtures', () => {
  it('every invalid fixture has a case and every case a file', () => {
    expect(corpusFiles()).toEqual(corpusCases().map(([f]) => f))
  })

  it.each(caseEntries)('%s is refused with the listed code, path and position', (file, c) => {
    const out = parseFixture(file)
    expect(out.ok).toBe(false)
    if (out.ok) return
    const err = out.errors[0]
    expect({ code: err.code, path: err.path }).toEqual({ code: c.code, path: c.path })
    if (c.line !== undefined) {
      expect(err.line).toBe(c.line)
      expect(err.column).toBe(c.column)
    } else {
      expect(err.line).toBeUndefined()
    }
    if (c.found !== undefined) expect(err.params?.found).toBe(c.found)
  })

  // Each fixture has exactly one problem, so it must be reported once (not once per failed check).
  it.each(caseEntries.filter(([, c]) => c.errorCount === 1))(
    '%s: its one problem is reported exactly once',
    (file, c) => {
      const out = parseFixture(file)
      if (out.ok) throw new Error('accepted')
      expect(out.errors.map((e) => `${e.code} ${e.path}`)).toEqual([`${c.code} ${c.path}`])
      expect(out.errorCount).toBe(1)
    },
  )

  // A file whose one problem causes a second error (its case says why) reports both, no more.
  it.each(caseEntries.filter(([, c]) => c.errorCount !== 1))('%s: reports its listed number of errors', (file, c) => {
    const out = parseFixture(file)
    if (out.ok) throw new Error('accepted')
    expect(out.errors).toHaveLength(c.errorCount)
    expect(out.errorCount).toBe(c.errorCount)
  })

  // Cross-check of the hand-counted positions in cases.json: for an error on a value that is in
  // the file under a key written plainly (`"key": `), the listed line holds that key, and the column
  // is just after it.
  const plainKey = (file: string, path: string) => {
    const key = lastKey(path)
    return key !== null && read(`${CORPUS_DIR}${file}`).includes(`"${key}": `)
  }
  it.each(
    caseEntries.filter(
      ([file, c]) =>
        c.path !== '' && c.code !== 'required' && c.line !== undefined && c.line > 1 && plainKey(file, c.path),
    ),
  )('%s: the listed line holds the key of the path', (file, c) => {
    const lineText = read(`${CORPUS_DIR}${file}`).split('\n')[c.line! - 1]
    const marker = `"${lastKey(c.path)}": `
    expect(lineText).toContain(marker)
    expect(c.column).toBe(lineText.indexOf(marker) + marker.length + 1)
  })

  // The same for an error on an element of a list (`countries[1]`): the listed position is where
  // that element's value is written.
  it.each(caseEntries.filter(([, c]) => /\[\d+\]$/.test(c.path) && c.line !== undefined))(
    '%s: the listed position holds the element of the path',
    (file, c) => {
      const text = read(`${CORPUS_DIR}${file}`)
      const value = c.path
        .split(/\.|(?=\[)/)
        .reduce<unknown>(
          (v, seg) => (v as Record<string, unknown>)[seg.startsWith('[') ? Number(seg.slice(1, -1)) : seg],
          JSON.parse(text),
        )
      expect(text.split('\n')[c.line! - 1].slice(c.column! - 1)).toMatch(
        new RegExp(`^${JSON.stringify(value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
      )
    },
  )

  it('a missing key points at the line of its nearest ancestor present in the file', () => {
    const text = read(`${CORPUS_DIR}missing-agreement-title.json`)
    const out = parseSnapshotText(text)
    if (out.ok) throw new Error('accepted')
    // agreements[1] starts at the second `{` that opens an agreement: the line before `"id": "A2"`.
    const lines = text.split('\n')
    const idLine = lines.findIndex((l) => l.includes('"id": "A2"')) + 1
    expect(out.errors[0].line).toBe(idLine - 1)
  })
})

describe('positions of errors counted independently', () => {
  /** 1-based line of the n-th (1-based) occurrence of needle in text. */
  function lineOfNth(text: string, needle: string, n: number): number {
    let at = -1
    for (let i = 0; i < n; i++) {
      at = text.indexOf(needle, at + 1)
      if (at === -1) throw new Error(`no occurrence ${n} of ${needle}`)
    }
    return text.slice(0, at).split('\n').length
  }

  it('an error in the 7th of 10 commitments points at the 7th `"due"` line', () => {
    const doc = {
      format: 'cooperation-snapshot',
      version: 1,
      snapshot: { id: 'x', asOf: '2026-01-01' },
      agreements: [
        {
          id: 'A',
          title: 'T',
          type: 'treaty',
          signedOn: '2020-01-01',
          parties: [{ name: 'N', country: 'KZ', kind: 'state' }],
        },
      ],
      commitments: Array.from({ length: 10 }, (_, i) => ({
        id: `c${i}`,
        agreementId: 'A',
        title: 't',
        sphere: 'other',
        status: 'completed',
        due: i === 6 ? '2023-13-01' : '2023-01-01',
      })),
    }
    const text = JSON.stringify(doc, null, 2)
    const out = parseSnapshotText(text)
    if (out.ok) throw new Error('accepted')
    expect(out.errors).toHaveLength(1)
    expect(out.errors[0]).toMatchObject({
      code: 'invalid_date',
      path: 'commitments[6].due',
      line: lineOfNth(text, '"due"', 7),
    })
  })

  it('positions are the same on one line (minified) and count columns', () => {
    const doc = {
      format: 'cooperation-snapshot',
      version: 1,
      snapshot: { id: 'x', asOf: '2026-01-01' },
      agreements: [],
      commitments: [],
      spheres: [{ id: 'Bad', name: 'n' }],
    }
    const text = JSON.stringify(doc)
    const out = parseSnapshotText(text)
    if (out.ok) throw new Error('accepted')
    expect(out.errors[0]).toMatchObject({
      code: 'bad_sphere_id',
      path: 'spheres[0].id',
      line: 1,
      column: text.indexOf('"Bad"') + 1,
    })
  })
})

describe('limits', () => {
  it('errors are capped at 100 listed, errorCount gives the full count', () => {
    const doc = {
      format: 'cooperation-snapshot',
      version: 1,
      snapshot: { id: 'many', asOf: '2026-01-01' },
      agreements: [
        {
          id: 'A',
          title: 'T',
          type: 'treaty',
          signedOn: '2020-01-01',
          parties: [{ name: 'N', country: 'KZ', kind: 'state' }],
        },
      ],
      commitments: Array.from({ length: 150 }, (_, i) => ({
        id: `c${i}`,
        agreementId: 'A',
        title: 't',
        sphere: 'other',
        status: 'completed',
        due: '2025-02-30',
      })),
    }
    const text = JSON.stringify(doc, null, 1)
    const out = parseSnapshotText(text)
    if (out.ok) throw new Error('accepted')
    expect(LISTED_ISSUES).toBe(100)
    expect(out.errors).toHaveLength(100)
    expect(out.errorCount).toBe(150)
    expect(out.errors.every((e) => e.code === 'invalid_date')).toBe(true)
    expect(out.errors[0].path).toBe('commitments[0].due')
    expect(out.errors[99].path).toBe('commitments[99].due')
    // every listed error has its own line, one per commitment, in file order
    const lines = out.errors.map((e) => e.line!)
    expect(lines.every((l, i) => i === 0 || l > lines[i - 1])).toBe(true)
  })

  it('checkSize: empty refused, 200 MB accepted, above the stated limit refused', () => {
    expect(checkSize(0)).toMatchObject({ ok: false, errors: [{ code: 'empty_file' }] })
    expect(checkSize(1)).toBeNull()
    expect(checkSize(200 * 1024 * 1024)).toBeNull()
    expect(MAX_FILE_BYTES).toBeGreaterThanOrEqual(200 * 1024 * 1024)
    expect(checkSize(MAX_FILE_BYTES)).toBeNull()
    const over = checkSize(MAX_FILE_BYTES + 1)
    expect(over).toMatchObject({
      ok: false,
      errorCount: 1,
      errors: [{ code: 'too_large', params: { size: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES } }],
    })
  })

  it('decodeBytes refuses UTF-16 and bad UTF-8 (with the position of the bad byte)', () => {
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, 0x7b, 0x00]))).toEqual({
      outcome: expect.objectContaining({ ok: false, errors: [expect.objectContaining({ code: 'utf16' })] }),
    })
    expect(decodeBytes(new Uint8Array([0x7b, 0x00, 0x7d, 0x00]))).toEqual({
      outcome: expect.objectContaining({ ok: false, errors: [expect.objectContaining({ code: 'utf16' })] }),
    })
    const bytes = new TextEncoder().encode('{\n  "a": "x?"\n}')
    expect(bytes[11]).toBe('?'.charCodeAt(0))
    bytes[11] = 0xc3 // '?' -> a lone lead byte: line 2, column 10
    const out = decodeBytes(bytes)
    expect(out).toEqual({
      outcome: expect.objectContaining({
        ok: false,
        errors: [expect.objectContaining({ code: 'not_utf8', line: 2, column: 10 })],
      }),
    })
    expect(decodeBytes(new Uint8Array())).toEqual({
      outcome: expect.objectContaining({ errors: [expect.objectContaining({ code: 'empty_file' })] }),
    })
  })

  it('an empty or blank text is refused as empty_file', () => {
    for (const t of ['', '   \n\t', '\uFEFF']) {
      const out = parseSnapshotText(t)
      expect(out).toMatchObject({ ok: false, errors: [{ code: 'empty_file' }] })
    }
  })
})

describe('warnings', () => {
  const base = () => ({
    format: 'cooperation-snapshot',
    version: 1,
    snapshot: { id: 'w', asOf: '2026-06-30', homeCountry: 'KZ' },
    agreements: [
      {
        id: 'A',
        title: 'T',
        type: 'treaty',
        signedOn: '2024-05-01',
        parties: [
          { name: 'KZ', country: 'KZ', kind: 'state' },
          { name: 'MN', country: 'MN', kind: 'state' },
        ],
      },
    ],
    commitments: [] as Record<string, unknown>[],
  })
  const commitment = (id: string, extra: Record<string, unknown>) => ({
    id,
    agreementId: 'A',
    title: id,
    sphere: 'other',
    status: 'in_progress',
    ...extra,
  })

  function importOk(doc: unknown) {
    const text = JSON.stringify(doc, null, 2)
    const out = parseSnapshotText(text)
    if (!out.ok) throw new Error(JSON.stringify(out.errors))
    return { out, text }
  }

  it('a clean snapshot has no warnings', () => {
    const doc = base()
    doc.commitments.push(
      commitment('c0', { due: '2025-01-01', updates: [{ date: '2025-01-01', status: 'in_progress' }] }),
    )
    expect(importOk(doc).out.warnings).toEqual([])
  })

  it('an update dated after asOf', () => {
    const doc = base()
    doc.commitments.push(
      commitment('c0', {
        updates: [
          { date: '2026-06-30', status: 'in_progress' },
          { date: '2026-07-01', status: 'in_progress' },
        ],
      }),
    )
    const { out, text } = importOk(doc)
    expect(out.warnings).toHaveLength(1)
    expect(out.warnings[0]).toMatchObject({
      code: 'update_after_asof',
      path: 'commitments[0].updates[1].date',
      params: { found: '2026-07-01', asOf: '2026-06-30' },
    })
    expect(out.warnings[0].line).toBe(text.split('\n').findIndex((l) => l.includes('"2026-07-01"')) + 1)
  })

  it('the latest update (by date, not by position) has another status than status', () => {
    const doc = base()
    doc.commitments.push(
      commitment('c0', {
        updates: [
          { date: '2026-05-01', status: 'completed' },
          { date: '2026-01-01', status: 'in_progress' },
        ],
      }),
    )
    doc.commitments.push(
      commitment('c1', {
        updates: [
          { date: '2026-05-01', status: 'in_progress' },
          { date: '2026-01-01', status: 'completed' },
        ],
      }),
    )
    const { out } = importOk(doc)
    expect(out.warnings).toHaveLength(1)
    expect(out.warnings[0]).toMatchObject({
      code: 'status_differs_from_update',
      path: 'commitments[0].status',
      params: { found: 'in_progress', update: 'completed', date: '2026-05-01' },
    })
  })

  it('completed with progress under 100 (but not at 100, nor without progress)', () => {
    const doc = base()
    doc.commitments.push(commitment('c0', { status: 'completed', progress: 99.5 }))
    doc.commitments.push(commitment('c1', { status: 'completed', progress: 100 }))
    doc.commitments.push(commitment('c2', { status: 'completed' }))
    doc.commitments.push(commitment('c3', { status: 'in_progress', progress: 10 }))
    const { out } = importOk(doc)
    expect(out.warnings).toHaveLength(1)
    expect(out.warnings[0]).toMatchObject({
      code: 'completed_under_100',
      path: 'commitments[0].progress',
      params: { found: 99.5 },
    })
  })

  it('due before the agreement was signed (the same day is fine)', () => {
    const doc = base()
    doc.commitments.push(commitment('c0', { due: '2024-05-01' }))
    doc.commitments.push(commitment('c1', { due: '2024-04-30' }))
    const { out, text } = importOk(doc)
    expect(out.warnings).toHaveLength(1)
    expect(out.warnings[0]).toMatchObject({
      code: 'due_before_signed',
      path: 'commitments[1].due',
      params: { found: '2024-04-30', signedOn: '2024-05-01' },
    })
    expect(out.warnings[0].line).toBe(text.split('\n').findIndex((l) => l.includes('"2024-04-30"')) + 1)
  })

  it('unknown fields: one warning per field with its count, and kept out of the snapshot', () => {
    const doc = base() as ReturnType<typeof base> & Record<string, unknown>
    doc.generator = 'some exporter'
    ;(doc.snapshot as Record<string, unknown>).internalNote = 'x'
    ;(doc.agreements[0].parties[0] as Record<string, unknown>).flag = '🇰🇿'
    doc.commitments.push(commitment('c0', { priority: 1 }))
    doc.commitments.push(
      commitment('c1', { priority: 2, updates: [{ date: '2026-01-01', status: 'in_progress', author: 'me' }] }),
    )
    doc.commitments.push(commitment('c2', { priority: 3 }))
    // a language tag inside a Text object is not a field
    doc.commitments.push(commitment('c3', { title: { en: 'Title', kk: 'Атауы' } }))
    const { out } = importOk(doc)
    const byField = Object.fromEntries(out.warnings.map((w) => [w.params?.field, w]))
    expect(out.warnings.every((w) => w.code === 'unknown_field')).toBe(true)
    expect(Object.keys(byField).sort()).toEqual(['author', 'flag', 'generator', 'internalNote', 'priority'])
    expect(out.warnings).toHaveLength(5)
    expect(out.warningCount).toBe(5)
    expect(byField.priority.params?.count).toBe(3)
    expect(['commitments[0].priority', 'commitments[1].priority', 'commitments[2].priority']).toContain(
      byField.priority.path,
    )
    expect(byField.generator).toMatchObject({ path: 'generator', params: { count: 1 } })
    expect(byField.internalNote).toMatchObject({ path: 'snapshot.internalNote', params: { count: 1 } })
    expect(byField.flag).toMatchObject({ path: 'agreements[0].parties[0].flag', params: { count: 1 } })
    expect(byField.author).toMatchObject({ path: 'commitments[1].updates[0].author', params: { count: 1 } })
    for (const w of out.warnings) expect(w.line).toBeGreaterThan(0)

    const s = out.snapshot as unknown as Record<string, unknown>
    expect('generator' in s).toBe(false)
    expect('internalNote' in out.snapshot.snapshot).toBe(false)
    expect('flag' in out.snapshot.agreements[0].parties[0]).toBe(false)
    for (const c of out.snapshot.commitments) expect('priority' in c).toBe(false)
    expect('author' in out.snapshot.commitments[1].updates![0]).toBe(false)
    expect(JSON.stringify(out.snapshot)).not.toMatch(/generator|internalNote|flag|priority|author/)
  })

  it('warnings are capped at 100 listed, warningCount gives the full count', () => {
    const doc = base()
    for (let i = 0; i < 130; i++) doc.commitments.push(commitment(`c${i}`, { status: 'completed', progress: 50 }))
    const { out } = importOk(doc)
    expect(out.warnings).toHaveLength(100)
    expect(out.warningCount).toBe(130)
  })
})
