import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  DEADLINE_COLORS,
  INK,
  OVERDUE_TEXT,
  STATUS_COLORS,
  TYPE_COLORS,
  barOutline,
  contrastRatio,
} from '../../src/charts/palette'

const hue = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
  const max = Math.max(r, g, b)
  const d = max - Math.min(r, g, b)
  if (d === 0) return null
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4
  return (h * 60 + 360) % 360
}

describe('palette contrast (WCAG 2.1 AA)', () => {
  it('computes the WCAG ratio', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1)
    expect(contrastRatio('#D55E00', '#ffffff')).toBeCloseTo(3.87, 2)
  })

  it('every bar colour is outlined at 3:1 or more against the chart background, in its own hue', () => {
    const fills = [...Object.values(STATUS_COLORS), ...Object.values(DEADLINE_COLORS), ...TYPE_COLORS]
    for (const fill of fills) {
      const outline = barOutline(fill)
      expect(contrastRatio(outline, INK.surface), `${fill} → ${outline}`).toBeGreaterThanOrEqual(3)
      if (hue(fill) !== null) expect(Math.abs(hue(outline)! - hue(fill)!), fill).toBeLessThan(3)
    }
    // The pale ones the issue found below 3:1 really get a darker outline; a dark fill is its own outline.
    for (const pale of ['#F0E442', '#C8C8C8', '#56B4E9']) expect(barOutline(pale)).not.toBe(pale)
    expect(barOutline(STATUS_COLORS.ongoing)).toBe(STATUS_COLORS.ongoing)
  })

  it('the seven statuses stay seven distinct colours', () => {
    expect(new Set(Object.values(STATUS_COLORS)).size).toBe(7)
  })

  it('text colours reach 4.5:1 on every light surface, and the stylesheet uses the same overdue text colour', () => {
    for (const surface of [INK.surface, '#f3f5f8', '#f3f8fc', '#eef6fc', '#fff4e5']) {
      expect(contrastRatio(OVERDUE_TEXT, surface)).toBeGreaterThanOrEqual(4.5)
      expect(contrastRatio(INK.text, surface)).toBeGreaterThanOrEqual(4.5)
      expect(contrastRatio(INK.muted, surface)).toBeGreaterThanOrEqual(4.5)
    }
    const css = readFileSync(new URL('../../src/styles.css', import.meta.url), 'utf8')
    expect(css).toContain(`--overdue-text: ${OVERDUE_TEXT.toLowerCase()};`)
  })
})
