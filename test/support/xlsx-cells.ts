/**
 * An independent reader of .xlsx cells, for tests that must not trust the
 * project's reader nor exceljs: the package is opened with jszip and each
 * worksheet's XML is read as the file holds it (shared and inline strings,
 * numbers, booleans, errors, formulas, dates by their number format), with
 * its tables, comments and hyperlinks. Sheet names come from workbook.xml
 * and its relationships, so part names do not matter.
 */
import { promises as fs } from "fs";
import JSZip from "jszip";

export type CellType = "string" | "number" | "date" | "boolean" | "error" | "formula-string";

export interface XCell {
  /** As the file types it: a number with a date format is a "date". */
  type: CellType;
  /** Text, number (a date keeps its serial number), boolean or error text; null when no value is stored. */
  value: string | number | boolean | null;
  /** The formula as written in `<f>` (no leading "="), or "shared:<si>" for a shared formula's follower. */
  formula: string | null;
  /** The style index (s attribute). */
  style: number;
}

export interface XTable {
  name: string;
  sheet: string;
  /** e.g. "A1:P25" (header row included). */
  ref: string;
  columns: string[];
  headerRowCount: number;
  totalsRowCount: number;
}

export interface XSheet {
  name: string;
  state: string;
  /** A1 → cell; cells with neither value nor formula are left out. */
  cells: Map<string, XCell>;
  tables: XTable[];
  /** A1 → comment text. */
  comments: Map<string, string>;
  /** A1 → target (external) or location (internal). */
  hyperlinks: Map<string, string>;
  /** Merged ranges, as written. */
  merges: string[];
}

export interface XBook {
  sheets: XSheet[];
  definedNames: Map<string, string>;
  sheet(name: string): XSheet;
  table(name: string): XTable & { sheetCells: Map<string, XCell> };
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML text to a string: entities, character references, and Excel's _xHHHH_ escapes. */
export function xmlText(s: string): string {
  return s
    .replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (m, e: string) =>
      e.startsWith("#x")
        ? String.fromCodePoint(parseInt(e.slice(2), 16))
        : e.startsWith("#")
          ? String.fromCodePoint(parseInt(e.slice(1), 10))
          : (ENTITIES[e] ?? m)
    )
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

const attrs = (tag: string): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)="([^"]*)"/g)) out[m[1]] = xmlText(m[2]);
  return out;
};

/** The text of a string item: `<t>` directly or in rich-text runs `<r><t>`, phonetic runs left out. */
function itemText(xml: string): string {
  const body = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let text = "";
  for (const m of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g))
    text += xmlText(m[1] ?? "");
  return text;
}

/** Resolve a relationship target against the part that holds it (absolute or relative). */
function resolve(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

const relsOf = (part: string) => {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i)}/_rels/${part.slice(i + 1)}.rels`;
};

async function rels(
  zip: JSZip,
  part: string
): Promise<Map<string, { type: string; target: string; external: boolean }>> {
  const out = new Map<string, { type: string; target: string; external: boolean }>();
  const f = zip.file(relsOf(part));
  if (!f) return out;
  const xml = await f.async("string");
  for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    const a = attrs(m[0]);
    const external = a.TargetMode === "External";
    out.set(a.Id, {
      type: a.Type.split("/").pop() ?? "",
      target: external ? a.Target : resolve(part, a.Target),
      external,
    });
  }
  return out;
}

const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** Is a number format a date or time format? (quoted text and colours left out) */
function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "");
  return /[dmyhs]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

export const colIndex = (letters: string): number =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

export const colLetters = (n: number): string => {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

export function splitA1(ref: string): { col: number; row: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) throw new Error(`not a cell reference: ${ref}`);
  return { col: colIndex(m[1]), row: Number(m[2]) };
}

export const a1 = (col: number, row: number) => `${colLetters(col)}${row}`;

/** Read every sheet's cells, tables, comments and hyperlinks from an .xlsx file or its bytes. */
export async function readXlsxCells(file: string | Uint8Array): Promise<XBook> {
  const zip = await JSZip.loadAsync(typeof file === "string" ? await fs.readFile(file) : file);
  const text = async (part: string) => {
    const f = zip.file(part);
    if (!f) throw new Error(`missing part ${part}`);
    return f.async("string");
  };
  const wbRels = await rels(zip, "xl/workbook.xml");
  const wbXml = await text("xl/workbook.xml");

  const shared: string[] = [];
  const dateStyles = new Set<number>();
  for (const r of wbRels.values()) {
    if (r.type === "sharedStrings")
      for (const m of (await text(r.target)).matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g))
        shared.push(itemText(m[1] ?? ""));
    if (r.type === "styles") {
      const xml = await text(r.target);
      const custom = new Map<number, string>();
      for (const m of xml.matchAll(/<numFmt\b[^>]*>/g)) {
        const a = attrs(m[0]);
        custom.set(Number(a.numFmtId), a.formatCode);
      }
      const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
      [...xfs.matchAll(/<xf\b[^>]*>/g)].forEach((m, i) => {
        const id = Number(attrs(m[0]).numFmtId ?? 0);
        if (BUILTIN_DATES.has(id) || (custom.has(id) && isDateFormat(custom.get(id)!)))
          dateStyles.add(i);
      });
    }
  }

  const definedNames = new Map<string, string>();
  for (const m of wbXml.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g))
    definedNames.set(attrs(m[1]).name, xmlText(m[2]));

  const sheets: XSheet[] = [];
  for (const m of wbXml.matchAll(/<sheet\b[^>]*>/g)) {
    const a = attrs(m[0]);
    const rel = wbRels.get(a["r:id"]);
    if (!rel) throw new Error(`sheet ${a.name}: no relationship ${a["r:id"]}`);
    const part = rel.target;
    const xml = await text(part);
    const cells = new Map<string, XCell>();
    const data = /<sheetData\b[^>]*>([\s\S]*?)<\/sheetData>|<sheetData\/>/.exec(xml)?.[1] ?? "";
    for (const c of data.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ca = attrs(c[1]);
      const body = c[2] ?? "";
      const style = Number(ca.s ?? 0);
      const fm = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(body);
      let formula: string | null = null;
      if (fm) {
        const fa = attrs(fm[1]);
        formula = fm[2] !== undefined && fm[2] !== "" ? xmlText(fm[2]) : `shared:${fa.si ?? ""}`;
      }
      const vm = /<v>([\s\S]*?)<\/v>/.exec(body);
      const raw = vm ? xmlText(vm[1]) : null;
      const t = ca.t ?? "n";
      let type: CellType;
      let value: XCell["value"];
      if (t === "s") {
        type = "string";
        value = raw === null ? null : (shared[Number(raw)] ?? null);
      } else if (t === "inlineStr") {
        type = "string";
        const is = /<is>([\s\S]*?)<\/is>/.exec(body);
        value = is ? itemText(is[1]) : null;
      } else if (t === "str") {
        type = "formula-string";
        value = raw;
      } else if (t === "b") {
        type = "boolean";
        value = raw === null ? null : raw === "1" || raw === "true";
      } else if (t === "e") {
        type = "error";
        value = raw;
      } else if (t === "d") {
        type = "date";
        value = raw;
      } else {
        type = dateStyles.has(style) ? "date" : "number";
        value = raw === null ? null : Number(raw);
      }
      if (value === null && formula === null) continue;
      cells.set(ca.r, { type, value, formula, style });
    }

    const sheetRels = await rels(zip, part);
    const tables: XTable[] = [];
    const comments = new Map<string, string>();
    const hyperlinks = new Map<string, string>();
    for (const r of sheetRels.values()) {
      if (r.type === "table") {
        const tx = await text(r.target);
        const ta = attrs(/<table\b[^>]*>/.exec(tx)![0]);
        tables.push({
          name: ta.displayName ?? ta.name,
          sheet: a.name,
          ref: ta.ref,
          columns: [...tx.matchAll(/<tableColumn\b[^>]*>/g)].map((x) => attrs(x[0]).name),
          headerRowCount: Number(ta.headerRowCount ?? 1),
          totalsRowCount: Number(ta.totalsRowCount ?? 0),
        });
      } else if (r.type === "comments") {
        const cx = await text(r.target);
        for (const cm of cx.matchAll(/<comment\b([^>]*)>([\s\S]*?)<\/comment>/g))
          comments.set(attrs(cm[1]).ref, itemText(cm[2]));
      }
    }
    for (const h of xml.matchAll(/<hyperlink\b[^>]*>/g)) {
      const ha = attrs(h[0]);
      const target = ha["r:id"] ? sheetRels.get(ha["r:id"])?.target : undefined;
      hyperlinks.set(ha.ref, target ?? ha.location ?? "");
    }
    const merges = [...xml.matchAll(/<mergeCell\b[^>]*>/g)].map((x) => attrs(x[0]).ref);
    sheets.push({
      name: a.name,
      state: a.state ?? "visible",
      cells,
      tables,
      comments,
      hyperlinks,
      merges,
    });
  }

  const sheet = (name: string) => {
    const s = sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  };
  return {
    sheets,
    definedNames,
    sheet,
    table: (name: string) => {
      for (const s of sheets)
        for (const tb of s.tables) if (tb.name === name) return { ...tb, sheetCells: s.cells };
      throw new Error(`no table ${name}`);
    },
  };
}

/** A table's data rows as arrays of cells (undefined for an empty cell), with their sheet row numbers. */
export function tableRows(
  book: XBook,
  name: string
): { table: XTable; rows: { row: number; cells: (XCell | undefined)[] }[] } {
  const tb = book.table(name);
  const [from, to] = tb.ref.split(":").map(splitA1);
  const rows: { row: number; cells: (XCell | undefined)[] }[] = [];
  for (let r = from.row + tb.headerRowCount; r <= to.row - tb.totalsRowCount; r++) {
    const cells: (XCell | undefined)[] = [];
    for (let c = from.col; c <= to.col; c++) cells.push(tb.sheetCells.get(a1(c, r)));
    rows.push({ row: r, cells });
  }
  return { table: tb, rows };
}
