import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { snapshotJsonSchemaText } from '@/domain/jsonSchema'

describe('data/snapshot.schema.json', () => {
  it('is up to date with the Zod schema (run `npm run schema` when this fails)', () => {
    const committed = readFileSync(new URL('../../data/snapshot.schema.json', import.meta.url), 'utf8')
    expect(committed).toBe(snapshotJsonSchemaText())
  })
})
