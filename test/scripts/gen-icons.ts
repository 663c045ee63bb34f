/**
 * Writes the app's icons into public/ from one drawing (three status bars on the header navy):
 * an SVG, and PNGs at the sizes installable web apps need, drawn pixel by pixel and compressed
 * with Node's zlib, so that no network, no browser and no image library is needed.
 *
 *   npm run icons
 *
 * The PNGs are "maskable" (full-bleed navy, the bars inside the central safe zone), so a phone
 * can crop them to its own shape.
 */
import { writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

const NAVY = [0x0b, 0x3d, 0x5c]
/** The bars on a 32-unit grid: x, y, width, height, colour (status colours of the palette). */
const BARS: [number, number, number, number, [number, number, number]][] = [
  [8, 17, 4, 8, [0x56, 0xb4, 0xe9]],
  [14, 11, 4, 14, [0x00, 0x9e, 0x73]],
  [20, 7, 4, 18, [0xe6, 0x9f, 0x00]],
]

function svg(): string {
  const bars = BARS.map(
    ([x, y, w, h, c]) =>
      `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}"/>`,
  ).join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#0b3d5c"/>${bars}</svg>\n`
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(buf: Buffer): number {
  let c = 0xffffffff
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** The drawing at `size` px; the 32-unit grid is scaled down to 80 % (the maskable safe zone). */
function png(size: number): Buffer {
  const unit = (size * 0.8) / 32
  const offset = size * 0.1
  const raw = Buffer.alloc((size * 3 + 1) * size)
  for (let y = 0; y < size; y++) {
    raw[y * (size * 3 + 1)] = 0 // filter: none
    for (let x = 0; x < size; x++) {
      const gx = (x + 0.5 - offset) / unit
      const gy = (y + 0.5 - offset) / unit
      const bar = BARS.find(([bx, by, bw, bh]) => gx >= bx && gx < bx + bw && gy >= by && gy < by + bh)
      const colour = bar ? bar[4] : NAVY
      raw.set(colour, y * (size * 3 + 1) + 1 + x * 3)
    }
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const out = new URL('../../public/', import.meta.url)
writeFileSync(new URL('icon.svg', out), svg())
for (const size of [192, 512]) writeFileSync(new URL(`icon-${size}.png`, out), png(size))
writeFileSync(new URL('apple-touch-icon.png', out), png(180))
console.log('public/icon.svg, icon-192.png, icon-512.png, apple-touch-icon.png written')
