/**
 * Draws the add-in's ribbon and store icons (a check mark on Excel green) as PNGs, with no image
 * library: `node assets/draw-icons.mjs` rewrites assets/icon-{16,32,64,80}.png. The PNGs are
 * committed; run this only to change the design.
 */
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const green = [0x10, 0x7c, 0x41];
const white = [0xff, 0xff, 0xff];

/** Distance from point p to segment ab, all in unit square coordinates. */
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The colour at (x, y) in [0,1]^2, or null outside the rounded square. */
function shade(x, y) {
  const radius = 0.18;
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  if (Math.hypot(x - cx, y - cy) > radius) return null;
  const tick = Math.min(segmentDistance(x, y, 0.24, 0.52, 0.43, 0.71), segmentDistance(x, y, 0.43, 0.71, 0.77, 0.31));
  return tick < 0.075 ? white : green;
}

/** RGBA pixels, 4x4 supersampled so edges are smooth even at 16 px. */
function pixels(size) {
  const samples = 4;
  const data = Buffer.alloc(size * (size * 4 + 1));
  for (let row = 0; row < size; row++) {
    const line = row * (size * 4 + 1);
    data[line] = 0; // PNG filter type: none
    for (let col = 0; col < size; col++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = shade((col + (sx + 0.5) / samples) / size, (row + (sy + 0.5) / samples) / size);
          if (colour === null) continue;
          sum[0] += colour[0];
          sum[1] += colour[1];
          sum[2] += colour[2];
          sum[3] += 255;
        }
      }
      const covered = sum[3] / 255;
      const at = line + 1 + col * 4;
      for (let c = 0; c < 3; c++) data[at + c] = covered === 0 ? 0 : Math.round(sum[c] / covered);
      data[at + 3] = Math.round(sum[3] / (samples * samples));
    }
  }
  return data;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, body) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const typed = Buffer.concat([Buffer.from(type, "ascii"), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(pixels(size))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80]) {
  writeFileSync(new URL(`icon-${size}.png`, import.meta.url), png(size));
}
