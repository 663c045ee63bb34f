/** The exports' brand (src/domain/brand.ts): what may be kept and shown, and where it lands in a deck. */
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { checkLogo, cleanBrand, LOGO_MAX_BYTES, sniffLogo } from '@/domain/brand'
import { buildDeckPlan } from '@/export/deckPlan'
import { writeDeck } from '@/export/deckWriter'
import { fixtureText, parsedSnapshot } from '../support/fixtures'
import { dashboardDeckInput } from '../fixtures/export/deckInput'

const PIXEL = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='
const pngBytes = Uint8Array.from(atob(PIXEL), (c) => c.charCodeAt(0))
const logo = { data: `data:image/png;base64,${PIXEL}`, aspect: 2 }

describe('the logo a user chooses', () => {
  it('PNG and JPEG by their bytes; anything else, or a file claiming another type, is refused', () => {
    expect(sniffLogo(pngBytes)).toBe('image/png')
    expect(sniffLogo(Uint8Array.of(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg')
    expect(checkLogo({ type: 'image/png', size: 70 }, pngBytes)).toBe('image/png')
    expect(checkLogo({ type: 'image/svg+xml', size: 70 }, pngBytes)).toBe('wrongType')
    const svg = new TextEncoder().encode('<svg onload="alert(1)">')
    expect(checkLogo({ type: 'image/png', size: svg.length }, svg)).toBe('wrongType')
    expect(checkLogo({ type: 'image/png', size: LOGO_MAX_BYTES + 1 }, pngBytes)).toBe('tooBig')
  })

  it('what is kept: a one-line name and a PNG/JPEG data URL only; anything else is dropped', () => {
    expect(cleanBrand({ name: '  Ministry\nof  Foreign Affairs ', logo })).toEqual({
      name: 'Ministry of Foreign Affairs',
      logo,
    })
    expect(cleanBrand({ name: 'M', logo: { data: 'data:image/svg+xml;base64,PHN2Zz4=', aspect: 1 } })).toEqual({
      name: 'M',
    })
    expect(cleanBrand({ name: 'M', logo: { data: 'javascript:alert(1)', aspect: 1 } })).toEqual({ name: 'M' })
    expect(cleanBrand({ name: '', logo: { ...logo, aspect: Number.NaN } })).toBeNull()
    expect(cleanBrand('x')).toBeNull()
    expect(cleanBrand(null)).toBeNull()
  })
})

describe('the brand in a deck', () => {
  it('on the one master every slide uses: the logo picture and the name', async () => {
    const base = dashboardDeckInput(parsedSnapshot(fixtureText('valid/small.json')))
    const plan = buildDeckPlan({ ...base, brand: { name: 'Ministry of Foreign Affairs', logo } })
    expect(plan.brand).toEqual({ name: 'Ministry of Foreign Affairs', logo })
    const zip = await JSZip.loadAsync(await writeDeck(plan))
    const names = Object.keys(zip.files)
    const masters = names.filter((n) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(n))
    const layouts = await Promise.all(masters.map((n) => zip.file(n)!.async('string')))
    expect(layouts.some((x) => x.includes('Ministry of Foreign Affairs') && x.includes('<p:pic>'))).toBe(true)
    expect(names.some((n) => /^ppt\/media\/.+\.png$/.test(n))).toBe(true)
    const slides = names.filter((n) => /^ppt\/slides\/_rels\/slide\d+\.xml\.rels$/.test(n))
    for (const r of slides) expect(await zip.file(r)!.async('string')).toContain('slideLayout')
  })

  it('a logo that is not a PNG/JPEG data URL never reaches the deck', () => {
    const base = dashboardDeckInput(parsedSnapshot(fixtureText('valid/small.json')))
    const plan = buildDeckPlan({ ...base, brand: { name: 'M', logo: { data: 'data:text/html,<b>', aspect: 1 } } })
    expect(plan.brand).toEqual({ name: 'M' })
  })
})
