/**
 * Zod's parse of a value that holds nothing the schema does not name, without Zod's object and
 * array machinery: it gives exactly what Zod's parse returns (known keys in the schema's order,
 * defaults filled in), or says it does not vouch for the value. Where that output would be a copy
 * of the input, key for key in the same order, it is the input itself (a file's records are not
 * made twice: their copies were much of the walk's time, in the garbage collector).
 *
 * Derived from the schema's definition, so it follows the schema. Every rule is Zod's: a leaf's
 * type test is Zod's own, and its checks (lengths, patterns, our custom ones) run Zod's code;
 * what is done here is the walk over objects, arrays, optional and default values. A kind of
 * schema it cannot reproduce (a transform, say) throws when the module loads instead of
 * accepting wrongly.
 */
import type { z } from 'zod'

export type Output = (value: unknown) => unknown

/**
 * Counts the members (name–value pairs) of every object an output walked, leaf objects (a text's
 * languages) included: for a value vouched for, the members JSON.parse kept (see import/parse).
 */
export interface Tally {
  members: number
}

interface Def {
  type: string
  shape?: Record<string, z.ZodType>
  innerType?: z.ZodType
  element?: z.ZodType
  defaultValue?: unknown
  catchall?: z.ZodType
  checks?: Check[]
  coerce?: boolean
}

interface Payload {
  value: unknown
  issues: unknown[]
}

interface Check {
  _zod: { def: { check: string; when?: (payload: Payload) => boolean }; check(payload: Payload): unknown }
}

interface Internals {
  def: Def
  traits: Set<string>
  values?: Set<unknown>
  optin?: 'optional' | 'defaulted'
  optout?: 'optional'
  run(payload: Payload, ctx: object): unknown
}

/** Kinds of leaf: values checked one by one (leafOf), their output the value itself. */
const LEAVES = new Set(['string', 'number', 'boolean', 'enum', 'literal', 'custom', 'unknown', 'any', 'null'])

const internalsOf = (schema: z.ZodType) => (schema as unknown as { _zod: Internals })._zod

/** What `exactOutputOf` returns for a value it does not vouch for. */
export const REFUSED: unique symbol = Symbol('refused')

/**
 * The schema's output for a value that the schema accepts and that holds nothing the schema does
 * not name: no key beyond an object's shape, and no `forbidden` key (nor any nested object) in a
 * leaf's object value, such as a text's languages. REFUSED otherwise, and then the caller asks Zod
 * (for the errors) and walks the keys (for unknown and forbidden ones).
 *
 * So a file that passes (the usual case) needs neither Zod's object machinery nor a separate walk
 * over its keys. It never passes a value Zod refuses (test/unit/schema-output). Values are taken
 * as JSON.parse makes them: plain objects whose keys are their own.
 */
export function exactOutputOf(
  schema: z.ZodType,
  forbidden: ReadonlySet<string>,
  tally: Tally = { members: 0 },
): Output {
  const zod = internalsOf(schema)
  const def = zod.def
  if (LEAVES.has(def.type)) return leafOf(schema, forbidden, tally)
  const checks = containerChecks(def)
  switch (def.type) {
    case 'optional': {
      const inner = exactOutputOf(def.innerType!, forbidden, tally)
      return (v) => (v === undefined ? undefined : inner(v))
    }
    case 'default': {
      const inner = exactOutputOf(def.innerType!, forbidden, tally)
      return (v) => (v === undefined ? structuredCloneIfObject(def.defaultValue) : inner(v))
    }
    case 'array': {
      const item = exactOutputOf(def.element!, forbidden, tally)
      return (v) => {
        if (!Array.isArray(v)) return REFUSED
        // The input itself while every item's output is the item (a copy only from the first that is not).
        let out: unknown[] | null = null
        for (let i = 0; i < v.length; i++) {
          const value = item(v[i])
          if (value === REFUSED) return REFUSED
          if (out) out[i] = value
          else if (value !== v[i]) (out = v.slice(0, i)).push(value)
        }
        return checks(out ?? v)
      }
    }
    case 'object': {
      if (def.catchall) throw new Error('exactOutputOf: an object with a catchall is not supported')
      const keys = Object.keys(def.shape!)
      if (keys.some((k) => forbidden.has(k))) throw new Error('exactOutputOf: a shape names a forbidden key')
      const outs = keys.map((k) => exactOutputOf(def.shape![k], forbidden, tally))
      const absent = keys.map((k) => whenAbsent(def.shape![k]))
      // Each key's output, and the keys the input holds, of the object being walked: an object's
      // walk never runs inside itself (a shape that holds itself would be a lazy schema, refused).
      const values = new Array<unknown>(keys.length)
      const held = new Array<string>(keys.length)
      return (v) => {
        if (v === null || typeof v !== 'object' || Array.isArray(v)) return REFUSED
        const from = v as Record<string, unknown>
        let present = 0
        let same = true
        for (let k = 0; k < keys.length; k++) {
          const input = from[keys[k]]
          if (input === undefined) {
            const instead = absent[k]
            if (instead === REFUSED) return REFUSED
            values[k] = instead === OMITTED ? OMITTED : instead()
            same &&= instead === OMITTED
            continue
          }
          const value = outs[k](input)
          if (value === REFUSED) return REFUSED
          values[k] = value
          held[present++] = keys[k]
          same &&= value === input
        }
        // A key the shape does not name (forbidden ones included: no shape names them). JSON.parse
        // makes no inherited keys: for-in walks the object's own, in their order, making no array.
        let own = 0
        for (const key in from) if (held[own++] !== key) same = false
        if (own !== present) return REFUSED
        tally.members += present
        return checks(same ? from : outputObject(keys, values))
      }
    }
    default:
      throw new Error(`exactOutputOf: a ${def.type} schema is not supported`)
  }
}

const OMITTED: unique symbol = Symbol('omitted')

/** An object's output: its keys in the shape's order, those with a value (a default included). */
function outputObject(keys: readonly string[], values: readonly unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (let k = 0; k < keys.length; k++) if (values[k] !== OMITTED) out[keys[k]] = values[k]
  return out
}

/**
 * What an object's output holds for a key its input lacks, as Zod's object decides: nothing for
 * an optional value, the default for a defaulted one. Any other schema (a required key, or a
 * combination such as an optional default) is left to Zod: REFUSED.
 */
function whenAbsent(schema: z.ZodType): typeof OMITTED | typeof REFUSED | (() => unknown) {
  const zod = internalsOf(schema)
  // Zod's rule for an absent key: omitted when optional both in and out.
  if (zod.optin === 'optional' && zod.optout === 'optional') return OMITTED
  if (zod.def.type === 'default') return () => structuredCloneIfObject(zod.def.defaultValue)
  return REFUSED
}

/**
 * A leaf's object (a text's languages), when it holds only plain values under allowed keys: its
 * members (none for a list); -1 otherwise.
 */
function flatMembers(v: object, forbidden: ReadonlySet<string>): number {
  const keys = Object.keys(v)
  for (const key of keys) {
    const value = (v as Record<string, unknown>)[key]
    if (forbidden.has(key) || (value !== null && typeof value === 'object')) return -1
  }
  return Array.isArray(v) ? 0 : keys.length
}

/**
 * A leaf, checked as Zod checks it: its type, then its checks (each check's own code, so every
 * rule is Zod's), without the bookkeeping of Zod's run around them.
 */
function leafOf(schema: z.ZodType, forbidden: ReadonlySet<string>, tally: Tally): Output {
  const zod = internalsOf(schema)
  const def = zod.def
  const isType = def.coerce ? undefined : TYPES[def.type]?.(zod)
  // A schema that is itself a check (a custom one, a string format) runs first, as in Zod.
  const checks = checksOf(
    zod.traits.has('$ZodCheck') ? [schema as unknown as Check, ...(def.checks ?? [])] : (def.checks ?? []),
  )
  // A type test that passes no object (a string, a number, one of a list of plain values): the
  // leaf has no members to count, and is checked directly.
  if (isType && PLAIN_TYPES.has(def.type) && [...(zod.values ?? [])].every((x) => x === null || typeof x !== 'object'))
    return (v) => (isType(v) ? checks(v) : REFUSED)
  const ctx = { async: false }
  const output = (v: unknown): unknown => {
    if (isType) return isType(v) ? checks(v) : REFUSED
    // Another kind: Zod's own run.
    const payload: Payload = { value: v, issues: [] }
    return zod.run(payload, ctx) === payload && payload.issues.length === 0 ? payload.value : REFUSED
  }
  return (v) => {
    const members = v !== null && typeof v === 'object' ? flatMembers(v, forbidden) : 0
    if (members < 0) return REFUSED
    const out = output(v)
    // Counted once the leaf passed: what it refuses is not a value the parse kept as it is.
    if (out !== REFUSED) tally.members += members
    return out
  }
}

/** Leaf kinds whose type test passes plain values only (with plain values listed, for enum and literal). */
const PLAIN_TYPES = new Set(['string', 'number', 'enum', 'literal'])

/** Zod's type test of the leaf kinds that have one this simple (others are run by Zod whole). */
const TYPES: Record<string, (zod: Internals) => (v: unknown) => boolean> = {
  string: () => (v) => typeof v === 'string',
  number: () => (v) => typeof v === 'number' && Number.isFinite(v),
  enum: (zod) => (v) => zod.values!.has(v),
  literal: (zod) => (v) => zod.values!.has(v),
  custom: () => () => true,
}

/**
 * Checks run on a value as Zod runs them on a value with no issue yet: each in turn, one with a
 * condition (`when`) only if it holds. The value, or REFUSED at the first issue (or an async check).
 * A check may replace the value (trim()); the output is then the replaced one.
 */
function checksOf(checks: Check[]): (value: unknown) => unknown {
  if (!checks.length) return (value) => value
  return (value) => {
    const payload: Payload = { value, issues: [] }
    for (const c of checks) {
      if (c._zod.def.when && !c._zod.def.when(payload)) continue
      if (c._zod.check(payload) instanceof Promise || payload.issues.length) return REFUSED
    }
    return payload.value
  }
}

/** The checks on an array or object (`.min(1)` on a list), run on its output as Zod runs them. */
function containerChecks(def: Def): (out: unknown) => unknown {
  const checks = def.checks ?? []
  for (const c of checks)
    if (c._zod.def.check === 'overwrite')
      throw new Error('exactOutputOf: a check that changes the value is not supported')
  return checksOf(checks)
}

function structuredCloneIfObject(v: unknown): unknown {
  return v !== null && typeof v === 'object' ? structuredClone(v) : v
}
