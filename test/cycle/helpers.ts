/**
 * The annual cycle's test helpers: a national workbook with owned indicators,
 * a focal point's edits to its copy, and readers of the package's own XML
 * (the meta stamp, locked cells, shaded ranges) that trust neither exceljs
 * nor the project's reader.
 */
import fs from "fs";
import JSZip from "jszip";
import { parsePlan, type Plan } from "../../src/core/model";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { readPlan } from "../../src/core/template/read";
import { loadWorkbook, tablesOf, writeXlsx } from "../../src/xlsx/workbook";
import { readXlsxCells, tableRows } from "../support/xlsx-cells";
import { nationalPlan } from "../consolidate/fixtures";

/** The national plan, with I1.1.1 MPFEF's and I1.2.1 MATD's (the example plan has no responsible). */
export function cyclePlan(): Plan {
  const p = nationalPlan();
  const owners: Record<string, string> = { "I1.1.1": "MPFEF", "I1.2.1": "MATD" };
  return parsePlan({
    ...p,
    indicators: p.indicators.map((i) =>
      owners[i.code] ? { ...i, responsible: owners[i.code] } : i
    ),
  });
}

export async function writeNational(file: string, lang: "en" | "fr" = "en"): Promise<void> {
  await writeXlsx(buildWorkbookPlan(cyclePlan(), lang), file);
}

/** A workbook's plan, as the project reads it. */
export async function planOf(file: string): Promise<Plan> {
  return readPlan(tablesOf(await loadWorkbook(file))).plan;
}

/** What a focal point does in its copy: edit the plan, saved as Excel would (its marking kept). */
export async function editCopy(file: string, edit: (p: Plan) => Plan): Promise<void> {
  const wb = await loadWorkbook(file);
  const read = readPlan(tablesOf(wb));
  await writeXlsx(buildWorkbookPlan(parsePlan(edit(read.plan)), read.lang), file);
}

export const withProgress = (p: Plan, code: string, progress: number): Plan => ({
  ...p,
  actions: p.actions.map((a) => (a.code === code ? { ...a, progress } : a)),
});

/** The very hidden meta sheet's key → value, read from the package's XML. */
export async function metaOf(
  file: string
): Promise<Record<string, string | number | boolean | null>> {
  const book = await readXlsxCells(file);
  const out: Record<string, string | number | boolean | null> = {};
  for (const r of tableRows(book, "tblNapMeta").rows) {
    const [k, v] = r.cells;
    if (k && typeof k.value === "string") out[k.value] = v ? v.value : null;
  }
  return out;
}

/** A table's rows as header → value records, from the package's XML. */
export async function rowsOf(
  file: string,
  table: string
): Promise<Record<string, string | number | boolean | null>[]> {
  const book = await readXlsxCells(file);
  const { table: tb, rows } = tableRows(book, table);
  return rows.map((r) =>
    Object.fromEntries(tb.columns.map((c, i) => [c, r.cells[i] ? r.cells[i]!.value : null]))
  );
}

/**
 * One sheet as the package holds it: its XML, whether a cell is locked (its
 * style's protection; Excel's default is locked) and whether it is protected.
 */
export async function sheetXml(
  file: string,
  sheetName: string
): Promise<{ xml: string; locked: (ref: string) => boolean; protectedSheet: boolean }> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const wbXml = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const sheets = [...wbXml.matchAll(/<sheet\b([^>]*)\/?>/g)].map((x) => x[1]);
  const attrs = sheets.find((a) => /name="([^"]*)"/.exec(a)?.[1] === sheetName);
  if (!attrs) throw new Error(`no sheet ${sheetName}`);
  const id = /r:id="([^"]+)"/.exec(attrs)![1];
  const rel = [...rels.matchAll(/<Relationship\b([^>]*)\/?>/g)]
    .map((x) => x[1])
    .find((a) => /Id="([^"]+)"/.exec(a)?.[1] === id)!;
  const part = /Target="([^"]+)"/.exec(rel)![1].replace(/^\/?(xl\/)?/, "xl/");
  const xml = await zip.file(part)!.async("string");
  const styles = await zip.file("xl/styles.xml")!.async("string");
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1];
  const xfs = cellXfs.match(/<xf\b[^>]*?(\/>|>[\s\S]*?<\/xf>)/g) ?? [];
  const locked = (ref: string) => {
    const c = new RegExp(`<c r="${ref}"([^>]*)`).exec(xml);
    const s = c ? Number(/ s="(\d+)"/.exec(c[1])?.[1] ?? 0) : 0;
    return !/<protection[^>]*locked="0"/.test(xfs[s] ?? "");
  };
  return { xml, locked, protectedSheet: /<sheetProtection\b/.test(xml) };
}

/** The ranges shaded as others' rows (a conditional format whose rule is TRUE), as written. */
export const conditionalRanges = (xml: string): string[] =>
  [
    ...xml.matchAll(
      /<conditionalFormatting sqref="([^"]+)"[^>]*>([\s\S]*?)<\/conditionalFormatting>/g
    ),
  ]
    .filter((m) => /<formula>TRUE<\/formula>/.test(m[2]))
    .map((m) => m[1]);
