/**
 * The spreadsheet form read into a snapshot (shared/snapshot-format.md, "Spreadsheet form"): each
 * rule with a workbook made in the test (test/support/workbook.ts), errors checked cell by cell.
 */
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import type { ImportIssue } from '@/domain/issues'
import type { ParseOutcome } from '@/import/parse'
import { parseWorkbook } from '@/import/workbook'
import { zipEntries } from '@/import/workbookFile'
import { goodSheets, testWorkbook, type TestSheet } from '../support/workbook'

const read = async (sheets: TestSheet[], name = 'report.xlsx') =>
  parseWorkbook(await testWorkbook(sheets), name, () => {})
const ok = (out: ParseOutcome) => {
  if (!out.ok) throw new Error(`refused: ${JSON.stringify(out.errors.slice(0, 3))}`)
  return out
}
const refused = (out: ParseOutcome) => {
  if (out.ok) throw new Error('imported, expected a refusal')
  return out
}
/** The sheets of goodSheets() with one sheet's rows changed. */
function withSheet(name: string, change: (rows: TestSheet['rows']) => TestSheet['rows']): TestSheet[] {
  return goodSheets().map((s) => (s.name === name ? { ...s, rows: change(s.rows.map((r) => [...r])) } : s))
}
const where = (i: ImportIssue) => [i.code, i.place?.ref, i.place?.header]

describe('workbook import: cells as people type them', () => {
  it('reads the sheets into the snapshot a JSON file would give', async () => {
    const { snapshot, warnings } = ok(await read(goodSheets()))
    expect(snapshot.snapshot).toEqual({
      id: 'mfa-2026-q1',
      asOf: '2026-03-31',
      title: { en: 'First quarter', ru: 'Первый квартал' },
      homeCountry: 'KZ',
      language: 'en',
    })
    expect(snapshot.agreements.map((a) => [a.id, a.type, a.signedOn, a.spheres, a.parties.length])).toEqual([
      ['A1', 'memorandum', '2024-05-10', ['trade_economic', 'energy'], 2],
      ['A2', 'roadmap', '2025-06-10', ['education'], 1],
    ])
    // Names in any language are read back to ids: «Монголия», «Министерство», «Энергетика», «Исполнено».
    expect(snapshot.agreements[1].parties[0]).toEqual({
      name: 'Ministry of Education',
      country: 'MN',
      kind: 'ministry',
    })
    const c = snapshot.commitments
    expect(c.map((x) => [x.id, x.sphere, x.due, x.status, x.progress])).toEqual([
      ['C1', 'trade_economic', '2025-12-31', 'in_progress', 40],
      ['C2', 'energy', '2026-06-30', 'completed', 100],
      ['C3', 'education', undefined, 'not_started', undefined],
    ])
    expect(c[0].responsible).toEqual(['MTI', 'MFA'])
    expect(c[1].updates).toEqual([{ date: '2026-02-01', status: 'completed', progress: 100 }])
    expect(warnings).toEqual([])
  })

  it('headers in the template’s names in any language, a Text column per language, lists on line breaks', async () => {
    const sheets = withSheet('Commitments', () => [
      ['Идентификатор', 'Келісім идентификаторы', 'Нэр', 'Название (kk)', 'title.mn', 'Сфера', 'Статус', 'Түнш улсууд'],
      ['C1', 'A1', 'Trade house', 'Сауда үйі', 'Худалдааны төв', 'trade_economic', 'В работе', 'MN\nКитай'],
      ['C2', 'A1', 'Study', null, null, 'energy', 'Хэрэгжсэн', null],
      ['C3', 'A2', 'Exchange', null, null, 'education', 'not started', null],
    ])
    const { snapshot } = ok(await read(sheets))
    expect(snapshot.commitments[0].title).toEqual({ en: 'Trade house', kk: 'Сауда үйі', mn: 'Худалдааны төв' })
    expect(snapshot.commitments[0].countries).toEqual(['MN', 'CN'])
    expect(snapshot.commitments.map((x) => x.status)).toEqual(['in_progress', 'completed', 'not_started'])
    expect(snapshot.commitments[1].title).toBe('Study')
  })

  it('finds the header row below title rows, skips empty rows, trims, takes formulas by their cached values', async () => {
    const sheets = withSheet('Commitments', (rows) => [
      ['Commitments of the first quarter'],
      [],
      rows[0],
      [
        '  C1 ',
        'A1',
        'Open a trade house ',
        'trade_economic',
        { formula: 'DATE(2025,12,31)', value: 46022 },
        'in_progress',
        { formula: '20*2', value: 40 },
        null,
      ],
      [],
      [null, null, null, null],
      ...rows.slice(2),
    ])
    const { snapshot } = ok(await read(sheets))
    expect(snapshot.commitments.map((c) => c.id)).toEqual(['C1', 'C2', 'C3'])
    expect(snapshot.commitments[0].title).toBe('Open a trade house')
    expect(snapshot.commitments[0].progress).toBe(40)
    // An unformatted day number in a date column is Excel's date.
    expect(snapshot.commitments[0].due).toBe('2025-12-31')
  })

  it('merged cells and hidden sheets are read, not crashed on; other sheets are ignored', async () => {
    const sheets: TestSheet[] = [
      ...withSheet('Commitments', (rows) => [['Title over the table'], ...rows]).map((s) =>
        s.name === 'Commitments' ? { ...s, merges: ['A1:H1'] } : s.name === 'Updates' ? { ...s, hidden: true } : s,
      ),
      {
        name: 'Status by sphere',
        rows: [
          ['key', 'total'],
          ['energy', 3],
        ],
      },
    ]
    const { snapshot } = ok(await read(sheets))
    expect(snapshot.commitments).toHaveLength(3)
    expect(snapshot.commitments[1].updates).toHaveLength(1)
  })

  it('sheet names in any of the four languages', async () => {
    const names: Record<string, string> = {
      Snapshot: 'Сведения',
      Agreements: 'Келісімдер',
      Parties: 'Талууд',
      Commitments: 'Обязательства',
      Updates: 'Явцын мэдээ',
    }
    const { snapshot } = ok(await read(goodSheets().map((s) => ({ ...s, name: names[s.name] }))))
    expect(snapshot.commitments).toHaveLength(3)
  })

  it('a date as a date cell, YYYY-MM-DD or DD.MM.YYYY; other text is an error at its cell', async () => {
    const sheets = withSheet('Commitments', (rows) => {
      rows[1][4] = '1/2/2026'
      rows[2][4] = '31.02.2026'
      return rows
    })
    const out = refused(await read(sheets))
    expect(out.errors.map(where)).toEqual([
      ['invalid_date', 'Commitments!E2', 'due'],
      ['invalid_date', 'Commitments!E3', 'due'],
    ])
    expect(out.errors[0].params?.found).toBe('"1/2/2026"')
  })

  it('a status outside the list names the cell, the header as written and what was found', async () => {
    const sheets = withSheet('Commitments', (rows) => {
      rows[0][5] = 'Статус'
      rows[3][5] = 'done'
      return rows
    })
    const out = refused(await read(sheets))
    expect(out.errors).toHaveLength(1)
    expect(where(out.errors[0])).toEqual(['not_in_list', 'Commitments!F4', 'Статус'])
    expect(out.errors[0].params).toMatchObject({ found: '"done"', group: 'status' })
    expect(out.errors[0].path).toBe('commitments[2].status')
  })

  it('a required column missing is named on each row by the field', async () => {
    const sheets = withSheet('Commitments', (rows) => rows.map((r) => r.filter((_, i) => i !== 3)))
    const out = refused(await read(sheets))
    expect(out.errors.map((e) => [e.code, e.place?.ref, e.place?.field])).toEqual([
      ['required', 'Commitments!2:2', 'sphere'],
      ['required', 'Commitments!3:3', 'sphere'],
      ['required', 'Commitments!4:4', 'sphere'],
    ])
  })

  it('a number as text or a number cell; other text in a number column is an error', async () => {
    const sheets = withSheet('Commitments', (rows) => {
      rows[1][6] = '40,5 %'
      rows[2][6] = 'half'
      return rows
    })
    const out = refused(await read(sheets))
    expect(out.errors.map(where)).toEqual([['wrong_type', 'Commitments!G3', 'progress']])
    const fixed = withSheet('Commitments', (rows) => {
      rows[1][6] = '40,5 %'
      return rows
    })
    expect(ok(await read(fixed)).snapshot.commitments[0].progress).toBe(40.5)
  })

  it('an unknown country, sphere or kind in a party or commitment names its own sheet’s cell', async () => {
    const sheets = withSheet('Parties', (rows) => {
      rows[2][2] = 'Atlantis'
      return rows
    })
    const out = refused(await read(sheets))
    expect(out.errors.map(where)).toEqual([['unknown_country', 'Parties!C3', 'country']])
    const sphere = refused(
      await read(
        withSheet('Commitments', (rows) => {
          rows[2][3] = 'astrology'
          return rows
        }),
      ),
    )
    expect(sphere.errors.map(where)).toEqual([['unknown_sphere', 'Commitments!D3', 'sphere']])
  })

  it('cross-record rules name both rows: two rows with one id, a commitment whose agreement is on no row', async () => {
    const sheets = withSheet('Commitments', (rows) => {
      rows[3][0] = 'C1'
      rows[2][1] = 'A9'
      return rows
    })
    const out = refused(await read(sheets))
    const dup = out.errors.find((e) => e.code === 'duplicate_commitment')!
    expect(where(dup)).toEqual(['duplicate_commitment', 'Commitments!A4', 'id'])
    expect(dup.params?.other).toBe('Commitments!A2')
    const dangling = out.errors.find((e) => e.code === 'dangling_agreement')!
    expect(where(dangling)).toEqual(['dangling_agreement', 'Commitments!B3', 'agreementId'])
    expect(dangling.params?.sheet).toBe('agreements')
  })

  it('a party or update row under no agreement or commitment is an error at its id cell', async () => {
    const sheets = withSheet('Updates', (rows) => [...rows, ['C7', '2026-01-01', 'completed', null]])
    const out = refused(await read(sheets))
    expect(out.errors.map(where)).toEqual([['sheet_orphan_row', 'Updates!A3', 'commitmentId']])
    expect(out.errors[0].params).toEqual({ found: 'C7', sheet: 'commitments' })
  })

  it('errors in a party and an update name their own rows', async () => {
    const sheets = withSheet('Updates', (rows) => {
      rows[1][1] = '2026-13-01'
      return rows
    }).map((s) =>
      s.name === 'Parties' ? { ...s, rows: s.rows.map((r, i) => (i === 3 ? [r[0], r[1], r[2], 'alien'] : r)) } : s,
    )
    const out = refused(await read(sheets))
    expect(out.errors.map(where)).toEqual([
      ['not_in_list', 'Parties!D4', 'kind'],
      ['invalid_date', 'Updates!B2', 'date'],
    ])
  })

  it('a snapshot field is named at its value cell in column B', async () => {
    const sheets = withSheet('Snapshot', (rows) => {
      rows[2][1] = 'yesterday'
      return rows
    })
    expect(refused(await read(sheets)).errors.map((e) => [e.code, e.place?.ref])).toEqual([
      ['invalid_date', 'Snapshot!B3'],
    ])
  })

  it('a missing sheet, and a sheet without a header row, are named', async () => {
    const out = refused(await read(goodSheets().filter((s) => s.name !== 'Commitments')))
    expect(out.errors.map((e) => [e.code, e.params?.sheet])).toEqual([['sheet_missing', 'commitments']])
    const noHeader = refused(await read(withSheet('Agreements', (rows) => rows.slice(1))))
    expect(noHeader.errors[0]).toMatchObject({ code: 'sheet_no_header', place: { ref: 'Agreements!1:1' } })
  })

  it('an unknown column is a warning at its header cell; the import goes on', async () => {
    const sheets = withSheet('Commitments', (rows) => rows.map((r, i) => [...r, i === 0 ? 'Priority' : 'high']))
    const out = ok(await read(sheets))
    expect(out.warnings.map((w) => [w.code, w.place?.ref, w.params?.header])).toEqual([
      ['sheet_unknown_column', 'Commitments!I1', 'Priority'],
    ])
  })

  it('warnings of the checks are placed too', async () => {
    const sheets = withSheet('Updates', (rows) => {
      rows[1][2] = 'in_progress'
      return rows
    })
    const out = ok(await read(sheets))
    expect(out.warnings.map(where)).toEqual([['status_differs_from_update', 'Commitments!F3', 'status']])
  })

  it('lists errors within the same limit as JSON, counting all', async () => {
    const rows: TestSheet['rows'] = [['id', 'agreementId', 'title', 'sphere', 'status']]
    for (let i = 0; i < 150; i++) rows.push([`C${i}`, 'A1', 't', 'energy', 'done'])
    const out = refused(await read(withSheet('Commitments', () => rows)))
    expect(out.errors).toHaveLength(100)
    expect(out.errorCount).toBe(150)
    expect(out.errors[99].place?.ref).toBe('Commitments!E101')
  })
})

describe('workbook import: files that are not workbooks it reads', () => {
  const bytes = (s: string | number[]) => (typeof s === 'string' ? new TextEncoder().encode(s) : new Uint8Array(s))
  const code = async (b: Uint8Array, name: string) => refused(await parseWorkbook(b, name, () => {})).errors[0].code

  it('a legacy or password-protected file (OLE), a CSV (any encoding), a renamed file', async () => {
    expect(await code(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), 'old.xls')).toBe('xlsx_legacy')
    // «Обязательство;Статус» in Windows-1251.
    const cp1251 = [
      0xce, 0xe1, 0xff, 0xe7, 0xe0, 0xf2, 0xe5, 0xeb, 0xfc, 0xf1, 0xf2, 0xe2, 0xee, 0x3b, 0xd1, 0xf2, 0xe0, 0xf2, 0xf3,
      0xf1, 0x0d, 0x0a,
    ]
    expect(await code(bytes(cp1251), 'report.csv')).toBe('xlsx_csv')
    expect(await code(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'photo.xlsx')).toBe(
      'xlsx_not_workbook',
    )
    expect(await code(bytes('PK\u0003\u0004 cut off'), 'cut.xlsx')).toBe('xlsx_damaged')
  })

  it('a zip that is not a workbook (no workbook part) is refused as damaged', async () => {
    const zip = new JSZip()
    zip.file('word/document.xml', '<w/>')
    expect(await code(await zip.generateAsync({ type: 'uint8array' }), 'letter.xlsx')).toBe('xlsx_damaged')
  })

  it('a workbook bomb (shared strings unpacking past the limit) is refused before it is all unpacked', async () => {
    const wb = await JSZip.loadAsync(await testWorkbook(goodSheets()))
    // 300 MB of one repeated string, a few hundred kB packed.
    const chunk = '<si><t>' + 'x'.repeat(1 << 20) + '</t></si>'
    const big = new Uint8Array(300 * (1 << 20))
    const unit = new TextEncoder().encode(chunk)
    for (let o = 0; o + unit.length <= big.length; o += unit.length) big.set(unit, o)
    wb.file('xl/sharedStrings.xml', big)
    const packed = await wb.generateAsync({
      type: 'uint8array',
      compression: 'DEFLATE',
      compressionOptions: { level: 9 },
    })
    expect(packed.length).toBeLessThan(5 << 20)
    expect(await code(packed, 'bomb.xlsx')).toBe('xlsx_unpacked_too_large')
    // And when the zip lies about the size, it is counted as it unpacks.
    const lying = packed.slice()
    const entry = zipEntries(lying).find((e) => e.name === 'xl/sharedStrings.xml')!
    const view = new DataView(lying.buffer)
    for (let o = 0; o < lying.length - 46; o++) {
      if (view.getUint32(o, true) === 0x02014b50 && view.getUint32(o + 42, true) === entry.localOffset)
        view.setUint32(o + 24, 1000, true)
    }
    expect(zipEntries(lying).find((e) => e.name === 'xl/sharedStrings.xml')!.size).toBe(1000)
    expect(await code(lying, 'bomb.xlsx')).toBe('xlsx_unpacked_too_large')
  }, 120_000)
})
