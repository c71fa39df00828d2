#!/usr/bin/env node
/**
 * Draw the add-in's icons (assets/icon-16/32/64/80.png): a purple square with a
 * white "1325" bar pattern. Plain PNG encoding with zlib: no image library needed.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

function crc32(buf) {
  let c;
  const table = [];
  for (let n = 0; n < 256; n++) {
    c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  let crc = 0xffffffff;
  for (const b of buf) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      const u = x / size;
      const v = y / size;
      // Four white bars of rising height on purple: the four pillars.
      const bar = Math.floor(u * 5) - 1;
      const inBar =
        bar >= 0 &&
        bar < 4 &&
        (u * 5) % 1 > 0.2 &&
        (u * 5) % 1 < 0.8 &&
        v > 0.75 - bar * 0.15 &&
        v < 0.85;
      row.push(...(inBar ? [255, 255, 255, 255] : [0x70, 0x30, 0xa0, 255]));
    }
    rows.push(Buffer.from(row));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const dir = path.resolve(__dirname, "../assets");
fs.mkdirSync(dir, { recursive: true });
for (const s of [16, 32, 64, 80]) fs.writeFileSync(path.join(dir, `icon-${s}.png`), png(s));
console.log("icons written to assets/");
