/**
 * Draws the toolbar icon (a shield with a check mark) and writes public/icon/<size>.png.
 * Pure Node (zlib PNG encoder, 4×4 supersampling), so the icons can be regenerated
 * anywhere without an image tool. Run: npx tsx scripts/make-icons.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const OUT = path.resolve(import.meta.dirname, '../public/icon');

/** Shield outline in unit coordinates (0..1): flat top, sides curving to a point. */
function inShield(x: number, y: number): boolean {
  const top = 0.1;
  const mid = 0.52;
  if (y < top || y > 0.94) return false;
  const half = y < mid ? 0.4 : 0.4 * Math.sqrt(Math.max(0, 1 - ((y - mid) / 0.42) ** 2));
  return Math.abs(x - 0.5) <= half;
}

/** Distance from point to segment, for the check-mark stroke. */
function segDist(px: number, py: number, ax: number, ay: number, bx: number, by: number) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function inCheck(x: number, y: number): boolean {
  const w = 0.075;
  return segDist(x, y, 0.31, 0.5, 0.45, 0.64) < w || segDist(x, y, 0.45, 0.64, 0.7, 0.36) < w;
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size: number): Buffer {
  const SS = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const shield = [22, 119, 110]; // calm teal
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      let cover = 0;
      let white = 0;
      for (let sy = 0; sy < SS; sy++)
        for (let sx = 0; sx < SS; sx++) {
          const u = (x + (sx + 0.5) / SS) / size;
          const v = (y + (sy + 0.5) / SS) / size;
          if (inShield(u, v)) {
            cover++;
            if (inCheck(u, v)) white++;
          }
        }
      const a = cover / (SS * SS);
      const wf = cover ? white / cover : 0;
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = Math.round(shield[0]! * (1 - wf) + 255 * wf);
      raw[o + 1] = Math.round(shield[1]! * (1 - wf) + 255 * wf);
      raw[o + 2] = Math.round(shield[2]! * (1 - wf) + 255 * wf);
      raw[o + 3] = Math.round(a * 255);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

fs.mkdirSync(OUT, { recursive: true });
for (const s of SIZES) fs.writeFileSync(path.join(OUT, `${s}.png`), png(s));
console.log(`wrote ${SIZES.map((s) => `${s}.png`).join(', ')} to ${path.relative(process.cwd(), OUT)}`);
