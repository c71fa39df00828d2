/**
 * The property test's generator and diff: filled workbooks with edge values in
 * the entry cells of tblActions, tblBudget, tblIndicators and tblStakeholders
 * (made with exceljs from `nap1325 build --example`), and the typed cells of
 * two files compared through the independent reader (test/support/xlsx-cells.ts),
 * rows matched by their table's key columns.
 */
import { createHash } from "crypto";
import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { headerMatches, tableSpecs, type ColumnSpec, type TableKey } from "../../src/core/tables";
import { a1, splitA1, tableRows, type XBook, type XCell } from "../support/xlsx-cells";

export const YEARS = [2019, 2020, 2021, 2022, 2023];

/** The tables the generator fills and the diff checks, with their row keys. */
export const CHECKED: { key: TableKey; name: string; rowKey: string[] }[] = [
  { key: "actions", name: "tblActions", rowKey: ["code"] },
  { key: "budget", name: "tblBudget", rowKey: ["action", "year", "source"] },
  { key: "indicators", name: "tblIndicators", rowKey: ["code"] },
  { key: "stakeholders", name: "tblStakeholders", rowKey: ["code"] },
  { key: "funding", name: "tblFunding", rowKey: ["code"] },
  { key: "regions", name: "tblRegions", rowKey: ["code"] },
  { key: "risks", name: "tblRisks", rowKey: ["code"] },
];
const EDITED: TableKey[] = ["actions", "budget", "indicators", "stakeholders"];

/**
 * Open a workbook with exceljs to edit it, as a planner's tool would. exceljs
 * 4.4 cannot parse a table column's calculatedColumnFormula (it throws
 * "Cannot set properties of undefined (setting 'filterButton')"), so those
 * are left out of what it reads; the cells keep their formulas.
 */
export async function openForEdit(file: string): Promise<ExcelJS.Workbook> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/tables\/[^/]+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    zip.file(
      name,
      xml.replace(/<(calculatedColumnFormula|totalsRowFormula)\b[^>]*>[\s\S]*?<\/\1>/g, "")
    );
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await zip.generateAsync({ type: "nodebuffer" })) as unknown as ArrayBuffer);
  return wb;
}

/** Seeded random numbers (mulberry32). */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
  };
}
export type Rng = ReturnType<typeof rng>;

export const sha = async (file: string) =>
  createHash("sha256")
    .update(await fs.readFile(file))
    .digest("hex");

type Value = ExcelJS.CellValue;
interface Edge {
  label: string;
  value: Value;
  /**
   * A value the template takes (its schema accepts it): a write path must keep
   * it or refuse naming its cell. Not clean: a value the reader cannot take
   * (text in a number cell, a negative amount...), to be refused.
   */
  clean: boolean;
}

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const LONG = "Renforcer la participation des femmes à la paix — " + "àéîôùçœ ".repeat(300) + "fin.";
const e = (label: string, value: Value, clean: boolean): Edge => ({ label, value, clean });

const SHORT_TEXTS: Edge[] = [
  e("accents", "Équité « paix » ñ 女性 🕊", true),
  e("= text", "=SUM(1,2) text", true),
  e("+ text", "+223 20 22 33 44", true),
  e("- text", "- tiret initial", true),
  e("@ text", "@planificatrice", true),
  e("trailing spaces", "espaces à la fin   ", true),
  e("leading spaces", "   espaces au début", true),
  e("line break", "ligne 1\nligne 2", true),
  e("xml specials", "<b>&amp; \"q\" 'x'</b>", true),
  e("number text fr", "250 000", true),
  e("number text en", "1,500,000", true),
  e("decimal comma text", "12,5", true),
  e("date-like text", "juin 2021", true),
  e("date-like text en", "Mar-21", true),
  e("apostrophe", "'quoted", true),
  e("escape-like text", "_x0041_ stays", true),
  e("number in text column", 42, false),
  e("date in text column", day(2021, 3, 15), false),
  e("formula in text column", { formula: 'CONCATENATE("a","b")', result: "ab" }, false),
];
const TEXTS: Edge[] = [
  e("long text", LONG, true),
  ...SHORT_TEXTS,
  e("text over 4000 characters", "x".repeat(4100), false),
];

/** Numbers any number cell may hold, and what no number cell can take. */
const NON_NUMBERS: Edge[] = [
  e("number text fr", "250 000", false),
  e("number text en", "1,500,000", false),
  e("decimal comma text", "12,5", false),
  e("ambiguous text", "250,000", false),
  e("currency text", "1 500 000 FCFA", false),
  e("words", "about twelve", false),
  e("formula with value", { formula: "1000*12", result: 12000 }, false),
  e("formula without value", { formula: "2+3" } as ExcelJS.CellFormulaValue, false),
  e("date", day(2021, 3, 15), false),
  e("date-time", new Date(Date.UTC(2021, 2, 15, 14, 30)), false),
  e("boolean", true, false),
];
const POSITIVE: Edge[] = [
  e("zero", 0, true),
  e("huge", 1e15, true),
  e("big with cents", 123456789012.25, true),
  e("float noise", 0.1 + 0.2, true),
  e("decimal", 12.5, true),
];
const NEGATIVE: Edge[] = [e("negative", -5, true), e("negative fraction", -0.5, true)];

/** Per column: values a planner may type there. */
function edgesFor(table: TableKey, col: ColumnSpec, current: Value): Edge[] {
  const cleared = (clean: boolean) => e("cleared", null, clean);
  const optional = !col.required;
  switch (col.kind) {
    case "text":
      if (col.key === "start" || col.key === "end")
        return [
          e("year", "2021", true),
          e("year-quarter", "2022-Q3", true),
          e("padded year", " 2021 ", true),
          e("year as number", 2021, false),
          e("bad quarter", "2021-Q5", false),
          e("month text", "juin 2021", false),
          cleared(true),
        ];
      if (col.key === "acronym")
        return [
          ...SHORT_TEXTS.filter((x) => String(x.value ?? "").length <= 40),
          e("long", LONG, false),
          cleared(true),
        ];
      return [...TEXTS, cleared(optional)];
    case "number":
    case "amount":
    case "year":
    case "percent": {
      if (col.kind === "year")
        return [
          e("year", 2018, true),
          e("year", 2019, true),
          cleared(true),
          e("year 1800", 1800, false),
          e("year and a half", 2019.5, false),
          e("year text", "2019", false),
        ];
      if (col.kind === "percent")
        return [
          e("zero", 0, true),
          e("hundred", 100, true),
          e("decimal", 12.5, true),
          e("float noise", 0.1 + 0.2, true),
          cleared(true),
          e("over 100", 150, false),
          e("negative", -5, false),
          ...NON_NUMBERS,
        ];
      if (table === "budget")
        return [
          ...POSITIVE,
          cleared(true),
          ...NEGATIVE.map((x) => ({ ...x, clean: false })),
          ...NON_NUMBERS,
        ];
      return [...POSITIVE, ...NEGATIVE, cleared(true), ...NON_NUMBERS];
    }
    case "years":
      return [
        e("two years", "2019, 2020", true),
        e("one year", "2021", true),
        e("semicolons", "2019;2021", true),
        e("padded", " 2020 ,2021 ", true),
        e("one year as number", 2021, true),
        e("year outside the plan", "1999", false),
        cleared(false),
      ];
    case "bool":
      return [
        e("same", current, true),
        e("boolean TRUE", true, false),
        e("boolean FALSE", false, false),
        e("text yes", "Yes", false),
        e("text oui", "oui", false),
        cleared(false),
      ];
    default: {
      const s = typeof current === "string" ? current : "";
      const isCode = col.kind === "code" || col.kind === "codes";
      return [
        e("same", s || null, true),
        e("lower case", s.toLowerCase() || null, !isCode),
        e("upper case", s.toUpperCase() || null, !isCode),
        e("trailing space", s ? `${s} ` : null, true),
        cleared(optional || col.key === "status"),
        e("unknown", isCode ? "XYZ-999" : "peut-être", false),
        e("number", 3, false),
      ];
    }
  }
}

export interface Edit {
  sheet: string;
  cell: string;
  table: string;
  column: string;
  label: string;
  clean: boolean;
}

export interface Generated {
  file: string;
  lang: "en" | "fr";
  clean: boolean;
  edits: Edit[];
}

/** The header → spec of each table column, and which columns are entry columns. */
export function columnSpecs(key: TableKey, headers: string[]): (ColumnSpec | undefined)[] {
  const specs = tableSpecs(YEARS)[key].columns;
  return headers.map((h) => specs.find((c) => headerMatches(h, c)));
}

/**
 * Fill a copy of a built workbook with edge values: `edits` cells per table
 * on random rows (keys left alone), a blank row in tblActions and tblBudget
 * sometimes, a hidden row sometimes. `clean` keeps to values the workbook
 * should carry through unchanged.
 */
export async function generate(
  pristine: { file: string; book: XBook; lang: "en" | "fr" },
  out: string,
  r: Rng,
  options: { clean: boolean; editsPerTable: number }
): Promise<Generated> {
  const wb = await openForEdit(pristine.file);
  const edits: Edit[] = [];
  let edit = 0;
  let uncleanAt = options.clean ? Infinity : r.int(EDITED.length * options.editsPerTable);
  for (const key of EDITED) {
    const def = CHECKED.find((c) => c.key === key)!;
    const { table, rows } = tableRows(pristine.book, def.name);
    const ws = wb.getWorksheet(table.sheet)!;
    const specs = columnSpecs(key, table.columns);
    const first = splitA1(table.ref.split(":")[0]).col;
    const editable = specs
      .map((s, i) => ({ s, i }))
      .filter(
        (x): x is { s: ColumnSpec; i: number } =>
          !!x.s && x.s.entry && x.s.kind !== "formula" && !def.rowKey.includes(x.s.key)
      );
    for (let n = 0; n < options.editsPerTable; n++) {
      const row = r.pick(rows);
      const { s, i } = r.pick(editable);
      const cell = ws.getCell(row.row, first + i);
      const pool = edgesFor(key, s, cell.value);
      // Clean workbooks only clean values; the others exactly one unclean value
      // (so that each one's own outcome is seen, not hidden by another's refusal).
      const clean = pool.filter((x) => x.clean);
      const unclean = pool.filter((x) => !x.clean);
      const pickUnclean = edit++ >= uncleanAt && unclean.length > 0;
      if (pickUnclean) uncleanAt = Infinity;
      const edge = r.pick(pickUnclean ? unclean : clean);
      cell.value = edge.value;
      edits.push({
        sheet: table.sheet,
        cell: cell.address,
        table: def.name,
        column: table.columns[i],
        label: `${s.kind}: ${edge.label}`,
        clean: edge.clean,
      });
    }
    // A blank row inside the table: every entry cell of one row cleared (computed cells stay).
    if (key === "budget" && r.chance(0.5)) {
      const row = r.pick(rows);
      specs.forEach((s, i) => {
        if (s && s.kind !== "formula") ws.getCell(row.row, first + i).value = null;
      });
      edits.push({
        sheet: table.sheet,
        cell: `${row.row}:${row.row}`,
        table: def.name,
        column: "*",
        label: "blank row",
        clean: true,
      });
    }
    if (r.chance(0.3)) {
      const row = r.pick(rows);
      ws.getRow(row.row).hidden = true;
      edits.push({
        sheet: table.sheet,
        cell: `${row.row}:${row.row}`,
        table: def.name,
        column: "*",
        label: "hidden row",
        clean: true,
      });
    }
  }
  await wb.xlsx.writeFile(out);
  return { file: out, lang: pristine.lang, clean: options.clean, edits };
}

export interface Difference {
  /** The cells as the independent reader sees them. */
  was?: XCell;
  now?: XCell;
  /** The column's key in the template (language-independent). */
  columnKey: string;
  table: string;
  key: string;
  column: string;
  before: string;
  after: string;
  beforeCell: string;
  afterCell: string;
}

const clip = (v: unknown) => {
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 40)}…${s.slice(-12)} (${s.length - 2} chars)` : s;
};

export const show = (c: XCell | undefined): string =>
  !c
    ? "∅"
    : c.formula !== null
      ? `=${c.formula}${c.value === null ? "" : ` (${clip(c.value)})`}`
      : `${c.type} ${clip(c.value)}`;

const blank = (c: XCell | undefined) =>
  !c || (c.formula === null && (c.value === null || c.value === ""));

/** Same type, value and formula (a formula's cached value is the engine's, not the planner's). */
export function sameCell(a: XCell | undefined, b: XCell | undefined): boolean {
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (a!.formula !== null || b!.formula !== null) return a!.formula === b!.formula;
  const ta = a!.type === "formula-string" ? "string" : a!.type;
  const tb = b!.type === "formula-string" ? "string" : b!.type;
  return ta === tb && a!.value === b!.value;
}

/** How a path may legitimately change a typed cell. */
export interface Allowance {
  /** Consolidation: a blank national cell may be filled by a submission. */
  blanksMayFill?: boolean;
  /** Roll-forward: an action's years list may gain this year. */
  yearAdded?: number;
}

const yearsOf = (c: XCell | undefined): number[] | null => {
  if (blank(c)) return [];
  if (c!.formula !== null) return null;
  if (typeof c!.value === "number") return [c!.value];
  if (typeof c!.value !== "string") return null;
  const parts = c!.value.split(/[,;\s]+/).filter(Boolean);
  return parts.every((p) => /^\d{4}$/.test(p)) ? parts.map(Number) : null;
};

/**
 * Every typed cell of the checked tables in `before` that is not the same in
 * `after`, rows matched by key. A row whose entry cells are all blank is not
 * checked; in a checked row a blank entry cell must stay blank (unless allowed).
 */
export function diffTyped(before: XBook, after: XBook, allow: Allowance = {}): Difference[] {
  const out: Difference[] = [];
  for (const def of CHECKED) {
    let b: ReturnType<typeof tableRows>;
    try {
      b = tableRows(before, def.name);
    } catch {
      continue;
    }
    let a: ReturnType<typeof tableRows> | undefined;
    try {
      a = tableRows(after, def.name);
    } catch {
      a = undefined;
    }
    const specs = columnSpecs(def.key, b.table.columns);
    const entry = specs
      .map((s, i) => ({ s, i }))
      .filter(
        (x): x is { s: ColumnSpec; i: number } => !!x.s && x.s.entry && x.s.kind !== "formula"
      );
    const keyOf = (cols: string[], cells: (XCell | undefined)[]) =>
      def.rowKey
        .map((k) => {
          const i = columnSpecs(def.key, cols).findIndex((s) => s?.key === k);
          const c = i < 0 ? undefined : cells[i];
          return c ? (c.formula !== null ? `=${c.formula}` : String(c.value)) : "";
        })
        .join("|");
    const afterRows = new Map<string, { row: number; cells: (XCell | undefined)[] }>();
    for (const row of a?.rows ?? []) {
      const k = keyOf(a!.table.columns, row.cells);
      if (!afterRows.has(k)) afterRows.set(k, row);
    }
    const afterCol = new Map((a?.table.columns ?? []).map((h, i) => [h, i]));
    const at = (tb: typeof b.table, i: number, row: number) =>
      `${tb.sheet}!${a1(splitA1(tb.ref.split(":")[0]).col + i, row)}`;
    for (const row of b.rows) {
      if (entry.every(({ i }) => blank(row.cells[i]))) continue;
      const key = keyOf(b.table.columns, row.cells);
      const match = afterRows.get(key);
      for (const { s, i } of entry) {
        const bc = row.cells[i];
        const ai = afterCol.get(b.table.columns[i]);
        const ac = match && ai !== undefined ? match.cells[ai] : undefined;
        if (sameCell(bc, ac)) continue;
        if (match && allow.blanksMayFill && blank(bc)) continue;
        if (match && allow.yearAdded !== undefined && s.kind === "years") {
          const yb = yearsOf(bc);
          const ya = yearsOf(ac);
          if (
            yb &&
            ya &&
            ya.length === yb.length + 1 &&
            yb.every((y) => ya.includes(y)) &&
            ya.includes(allow.yearAdded)
          )
            continue;
        }
        out.push({
          was: bc,
          now: ac,
          columnKey: s.key,
          table: def.name,
          key,
          column: b.table.columns[i],
          before: show(bc),
          after: match ? show(ac) : "row missing",
          beforeCell: at(b.table, i, row.row),
          afterCell: match && ai !== undefined ? at(a!.table, ai, match.row) : "-",
        });
      }
    }
  }
  return out;
}

/** Typed cells (non-blank entry cells of non-blank rows) of the checked tables. */
export function countTyped(book: XBook): number {
  let n = 0;
  for (const def of CHECKED) {
    const { table, rows } = tableRows(book, def.name);
    const entry = columnSpecs(def.key, table.columns)
      .map((s, i) => (s && s.entry && s.kind !== "formula" ? i : -1))
      .filter((i) => i >= 0);
    for (const row of rows) n += entry.filter((i) => !blank(row.cells[i])).length;
  }
  return n;
}

/**
 * The known, documented kinds of difference (each has a `test.failing` case in
 * known-differences.test.ts until the product keeps such cells): a typed
 * string trimmed, a list label re-cased, a list of codes or years re-written,
 * a cleared cell filled with a default, a number re-typed as text, a text
 * re-typed as a number, a typed formula replaced by its value (or emptied when
 * the file holds no cached value), a baseline year or value typed without
 * the other emptied. Anything else is unexplained.
 */
export function knownKind(d: Difference): string | undefined {
  const b = d.was;
  const a = d.now;
  if ((d.columnKey === "baselineValue" || d.columnKey === "baselineYear") && !blank(b) && blank(a))
    return "baseline year or value typed without the other emptied";
  if (b && b.formula !== null && blank(a)) return "formula without a cached value emptied";
  if (
    b?.formula == null &&
    (b?.value === null || b?.value === undefined) &&
    a &&
    a.formula === null
  )
    return "blank filled with a default";
  if (
    b &&
    a &&
    b.formula === null &&
    a.formula === null &&
    b.type === "string" &&
    a.type === "number"
  )
    return "text re-typed as a number";
  if (!b || !a || b.formula !== null || a.formula !== null) return undefined;
  if (typeof b.value === "number" && a.value === String(b.value)) return "number re-typed as text";
  if (typeof b.value !== "string" || typeof a.value !== "string") return undefined;
  if (a.value === b.value.trim()) return "trimmed";
  return undefined;
}

/** A refusal that names a path in the plan ("actions.7.progress") instead of a cell. */
export const namesPlanPath = (err: string) => /invalid plan at [\w.]+/.test(err);
