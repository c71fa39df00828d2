/**
 * The change log's rows, computed on the one write path (src/app/create.ts,
 * writeKept): the entry cells of the entry tables, compared by row key between
 * the workbook as read and the plan about to be written (after the keep step,
 * so a typed cell written back as typed is no change). A write that changes
 * nothing adds no row. The table itself is declared in src/core/tables/changes.ts.
 */
import { fold } from "../i18n";
import type { Change, ChangeReason, Lang, MergeValue } from "../model";
// Through the tables' index (never a table's file first: the tables import one another through it).
import {
  changesTable,
  changeRec,
  copyStampOf,
  LOGGED,
  logValue,
  toCell,
  type ColumnSpec,
} from "../tables";
import { blank, columnsAt, kept, rowKeyOf, typedFormula } from "./guard";
import { wrappedRowHeights } from "./build";
import { readMeta, readStamp, type TableValues, type WorkbookValues } from "./read";
import { isFormula, type Cell, type CellValue, type WorkbookPlan } from "./types";

/**
 * The log keeps its newest rows up to this count (about 160,000 cells): the
 * pane reads every table on each update, and Excel on the web answers at most
 * 5 MB. The oldest rows go first; a write's own rows are kept whole.
 */
export const MAX_CHANGE_ROWS = 20000;

/** An entry cell that changed: where, and its value before and after. */
export type EntryChange = Omit<Change, "at" | "who" | "why">;

/** Who a write is by, as the workbook knows them: its focal point's stamp (a copy), else the TMU. */
export function writerOf(values: WorkbookValues | null, tmu: string, by?: string): string {
  const stamp = values ? copyStampOf(readMeta(values)) : undefined;
  if (stamp) return stamp.focalPoint;
  return by && by.trim() ? `${tmu} (${by.trim()})` : tmu;
}

const display = (v: CellValue | undefined, formula: string | null): MergeValue =>
  formula !== null ? `=${formula}` : blank(v) ? null : (v as MergeValue);

/** The value means the same before and after (a typed cell kept, a label in the other language). */
function same(col: ColumnSpec | undefined, before: CellValue, formula: string | null, after: Cell) {
  if (formula !== null || isFormula(after))
    return formula !== null && isFormula(after) && fold(after.formula) === fold(`=${formula}`);
  if (blank(before) || blank(after)) return blank(before) && blank(after);
  if (col && kept(col, before, after)) return true;
  if (typeof before === "number" && typeof after === "string") return String(before) === after;
  return before === after;
}

/** Every entry cell `plan` changes in `values` (rows matched by key, in order of occurrence). */
export function entryChanges(values: WorkbookValues, plan: WorkbookPlan): EntryChange[] {
  const years = stampYears(values);
  const tables = new Map(plan.sheets.flatMap((s) => s.tables).map((tp) => [tp.name, tp]));
  const out: EntryChange[] = [];
  for (const def of Object.values(LOGGED)) {
    const tv: TableValues | undefined = values[def.name];
    const after = tables.get(def.name);
    if (!tv || tv.values.length < 1 || !after) continue;
    const columns = def.columns(years);
    const beforeCol = columnsAt(tv.values[0], columns);
    const afterCol = new Map(after.keys.map((k, i) => [k, i]));
    const entry = after.keys.filter((k, i) => {
      const col = columns.find((c) => c.key === k);
      return after.entry[i] && !col?.show && col?.kind !== "formula";
    });
    const typed = columns.filter((c) => c.kind !== "formula" && !c.show && beforeCol.has(c.key));
    // Row key -> rows, before (index in tv.values) and after (index in after.rows).
    const beforeRows = new Map<string, number[]>();
    let n = 0;
    for (let r = 1; r < tv.values.length; r++) {
      const row = tv.values[r];
      if (typed.every((c) => blank(row[beforeCol.get(c.key)!]))) continue;
      const key = rowKeyOf(def, beforeCol, row, n++);
      beforeRows.set(key, [...(beforeRows.get(key) ?? []), r]);
    }
    const afterRows = new Map<string, number[]>();
    after.rows.forEach((cells, i) => {
      if (cells.every((c) => isFormula(c) || blank(c))) return;
      const plain = cells.map((c) => (isFormula(c) ? null : c));
      const key = rowKeyOf(def, afterCol, plain, i);
      afterRows.set(key, [...(afterRows.get(key) ?? []), i]);
    });
    const keys = [...beforeRows.keys(), ...[...afterRows.keys()].filter((k) => !beforeRows.has(k))];
    for (const key of keys) {
      const bs = beforeRows.get(key) ?? [];
      const as = afterRows.get(key) ?? [];
      for (let o = 0; o < Math.max(bs.length, as.length); o++) {
        const r = bs[o];
        const a = as[o] === undefined ? undefined : after.rows[as[o]];
        for (const k of entry) {
          const col = columns.find((c) => c.key === k);
          const ci = beforeCol.get(k);
          const before = r === undefined || ci === undefined ? null : (tv.values[r][ci] ?? null);
          const formula = r === undefined || ci === undefined ? null : typedFormula(tv, r, ci);
          const target: Cell = a === undefined ? null : (a[afterCol.get(k)!] ?? null);
          if (same(col, before, formula, target)) continue;
          const shown = isFormula(target) ? target.formula : blank(target) ? null : target;
          out.push({
            table: def.key,
            key: key.startsWith("#") ? "" : key,
            column: k,
            before: logValue(def.key, k, display(before, formula)),
            after: logValue(def.key, k, shown as MergeValue),
          });
        }
      }
    }
  }
  return out;
}

/** `plan` with `changes` added at the end of the change log (the newest `max` rows kept). */
export function appendChanges(
  plan: WorkbookPlan,
  changes: Change[],
  lang: Lang,
  max = MAX_CHANGE_ROWS
): WorkbookPlan {
  if (!changes.length) return plan;
  const columns = changesTable.columns([]);
  return {
    ...plan,
    sheets: plan.sheets.map((s) => {
      const table = s.tables.find((tp) => tp.name === changesTable.name);
      if (!table) return s;
      const kept = table.rows.filter((r) => !r.every((c) => blank(c as CellValue)));
      const added = changeCells(changes, lang);
      // This write's rows whole, and as many older ones as fit under the bound.
      const room = Math.max(0, max - added.length);
      const rows = [...(room ? kept.slice(-room) : []), ...added];
      const grown = { ...table, rows };
      const last = rows.length + 1;
      return {
        ...s,
        tables: s.tables.map((tp) => (tp === table ? grown : tp)),
        // The table's formats cover its rows (row 2 to the last).
        formats: s.formats.map((f) => {
          const m = /^([A-Z]+)2:([A-Z]+)\d+$/.exec(f.range);
          return m ? { ...f, range: `${m[1]}2:${m[2]}${last}` } : f;
        }),
        rowHeights: wrappedRowHeights(columns, grown),
      };
    }),
  };
}

/** The log rows of a write: each changed entry cell, with when, who and why. */
export function changeRows(
  changed: EntryChange[],
  at: string,
  who: string,
  why: ChangeReason
): Change[] {
  return changed.map((c) => ({ ...c, at, who, why }));
}

/**
 * A planner's edit seen by the task pane: the entry cells of one table row
 * that differ between the row as last read (`tv`, row `r`) and as read again.
 */
export function editChanges(
  tableName: string,
  tv: TableValues,
  r: number,
  line: CellValue[],
  years: number[]
): EntryChange[] {
  const def = Object.values(LOGGED).find((d) => d.name === tableName);
  const old = tv.values[r];
  if (!def || !old || r < 1) return [];
  const columns = def.columns(years);
  const at = columnsAt(tv.values[0], columns);
  const key = rowKeyOf(def, at, line, r - 1);
  const out: EntryChange[] = [];
  for (const col of columns) {
    const ci = at.get(col.key);
    if (ci === undefined || !col.entry || col.show || col.kind === "formula") continue;
    const before = old[ci] ?? null;
    const after = line[ci] ?? null;
    if (blank(before) ? blank(after) : before === after) continue;
    out.push({
      table: def.key,
      key: key.startsWith("#") ? "" : key,
      column: col.key,
      before: logValue(def.key, col.key, blank(before) ? null : (before as MergeValue)),
      after: logValue(def.key, col.key, blank(after) ? null : (after as MergeValue)),
    });
  }
  return out;
}

/** The change log's rows as cells, in the workbook's language (to add to the table as they are). */
export function changeCells(changes: Change[], lang: Lang): Cell[][] {
  const columns = changesTable.columns([]);
  return changes.map((c) => columns.map((col) => toCell(col, changeRec(c), lang)));
}

/** The years of the workbook's period, from its stamp (none when it has none). */
export function stampYears(values: WorkbookValues): number[] {
  const stamp = readStamp(readMeta(values), "en");
  return stamp.ok
    ? Array.from(
        { length: stamp.period.end - stamp.period.start + 1 },
        (_, i) => stamp.period.start + i
      )
    : [];
}
