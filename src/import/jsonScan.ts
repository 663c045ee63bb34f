/**
 * A strict JSON scanner that knows where it is: line and column of the first syntax error
 * (JSON.parse in V8 no longer says), and of the values at given JSON paths (so that a schema
 * error can point into the file). It only runs when something is wrong, never on the happy path.
 * Iterative, so a 10,000-level nesting cannot overflow the call stack.
 */
export interface Position {
  line: number
  column: number
  offset: number
}
export interface SyntaxProblem extends Position {
  /** The character found where it should not be, or '' at the end of the text. */
  found: string
}
export interface ScanResult {
  syntaxError?: SyntaxProblem
  /** Position of each wanted path, or of its nearest ancestor present in the text. */
  located: Map<string, Position>
}

interface TrieNode {
  children: Map<string | number, TrieNode>
  paths: string[]
  at?: Position
}
interface Frame {
  kind: 'object' | 'array'
  node: TrieNode | null
  index: number
}

const WS = new Set([0x20, 0x0a, 0x0d, 0x09])

export function parsePath(path: string): (string | number)[] {
  const out: (string | number)[] = []
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1])
  return out
}

export function scanJson(text: string, wanted: readonly string[] = []): ScanResult {
  const root: TrieNode = { children: new Map(), paths: [] }
  for (const p of wanted) {
    let node = root
    for (const seg of parsePath(p)) {
      let next = node.children.get(seg)
      if (!next) node.children.set(seg, (next = { children: new Map(), paths: [] }))
      node = next
    }
    node.paths.push(p)
  }
  let pos = 0
  let line = 1
  let lineStart = 0
  const here = (): Position => ({ line, column: pos - lineStart + 1, offset: pos })
  const skipWs = () => {
    for (;;) {
      const c = text.charCodeAt(pos)
      if (!WS.has(c)) return
      if (c === 0x0a) {
        line++
        lineStart = pos + 1
      }
      pos++
    }
  }
  const fail = (): ScanResult => {
    const found = pos < text.length ? String.fromCodePoint(text.codePointAt(pos)!) : ''
    return { syntaxError: { ...here(), found }, located: collect(root) }
  }
  /** Reads a string at pos; returns its raw body, or null when it is malformed. */
  const readString = (): string | null => {
    const start = ++pos
    for (;;) {
      const c = text.charCodeAt(pos)
      if (Number.isNaN(c) || c < 0x20) return null
      if (c === 0x22) {
        pos++
        return text.slice(start, pos - 1)
      }
      if (c === 0x5c) {
        const e = text[pos + 1]
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) {
            pos++
            return null
          }
          pos += 6
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) pos += 2
        else {
          pos++
          return null
        }
      } else pos++
    }
  }
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
  const stack: Frame[] = []
  let node: TrieNode | null = root
  for (;;) {
    // --- a value is expected here
    skipWs()
    if (node) node.at = here()
    const c = text[pos]
    if (c === '{' || c === '[') {
      pos++
      const frame: Frame = { kind: c === '{' ? 'object' : 'array', node, index: 0 }
      stack.push(frame)
      skipWs()
      if (text[pos] === (c === '{' ? '}' : ']')) {
        pos++
        stack.pop()
      } else {
        const next = enter(frame)
        if (next === false) return fail()
        node = next
        continue
      }
    } else if (c === '"') {
      if (readString() === null) return fail()
    } else if (c === 't' || c === 'f' || c === 'n') {
      const word = c === 't' ? 'true' : c === 'f' ? 'false' : 'null'
      for (let i = 0; i < word.length; i++, pos++) if (text[pos] !== word[i]) return fail()
    } else {
      NUMBER.lastIndex = pos
      const m = NUMBER.exec(text)
      if (!m || m[0] === '' || m[0] === '-') {
        if (m && m[0] === '-') pos++
        return fail()
      }
      pos += m[0].length
    }
    // --- after a value: a separator, a closing bracket, or the end
    for (;;) {
      skipWs()
      const frame = stack[stack.length - 1]
      if (!frame) {
        if (pos < text.length) return fail()
        return { located: collect(root) }
      }
      const ch = text[pos]
      if (ch === ',') {
        pos++
        frame.index++
        const next = enter(frame)
        if (next === false) return fail()
        node = next
        break
      }
      if (ch === (frame.kind === 'object' ? '}' : ']')) {
        pos++
        stack.pop()
        continue
      }
      return fail()
    }
  }

  /** Moves into the next member of an object (reading its key) or array; false on bad syntax. */
  function enter(frame: Frame): TrieNode | null | false {
    if (frame.kind === 'array') return frame.node?.children.get(frame.index) ?? null
    skipWs()
    if (text[pos] !== '"') return false
    const key = readString()
    if (key === null) return false
    skipWs()
    if (text[pos] !== ':') return false
    pos++
    const name = key.includes('\\') ? (JSON.parse(`"${key}"`) as string) : key
    return frame.node?.children.get(name) ?? null
  }
}

function collect(root: TrieNode): Map<string, Position> {
  const out = new Map<string, Position>()
  // Iterative, like the scan: a wanted path may be as deep as the file.
  const stack: [TrieNode, Position | undefined][] = [[root, root.at]]
  while (stack.length) {
    const [node, nearest] = stack.pop()!
    const at = node.at ?? nearest
    if (at) for (const p of node.paths) out.set(p, at)
    for (const child of node.children.values()) stack.push([child, at])
  }
  return out
}
