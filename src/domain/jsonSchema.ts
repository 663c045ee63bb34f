/** The JSON Schema of format v1, generated from the Zod schema (data/snapshot.schema.json). */
import { z } from 'zod'
import { JSON_SCHEMA_EXTRAS, SnapshotSchema } from './schema'

export function snapshotJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(SnapshotSchema, {
    io: 'input',
    target: 'draft-2020-12',
    // Text is checked by a function; its JSON Schema comes from JSON_SCHEMA_EXTRAS below.
    unrepresentable: 'any',
    override: (ctx) => {
      const extra = JSON_SCHEMA_EXTRAS.get(ctx.zodSchema)
      if (extra) Object.assign(ctx.jsonSchema, extra)
    },
  }) as Record<string, unknown>
  return {
    ...schema,
    $id: 'https://cooperation-follow-up.invalid/snapshot.schema.json',
    title: 'Cooperation snapshot, format version 1',
    description:
      'Generated from src/domain/schema.ts by `npm run schema`; do not edit. Rules JSON Schema cannot express (dates that exist, assigned country codes, unique ids, agreementId references, known spheres) are checked by the dashboard on import.',
  }
}

export function snapshotJsonSchemaText(): string {
  return `${JSON.stringify(snapshotJsonSchema(), null, 2)}\n`
}
