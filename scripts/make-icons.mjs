#!/usr/bin/env node
/**
 * Writes the tab bar icons (81×81 RGBA PNG, grey and brand-colour variants) to
 * src/assets/tabbar/. Dependency-free: the glyphs are simple shapes rasterised with
 * 4×4 supersampling and encoded with zlib. Run: node scripts/make-icons.mjs
 */
import { deflateSync } from 'node:zlib'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const SIZE = 81
const SAMPLES = 4
const COLORS = { normal: [0x8a, 0x8f, 0x99], active: [0x1f, 0x5f, 0xbf] }
const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'assets', 'tabbar')

// ---- shape primitives: each returns (x, y) => boolean ----
const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  if (!rect(x0, y0, x1, y1)(x, y)) return false
  const cx = Math.min(Math.max(x, x0 + r), x1 - r)
  const cy = Math.min(Math.max(y, y0 + r), y1 - r)
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
}
/** a segment with round caps, `w` wide */
const line = (ax, ay, bx, by, w) => (x, y) => {
  const dx = bx - ax
  const dy = by - ay
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (w / 2) ** 2
}
const polygon = (pts) => (x, y) => {
  let inside = false
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i]
    const [xj, yj] = pts[j]
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}
const union = (...shapes) => (x, y) => shapes.some((s) => s(x, y))
const minus = (a, ...bs) => (x, y) => a(x, y) && !bs.some((b) => b(x, y))
const intersect = (a, b) => (x, y) => a(x, y) && b(x, y)
const outline = (outer, inner) => minus(outer, inner)

// ---- the five glyphs ----
const GLYPHS = {
  // 首页: a house with a door
  home: union(
    polygon([[40.5, 9], [8, 38], [14, 38], [40.5, 15], [67, 38], [73, 38]]),
    minus(rect(18, 36, 63, 70), rect(23, 41, 58, 65)),
    rect(35, 50, 46, 70)
  ),
  // 政策: a document with text lines
  policy: union(
    outline(roundRect(17, 8, 64, 73, 6), roundRect(22, 13, 59, 68, 3)),
    rect(28, 24, 53, 28),
    rect(28, 35, 53, 39),
    rect(28, 46, 53, 50),
    rect(28, 57, 44, 61)
  ),
  // 商圈: a storefront with an awning
  circle: union(
    polygon([[16, 12], [65, 12], [72, 30], [9, 30]]),
    minus(rect(9, 30, 72, 34), circle(21, 34, 4), circle(40.5, 34, 4), circle(60, 34, 4)),
    outline(rect(14, 36, 67, 71), rect(19, 36, 62, 66)),
    rect(34, 48, 47, 71)
  ),
  // 消息: an envelope
  messages: union(
    outline(roundRect(10, 18, 71, 63, 6), roundRect(15, 23, 66, 58, 3)),
    line(14, 22, 40.5, 44, 5),
    line(67, 22, 40.5, 44, 5)
  ),
  // 我的: a person
  mine: union(
    circle(40.5, 25, 13),
    intersect(circle(40.5, 78, 30), rect(0, 0, 81, 71))
  )
}

// ---- rasterise and encode ----
function render(shape, [r, g, b]) {
  const px = Buffer.alloc(SIZE * SIZE * 4)
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      let hits = 0
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          if (shape(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES)) hits++
        }
      }
      const i = (y * SIZE + x) * 4
      px[i] = r
      px[i + 1] = g
      px[i + 2] = b
      px[i + 3] = Math.round((255 * hits) / (SAMPLES * SAMPLES))
    }
  }
  return px
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(buf) {
  let c = 0xffffffff
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type, data) {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}
function encodePng(rgba) {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(SIZE, 0)
  ihdr.writeUInt32BE(SIZE, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 6 // colour type RGBA
  const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1))
  for (let y = 0; y < SIZE; y++) {
    raw[y * (SIZE * 4 + 1)] = 0 // filter: none
    rgba.copy(raw, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0))
  ])
}

mkdirSync(OUT_DIR, { recursive: true })
for (const [name, shape] of Object.entries(GLYPHS)) {
  for (const [variant, color] of Object.entries(COLORS)) {
    const file = join(OUT_DIR, `${name}${variant === 'active' ? '-active' : ''}.png`)
    const png = encodePng(render(shape, color))
    writeFileSync(file, png)
    console.log(`${file} ${png.length} B`)
  }
}
