/**
 * Hostile and unlucky input in the exports and the dates (issue 17): CSV formulas where Excel's
 * list separator is `;`, XML-illegal characters in the SVG, years before 1000.
 */
import { describe, expect, it } from 'vitest'
import { stackedBarOption } from '@/charts/slideOption'
import { ALL_LABELS_UP_TO, statusBarOption } from '@/charts/statusBars'
import { aggregateAll } from '@/domain/filters'
import { encodeColumns } from '@/domain/columns'
import { addMonths, dateFromNumber, dateNumber, daysOverdue } from '@/domain/dates'
import { agreementsByYear } from '@/domain/agreementsByYear'
import { deadlinesByMonth } from '@/domain/deadlines'
import { chartPicture } from '@/export/chartImage'
import { csvCell, formulaSafe } from '@/export/csv'
import { workbookSheets } from '@/export/xlsx'
import { parseSnapshotText } from '@/import/parse'

/** A 1 × 1 PNG. */
const PIXEL = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='

describe('CSV formula guard (item 5)', () => {
  it('a cell holding ; is quoted, so Excel with ; as list separator keeps it one cell', () => {
    expect(csvCell('x;=1+1;')).toBe(`"x;'=1+1;"`)
    expect(csvCell('KZ; MN')).toBe('"KZ; MN"')
  })

  it.each([
    ['a;=1+1', `"a;'=1+1"`],
    ['a; +1', `"a;' +1"`],
    ['a;-1;@b', `"a;'-1;'@b"`],
  ])('each ;-separated part is guarded as a cell start: %j', (input, out) => {
    expect(csvCell(input)).toBe(out)
  })

  it.each([
    ['\uFF1D1+1', "'\uFF1D1+1"],
    ['\uFF0B1', "'\uFF0B1"],
    ['\uFF0D1', "'\uFF0D1"],
    ['\uFF20SUM(A1)', "'\uFF20SUM(A1)"],
    [' =1', "' =1"],
    ['\u00a0=1', "'\u00a0=1"],
    ['\uFEFF=1', "'\uFEFF=1"],
    ['\u0000=1', "'\u0000=1"],
    ['  \u00a0 +cmd', "'  \u00a0 +cmd"],
  ])('full-width signs and a formula after blanks, NBSP, BOM or NUL are guarded: %j', (input, out) => {
    expect(formulaSafe(input)).toBe(out)
    expect(csvCell(input)).toBe(out)
  })

  it('ordinary text is left alone', () => {
    for (const s of ['a=b', 'x-y', 'Ховд аймаг', ' a', 'a; b', '2024-01-01']) expect(formulaSafe(s)).toBe(s)
  })

  it('the workbook guards its text cells the same way (a formula after blanks, full-width signs)', () => {
    const [sheet] = workbookSheets([{ name: 'x', table: [['h'], [' =1'], ['\uFF1D1'], ['\u00a0@x'], ['ok']] }])
    const values = sheet.data.slice(1).map((row) => (row[0] as { value: string }).value)
    expect(values).toEqual(["' =1", "'\uFF1D1", "'\u00a0@x", 'ok'])
  })
})

/** XML 1.0's Char production, checked on every character of a document (what a strict parser refuses). */
function illegalXmlChars(text: string): string[] {
  const bad: string[] = []
  for (const ch of text) {
    const c = ch.codePointAt(0)!
    const ok =
      c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000
    if (!ok) bad.push(`U+${c.toString(16).padStart(4, '0')}`)
  }
  return bad
}

describe('SVG export is well-formed XML (item 6)', () => {
  it('control characters and U+FFFE/U+FFFF in titles, categories and series are left out', async () => {
    const nasty = 'A\u0001B\u0008C\u000bD\u001fE\uFFFEF\uFFFFG\uD800H'
    const option = stackedBarOption({
      direction: 'bar',
      categories: [`Sphere ${nasty}`, 'Plain'],
      series: [{ id: 's', name: `Series ${nasty}`, color: '#336699', values: [1, 2] }],
    })
    const blob = await chartPicture(
      option,
      { title: `Title ${nasty}`, subtitle: `Filters ${nasty}`, footer: `Source ${nasty}` },
      { format: 'svg', scale: 1, background: 'white' },
      { name: `Ministry <b>${nasty}</b>`, logo: { data: `data:image/png;base64,${PIXEL}`, aspect: 1 } },
    )
    const svg = await blob.text()
    // The brand: its name as text (escaped), its logo as an image's source, never markup.
    expect(svg).toContain('Ministry &lt;b&gt;')
    expect(svg).toMatch(
      new RegExp(`<image[^>]+href="data:image/png;base64,${PIXEL.slice(0, 20).replace(/[+/]/g, '\\$&')}`),
    )
    expect(svg).toMatch(/^<svg[\s>]/)
    expect(svg).toContain('Title ABCDEFGH')
    expect(illegalXmlChars(svg)).toEqual([])
  })
})

describe('dates before year 1000 (item 7)', () => {
  it('a date number reads back with four digits', () => {
    expect(dateFromNumber(dateNumber('0099-02-28'))).toBe('0099-02-28')
    expect(dateFromNumber(dateNumber('0001-01-01'))).toBe('0001-01-01')
    expect(dateFromNumber(dateNumber('0999-12-31'))).toBe('0999-12-31')
    expect(dateFromNumber(dateNumber('9999-12-31'))).toBe('9999-12-31')
  })

  /** Days from 0001-01-01 counted the slow, plain way: whole years, then months, then days. */
  function plainDayCount(date: string): number {
    const [y, m, d] = date.split('-').map(Number)
    const leap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
    let days = 0
    for (let year = 1; year < y; year++) days += leap(year) ? 366 : 365
    const lengths = [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    for (let month = 1; month < m; month++) days += lengths[month - 1]
    return days + d - 1
  }

  it('days overdue are right across 0001–9999', () => {
    const cases: [string, string][] = [
      ['0099-02-28', '2026-06-30'],
      ['0001-01-01', '9999-12-31'],
      ['0004-02-29', '0004-03-01'],
      ['0100-02-28', '0100-03-01'],
      ['0999-12-31', '1000-01-01'],
      ['1899-12-31', '1900-03-01'],
      ['2024-02-28', '2024-03-01'],
    ]
    for (const [due, asOf] of cases)
      expect(daysOverdue(dateNumber(due), asOf), `${due} → ${asOf}`).toBe(plainDayCount(asOf) - plainDayCount(due))
    expect(daysOverdue(dateNumber('0099-02-28'), '2026-06-30')).toBeGreaterThan(700_000)
  })

  it('months move with four-digit years', () => {
    expect(addMonths('0099-03-31', -1)).toBe('0099-02-28')
    expect(addMonths('0100-01-31', 1)).toBe('0100-02-28')
    expect(addMonths('0001-06-15', -6)).toBe('0000-12-15')
  })

  it('year keys and months of the charts are four digits, in date order', () => {
    const out = parseSnapshotText(
      JSON.stringify({
        format: 'cooperation-snapshot',
        version: 1,
        snapshot: { id: 'old', title: 'Old', asOf: '0100-06-30', homeCountry: 'KZ' },
        agreements: [
          {
            id: 'A1',
            title: 'Ancient',
            type: 'agreement',
            signedOn: '0099-01-01',
            parties: [
              { kind: 'state', country: 'KZ', name: 'Kazakhstan' },
              { kind: 'state', country: 'MN', name: 'Mongolia' },
            ],
          },
          {
            id: 'A2',
            title: 'Modern',
            type: 'agreement',
            signedOn: '2024-01-01',
            parties: [
              { kind: 'state', country: 'KZ', name: 'Kazakhstan' },
              { kind: 'state', country: 'MN', name: 'Mongolia' },
            ],
          },
        ],
        commitments: [
          { id: 'C1', agreementId: 'A1', title: 'old', sphere: 'education', status: 'not_started', due: '0099-02-28' },
          { id: 'C2', agreementId: 'A2', title: 'new', sphere: 'education', status: 'not_started', due: '0100-09-01' },
        ],
      }),
    )
    if (!out.ok) throw new Error(JSON.stringify(out.errors))
    const cols = encodeColumns(out.snapshot)
    const fails = new Uint16Array(cols.count)
    expect(aggregateAll(cols, 'signed').byYear.keys.slice(0, 2)).toEqual(['0099', '0100'])
    expect(aggregateAll(cols, 'due').byYear.keys).toEqual(['0099', '0100', 'none'])
    expect(agreementsByYear(cols, fails, 'signed', false).years).toEqual(['0099', '2024'])
    const months = deadlinesByMonth(cols, fails, '0100-06-30').months
    expect(months[0]).toBe('0099-06')
    expect(months[23]).toBe('0101-05')
  })
})

describe('charts with thousands of bars (item 4)', () => {
  const words = { status: String, overdue: String, total: String, number: String }
  const rows = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      key: String(i + 1).padStart(4, '0'),
      label: String(i + 1).padStart(4, '0'),
      counts: {
        not_started: 1,
        in_progress: 0,
        ongoing: 0,
        completed: 0,
        suspended: 0,
        cancelled: 0,
        no_information: 0,
      },
      overdue: 0,
      total: 1,
    }))
  const interval = (n: number, orientation: 'horizontal' | 'vertical') => {
    const option = statusBarOption(rows(n), { orientation, words })
    const axis = (orientation === 'vertical' ? option.xAxis : option.yAxis) as { axisLabel: { interval: unknown } }
    return axis.axisLabel.interval
  }

  it('every bar is labelled while they fit; past that ECharts samples, instead of measuring and truncating 3,000 labels', () => {
    expect(interval(20, 'horizontal')).toBe(0)
    expect(interval(ALL_LABELS_UP_TO, 'vertical')).toBe(0)
    expect(interval(3000, 'vertical')).toBe('auto')
    expect(interval(ALL_LABELS_UP_TO + 1, 'horizontal')).toBe('auto')
  })
})
