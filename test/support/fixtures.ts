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
export const fixtureBytes = (rel: string): Uint8Array<ArrayBuffer> =>
  new Uint8Array(readFileSync(new URL(rel, FIXTURES)))
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

/** The snapshot files of test/fixtures/valid/ (not the hand-computed `*.expected.json`). */
export const validFixtureFiles = (): string[] => fixtureFiles('valid/').filter((f) => !f.endsWith('.expected.json'))

// ---------------------------------------------------------------------------------------------
// The invalid corpus: test/fixtures/invalid/, one file per case, its expectation in cases.json

export const CORPUS_DIR = 'invalid/'

/** A file refused with this first error (see the `_note` of cases.json). */
export interface RefusedCase {
  expect: 'refused'
  code: string
  path: string
  line?: number
  column?: number
  errorCount: number
  found?: string
  note?: string
}
/** A hostile-looking but valid file, imported as `id` (with this one warning, if any). */
export interface ImportedCase {
  expect: 'imported'
  id: string
  warning?: { code: string; path: string }
  note?: string
}
export type CorpusCase = RefusedCase | ImportedCase

/** Every case of the corpus, by file name, in name order. */
export function corpusCases(): [string, CorpusCase][] {
  const all = JSON.parse(fixtureText(`${CORPUS_DIR}cases.json`)) as Record<string, CorpusCase | string>
  return Object.entries(all)
    .filter((e): e is [string, CorpusCase] => !e[0].startsWith('_'))
    .sort(([a], [b]) => (a < b ? -1 : 1))
}
export const refusedCases = (): [string, RefusedCase][] =>
  corpusCases().filter((e): e is [string, RefusedCase] => e[1].expect === 'refused')
export const importedCases = (): [string, ImportedCase][] =>
  corpusCases().filter((e): e is [string, ImportedCase] => e[1].expect === 'imported')
/** The files of the corpus folder (every one must have its case). */
export const corpusFiles = (): string[] => fixtureFiles(CORPUS_DIR).filter((f) => f !== 'cases.json')
