/**
 * From a parsed JSON value to a valid snapshot, or the list of what is wrong with it.
 * Order: shape of the file (object, forbidden keys, format, version), then the Zod schema,
 * then the rules that span records, then warnings. Pure: no DOM, no storage.
 */
import { z } from 'zod'
import { formatPath, type ImportError, type ImportWarning } from './issues'
import {
  AgreementSchema,
  CommitmentSchema,
  KNOWN_KEYS,
  SnapshotSchema,
  type Agreement,
  type Commitment,
  type Snapshot,
} from './schema'
import { exactOutputOf, REFUSED, type Tally } from './schemaOutput'
import { BUILTIN_SPHERES, FORMAT_NAME, SUPPORTED_VERSIONS } from './vocab'

export type ValidationResult = (
  | { ok: true; snapshot: Snapshot; warnings: ImportWarning[] }
  /** `errorCount` when only some of the errors are listed (a file with very many). */
  | { ok: false; errors: ImportError[]; errorCount?: number }
) & {
  /** The members (name–value pairs) of every object of the value, counted by whichever walk checked it (none when it is no object). */
  members?: number
}

/** Errors described in full; past this they are only counted. */
const DESCRIBED_ERRORS = 1000

const TopLevel = SnapshotSchema.extend({ agreements: z.array(z.unknown()), commitments: z.array(z.unknown()) })

/**
 * The schema, applied top level first and then record by record. Zod merges the issues of an
 * array into its parent with a spread, which overflows the call stack at about 100k issues (a
 * file whose every date is wrong); record by record, the count has no limit and only the first
 * errors are described.
 */
function parseInParts(
  raw: Record<string, unknown>,
): { ok: true; snapshot: Snapshot } | { ok: false; errors: ImportError[]; errorCount: number } {
  const found: Found = { errors: [], errorCount: 0 }
  const top = parseRecord(TopLevel, raw, [], found) as z.infer<typeof TopLevel> | undefined
  const parts = (key: 'agreements' | 'commitments', schema: z.ZodType) => {
    const list = Array.isArray(raw[key]) ? (raw[key] as unknown[]) : []
    const out = new Array<unknown>(list.length)
    for (let i = 0; i < list.length; i++) out[i] = parseRecord(schema, list[i], [key, i], found)
    return out
  }
  const agreements = parts('agreements', AgreementSchema)
  const commitments = parts('commitments', CommitmentSchema)
  if (found.errorCount > 0 || !top) return { ok: false, ...found }
  return {
    ok: true,
    snapshot: { ...top, agreements: agreements as Agreement[], commitments: commitments as Commitment[] },
  }
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
    for (const issue of (detailed.error ?? result.error).issues)
      found.errors.push(zodIssueToError({ ...issue, path: [...prefix, ...issue.path] }))
  }
  return undefined
}

/** Keys that could reach an object's prototype if the data were ever merged into an object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** A whole snapshot as the schema outputs it, when it passes and holds no key the format does not name. */
const exactTally: Tally = { members: 0 }
const exactSnapshot = exactOutputOf(SnapshotSchema, FORBIDDEN_KEYS, exactTally)

/**
 * The file's checks. A file that passes the schema and holds only what the format names (the usual
 * case) is checked in one walk (exactOutputOf): it has no unknown or forbidden keys to report and
 * no errors to describe. Any other file gets the full walk, which finds and places them all;
 * `exactFirst: false` asks for the full walk only (the tests compare the two).
 */
export function validateSnapshot(raw: unknown, { exactFirst = true } = {}): ValidationResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, errors: [{ code: 'not_object', path: '', params: { found: describeType(raw) } }] }
  }
  if (exactFirst) {
    exactTally.members = 0
    const exact = exactSnapshot(raw)
    if (exact !== REFUSED) return { ...checkAcrossRecords(exact as Snapshot, []), members: exactTally.members }
  }
  const keys = scanKeys(raw)
  const { members } = keys
  if (keys.forbidden.length) {
    return {
      ok: false,
      members,
      errors: keys.forbidden.map((p) => ({
        code: 'forbidden_key',
        path: formatPath(p),
        params: { key: String(p[p.length - 1]) },
      })),
    }
  }
  const head = checkFormatAndVersion(raw as Record<string, unknown>)
  if (head.length) return { ok: false, errors: head, members }
  const parsed = parseInParts(raw as Record<string, unknown>)
  if (!parsed.ok) return { ok: false, errors: parsed.errors, errorCount: parsed.errorCount, members }
  return { ...checkAcrossRecords(parsed.snapshot, unknownFieldWarnings(keys.unknown)), members }
}

/** The rules that span records, then the content warnings (after those of unknown fields). */
function checkAcrossRecords(snapshot: Snapshot, unknownFields: ImportWarning[]): ValidationResult {
  const errors = crossRecordErrors(snapshot)
  if (errors.length) return { ok: false, errors }
  return { ok: true, snapshot, warnings: [...unknownFields, ...contentWarnings(snapshot)] }
}

function checkFormatAndVersion(raw: Record<string, unknown>): ImportError[] {
  const errors: ImportError[] = []
  if (!('format' in raw)) errors.push({ code: 'format_missing', path: 'format', params: { expected: FORMAT_NAME } })
  else if (raw.format !== FORMAT_NAME)
    errors.push({ code: 'format_wrong', path: 'format', params: { expected: FORMAT_NAME, found: preview(raw.format) } })
  const supported = SUPPORTED_VERSIONS.join(', ')
  if (!('version' in raw)) errors.push({ code: 'version_missing', path: 'version', params: { supported } })
  else if (!(SUPPORTED_VERSIONS as readonly unknown[]).includes(raw.version))
    errors.push({ code: 'version_unsupported', path: 'version', params: { supported, found: preview(raw.version) } })
  return errors
}

function zodIssueToError(issue: z.core.$ZodIssue): ImportError {
  const path = formatPath(issue.path)
  const input = (issue as { input?: unknown }).input
  // Our own checks carry their issue code as the message (see ./schema).
  if (issue.code === 'custom' || issue.code === 'invalid_format' || issue.code === 'invalid_key') {
    const code = (OWN_CODES as readonly string[]).includes(issue.message)
      ? (issue.message as ImportError['code'])
      : 'invalid'
    return code === 'required' || code === 'empty_string'
      ? { code, path }
      : { code, path, params: { found: preview(input) } }
  }
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return { code: 'required', path }
      // JSON.parse reads 1e400 as Infinity, which the schema refuses as "not a number".
      if (typeof input === 'number' && !Number.isFinite(input)) return { code: 'number_too_large', path }
      return { code: 'wrong_type', path, params: { expected: issue.expected, found: describeType(input) } }
    case 'invalid_value':
      if (input === undefined) return { code: 'required', path }
      return {
        code: 'not_in_list',
        path,
        params: { found: preview(input), allowed: issue.values.map(String).join(', ') },
      }
    case 'invalid_union':
      if (input === undefined) return { code: 'required', path }
      return { code: 'bad_text', path, params: { found: preview(input) } }
    case 'too_small':
      if (issue.origin === 'array') return { code: 'too_few', path, params: { minimum: Number(issue.minimum) } }
      if (issue.origin === 'string') return { code: 'empty_string', path }
      return { code: 'too_small', path, params: { minimum: Number(issue.minimum), found: preview(input) } }
    case 'too_big':
      if (issue.origin === 'string') return { code: 'too_long', path, params: { maximum: Number(issue.maximum) } }
      if (issue.origin === 'array') return { code: 'too_many', path, params: { maximum: Number(issue.maximum) } }
      return { code: 'too_big', path, params: { maximum: Number(issue.maximum), found: preview(input) } }
    default:
      return { code: 'invalid', path, params: { found: preview(input) } }
  }
}
const OWN_CODES = [
  'invalid_date',
  'unknown_country',
  'bad_region',
  'bad_language_tag',
  'bad_sphere_id',
  'bad_url',
  'bad_text',
  'empty_text',
  'empty_string',
  'required',
] as const

function crossRecordErrors(s: Snapshot): ImportError[] {
  const errors: ImportError[] = []
  const agreementIds = new Set<string>()
  s.agreements.forEach((a, i) => {
    if (agreementIds.has(a.id))
      errors.push({ code: 'duplicate_agreement', path: `agreements[${i}].id`, params: { found: a.id } })
    agreementIds.add(a.id)
    a.parties.forEach((p, j) => {
      if (p.region !== undefined && p.region.slice(0, 2) !== p.country) {
        errors.push({
          code: 'region_country',
          path: `agreements[${i}].parties[${j}].region`,
          params: { found: p.region, country: p.country },
        })
      }
    })
  })
  const spheres = new Set<string>([...BUILTIN_SPHERES, ...(s.spheres ?? []).map((d) => d.id)])
  s.agreements.forEach((a, i) => {
    a.spheres?.forEach((id, j) => {
      if (!spheres.has(id))
        errors.push({ code: 'unknown_sphere', path: `agreements[${i}].spheres[${j}]`, params: { found: id } })
    })
  })
  const commitmentIds = new Set<string>()
  s.commitments.forEach((c, i) => {
    if (commitmentIds.has(c.id))
      errors.push({ code: 'duplicate_commitment', path: `commitments[${i}].id`, params: { found: c.id } })
    commitmentIds.add(c.id)
    if (!agreementIds.has(c.agreementId))
      errors.push({
        code: 'dangling_agreement',
        path: `commitments[${i}].agreementId`,
        params: { found: c.agreementId },
      })
    if (!spheres.has(c.sphere))
      errors.push({ code: 'unknown_sphere', path: `commitments[${i}].sphere`, params: { found: c.sphere } })
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
      warnings.push({
        code: 'due_before_signed',
        path: `commitments[${i}].due`,
        params: { found: c.due, signedOn: signed },
      })
    }
    const updates = c.updates
    if (!updates || updates.length === 0) continue
    let latest = 0
    for (let j = 0; j < updates.length; j++) {
      const u = updates[j]
      if (u.date > asOf)
        warnings.push({
          code: 'update_after_asof',
          path: `commitments[${i}].updates[${j}].date`,
          params: { found: u.date, asOf },
        })
      if (u.date >= updates[latest].date) latest = j
    }
    const last = updates[latest]
    if (last.status !== c.status) {
      warnings.push({
        code: 'status_differs_from_update',
        path: `commitments[${i}].status`,
        params: { found: c.status, update: last.status, date: last.date },
      })
    }
  }
  return warnings
}

/** How many members the parsed value's objects hold. Fewer than in its text: a name was repeated (JSON.parse keeps the last). */
export function membersParsed(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0
  let n = 0
  const stack: unknown[] = [value]
  while (stack.length) {
    const v = stack.pop() as object
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const e: unknown = v[i]
        if (e !== null && typeof e === 'object') stack.push(e)
      }
    } else {
      // for…in, not Object.keys: no array to allocate per object. JSON.parse makes plain
      // objects whose prototype has no enumerable key.
      for (const k in v) {
        n++
        const e: unknown = (v as Record<string, unknown>)[k]
        if (e !== null && typeof e === 'object') stack.push(e)
      }
    }
  }
  return n
}

type PathSegments = (string | number)[]
type Level = keyof typeof KNOWN_KEYS | 'free'
interface UnknownField {
  field: string
  count: number
  first: PathSegments
}

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

interface Frame {
  value: object
  level: Level
  parent: Frame | null
  key: string | number
}

/**
 * One walk over every object of the file: keys that must never be used (`__proto__` …), keys
 * the format does not know at the levels it defines, and how many members there are. An explicit
 * stack, not recursion, so that a hostile 10,000-level nesting cannot overflow the call stack.
 */
export function scanKeys(root: object): KeyScan {
  const forbidden: PathSegments[] = []
  const unknown = new Map<string, UnknownField>()
  let members = 0
  const stack: Frame[] = [{ value: root, level: 'top', parent: null, key: '' }]
  while (stack.length) {
    const frame = stack.pop()!
    const { value, level } = frame
    if (Array.isArray(value)) {
      // An array of records keeps its level for its items (agreements[] -> agreement).
      // Children are pushed last-first so that they are visited in file order.
      for (let i = value.length - 1; i >= 0; i--) {
        const item: unknown = value[i]
        if (item !== null && typeof item === 'object') stack.push({ value: item, level, parent: frame, key: i })
      }
      continue
    }
    const known = level === 'free' ? undefined : KNOWN[level]
    const children = CHILD_LEVEL[level]
    const nested: Frame[] = []
    const keys = Object.keys(value)
    members += keys.length
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) {
        forbidden.push(pathOf(frame, key))
        // Not walked (nothing in it is reported), but its members are still counted.
        members += membersParsed((value as Record<string, unknown>)[key])
        continue
      }
      if (known && !known.has(key)) {
        const id = `${level}.${key}`
        const entry = unknown.get(id)
        if (entry) entry.count++
        else unknown.set(id, { field: key, count: 1, first: pathOf(frame, key) })
      }
      const child: unknown = (value as Record<string, unknown>)[key]
      if (child !== null && typeof child === 'object') {
        nested.push({ value: child, level: (known?.has(key) && children?.[key]) || 'free', parent: frame, key })
      }
    }
    for (let i = nested.length - 1; i >= 0; i--) stack.push(nested[i])
  }
  return { forbidden, unknown: [...unknown.values()], members }
}

interface KeyScan {
  forbidden: PathSegments[]
  unknown: UnknownField[]
  /** Every object's members, counted: what JSON.parse kept of the file's. */
  members: number
}

function pathOf(frame: Frame, key: string | number): PathSegments {
  const out: PathSegments = [key]
  for (let f: Frame | null = frame; f && f.parent; f = f.parent) out.unshift(f.key)
  return out
}

function unknownFieldWarnings(fields: UnknownField[]): ImportWarning[] {
  return fields.map((f) => ({
    code: 'unknown_field',
    path: formatPath(f.first),
    params: { field: f.field, count: f.count },
  }))
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
