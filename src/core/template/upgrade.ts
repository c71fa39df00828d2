/**
 * Creating or upgrading the template in a workbook, decided on plain values:
 * a workbook without a template gets the chosen plan; one with a template is
 * read back into the model (every entry with it) and written again from the
 * current template. What a rewrite would lose is refused, never dropped:
 * - in an upgrade, cells the reader cannot take (text in a number cell, an
 *   Excel error) and columns a person added to a template table;
 * - in a create, sheets, tables or names of the workbook that bear the
 *   template's names (a planner's own "Budget" sheet is not overwritten).
 */
import { checkIntegrity } from "../consolidate/integrity";
import { planYears, type Lang, type Plan } from "../model";
import { TABLES, tableSpecs } from "../tables";
import { blank, changedEntries, columnsAt, type ChangedCell } from "./guard";
import { keepTyped } from "./keep";
import type { AtRisk } from "./outside";
import { buildWorkbookPlan } from "./build";
import { readPlan, type ReadProblem, type WorkbookValues } from "./read";
import type { WorkbookPlan } from "./types";

/** A column a person added to one of the template's tables. */
export interface AddedColumn {
  table: string;
  column: string;
}

export class UpgradeBlocked extends Error {
  constructor(
    readonly problems: (ReadProblem | ChangedCell | AtRisk)[],
    readonly addedColumns: AddedColumn[] = []
  ) {
    super(
      [
        ...problems.map((p) => p.message),
        ...addedColumns.map((c) => `extra-column ${c.table}[${c.column}]`),
      ].join("; ")
    );
    this.name = "UpgradeBlocked";
  }
}

/** What the workbook holds already (names of its sheets, tables and defined names). */
export interface Existing {
  sheets: string[];
  tables: string[];
  names: string[];
}

export class CreateBlocked extends Error {
  constructor(readonly taken: string[]) {
    super(`already in the workbook: ${taken.join(", ")}`);
    this.name = "CreateBlocked";
  }
}

/**
 * The plan to write into a workbook. `values` are its template tables (null
 * when it has none); `plan` is what to write into a workbook without one.
 * In an upgrade the workbook's own language is kept unless `keepLanguage` is false.
 */
export function planForWorkbook(
  values: WorkbookValues | null,
  plan: Plan,
  lang: Lang,
  keepLanguage = true
): WorkbookPlan {
  if (!values) return buildWorkbookPlan(plan, lang);
  const read = readPlan(values, lang);
  const added = checkIntegrity(read.plan, read.lang, values, [], { extraContent: true })
    .filter((f) => f.rule === "extra-column")
    .map((f) => ({ table: f.where, column: f.detail }));
  if (read.problems.length || added.length) throw new UpgradeBlocked(read.problems, added);
  const toLang = keepLanguage ? read.lang : lang;
  // Typed cells go back as typed (list labels in the new language when it changes).
  const out = keepTyped(values, buildWorkbookPlan(read.plan, toLang), {
    relabel: toLang !== read.lang,
  }).plan;
  // Every typed cell comes back exactly as it was, or nothing is written.
  const changed = changedEntries(values, out, planYears(read.plan), lang);
  if (changed.length) throw new UpgradeBlocked(changed);
  return out;
}

/**
 * Before creating the template in a workbook that has none: refuse when a
 * sheet, table or defined name the template writes is already there (writing
 * would clear or replace it).
 */
export function assertCreatable(plan: WorkbookPlan, existing: Existing): void {
  const has = (list: string[], name: string) =>
    list.some((x) => x.toLowerCase() === name.toLowerCase());
  const taken = [
    ...plan.sheets.map((s) => s.name).filter((n) => has(existing.sheets, n)),
    ...plan.sheets
      .flatMap((s) => s.tables.map((t) => t.name))
      .filter((n) => has(existing.tables, n)),
    ...plan.names.map((n) => n.name).filter((n) => has(existing.names, n)),
  ];
  if (taken.length) throw new CreateBlocked(taken);
}

/** The values a person typed in one of the template's tables (upgrade: what is carried). */
export interface TypedCount {
  table: string;
  sheet: string;
  count: number;
}

/**
 * The typed values of each table in `values` (every table but the version
 * stamp): non-blank cells of the columns a person types in (not computed,
 * not shown from another table), the same cells the rewrite guard holds.
 */
export function typedCounts(values: WorkbookValues, years: number[]): TypedCount[] {
  const specs = tableSpecs(years);
  const out: TypedCount[] = [];
  for (const def of TABLES) {
    const tv = values[def.name];
    if (def.key === "meta" || !tv || tv.values.length < 2) continue;
    const typed = specs[def.key].columns.filter((c) => c.kind !== "formula" && !c.show);
    const at = [...columnsAt(tv.values[0], typed).values()];
    let count = 0;
    for (let r = 1; r < tv.values.length; r++)
      count += at.filter((ci) => !blank(tv.values[r][ci] ?? null) || tv.formulas?.[r]?.[ci]).length;
    out.push({ table: def.name, sheet: tv.sheet, count });
  }
  return out;
}
