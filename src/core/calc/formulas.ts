/**
 * The native Excel formulas that compute what the pure calculations
 * compute, for sheets that must stay live without the add-in (the summary
 * sheets). SUMIFS / COUNTIFS / SUMPRODUCT over the template's tables in file
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
import { fold } from "../i18n";
import { LANGS, type ActionStatus, type Lang } from "../model";
import { header, listLabel, tableSpecs, type TableKey } from "../template/tables";
import { structCol } from "../template/types";
import { PLANNED_UNDER, type Policy } from "./completion";
import { QUOTA_MINIMUM } from "./quota";

/** A criterion: the column it tests and the value it must hold (formula expressions). */
export interface Criterion {
  column: string;
  value: string;
}

/** A text or number as a formula literal. */
export const literal = (v: string | number): string =>
  typeof v === "number" ? String(v) : `"${v.replace(/"/g, '""')}"`;

const pairs = (cs: readonly Criterion[]) => cs.map((c) => `,${c.column},${c.value}`).join("");

/** Any counted row matches the criteria, else #N/A; `rows` counts the rows a calculation counts. */
const orNA = (cs: readonly Criterion[], rows: string, body: string) =>
  cs.length ? `IF(${rows}=0,NA(),${body})` : body;

const sumOver = (values: string, cs: readonly Criterion[]) =>
  cs.length ? `SUMIFS(${values}${pairs(cs)})` : `SUM(${values})`;

/** budgetShare: the category's amount over the total, under the criteria. */
export function budgetShareFormula(
  amounts: string,
  categories: string,
  category: string,
  cs: readonly Criterion[] = []
): string {
  const mine = `SUMIFS(${amounts},${categories},${category}${pairs(cs)})`;
  return orNA(cs, `COUNTIFS(${amounts},"<>"${pairs(cs)})`, `${mine}/${sumOver(amounts, cs)}`);
}

/** fundingGap: planned minus secured, under the criteria. */
export function fundingGapFormula(
  planned: string,
  secured: string,
  cs: readonly Criterion[] = []
): string {
  // Rows with either amount filled: both counts, less the rows counted twice.
  const rows = `(COUNTIFS(${planned},"<>"${pairs(cs)})+COUNTIFS(${secured},"<>"${pairs(cs)})-COUNTIFS(${planned},"<>",${secured},"<>"${pairs(cs)}))`;
  return orNA(cs, rows, `${sumOver(planned, cs)}-${sumOver(secured, cs)}`);
}

/** The labels a status is written with (value, English, French), once each ignoring case. */
export function statusLabels(status: ActionStatus): string[] {
  const all = [...LANGS.map((l) => listLabel(l, "status", status)), status];
  return all.filter((x, i) => all.findIndex((y) => fold(y) === fold(x)) === i);
}

/** completionRate: completed over planned actions under the policy, under the criteria. */
export function completionRateFormula(
  statuses: string,
  cs: readonly Criterion[] = [],
  policy: Policy = "standard"
): string {
  const count = (ss: readonly ActionStatus[]) =>
    `SUMPRODUCT(COUNTIFS(${statuses},{${ss.flatMap(statusLabels).map(literal).join(",")}}${pairs(cs)}))`;
  return orNA(
    cs,
    `COUNTIFS(${statuses},"<>"${pairs(cs)})`,
    `${count(["completed"])}/${count(PLANNED_UNDER[policy])}`
  );
}

/** aggregateRate: the sum of the numerators over the sum of the denominators. */
export const rateFormula = (numerators: string, denominators: string): string =>
  `SUM(${numerators})/SUM(${denominators})`;

/** quotaCheck's share: women over total. */
export const quotaFormula = (women: string, total: string): string => `${women}/${total}`;

/** quotaCheck's flag: the share reaches the minimum (to 12 decimal places, as quotaCheck). */
export const quotaMetFormula = (
  women: string,
  total: string,
  minimum: string = String(QUOTA_MINIMUM)
): string => `${women}/${total}>=${minimum}-1E-12`;

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
    /** Completion rate of the operational plan's actions, under the filters and the policy. */
    completionRate: (filters?: Partial<Record<ActionDimension, string>>, policy?: Policy) =>
      completionRateFormula(column("actions", "status"), where("actions", filters), policy),
    rate: rateFormula,
    quota: quotaFormula,
    quotaMet: quotaMetFormula,
  };
}
