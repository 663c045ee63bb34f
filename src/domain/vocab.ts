/**
 * The closed vocabularies of snapshot format v1. Every list exists once, here; the schema,
 * the aggregation and the UI all read them from this module.
 */

/** Commitment statuses, in the order every chart, table and CSV uses. */
export const STATUSES = [
  'not_started',
  'in_progress',
  'ongoing',
  'completed',
  'suspended',
  'cancelled',
  'no_information',
] as const
export type Status = (typeof STATUSES)[number]

/** Statuses under which a commitment still has to be delivered: only these can be overdue. */
export const OPEN_STATUSES: ReadonlySet<Status> = new Set(['not_started', 'in_progress', 'no_information'])

export const BUILTIN_SPHERES = [
  'political',
  'interparliamentary',
  'trade_economic',
  'investment',
  'finance',
  'scientific_technical',
  'education',
  'cultural_humanitarian',
  'tourism',
  'digitalization',
  'innovation',
  'artificial_intelligence',
  'ecology',
  'agriculture',
  'energy',
  'transport_logistics',
  'health',
  'security',
  'regional',
  'space',
  'other',
] as const
export type BuiltinSphere = (typeof BUILTIN_SPHERES)[number]

export const AGREEMENT_TYPES = [
  'memorandum',
  'agreement',
  'treaty',
  'protocol',
  'roadmap',
  'action_plan',
  'joint_statement',
  'twinning',
  'contract',
  'other',
] as const
export type AgreementType = (typeof AGREEMENT_TYPES)[number]

export const PARTY_KINDS = [
  'state',
  'government',
  'parliament',
  'ministry',
  'agency',
  'region',
  'city',
  'company',
  'organization',
  'other',
] as const
export type PartyKind = (typeof PARTY_KINDS)[number]

export const LEGAL_STATUSES = ['signed', 'in_force', 'expired', 'terminated', 'suspended'] as const
export type LegalStatus = (typeof LEGAL_STATUSES)[number]

export const OWED_BY = ['home', 'partner', 'joint'] as const
export type OwedBy = (typeof OWED_BY)[number]

export const RECURRENCES = ['once', 'annual', 'standing'] as const
export type Recurrence = (typeof RECURRENCES)[number]

/** The file kind and the format versions this build reads. */
export const FORMAT_NAME = 'cooperation-snapshot'
export const SUPPORTED_VERSIONS = [1] as const

/**
 * Largest file the dashboard accepts. The format requires at least 200 MB; above this the
 * browser tab risks running out of memory while parsing, so the file is refused before it is read.
 */
export const MAX_FILE_BYTES = 256 * 1024 * 1024

/**
 * At most this many spheres a file may declare (the built-in ones come on top). A sphere is a
 * bar of the "by sphere" chart and an entry of its filter menu; past a few hundred neither can
 * be read, and the column that holds a commitment's sphere index is sized for this vocabulary.
 */
export const MAX_DECLARED_SPHERES = 200
