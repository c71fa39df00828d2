/**
 * Content the template does not own. A rewrite writes the workbook again
 * from its tables (the file adapter makes it anew), so what a person put
 * outside them would be lost. The rule per kind (README, "Entered data"):
 * - a row typed just below a table that grows is taken into it (the adapter
 *   reads it with the table, as Excel would have grown the table), and the
 *   check reports it; below a table whose rows the plan fixes, it is refused;
 * - comments and hyperlinks on a table's cells move with their row;
 * - a cell, comment or hyperlink elsewhere on an entry table's sheet, outside
 *   the tables and the template's own areas (titles, notes: what the template
 *   writes again), a defined name or a table of one's own: refused, naming it
 *   (the summary sheets, the Guide and the lists are the template's alone:
 *   protected, and written anew);
 * - a sheet of one's own: refused (src/core/consolidate/integrity.ts);
 * - the check's own marks (the report's notes) are the check's: not kept.
 */
import { t } from "../i18n";
import type { Lang } from "../model";
import { TABLES } from "../tables";
import { markedCells } from "../validate/report";

/** The entry tables (src/core/tables): their sheets are where a person types. */
const ENTRY = new Set(TABLES.filter((d) => d.key !== "meta").map((d) => d.name));
import type { WorkbookValues } from "./read";
import { a1, type WorkbookPlan } from "./types";

/** A cell outside every table, as the adapter found it (0-based row and column). */
export interface OutsideCell {
  sheet: string;
  row: number;
  col: number;
  /** Its value or formula as shown, "" when it holds only a comment or link. */
  value: string;
  note?: string;
  link?: string;
}

/** What an adapter found outside the workbook's tables. */
export interface Outside {
  cells: OutsideCell[];
  /** Defined names, with the sheet they are scoped to when they are. */
  names: string[];
  /** Every table, by name and sheet (the template's and any other). */
  tables: { name: string; sheet: string }[];
}

/** A piece of content a rewrite to `plan` would drop: refused, naming it. */
export interface AtRisk {
  sheet: string;
  cell: string;
  rule: "outside-cell" | "outside-note" | "outside-link" | "own-name" | "own-table";
  value: string;
  message: string;
}

const same = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/** The content of `outside` that writing `plan` would lose. */
export function contentAtRisk(
  outside: Outside,
  values: WorkbookValues,
  plan: WorkbookPlan,
  lang: Lang
): AtRisk[] {
  const out: AtRisk[] = [];
  const sheets = new Map(plan.sheets.map((s) => [s.name.toLocaleLowerCase(), s]));
  const marked = new Set(
    markedCells(values).map((m) => `${m.sheet.toLocaleLowerCase()}!${m.cell}`)
  );
  // One finding per sheet and kind, naming its cells (the first few, then how many more).
  const groups = new Map<
    string,
    { sheet: string; rule: AtRisk["rule"]; cells: string[]; values: string[] }
  >();
  const add = (sheet: string, rule: AtRisk["rule"], cell: string, value: string) => {
    const id = `${rule}|${sheet}`;
    const g = groups.get(id) ?? { sheet, rule, cells: [], values: [] };
    g.cells.push(cell);
    g.values.push(value);
    groups.set(id, g);
  };
  for (const c of outside.cells) {
    const sheet = sheets.get(c.sheet.toLocaleLowerCase());
    // A sheet the plan does not write is the integrity check's (a sheet of one's own). The
    // summaries, the Guide and the lists are the template's alone (protected, derived, and
    // laid out anew as the plan grows): only the entry tables' sheets hold a person's content.
    if (!sheet || !sheet.tables.some((tp) => ENTRY.has(tp.name))) continue;
    const owned = sheet.blocks.some(
      (b) =>
        c.row >= b.row &&
        c.row < b.row + b.cells.length &&
        c.col >= b.col &&
        c.col < b.col + Math.max(0, ...b.cells.map((r) => r.length))
    );
    const cell = a1(c.row, c.col);
    if (c.value !== "" && !owned) add(c.sheet, "outside-cell", cell, c.value);
    if (c.note !== undefined && !marked.has(`${c.sheet.toLocaleLowerCase()}!${cell}`))
      add(c.sheet, "outside-note", cell, c.note);
    if (c.link !== undefined) add(c.sheet, "outside-link", cell, c.link);
  }
  const KEY = {
    "outside-cell": "error.outsideCell",
    "outside-note": "error.outsideNote",
    "outside-link": "error.outsideLink",
  } as const;
  for (const g of groups.values()) {
    const more = g.cells.length > 5 ? ` (+${g.cells.length - 5})` : "";
    const cells = `${g.sheet}!${g.cells.slice(0, 5).join(", ")}${more}`;
    out.push({
      sheet: g.sheet,
      cell: g.cells[0],
      rule: g.rule as AtRisk["rule"],
      value: g.values[0],
      message: t(lang, KEY[g.rule as keyof typeof KEY], {
        cell: cells,
        value: `"${g.values[0].slice(0, 40)}"`,
        count: g.cells.length,
      }),
    });
  }
  const names = plan.names.map((n) => n.name);
  for (const name of outside.names) {
    // Excel's own names (print titles and areas, filters) are written again with their sheet.
    if (/^_xlnm\./i.test(name) || /(^|!)_xlnm\./i.test(name)) continue;
    if (!names.some((n) => same(n, name)))
      out.push({
        sheet: "",
        cell: "",
        rule: "own-name",
        value: name,
        message: t(lang, "error.ownName", { name }),
      });
  }
  const tables = plan.sheets.flatMap((s) => s.tables.map((tp) => tp.name));
  for (const tb of outside.tables) {
    if (!sheets.has(tb.sheet.toLocaleLowerCase())) continue;
    if (!tables.some((n) => same(n, tb.name)))
      out.push({
        sheet: tb.sheet,
        cell: "",
        rule: "own-table",
        value: tb.name,
        message: t(lang, "error.ownTable", { name: tb.name, sheet: tb.sheet }),
      });
  }
  return out;
}
