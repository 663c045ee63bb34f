/**
 * The length in lines of every function in src/ (TypeScript files and the scripts of Vue files),
 * read with the TypeScript compiler's AST. `npx tsx test/scripts/functionLengths.ts` lists the
 * longest; test/unit/function-lengths.test.ts holds the limits.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { parse as parseSfc } from 'vue/compiler-sfc'

export interface FunctionLength {
  file: string
  line: number
  name: string
  lines: number
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* sourceFiles(path)
    else if (/\.(ts|vue)$/.test(entry.name)) yield path
  }
}

/** The script blocks of a file, each with the line it starts on (1 for a .ts file). */
function scripts(path: string): { code: string; firstLine: number }[] {
  const text = readFileSync(path, 'utf8')
  if (!path.endsWith('.vue')) return [{ code: text, firstLine: 1 }]
  const { descriptor } = parseSfc(text, { filename: path })
  return [descriptor.script, descriptor.scriptSetup]
    .filter((b) => b !== null)
    .map((b) => ({ code: b.content, firstLine: b.loc.start.line }))
}

function nameOf(node: ts.Node): string {
  const named = node as ts.Node & { name?: ts.Node }
  if (named.name && ts.isIdentifier(named.name)) return named.name.text
  const parent = node.parent
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text
  if (parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text
  return '(anonymous)'
}

export function functionLengths(root = ROOT): FunctionLength[] {
  const out: FunctionLength[] = []
  for (const path of sourceFiles(join(root, 'src'))) {
    for (const { code, firstLine } of scripts(path)) {
      const sf = ts.createSourceFile(path, code, ts.ScriptTarget.Latest, true)
      const visit = (node: ts.Node) => {
        if (ts.isFunctionLike(node) && (node as ts.FunctionLikeDeclaration).body) {
          const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line
          const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line
          out.push({ file: relative(root, path), line: start + firstLine, name: nameOf(node), lines: end - start + 1 })
        }
        ts.forEachChild(node, visit)
      }
      visit(sf)
    }
  }
  return out.sort((a, b) => b.lines - a.lines)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  for (const f of functionLengths().slice(0, 15)) console.log(`${f.lines}\t${f.file}:${f.line}\t${f.name}`)
