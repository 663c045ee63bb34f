/**
 * A date short enough for a table column, always with its year (issue 15: "December 3…" hid it,
 * and sorting by due date looked random). Written here rather than by Intl: Chromium has no kk/mn
 * date data and would show English; each language gets the numeric form its readers use, English
 * the month's short name (3/12 reads both ways).
 */
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** `YYYY-MM-DD` → "Dec 3, 2026" (en), "03.12.2026" (ru, kk), "2026.12.03" (mn). */
export function shortDate(iso: string, lang: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!m) return iso
  const [, y, mm, dd] = m
  if (lang === 'mn') return `${y}.${mm}.${dd}`
  if (lang === 'ru' || lang === 'kk') return `${dd}.${mm}.${y}`
  return `${EN_MONTHS[Number(mm) - 1]} ${Number(dd)}, ${y}`
}
