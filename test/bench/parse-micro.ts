/**
 * Micro-benchmark of the import's text step in Node: JSON.parse alone (the floor), the whole
 * parseSnapshotText (parse, duplicate-name check, validation) and the position scan, as medians
 * of several runs on one file. For A/B runs of a change to src/import (npm run bench is heavier).
 *
 *   npm run generate -- --commitments 100000 --seed 1 --out /tmp/100k.json
 *   npx tsx test/bench/parse-micro.ts /tmp/100k.json [runs]
 */
import { readFileSync } from 'node:fs'
import * as jsonScan from '../../src/import/jsonScan'
import { parseSnapshotText } from '../../src/import/parse'

const [file, runsArg] = process.argv.slice(2)
if (!file) throw new Error('usage: tsx test/bench/parse-micro.ts <snapshot.json> [runs]')
const runs = Number(runsArg ?? 7)
const text = readFileSync(file, 'utf8')

function median(f: () => unknown): number {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    f()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]
}

const parse = median(() => JSON.parse(text))
const whole = median(() => {
  if (!parseSnapshotText(text).ok) throw new Error('the file was refused')
})
const scan = median(() => jsonScan.scanJson(text))
// The member counts of the duplicate-name check, where this version has them: on the bytes (the
// count worker's, beside the parse) and in the text (the data worker's own, when no count came).
// Their cost against JSON.parse's in the same run holds on a busy machine.
const bytes = new TextEncoder().encode(text)
const { membersInText, membersInBytes } = jsonScan as Partial<typeof jsonScan>
const check = membersInText ? median(() => membersInText(text)) : null
const countBytes = membersInBytes ? median(() => membersInBytes(bytes)) : null
const ms = (n: number | null) => (n === null ? null : Math.round(n))
console.log(
  JSON.stringify({
    file,
    mb: +(text.length / 2 ** 20).toFixed(1),
    runs,
    parseMs: ms(parse),
    parseSnapshotTextMs: ms(whole),
    scanMs: ms(scan),
    countTextMs: ms(check),
    countBytesMs: ms(countBytes),
  }),
)
