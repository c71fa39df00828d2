/**
 * Entered data goes back exactly as typed. A rewrite builds each table from
 * the plan, in the template's own form ("Indicative", "2020, 2021", 12000);
 * where the plan's value means what the person typed ("INDICATIVE",
 * "2020;2021", "=1000*12" whose result is 12000), the typed cell is written
 * back as it was, formula and all. A value the operation changes on purpose
 * (an accepted proposal, a carried action) is written as the plan has it.
 * Comments and hyperlinks on a table's cells move with their row.
 *
 * Rows are matched by the table's row key, as the guard matches them
 * (src/core/template/guard.ts), so a row that only moves keeps its cells.
 */
import { fold } from "../i18n";
import { headerMatches, TABLES, tableSpecs, type ColumnSpec } from "../tables";
import { blank, columnsAt, kept, rowKeyOf, rowsByKey, typedFormula } from "./guard";
import { planYears } from "../model";
import { readMeta, readStamp, type TableValues, type WorkbookValues } from "./read";
import {
  a1,
  isFormula,
  type Cell,
  type CellValue,
  type TablePlan,
  type WorkbookPlan,
} from "./types";

/** A comment or hyperlink that found no row or column to go to. */
export interface Unplaced {
  sheet: string;
  cell: string;
  what: "note" | "link";
}

export interface Kept {
  plan: WorkbookPlan;
  unplaced: Unplaced[];
}

/** The typed value means what the plan would write in its own form. */
function sameMeaning(col: ColumnSpec, before: CellValue, after: Cell): boolean {
  if (isFormula(after)) return false;
  if (kept(col, before, after)) return true;
  // A number typed in a text column, read as its text.
  if (typeof before === "number" && typeof after === "string") return String(before) === after;
  return false;
}

const isList = (c: ColumnSpec) =>
  c.kind === "enum" || c.kind === "bool" || c.kind === "enums" || c.kind === "codes";

/**
 * `plan` with every typed cell of `values` written back as typed where the
 * plan's value means the same, and the tables' comments and hyperlinks
 * moved with their rows. `relabel`: the workbook changes language, so list
 * labels are written in the new one.
 */
export function keepTyped(
  values: WorkbookValues | null,
  plan: WorkbookPlan,
  opts: { relabel?: boolean } = {}
): Kept {
  if (!values) return { plan, unplaced: [] };
  const stamp = readStamp(readMeta(values), "en");
  if (!stamp.ok) return { plan, unplaced: [] };
  const specs = tableSpecs(planYears({ period: stamp.period }));
  const unplaced: Unplaced[] = [];
  const replaced = new Map<string, TablePlan>();
  for (const def of TABLES) {
    if (def.key === "meta") continue;
    const tv: TableValues | undefined = values[def.name];
    const after = plan.sheets.flatMap((s) => s.tables).find((tp) => tp.name === def.name);
    if (!tv || tv.values.length < 1 || !after) continue;
    const columns = specs[def.key].columns;
    const beforeCol = columnsAt(tv.values[0], columns);
    const afterCol = new Map(after.keys.map((k, i) => [k, i]));
    const afterIndex = rowsByKey(def, after);
    const typed = columns.filter((c) => c.kind !== "formula" && !c.show && beforeCol.has(c.key));
    // A value typed over a computed column: kept as Excel keeps it, an exception in the column.
    const computed = columns.filter((c) => c.kind === "formula" && beforeCol.has(c.key));
    const rows = after.rows.map((r) => [...r]);
    let changed = false;
    // Old row (index in values) -> new row (index in after.rows), for comments and links.
    const moved = new Map<number, number>();
    let n = 0;
    for (let r = 1; r < tv.values.length; r++) {
      const row = tv.values[r];
      if (typed.every((c) => blank(row[beforeCol.get(c.key)!]))) continue;
      const i = afterIndex.get(rowKeyOf(def, beforeCol, row, n++));
      if (i === undefined) continue;
      moved.set(r, i);
      for (const c of computed) {
        const ci = beforeCol.get(c.key)!;
        const ai = afterCol.get(c.key);
        const before = row[ci] ?? null;
        if (ai === undefined || blank(before) || (tv.formulas?.[r]?.[ci] ?? null) !== null)
          continue;
        // Only where the adapter reads formulas: without them a computed value looks typed.
        if (!tv.formulas) continue;
        rows[i][ai] = before;
        changed = true;
      }
      for (const c of typed) {
        if (opts.relabel && isList(c)) continue;
        const ci = beforeCol.get(c.key)!;
        const ai = afterCol.get(c.key);
        if (ai === undefined) continue;
        const before = row[ci] ?? null;
        const target = rows[i][ai];
        const formula = typedFormula(tv, r, ci);
        if (formula !== null) {
          // A formula typed in an entry cell stays a formula when the plan keeps its result.
          const same =
            (target !== undefined &&
              isFormula(target) &&
              fold(target.formula) === fold(`=${formula}`)) ||
            (target !== undefined &&
              !isFormula(target) &&
              (blank(before) ? blank(target) : sameMeaning(c, before, target)));
          if (same) {
            rows[i][ai] = { formula: `=${formula}`, ...(blank(before) ? {} : { result: before }) };
            changed = true;
          }
        } else if (
          !blank(before) &&
          target !== undefined &&
          target !== before &&
          sameMeaning(c, before, target)
        ) {
          rows[i][ai] = before;
          changed = true;
        }
      }
    }
    const notes: NonNullable<TablePlan["notes"]> = [];
    const links: NonNullable<TablePlan["links"]> = [];
    const place = (key: string, what: "note" | "link", text: string) => {
      const [r, c] = key.split(",").map(Number);
      const header = tv.values[0][c];
      const col =
        header === null ? undefined : columns.find((x) => headerMatches(String(header), x));
      const ai = col ? afterCol.get(col.key) : undefined;
      const ri = r === 0 ? -1 : moved.get(r);
      if (ai === undefined || ri === undefined) {
        unplaced.push({ sheet: tv.sheet, cell: a1(tv.row + r, tv.col + c), what });
        return;
      }
      if (what === "note") notes.push({ row: ri, col: ai, text });
      else links.push({ row: ri, col: ai, target: text });
    };
    for (const [key, text] of Object.entries(tv.notes ?? {})) place(key, "note", text);
    for (const [key, target] of Object.entries(tv.links ?? {})) place(key, "link", target);
    if (changed || notes.length || links.length)
      replaced.set(def.name, {
        ...after,
        rows,
        ...(notes.length ? { notes } : {}),
        ...(links.length ? { links } : {}),
      });
  }
  if (!replaced.size) return { plan, unplaced };
  return {
    plan: {
      ...plan,
      sheets: plan.sheets.map((s) =>
        s.tables.some((tp) => replaced.has(tp.name))
          ? { ...s, tables: s.tables.map((tp) => replaced.get(tp.name) ?? tp) }
          : s
      ),
    },
    unplaced,
  };
}
