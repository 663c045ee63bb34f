/**
 * Tables that fit a slide: each cell's text wrapped to its column from an estimate of the glyph
 * widths of the deck's font, cut after its last allowed line with "…" at a word; each row as high
 * as its tallest cell; as many rows on a slide as its body holds, then the next part. Pure, so
 * the Node tests check the layout (Russian titles included) without opening PowerPoint.
 *
 * The estimate errs wide on purpose: a line planned too long would wrap once more in PowerPoint
 * or LibreOffice and push the table over the footer, a line planned too short only leaves air.
 */

export interface TableColumn {
  /** Width, inches. */
  width: number
  /** Lines a cell of this column may take before it is cut with "…". */
  maxLines: number
  align?: 'left' | 'right' | 'center'
}

export interface TableMetrics {
  /** Font size of the body, points. */
  fontSize: number
  /** Inner margin of a cell on each side, inches. */
  margin: number
  /** Height of a line as a multiple of the font size (Arial/Liberation Sans: ~1.15). */
  lineHeight: number
}

export const TABLE_METRICS: TableMetrics = { fontSize: 10, margin: 0.035, lineHeight: 1.2 }

/** Glyph advance widths in ems for Arial-like faces, by kind of character, rounded up. */
function charWidth(ch: string): number {
  if (ch === ' ') return 0.28
  if (/[.,:;'!|il1Ijtfr()[\]\-]/.test(ch)) return 0.34
  if (/[mwMW—@%]/.test(ch)) return 0.9
  if (/[ЖШЩЮЫМжшщюым]/.test(ch)) return 0.86
  if (/[0-9]/.test(ch)) return 0.56
  if (/[A-Z]/.test(ch)) return 0.7
  if (/[А-ЯЁӘҒҚҢӨҰҮҺІӨ]/.test(ch)) return 0.72
  if (/[а-яёәғқңөұүһі]/.test(ch)) return 0.58
  if (/[\u0300-\u036f]/.test(ch)) return 0
  // Latin lowercase (Arial's average is about 0.5) and anything else.
  return 0.54
}

/** Width of a text at a font size, inches (with a safety factor for kerning and renderer differences). */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0
  for (const ch of text) ems += charWidth(ch)
  return (ems * fontSize * 1.04) / 72
}

const ELLIPSIS = '…'

/** Splits a word too wide for a line into pieces that fit. */
function breakWord(word: string, width: number, fontSize: number): string[] {
  const pieces: string[] = []
  let piece = ''
  for (const ch of word) {
    if (piece && textWidth(piece + ch, fontSize) > width) {
      pieces.push(piece)
      piece = ''
    }
    piece += ch
  }
  if (piece) pieces.push(piece)
  return pieces
}

/** Every line of a text wrapped at word boundaries to a width (inches). */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  // Only ordinary spaces break a line: a no-break space (in "25 ноября 2019 г.", "3 402") holds.
  const words = text.split(/[ \t\n\r]+/).filter(Boolean)
  const lines: string[] = []
  let line = ''
  for (const word of words) {
    const pieces = textWidth(word, fontSize) > width ? breakWord(word, width, fontSize) : [word]
    for (const piece of pieces) {
      const next = line ? `${line} ${piece}` : piece
      if (line && textWidth(next, fontSize) > width) {
        lines.push(line)
        line = piece
      } else line = next
    }
  }
  if (line) lines.push(line)
  return lines
}

/**
 * A text wrapped to at most `maxLines` lines; when it needs more, the last line ends at a word,
 * followed by "…" (a word that alone is wider than the line is cut within it).
 */
export function fitText(text: string, width: number, fontSize: number, maxLines: number): string[] {
  const lines = wrapText(text, width, fontSize)
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  const words = kept[maxLines - 1].split(' ')
  while (words.length > 1 && textWidth(`${words.join(' ')}${ELLIPSIS}`, fontSize) > width) words.pop()
  let last = words.join(' ')
  while ([...last].length > 1 && textWidth(`${last}${ELLIPSIS}`, fontSize) > width)
    last = [...last].slice(0, -1).join('')
  kept[maxLines - 1] = `${last.replace(/[\s,;:.\-–—]+$/u, '')}${ELLIPSIS}`
  return kept
}

export interface FittedRow {
  /** Each cell's lines. */
  cells: string[][]
  /** Inches. */
  height: number
}

/** A row's cells fitted to their columns, and the row's height. */
export function fitRow(row: readonly string[], columns: readonly TableColumn[], m = TABLE_METRICS): FittedRow {
  const cells = row.map((text, i) => fitText(text, columns[i].width - 2 * m.margin, m.fontSize, columns[i].maxLines))
  const lines = Math.max(1, ...cells.map((c) => c.length))
  return { cells, height: rowHeight(lines, m) }
}

/** The height of a row of `lines` lines, inches: the lines, the two margins and a hair for the borders. */
export function rowHeight(lines: number, m = TABLE_METRICS): number {
  return (lines * m.fontSize * m.lineHeight) / 72 + 2 * m.margin + 0.02
}

/**
 * Rows split into slides: each slide holds the header and as many rows as its body's height
 * allows (at most `maxRows`, so a part stays readable), never fewer than one.
 */
export function paginateRows(heights: readonly number[], header: number, body: number, maxRows = 18): number[][] {
  const pages: number[][] = []
  let page: number[] = []
  let used = header
  heights.forEach((h, i) => {
    if (page.length && (used + h > body || page.length >= maxRows)) {
      pages.push(page)
      page = []
      used = header
    }
    page.push(i)
    used += h
  })
  if (page.length) pages.push(page)
  return pages
}
