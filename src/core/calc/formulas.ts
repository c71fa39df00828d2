/**
 * The measures' native formulas bound to the template's own tables. Each
 * measure's formula is written in the measure's own file, beside its
 * TypeScript calculation (budget.ts, completion.ts, cost.ts, latest.ts,
 * progress.ts, quota.ts, rate.ts); this module re-exports them and gives
 * them the tables' columns, for sheets that must stay live without the
 * add-in. SUMIFS / COUNTIFS / SUMPRODUCT over the template's tables in file
 * syntax (`tblBudget[[#Data],[Amount planned]]`), headers in the
 * workbook's language; nothing LibreOffice 7.4 lacks (no XLOOKUP, no
 * [@Col], no bare table names), so a test can recalculate them there.
 *
 * Each builder returns a formula body without "=". Values and criteria are
 * formula expressions: a cell reference (`B5`, `tblX[[#This Row],[Code]]`)
 * or a literal (`literal("MPFEF")`).
 *
 * Where the two differ: a native formula cannot refuse bad input the way a
 * calculation does. SUMIFS skips text in amount cells and COUNTIFS skips
 * unknown statuses (the functions give #VALUE!); native matching ignores
 * case but not accents or the other language's labels, except for statuses,
 * which are counted under their English and French labels. The errors that
 * can be expressed are the same: #N/A when criteria match no row, #DIV/0!
 * when there is nothing to divide by.
 */
import type { Lang } from "../model";
import { header, tableSpecs, type TableKey } from "../template/tables";
import { structCol } from "../template/types";
import { budgetShareFormula, fundingGapFormula } from "./budget";
import { completionRateFormula, type Policy } from "./completion";
import { executionRateFormula } from "./execution";
import { quotaFormula, quotaMetFormula } from "./quota";
import { rateFormula } from "./rate";

export { literal, type Criterion } from "./native";
export { budgetShareFormula, fundingGapFormula } from "./budget";
export { completionRateFormula, statusLabels } from "./completion";
export { costFormula } from "./cost";
export { executionRateFormula } from "./execution";
export { latestValueFormula, latestYearFormula, targetFormula } from "./latest";
export { onTrackFormula, progressFormula } from "./progress";
export { quotaFormula, quotaMetFormula } from "./quota";
export { rateFormula } from "./rate";

/** Budget table columns a share or a gap can be taken by, or filtered on. */
export type BudgetDimension =
  "lead" | "pillar" | "year" | "source" | "budgetStatus" | "output" | "action";
/** Operational plan columns a completion rate can be filtered on. */
export type ActionDimension = "pillar" | "lead" | "output";

/** The formulas over the template's own tables, headers in the workbook's language. */
export function templateFormulas(lang: Lang) {
  const specs = tableSpecs([]);
  const column = (table: TableKey, key: string): string => {
    const s = specs[table];
    const c = s.columns.find((x) => x.key === key);
    if (!c) throw new Error(`no column ${key} in ${s.name}`);
    return `${s.name}[[#Data],[${structCol(header(lang, c))}]]`;
  };
  const where = <D extends string>(table: TableKey, w: Partial<Record<D, string>> = {}) =>
    Object.entries(w)
      .filter((e): e is [string, string] => typeof e[1] === "string")
      .map(([key, value]) => ({ column: column(table, key), value }));
  return {
    column,
    /** A category's share of the NAP budget: `by` lead stakeholder, pillar, year, source... */
    budgetShare: (
      by: BudgetDimension,
      value: string,
      filters?: Partial<Record<BudgetDimension, string>>
    ) =>
      budgetShareFormula(
        column("budget", "amount"),
        column("budget", by),
        value,
        where("budget", filters)
      ),
    /** Planned minus secured in the budget table, under the filters. */
    fundingGap: (filters?: Partial<Record<BudgetDimension, string>>) =>
      fundingGapFormula(
        column("budget", "amount"),
        column("budget", "secured"),
        where("budget", filters)
      ),
    /** Spent over planned (or secured) in the budget table, under the filters. */
    executionRate: (
      base: "amount" | "secured",
      filters?: Partial<Record<BudgetDimension, string>>
    ) =>
      executionRateFormula(
        column("budget", "spent"),
        column("budget", base),
        where("budget", filters)
      ),
    /** Completion rate of the operational plan's actions, under the filters and the policy. */
    completionRate: (filters?: Partial<Record<ActionDimension, string>>, policy?: Policy) =>
      completionRateFormula(column("actions", "status"), where("actions", filters), policy),
    rate: rateFormula,
    quota: quotaFormula,
    quotaMet: quotaMetFormula,
  };
}
