/**
 * Every imported file is untrusted. Before a focal point's workbook is
 * opened by the spreadsheet library, its bytes are checked: an .xlsx is a
 * zip; an encrypted (password-protected) workbook is an OLE compound file;
 * macros live in vbaProject.bin; a zip bomb declares far more uncompressed
 * bytes than it holds. Only the zip's directory is read, nothing inflated.
 */
import JSZip from "jszip";

export const LIMITS = {
  /** Largest file accepted, in bytes. A focal point's workbook is well under 1 MB. */
  maxFileBytes: 20 * 1024 * 1024,
  /** Largest total uncompressed size declared by the zip directory. */
  maxUncompressedBytes: 200 * 1024 * 1024,
  /** Highest ratio of uncompressed to compressed size (zip bombs go far beyond). */
  maxRatio: 100,
  /** Most entries in the zip. */
  maxEntries: 2000,
} as const;

export type RefusalCode =
  | "empty"
  | "too-large"
  | "encrypted"
  | "legacy-xls"
  | "not-xlsx"
  | "macros"
  | "zip-bomb"
  | "not-spreadsheet";

export type Inspection = { ok: true } | { ok: false; code: RefusalCode; detail: string };

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Does an OLE compound file hold an encrypted OOXML package (password-protected workbook)? */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  // The stream names are stored in UTF-16LE in the directory (no Node Buffer: this runs in the task pane too).
  const needle = [..."EncryptedPackage"].flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

interface ZipEntryData {
  uncompressedSize?: number;
  compressedSize?: number;
}

/** Check a file's bytes before anything parses it as a workbook. */
export async function inspectWorkbookBytes(bytes: Uint8Array): Promise<Inspection> {
  if (bytes.byteLength === 0) return { ok: false, code: "empty", detail: "0 bytes" };
  if (bytes.byteLength > LIMITS.maxFileBytes) {
    return {
      ok: false,
      code: "too-large",
      detail: `${bytes.byteLength} bytes > ${LIMITS.maxFileBytes}`,
    };
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    return isEncryptedPackage(bytes)
      ? { ok: false, code: "encrypted", detail: "EncryptedPackage stream" }
      : { ok: false, code: "legacy-xls", detail: "OLE compound file (.xls)" };
  }
  if (!startsWith(bytes, ZIP_MAGIC))
    return { ok: false, code: "not-xlsx", detail: "not a zip package" };
  let zip: JSZip;
  try {
    // loadAsync reads the central directory; entries are inflated only on demand.
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (e) {
    return { ok: false, code: "not-xlsx", detail: (e as Error).message };
  }
  const names = Object.keys(zip.files);
  if (names.length > LIMITS.maxEntries)
    return { ok: false, code: "zip-bomb", detail: `${names.length} entries` };
  let declared = 0;
  for (const name of names) {
    const data = (zip.files[name] as unknown as { _data?: ZipEntryData })._data;
    declared += data?.uncompressedSize ?? 0;
  }
  if (declared > LIMITS.maxUncompressedBytes || declared > LIMITS.maxRatio * bytes.byteLength) {
    return {
      ok: false,
      code: "zip-bomb",
      detail: `declares ${declared} bytes uncompressed from ${bytes.byteLength}`,
    };
  }
  if (
    names.some((n) => /(^|\/)vbaProject\.bin$/i.test(n) || (/\.bin$/i.test(n) && /vba/i.test(n)))
  ) {
    return { ok: false, code: "macros", detail: "vbaProject.bin" };
  }
  const contentTypes = zip.file("[Content_Types].xml");
  if (!contentTypes || !zip.file("xl/workbook.xml")) {
    return { ok: false, code: "not-spreadsheet", detail: "no xl/workbook.xml" };
  }
  const types = await contentTypes.async("string");
  if (/macroEnabled/i.test(types))
    return { ok: false, code: "macros", detail: "macro-enabled content type" };
  return { ok: true };
}
