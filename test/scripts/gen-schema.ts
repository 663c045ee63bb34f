/** Writes data/snapshot.schema.json from the Zod schema. Run: npm run schema */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { snapshotJsonSchemaText } from '../../src/domain/jsonSchema'

const target = fileURLToPath(new URL('../../data/snapshot.schema.json', import.meta.url))
writeFileSync(target, snapshotJsonSchemaText())
console.log(`wrote ${target}`)
