/**
 * Snapshot format v1 as a Zod schema: the executable form of shared/snapshot-format.md and the
 * source of data/snapshot.schema.json (`npm run schema`).
 *
 * Custom checks report a message that is an issue code of ./issues (`invalid_date`, …), so the
 * UI can word every problem in the user's language. Rules that span records (unique ids, an
 * agreementId that resolves, a known sphere, a region of the party's own country) are checked
 * after this schema, in ./validate.
 */
import { z } from 'zod'
import { isCountryCode } from './countries'
import { isCalendarDate } from './dates'
import {
  AGREEMENT_TYPES,
  FORMAT_NAME,
  LEGAL_STATUSES,
  MAX_DECLARED_SPHERES,
  OWED_BY,
  PARTY_KINDS,
  RECURRENCES,
  STATUSES,
} from './vocab'

// The app's Content-Security-Policy forbids eval, which Zod's compiled validators use. Set before
// the first schema below is made: each object schema asks, when it is made, whether eval works,
// and that probe alone is a policy violation.
z.config({ jitless: true })

export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/
export const SPHERE_ID = /^[a-z][a-z0-9_]{0,63}$/
export const REGION_CODE = /^[A-Z]{2}-[A-Z0-9]{1,3}$/
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/
// Letters spelled in both cases, not the `i` flag: a JSON Schema pattern has no flags, and the
// published schema (data/snapshot.schema.json) must accept exactly what this accepts.
const HTTP_URL = /^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s]+$/

/**
 * JSON Schema for the schemas below whose checks are plain functions (for speed: a 100k-row
 * snapshot has several hundred thousand dates and texts), so that data/snapshot.schema.json still
 * says what they accept. Used by ./jsonSchema.
 */
export const JSON_SCHEMA_EXTRAS = new Map<object, Record<string, unknown>>()
function documented<T extends z.ZodType>(schema: T, json: Record<string, unknown>): T {
  JSON_SCHEMA_EXTRAS.set(schema, json)
  return schema
}

/** A check that reports its own issue code (see ./issues) when `problem` names one. */
function checked<T>(problem: (value: T) => string | null) {
  return (payload: z.core.ParsePayload<T>) => {
    const code = problem(payload.value)
    if (code) payload.issues.push({ code: 'custom', message: code, input: payload.value })
  }
}

export const DateString = documented(
  z.string().check(checked((v: string) => (isCalendarDate(v) ? null : 'invalid_date'))),
  { pattern: DATE_PATTERN.source, description: 'A calendar date YYYY-MM-DD that exists' },
)

export const CountryCode = documented(
  z.string().check(checked((v: string) => (isCountryCode(v) ? null : 'unknown_country'))),
  { pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 code, upper case, officially assigned' },
)

const Id = z.string().min(1).max(200)

/** A non-empty string, or an object of language tag -> non-empty string. */
export type Text = string | Record<string, string>

/** Why a value is not a Text, as an issue code; null when it is one. */
export function textProblem(
  value: unknown,
): 'required' | 'empty_string' | 'bad_text' | 'empty_text' | 'bad_language_tag' | null {
  if (value === undefined) return 'required'
  if (typeof value === 'string') return value.length > 0 ? null : 'empty_string'
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'bad_text'
  const tags = Object.keys(value)
  for (const tag of tags) {
    if (!LANGUAGE_TAG.test(tag)) return 'bad_language_tag'
    const text = (value as Record<string, unknown>)[tag]
    if (typeof text !== 'string' || text.length === 0) return 'bad_text'
  }
  return tags.length > 0 ? null : 'empty_text'
}

export const TextSchema = documented(z.custom<Text>(() => true).check(checked(textProblem)), {
  anyOf: [
    { type: 'string', minLength: 1 },
    {
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: LANGUAGE_TAG.source },
      additionalProperties: { type: 'string', minLength: 1 },
    },
  ],
  description: 'Text: a non-empty string, or an object of language tag -> non-empty string',
})

export const StatusSchema = z.enum(STATUSES)

export const SnapshotInfoSchema = z.object({
  id: Id,
  asOf: DateString,
  title: TextSchema.optional(),
  publisher: z.string().optional(),
  homeCountry: CountryCode.optional(),
  language: z.string().regex(LANGUAGE_TAG, 'bad_language_tag').default('en'),
})

export const SphereSchema = z.object({
  id: z.string().regex(SPHERE_ID, 'bad_sphere_id'),
  name: TextSchema,
})

export const PartySchema = z.object({
  name: TextSchema,
  country: CountryCode,
  kind: z.enum(PARTY_KINDS),
  region: z.string().regex(REGION_CODE, 'bad_region').optional(),
})

export const AgreementSchema = z.object({
  id: Id,
  title: TextSchema,
  type: z.enum(AGREEMENT_TYPES),
  signedOn: DateString,
  parties: z.array(PartySchema).min(1),
  place: z.string().optional(),
  event: TextSchema.optional(),
  spheres: z.array(z.string().regex(SPHERE_ID, 'bad_sphere_id')).optional(),
  legalStatus: z.enum(LEGAL_STATUSES).default('signed'),
  validUntil: DateString.optional(),
  url: z.string().regex(HTTP_URL, 'bad_url').optional(),
})

const Progress = z.number().min(0).max(100)

export const UpdateSchema = z.object({
  date: DateString,
  status: StatusSchema,
  progress: Progress.optional(),
  note: TextSchema.optional(),
})

export const CommitmentSchema = z.object({
  id: Id,
  agreementId: z.string(),
  title: TextSchema,
  text: TextSchema.optional(),
  clause: z.string().optional(),
  sphere: z.string().regex(SPHERE_ID, 'bad_sphere_id'),
  countries: z.array(CountryCode).optional(),
  owedBy: z.enum(OWED_BY).default('joint'),
  responsible: z.array(z.string()).optional(),
  due: DateString.optional(),
  recurrence: z.enum(RECURRENCES).default('once'),
  status: StatusSchema,
  progress: Progress.optional(),
  updates: z.array(UpdateSchema).optional(),
})

export const SnapshotSchema = z.object({
  format: z.literal(FORMAT_NAME),
  version: z.literal(1),
  snapshot: SnapshotInfoSchema,
  spheres: z.array(SphereSchema).max(MAX_DECLARED_SPHERES).optional(),
  agreements: z.array(AgreementSchema),
  commitments: z.array(CommitmentSchema),
})

export type Snapshot = z.infer<typeof SnapshotSchema>
export type SnapshotInfo = z.infer<typeof SnapshotInfoSchema>
export type SphereDef = z.infer<typeof SphereSchema>
export type Party = z.infer<typeof PartySchema>
export type Agreement = z.infer<typeof AgreementSchema>
export type Commitment = z.infer<typeof CommitmentSchema>
export type Update = z.infer<typeof UpdateSchema>

/** Keys each object of the format may hold; any other key is reported as an unknown field. */
export const KNOWN_KEYS = {
  top: Object.keys(SnapshotSchema.shape),
  snapshot: Object.keys(SnapshotInfoSchema.shape),
  sphere: Object.keys(SphereSchema.shape),
  agreement: Object.keys(AgreementSchema.shape),
  party: Object.keys(PartySchema.shape),
  commitment: Object.keys(CommitmentSchema.shape),
  update: Object.keys(UpdateSchema.shape),
} as const
