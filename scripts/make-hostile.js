#!/usr/bin/env node
/**
 * The hostile-file corpus: files a red team sends to every command that
 * opens a workbook, generated here (no binaries in the repository) from a
 * genuine NAP workbook. Each kind names the refusal the gate must give
 * (src/core/gate), or "ok" for a file that must pass.
 *
 *   node scripts/make-hostile.js OUTDIR --base NAP.xlsx [--only KIND,KIND]
 *
 * writes OUTDIR/<kind>.xlsx and OUTDIR/manifest.json ([{ kind, file, expect,
 * what, bytes }]). Also `require`d: makeCorpus(baseBytes, { only }).
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const JSZip = require("jszip");

// ---------------------------------------------------------------- zip writing

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * Write a zip by hand, so that headers can say what the data is not.
 * entries: [{ name, data?: Buffer (stored deflated), raw?: Buffer (already
 * raw-deflated), size?: declared uncompressed size, crc? }]
 */
function writeZip(entries) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const raw = e.raw ?? zlib.deflateRawSync(e.data ?? Buffer.alloc(0));
    const size = e.size ?? (e.data ? e.data.length : 0);
    const crc = e.crc ?? (e.data ? crc32(e.data) : 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(raw.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, raw);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(raw.length, 20);
    cd.writeUInt32LE(size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name);
    offset += 30 + name.length + raw.length;
  }
  const cdSize = central.reduce((n, b) => n + b.length, 0);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cdSize, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...central, eocd]);
}

/** The base workbook's parts, to rewrite into a zip of our own. */
async function partsOf(base) {
  const zip = await JSZip.loadAsync(base);
  const out = [];
  for (const f of Object.values(zip.files)) {
    if (!f.dir) out.push({ name: f.name, data: await f.async("nodebuffer") });
  }
  return out;
}

/**
 * Raw deflate data that inflates to `megabytes` MB of spaces: one block of
 * 1 MB compressed once, flushed to a byte boundary and repeated, then a final
 * empty block. 1 GB costs about 1 MB; nothing that large is ever held.
 */
function spaces(megabytes, head = "", tail = "") {
  const block = zlib.deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), {
    finishFlush: zlib.constants.Z_SYNC_FLUSH,
  });
  const parts = [];
  if (head)
    parts.push(
      zlib.deflateRawSync(Buffer.from(head), { finishFlush: zlib.constants.Z_SYNC_FLUSH })
    );
  for (let i = 0; i < megabytes; i++) parts.push(block);
  parts.push(zlib.deflateRawSync(Buffer.from(tail))); // final block
  return {
    raw: Buffer.concat(parts),
    size: Buffer.byteLength(head) + megabytes * 1024 * 1024 + Buffer.byteLength(tail),
  };
}

// ------------------------------------------------------------------ the kinds

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

/** Deterministic bytes that do not compress (xorshift32). */
function noiseBytes(n) {
  const out = Buffer.alloc(n);
  let x = 2463534242;
  for (let k = 0; k < n; k++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[k] = x & 0xff;
  }
  return out;
}

function colName(c) {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A worksheet of `rows` x `cols` numbers; random digits compress poorly, like real entries. */
function numbersSheet(rows, cols, random) {
  const out = [SHEET_HEAD, "<sheetData>"];
  let x = 88675123;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
  for (let r = 1; r <= rows; r++) {
    let s = `<row r="${r}">`;
    for (let c = 0; c < cols; c++)
      s += `<c r="${colName(c)}${r}"><v>${random ? next() : (r * 31 + c) % 1000}</v></c>`;
    out.push(s + "</row>");
  }
  out.push("</sheetData></worksheet>");
  return Buffer.from(out.join(""));
}

async function edit(base, fn) {
  const zip = await JSZip.loadAsync(base);
  await fn(zip);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function replaceIn(zip, name, from, to) {
  const text = await zip.file(name).async("string");
  const next = text.replace(from, to);
  if (next === text) throw new Error(`make-hostile: nothing to replace in ${name}`);
  zip.file(name, next);
}

/** The largest worksheet part (the one with most to lose). */
function firstSheet(zip) {
  return "xl/worksheets/sheet1.xml" in zip.files
    ? "xl/worksheets/sheet1.xml"
    : Object.keys(zip.files).find((n) => /worksheets\/sheet\d+\.xml$/.test(n));
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function ole(withEncryptedPackage) {
  const b = Buffer.alloc(8192);
  Buffer.from(OLE_MAGIC).copy(b);
  b.writeUInt16LE(0x003e, 0x18); // minor version, as a compound file header has
  b.writeUInt16LE(0x0003, 0x1a);
  b.writeUInt16LE(0xfffe, 0x1c); // little-endian
  Buffer.from(withEncryptedPackage ? "EncryptionInfo" : "Workbook", "utf16le").copy(b, 1024);
  if (withEncryptedPackage) Buffer.from("EncryptedPackage", "utf16le").copy(b, 1152);
  return b;
}

/** Every kind: [kind, expected refusal code or "ok", what it is, make(base) => bytes]. */
const KINDS = [
  ["genuine", "ok", "a genuine NAP workbook", async (base) => base],
  [
    "whole-sheet-table",
    "too-big",
    "an ~87 KB workbook whose first table is declared as the whole sheet (A1:XFD1048576)",
    (base) =>
      edit(base, async (zip) => {
        const t = Object.keys(zip.files).find((n) => /^xl\/tables\/table\d+\.xml$/.test(n));
        await replaceIn(zip, t, /ref="[A-Z]+\d+:[A-Z]+\d+"/g, 'ref="A1:XFD1048576"');
      }),
  ],
  [
    "whole-sheet-dimension",
    "too-big",
    "a sheet that declares its dimension as the whole sheet",
    (base) =>
      edit(base, async (zip) => {
        await replaceIn(
          zip,
          firstSheet(zip),
          /<dimension ref="[^"]*"\/>/,
          '<dimension ref="A1:XFD1048576"/>'
        );
      }),
  ],
  [
    "huge-row-number",
    "too-big",
    "a cell in row 1,048,576",
    (base) =>
      edit(base, async (zip) => {
        await replaceIn(
          zip,
          firstSheet(zip),
          "</sheetData>",
          '<row r="1048576"><c r="A1048576"><v>1</v></c></row></sheetData>'
        );
      }),
  ],
  [
    "whole-sheet-merge",
    "too-big",
    "a merged range over the whole sheet",
    (base) =>
      edit(base, async (zip) => {
        await replaceIn(
          zip,
          firstSheet(zip),
          /<\/sheetData>/,
          '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'
        );
      }),
  ],
  [
    "whole-column-validation",
    "too-big",
    "data validation over whole columns",
    (base) =>
      edit(base, async (zip) => {
        const name = Object.keys(zip.files).find(
          (n) => /worksheets\/sheet\d+\.xml$/.test(n) && n !== firstSheet(zip)
        );
        const text = await zip.file(name).async("string");
        if (/sqref="/.test(text))
          await replaceIn(zip, name, /sqref="[^"]*"/, 'sqref="A1:XFD1048576"');
        else
          await replaceIn(
            zip,
            firstSheet(zip),
            "</sheetData>",
            '</sheetData><dataValidations count="1"><dataValidation type="whole" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations>'
          );
      }),
  ],
  [
    "lying-sizes",
    "zip-bomb",
    "a zip whose headers declare 1 KB for a sheet that inflates to 1 GB (about 1 MB on disk)",
    async (base) => {
      const parts = await partsOf(base);
      const i = parts.findIndex((p) => /worksheets\/sheet\d+\.xml$/.test(p.name));
      const bomb = spaces(1024, SHEET_HEAD + "<sheetData>", "</sheetData></worksheet>");
      parts[i] = { name: parts[i].name, raw: bomb.raw, size: 1024, crc: 0 };
      return writeZip(parts);
    },
  ],
  [
    "lying-sizes-small",
    "damaged",
    "a zip whose headers understate a part's size by a little (within every limit)",
    async (base) => {
      const parts = await partsOf(base);
      const i = parts.findIndex((p) => p.name === "xl/styles.xml");
      parts[i] = { ...parts[i], size: parts[i].data.length - 10 };
      return writeZip(parts);
    },
  ],
  [
    "zip-bomb",
    "zip-bomb",
    "a zip that honestly declares a 2 GB sheet (about 2 MB on disk)",
    async (base) => {
      const parts = await partsOf(base);
      const i = parts.findIndex((p) => /worksheets\/sheet\d+\.xml$/.test(p.name));
      const bomb = spaces(2047);
      parts[i] = { name: parts[i].name, raw: bomb.raw, size: bomb.size, crc: 0 };
      return writeZip(parts);
    },
  ],
  [
    "entry-count-bomb",
    "too-many-parts",
    "a zip of 60,000 empty parts (about 5 MB)",
    async (base) => {
      const parts = await partsOf(base);
      const empty = zlib.deflateRawSync(Buffer.alloc(0));
      for (let i = 0; i < 60000; i++)
        parts.push({ name: `xl/x/${i}`, raw: empty, size: 0, crc: 0 });
      return writeZip(parts);
    },
  ],
  [
    "entry-count-lies",
    "too-many-parts",
    "60,000 empty parts behind an end record that declares 80",
    async (base) => {
      const parts = await partsOf(base);
      const empty = zlib.deflateRawSync(Buffer.alloc(0));
      for (let i = 0; i < 60000; i++)
        parts.push({ name: `xl/x/${i}`, raw: empty, size: 0, crc: 0 });
      const zip = writeZip(parts);
      zip.writeUInt16LE(80, zip.length - 22 + 8);
      zip.writeUInt16LE(80, zip.length - 22 + 10);
      return zip;
    },
  ],
  [
    "macros",
    "macros",
    "a workbook carrying xl/vbaProject.bin",
    (base) =>
      edit(base, async (zip) => {
        zip.file("xl/vbaProject.bin", Buffer.from("fake macro project"));
      }),
  ],
  [
    "macro-enabled-type",
    "macros",
    "a workbook whose content types declare a macro-enabled workbook (no vbaProject.bin)",
    (base) =>
      edit(base, async (zip) => {
        await replaceIn(
          zip,
          "[Content_Types].xml",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
          "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
        );
      }),
  ],
  [
    "excel4-macro-sheet",
    "macros",
    "an Excel 4.0 macro sheet (xl/macrosheets/)",
    (base) =>
      edit(base, async (zip) => {
        zip.file(
          "xl/macrosheets/sheet1.xml",
          SHEET_HEAD.replace("worksheet", "xm:macrosheet") + "</xm:macrosheet>"
        );
      }),
  ],
  [
    "encrypted",
    "encrypted",
    "a password-protected workbook (OLE compound file)",
    async () => ole(true),
  ],
  ["legacy-xls", "legacy-xls", "an old .xls (OLE compound file)", async () => ole(false)],
  [
    "not-a-zip",
    "not-xlsx",
    "a text file named .xlsx",
    async () => Buffer.from("this is not a workbook\n"),
  ],
  [
    "truncated",
    "damaged",
    "a workbook cut in half",
    async (base) => base.subarray(0, Math.floor(base.length / 2)),
  ],
  ["empty", "empty", "an empty file", async () => Buffer.alloc(0)],
  [
    "not-spreadsheet",
    "not-spreadsheet",
    "a zip that is not a workbook",
    async () => writeZip([{ name: "readme.txt", data: Buffer.from("hello") }]),
  ],
  [
    "too-large",
    "too-large",
    "a file over the 20 MB limit",
    async (base) => Buffer.concat([base, Buffer.alloc(21 * 1024 * 1024 - base.length)]),
  ],
  [
    "huge-cell-count",
    "too-big",
    "about 1.5 million cells of random numbers in a file near the 20 MB limit",
    async (base) => {
      const parts = await partsOf(base);
      const i = parts.findIndex((p) => /worksheets\/sheet\d+\.xml$/.test(p.name));
      const data = numbersSheet(100000, 15, true);
      parts[i] = {
        name: parts[i].name,
        raw: zlib.deflateRawSync(data, { level: 1 }),
        size: data.length,
        crc: crc32(data),
      };
      return writeZip(parts);
    },
  ],
  [
    "cells-over-limit",
    "too-big",
    "315,000 cells in an 11 MB sheet (within the byte limits, over the cell limit)",
    async (base) => {
      const parts = await partsOf(base);
      const i = parts.findIndex((p) => /worksheets\/sheet\d+\.xml$/.test(p.name));
      parts[i] = { name: parts[i].name, data: numbersSheet(21000, 14, false) };
      return writeZip(parts);
    },
  ],
  [
    "many-cells-within-limits",
    "ok",
    "270,000 cells (the limit is 300,000): must pass the gate and open within the budget",
    async (base) => {
      const parts = await partsOf(base);
      const i = parts.findIndex((p) => /worksheets\/sheet\d+\.xml$/.test(p.name));
      const data = numbersSheet(18000, 14, false);
      parts[i] = { name: parts[i].name, data };
      return writeZip(parts);
    },
  ],
  [
    "big-strings-within-limits",
    "ok",
    "45 MB of shared strings (1,400 of 32,000 characters; the limit is 50 MB) padded to pass the ratio: must open within the budget",
    async (base) => {
      const parts = await partsOf(base);
      const i = parts.findIndex((p) => p.name === "xl/sharedStrings.xml");
      const text = parts[i].data.toString("utf8");
      const count = 1400;
      const long = "x".repeat(32000);
      const extra = Array.from({ length: count }, (_, n) => `<si><t>${n}${long}</t></si>`).join("");
      const data = Buffer.from(text.replace("</sst>", `${extra}</sst>`));
      parts[i] = { name: parts[i].name, data };
      // Random bytes do not compress: the file grows to about 1/90 of what it inflates to.
      const noise = noiseBytes(Math.ceil(data.length / 90));
      parts.push({ name: "xl/media/image1.png", data: noise });
      return writeZip(parts);
    },
  ],
  [
    "xxe",
    "xml-dtd",
    "a sheet with an external entity reading /etc/passwd (XXE)",
    (base) =>
      edit(base, async (zip) => {
        await replaceIn(
          zip,
          firstSheet(zip),
          /^<\?xml[^>]*\?>/,
          '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        );
      }),
  ],
  [
    "billion-laughs",
    "xml-dtd",
    "shared strings with nested entities (billion laughs)",
    (base) =>
      edit(base, async (zip) => {
        const lol = ['<!ENTITY lol0 "lol">'];
        for (let i = 1; i < 10; i++) lol.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
        await replaceIn(
          zip,
          "xl/sharedStrings.xml",
          /^<\?xml[^>]*\?>/,
          `<?xml version="1.0"?><!DOCTYPE sst [${lol.join("")}]>`
        );
      }),
  ],
  [
    "path-traversal",
    "unsafe-name",
    "a part named ../../nap1325-escaped.txt",
    async (base) => {
      const parts = await partsOf(base);
      parts.push({ name: "../../nap1325-escaped.txt", data: Buffer.from("escaped") });
      return writeZip(parts);
    },
  ],
  [
    "absolute-path",
    "unsafe-name",
    "a part named /tmp/nap1325-escaped.txt",
    async (base) => {
      const parts = await partsOf(base);
      parts.push({ name: "/tmp/nap1325-escaped.txt", data: Buffer.from("escaped") });
      return writeZip(parts);
    },
  ],
];

async function makeCorpus(base, { only } = {}) {
  const out = [];
  for (const [kind, expect, what, make] of KINDS) {
    if (only && !only.includes(kind)) continue;
    out.push({ kind, expect, what, bytes: await make(Buffer.from(base)) });
  }
  return out;
}

module.exports = {
  makeCorpus,
  KINDS: KINDS.map(([kind, expect, what]) => ({ kind, expect, what })),
  writeZip,
  crc32,
};

if (require.main === module) {
  (async () => {
    const args = process.argv.slice(2);
    const outDir = args.find(
      (a) =>
        !a.startsWith("--") &&
        args[args.indexOf(a) - 1] !== "--base" &&
        args[args.indexOf(a) - 1] !== "--only"
    );
    const baseFile = args.includes("--base") ? args[args.indexOf("--base") + 1] : null;
    const only = args.includes("--only") ? args[args.indexOf("--only") + 1].split(",") : undefined;
    if (!outDir || !baseFile) {
      console.error("usage: node scripts/make-hostile.js OUTDIR --base NAP.xlsx [--only KIND,...]");
      process.exit(2);
    }
    fs.mkdirSync(outDir, { recursive: true });
    const corpus = await makeCorpus(fs.readFileSync(baseFile), { only });
    const manifest = corpus.map(({ kind, expect, what, bytes }) => {
      const file = path.join(outDir, `${kind}.xlsx`);
      fs.writeFileSync(file, bytes);
      return { kind, expect, what, file, bytes: bytes.length };
    });
    fs.writeFileSync(path.join(outDir, "manifest.json"), JSON.stringify(manifest, null, 2));
    for (const m of manifest)
      console.log(`${m.kind.padEnd(26)} ${String(m.bytes).padStart(9)} B  expect ${m.expect}`);
  })().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
