/** Calendar dates are kept as `YYYY-MM-DD` strings: they compare correctly as strings. */
const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/

/** True for a `YYYY-MM-DD` string naming a day that exists (`2025-02-30` does not). */
export function isCalendarDate(value: string): boolean {
  const m = DATE_SHAPE.exec(value)
  if (!m) return false
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  if (month < 1 || month > 12 || day < 1) return false
  return day <= daysInMonth(year, month)
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** The year of a valid `YYYY-MM-DD` date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4))
}
