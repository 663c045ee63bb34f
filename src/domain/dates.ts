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

/** `2025-09-04` -> 20250904: compares like the date and needs no parsing to read its year or month. */
export function dateNumber(date: string): number {
  // Digit by digit (the digits' codes minus 48 × 11111111 = the '0's): no slices to allocate for
  // the few hundred thousand dates of a large snapshot.
  return (
    date.charCodeAt(0) * 10000000 +
    date.charCodeAt(1) * 1000000 +
    date.charCodeAt(2) * 100000 +
    date.charCodeAt(3) * 10000 +
    date.charCodeAt(5) * 1000 +
    date.charCodeAt(6) * 100 +
    date.charCodeAt(8) * 10 +
    date.charCodeAt(9) -
    48 * 11111111
  )
}

/** 20250904 -> `2025-09-04` */
export function dateFromNumber(n: number): string {
  const y = Math.floor(n / 10000)
  const m = Math.floor(n / 100) % 100
  const d = n % 100
  return `${fourDigitYear(y)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** Days from `due` (YYYYMMDD) to `asOf` (YYYY-MM-DD): how long a commitment is overdue. */
export function daysOverdue(due: number, asOf: string): number {
  const toDays = (n: number) => daysFromCivil(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100)
  return toDays(dateNumber(asOf)) - toDays(due)
}

/** `YYYY-MM-DD` moved by whole months (the day clamped to the month's length). */
export function addMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4))
  const m = Number(date.slice(5, 7)) - 1 + months
  const year = y + Math.floor(m / 12)
  const month = ((m % 12) + 12) % 12
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month + 1))
  return `${fourDigitYear(year)}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`
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
