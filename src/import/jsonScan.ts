/**
 * A strict JSON scanner that knows where it is: line and column of the first syntax error
 * (JSON.parse in V8 no longer says), of the values at given JSON paths (so that a schema
 * error can point into the file), and of names written twice in one object. It only runs when
 * something is wrong, never on the happy path (the member counts below tell it a name repeats).
 * Iterative, so a 10,000-level nesting cannot overflow the call stack.
 */
import { formatPath, LISTED_ISSUES } from '@/domain/issues'

export interface Position {
  line: number
  column: number
  offset: number
}
export interface SyntaxProblem extends Position {
  /** The character found where it should not be, or '' at the end of the text. */
  found: string
}
/** A name written twice in one object: where each is (the opening quote of the name). */
export interface DuplicateKey {
  /** JSON path of the repeated member (`commitments[0].due`). */
  path: string
  first: Position
  second: Position
}
export interface ScanResult {
  syntaxError?: SyntaxProblem
  /** Position of each wanted path, or of its nearest ancestor present in the text. */
  located: Map<string, Position>
  /** With `duplicates: true`: the repeated names, in the order of the text (at most `LISTED_ISSUES`). */
  duplicates?: DuplicateKey[]
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
  /** The member being read (for a duplicate's path), and where each name seen so far is: only when duplicates are looked for. */
  name?: string
  names?: Map<string, Position>
}

const WS = new Set([0x20, 0x0a, 0x0d, 0x09])

/** The segments of a path as formatPath (../domain/issues) writes it: names, `[index]` and `["quoted name"]`. */
export function parsePath(path: string): (string | number)[] {
  const out: (string | number)[] = []
  for (const m of path.matchAll(/\[("(?:[^"\\]|\\.)*")\]|\[(\d+)\]|([^.[\]]+)/g))
    out.push(m[1] !== undefined ? (JSON.parse(m[1]) as string) : m[2] !== undefined ? Number(m[2]) : m[3])
  return out
}

/**
 * The places of `wanted` paths in the text, its first syntax error, and (when asked) every name
 * written twice in one object. The one long function of src/ (test/unit/function-lengths.test.ts):
 * one state machine over the text, whose state (position, line, the stack of open brackets) its
 * steps share; split apart, every step would take and return all of it.
 */
export function scanJson(
  text: string,
  wanted: readonly string[] = [],
  { duplicates: findDuplicates = false } = {},
): ScanResult {
  const duplicates: DuplicateKey[] = []
  const root = pathTrie(wanted)
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
    return { syntaxError: { ...here(), found }, located: collect(root), ...(findDuplicates ? { duplicates } : {}) }
  }
  /** Reads a string at pos; returns its raw body, or null when it is malformed. */
  const readString = (): string | null => {
    const end = stringEnd(text, pos)
    if (end < 0) {
      pos = -end - 1
      return null
    }
    const body = text.slice(pos + 1, end - 1)
    pos = end
    return body
  }
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
    } else {
      const end = scalarEnd(text, pos)
      pos = end < 0 ? -end - 1 : end
      if (end < 0) return fail()
    }
    // --- after a value: a separator, a closing bracket, or the end
    for (;;) {
      skipWs()
      const frame = stack[stack.length - 1]
      if (!frame) {
        if (pos < text.length) return fail()
        return { located: collect(root), ...(findDuplicates ? { duplicates } : {}) }
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
    const at = findDuplicates ? here() : undefined
    const key = readString()
    if (key === null) return false
    skipWs()
    if (text[pos] !== ':') return false
    pos++
    const name = key.includes('\\') ? (JSON.parse(`"${key}"`) as string) : key
    if (at) noteName(frame, name, at)
    return frame.node?.children.get(name) ?? null
  }

  /** Names are compared once unescaped (`"a"` and `"\u0061"` are the same name), as JSON.parse does. */
  function noteName(frame: Frame, name: string, at: Position) {
    frame.name = name
    const names = (frame.names ??= new Map())
    const first = names.get(name)
    if (!first) names.set(name, at)
    else if (duplicates.length < LISTED_ISSUES) duplicates.push({ path: pathOf(stack), first, second: at })
  }
}

/** The paths to locate, as a trie of their segments. */
function pathTrie(wanted: readonly string[]): TrieNode {
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
  return root
}

/**
 * Where the string starting (with its quote) at `from` ends: the index after its closing quote;
 * or, when it is malformed, -1 - the index of the character at fault.
 */
function stringEnd(text: string, from: number): number {
  let pos = from + 1
  for (;;) {
    const c = text.charCodeAt(pos)
    if (Number.isNaN(c) || c < 0x20) return -1 - pos
    if (c === 0x22) return pos + 1
    if (c === 0x5c) {
      const e = text[pos + 1]
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) return -1 - (pos + 1)
        pos += 6
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) pos += 2
      else return -1 - (pos + 1)
    } else pos++
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y

/** Where the literal (true, false, null) or number at `from` ends; or -1 - the index at fault. */
function scalarEnd(text: string, from: number): number {
  const c = text[from]
  if (c === 't' || c === 'f' || c === 'n') {
    const word = c === 't' ? 'true' : c === 'f' ? 'false' : 'null'
    for (let i = 0; i < word.length; i++) if (text[from + i] !== word[i]) return -1 - (from + i)
    return from + word.length
  }
  NUMBER.lastIndex = from
  const m = NUMBER.exec(text)
  if (!m || m[0] === '' || m[0] === '-') return -1 - (m && m[0] === '-' ? from + 1 : from)
  return from + m[0].length
}

/** The JSON path of the member or element each frame is reading. */
function pathOf(stack: readonly Frame[]): string {
  return formatPath(stack.map((f) => (f.kind === 'array' ? f.index : f.name!)))
}

/**
 * How many members (`"name": value`) a text holds that JSON.parse accepted: the colons outside
 * strings, found by looking back from each colon, one indexOf per colon (tokenizing, as the scan
 * does, would cost more than the parse). Past white space the colon of a member follows the quote
 * that closes its name. A colon inside a string follows either no quote, an escaped one (after an
 * odd run of backslashes), or the string's opening quote: that one follows `:`, `[`, `,` or `{`,
 * as may the closing quote of a name ending in one of them; then the count cannot tell, and says
 * -1 (the caller scans).
 */
export function membersInText(text: string): number {
  let n = 0
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) {
    let j = i - 1
    let c = text.charCodeAt(j)
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(--j)
    if (c !== 0x22) continue
    const quote = j
    let backslashes = 0
    while (text.charCodeAt(--j) === 0x5c) backslashes++
    if (backslashes & 1) continue
    if (backslashes === 0) {
      j = quote - 1
      let p = text.charCodeAt(j)
      while (p === 0x20 || p === 0x0a || p === 0x0d || p === 0x09) p = text.charCodeAt(--j)
      if (p === 0x3a || p === 0x5b || p === 0x2c || p === 0x7b) return -1
    }
    n++
  }
  return n
}

/**
 * How many members a JSON file's UTF-8 bytes hold: its colons outside strings, in one pass that
 * knows whether it is inside a string (and just after a backslash there). Never unsure, unlike
 * membersInText (the bytes of a character beyond ASCII never look like a quote, a backslash or a
 * colon). The bytes may come in pieces (`add` each in turn): the count worker reads the file as a
 * stream while the data worker decodes and parses it. Meaningful only for a text JSON.parse accepted.
 */
export function memberTally() {
  let members = 0
  let inString = false
  let escaped = false
  return {
    add(bytes: Uint8Array) {
      for (let i = 0; i < bytes.length; i++) {
        const c = bytes[i]
        if (inString) {
          if (escaped) escaped = false
          else if (c === 0x5c) escaped = true
          else if (c === 0x22) inString = false
        } else if (c === 0x22) inString = true
        else if (c === 0x3a) members++
      }
    },
    get members() {
      return members
    },
  }
}

/** memberTally over bytes at hand. */
export function membersInBytes(bytes: Uint8Array): number {
  const tally = memberTally()
  tally.add(bytes)
  return tally.members
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
