/** Calendar dates are kept as `YYYY-MM-DD` strings: they compare correctly as strings. */

/** True for a `YYYY-MM-DD` string naming a day that exists (`2025-02-30` does not). */
export function isCalendarDate(value: string): boolean {
  // Four digits, a dash, two digits, a dash, two digits; read digit by digit, as a file has
  // several dates per commitment.
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false
  const year = digitsAt(value, 0, 4)
  const month = digitsAt(value, 5, 2)
  const day = digitsAt(value, 8, 2)
  if (year < 0 || month < 1 || month > 12 || day < 1) return false
  return day <= daysInMonth(year, month)
}

/** The number written by `count` ASCII digits at `from`; -1 when one of them is not a digit. */
function digitsAt(s: string, from: number, count: number): number {
  let n = 0
  for (let i = from; i < from + count; i++) {
    const d = s.charCodeAt(i) - 48
    if (d < 0 || d > 9) return -1
    n = n * 10 + d
  }
  return n
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** The year of a valid `YYYY-MM-DD` date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4))
}

/**
 * Days from 1970-01-01 to a date given as year, month (1–12) and day, in the proleptic Gregorian
 * calendar, for every year (Date.UTC reads years 0–99 as 1900–1999: 0099-02-28 was 1999-02-28).
 * Howard Hinnant's days_from_civil.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/** A year as the format writes it: four digits (`0099`), so that keys and dates sort and read alike. */
export function fourDigitYear(year: number): string {
  return String(year).padStart(4, '0')
}
