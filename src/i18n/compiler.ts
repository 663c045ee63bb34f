/**
 * vue-i18n's message compiler, with two shortcuts for our own messages (issue 16: `t()` was a
 * tenth of a cold start and of every filter change):
 * - a message with no syntax in it (no `{`, `}`, `@`, `|` or `%`) is its own text: it needs no
 *   parser, and a cold start compiled a few hundred of them;
 * - the others are found by a plain key first. At every `t()` vue-i18n hands the message to its
 *   compiler, which builds its cache key with a JSON.stringify and three regular expressions over
 *   the text; a filter change calls `t()` a few thousand times, and that key was 3 to 5 ms of it.
 * The messages are ours: the i18n-messages test checks that every one reads the same through this
 * compiler as through vue-i18n's own.
 */
import { compile, type MessageCompiler } from '@intlify/core-base'

type Compiled = ReturnType<MessageCompiler>
const compiled = new Map<string, Compiled>()
/** Characters of the message syntax: interpolation, linked messages, plurals, legacy `%{}`. */
const SYNTAX = /[{}@|%]/

export const messageCompiler: MessageCompiler = (message, context) => {
  if (typeof message !== 'string') return compile<string>(message, context)
  const key = `${context.locale}\u0000${context.key}\u0000${message}`
  let fn = compiled.get(key)
  if (!fn) compiled.set(key, (fn = SYNTAX.test(message) ? compile<string>(message, context) : plain(message)))
  return fn
}

/** The message function of a text without syntax: the text itself, through the context's normalizer. */
function plain(text: string): Compiled {
  const fn = ((ctx: { normalize(values: unknown[]): unknown }) => ctx.normalize([text])) as unknown as Compiled
  return fn
}
