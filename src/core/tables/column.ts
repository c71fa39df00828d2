/**
 * What every table file declares: its columns (header, kind, list, entry or
 * computed, width, formula, merge role) and how its rows come from the plan
 * and go back into it. Writing, reading, merging and the checks are generic
 * loops over these declarations (src/core/tables/index.ts lists the tables).
 */
import type { TOptions } from "i18next";
import { t, type MessageKey } from "../i18n";
import type { Lang, MergeTable, Plan, PlanInput } from "../model";
import type { Cell, CellValue, SheetKey } from "../template/types";
import { listLabel, type ListKey, type MultiListKey } from "../vocabulary";

export type TableKey =
  | "framework"
  | "indicators"
  | "actions"
  | "budget"
  | "stakeholders"
  | "funding"
  | "regions"
  | "risks"
  | "values"
  | "imports"
  | "conflicts"
  | "submissions"
  | "changes"
  | "exchange"
  | "meta"
  /** refsheets (issue 14): the indicators' reference sheets. */
  | "refs"
  /** The partner page's chooser (issue 18): which funding partner the page shows. */
  | "partnerChoice";

/** Code lists fed from reference tables. */
export type CodeListKey =
  | "stakeholders"
  | "regions"
  | "funding"
  | "outputs"
  | "pillars"
  | "actions"
  | "indicators"
  /** The reference lists of src/core/reference (on the lists sheet). */
  | "sdg"
  | "global1325";

export type ColumnKind =
  | "text"
  | "code"
  | "codes"
  | "number"
  | "year"
  | "years"
  | "percent"
  | "amount"
  | "enum"
  | "enums"
  | "bool"
  /** Any value, kept with its type (the logs' values). */
  | "any"
  | "formula";

/** A row as the plan sees it: column key to value, in no language. */
export type RecValue = string | number | boolean | null | string[] | number[];
export type Rec = Record<string, RecValue>;

export interface FormulaContext {
  lang: Lang;
  /** Structured reference to a column of a table, data rows only. */
  col: (table: TableKey, key: string) => string;
  /** Structured reference to this row's cell in a column of the same table. */
  here: (key: string) => string;
}

/** What reading a cell needs: the RowReader of src/core/template/read.ts. */
export interface CellReader {
  text(key: string): string | undefined;
  num(key: string): number | null;
  list(key: string, list: ListKey): string | undefined;
  bool(key: string): boolean | undefined;
  value(key: string): CellValue;
  codes(key: string): string[];
}

export interface ColumnSpec {
  key: string;
  header: MessageKey;
  headerValues?: TOptions;
  /** Headers this column had in earlier versions, still recognised when reading. */
  formerHeaders?: MessageKey[];
  kind: ColumnKind;
  list?: ListKey;
  multiList?: MultiListKey;
  codeList?: CodeListKey;
  /**
   * A drop-down that suggests without refusing (issue 14: a breakdown cell
   * offers single codes and accepts combinations such as "women; KAY").
   */
  suggest?: "breakdowns";
  /** A person fills it in. */
  entry: boolean;
  /** Reading fails when it is missing. */
  required: boolean;
  width: number;
  /** Computed columns: the formula for a body row, given the table's headers. */
  formula?: (ctx: FormulaContext) => string;
  /** Consolidation compares and carries this column's values. */
  merge?: boolean;
  /**
   * The plan's own text, shown in the workbook's language (a French workbook
   * shows its French form): a workbook in the other language is no proposal
   * to change it.
   */
  translated?: boolean;
  /** The cells' number format, where not its kind's ("@": typed as text). */
  numberFormat?: string;
  /** Written otherwise than its kind says (the row is given). */
  show?: (value: RecValue, row: Rec, lang: Lang) => Cell;
  /** Read otherwise than its kind says (the row read so far is given). */
  parse?: (cells: CellReader, row: Rec) => RecValue;
  /**
   * refsheets: a computed column whose text wraps; the table's rows give,
   * under the column's key, the text it shows for the plan (to size the row).
   */
  wrap?: boolean;
}

export const column = (
  key: string,
  header: MessageKey,
  kind: ColumnKind,
  opts: Partial<Omit<ColumnSpec, "key" | "header" | "kind">> = {}
): ColumnSpec => ({ key, header, kind, entry: false, required: true, width: 14, ...opts });

/** The plan's pieces as the tables hold them, before budget lines are put under their actions. */
export interface Draft {
  meta: Record<string, CellValue>;
  pillars: NonNullable<PlanInput["pillars"]>;
  results: NonNullable<PlanInput["results"]>;
  outputs: NonNullable<PlanInput["outputs"]>;
  indicators: NonNullable<PlanInput["indicators"]>;
  actions: NonNullable<PlanInput["actions"]>;
  budget: {
    action: string;
    line: NonNullable<NonNullable<PlanInput["actions"]>[number]["budget"]>[number];
  }[];
  stakeholders: NonNullable<PlanInput["stakeholders"]>;
  fundingSources: NonNullable<PlanInput["fundingSources"]>;
  regions: NonNullable<PlanInput["regions"]>;
  risks: NonNullable<PlanInput["risks"]>;
  values: NonNullable<PlanInput["values"]>;
  imports: NonNullable<PlanInput["imports"]>;
  conflicts: NonNullable<PlanInput["conflicts"]>;
  submissions: NonNullable<PlanInput["submissions"]>;
  changes: NonNullable<PlanInput["changes"]>;
  /** refsheets (issue 14). */
  indicatorRefs: NonNullable<PlanInput["indicatorRefs"]>;
  exchangeRate?: PlanInput["exchangeRate"];
  partnerPage?: PlanInput["partnerPage"];
}

export function emptyDraft(): Draft {
  return {
    meta: {},
    pillars: [],
    results: [],
    outputs: [],
    indicators: [],
    actions: [],
    budget: [],
    stakeholders: [],
    fundingSources: [],
    regions: [],
    risks: [],
    values: [],
    imports: [],
    conflicts: [],
    submissions: [],
    changes: [],
    indicatorRefs: [],
  };
}

/** What a table's in-cell flags are written with (formulas for row 2, as conditional formats). */
export interface FlagContext {
  plan: Plan;
  lang: Lang;
  columns: ColumnSpec[];
  /** This row's cell in a column (row 2, relative; `absolute` fixes the column). */
  ref: (key: string, absolute?: boolean) => string;
  /** A formula text literal. */
  text: (s: string) => string;
}

/** An impossible entry shown in red in a column, as a formula true for a wrong cell. */
export interface Flag {
  column: string;
  formula: string;
}

/** How consolidation treats a table's rows. */
export interface MergeSpec {
  table: MergeTable;
  /** A row's key (unique in the table). */
  key: (row: Rec) => string;
  /** The key's columns, for a row a submission adds. */
  keyColumns: (key: string) => Rec;
  /** Columns every submission must agree on before a new row is added. */
  required: string[];
  /** Whether a submission may add rows (indicators belong to the national framework). */
  adds: boolean;
  /**
   * The columns consolidation carries, when the table's columns do not mark
   * them `merge` themselves (tblValues: its columns are declared elsewhere).
   */
  fields?: string[];
  /**
   * Besides `required`: a new row also needs every column of one of these
   * sets agreed (a value, or a numerator and a denominator).
   */
  requiredAny?: string[][];
  /** The row key as the logs show it in a language (a list value by its label). */
  showKey?: (key: string, lang: Lang) => string;
  /** A key shown in a log, in either language, back to the row key. */
  parseKey?: (text: string) => string;
}

export interface TableDef {
  key: TableKey;
  /** The table's name in the workbook, whatever the language. */
  name: string;
  /** The columns that identify a row (a duplicate is refused on import); none for logs. */
  rowKey?: string[];
  sheet: SheetKey;
  /** Rows can be added by people (the sheet stays unprotected). */
  growable: boolean;
  /** The sheet is protected, entry cells unlocked. */
  protect: boolean;
  /** Reading accepts a workbook without it. */
  optional: boolean;
  columns: (years: number[]) => ColumnSpec[];
  /** The plan's rows, in no language. */
  rows: (plan: Plan, lang: Lang) => Rec[];
  /** Put rows read back into the draft plan. */
  read: (rows: Rec[], draft: Draft) => void;
  merge?: MergeSpec;
  /** In-cell flags of its own, besides those every column of its kind gets. */
  flags?: (x: FlagContext) => Flag[];
  /**
   * The last column printed (its key), for a table too wide for one page at a
   * readable scale: the columns after it stay on screen, and print elsewhere.
   */
  printTo?: string;
}

/** The header a column shows in a language. */
export function header(lang: Lang, col: ColumnSpec): string {
  return t(lang, col.header, col.headerValues);
}

const isList = (v: RecValue): v is string[] | number[] => Array.isArray(v);

/** A row's value as the cell shows it in a language. */
export function toCell(col: ColumnSpec, row: Rec, lang: Lang): Cell {
  const v = row[col.key] ?? null;
  if (col.show) return col.show(v, row, lang);
  if (v === null) return null;
  switch (col.kind) {
    case "enum":
      return col.list ? listLabel(lang, col.list, String(v)) : (v as CellValue);
    case "bool":
      return listLabel(lang, "yesno", v ? "yes" : "no");
    case "enums":
      return isList(v) && v.length
        ? v
            .map((x) => (col.multiList ? listLabel(lang, col.multiList, String(x)) : String(x)))
            .join("; ")
        : null;
    case "codes":
    case "years":
      return isList(v) ? (v.length ? v.join("; ") : null) : (v as CellValue);
    default:
      return isList(v) ? v.join("; ") : v;
  }
}

/** Small helpers for the table files. */
export const opt = <T>(v: T | undefined | null): T | null => (v === undefined ? null : v);
export const str = (v: RecValue | undefined): string | undefined =>
  v === null || v === undefined || v === "" ? undefined : String(v);
export const num = (v: RecValue | undefined): number | null =>
  typeof v === "number" ? v : v === null || v === undefined || v === "" ? null : Number(v);
export const strs = (v: RecValue | undefined): string[] => (Array.isArray(v) ? v.map(String) : []);
export const nums = (v: RecValue | undefined): number[] => (Array.isArray(v) ? v.map(Number) : []);
