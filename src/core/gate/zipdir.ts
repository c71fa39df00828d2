/**
 * Read a zip's central directory by hand, before any zip library does: count
 * the entries (a zip library builds an object per entry, so a file of
 * 200,000 empty entries costs it seconds and hundreds of MB) and read their
 * names. Only the directory is read; no entry is inflated here. No Node
 * Buffer: this runs in the task pane too.
 */

export type ZipDirectory =
  | { ok: true; names: string[]; declaredBytes: number }
  | { ok: false; why: "damaged" | "too-many"; detail: string };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}

function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
}

/** Where the end-of-central-directory record starts, or -1. */
function findEocd(b: Uint8Array): number {
  const last = b.length - 22;
  const first = Math.max(0, last - 0xffff);
  for (let i = last; i >= first; i--) {
    if (b[i] === 0x50 && u32(b, i) === EOCD && i + 22 + u16(b, i + 20) === b.length) return i;
  }
  // A comment length that does not reach the end: accept the record anyway.
  for (let i = last; i >= first; i--) if (b[i] === 0x50 && u32(b, i) === EOCD) return i;
  return -1;
}

/** Walk the central directory, stopping as soon as there are more than maxEntries entries. */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  const eocd = findEocd(bytes);
  if (eocd < 0) return { ok: false, why: "damaged", detail: "no end of central directory" };
  const declaredCount = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (declaredCount === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff)
    return { ok: false, why: "damaged", detail: "zip64 directory" };
  if (declaredCount > maxEntries)
    return { ok: false, why: "too-many", detail: `${declaredCount} entries > ${maxEntries}` };
  // Data before the zip, or a directory that does not end where its end record
  // starts, is not how Excel writes: what a zip library would read there is unknowable.
  if (cdOffset + cdSize !== eocd)
    return { ok: false, why: "damaged", detail: "central directory out of place" };
  const names: string[] = [];
  let declaredBytes = 0;
  const decoder = new TextDecoder("utf-8");
  let p = cdOffset;
  while (p + 46 <= eocd && u32(bytes, p) === CENTRAL) {
    if (names.length >= maxEntries)
      return { ok: false, why: "too-many", detail: `more than ${maxEntries} entries` };
    const n = u16(bytes, p + 28);
    const m = u16(bytes, p + 30);
    const k = u16(bytes, p + 32);
    if (p + 46 + n > eocd)
      return { ok: false, why: "damaged", detail: "central directory cut short" };
    declaredBytes += u32(bytes, p + 24);
    names.push(decoder.decode(bytes.subarray(p + 46, p + 46 + n)));
    p += 46 + n + m + k;
  }
  if (p !== eocd || names.length !== declaredCount)
    return {
      ok: false,
      why: "damaged",
      detail: `central directory holds ${names.length} entries, declares ${declaredCount}`,
    };
  return { ok: true, names, declaredBytes };
}

/** A part name that could write outside a folder if extracted, or that no Office writer makes. */
export function unsafeName(name: string): boolean {
  return (
    name.startsWith("/") ||
    name.includes("\\") ||
    name.includes("\0") ||
    /^[a-z]:/i.test(name) ||
    name.split("/").some((seg) => seg === "..")
  );
}
