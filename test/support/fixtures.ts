/**
 * Reading the committed fixtures, for the Node tests and the browser tests alike: one place that
 * knows where they live (test/fixtures/, data/) and how a valid one becomes a Snapshot.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Snapshot } from '@/domain/schema'
import { parseSnapshotText } from '@/import/parse'

const FIXTURES = new URL('../fixtures/', import.meta.url)
const ROOT = new URL('../../', import.meta.url)

/** A fixture's path on disk, `rel` under test/fixtures/ (for a browser's file input). */
export const fixturePath = (rel: string): string => fileURLToPath(new URL(rel, FIXTURES))
/** A fixture's text (UTF-8, a byte-order mark kept), `rel` under test/fixtures/. */
export const fixtureText = (rel: string): string => readFileSync(new URL(rel, FIXTURES), 'utf8')
/** A fixture's bytes, exactly as committed (the byte-level fixtures are not UTF-8 text). */
export const fixtureBytes = (rel: string): Uint8Array => new Uint8Array(readFileSync(new URL(rel, FIXTURES)))
/** The JSON files of a fixture folder (`dir` under test/fixtures/, ending in `/`), by name. */
export const fixtureFiles = (dir: string): string[] =>
  readdirSync(new URL(dir, FIXTURES))
    .filter((f) => f.endsWith('.json'))
    .sort()

/** A file of the project itself (`rel` from the repository root): data/sample-kz.json, README.md… */
export const projectText = (rel: string): string => readFileSync(new URL(rel, ROOT), 'utf8')
/** The built-in sample, data/sample-kz.json, as text. */
export const sampleText = (): string => projectText('data/sample-kz.json')

/** A valid snapshot file's text, parsed as the app parses it; throws with the first errors if refused. */
export function parsedSnapshot(text: string): Snapshot {
  const out = parseSnapshotText(text)
  if (!out.ok) throw new Error(JSON.stringify(out.errors.slice(0, 3)))
  return out.snapshot
}
/** A valid fixture (`rel` under test/fixtures/, e.g. `valid/small.json`) as a Snapshot. */
export const fixtureSnapshot = (rel: string): Snapshot => parsedSnapshot(fixtureText(rel))
