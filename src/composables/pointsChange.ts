/** A change of a rate (a fraction) in percentage points, signed: "+4.5", "−1.2", "0". */
export function pointsChange(change: number, number: (n: number) => string): string {
  const points = Math.round(change * 1000) / 10
  if (points === 0) return number(0)
  return `${points > 0 ? '+' : '−'}${number(Math.abs(points))}`
}
