/**
 * What a schema of ./schema gives for a value it accepts, without checking it again: its known
 * keys in the schema's order (unknown keys dropped) and the defaults filled in — exactly what
 * Zod's parse returns. Used for records another worker has already checked with the schema
 * (./validate's shared check), so the checks run once and this cheap copy builds the rows.
 *
 * Derived from the schema's definition, so it follows the schema; a kind of schema it cannot
 * reproduce (a transform, say) throws when the module loads instead of copying wrongly.
 */
import type { z } from 'zod'

export type Output = (value: unknown) => unknown

interface Def {
  type: string
  shape?: Record<string, z.ZodType>
  innerType?: z.ZodType
  element?: z.ZodType
  defaultValue?: unknown
}

/** Kinds whose output is their input. */
const AS_IS = new Set(['string', 'number', 'boolean', 'enum', 'literal', 'custom', 'unknown', 'any', 'null'])

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def

export function outputOf(schema: z.ZodType): Output {
  const def = defOf(schema)
  if (AS_IS.has(def.type)) return (v) => v
  switch (def.type) {
    case 'optional': {
      const inner = outputOf(def.innerType!)
      return (v) => (v === undefined ? undefined : inner(v))
    }
    case 'default': {
      const inner = outputOf(def.innerType!)
      return (v) => (v === undefined ? structuredCloneIfObject(def.defaultValue) : inner(v))
    }
    case 'array': {
      const item = outputOf(def.element!)
      return (v) => (v as unknown[]).map(item)
    }
    case 'object': {
      const keys = Object.keys(def.shape!)
      const outs = keys.map((k) => outputOf(def.shape![k]))
      return (v) => {
        const from = v as Record<string, unknown>
        const out: Record<string, unknown> = {}
        for (let k = 0; k < keys.length; k++) {
          const value = outs[k](from[keys[k]])
          if (value !== undefined) out[keys[k]] = value
        }
        return out
      }
    }
    default:
      throw new Error(`outputOf: a ${def.type} schema is not supported`)
  }
}

function structuredCloneIfObject(v: unknown): unknown {
  return v !== null && typeof v === 'object' ? structuredClone(v) : v
}
