/**
 * Text bound for XML parts (slides, charts, workbooks). Imported text is data and may hold
 * characters XML 1.0 cannot carry at all (C0 controls other than tab and line breaks, lone
 * surrogates, U+FFFE/U+FFFF): one of them makes PowerPoint or Excel refuse or "repair" the file.
 */

/** Every character XML 1.0 forbids, escaped or not. */
const XML_ILLEGAL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** The text without the characters XML cannot carry; line breaks and tabs stay. */
export function xmlSafe(text: string): string {
  return text.replace(XML_ILLEGAL, '')
}

/** XML-safe text on one line: any run of white space (line breaks included) becomes one space. */
export function oneLine(text: string): string {
  return xmlSafe(text).replace(/\s+/g, ' ').trim()
}

/** At most `max` characters, the cut marked with an ellipsis (a slide cell must not overflow its row). */
export function clip(text: string, max: number): string {
  const chars = [...text]
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`
}
