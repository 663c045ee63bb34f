/**
 * Functions stay short enough to read (issue 10): at most one in src/ over 80 lines, none over
 * 120, counted with the TypeScript AST, the scripts of Vue files included (test/scripts/functionLengths.ts).
 */
import { describe, expect, it } from 'vitest'
import { functionLengths } from '../scripts/functionLengths'

describe('function lengths in src/', () => {
  const all = functionLengths()

  it('finds the functions of TypeScript files and of Vue scripts', () => {
    expect(all.some((f) => f.file.endsWith('.vue'))).toBe(true)
    expect(all.some((f) => f.file === 'src/domain/filters.ts' && f.name === 'filterAndAggregate')).toBe(true)
    expect(all.length).toBeGreaterThan(300)
  })

  it('at most one is over 80 lines, and none over 120', () => {
    const over80 = all.filter((f) => f.lines > 80).map((f) => `${f.file}:${f.line} ${f.name} (${f.lines})`)
    expect(over80.length, over80.join('\n')).toBeLessThanOrEqual(1)
    expect(all.filter((f) => f.lines > 120)).toEqual([])
  })
})
