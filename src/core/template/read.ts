/**
 * Read a NAP workbook's tables (plain 2-D values) back into the plan model.
 * Columns are found by their headers, in English or French, wherever they
 * stand; extra columns are ignored; a missing required column is an error
 * that names it.
 */
import { t } from "../i18n";
import { parseNumber, parseTypedNumber } from "../numbers";
import { parsePlan, PlanError, planYears, type Lang, type Plan } from "../model";
import {
  emptyDraft,
  headerMatches,
  planInput,
  TABLES,
  tableSpecs,
  META_KEYS,
  TEMPLATE_VERSION,
  type ColumnSpec,
  type Rec,
  type TableKey,
  type TableSpec,
} from "../tables";
import { both } from "../i18n";
import { listValue, listValues } from "../vocabulary";
import { sheetName } from "./build";
import { a1, type CellValue } from "./types";

/** A table as read: header row first. `row`/`col` locate its top-left cell (0-based). */
export interface TableValues {
  sheet: string;
  row: number;
  col: number;
  values: CellValue[][];
  /** The formula of each cell (without "="), or null; when the adapter reads them. */
  formulas?: (string | null)[][];
  /**
   * The last `takenIn` rows of `values` were typed just below the table, in its
   * columns, where Excel would have grown it (LibreOffice and openpyxl do not):
   * taken into the table, and reported.
   */
  takenIn?: number;
  /** Cell comments (notes) in the table, by "r,c" within `values` (header row 0). */
  notes?: Record<string, string>;
  /** Hyperlinks in the table, by "r,c" within `values`. */
  links?: Record<string, string>;
}

/** What an adapter hands the reader: each table found, by table name. */
export type WorkbookValues = Partial<Record<string, TableValues>>;

export type TemplateErrorCode =
  "not-nap-workbook" | "missing-table" | "missing-column" | "duplicate-column" | "newer-template";

export class TemplateError extends Error {
  constructor(
    readonly code: TemplateErrorCode,
    message: string,
    readonly details: Record<string, string> = {}
  ) {
    super(message);
    this.name = "TemplateError";
  }
}

export interface ReadProblem {
  sheet: string;
  cell: string;
  column: string;
  rule: "not-a-number" | "excel-error" | "unknown-label" | "below-fixed-table";
  /** A text that can be read as two numbers ("1,500"). */
  ambiguous?: boolean;
  value: string;
  message: string;
}

export interface ReadResult {
  plan: Plan;
  templateVersion: number;
  lang: Lang;
  problems: ReadProblem[];
}

const EXCEL_ERROR =
  /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA|BUSY!|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!)$/i;

export function isExcelError(v: CellValue): boolean {
  return typeof v === "string" && EXCEL_ERROR.test(v.trim());
}

export { parseNumber };

interface Column {
  spec: ColumnSpec;
  index: number;
}

/** Map a table's header row to its column specs. */
export function mapColumns(
  table: TableSpec,
  headerRow: CellValue[],
  lang: Lang
): Map<string, Column> {
  const found = new Map<string, Column>();
  headerRow.forEach((h, index) => {
    if (h === null || h === "") return;
    const spec = table.columns.find((c) => headerMatches(String(h), c));
    if (!spec) return;
    if (found.has(spec.key)) {
      throw new TemplateError(
        "duplicate-column",
        t(lang, "error.duplicateColumn", { table: table.name, column: String(h) }),
        { table: table.name, column: String(h) }
      );
    }
    found.set(spec.key, { spec, index });
  });
  for (const spec of table.columns) {
    if (spec.required && !found.has(spec.key)) {
      const [enH] = both(spec.header, spec.headerValues);
      const column = t(lang, spec.header, spec.headerValues);
      throw new TemplateError(
        "missing-column",
        t(lang, "error.missingColumn", { table: table.name, column }),
        {
          table: table.name,
          column: enH,
        }
      );
    }
  }
  return found;
}

/** One row of a table, read by column key: values parsed, problems recorded with their cell. */
export class RowReader {
  constructor(
    private readonly tv: TableValues,
    private readonly cols: Map<string, Column>,
    private readonly problems: ReadProblem[],
    private readonly lang: Lang,
    private r: number
  ) {}

  /** The row's index in the table's values (the header is 0). */
  get index(): number {
    return this.r;
  }

  get sheet(): string {
    return this.tv.sheet;
  }

  /** The A1 address of this row's cell in a column, or of its first cell when the column is absent. */
  address(key: string): string {
    const c = this.cols.get(key);
    return a1(this.tv.row + this.r, this.tv.col + (c?.index ?? 0));
  }

  has(key: string): boolean {
    return this.cols.has(key);
  }

  /**
   * The cell's value alone, undefined when the column is absent: most reads
   * find no problem and need no address (checkspeed: the check reads 27,720
   * value rows a dozen times each).
   */
  private at(key: string): CellValue | undefined {
    const c = this.cols.get(key);
    return c ? (this.tv.values[this.r]?.[c.index] ?? null) : undefined;
  }

  private raw(key: string): { v: CellValue; cell: string; header: string } | undefined {
    const c = this.cols.get(key);
    if (!c) return undefined;
    const v = this.tv.values[this.r]?.[c.index] ?? null;
    return {
      v,
      cell: a1(this.tv.row + this.r, this.tv.col + c.index),
      header: String(this.tv.values[0][c.index]),
    };
  }

  private problem(
    rule: ReadProblem["rule"],
    x: { v: CellValue; cell: string; header: string },
    key: "error.notNumber" | "error.ambiguousNumber" | "error.excelError" | "error.unknownLabel"
  ) {
    const ref = `${this.tv.sheet}!${x.cell}`;
    this.problems.push({
      sheet: this.tv.sheet,
      cell: x.cell,
      column: x.header,
      rule,
      value: String(x.v),
      ...(key === "error.ambiguousNumber" ? { ambiguous: true } : {}),
      message: t(this.lang, key, { cell: ref, value: String(x.v) }),
    });
  }

  text(key: string): string | undefined {
    const v = this.at(key);
    if (v === undefined || v === null) return undefined;
    if (isExcelError(v)) {
      this.problem("excel-error", this.raw(key)!, "error.excelError");
      return undefined;
    }
    const s = String(v).trim();
    return s === "" ? undefined : s;
  }

  num(key: string): number | null {
    const v = this.at(key);
    if (v === undefined) return null;
    if (isExcelError(v)) {
      this.problem("excel-error", this.raw(key)!, "error.excelError");
      return null;
    }
    const n = parseTypedNumber(v);
    if (!n.ok) {
      this.problem(
        "not-a-number",
        this.raw(key)!,
        n.why === "ambiguous" ? "error.ambiguousNumber" : "error.notNumber"
      );
      return null;
    }
    return n.value;
  }

  list(key: string, list: Parameters<typeof listValue>[0]): string | undefined {
    const s = this.text(key);
    if (s === undefined) return undefined;
    const v = listValue(list, s);
    if (v === undefined) this.problem("unknown-label", this.raw(key)!, "error.unknownLabel");
    return v;
  }

  bool(key: string): boolean | undefined {
    const v = this.list(key, "yesno");
    return v === undefined ? undefined : v === "yes";
  }

  /** The cell as it is (number, text, boolean or null), Excel errors reported. */
  value(key: string): CellValue {
    const x = this.raw(key);
    if (!x || x.v === null || x.v === "") return null;
    if (isExcelError(x.v)) {
      this.problem("excel-error", x, "error.excelError");
      return null;
    }
    return x.v;
  }

  codes(key: string): string[] {
    const s = this.text(key);
    return s
      ? s
          .split(/[;,]/)
          .map((x) => x.trim())
          .filter(Boolean)
      : [];
  }

  blank(): boolean {
    const row = this.tv.values[this.r] ?? [];
    return [...this.cols.values()].every(
      (c) => c.spec.formula !== undefined || row[c.index] === null || row[c.index] === ""
    );
  }
}

export function rowsOf(
  key: TableKey,
  specs: Record<TableKey, TableSpec>,
  values: WorkbookValues,
  lang: Lang,
  problems: ReadProblem[],
  optional = false
): RowReader[] {
  const spec = specs[key];
  const tv = values[spec.name];
  if (!tv || tv.values.length === 0) {
    if (optional) return [];
    const sheet = sheetName(lang, spec.sheet);
    throw new TemplateError(
      "missing-table",
      t(lang, "error.missingTable", { table: spec.name, sheet }),
      {
        table: spec.name,
        sheet,
      }
    );
  }
  const cols = mapColumns(spec, tv.values[0], lang);
  const out: RowReader[] = [];
  const end = tv.values.length - (spec.growable ? 0 : (tv.takenIn ?? 0));
  // Typed below a table whose rows the plan fixes: not read, and a rewrite would drop it.
  for (let r = end; r < tv.values.length; r++) {
    tv.values[r].forEach((v, c) => {
      if (v === null || v === "") return;
      const cell = a1(tv.row + r, tv.col + c);
      problems.push({
        sheet: tv.sheet,
        cell,
        column: String(tv.values[0][c] ?? ""),
        rule: "below-fixed-table",
        value: String(v),
        message: t(lang, "error.belowFixedTable", {
          cell: `${tv.sheet}!${cell}`,
          table: spec.name,
        }),
      });
    });
  }
  for (let r = 1; r < end; r++) {
    const rr = new RowReader(tv, cols, problems, lang, r);
    if (!rr.blank()) out.push(rr);
  }
  return out;
}

/** Read the meta table: version, language, plan identity and period. */
export function readMeta(values: WorkbookValues): Record<string, CellValue> {
  const tv = values.tblNapMeta;
  const meta: Record<string, CellValue> = {};
  if (!tv) return meta;
  for (const row of tv.values.slice(1)) {
    if (typeof row[0] === "string") meta[row[0]] = row[1] ?? null;
  }
  return meta;
}

/** A row read back by its table's columns: each value parsed by its kind, problems recorded. */
export function readRecord(r: RowReader, columns: ColumnSpec[]): Rec {
  const row: Rec = {};
  for (const col of columns) {
    if (col.kind === "formula" || !r.has(col.key)) continue;
    if (col.parse) {
      row[col.key] = col.parse(r, row);
      continue;
    }
    switch (col.kind) {
      case "text":
      case "code":
        row[col.key] = r.text(col.key) ?? null;
        break;
      case "codes":
        row[col.key] = r.codes(col.key);
        break;
      case "years":
        row[col.key] = r.codes(col.key).map((y) => parseNumber(y) ?? NaN);
        break;
      case "number":
      case "percent":
      case "amount":
      case "year":
        row[col.key] = r.num(col.key);
        break;
      case "enum":
        row[col.key] = col.list ? (r.list(col.key, col.list) ?? null) : (r.text(col.key) ?? null);
        break;
      case "enums": {
        const text = r.text(col.key);
        row[col.key] = text && col.multiList ? listValues(col.multiList, text).values : [];
        break;
      }
      case "bool":
        row[col.key] = r.bool(col.key) ?? null;
        break;
      case "any":
        row[col.key] = r.value(col.key);
        break;
    }
  }
  return row;
}

export type Stamp =
  | { ok: true; version: number; lang: Lang; period: { start: number; end: number } }
  | { ok: false; error: TemplateError };

/**
 * The one version rule, for every command and the pane: the stamp in the
 * very hidden _NAP sheet must give a whole template version from 1 to the
 * one this reader knows, and a period of whole years (1990-2100, the end
 * not before the start). A missing, malformed, negative or newer stamp is
 * refused with the same message everywhere.
 */
export function readStamp(meta: Record<string, CellValue>, lang: Lang): Stamp {
  const notNap = () => ({
    ok: false as const,
    error: new TemplateError(
      "not-nap-workbook",
      t(lang, "error.notNapWorkbook", { sheet: sheetName(lang, "meta") })
    ),
  });
  const whole = (v: CellValue | undefined) => {
    const n =
      typeof v === "number" ? v : typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
    return Number.isInteger(n) ? n : NaN;
  };
  const version = whole(meta.templateVersion);
  const start = whole(meta.periodStart);
  const end = whole(meta.periodEnd);
  const year = (y: number) => y >= 1990 && y <= 2100;
  if (!(version >= 1) || !year(start) || !year(end) || end < start) return notNap();
  if (version > TEMPLATE_VERSION) {
    return {
      ok: false,
      error: new TemplateError(
        "newer-template",
        t(lang, "error.newerTemplate", { found: version, known: TEMPLATE_VERSION }),
        { found: String(version), known: String(TEMPLATE_VERSION) }
      ),
    };
  }
  return { ok: true, version, lang: meta.lang === "fr" ? "fr" : "en", period: { start, end } };
}

/** Read a workbook's tables back into a plan. Throws TemplateError on structure, PlanError on content. */
export function readPlan(values: WorkbookValues, messageLang: Lang = "en"): ReadResult {
  const stamp = readStamp(readMeta(values), messageLang);
  if (!stamp.ok) throw stamp.error;
  const { version, lang, period } = stamp;
  const years = planYears({ period });
  const specs = tableSpecs(years);
  const problems: ReadProblem[] = [];
  const draft = emptyDraft();
  const read: { key: TableKey; row: RowReader; rec: Rec }[] = [];
  for (const def of TABLES) {
    const rows = rowsOf(def.key, specs, values, messageLang, problems, def.optional);
    const recs = rows.map((r) => readRecord(r, specs[def.key].columns));
    rows.forEach((row, i) => read.push({ key: def.key, row, rec: recs[i] }));
    def.read(recs, draft);
  }
  const input = planInput(draft, lang, period);
  let plan: Plan;
  try {
    plan = parsePlan(input);
  } catch (e) {
    if (!(e instanceof PlanError)) throw e;
    throw placedPlanError(e, input, read, messageLang);
  }
  return {
    plan,
    templateVersion: version,
    lang,
    // One problem per cell and rule, however many readers looked at the cell.
    problems: [...new Map(problems.map((p) => [`${p.rule}|${p.sheet}|${p.cell}`, p])).values()],
  };
}

export { META_KEYS };

/**
 * A plan the tables make that the model refuses (a progress of 150 %, a
 * negative amount, a text too long): each issue named by its cell, not by
 * the plan's path, where the row can be found (by its table's row key
 * among the objects the path goes through).
 */
function placedPlanError(
  e: PlanError,
  input: unknown,
  read: { key: TableKey; row: RowReader; rec: Rec }[],
  lang: Lang
): PlanError {
  const issues = e.issues.map((issue) => {
    const cell = cellOfPath(issue.path, input, read);
    return cell ? { ...issue, path: cell } : issue;
  });
  const placed = issues.filter((i, k) => i.path !== e.issues[k].path);
  if (!placed.length) return e;
  const message = issues
    .map((i) => t(lang, "error.planValue", { cell: i.path, message: said(i.message, lang) }))
    .join("; ");
  return new PlanError(message, issues);
}

/** The model's usual limits, said in the planner's language. */
function said(message: string, lang: Lang): string {
  const most = /less than or equal to (-?[\d.]+)|at most (\d+) character/.exec(message);
  if (most) return t(lang, "error.atMost", { limit: most[1] ?? most[2] });
  const least = /greater than or equal to (-?[\d.]+)/.exec(message);
  if (least) return t(lang, "error.atLeast", { limit: least[1] });
  return message;
}

function cellOfPath(
  path: string,
  input: unknown,
  read: { key: TableKey; row: RowReader; rec: Rec }[]
): string | undefined {
  const parts = path.split(".");
  const field = [...parts].reverse().find((p) => !/^\d+$/.test(p));
  if (!field) return undefined;
  // The objects the path goes through, innermost last (their codes identify the row).
  const chain: Record<string, unknown>[] = [];
  let at: unknown = input;
  for (const p of parts.slice(0, -1)) {
    if (at === null || typeof at !== "object") break;
    at = (at as Record<string, unknown>)[p];
    if (at && typeof at === "object" && !Array.isArray(at))
      chain.push(at as Record<string, unknown>);
  }
  const leaf = chain[chain.length - 1];
  if (!leaf) return undefined;
  const same = (a: unknown, b: unknown) =>
    a !== undefined && a !== null && String(a).trim() === String(b ?? "").trim();
  for (const { key, row, rec } of read) {
    if (!row.has(field)) continue;
    const keys = TABLES.find((d) => d.key === key)?.rowKey ?? [];
    if (!keys.length) continue;
    const match = keys.every((k) => {
      if (k in leaf) return same(leaf[k], rec[k]);
      // A key the leaf takes from its parent (a budget line's action is the action's code).
      return chain.slice(0, -1).some((o) => same(o.code, rec[k]));
    });
    if (match) return `${row.sheet}!${row.address(field)}`;
  }
  return undefined;
}
