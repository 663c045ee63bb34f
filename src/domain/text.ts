import type { Text } from './schema'

/**
 * The string to show for a Text field: the user's language, then the snapshot's language,
 * then any language present (format page, "Text").
 */
export function pickText(text: Text | undefined, uiLanguage: string, snapshotLanguage = 'en'): string {
  if (text === undefined) return ''
  if (typeof text === 'string') return text
  return text[uiLanguage] ?? text[baseLanguage(uiLanguage)] ?? text[snapshotLanguage] ?? Object.values(text)[0] ?? ''
}

function baseLanguage(tag: string): string {
  return tag.split('-')[0]
}

/** An id or code from a link, as a message quotes it: at most `max` characters (a link may hold thousands). */
export function quotedId(id: string, max = 60): string {
  return id.length > max ? `${id.slice(0, max - 1)}…` : id
}

/**
 * A sphere's name as every view shows it: the snapshot's own name (its `spheres`) wins over the
 * built-in one (`builtin`, in the UI language); an id neither knows shows as is.
 */
export function sphereName(
  id: string,
  declared: ReadonlyMap<string, Text>,
  builtin: (id: string) => string | undefined,
  uiLanguage: string,
  snapshotLanguage?: string,
): string {
  const own = declared.get(id)
  if (own !== undefined) return pickText(own, uiLanguage, snapshotLanguage)
  return builtin(id) ?? id
}
