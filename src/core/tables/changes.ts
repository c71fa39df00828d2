/**
 * tblChanges (sheet "Change log"): every entry cell the add-in or the command
 * line changed (import, settle, roll-forward, upgrade, refresh) and each
 * planner's edit the task pane saw, one row per cell: when, who, where (the
 * sheet and the row's key), the column, the value before and after, and why.
 * The sheet is protected and has no entry column: people read it, the add-in
 * writes it. Places, columns, list values and reasons are shown in the
 * workbook's language and read back from either.
 *
 * The rows are computed where every write goes through (src/app/create.ts,
 * writeKept, with src/core/template/changelog.ts).
 */
import { both, fold, t, type MessageKey } from "../i18n";
import {
  CHANGE_REASONS,
  type Change,
  type ChangeReason,
  type Lang,
  type MergeValue,
} from "../model";
import type { SheetKey } from "../template/types";
import { listLabel, listValue } from "../vocabulary";
import { actions } from "./actions";
import { budget } from "./budget";
import {
  column,
  header,
  str,
  type ColumnSpec,
  type Rec,
  type RecValue,
  type TableDef,
} from "./column";
import { exchange } from "./exchange";
import { framework } from "./framework";
import { funding } from "./funding";
import { indicators } from "./indicators";
import { regions } from "./regions";
import { risks } from "./risks";
import { stakeholders } from "./stakeholders";
import { values } from "./values";

/** The tables whose entry cells are logged, by key (the logs themselves are not). */
export const LOGGED: Record<string, TableDef> = Object.fromEntries(
  [
    framework,
    indicators,
    // tblValues: an import or settle changes its rows too (vmerge, issue 14 point 6).
    values,
    actions,
    budget,
    stakeholders,
    funding,
    regions,
    risks,
    exchange,
  ].map((d) => [d.key, d])
);

const yearsIn = (s: string) => {
  const m = /(\d{4})\s*$/.exec(s);
  return m ? [Number(m[1])] : [];
};

const found = new Map<string, ColumnSpec | undefined>();

/** A logged table's column, by key (looked up once: a log may hold thousands of rows). */
export function loggedColumn(table: string, key: string): ColumnSpec | undefined {
  const k = `${table}\u0000${key}`;
  if (!found.has(k))
    found.set(
      k,
      LOGGED[table]?.columns(yearsIn(key)).find((c) => c.key === key)
    );
  return found.get(k);
}

const sheetOf = (table: string): SheetKey | undefined => LOGGED[table]?.sheet;

const shown = new Map<string, string>();
/** A text shown on every row (a sheet, a header, a reason), made once per language. */
const once = (k: string, make: () => string): string => {
  if (!shown.has(k)) shown.set(k, make());
  return shown.get(k)!;
};

/** Where a change was: the table's sheet name in the workbook's language. */
function showTable(table: string, lang: Lang): string {
  const sheet = sheetOf(table);
  return sheet
    ? once(`${lang}\u0000sheet.${sheet}`, () => t(lang, `sheet.${sheet}` as MessageKey))
    : table;
}

function parseTable(text: string): string {
  const f = fold(text);
  const found = Object.values(LOGGED).find(
    (d) => fold(d.key) === f || both(`sheet.${d.sheet}` as MessageKey).some((s) => fold(s) === f)
  );
  return found ? found.key : text;
}

function showColumn(table: string, key: string, lang: Lang): string {
  const col = loggedColumn(table, key);
  return col ? once(`${lang}\u0000${table}\u0000${key}`, () => header(lang, col)) : key;
}

function parseColumn(table: string, text: string): string {
  const def = LOGGED[table];
  if (!def) return text;
  const f = fold(text);
  const col = def
    .columns(yearsIn(text))
    .find((c) => fold(c.key) === f || both(c.header, c.headerValues).some((h) => fold(h) === f));
  return col ? col.key : text;
}

/** The list a logged column draws from, if any. */
function listOf(table: string, key: string) {
  const col = loggedColumn(table, key);
  return col?.kind === "bool" ? "yesno" : col?.kind === "enum" ? col.list : undefined;
}

/** A value as it is kept in the log: a list label becomes its value (shown in any language). */
export function logValue(table: string, key: string, v: MergeValue): MergeValue {
  const list = listOf(table, key);
  if (!list || typeof v !== "string") return v;
  return listValue(list, v) ?? v;
}

function showValue(table: string, key: string, v: MergeValue, lang: Lang): MergeValue {
  const list = listOf(table, key);
  if (!list || typeof v !== "string") return v;
  return listValue(list, v) === v ? listLabel(lang, list, v) : v;
}

const reasonKey = (r: ChangeReason) => `changeReason.${r}` as MessageKey;

function parseReason(text: string): ChangeReason {
  const f = fold(text);
  return (
    CHANGE_REASONS.find((r) => fold(r) === f || both(reasonKey(r)).some((s) => fold(s) === f)) ??
    "edit"
  );
}

const mv = (v: RecValue | undefined): MergeValue =>
  v === undefined ? null : Array.isArray(v) ? v.join("; ") : v;

const value = (key: "before" | "after", header: MessageKey) =>
  column(key, header, "any", {
    required: false,
    width: 22,
    show: (v, r, lang) => showValue(String(r.table), String(r.column), mv(v), lang),
    parse: (cells, r) => logValue(String(r.table), String(r.column), cells.value(key)),
  });

export const changes: TableDef = {
  key: "changes",
  name: "tblChanges",
  sheet: "changes",
  growable: true,
  protect: true,
  optional: true,
  columns: () => [
    column("at", "col.changedAt", "text", { width: 22 }),
    column("who", "col.changedBy", "text", { required: false, width: 16 }),
    column("table", "col.sheet", "text", {
      width: 18,
      show: (v, _r, lang) => showTable(String(v), lang),
      parse: (cells) => parseTable(cells.text("table") ?? ""),
    }),
    column("key", "col.key", "text", { required: false, width: 16 }),
    column("column", "col.column", "text", {
      width: 20,
      show: (v, r, lang) => showColumn(String(r.table), String(v), lang),
      parse: (cells, r) => parseColumn(String(r.table), cells.text("column") ?? ""),
    }),
    value("before", "col.before"),
    value("after", "col.after"),
    column("why", "col.why", "text", {
      width: 16,
      show: (v, _r, lang) =>
        (CHANGE_REASONS as readonly string[]).includes(String(v))
          ? once(`${lang}\u0000${String(v)}`, () => t(lang, reasonKey(v as ChangeReason)))
          : (v as string),
      parse: (cells) => parseReason(cells.text("why") ?? ""),
    }),
  ],
  rows: (plan) => plan.changes.map((c) => changeRec(c)),
  read: (rows, draft) => {
    for (const r of rows) {
      draft.changes.push({
        at: str(r.at) ?? "",
        who: str(r.who) ?? "",
        table: str(r.table) ?? "",
        key: str(r.key) ?? "",
        column: str(r.column) ?? "",
        before: mv(r.before),
        after: mv(r.after),
        why: parseReason(str(r.why) ?? ""),
      });
    }
  },
};

/** A change as the table's row. */
export function changeRec(c: Change): Rec {
  return {
    at: c.at,
    who: c.who || null,
    table: c.table,
    key: c.key || null,
    column: c.column,
    before: c.before,
    after: c.after,
    why: c.why,
  };
}
