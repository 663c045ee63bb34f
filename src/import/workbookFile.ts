/**
 * A workbook's bytes before any of it is parsed: what kind of file it is, and its zip entries
 * unpacked within a byte budget. Pure (no DOM, no worker): the data worker calls it through
 * read-excel-file (vite.config.ts points that library's unzipper here), and Node tests call it.
 *
 * Why our own unzip: read-excel-file's (fflate's async `unzip`) starts `blob:` workers for parts
 * over 512 kB, which the app's `worker-src 'self'` forbids (the import then never finished), and
 * it trusts the sizes the zip declares, so a small "zip bomb" could unpack to gigabytes and crash
 * the tab. Here every part is inflated in small steps and counted as it grows.
 */
import { Inflate } from 'fflate'
import type { ImportError } from '@/domain/issues'
import { MAX_FILE_BYTES } from '@/domain/vocab'

/** What the first bytes say a file is. */
export type FileKind = 'zip' | 'ole' | 'text' | 'other'

/** Zip (`PK\x03\x04`, also an empty zip's `PK\x05\x06`); OLE compound file (`D0 CF 11 E0`): a legacy .xls, or any password-protected Office file. */
export function fileKind(bytes: Uint8Array): FileKind {
  if (
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 3 || bytes[2] === 5) &&
    (bytes[3] === 4 || bytes[3] === 6)
  )
    return 'zip'
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'ole'
  // Text: no NUL and few controls in the first kilobyte (a CSV in any 8-bit encoding, or JSON).
  const head = bytes.subarray(0, 1024)
  let controls = 0
  for (const b of head) if (b === 0 || (b < 0x20 && b !== 9 && b !== 10 && b !== 13)) controls++
  return head.length > 0 && controls === 0 ? 'text' : 'other'
}

/** Does this file mean to be a workbook: its name, or bytes that are no JSON? */
export function looksLikeWorkbook(name: string, bytes: Uint8Array): boolean {
  const kind = fileKind(bytes)
  if (kind === 'zip' || kind === 'ole') return true
  return /\.(xlsx|xlsm|xls|csv|ods)$/i.test(name)
}

/** The refusal of a file that is not a workbook this app reads, saying what to do; null when it may be one. */
export function workbookKindError(name: string, bytes: Uint8Array): ImportError | null {
  const kind = fileKind(bytes)
  if (kind === 'zip') return null
  if (kind === 'ole') return { code: 'xlsx_legacy', path: '' }
  if (kind === 'text' || /\.csv$/i.test(name)) return { code: 'xlsx_csv', path: '' }
  return { code: 'xlsx_not_workbook', path: '' }
}

export interface ZipEntry {
  name: string
  method: number
  encrypted: boolean
  compressedSize: number
  size: number
  localOffset: number
}

/** A zip that cannot be read as one (cut off, damaged, not a zip after all). */
export class BadZipError extends Error {
  override name = 'BadZipError'
}
/** A zip whose parts unpack to more than the budget. */
export class ZipTooLargeError extends Error {
  override name = 'ZipTooLargeError'
  constructor(readonly unpacked: number) {
    super(`unpacks to more than ${unpacked} bytes`)
  }
}
/** A zip whose parts are encrypted (a password-protected zip; Excel's own protection is an OLE file). */
export class ZipEncryptedError extends Error {
  override name = 'ZipEncryptedError'
}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8)
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0

/** The entries of the zip's central directory (zip64 sizes are refused: no workbook here needs them). */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  // The end record is in the last 64 kB + 22 bytes (its comment is at most 65535 bytes).
  let end = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      end = i
      break
    }
  }
  if (end < 0) throw new BadZipError('no end of central directory')
  const count = u16(bytes, end + 10)
  let o = u32(bytes, end + 16)
  const entries: ZipEntry[] = []
  for (let k = 0; k < count; k++) {
    if (o + 46 > bytes.length || u32(bytes, o) !== 0x02014b50) throw new BadZipError('damaged central directory')
    const flags = u16(bytes, o + 8)
    const nameLength = u16(bytes, o + 28)
    const entry: ZipEntry = {
      method: u16(bytes, o + 10),
      encrypted: (flags & 1) === 1,
      compressedSize: u32(bytes, o + 20),
      size: u32(bytes, o + 24),
      name: new TextDecoder().decode(bytes.subarray(o + 46, o + 46 + nameLength)),
      localOffset: u32(bytes, o + 42),
    }
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) throw new ZipTooLargeError(MAX_FILE_BYTES)
    entries.push(entry)
    o += 46 + nameLength + u16(bytes, o + 30) + u16(bytes, o + 32)
  }
  return entries
}

/** Inflated in steps of this many compressed bytes: one step of zeros grows to at most ~66 MB (deflate's ratio is at most 1032:1). */
const STEP = 64 * 1024

/**
 * The entries `keep` accepts, unpacked, all together at most `budget` bytes (counted as they
 * unpack, not as the zip declares them). Throws BadZipError, ZipTooLargeError or ZipEncryptedError.
 */
export function unzipWithin(
  bytes: Uint8Array,
  keep: (name: string) => boolean,
  budget = MAX_FILE_BYTES,
): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {}
  let total = 0
  const entries = zipEntries(bytes).filter((e) => keep(e.name))
  const declared = entries.reduce((sum, e) => sum + e.size, 0)
  if (declared > budget) throw new ZipTooLargeError(budget)
  for (const e of entries) {
    if (e.encrypted) throw new ZipEncryptedError(e.name)
    const local = e.localOffset
    if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) throw new BadZipError(`damaged entry ${e.name}`)
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28)
    const data = bytes.subarray(start, start + e.compressedSize)
    if (data.length < e.compressedSize) throw new BadZipError(`cut-off entry ${e.name}`)
    if (e.method === 0) {
      total += data.length
      if (total > budget) throw new ZipTooLargeError(budget)
      out[e.name] = data
    } else if (e.method === 8) {
      const inflated = inflateWithin(data, budget - total, e.name)
      total += inflated.length
      out[e.name] = inflated
    } else throw new BadZipError(`unknown compression ${e.method} of ${e.name}`)
  }
  return out
}

function inflateWithin(data: Uint8Array, budget: number, name: string): Uint8Array {
  const chunks: Uint8Array[] = []
  let size = 0
  const inflate = new Inflate((chunk) => {
    size += chunk.length
    if (size > budget) throw new ZipTooLargeError(budget)
    chunks.push(chunk)
  })
  try {
    for (let o = 0; o < data.length; o += STEP) inflate.push(data.subarray(o, o + STEP), o + STEP >= data.length)
    if (data.length === 0) inflate.push(new Uint8Array(0), true)
  } catch (e) {
    if (e instanceof ZipTooLargeError) throw e
    throw new BadZipError(`damaged data in ${name}`)
  }
  const whole = new Uint8Array(size)
  let at = 0
  for (const c of chunks) {
    whole.set(c, at)
    at += c.length
  }
  return whole
}
