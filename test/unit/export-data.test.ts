import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { readCsv } from '../support/csv'
import { fixtureSnapshot } from '../support/fixtures'
import { encodeColumns } from '@/domain/columns'
import { buildTextColumns } from '@/domain/textColumns'
import { toCsv } from '@/export/csv'
import { exportFileName, withExtension } from '@/export/download'
import type { Table } from '@/export/chartTables'
import { agreementsTable, commitmentsTable } from '@/export/tables'
import { sheetNames, workbookBlob } from '@/export/xlsx'
import { LABELS } from '../fixtures/export/deckInput'
import { xmlProblem } from '../fixtures/export/xml'

const hostile = fixtureSnapshot('export/hostile.json')
const cols = encodeColumns(hostile)
const rows = Uint32Array.from(cols.dueOrder)
const commitments = commitmentsTable(cols, buildTextColumns(hostile, 'ru'), rows, hostile.snapshot.asOf, LABELS)
const agreements = agreementsTable(cols, buildTextColumns(hostile, 'ru'), [0, 1], rows, LABELS)

const column = (t: Table | string[][], name: string) => t.slice(1).map((r) => r[t[0].indexOf(name)])

describe('the commitments CSV', () => {
  const csv = toCsv(commitments)
  const back = readCsv(csv, { strict: true })

  it('is UTF-8 with a byte-order mark, one line per commitment after the header', () => {
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(back).toHaveLength(1 + hostile.commitments.length)
    expect(back[0].slice(0, 4)).toEqual(['id', 'clause', 'title', 'agreement_id'])
  })

  it('reads back cell for cell, every cell that starts like a formula prefixed with an apostrophe', () => {
    const titles = column(back, 'title')
    expect(titles).toEqual(
      expect.arrayContaining([
        '\'=HYPERLINK("http://example.invalid","click")',
        "'+7 700 000 00 00",
        "'-1",
        "'@SUM(A1:A9)",
        "'\ttab first",
        "'\rcarriage return first",
        'Say "hi", then\nsay it again',
        'Обмен законотворческим опытом в сфере цифровизации',
      ]),
    )
    expect(column(back, 'agreement_id')).toContain("'=A1")
    // Each ;-separated part is guarded as a cell start (Excel with ; as its list separator splits there).
    expect(column(back, 'responsible')).toContain("Мажилис;' =cmd|' /C calc'!A0")
    for (const r of back.slice(1)) for (const c of r) expect(c, c).not.toMatch(/^[=+\-@\t\r]/)
  })

  it('numbers stay numbers (days overdue, the overdue flag)', () => {
    expect(column(commitments, 'overdue').filter((v) => v === 1)).toHaveLength(5)
    expect(column(commitments, 'days_overdue').filter((v) => typeof v === 'number')).toEqual([180, 149, 121, 90, 60])
  })
})

describe('the workbook', () => {
  async function sheets(blob: Blob) {
    const zip = await JSZip.loadAsync(await blob.arrayBuffer())
    const workbook = await zip.file('xl/workbook.xml')!.async('string')
    const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1])
    const parts = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))
    const xml = new Map(await Promise.all(parts.map(async (n) => [n, await zip.file(n)!.async('string')] as const)))
    return { names, xml }
  }

  it('one sheet of commitments, one of agreements, one per chart table; every part well-formed', async () => {
    const blob = await workbookBlob([
      { name: 'Commitments', table: commitments },
      { name: 'Agreements', table: agreements },
      {
        name: 'Status by sphere',
        table: [
          ['key', 'total'],
          ['ecology', 3],
        ],
      },
    ])
    const { names, xml } = await sheets(blob)
    expect(names).toEqual(['Commitments', 'Agreements', 'Status by sphere'])
    for (const [name, text] of xml) expect(xmlProblem(text), name).toBeNull()
    const sheet1 = xml.get('xl/worksheets/sheet1.xml')!
    expect(sheet1.match(/<row /g)).toHaveLength(1 + hostile.commitments.length)
    expect(xml.get('xl/worksheets/sheet2.xml')!.match(/<row /g)).toHaveLength(3)
  })

  it('text cells are formula-safe and keep Cyrillic; numbers are numeric cells', async () => {
    const blob = await workbookBlob([{ name: 'Commitments', table: commitments }])
    const { xml } = await sheets(blob)
    const decode = (t: string) =>
      t
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
    const texts = (part: string) =>
      [...(xml.get(part) ?? '').matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => decode(m[1]))
    const text = [...texts('xl/sharedStrings.xml'), ...texts('xl/worksheets/sheet1.xml')]
    expect(text).toContain('\'=HYPERLINK("http://example.invalid","click")')
    expect(text).toContain("'\ttab first")
    expect(text.some((t) => t.startsWith('=') || t.startsWith('+') || t.startsWith('@'))).toBe(false)
    expect(text).toContain('Обмен законотворческим опытом в сфере цифровизации')
    expect(xml.get('xl/worksheets/sheet1.xml')).toMatch(/<c r="O\d+"[^>]*><v>180<\/v><\/c>/)
  })

  it('sheet names follow Excel’s rules', () => {
    expect(
      sheetNames([
        'Status: by sphere / country?',
        "'quoted'",
        '',
        'A'.repeat(40),
        'a'.repeat(40),
        'Commitments',
        'commitments',
      ]),
    ).toEqual([
      'Status by sphere country',
      'quoted',
      'Sheet3',
      'A'.repeat(31),
      `${'a'.repeat(29)} 2`,
      'Commitments',
      'commitments 2',
    ])
  })
})

describe('file names', () => {
  it('<snapshot-id>_<view>_<asOf>.<ext>, with unsafe characters replaced', () => {
    expect(exportFileName('kz-mfa/2026 h2', 'dashboard', '2026-11-15', 'pptx')).toBe(
      'kz-mfa_2026_h2_dashboard_2026-11-15.pptx',
    )
    expect(withExtension('kz_status-by-sphere_2026-11-15.csv', 'png')).toBe('kz_status-by-sphere_2026-11-15.png')
  })
})
