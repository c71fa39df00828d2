/**
 * The gate every untrusted workbook passes before any parser sees it, in
 * the command line and in the task pane (no Node API here). In order, each
 * check cheap before the next:
 *  1. size: empty, over the file limit;
 *  2. format: an OLE compound file is an encrypted workbook (it holds an
 *     EncryptedPackage stream) or an old .xls; anything but a zip is refused;
 *  3. the zip's directory, read by hand: entry count (before a zip library
 *     builds an object per entry), unsafe part names (path traversal),
 *     declared sizes;
 *  4. macros (vbaProject.bin, Excel 4 macro sheets, ActiveX), and a
 *     workbook part at all;
 *  5. every part inflated as a stream with a running cap on the bytes it
 *     actually gives (a zip's declared sizes can lie), its XML scanned on
 *     the way: document type declarations, macro-enabled content types,
 *     cells, rows and declared ranges (dimensions, tables, merged cells, data
 *     validation) against the limits (see limits.ts).
 * Nothing is kept: what passes is then parsed by the spreadsheet library.
 */
import JSZip from "jszip";
import { LIMITS, type Limits } from "./limits";
import { readZipDirectory, unsafeName } from "./zipdir";
import { XmlScanner, type ScanTotals } from "./xmlscan";

export { LIMITS, type Limits } from "./limits";

export type RefusalCode =
  | "empty"
  | "too-large"
  | "encrypted"
  | "legacy-xls"
  | "not-xlsx"
  | "damaged"
  | "unsafe-name"
  | "too-many-parts"
  | "macros"
  | "zip-bomb"
  | "not-spreadsheet"
  | "xml-dtd"
  | "too-big";

export interface Passed {
  ok: true;
  /** The zip's part names. */
  names: string[];
  /** Bytes inflated, cells and rows found. */
  inflatedBytes: number;
  cells: number;
}

export type Inspection = Passed | { ok: false; code: RefusalCode; detail: string };

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Does an OLE compound file hold an encrypted OOXML package (password-protected workbook)? */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  // Stream names are UTF-16LE in the compound file's directory.
  const needle = [..."EncryptedPackage"].flatMap((ch) => [ch.charCodeAt(0), 0]);
  const first = needle[0];
  outer: for (let i = bytes.indexOf(first); i >= 0; i = bytes.indexOf(first, i + 1)) {
    if (i + needle.length > bytes.length) return false;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const MACRO_PART = /(^|\/)vbaProject[^/]*\.bin$|(^|\/)xl\/(macrosheets|activeX)\//i;
const MACRO_TYPE = /macroEnabled|vbaProject|macrosheet|activeX/i;
/** Parts read as bytes, not XML: inflated and counted, not scanned. */
const BINARY_PART = /(^|\/)xl\/media\/|\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|bin)$/i;

const refuse = (code: RefusalCode, detail: string): Inspection => ({ ok: false, code, detail });

interface StreamHelper {
  on(event: "data", fn: (chunk: Uint8Array) => void): StreamHelper;
  on(event: "error", fn: (e: Error) => void): StreamHelper;
  on(event: "end", fn: () => void): StreamHelper;
  pause(): StreamHelper;
  resume(): StreamHelper;
}

/**
 * Inflate one part chunk by chunk (16 KB of compressed data at a time);
 * `onChunk` returns false to stop. Resolves with the error the zip library
 * found (a size or data that does not match), if any.
 */
function inflate(
  file: JSZip.JSZipObject,
  onChunk: (c: Uint8Array) => boolean
): Promise<Error | null> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (e: Error | null) => {
      if (!done) {
        done = true;
        resolve(e);
      }
    };
    let helper: StreamHelper;
    try {
      helper = (file as unknown as { internalStream(t: string): StreamHelper }).internalStream(
        "uint8array"
      );
    } catch (e) {
      finish(e as Error);
      return;
    }
    helper
      .on("data", (chunk) => {
        if (done) return;
        if (!onChunk(chunk)) {
          helper.pause();
          finish(null);
        }
      })
      .on("error", (e) => finish(e))
      .on("end", () => finish(null))
      .resume();
  });
}

/** Check a file's bytes before anything parses it as a workbook. */
export async function inspectWorkbookBytes(
  bytes: Uint8Array,
  limits: Limits = LIMITS
): Promise<Inspection> {
  const size = bytes.byteLength;
  if (size === 0) return refuse("empty", "0 bytes");
  if (size > limits.maxFileBytes)
    return refuse("too-large", `${size} bytes > ${limits.maxFileBytes}`);
  if (startsWith(bytes, OLE_MAGIC)) {
    return isEncryptedPackage(bytes)
      ? refuse("encrypted", "EncryptedPackage stream")
      : refuse("legacy-xls", "OLE compound file (.xls)");
  }
  if (!startsWith(bytes, ZIP_MAGIC)) return refuse("not-xlsx", "not a zip package");

  const dir = readZipDirectory(bytes, limits.maxEntries);
  if (!dir.ok) return refuse(dir.why === "too-many" ? "too-many-parts" : "damaged", dir.detail);
  const unsafe = dir.names.find(unsafeName);
  if (unsafe !== undefined) return refuse("unsafe-name", JSON.stringify(unsafe).slice(0, 120));
  // A zip bomb inflates to many times its size; a big workbook is refused as too big.
  const ratioCap = limits.maxRatio * size;
  if (dir.declaredBytes > ratioCap)
    return refuse("zip-bomb", `declares ${dir.declaredBytes} bytes from ${size}`);
  if (dir.declaredBytes > limits.maxUncompressedBytes)
    return refuse(
      "too-big",
      `declares ${dir.declaredBytes} bytes uncompressed > ${limits.maxUncompressedBytes}`
    );
  const macro = dir.names.find((n) => MACRO_PART.test(n));
  if (macro) return refuse("macros", macro);

  let zip: JSZip;
  try {
    // Reads the directory and local headers; parts are inflated only on demand.
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false, createFolders: false });
  } catch (e) {
    return refuse("damaged", String((e as Error).message ?? e).split("\n")[0]);
  }
  const files = Object.values(zip.files).filter((f) => !f.dir);
  if (files.length > limits.maxEntries)
    return refuse("too-many-parts", `${files.length} entries > ${limits.maxEntries}`);
  if (!zip.file("[Content_Types].xml") || !zip.file("xl/workbook.xml"))
    return refuse("not-spreadsheet", "no xl/workbook.xml");

  // Content types first (macros), then the workbook, then the rest.
  const rank = (n: string) => (n === "[Content_Types].xml" ? 0 : n === "xl/workbook.xml" ? 1 : 2);
  files.sort((a, b) => rank(a.name) - rank(b.name));
  const totals: ScanTotals = { cells: 0, tableCells: 0, validationCells: 0, sheets: 0, tables: 0 };
  let inflated = 0;
  const state: { refusal: Inspection | null } = { refusal: null };
  for (const file of files) {
    const binary = BINARY_PART.test(file.name);
    const scanner = binary ? null : new XmlScanner(file.name, limits, totals);
    const decoder = new TextDecoder("utf-8");
    const isTypes = file.name === "[Content_Types].xml";
    let tail = "";
    let got = 0;
    const declared = (file as unknown as { _data?: { uncompressedSize?: number } })._data
      ?.uncompressedSize;
    const error = await inflate(file, (chunk) => {
      got += chunk.byteLength;
      inflated += chunk.byteLength;
      if (inflated > ratioCap || inflated > limits.maxInflatedBytes) {
        state.refusal =
          typeof declared === "number" && got > declared
            ? refuse("zip-bomb", `${file.name} declares ${declared} bytes, inflates past ${got}`)
            : inflated > ratioCap
              ? refuse("zip-bomb", `inflates past ${ratioCap} bytes from ${size}`)
              : refuse("too-big", `inflates past ${limits.maxInflatedBytes} bytes uncompressed`);
        return false;
      }
      if (!scanner) return true;
      const text = decoder.decode(chunk, { stream: true });
      if (isTypes) {
        const m = MACRO_TYPE.exec(tail + text);
        if (m) {
          state.refusal = refuse("macros", `content type ${m[0]}`);
          return false;
        }
        tail = text.slice(-64);
      }
      return scanner.push(text);
    });
    if (state.refusal) return state.refusal;
    if (scanner?.refusal) return refuse(scanner.refusal.code, scanner.refusal.detail);
    if (typeof declared === "number" && declared !== got)
      return refuse("damaged", `${file.name} declares ${declared} bytes, holds ${got}`);
    if (error) return refuse("damaged", `${file.name}: ${error.message.split("\n")[0]}`);
    if (scanner) {
      scanner.push(decoder.decode());
      scanner.end();
      if (scanner.refusal) return refuse(scanner.refusal.code, scanner.refusal.detail);
    }
  }
  return {
    ok: true,
    names: files.map((f) => f.name),
    inflatedBytes: inflated,
    cells: totals.cells,
  };
}
