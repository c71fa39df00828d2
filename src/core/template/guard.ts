/**
 * Entered data is sacred: before a workbook is written again from its own
 * tables (the update, the refresh), every cell a person can type in is
 * compared with what the rewrite would put there. A value that would change
 * (a number typed as text that would become a number, a trimmed space, a
 * blank status that would become "Not started", a typed formula that would
 * become its value, a row that would disappear) stops the write, naming the
 * cell; nothing is written. Rows are matched by their table's row key, so a
 * row that only moves (blank rows closed up, lines grouped by action) is kept.
 */
import { fold, t } from "../i18n";
import type { Lang } from "../model";
import { TABLES, headerMatches, tableSpecs, type ColumnSpec, type TableDef } from "../tables";
import { listValue, splitList } from "../vocabulary";
import type { ReadProblem, TableValues, WorkbookValues } from "./read";
import {
  a1,
  isFormula,
  type Cell,
  type CellValue,
  type TablePlan,
  type WorkbookPlan,
} from "./types";

/** A typed cell a rewrite would change or lose. */
export interface ChangedCell extends Omit<ReadProblem, "rule"> {
  rule: "would-change";
}

export const blank = (v: CellValue | undefined) => v === null || v === undefined || v === "";

/** Would the rewritten cell hold what was typed? */
export function kept(col: ColumnSpec, before: CellValue, after: CellValue): boolean {
  if (blank(before) || blank(after)) return blank(before) && blank(after);
  // donor (issue 18): a list whose values are numbers (the IATI organisation types) takes a
  // typed number: 22 means the value "22", kept as typed.
  if (
    (col.kind === "enum" || col.kind === "bool") &&
    (typeof before === "string" || typeof before === "number")
  ) {
    const list = col.kind === "bool" ? "yesno" : col.list;
    const typed = String(before);
    if (list && typeof after === "string")
      return (
        listValue(list, typed) !== undefined && listValue(list, typed) === listValue(list, after)
      );
  }
  if (
    (col.kind === "codes" || col.kind === "years" || col.kind === "enums") &&
    typeof before === "string"
  ) {
    const a = splitList(before).map(fold);
    const b = splitList(String(after)).map(fold);
    return a.length === b.length && a.every((x, i) => x === b[i]);
  }
  return typeof before === typeof after && before === after;
}

const shown = (v: Cell | undefined): string =>
  v === null || v === undefined || v === ""
    ? "∅"
    : isFormula(v)
      ? v.formula
      : typeof v === "string"
        ? `"${v}"`
        : String(v);

export function rowKeyOf(
  def: TableDef,
  cols: Map<string, number>,
  row: CellValue[],
  index: number
): string {
  if (!def.rowKey) return `#${index}`;
  const parts = def.rowKey.map((k) => {
    const i = cols.get(k);
    const v = i === undefined ? null : row[i];
    return typeof v === "string" ? v.trim() : String(v ?? "");
  });
  return parts.join("|");
}

/** Where each column stands in a table's header row, by column key (first match). */
export function columnsAt(header: CellValue[], columns: ColumnSpec[]): Map<string, number> {
  const at = new Map<string, number>();
  header.forEach((h, i) => {
    const c = columns.find((x) => h !== null && headerMatches(String(h), x));
    if (c && !at.has(c.key)) at.set(c.key, i);
  });
  return at;
}

/** The first row index of each row key in a table plan (formulas count as blank). */
export function rowsByKey(def: TableDef, table: TablePlan): Map<string, number> {
  const cols = new Map(table.keys.map((k, i) => [k, i]));
  const out = new Map<string, number>();
  table.rows.forEach((r, i) => {
    const plain = r.map((c) => (isFormula(c) ? null : c));
    const key = rowKeyOf(def, cols, plain, i);
    if (!out.has(key)) out.set(key, i);
  });
  return out;
}

/** The formula typed in a cell (without "="), or null: a text cell reads back as its own text. */
export function typedFormula(tv: TableValues, r: number, ci: number): string | null {
  const before = tv.values[r]?.[ci] ?? null;
  const f = tv.formulas?.[r]?.[ci] ?? null;
  return f !== null && before !== `=${f}` && before !== f ? f : null;
}

/** The cells a rewrite to `plan` would change or lose, as findings naming each cell. */
export function changedEntries(
  values: WorkbookValues,
  plan: WorkbookPlan,
  years: number[],
  lang: Lang
): ChangedCell[] {
  const specs = tableSpecs(years);
  const out: ChangedCell[] = [];
  const tablesOut = new Map(plan.sheets.flatMap((s) => s.tables).map((tp) => [tp.name, tp]));
  for (const def of TABLES) {
    if (def.key === "meta") continue;
    const tv: TableValues | undefined = values[def.name];
    const after = tablesOut.get(def.name);
    if (!tv || tv.values.length < 2 || !after) continue;
    // The columns a person's values live in: not computed, not re-rendered by the template.
    const columns = specs[def.key].columns.filter((c) => c.kind !== "formula" && !c.show);
    const beforeCol = columnsAt(tv.values[0], columns);
    const afterCol = new Map(after.keys.map((k, i) => [k, i]));
    const afterRows = rowsByKey(def, after);
    let n = 0;
    for (let r = 1; r < tv.values.length; r++) {
      const row = tv.values[r];
      const typed = columns.filter((c) => beforeCol.has(c.key));
      if (typed.every((c) => blank(row[beforeCol.get(c.key)!]))) continue;
      const key = rowKeyOf(def, beforeCol, row, n++);
      const index = afterRows.get(key);
      const written = index === undefined ? undefined : after.rows[index];
      for (const c of typed) {
        const ci = beforeCol.get(c.key)!;
        const before = row[ci] ?? null;
        const formula = typedFormula(tv, r, ci);
        const target = written?.[afterCol.get(c.key) ?? -1];
        const cell = a1(tv.row + r, tv.col + ci);
        const lost = (afterText: string) =>
          out.push({
            sheet: tv.sheet,
            cell,
            column: String(tv.values[0][ci]),
            rule: "would-change",
            value: formula ? `=${formula}` : String(before ?? ""),
            message: t(lang, "error.wouldChange", {
              cell: `${tv.sheet}!${cell}`,
              before: formula ? `=${formula}` : shown(before),
              after: afterText,
            }),
          });
        if (formula !== null) {
          if (!(target && isFormula(target) && fold(target.formula) === fold(`=${formula}`)))
            lost(shown(target));
        } else if (target === undefined || isFormula(target) || !kept(c, before, target)) {
          if (!(blank(before) && (target === undefined || target === null || target === "")))
            lost(shown(target));
        }
      }
    }
  }
  return out;
}
