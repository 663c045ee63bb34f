/**
 * Run in a fresh process by test/unit/no-eval.test.ts: counts every `new Function` (what Zod's
 * compiled validators and its eval probe use, and what the app's Content-Security-Policy forbids)
 * while the schema module loads and files are checked, both ways (a valid file and a refused one),
 * and prints the count.
 */
import { readFileSync } from 'node:fs'

let evals = 0
const RealFunction = globalThis.Function
globalThis.Function = new Proxy(RealFunction, {
  construct(target, args) {
    evals++
    return Reflect.construct(target, args) as object
  },
  apply(target, self, args) {
    evals++
    return Reflect.apply(target, self, args) as unknown
  },
})

const { parseSnapshotText } = await import('../../src/import/parse')
const small = readFileSync(new URL('../fixtures/valid/small.json', import.meta.url), 'utf8')
const valid = parseSnapshotText(small)
const refused = parseSnapshotText(
  small.replace('"status": "completed"', '"status": "finished"').replace('"snapshot": {', '"snapshot": { "extra": 1,'),
)
console.log(JSON.stringify({ evals, valid: valid.ok, refused: !refused.ok }))
