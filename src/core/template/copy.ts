/**
 * A focal point's copy (a plan with a copy stamp): whose rows are whose,
 * marked on every write of the copy (prepare, submit, the pane's update,
 * refresh), so that no write of a copy opens others' rows. On the protected
 * Indicators sheet, the entry cells of indicators another stakeholder is
 * responsible for are locked (own and unowned ones stay open); on the
 * Operational plan and Budget sheets, which stay unprotected so that new
 * actions and budget lines can be added, the rows another stakeholder leads
 * are shaded amber.
 */
import type { Plan } from "../model";
import type { SheetPlan, TablePlan, WorkbookPlan } from "./types";

/** Rows of a table as 1-based sheet rows, grouped into runs of consecutive rows. */
function runs(table: TablePlan, keep: (row: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  table.rows.forEach((_, i) => {
    if (!keep(i)) return;
    const at = table.row + 2 + i;
    const last = out.at(-1);
    if (last && last[1] === at - 1) last[1] = at;
    else out.push([at, at]);
  });
  return out;
}

const letter = (i: number): string =>
  i < 26 ? String.fromCharCode(65 + i) : letter(Math.floor(i / 26) - 1) + letter(i % 26);

/** The cell of row `i` in column `key`, as text. */
const cellText = (table: TablePlan, i: number, key: string): string | undefined => {
  const v = table.rows[i]?.[table.keys.indexOf(key)];
  return typeof v === "string" && v.trim() ? v.trim() : undefined;
};

/**
 * The copy's marking of whose rows are whose (see the file's comment): a pure
 * function of the written plan. A region's copy (`region`): the region owns
 * the actions that concern it alone (their regions are just it), and no
 * indicator.
 */
export function markOwnRows(
  wp: WorkbookPlan,
  plan: Plan,
  focalPoint: string,
  region = false
): WorkbookPlan {
  const ownerOfAction = (a: Plan["actions"][number]) =>
    region ? (a.regions.length === 1 ? a.regions[0] : "") : a.lead;
  const leads = new Map(plan.actions.map((a) => [a.code, ownerOfAction(a)]));
  const others = (owner: string | undefined) => owner !== undefined && owner !== focalPoint;
  const sheets = wp.sheets.map((sheet): SheetPlan => {
    const table = sheet.tables[0];
    if (!table) return sheet;
    if (sheet.key === "indicators" && sheet.protection) {
      const open = runs(table, (i) => !others(cellText(table, i, "responsible")));
      const unlocked = sheet.protection.unlocked.flatMap((range) => {
        const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
        if (!m || m[1] !== m[3]) return [range];
        return open.map(([a, b]) => `${m[1]}${a}:${m[1]}${b}`);
      });
      return { ...sheet, protection: { unlocked } };
    }
    const ownerOf =
      sheet.key === "actions"
        ? (i: number) =>
            region ? leads.get(cellText(table, i, "code") ?? "") : cellText(table, i, "lead")
        : sheet.key === "budget"
          ? (i: number) => leads.get(cellText(table, i, "action") ?? "")
          : undefined;
    if (!ownerOf) return sheet;
    const last = letter(table.col + table.keys.length - 1);
    const first = letter(table.col);
    const shaded = runs(table, (i) => others(ownerOf(i))).map(([a, b]) => ({
      range: `${first}${a}:${last}${b}`,
      formula: "=TRUE",
      colour: "amber" as const,
    }));
    return shaded.length
      ? { ...sheet, ragFormats: [...(sheet.ragFormats ?? []), ...shaded] }
      : sheet;
  });
  return { ...wp, sheets };
}
