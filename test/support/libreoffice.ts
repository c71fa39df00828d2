/**
 * LibreOffice headless as an independent spreadsheet engine: it opens an
 * .xlsx, recalculates every formula (cached results are ignored), and saves
 * a copy whose cached values we read back. Each call gets its own profile.
 */
import { execFile } from "child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { loadWorkbook } from "../../src/xlsx/workbook";
import { findTool, LIBREOFFICE } from "./tools";

/**
 * Whether LibreOffice is installed. Missing outside CI: false, with a warning
 * (the caller skips). Missing under `CI=true`: throws, so the suite fails.
 */
export function libreOfficeAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
  return findTool(LIBREOFFICE, env) !== undefined;
}

function soffice(): string {
  const found = findTool(LIBREOFFICE);
  if (!found) throw new Error(`LibreOffice is not installed (${LIBREOFFICE.install})`);
  return found;
}

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Convert a file (or several in one start-up) with LibreOffice headless, in its own profile. */
function convert(
  profile: string,
  to: string,
  outDir: string,
  file: string | string[],
  timeoutMs: number
): Promise<void> {
  return run(
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--nolockcheck",
      "--convert-to",
      to,
      "--outdir",
      outDir,
      ...(Array.isArray(file) ? file : [file]),
    ],
    timeoutMs
  );
}

function run(args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(soffice(), args, { timeout: timeoutMs }, (err, _stdout, stderr) => {
      if (err) reject(new Error(`soffice failed: ${err.message} ${stderr}`));
      else resolve();
    });
  });
}

/** Recalculate a workbook in LibreOffice; returns the path of the recalculated .xlsx copy. */
export async function recalcFile(xlsxPath: string, timeoutMs = 120000): Promise<string> {
  soffice();
  const work = mkdtempSync(path.join(os.tmpdir(), "nap-lo-"));
  const profile = path.join(work, "profile");
  mkdirSync(path.join(profile, "user"), { recursive: true });
  writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  const out = path.join(work, "out");
  mkdirSync(out);
  await convert(profile, "xlsx:Calc MS Excel 2007 XML", out, xlsxPath, timeoutMs);
  const result = path.join(out, path.basename(xlsxPath).replace(/\.[^.]+$/, "") + ".xlsx");
  // LibreOffice exits 0 even when it wrote nothing: check.
  if (!existsSync(result)) throw new Error(`LibreOffice produced no output for ${xlsxPath}`);
  return result;
}

/**
 * Recalculate and load the result with exceljs, for structure checks
 * (tables, names, validations). Note: exceljs drops cached formula results
 * equal to 0, so read numbers with `recalc` instead.
 */
export async function recalcWorkbook(xlsxPath: string): Promise<ExcelJS.Workbook> {
  const file = await recalcFile(xlsxPath);
  const wb = await loadWorkbook(file);
  rmSync(path.dirname(path.dirname(file)), { recursive: true, force: true });
  return wb;
}

/** Parse RFC 4180 CSV (as LibreOffice writes it). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Recalculate in LibreOffice and export every sheet as CSV (raw values,
 * not as displayed): each sheet's cells as text, by sheet name.
 */
export async function recalc(
  xlsxPath: string,
  timeoutMs = 120000
): Promise<Map<string, string[][]>> {
  const file = await recalcFile(xlsxPath, timeoutMs);
  const outDir = path.join(path.dirname(file), "csv");
  mkdirSync(outDir);
  const profile = path.join(path.dirname(path.dirname(file)), "profile");
  // Comma-separated, UTF-8, raw values (not as shown), en-US numbers, every sheet.
  await convert(
    profile,
    "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1",
    outDir,
    file,
    timeoutMs
  );
  const base = path.basename(file).replace(/\.xlsx$/, "");
  const sheets = new Map<string, string[][]>();
  for (const f of readdirSync(outDir)) {
    if (!f.startsWith(base + "-") || !f.endsWith(".csv")) continue;
    sheets.set(f.slice(base.length + 1, -4), parseCsv(readFileSync(path.join(outDir, f), "utf8")));
  }
  rmSync(path.dirname(path.dirname(file)), { recursive: true, force: true });
  if (sheets.size === 0) throw new Error(`LibreOffice exported no sheet of ${xlsxPath}`);
  return sheets;
}

/**
 * `recalc` for several workbooks in two LibreOffice runs (one to recalculate
 * them all, one to export every sheet of each as CSV): on a loaded machine
 * LibreOffice's start-up, not the recalculation, is what costs. The files'
 * base names must differ. (Regional plans, issue 19.2.)
 */
export async function recalcMany(
  files: string[],
  timeoutMs = 300000
): Promise<Map<string, string[][]>[]> {
  soffice();
  const work = mkdtempSync(path.join(os.tmpdir(), "nap-lo-"));
  const profile = path.join(work, "profile");
  mkdirSync(path.join(profile, "user"), { recursive: true });
  writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  const out = path.join(work, "out");
  const csv = path.join(work, "csv");
  mkdirSync(out);
  mkdirSync(csv);
  const base = (f: string) => path.basename(f).replace(/\.[^.]+$/, "");
  if (new Set(files.map(base)).size !== files.length) throw new Error("base names must differ");
  const many = (to: string, dir: string, inputs: string[]) =>
    convert(profile, to, dir, inputs, timeoutMs);
  await many("xlsx:Calc MS Excel 2007 XML", out, files);
  const recalculated = files.map((f) => path.join(out, base(f) + ".xlsx"));
  for (const [i, r] of recalculated.entries())
    if (!existsSync(r)) throw new Error(`LibreOffice produced no output for ${files[i]}`);
  await many(
    "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1",
    csv,
    recalculated
  );
  const names = readdirSync(csv);
  const result = files.map((f) => {
    const sheets = new Map<string, string[][]>();
    for (const n of names) {
      if (!n.startsWith(base(f) + "-") || !n.endsWith(".csv")) continue;
      sheets.set(
        n.slice(base(f).length + 1, -4),
        parseCsv(readFileSync(path.join(csv, n), "utf8"))
      );
    }
    if (sheets.size === 0) throw new Error(`LibreOffice exported no sheet of ${f}`);
    return sheets;
  });
  rmSync(work, { recursive: true, force: true });
  return result;
}

/** A LibreOffice CSV cell: a number ("12.5%" as 0.125), or null for a blank. */
export function csvNumber(s: string | undefined): number | null {
  if (s === undefined || s === "") return null;
  return s.endsWith("%") ? Number(s.slice(0, -1)) / 100 : Number(s);
}

/** LibreOffice's figure equals the TypeScript one (both blank, or within 1e-9 relative), else throws naming `what`. */
export function expectSameFigure(got: number | null, want: number | null, what: string): void {
  if (want === null || got === null) {
    if (got !== want) throw new Error(`${what}: LibreOffice ${got}, TypeScript ${want}`);
    return;
  }
  if (Math.abs(got - want) > 1e-9 * Math.max(1, Math.abs(want)))
    throw new Error(`${what}: LibreOffice ${got}, TypeScript ${want}`);
}

/**
 * A copy of the workbook in which only one sheet is visible (and active) and
 * keeps its print area: LibreOffice then prints that sheet alone.
 */
export async function onlySheet(bytes: Buffer, index: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const part = "xl/workbook.xml";
  let xml = await zip.file(part)!.async("string");
  let i = -1;
  xml = xml.replace(/<sheet\b[^>]*?\/>/g, (tag) => {
    i++;
    const clean = tag.replace(/\s+state="[^"]*"/, "");
    return i === index ? clean : clean.replace(/<sheet\b/, '<sheet state="hidden"');
  });
  // LibreOffice prints a hidden sheet that has a print area: keep only this sheet's.
  xml = xml.replace(
    /<definedName name="_xlnm\.Print_Area" localSheetId="(\d+)">[^<]*<\/definedName>/g,
    (name, id: string) => (Number(id) === index ? name : "")
  );
  // LibreOffice shows the active sheet whatever its state: make the visible one active.
  xml = xml.replace(/\s+(activeTab|firstSheet)="\d+"/g, "");
  const view = `activeTab="${index}" firstSheet="${index}"`;
  xml = /<workbookView\b/.test(xml)
    ? xml.replace(/<workbookView\b/, `<workbookView ${view}`)
    : xml.replace(/<sheets>/, `<bookViews><workbookView ${view}/></bookViews><sheets>`);
  zip.file(part, xml);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
