/**
 * The .xlsx file adapter: applies a workbook plan with exceljs, and reads a
 * workbook's tables back as plain values. No plan logic lives here.
 * `XlsxWorkbook` is the use cases' port (src/app/port.ts) over a file.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import JSZip from "jszip";
import type { CellStyle, CellValue, SheetPlan, WorkbookPlan, Cell } from "../core/template/types";
import { isFormula } from "../core/template/types";
import { pageLayout } from "../core/template/print";
import type { TableValues, WorkbookValues } from "../core/template/read";
import type { Outside, OutsideCell } from "../core/template/outside";
import { MARK_COLORS, type Mark } from "../core/validate/report";
import type { ReportWrite, Unmark, WorkbookPort, Written } from "../app/port";
import { meta } from "../core/tables/meta";
import { TABLES } from "../core/tables";
import { isBackupSheet } from "../core/template/backup";

/** The template's entry tables (declared in src/core/tables). */
const ENTRY_TABLES = new Set(TABLES.map((d) => d.name));

const FILL = (argb: string): ExcelJS.Fill => ({
  type: "pattern",
  pattern: "solid",
  fgColor: { argb },
});

export const STYLES: Record<CellStyle, Partial<ExcelJS.Style>> = {
  title: { font: { bold: true, size: 16, color: { argb: "FF1F4E79" } } },
  subtitle: { font: { bold: true, size: 13, color: { argb: "FF1F4E79" } } },
  label: { font: { bold: true } },
  note: {
    font: { italic: true, color: { argb: "FFC00000" } },
    alignment: { wrapText: true, vertical: "top" },
  },
  caption: { font: { italic: true, color: { argb: "FF595959" } } },
  entry: { fill: FILL("FFFFF2CC"), alignment: { vertical: "top", wrapText: true } },
  computed: { fill: FILL("FFE7E6E6"), font: { italic: true } },
  wrap: { alignment: { wrapText: true, vertical: "top" } },
};

function toExcel(c: Cell): ExcelJS.CellValue {
  if (isFormula(c))
    return {
      formula: c.formula.replace(/^=/, ""),
      ...(c.result !== undefined && c.result !== null ? { result: c.result } : {}),
    } as ExcelJS.CellFormulaValue;
  return c;
}

function eachCell(ws: ExcelJS.Worksheet, range: string, fn: (cell: ExcelJS.Cell) => void): void {
  const [tl, br = tl] = range.split(":");
  const a = ws.getCell(tl);
  const b = ws.getCell(br);
  for (let r = Number(a.row); r <= Number(b.row); r++) {
    const row = ws.getRow(r);
    for (let col = Number(a.col); col <= Number(b.col); col++) fn(row.getCell(col));
  }
}

/**
 * Cells of equal style made to share one style object, once a sheet's
 * styles are set (checkspeed): exceljs writes a style once per object it
 * has seen, and renders its XML for every other cell (a third of saving
 * 27,720 value rows). The styles are set before, one cell at a time, as
 * exceljs sets them (a merged range's cells share their first cell's).
 */
function shareStyles(ws: ExcelJS.Worksheet, ranges: string[]): void {
  const byKey = new Map<string, Partial<ExcelJS.Style>>();
  const shared = new WeakSet<object>();
  for (const range of ranges)
    eachCell(ws, range, (cell) => {
      if (shared.has(cell.style)) return;
      const key = JSON.stringify(cell.style, (_, v: unknown) => (v === undefined ? "\u0000" : v));
      const known = byKey.get(key);
      if (known) cell.style = known;
      else {
        byKey.set(key, cell.style);
        shared.add(cell.style);
      }
    });
}

/** Fill and font colours of a red/amber/green format (Excel's own "good, neutral, bad" styles). */
const RAG_COLOURS: Record<"red" | "amber" | "green", [string, string]> = {
  green: ["C6EFCE", "006100"],
  amber: ["FFEB9C", "9C5700"],
  red: ["FFC7CE", "9C0006"],
};

/** Add one sheet of a workbook plan to a workbook. */
export function applySheet(wb: ExcelJS.Workbook, sheet: SheetPlan): void {
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.visibility,
    properties: sheet.tabColor ? { tabColor: { argb: `FF${sheet.tabColor}` } } : {},
    views: sheet.freeze
      ? [{ state: "frozen", xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }]
      : [{}],
  });
  sheet.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const range of sheet.merges ?? []) ws.mergeCells(range);
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) {
    ws.getRow(Number(row) + 1).height = height;
  }
  for (const block of sheet.blocks) {
    block.cells.forEach((row, r) => {
      const xrow = ws.getRow(block.row + r + 1);
      row.forEach((c, ci) => {
        if (c !== null) xrow.getCell(block.col + ci + 1).value = toExcel(c);
      });
    });
  }
  for (const table of sheet.tables) {
    ws.addTable({
      name: table.name,
      displayName: table.name,
      ref: ws.getCell(table.row + 1, table.col + 1).address,
      headerRow: true,
      totalsRow: false,
      style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
      columns: table.headers.map((name) => ({ name, filterButton: true })),
      rows: table.rows.map((r) => r.map(toExcel)),
    });
    const headerRow = ws.getRow(table.row + 1);
    headerRow.alignment = { wrapText: true, vertical: "top" };
    // A person's comments and hyperlinks, moved with their rows (src/core/template/keep.ts).
    const at = (row: number, col: number) => ws.getCell(table.row + 2 + row, table.col + 1 + col);
    for (const n of table.notes ?? []) at(n.row, n.col).note = n.text;
    for (const l of table.links ?? []) {
      const cell = at(l.row, l.col);
      const v = plainValue(cell.value);
      cell.value = { text: v === null ? l.target : String(v), hyperlink: l.target };
    }
  }
  for (const f of sheet.formats) {
    const style = f.style ? STYLES[f.style] : undefined;
    eachCell(ws, f.range, (cell) => {
      if (f.numberFormat) cell.numFmt = f.numberFormat;
      if (style) {
        if (style.font) cell.font = style.font;
        if (style.fill) cell.fill = style.fill;
        if (style.alignment) cell.alignment = style.alignment;
      }
    });
  }
  const dv = (
    ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations;
  for (const v of sheet.validations) {
    const common = {
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: v.type === "list" && v.alert === "information" ? "information" : "stop",
      error: v.error,
      ...(v.prompt ? { showInputMessage: true, prompt: v.prompt } : {}),
    };
    if (v.type === "list") {
      dv.add(v.range, { ...common, type: "list", formulae: [v.source.replace(/^=/, "")] });
    } else if (v.min !== undefined && v.max !== undefined) {
      dv.add(v.range, { ...common, type: v.type, operator: "between", formulae: [v.min, v.max] });
    } else if (v.min !== undefined) {
      dv.add(v.range, {
        ...common,
        type: v.type,
        operator: "greaterThanOrEqual",
        formulae: [v.min],
      });
    } else if (v.max !== undefined) {
      dv.add(v.range, { ...common, type: v.type, operator: "lessThanOrEqual", formulae: [v.max] });
    }
  }
  for (const cf of sheet.conditionalFormats ?? []) {
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: [cf.formula.replace(/^=/, "")],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } },
            font: { color: { argb: "FF9C0006" }, bold: true },
          },
        },
      ],
    });
  }
  // Red, amber, green on status and progress cells.
  (sheet.ragFormats ?? []).forEach((rag, i) => {
    const [fill, font] = RAG_COLOURS[rag.colour];
    ws.addConditionalFormatting({
      ref: rag.range,
      rules: [
        {
          type: "expression",
          priority: 10 + i,
          formulae: [rag.formula.replace(/^=/, "")],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${fill}` } },
            font: { color: { argb: `FF${font}` } },
          },
        },
      ],
    });
  });
  // Page setup as print.ts resolves it (the Office.js adapter writes the same).
  const page = pageLayout(sheet);
  if (page) {
    const m = page.margins;
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9, // A4
      orientation: page.orientation,
      // Fit to pages needs the sheet's fitToPage flag too, else fitToWidth does nothing.
      fitToPage: page.fit !== null,
      fitToWidth: page.fit?.width ?? 1,
      fitToHeight: page.fit?.height ?? 0,
      scale: page.fit ? 100 : page.scale,
      margins: { ...m },
      ...(page.titleRows ? { printTitlesRow: page.titleRows } : {}),
      ...(page.titleColumns ? { printTitlesColumn: page.titleColumns } : {}),
      // exceljs puts "$" before the columns only; LibreOffice ignores "$A1:$V64": rows absolute too.
      ...(page.area ? { printArea: page.area.replace(/([A-Z]+)(\d+)/g, "$1$$$2") } : {}),
    };
    // In header and footer codes "&" starts a code: a literal one is doubled.
    ws.headerFooter = {
      ...(page.header ? { oddHeader: `&C${page.header.replace(/&/g, "&&")}` } : {}),
      ...(page.footer ? { oddFooter: `&C${page.footer}` } : {}),
    };
  }
  if (sheet.protection) {
    for (const range of sheet.protection.unlocked) {
      eachCell(ws, range, (cell) => {
        cell.protection = { locked: false };
      });
    }
    void ws.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      autoFilter: true,
      sort: true,
    });
  }
  shareStyles(ws, [...sheet.formats.map((f) => f.range), ...(sheet.protection?.unlocked ?? [])]);
}

/** Build an exceljs workbook from a workbook plan. */
/**
 * An upgrade's backup (WorkbookPlan.backups) in a file made anew: each older
 * sheet's cells (values as last calculated, styles) and column widths copied
 * to a hidden sheet; and the backups an earlier upgrade left are carried over
 * as they are, until a person deletes them.
 */
function keepBackups(before: ExcelJS.Workbook, after: ExcelJS.Workbook, plan: WorkbookPlan): void {
  const taken = (name: string) =>
    after.worksheets.some((w) => w.name.toLocaleLowerCase() === name.toLocaleLowerCase());
  const copies = [
    ...before.worksheets.filter((w) => isBackupSheet(w.name)).map((w) => ({ from: w, to: w.name })),
    ...(plan.backups ?? []).flatMap((b) => {
      const from = before.getWorksheet(b.from);
      return from ? [{ from, to: b.to }] : [];
    }),
  ];
  for (const { from, to } of copies) {
    if (taken(to)) continue;
    const ws = after.addWorksheet(to, { state: "hidden" });
    from.columns?.forEach((c, i) => {
      if (c.width) ws.getColumn(i + 1).width = c.width;
    });
    from.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const target = ws.getCell(r, c);
        const v = cell.value;
        target.value =
          v && typeof v === "object" && "formula" in v
            ? (((v as ExcelJS.CellFormulaValue).result ?? null) as ExcelJS.CellValue)
            : v && typeof v === "object" && "sharedFormula" in v
              ? (((v as ExcelJS.CellSharedFormulaValue).result ?? null) as ExcelJS.CellValue)
              : v;
        target.style = structuredClone(cell.style);
      })
    );
  }
}

export function toExcelJs(plan: WorkbookPlan): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "nap1325";
  wb.created = new Date(0);
  wb.modified = new Date(0);
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of plan.sheets) applySheet(wb, sheet);
  for (const n of plan.names) {
    // exceljs keeps defined names as ranges: "'Sheet'!$A$2:$A$9".
    wb.definedNames.add(n.refersTo.replace(/^=/, ""), n.name);
  }
  return wb;
}

export async function writeXlsx(plan: WorkbookPlan, file: string): Promise<void> {
  await fs.writeFile(file, await packageBytes(toExcelJs(plan)));
}

export async function xlsxBuffer(plan: WorkbookPlan): Promise<Buffer> {
  return packageBytes(toExcelJs(plan));
}

/** `to` (a part name from the package root) relative to the folder `from` ("xl/", "" for the root). */
function relativeTo(from: string, to: string): string {
  const a = from.split("/").filter(Boolean);
  const b = to.split("/").filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}

/**
 * A package as exceljs can read it, which it cannot always as Excel and
 * other writers save it:
 * - relationships that name parts from the package root, as openpyxl writes
 *   them (`Target="/xl/tables/table1.xml"`, exceljs issue 1468), are made
 *   relative to their folder, as Excel writes them;
 * - a table column's `calculatedColumnFormula` and `totalsRowFormula`, which
 *   exceljs's parser does not expect, are left out of what it reads (the
 *   cells keep their formulas; a write declares the calculated columns again).
 * The bytes come back as they were when there is nothing to change.
 */
export async function forExcelJs(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let changed = false;
  const rewrite = async (name: string, f: (xml: string) => string) => {
    const xml = await zip.file(name)!.async("string");
    const fixed = f(xml);
    if (fixed !== xml) {
      changed = true;
      zip.file(name, fixed);
    }
  };
  for (const name of Object.keys(zip.files)) {
    if (name.endsWith(".rels")) {
      const folder = name.replace(/_rels\/[^/]*$/, "");
      await rewrite(name, (xml) =>
        xml.replace(
          /(<Relationship\b[^>]*?\bTarget=")\/([^"]*)"/g,
          (whole, head: string, target: string) =>
            /TargetMode="External"/.test(whole) ? whole : `${head}${relativeTo(folder, target)}"`
        )
      );
    } else if (/^\/?xl\/tables\/[^/]+\.xml$/.test(name)) {
      await rewrite(name, (xml) =>
        xml.replace(
          /<(calculatedColumnFormula|totalsRowFormula)\b[^>]*>[\s\S]*?<\/\1>|<(calculatedColumnFormula|totalsRowFormula)\b[^>]*\/>/g,
          ""
        )
      );
    }
  }
  // Compressed as the parts came (Excel and exceljs deflate): the parts not changed are copied
  // as they are, not inflated and stored (checkspeed: 2 MB became 92 MB at 27,720 value rows).
  return changed ? zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }) : bytes;
}

/**
 * A table column whose every row holds the same formula is a calculated
 * column: table name → column header → formula (file syntax, without "=").
 */
export function calculatedColumns(wb: ExcelJS.Workbook): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  wb.eachSheet((ws) => {
    const tables = (ws as unknown as { tables?: Record<string, { table: { tableRef?: string } }> })
      .tables;
    for (const [name, t] of Object.entries(tables ?? {})) {
      const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(t.table.tableRef ?? "");
      if (!m) continue;
      const c0 = ws.getColumn(m[1]).number;
      const c1 = ws.getColumn(m[3]).number;
      const r0 = Number(m[2]);
      const r1 = Number(m[4]);
      const cols = new Map<string, string>();
      for (let c = c0; c <= c1; c++) {
        const formulas = new Set<string | undefined>();
        for (let r = r0 + 1; r <= r1; r++) formulas.add(ws.getCell(r, c).formula || undefined);
        const [only] = [...formulas];
        if (formulas.size === 1 && only) cols.set(String(ws.getCell(r0, c).value), only);
      }
      if (cols.size) out.set(name, cols);
    }
  });
  return out;
}

const xmlText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const xmlUnescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/**
 * The package as exceljs writes it, with each table's calculated columns
 * declared in the table (`calculatedColumnFormula`), which exceljs does not
 * write: Excel then fills the formula into every row added to the table.
 */
export async function packageBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await packageArray(wb));
}

/** `packageBytes` without Node's Buffer (the task pane's copies, issue 15 point 7). */
export async function packageArray(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const calculated = calculatedColumns(wb);
  if (!calculated.size) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  for (const part of Object.keys(zip.files).filter((n) => /^xl\/tables\/[^/]+\.xml$/.test(n))) {
    const xml = await zip.file(part)!.async("string");
    const name = /<table\b[^>]*\bname="([^"]+)"/.exec(xml)?.[1];
    const cols = name ? calculated.get(xmlUnescape(name)) : undefined;
    if (!cols) continue;
    const fixed = xml.replace(
      /<tableColumn\b([^>]*?)\bname="([^"]*)"([^>]*?)(\/>|>)/g,
      (whole, before: string, header: string, after: string, end: string) => {
        const formula = cols.get(xmlUnescape(header));
        if (!formula) return whole;
        const element = `<calculatedColumnFormula>${xmlText(formula)}</calculatedColumnFormula>`;
        const open = `<tableColumn${before}name="${header}"${after}>`;
        return end === "/>" ? `${open}${element}</tableColumn>` : `${open}${element}`;
      }
    );
    zip.file(part, fixed);
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** A cell's value as the reader sees it: formulas give their cached result, errors their code. */
export function plainValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("error" in v) return String(v.error);
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return null;
      if (typeof result === "object" && "error" in result) return String(result.error);
      return plainValue(result as ExcelJS.CellValue);
    }
    if ("text" in v) return String((v as { text: unknown }).text);
  }
  return String(v);
}

function decodeRange(ref: string): { r0: number; c0: number; r1: number; c1: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref);
  if (!m) throw new Error(`bad range ${ref}`);
  const col = (s: string) =>
    [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return {
    r0: Number(m[2]) - 1,
    c0: col(m[1]),
    r1: Number(m[4] ?? m[2]) - 1,
    c1: col(m[3] ?? m[1]),
  };
}

/** A cell's formula (without "="), or null; shared formulas are translated to the cell. */
function formulaOf(cell: ExcelJS.Cell): string | null {
  if (cell.type !== ExcelJS.ValueType.Formula) return null;
  return cell.formula ?? null;
}

/** Rows a sheet can have (Excel's limit). */
const MAX_ROWS = 1_048_576;

const hasValue = (cell: ExcelJS.Cell) => {
  const v = plainValue(cell.value);
  return (v !== null && v !== "") || cell.type === ExcelJS.ValueType.Formula;
};

/** Does the row hold a value or formula in columns c0..c1 (0-based)? */
function rowHasContent(row: ExcelJS.Row, c0: number, c1: number): boolean {
  if (!row.hasValues) return false;
  for (let c = c0; c <= c1; c++) if (hasValue(row.getCell(c + 1))) return true;
  return false;
}

/** A cell's comment as plain text, or undefined. */
function noteOf(cell: ExcelJS.Cell): string | undefined {
  const n = cell.note as ExcelJS.Comment | string | undefined;
  if (n === undefined || n === null) return undefined;
  if (typeof n === "string") return n;
  const texts = (n as { texts?: { text: string }[] }).texts;
  return texts ? texts.map((x) => x.text).join("") : undefined;
}

/** A cell's hyperlink target, or undefined. */
function linkOf(cell: ExcelJS.Cell): string | undefined {
  const v = cell.value as { hyperlink?: unknown } | null;
  if (v && typeof v === "object" && typeof v.hyperlink === "string") return v.hyperlink;
  return undefined;
}

/** Read every table of a workbook as plain values (header row first), and their formulas. */
export function tablesOf(wb: ExcelJS.Workbook): WorkbookValues {
  const out: WorkbookValues = {};
  wb.eachSheet((ws) => {
    for (const table of ws.getTables()) {
      const model = (
        table as unknown as { table: { name: string; tableRef?: string; ref: string } }
      ).table;
      const { r0, c0, r1, c1 } = decodeRange(model.tableRef ?? model.ref);
      const values: CellValue[][] = [];
      const formulas: (string | null)[][] = [];
      const notes: Record<string, string> = {};
      const links: Record<string, string> = {};
      // Rows typed just below, in the table's columns, where Excel would have grown it.
      // (Only below the entry tables: a summary's total row stands just below its table.)
      let end = r1;
      if (ENTRY_TABLES.has(model.name))
        while (end + 1 < MAX_ROWS && rowHasContent(ws.getRow(end + 2), c0, c1)) end++;
      for (let r = r0; r <= end; r++) {
        const row = ws.getRow(r + 1);
        const line: CellValue[] = [];
        const fline: (string | null)[] = [];
        for (let c = c0; c <= c1; c++) {
          const cell = row.getCell(c + 1);
          line.push(plainValue(cell.value));
          fline.push(formulaOf(cell));
          const note = noteOf(cell);
          if (note !== undefined) notes[`${r - r0},${c - c0}`] = note;
          const link = linkOf(cell);
          if (link !== undefined) links[`${r - r0},${c - c0}`] = link;
        }
        values.push(line);
        formulas.push(fline);
      }
      const tv: TableValues = {
        sheet: ws.name,
        row: r0,
        col: c0,
        values,
        formulas,
        ...(end > r1 ? { takenIn: end - r1 } : {}),
        ...(Object.keys(notes).length ? { notes } : {}),
        ...(Object.keys(links).length ? { links } : {}),
      };
      out[model.name] = tv;
    }
  });
  return out;
}

/** What a workbook holds outside its tables: cells, comments, hyperlinks, defined names, the tables. */
export function outsideOf(wb: ExcelJS.Workbook, values: WorkbookValues = tablesOf(wb)): Outside {
  const inTable = new Map<string, { r0: number; c0: number; r1: number; c1: number }[]>();
  for (const tv of Object.values(values)) {
    if (!tv) continue;
    const list = inTable.get(tv.sheet) ?? [];
    const width = Math.max(0, ...tv.values.map((r) => r.length));
    list.push({
      r0: tv.row,
      c0: tv.col,
      r1: tv.row + tv.values.length - 1,
      c1: tv.col + width - 1,
    });
    inTable.set(tv.sheet, list);
  }
  const cells: OutsideCell[] = [];
  const tables: Outside["tables"] = [];
  wb.eachSheet((ws) => {
    for (const table of ws.getTables()) {
      const model = (table as unknown as { table: { name: string } }).table;
      tables.push({ name: model.name, sheet: ws.name });
    }
    const rects = inTable.get(ws.name) ?? [];
    ws.eachRow({ includeEmpty: false }, (row, rn) => {
      row.eachCell({ includeEmpty: false }, (cell, cn) => {
        const r = rn - 1;
        const c = cn - 1;
        if (rects.some((x) => r >= x.r0 && r <= x.r1 && c >= x.c0 && c <= x.c1)) return;
        // A merged range's other cells show its first cell's content: not content of their own.
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const v = plainValue(cell.value);
        const f = formulaOf(cell);
        const note = noteOf(cell);
        const link = linkOf(cell);
        const value = f !== null ? `=${f}` : v === null ? "" : String(v);
        if (value === "" && note === undefined && link === undefined) return;
        cells.push({
          sheet: ws.name,
          row: r,
          col: c,
          value,
          ...(note !== undefined ? { note } : {}),
          ...(link !== undefined ? { link } : {}),
        });
      });
    });
  });
  const names = (wb.definedNames as unknown as { model: { name: string }[] }).model.map(
    (n) => n.name
  );
  return { cells, names, tables };
}

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await forExcelJs(await fs.readFile(file))) as unknown as ArrayBuffer);
  return wb;
}

/** The table of the template's version stamp: a workbook with it holds a template. */
const STAMP_TABLE = meta.name;

/**
 * A workbook file as the use cases' port (an untrusted one comes through
 * the gate first: src/xlsx/gate.ts, src/xlsx/untrusted.ts). Writing makes the workbook anew
 * from the plan (a file has nothing the template does not write back: the
 * use cases refuse, before writing, content a rewrite would drop); a report
 * is added to the workbook as it is. Nothing reaches the disk until `save`.
 */
export class XlsxWorkbook implements WorkbookPort {
  constructor(private wb: ExcelJS.Workbook = new ExcelJS.Workbook()) {}

  /** A workbook with nothing in it (to build the template into). */
  static empty(): XlsxWorkbook {
    return new XlsxWorkbook();
  }

  /** Read a file (trusted: written by this tool or checked already). */
  static async open(file: string): Promise<XlsxWorkbook> {
    return new XlsxWorkbook(await loadWorkbook(file));
  }

  async read(): Promise<WorkbookValues> {
    return tablesOf(this.wb);
  }

  async sheetNames(): Promise<string[]> {
    return this.wb.worksheets.map((w) => w.name);
  }

  async outside(): Promise<Outside> {
    return outsideOf(this.wb);
  }

  async write(build: (values: WorkbookValues | null) => WorkbookPlan): Promise<Written> {
    const values = tablesOf(this.wb);
    const plan = build(values[STAMP_TABLE] ? values : null);
    const before = this.wb;
    this.wb = toExcelJs(plan);
    keepBackups(before, this.wb, plan);
    return {
      upgraded: Boolean(values[STAMP_TABLE]),
      syncs: 0,
      sheets: plan.sheets.length,
      tables: plan.sheets.reduce((n, s) => n + s.tables.length, 0),
      rows: plan.sheets.reduce((n, s) => n + s.tables.reduce((m, t) => m + t.rows.length, 0), 0),
      skipped: [],
      largestBatch: 0,
    };
  }

  /**
   * Add the report's sheets (replacing earlier ones) and mark the cells (bold
   * text in the severity's colour, the findings in a note), unmarking the
   * cells an earlier report marked. The entry cells' fills stay.
   */
  async report(make: (values: WorkbookValues) => ReportWrite): Promise<{ syncs: number }> {
    const { plan, mark, unmark } = make(tablesOf(this.wb));
    for (const old of unmark) {
      const cell = this.cell(old);
      if (cell) unmarkCell(cell);
    }
    for (const sheet of plan.sheets) {
      const previous = this.wb.getWorksheet(sheet.name);
      if (previous) this.wb.removeWorksheet(previous.id);
      applySheet(this.wb, sheet);
    }
    for (const m of mark) {
      const cell = this.cell(m);
      if (cell) markCell(cell, m);
    }
    return { syncs: 0 };
  }

  async save(file: string): Promise<void> {
    await fs.writeFile(file, await packageBytes(this.wb));
  }

  async buffer(): Promise<Buffer> {
    return packageBytes(this.wb);
  }

  private cell(at: Unmark): ExcelJS.Cell | undefined {
    return this.wb.getWorksheet(at.sheet)?.getCell(at.cell);
  }
}

/** Set a cell's font on a style of its own (exceljs shares one style object between cells read with the same style). */
function setFont(cell: ExcelJS.Cell, font: Partial<ExcelJS.Font>): void {
  cell.style = { ...cell.style, font: { ...cell.style.font, ...font } };
}

function markCell(cell: ExcelJS.Cell, m: Pick<Mark, "severity"> & { message?: string }): void {
  setFont(cell, { bold: true, color: { argb: `FF${MARK_COLORS[m.severity]}` } });
  if (m.message) cell.note = m.message;
}

function unmarkCell(cell: ExcelJS.Cell): void {
  setFont(cell, { bold: false, color: undefined });
  // exceljs has no call that removes a note: drop the one an earlier report wrote, both where
  // the cell keeps it and in the value model it was loaded with (setting the value renews it).
  delete (cell as unknown as { _comment?: unknown })._comment;
  const value = cell.value;
  cell.value = value;
}
