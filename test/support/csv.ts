/**
 * The one CSV reader of the tests (Node and browser): it reads what the app's CSV exports wrote,
 * to compare cell for cell.
 *
 * Two ways to read:
 * - by default, as a spreadsheet does: a byte-order mark is dropped, a row ends at CRLF, LF or CR,
 *   a last row without a line end is kept;
 * - `strict`: RFC 4180 to the letter, for the tests of the writer itself: a row ends only at CRLF
 *   and the last one must end with it, a bare CR or LF outside quotes and a quote inside an
 *   unquoted cell are errors (thrown, with the offset), so a cell the writer forgot to quote
 *   cannot read back as if it were right.
 */
export function readCsv(text: string, { strict = false }: { strict?: boolean } = {}): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  let cellStart = true
  const body = text.replace(/^\uFEFF/, '')
  const fail = (what: string, at: number) => {
    throw new Error(`CSV: ${what} at offset ${at}: ${JSON.stringify(body.slice(Math.max(0, at - 20), at + 20))}`)
  }
  const endRow = () => {
    row.push(cell)
    rows.push(row)
    row = []
    cell = ''
    cellStart = true
  }
  for (let i = 0; i < body.length; i++) {
    const c = body[i]
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') {
        quoted = false
        if (strict && i + 1 < body.length && body[i + 1] !== ',' && body[i + 1] !== '\r')
          fail('text after a closing quote', i + 1)
      } else cell += c
    } else if (c === '"') {
      if (strict && !cellStart) fail('a quote inside an unquoted cell', i)
      quoted = true
      cellStart = false
    } else if (c === ',') {
      row.push(cell)
      cell = ''
      cellStart = true
    } else if (c === '\r' && body[i + 1] === '\n') {
      i++
      endRow()
    } else if (c === '\n' || c === '\r') {
      if (strict) fail('a bare line end outside quotes', i)
      endRow()
    } else {
      cell += c
      cellStart = false
    }
  }
  if (quoted) fail('an unclosed quote', body.length)
  if (cell || row.length) {
    if (strict) fail('a last row without CRLF', body.length)
    row.push(cell)
    rows.push(row)
  }
  return rows
}
