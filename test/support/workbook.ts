/**
 * Workbooks made in the tests, written as Excel writes them (shared strings, a styles part with a
 * date format, formulas with their cached values, merged cells, hidden sheets), so that each rule
 * of the spreadsheet form has a fixture built next to the test that needs it. Written here with
 * jszip, not with the app's writer, so that a writer bug cannot hide a reader bug.
 */
import JSZip from 'jszip'

/** A cell: text, a number, a date cell (`{ date }`), a formula with its cached value, or empty. */
export type TestCell =
  | string
  | number
  | null
  | undefined
  | { date: string }
  | { formula: string; value: string | number }
  | { bool: boolean }
export interface TestSheet {
  name: string
  rows: TestCell[][]
  hidden?: boolean
  /** `A1:C1` ranges. */
  merges?: string[]
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
export const col = (i: number): string => {
  let s = ''
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s
  return s
}
const serial = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86400000 + 25569

function sheetXml(sheet: TestSheet, strings: string[]): string {
  const stringIndex = (s: string) => {
    const i = strings.indexOf(s)
    return i >= 0 ? i : strings.push(s) - 1
  }
  const rows = sheet.rows
    .map((r, ri) => {
      const cells = r
        .map((v, ci) => {
          const ref = `${col(ci)}${ri + 1}`
          if (v === null || v === undefined) return ''
          if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`
          if (typeof v === 'string') return `<c r="${ref}" t="s"><v>${stringIndex(v)}</v></c>`
          if ('date' in v) return `<c r="${ref}" s="1"><v>${serial(v.date)}</v></c>`
          if ('bool' in v) return `<c r="${ref}" t="b"><v>${v.bool ? 1 : 0}</v></c>`
          return typeof v.value === 'number'
            ? `<c r="${ref}"><f>${esc(v.formula)}</f><v>${v.value}</v></c>`
            : `<c r="${ref}" t="str"><f>${esc(v.formula)}</f><v>${esc(v.value)}</v></c>`
        })
        .join('')
      return `<row r="${ri + 1}">${cells}</row>`
    })
    .join('')
  const merges = sheet.merges?.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
    : ''
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData>${merges}</worksheet>`
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`

/** The .xlsx bytes of these sheets. */
export async function testWorkbook(sheets: TestSheet[]): Promise<Uint8Array> {
  const strings: string[] = []
  const parts = sheets.map((s) => sheetXml(s, strings))
  const zip = new JSZip()
  const ct = 'application/vnd.openxmlformats-officedocument.spreadsheetml'
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${ct}.sharedStrings+xml"/>${parts.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${ct}.worksheet+xml"/>`).join('')}</Types>`,
  )
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  )
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
  )
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${parts.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rIdS" Type="${rel}/styles" Target="styles.xml"/><Relationship Id="rIdT" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  )
  zip.file('xl/styles.xml', STYLES)
  parts.forEach((p, i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, p))
  zip.file(
    'xl/sharedStrings.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')}</sst>`,
  )
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

/** A small valid workbook in the spreadsheet form: two agreements, three commitments, one update. */
export function goodSheets(): TestSheet[] {
  return [
    {
      name: 'Snapshot',
      rows: [
        ['field', 'value'],
        ['id', 'mfa-2026-q1'],
        ['asOf', { date: '2026-03-31' }],
        ['title', 'First quarter'],
        ['title.ru', 'Первый квартал'],
        ['homeCountry', 'KZ'],
      ],
    },
    {
      name: 'Agreements',
      rows: [
        ['id', 'title', 'type', 'signedOn', 'spheres'],
        ['A1', 'Memorandum on trade', 'memorandum', '2024-05-10', 'trade_economic; energy'],
        ['A2', 'Roadmap', 'Дорожная карта', '10.06.2025', 'education'],
      ],
    },
    {
      name: 'Parties',
      rows: [
        ['agreementId', 'name', 'country', 'kind'],
        ['A1', 'Kazakhstan', 'KZ', 'state'],
        ['A1', 'Mongolia', 'MN', 'state'],
        ['A2', 'Ministry of Education', 'Монголия', 'Министерство'],
      ],
    },
    {
      name: 'Commitments',
      rows: [
        ['id', 'agreementId', 'title', 'sphere', 'due', 'status', 'progress', 'responsible'],
        ['C1', 'A1', 'Open a trade house', 'trade_economic', { date: '2025-12-31' }, 'in_progress', 40, 'MTI; MFA'],
        ['C2', 'A1', 'Joint energy study', 'Энергетика', '2026-06-30', 'Исполнено', '100', null],
        ['C3', 'A2', 'Student exchange', 'education', null, 'not_started', null, null],
      ],
    },
    {
      name: 'Updates',
      rows: [
        ['commitmentId', 'date', 'status', 'progress'],
        ['C2', '2026-02-01', 'completed', 100],
      ],
    },
  ]
}
