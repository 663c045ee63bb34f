/**
 * File bytes or text -> a valid snapshot with its warnings, or the errors that refuse it.
 * Pure (no DOM, no storage): the worker calls it, and so do the Node tests.
 */
import { LISTED_ISSUES, type ImportError, type ImportIssue, type ImportWarning } from '@/domain/issues'
import type { Snapshot } from '@/domain/schema'
import { membersParsed, validateSnapshot, type ValidationResult } from '@/domain/validate'
import { MAX_FILE_BYTES } from '@/domain/vocab'
import { membersInText, scanJson, type Position } from './jsonScan'

export type ParseOutcome =
  | { ok: true; snapshot: Snapshot; warnings: ImportWarning[]; warningCount: number }
  | { ok: false; errors: ImportError[]; errorCount: number }

type Refusal = Extract<ParseOutcome, { ok: false }>
const refuse = (error: ImportError): Refusal => ({ ok: false, errors: [error], errorCount: 1 })

/** A file's size is checked before anything of it is read. */
export function checkSize(bytes: number): ParseOutcome | null {
  if (bytes === 0) return refuse({ code: 'empty_file', path: '' })
  if (bytes > MAX_FILE_BYTES)
    return refuse({ code: 'too_large', path: '', params: { size: bytes, limit: MAX_FILE_BYTES } })
  return null
}

/** Bytes -> text. The format is UTF-8 (one leading byte-order mark is ignored, a second refused); anything else is refused. */
export function decodeBytes(bytes: Uint8Array): { text: string } | { outcome: ParseOutcome } {
  const sized = checkSize(bytes.length)
  if (sized) return { outcome: sized }
  // UTF-32 first: its little-endian mark starts like UTF-16's, and its text has three zero bytes per ASCII character.
  if (
    (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) ||
    (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) ||
    (bytes.length >= 4 && bytes[0] !== 0 && bytes[1] === 0 && bytes[2] === 0 && bytes[3] === 0) ||
    (bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0 && bytes[3] !== 0)
  ) {
    return { outcome: refuse({ code: 'utf32', path: '' }) }
  }
  if (
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    bytes[0] === 0 ||
    bytes[1] === 0
  ) {
    return { outcome: refuse({ code: 'utf16', path: '' }) }
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    // Where the first byte that is not UTF-8 is: the text before it is fine, so it gives the line.
    const bad = firstInvalidUtf8(bytes)
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad))
    const at = positionOf(before, before.length)
    return { outcome: refuse({ code: 'not_utf8', path: '', line: at.line, column: at.column }) }
  }
  // The decoder drops one mark; parseSnapshotText would silently drop the next.
  if (text.charCodeAt(0) === 0xfeff) return { outcome: refuse({ code: 'bom_twice', path: '', line: 1, column: 1 }) }
  return { text }
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0
    if (len === 0 || i + len > bytes.length) return i
    for (let k = 1; k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i
    // Overlong three- and four-byte forms, surrogates and code points past U+10FFFF.
    const b1 = bytes[i + 1]
    if (
      (b === 0xe0 && b1 < 0xa0) ||
      (b === 0xed && b1 > 0x9f) ||
      (b === 0xf0 && b1 < 0x90) ||
      (b === 0xf4 && b1 > 0x8f)
    )
      return i
    i += len
  }
  return bytes.length
}

export function parseSnapshotText(input: string): ParseOutcome {
  const checked = checkSnapshotText(input)
  return 'result' in checked ? settleSnapshotText(checked, null) : checked
}

/** A text JSON.parse accepted, validated; whether a name repeats in it is not known yet. */
export interface CheckedText {
  text: string
  raw: unknown
  result: ValidationResult
}

/**
 * The first of the two steps of parseSnapshotText: parse and validate. The import runs them apart,
 * so that the file's member count, made beside it by the count worker, arrives meanwhile.
 */
export function checkSnapshotText(input: string): CheckedText | Refusal {
  const json = parseJson(input)
  return json.ok ? { ...json, result: validateSnapshot(json.raw) } : json
}

/**
 * The second step: a name written twice refuses the file, whatever the validation said (JSON.parse
 * kept only the last value, which the validation saw). RFC 8259 only says names SHOULD be unique;
 * I-JSON, RFC 7493, says MUST: the first value would vanish without a word. The members in the
 * file (`membersInFile`, or counted here in the text when null) against those JSON.parse kept
 * (the validation's walk counts them): only when they differ does the scan run, to say where.
 */
export function settleSnapshotText({ text, raw, result }: CheckedText, membersInFile: number | null): ParseOutcome {
  if (raw !== null && typeof raw === 'object') {
    const inFile = membersInFile ?? membersInText(text)
    if (inFile !== (result.members ?? membersParsed(raw))) {
      const duplicates = scanJson(text, [], { duplicates: true }).duplicates ?? []
      if (duplicates.length) {
        return {
          ok: false,
          errors: duplicates.map((d) => ({
            code: 'duplicate_key',
            path: d.path,
            params: { line: d.first.line, column: d.first.column },
            line: d.second.line,
            column: d.second.column,
          })),
          errorCount: duplicates.length,
        }
      }
    }
  }
  return outcomeOf(text, result)
}

/** Text -> its JSON value (a leading byte-order mark ignored), or why it is not JSON, with the place. */
function parseJson(input: string): { ok: true; text: string; raw: unknown } | Refusal {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  // A second mark is a file saved twice with one (or joined from two): refused, not silently skipped.
  if (text.charCodeAt(0) === 0xfeff) return refuse({ code: 'bom_twice', path: '', line: 1, column: 1 })
  if (text.trim() === '') return refuse({ code: 'empty_file', path: '' })
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    const problem = scanJson(text).syntaxError
    const at = problem ?? positionOf(text, text.length)
    const ending = !problem || problem.found === ''
    return refuse({
      code: ending ? 'json_end' : 'json_syntax',
      path: '',
      params: ending ? {} : { found: visibleChar(problem.found) },
      line: at.line,
      column: at.column,
    })
  }
  return { ok: true, text, raw }
}

/** A character as a message shows it: an invisible one (a control, a mark, a blank other than the space) by its code, `U+0001`. */
export function visibleChar(ch: string): string {
  return /^[\p{Cc}\p{Cf}\p{Cs}\p{Z}\p{Co}\p{Cn}]$/u.test(ch) && ch !== ' '
    ? `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
    : ch
}

/** A validation's result as an import reports it: the listed errors or warnings placed by line and column in the text. */
function outcomeOf(text: string, result: ValidationResult): ParseOutcome {
  if (!result.ok) {
    return {
      ok: false,
      errors: withPositions(text, result.errors.slice(0, LISTED_ISSUES)),
      errorCount: result.errorCount ?? result.errors.length,
    }
  }
  return {
    ok: true,
    snapshot: result.snapshot,
    warnings: withPositions(text, result.warnings.slice(0, LISTED_ISSUES)),
    warningCount: result.warnings.length,
  }
}

function withPositions<T extends ImportIssue>(text: string, issues: T[]): T[] {
  const paths = issues.filter((i) => i.path !== '' && i.line === undefined).map((i) => i.path)
  if (!paths.length) return issues
  const located = scanJson(text, paths).located
  return issues.map((i) => {
    const at = located.get(i.path)
    return at && i.line === undefined ? { ...i, line: at.line, column: at.column } : i
  })
}

function positionOf(text: string, offset: number): Position {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: offset - lineStart + 1, offset }
}
