/**
 * The app's Content-Security-Policy forbids eval. Zod compiles validators with `new Function`
 * unless told not to, and even asks whether it may by trying once, when its first object schema
 * is made — a policy violation in the worker. In a fresh process (so that Zod has not asked yet),
 * loading the schemas and checking files must never evaluate a string.
 */
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

it('loading the schemas and checking a valid and a refused file evaluate no string', { timeout: 30_000 }, () => {
  const script = fileURLToPath(new URL('../scripts/eval-probe.ts', import.meta.url))
  const out = execFileSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8' })
  expect(JSON.parse(out.trim().split('\n').pop()!)).toEqual({ evals: 0, valid: true, refused: true })
})
