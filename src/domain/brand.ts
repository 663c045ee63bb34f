/**
 * The ministry's name and logo on every exported slide and picture: what may be stored, checked
 * where it is chosen and again where it is kept (the worker), since a stored value outlives the
 * code that wrote it. A logo is only ever an image source, never markup. Pure.
 */

/** The largest logo file accepted: a logo is a few kilobytes; a photo is not a logo. */
export const LOGO_MAX_BYTES = 1024 * 1024
export const BRAND_NAME_MAX = 120
export const LOGO_TYPES = ['image/png', 'image/jpeg'] as const
export type LogoType = (typeof LOGO_TYPES)[number]

export interface Brand {
  /** The ministry's name, one line. */
  name: string
  /** A PNG or JPEG as a base64 data URL, and its width ÷ height. */
  logo?: { data: string; aspect: number }
}

export type LogoProblem = 'wrongType' | 'tooBig' | 'unreadable'

/** The type of an image by its first bytes (the file's own claim and name are not trusted). */
export function sniffLogo(bytes: Uint8Array): LogoType | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  if (bytes.length >= 8 && png.every((b, i) => bytes[i] === b)) return 'image/png'
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg'
  return null
}

/** Why a chosen file cannot be the logo, or its type. */
export function checkLogo(file: { type: string; size: number }, head: Uint8Array): LogoType | LogoProblem {
  if (file.size > LOGO_MAX_BYTES) return 'tooBig'
  const sniffed = sniffLogo(head)
  if (!sniffed || !(LOGO_TYPES as readonly string[]).includes(file.type)) return 'wrongType'
  return sniffed
}

const DATA_URL = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/
/** The longest data URL a logo of LOGO_MAX_BYTES makes (base64: 4 characters per 3 bytes). */
const DATA_URL_MAX = Math.ceil(LOGO_MAX_BYTES / 3) * 4 + 32

/** A stored or received brand, cleaned; null when there is nothing usable. */
export function cleanBrand(value: unknown): Brand | null {
  if (!value || typeof value !== 'object') return null
  const v = value as Record<string, unknown>
  const name = typeof v.name === 'string' ? v.name.replace(/\s+/g, ' ').trim().slice(0, BRAND_NAME_MAX) : ''
  const l = v.logo as Record<string, unknown> | undefined
  const logo =
    l &&
    typeof l.data === 'string' &&
    l.data.length <= DATA_URL_MAX &&
    DATA_URL.test(l.data) &&
    typeof l.aspect === 'number' &&
    Number.isFinite(l.aspect) &&
    l.aspect > 0.05 &&
    l.aspect < 20
      ? { data: l.data, aspect: l.aspect }
      : undefined
  if (!name && !logo) return null
  return { name, ...(logo ? { logo } : {}) }
}
