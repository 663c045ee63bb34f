/**
 * From a parsed JSON value to a valid snapshot, or the list of what is wrong with it.
 * Order: shape of the file (object, forbidden keys, format, version), then the Zod schema,
 * then the rules that span records, then warnings. Pure: no DOM, no storage.
 */
import { z } from 'zod'
import { formatPath, type ImportError, type ImportWarning } from './issues'
import { AgreementSchema, CommitmentSchema, KNOWN_KEYS, SnapshotSchema, type Agreement, type Commitment, type Snapshot } from './schema'
import { outputOf } from './schemaOutput'
import { BUILTIN_SPHERES, FORMAT_NAME, SUPPORTED_VERSIONS } from './vocab'

export type ValidationResult =
  | { ok: true; snapshot: Snapshot; warnings: ImportWarning[] }
  /** `errorCount` when only some of the errors are listed (a file with very many). */
  | { ok: false; errors: ImportError[]; errorCount?: number }

/** Errors described in full; past this they are only counted. */
const DESCRIBED_ERRORS = 1000

const TopLevel = SnapshotSchema.extend({ agreements: z.array(z.unknown()), commitments: z.array(z.unknown()) })

/**
 * The schema, applied top level first and then record by record. Zod merges the issues of an
 * array into its parent with a spread, which overflows the call stack at about 100k issues (a
 * file whose every date is wrong); record by record, the count has no limit and only the first
 * errors are described.
 */
function parseInParts(raw: Record<string, unknown>, skip: Range | null): Parsed {
  const found: Found = { errors: [], errorCount: 0 }
  const collect = (schema: z.ZodType, value: unknown, prefix: (string | number)[]) => parseRecord(schema, value, prefix, found)
  const top = collect(TopLevel, raw, []) as z.infer<typeof TopLevel> | undefined
  const parts = (key: 'agreements' | 'commitments', schema: z.ZodType, except: Range | null) => {
    const list = Array.isArray(raw[key]) ? (raw[key] as unknown[]) : []
    const out = new Array<unknown>(list.length)
    for (let i = 0; i < list.length; i++) if (!except || i < except.from || i >= except.to) out[i] = collect(schema, list[i], [key, i])
    return out
  }
  const agreements = parts('agreements', AgreementSchema, null)
  const commitments = parts('commitments', CommitmentSchema, skip)
  return { top, agreements, commitments, ...found }
}

/** Errors found so far: the first DESCRIBED_ERRORS described, all counted. */
interface Found {
  errors: ImportError[]
  errorCount: number
}

/** One record through its schema: its output, or undefined with its errors added to `found` (paths under `prefix`). */
function parseRecord(schema: z.ZodType, value: unknown, prefix: (string | number)[], found: Found): unknown {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  found.errorCount += result.error.issues.length
  if (found.errors.length < DESCRIBED_ERRORS) {
    // Parsed again with the values in the issues, for the messages: only on the error path,
    // as reporting inputs costs a fifth more on a valid file.
    const detailed = schema.safeParse(value, { reportInput: true })
    for (const issue of (detailed.error ?? result.error).issues) found.errors.push(zodIssueToError({ ...issue, path: [...prefix, ...issue.path] }))
  }
  return undefined
}

interface Parsed extends Found {
  top: z.infer<typeof TopLevel> | undefined
  agreements: unknown[]
  commitments: unknown[]
}

/** Commitments `from` (inclusive) to `to` (exclusive). */
export interface Range {
  from: number
  to: number
}

/**
 * What checking a range of commitments found: the same checks as for the rest of the file, done
 * by a second worker on its own parse of the same file (see ../import/sharedCheck).
 */
export interface RangeCheck extends Range {
  forbidden: PathSegments[]
  unknown: UnknownField[]
  /** The first errors, described; `errorCount` counts them all. */
  errors: ImportError[]
  errorCount: number
}

/**
 * The commitments a second worker checks (null when there is nothing to share): the last 70%,
 * as this worker also checks the agreements and the rest of the file, then the checks across
 * records and the columns while it waits (see checkAhead); measured at 100k, that evens them out.
 */
export function sharedRange(raw: unknown): Range | null {
  const list = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>).commitments : undefined
  if (!Array.isArray(list) || list.length < 2) return null
  return { from: Math.floor(list.length * SHARED_FROM), to: list.length }
}
const SHARED_FROM = 0.3

/** The checks of one range of commitments: keys, then the schema, record by record. */
export function checkRange(raw: unknown, range: Range): RangeCheck {
  const list = (raw as Record<string, unknown>).commitments as unknown[]
  const keys = scanKeys(raw as object, { only: range })
  const found: Found = { errors: [], errorCount: 0 }
  for (let i = range.from; i < range.to; i++) parseRecord(CommitmentSchema, list[i], ['commitments', i], found)
  return { ...range, forbidden: keys.forbidden, unknown: keys.unknown, ...found }
}

/** Checks of consecutive ranges as one check of the range they make up (the same as checking it whole). */
export function mergeRangeChecks(parts: RangeCheck[]): RangeCheck {
  let unknown: UnknownField[] = []
  const merged: RangeCheck = { from: parts[0].from, to: parts[parts.length - 1].to, forbidden: [], unknown, errors: [], errorCount: 0 }
  for (const part of parts) {
    merged.forbidden.push(...part.forbidden)
    unknown = mergeUnknown(unknown, part.unknown)
    if (merged.errors.length < DESCRIBED_ERRORS) merged.errors.push(...part.errors.slice(0, DESCRIBED_ERRORS - merged.errors.length))
    merged.errorCount += part.errorCount
  }
  return { ...merged, unknown }
}

/** A commitment as the schema outputs it, for those a range check has passed. */
const commitmentOutput = outputOf(CommitmentSchema)

/** Keys that could reach an object's prototype if the data were ever merged into an object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

export function validateSnapshot(raw: unknown): ValidationResult {
  return finishValidation(startValidation(raw, null), null)
}

/** The checks of a file but for a range of commitments that another worker checks meanwhile. */
export interface Validation {
  raw: unknown
  /** Set when the file is refused whatever the range holds. */
  refused?: ValidationResult
  range: Range | null
  keys: KeyScan
  head: ImportError[]
  parsed: Parsed | null
}

/** Everything but the range's commitments (all of them when `range` is null). */
export function startValidation(raw: unknown, range: Range | null): Validation {
  const keys: KeyScan = { forbidden: [], unknown: [], rangeAt: { forbidden: 0, unknown: 0 } }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { raw, range, keys, head: [], parsed: null, refused: { ok: false, errors: [{ code: 'not_object', path: '', params: { found: describeType(raw) } }] } }
  }
  const scanned = scanKeys(raw, range ? { skip: range } : {})
  const head = checkFormatAndVersion(raw as Record<string, unknown>)
  // Forbidden keys and a wrong format or version refuse the file before the schema is applied.
  const parsed = scanned.forbidden.length || head.length ? null : parseInParts(raw as Record<string, unknown>, range)
  return { raw, range, keys: scanned, head, parsed }
}

/**
 * The result, given the range's check (null when there was no range). In the order the checks
 * have for a whole file: forbidden keys, format and version, the schema, rules across records,
 * then warnings; the range's findings are merged in file order.
 */
export function finishValidation(v: Validation, other: RangeCheck | null, ahead: Ahead | null = null): ValidationResult {
  if (v.refused) return v.refused
  const at = v.keys.rangeAt
  // The other worker's findings go where its range is in the file.
  const forbidden = other ? [...v.keys.forbidden.slice(0, at.forbidden), ...other.forbidden, ...v.keys.forbidden.slice(at.forbidden)] : v.keys.forbidden
  if (forbidden.length) {
    return { ok: false, errors: forbidden.map((p) => ({ code: 'forbidden_key', path: formatPath(p), params: { key: String(p[p.length - 1]) } })) }
  }
  if (v.head.length) return { ok: false, errors: v.head }
  const parsed = v.parsed!
  const errorCount = parsed.errorCount + (other?.errorCount ?? 0)
  if (errorCount > 0 || !parsed.top) {
    const errors = other ? [...parsed.errors, ...other.errors].slice(0, DESCRIBED_ERRORS) : parsed.errors
    return { ok: false, errors, errorCount }
  }
  // Every record passed the schema: what was done ahead holds (or is done now).
  const rest = ahead ?? checkAhead(v)!
  if (rest.errors.length) return { ok: false, errors: rest.errors }
  const unknown = other
    ? mergeUnknown(mergeUnknown(v.keys.unknown.slice(0, at.unknown), other.unknown), v.keys.unknown.slice(at.unknown))
    : v.keys.unknown
  return { ok: true, snapshot: rest.snapshot, warnings: [...unknownFieldWarnings(unknown), ...rest.warnings] }
}

/** The checks that follow the schema's, on the snapshot as the schema outputs it. */
export interface Ahead {
  snapshot: Snapshot
  errors: ImportError[]
  warnings: ImportWarning[]
}

/**
 * The checks across records and the content warnings, done before the other worker has answered,
 * as if its range passes: its rows are built as the schema outputs them (outputOf). They count
 * only if it does pass. Null when something already refuses the file, or when a row of the range
 * is too far from the format to be built (the other worker then reports it).
 */
export function checkAhead(v: Validation): Ahead | null {
  const parsed = v.parsed
  if (v.refused || v.head.length || v.keys.forbidden.length || !parsed?.top || parsed.errorCount > 0) return null
  if (v.range) {
    const list = (v.raw as Record<string, unknown>).commitments as unknown[]
    try {
      for (let i = v.range.from; i < v.range.to; i++) parsed.commitments[i] = commitmentOutput(list[i])
    } catch {
      return null
    }
  }
  const snapshot = { ...parsed.top, agreements: parsed.agreements as Agreement[], commitments: parsed.commitments as Commitment[] }
  const errors = crossRecordErrors(snapshot)
  return { snapshot, errors, warnings: errors.length ? [] : contentWarnings(snapshot) }
}

/** Unknown fields of two parts of the file, the first part first: counts added, the first place kept (the first part's). */
function mergeUnknown(first: UnknownField[], second: UnknownField[]): UnknownField[] {
  const merged = new Map(first.map((f) => [f.id, { ...f }]))
  for (const f of second) {
    const seen = merged.get(f.id)
    if (seen) seen.count += f.count
    else merged.set(f.id, { ...f })
  }
  return [...merged.values()]
}

function checkFormatAndVersion(raw: Record<string, unknown>): ImportError[] {
  const errors: ImportError[] = []
  if (!('format' in raw)) errors.push({ code: 'format_missing', path: 'format', params: { expected: FORMAT_NAME } })
  else if (raw.format !== FORMAT_NAME) errors.push({ code: 'format_wrong', path: 'format', params: { expected: FORMAT_NAME, found: preview(raw.format) } })
  const supported = SUPPORTED_VERSIONS.join(', ')
  if (!('version' in raw)) errors.push({ code: 'version_missing', path: 'version', params: { supported } })
  else if (!(SUPPORTED_VERSIONS as readonly unknown[]).includes(raw.version)) errors.push({ code: 'version_unsupported', path: 'version', params: { supported, found: preview(raw.version) } })
  return errors
}

function zodIssueToError(issue: z.core.$ZodIssue): ImportError {
  const path = formatPath(issue.path)
  const input = (issue as { input?: unknown }).input
  // Our own checks carry their issue code as the message (see ./schema).
  if (issue.code === 'custom' || issue.code === 'invalid_format' || issue.code === 'invalid_key') {
    const code = (OWN_CODES as readonly string[]).includes(issue.message) ? (issue.message as ImportError['code']) : 'invalid'
    return code === 'required' || code === 'empty_string' ? { code, path } : { code, path, params: { found: preview(input) } }
  }
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return { code: 'required', path }
      return { code: 'wrong_type', path, params: { expected: issue.expected, found: describeType(input) } }
    case 'invalid_value':
      if (input === undefined) return { code: 'required', path }
      return { code: 'not_in_list', path, params: { found: preview(input), allowed: issue.values.map(String).join(', ') } }
    case 'invalid_union':
      if (input === undefined) return { code: 'required', path }
      return { code: 'bad_text', path, params: { found: preview(input) } }
    case 'too_small':
      if (issue.origin === 'array') return { code: 'too_few', path, params: { minimum: Number(issue.minimum) } }
      if (issue.origin === 'string') return { code: 'empty_string', path }
      return { code: 'too_small', path, params: { minimum: Number(issue.minimum), found: preview(input) } }
    case 'too_big':
      if (issue.origin === 'string') return { code: 'too_long', path, params: { maximum: Number(issue.maximum) } }
      return { code: 'too_big', path, params: { maximum: Number(issue.maximum), found: preview(input) } }
    default:
      return { code: 'invalid', path, params: { found: preview(input) } }
  }
}
const OWN_CODES = ['invalid_date', 'unknown_country', 'bad_region', 'bad_language_tag', 'bad_sphere_id', 'bad_url', 'bad_text', 'empty_text', 'empty_string', 'required'] as const

function crossRecordErrors(s: Snapshot): ImportError[] {
  const errors: ImportError[] = []
  const agreementIds = new Set<string>()
  s.agreements.forEach((a, i) => {
    if (agreementIds.has(a.id)) errors.push({ code: 'duplicate_agreement', path: `agreements[${i}].id`, params: { found: a.id } })
    agreementIds.add(a.id)
    a.parties.forEach((p, j) => {
      if (p.region !== undefined && p.region.slice(0, 2) !== p.country) {
        errors.push({ code: 'region_country', path: `agreements[${i}].parties[${j}].region`, params: { found: p.region, country: p.country } })
      }
    })
  })
  const spheres = new Set<string>([...BUILTIN_SPHERES, ...(s.spheres ?? []).map((d) => d.id)])
  s.agreements.forEach((a, i) => {
    a.spheres?.forEach((id, j) => {
      if (!spheres.has(id)) errors.push({ code: 'unknown_sphere', path: `agreements[${i}].spheres[${j}]`, params: { found: id } })
    })
  })
  const commitmentIds = new Set<string>()
  s.commitments.forEach((c, i) => {
    if (commitmentIds.has(c.id)) errors.push({ code: 'duplicate_commitment', path: `commitments[${i}].id`, params: { found: c.id } })
    commitmentIds.add(c.id)
    if (!agreementIds.has(c.agreementId)) errors.push({ code: 'dangling_agreement', path: `commitments[${i}].agreementId`, params: { found: c.agreementId } })
    if (!spheres.has(c.sphere)) errors.push({ code: 'unknown_sphere', path: `commitments[${i}].sphere`, params: { found: c.sphere } })
  })
  return errors
}

function contentWarnings(s: Snapshot): ImportWarning[] {
  const warnings: ImportWarning[] = []
  const asOf = s.snapshot.asOf
  const signedOn = new Map(s.agreements.map((a) => [a.id, a.signedOn]))
  // Paths are built only for the rows that have a warning: this loop sees every commitment.
  for (let i = 0; i < s.commitments.length; i++) {
    const c = s.commitments[i]
    if (c.status === 'completed' && c.progress !== undefined && c.progress < 100) {
      warnings.push({ code: 'completed_under_100', path: `commitments[${i}].progress`, params: { found: c.progress } })
    }
    const signed = signedOn.get(c.agreementId)
    if (c.due !== undefined && signed !== undefined && c.due < signed) {
      warnings.push({ code: 'due_before_signed', path: `commitments[${i}].due`, params: { found: c.due, signedOn: signed } })
    }
    const updates = c.updates
    if (!updates || updates.length === 0) continue
    let latest = 0
    for (let j = 0; j < updates.length; j++) {
      const u = updates[j]
      if (u.date > asOf) warnings.push({ code: 'update_after_asof', path: `commitments[${i}].updates[${j}].date`, params: { found: u.date, asOf } })
      if (u.date >= updates[latest].date) latest = j
    }
    const last = updates[latest]
    if (last.status !== c.status) {
      warnings.push({ code: 'status_differs_from_update', path: `commitments[${i}].status`, params: { found: c.status, update: last.status, date: last.date } })
    }
  }
  return warnings
}

type PathSegments = (string | number)[]
type Level = keyof typeof KNOWN_KEYS | 'free'
/** `id` is the level and the key (`commitment.priority`). */
interface UnknownField { id: string; field: string; count: number; first: PathSegments }

/** Known keys per level, and which level each known key's children are. */
const CHILD_LEVEL: Partial<Record<Level, Record<string, Level>>> = {
  top: { snapshot: 'snapshot', spheres: 'sphere', agreements: 'agreement', commitments: 'commitment' },
  agreement: { parties: 'party' },
  commitment: { updates: 'update' },
}
const KNOWN = toSets(KNOWN_KEYS)

function toSets<K extends string>(lists: Record<K, readonly string[]>): Record<K, ReadonlySet<string>> {
  const out = {} as Record<K, ReadonlySet<string>>
  for (const k in lists) out[k] = new Set(lists[k])
  return out
}

interface Frame { value: object; level: Level; parent: Frame | null; key: string | number }

/**
 * One walk over every object of the file: keys that must never be used (`__proto__` …), and keys
 * the format does not know at the levels it defines. An explicit stack, not recursion, so that a
 * hostile 10,000-level nesting cannot overflow the call stack.
 */
export function scanKeys(root: object, part: { skip?: Range; only?: Range } = {}): KeyScan {
  const forbidden: PathSegments[] = []
  const unknown = new Map<string, UnknownField>()
  /** With `skip`: how many of each had been found when the walk reached the skipped range. */
  let rangeAt = { forbidden: 0, unknown: 0 }
  const top: Frame = { value: root, level: 'top', parent: null, key: '' }
  const marker: Frame = { value: {}, level: 'free', parent: null, key: '' }
  const stack: Frame[] = [top]
  const isCommitments = (f: Frame) => f.parent === top && f.key === 'commitments'
  const pushItems = (frame: Frame, list: unknown[], from: number, to: number) => {
    // Children are pushed last-first so that they are visited in file order.
    for (let i = to - 1; i >= from; i--) {
      const item: unknown = list[i]
      if (item !== null && typeof item === 'object') stack.push({ value: item, level: frame.level, parent: frame, key: i })
    }
  }
  if (part.only) {
    // Only commitments [from, to): the rest of the file is another walk's.
    stack.pop()
    const list = (root as Record<string, unknown>).commitments as unknown[]
    pushItems({ value: list, level: 'commitment', parent: top, key: 'commitments' }, list, part.only.from, part.only.to)
  }
  while (stack.length) {
    const frame = stack.pop()!
    if (frame === marker) {
      rangeAt = { forbidden: forbidden.length, unknown: unknown.size }
      continue
    }
    const { value, level } = frame
    if (Array.isArray(value)) {
      // An array of records keeps its level for its items (agreements[] -> agreement).
      const skip = part.skip && isCommitments(frame) ? part.skip : null
      if (skip) {
        // In file order: the items before the range, the marker (where the range's findings go), the items after.
        pushItems(frame, value, skip.to, value.length)
        stack.push(marker)
        pushItems(frame, value, 0, skip.from)
      } else pushItems(frame, value, 0, value.length)
      continue
    }
    const known = level === 'free' ? undefined : KNOWN[level]
    const children = CHILD_LEVEL[level]
    const nested: Frame[] = []
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        forbidden.push(pathOf(frame, key))
        continue
      }
      if (known && !known.has(key)) {
        const id = `${level}.${key}`
        const entry = unknown.get(id)
        if (entry) entry.count++
        else unknown.set(id, { id, field: key, count: 1, first: pathOf(frame, key) })
      }
      const child: unknown = (value as Record<string, unknown>)[key]
      if (child !== null && typeof child === 'object') {
        nested.push({ value: child, level: (known?.has(key) && children?.[key]) || 'free', parent: frame, key })
      }
    }
    for (let i = nested.length - 1; i >= 0; i--) stack.push(nested[i])
  }
  return { forbidden, unknown: [...unknown.values()], rangeAt }
}

interface KeyScan {
  forbidden: PathSegments[]
  unknown: UnknownField[]
  /** Where the findings of a skipped range belong in these lists (file order). */
  rangeAt: { forbidden: number; unknown: number }
}

function pathOf(frame: Frame, key: string | number): PathSegments {
  const out: PathSegments = [key]
  for (let f: Frame | null = frame; f && f.parent; f = f.parent) out.unshift(f.key)
  return out
}

function unknownFieldWarnings(fields: UnknownField[]): ImportWarning[] {
  return fields.map((f) => ({ code: 'unknown_field', path: formatPath(f.first), params: { field: f.field, count: f.count } }))
}

function describeType(v: unknown): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'array'
  return typeof v
}

/** A short, plain rendering of a found value for a message. Objects and lists are only named: they can be nested 100k deep. */
function preview(v: unknown): string {
  if (v === undefined) return ''
  if (v !== null && typeof v === 'object') return Array.isArray(v) ? 'a list' : 'an object'
  const s = JSON.stringify(v) ?? String(v)
  return s.length > 60 ? `${s.slice(0, 57)}…` : s
}
