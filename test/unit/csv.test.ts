import { describe, expect, it } from 'vitest'
import { readCsv } from '../support/csv'
import type { ChartRow } from '@/domain/chartRows'
import { chartRowsCsv, csvCell, toCsv } from '@/export/csv'

describe('csvCell', () => {
  it('plain text and numbers pass unchanged', () => {
    expect(csvCell('trade_economic')).toBe('trade_economic')
    expect(csvCell('Trade and economy')).toBe('Trade and economy')
    expect(csvCell(0)).toBe('0')
    expect(csvCell(42)).toBe('42')
    expect(csvCell('')).toBe('')
    expect(csvCell("it's")).toBe("it's")
  })

  it('numbers are numbers, not text: a negative number is not neutralised', () => {
    expect(csvCell(-3)).toBe('-3')
    expect(csvCell(0.25)).toBe('0.25')
  })

  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+7 700 000 00 00', "'+7 700 000 00 00"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
  ])('a cell starting with a formula character gets a leading apostrophe: %j', (input, out) => {
    expect(csvCell(input)).toBe(out)
  })

  it('a cell starting with CR gets the apostrophe and, holding a CR, is quoted', () => {
    expect(csvCell('\r=1')).toBe('"\'\r=1"')
  })

  it('formula characters later in the cell are left alone', () => {
    expect(csvCell('a=b')).toBe('a=b')
    expect(csvCell('x-y+z@w')).toBe('x-y+z@w')
    expect(csvCell('a =1')).toBe('a =1')
  })

  it('quotes are doubled and the cell quoted', () => {
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('"')).toBe('""""')
  })

  it('commas and line breaks are quoted', () => {
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"')
    expect(csvCell('line 1\r\nline 2')).toBe('"line 1\r\nline 2"')
  })

  it('apostrophe and quoting combine: the apostrophe goes inside the quotes', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"')
    expect(csvCell('-a,b')).toBe('"\'-a,b"')
  })

  it('Cyrillic and other non-ASCII text is kept as is', () => {
    expect(csvCell('Торгово-экономическое')).toBe('Торгово-экономическое')
    expect(csvCell('Қазақстан, Монғолия')).toBe('"Қазақстан, Монғолия"')
    expect(csvCell('Ховд аймаг')).toBe('Ховд аймаг')
  })
})

describe('toCsv', () => {
  it('starts with a BOM, joins cells with commas and rows with CRLF, ends with CRLF', () => {
    const csv = toCsv([
      ['a', 'b'],
      [1, 'x,y'],
    ])
    expect(csv).toBe('\uFEFFa,b\r\n1,"x,y"\r\n')
    expect(csv.charCodeAt(0)).toBe(0xfeff)
  })

  it('an empty table is a BOM and a line end', () => {
    expect(toCsv([])).toBe('\uFEFF\r\n')
  })

  it('encodes to UTF-8 bytes EF BB BF first', () => {
    const bytes = new TextEncoder().encode(toCsv([['Казахстан']]))
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('Казахстан\r\n')
  })
})

describe('chartRowsCsv', () => {
  const row = (key: string, label: string, n: number[], overdue: number): ChartRow => ({
    key,
    label,
    counts: {
      not_started: n[0],
      in_progress: n[1],
      ongoing: n[2],
      completed: n[3],
      suspended: n[4],
      cancelled: n[5],
      no_information: n[6],
    },
    overdue,
    total: n.reduce((a, b) => a + b, 0),
  })

  it('the header is exactly the documented one, after the BOM', () => {
    const csv = chartRowsCsv([])
    expect(csv).toBe(
      '\uFEFFkey,label,not_started,in_progress,ongoing,completed,suspended,cancelled,no_information,overdue,total\r\n',
    )
  })

  it('one line per row, in the given order, with counts in status order then overdue and total', () => {
    const csv = chartRowsCsv([
      row('MN', 'Монголия', [1, 1, 0, 2, 0, 0, 0], 1),
      row('trade_economic', 'Trade, economy', [1, 0, 0, 1, 0, 1, 1], 2),
      row('none', '=no date', [0, 0, 1, 0, 0, 0, 0], 0),
      row('x', 'The "best" one', [0, 0, 0, 0, 3, 0, 0], 0),
    ])
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFkey,label,not_started,in_progress,ongoing,completed,suspended,cancelled,no_information,overdue,total',
      'MN,Монголия,1,1,0,2,0,0,0,1,4',
      'trade_economic,"Trade, economy",1,0,0,1,0,1,1,2,4',
      "none,'=no date,0,0,1,0,0,0,0,0,1",
      'x,"The ""best"" one",0,0,0,0,3,0,0,0,3',
      '',
    ])
  })

  it('a hostile key is neutralised too', () => {
    const csv = chartRowsCsv([row('@evil', '+label', [1, 0, 0, 0, 0, 0, 0], 0)])
    expect(csv.split('\r\n')[1]).toBe("'@evil,'+label,1,0,0,0,0,0,0,0,1")
  })
})

// The reader the export tests compare with (test/support/csv.ts): its strict mode must catch what a
// writer could get wrong, or those tests could not fail.
describe("the tests' CSV reader", () => {
  it('reads what toCsv writes back cell for cell, strictly', () => {
    const cells = [
      ['id', 'text'],
      ['1', 'line 1\nline 2'],
      ['2', 'a,b "q"'],
      ['3', ''],
    ]
    expect(readCsv(toCsv(cells), { strict: true })).toEqual(cells)
  })

  it('strict: a bare line end, a last row without CRLF, a stray quote or an unclosed one are errors', () => {
    expect(() => readCsv('a,b\n1,2\r\n', { strict: true })).toThrow(/bare line end/)
    expect(() => readCsv('a,b\r\n1,2', { strict: true })).toThrow(/without CRLF/)
    expect(() => readCsv('a,b"c\r\n', { strict: true })).toThrow(/quote inside an unquoted cell/)
    expect(() => readCsv('"a"b\r\n', { strict: true })).toThrow(/after a closing quote/)
    expect(() => readCsv('"a\r\n', { strict: true })).toThrow(/unclosed quote/)
  })

  it('by default reads as a spreadsheet: any line end, a last row without one, the byte-order mark dropped', () => {
    expect(readCsv('\uFEFFa,b\n1,2\r3,4\r\n5,"x\ny"')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', 'x\ny'],
    ])
  })
})
