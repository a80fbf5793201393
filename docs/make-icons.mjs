// Draws the app icons (a white cross on the brand teal) as PNG files, with no image library.
// usage: node docs/make-icons.mjs   (writes public/icons/*.png)
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const TEAL = [0x0f, 0x6e, 0x63];
const WHITE = [0xff, 0xff, 0xff];

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** size: pixels; inset: fraction of the side kept clear around the cross (maskable icons need more). */
function icon(size, { rounded, inset }) {
  const raw = Buffer.alloc((size * 3 + 1) * size);
  const radius = rounded ? size * 0.22 : 0;
  const arm = (size * (1 - 2 * inset)) / 3;
  const start = size * inset;
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 3 + 1)] = 0;
    for (let x = 0; x < size; x += 1) {
      const cx = Math.min(x, size - 1 - x);
      const cy = Math.min(y, size - 1 - y);
      const outside = cx < radius && cy < radius && (radius - cx) ** 2 + (radius - cy) ** 2 > radius ** 2;
      const inH = y >= start + arm && y < start + 2 * arm && x >= start && x < size - start;
      const inV = x >= start + arm && x < start + 2 * arm && y >= start && y < size - start;
      const colour = outside ? WHITE : inH || inV ? WHITE : TEAL;
      colour.forEach((c, i) => (raw[y * (size * 3 + 1) + 1 + x * 3 + i] = c));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icons', { recursive: true });
writeFileSync('public/icons/icon-192.png', icon(192, { rounded: true, inset: 0.2 }));
writeFileSync('public/icons/icon-512.png', icon(512, { rounded: true, inset: 0.2 }));
writeFileSync('public/icons/icon-maskable-512.png', icon(512, { rounded: false, inset: 0.3 }));
writeFileSync('public/icons/apple-touch-icon.png', icon(180, { rounded: false, inset: 0.22 }));
