/**
 * Custom functions under the NAP namespace. Each is a thin wrapper over one
 * pure calculation in src/core/calc: it passes the values as Excel hands
 * them (2-D arrays, optional arguments null) and turns a CalcError into the
 * Excel error a user expects, with its message in Excel's display language.
 *
 * The JSDoc tags below generate functions.json at build (webpack's
 * custom-functions-metadata-plugin, or `npm run build:functions`); a
 * malformed one fails the build. The plugin also appends
 * `CustomFunctions.associate(id, function)` for each function to the
 * bundle, so the functions register wherever the runtime is present; under
 * Node (tests, benchmark) there is none and nothing registers.
 * French names and descriptions: fr.ts (functions.fr.json).
 *
 * Functions taking ranges ask Excel for their arguments' addresses
 * (@requiresParameterAddresses), so a message names the faulty cell
 * ("Budget!H12") rather than its position in the range.
 */
import type { Aggregation } from "../core/model";
import {
  aggregateOf,
  aggregateRate,
  aggregationOf,
  budgetShare,
  CalcError,
  completionRate,
  directionOf,
  executionRate,
  fail,
  filters,
  fundingGap,
  indicatorProgress,
  numberArg,
  policyOf,
  progressToTarget,
  quotaCheck,
  seriesOf,
  TRACK_LABELS,
  type Range,
} from "../core/calc";
import { t, type MessageKey } from "../core/i18n";
import { displayLanguage } from "../office/display-language";

const ERROR_CODES = {
  "#VALUE!": "invalidValue",
  "#DIV/0!": "divisionByZero",
  "#N/A": "notAvailable",
  "#NUM!": "invalidNumber",
} as const;

/** Messages follow Excel's display language: French or English. */
function french(): boolean {
  const lang = displayLanguage();
  return typeof lang === "string" && lang.toLowerCase().startsWith("fr");
}

/** Run a calculation; a CalcError becomes a custom-function error. */
function run<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof CalcError) {
      throw new CustomFunctions.Error(
        CustomFunctions.ErrorCode[ERROR_CODES[e.error]],
        french() ? e.messageFr : e.message
      );
    }
    throw e;
  }
}

/** The addresses Excel gave for the arguments at these positions, if it gave any. */
const addresses = (inv: CustomFunctions.Invocation | undefined, ...at: number[]) =>
  at.map((i) => inv?.parameterAddresses?.[i]);

/**
 * A category's share of the budget, from 0 to 1: a stakeholder's, a pillar's, a funding source's... Filters are optional.
 * @customfunction BUDGETSHARE
 * @param amounts Budget amounts (e.g. the Amount planned column).
 * @param categories The category of each amount (e.g. the Lead stakeholder column).
 * @param category The category whose share is wanted.
 * @param [filterRange1] Optional filter range (e.g. the Pillar column).
 * @param [filterValue1] Value the first filter keeps.
 * @param [filterRange2] Optional second filter range (e.g. the Year column).
 * @param [filterValue2] Value the second filter keeps.
 * @param [filterRange3] Optional third filter range (e.g. the Funding source column).
 * @param [filterValue3] Value the third filter keeps.
 * @param invocation Given by Excel.
 * @returns The share, from 0 to 1.
 * @requiresParameterAddresses
 */
export function budgetShareFn(
  amounts: any[][],
  categories: any[][],
  category: any,
  filterRange1?: any[][],
  filterValue1?: any,
  filterRange2?: any[][],
  filterValue2?: any,
  filterRange3?: any[][],
  filterValue3?: any,
  invocation?: CustomFunctions.Invocation
): number {
  return run(() =>
    budgetShare(
      amounts,
      categories,
      category,
      filters(
        [filterRange1, filterValue1],
        [filterRange2, filterValue2],
        [filterRange3, filterValue3]
      ),
      { main: addresses(invocation, 0, 1), filters: addresses(invocation, 3, 5, 7) }
    )
  );
}

/**
 * Completed actions over planned actions, from 0 to 1, optionally for one pillar.
 * @customfunction COMPLETIONRATE
 * @param statuses Action statuses, in French or English.
 * @param [pillars] Optional: the pillar of each action.
 * @param [pillar] Optional: the pillar to count.
 * @param [policy] How cancelled and postponed actions count: "standard" (default: cancelled left out, postponed counted as planned and not completed), "include-cancelled", "exclude-postponed" or "include-cancelled-exclude-postponed".
 * @param invocation Given by Excel.
 * @returns The completion rate, from 0 to 1.
 * @requiresParameterAddresses
 */
export function completionRateFn(
  statuses: any[][],
  pillars?: any[][],
  pillar?: any,
  policy?: string,
  invocation?: CustomFunctions.Invocation
): number {
  return run(() => {
    const [s, p] = addresses(invocation, 0, 1);
    return completionRate(statuses, {
      pillars,
      pillar,
      policy: policyOf(policy),
      addresses: { statuses: s, filters: [p] },
    });
  });
}

/**
 * Progress toward target, direction-aware: 0 at the baseline, 1 at the target, negative when the indicator moved away from it; a target already reached at the baseline is a level to hold (1 while held, else minus the shortfall as a share of the target).
 * @customfunction PROGRESS
 * @param baseline Baseline value.
 * @param actual The actual value, or the row of yearly actuals (aggregated as the aggregation says).
 * @param target The end-of-plan target, or the row of yearly targets (aggregated the same way).
 * @param [direction] "increase" (default), "decrease" or "maintain", in French or English.
 * @param [tolerance] For "maintain": how far from the target still counts as on target, as a fraction of the target (default 0.05).
 * @param [aggregation] How yearly values add up: "latest" (default), "sum" (sum of years), "max" or "average", in French or English.
 * @returns Progress: 0 at the baseline, 1 at the target (for "maintain": 1 on target, else 0).
 */
export function progressFn(
  baseline: any,
  actual: any[][],
  target: any[][],
  direction?: any,
  tolerance?: any,
  aggregation?: any
): number {
  return run(() => {
    const dir = directionOf(direction);
    const agg = aggregationOf(aggregation);
    const b = numberArg(baseline, "cf.arg.baseline");
    const a = yearly(actual, "cf.arg.actual", agg);
    const t = yearly(target, "cf.arg.target", agg);
    const p = progressToTarget(b, a, t, dir, numberArg(tolerance, "cf.arg.tolerance") ?? undefined);
    if (p !== null) return p;
    const what = a === null ? "cf.arg.actual" : t === null ? "cf.arg.target" : "cf.arg.baseline";
    return fail("#N/A", "cf.err.missing", { what: { key: what } });
  });
}

/**
 * Whether an indicator is on track, as the Indicator progress sheet says: off track when it lost ground; else against the target typed for the year of the latest actual (from 85% of it up for an increase, up to 115% for a decrease); else whether progress keeps pace with the share of the period elapsed.
 * @customfunction ONTRACK
 * @param baseline Baseline value.
 * @param actuals The indicator's row of yearly actuals, one cell per plan year.
 * @param targets The indicator's row of yearly targets, one cell per plan year (the same years).
 * @param [endTarget] The end-of-plan target (else the yearly targets, aggregated as the actuals).
 * @param [direction] "increase" (default), "decrease" or "maintain", in French or English.
 * @param [aggregation] How yearly values add up: "latest" (default), "sum" (sum of years), "max" or "average", in French or English.
 * @returns "On track", "Off track" or "No data", in Excel's language.
 */
export function onTrackFn(
  baseline: any,
  actuals: any[][],
  targets: any[][],
  endTarget?: any,
  direction?: any,
  aggregation?: any
): string {
  return run(() => {
    const a = seriesOf(actuals, "cf.arg.actual");
    const t = seriesOf(targets, "cf.arg.target");
    if (a.length !== t.length)
      fail("#VALUE!", "cf.err.sizes", {
        range: { key: "cf.arg.target" },
        n: t.length,
        first: { key: "cf.arg.actual" },
        m: a.length,
      });
    const { status } = indicatorProgress({
      baseline: numberArg(baseline, "cf.arg.baseline"),
      actuals: a,
      targets: t,
      endTarget: numberArg(endTarget, "cf.arg.target"),
      direction: directionOf(direction),
      aggregation: aggregationOf(aggregation),
      years: a.map((x) => x.year),
    });
    return t_(TRACK_LABELS[status]);
  });
}

/** A label in Excel's display language. */
const t_ = (key: MessageKey) => t(french() ? "fr" : "en", key);

/**
 * One value (blank -> null; text -> #VALUE!), or a row of yearly values
 * aggregated (only numbers count, as in the summary sheets).
 */
function yearly(v: any, name: "cf.arg.actual" | "cf.arg.target", agg: Aggregation): number | null {
  const cells = Array.isArray(v) ? (v as Range) : null;
  if (cells === null || (cells.length === 1 && cells[0]?.length === 1))
    return numberArg(cells ? cells[0][0] : v, name);
  return aggregateOf(seriesOf(cells, name), agg);
}

/**
 * Share of women, from 0 to 1, for the 30% minimum of Law 2015-052.
 * @customfunction QUOTA
 * @param women Number of women.
 * @param total Total number of people.
 * @returns The share of women, from 0 to 1.
 */
export function quotaFn(women: any, total: any): number {
  return run(() => quotaCheck(women, total).share);
}

/**
 * Whether the share of women reaches the minimum: 30% by default (Law 2015-052).
 * @customfunction QUOTAMET
 * @param women Number of women.
 * @param total Total number of people.
 * @param [minimum] The minimum share, from 0 to 1 (default 0.3).
 * @returns TRUE when the minimum is met.
 */
export function quotaMetFn(women: any, total: any, minimum?: any): boolean {
  return run(() => quotaCheck(women, total, minimum ?? undefined).met);
}

/**
 * Funding gap: planned minus secured amounts, optionally filtered.
 * @customfunction FUNDINGGAP
 * @param planned Planned amounts.
 * @param secured Secured amounts.
 * @param [filterRange1] Optional filter range (e.g. the Funding source column).
 * @param [filterValue1] Value the first filter keeps.
 * @param [filterRange2] Optional second filter range (e.g. the Year column).
 * @param [filterValue2] Value the second filter keeps.
 * @param [filterRange3] Optional third filter range (e.g. the Pillar column).
 * @param [filterValue3] Value the third filter keeps.
 * @param invocation Given by Excel.
 * @returns The gap, in the amounts' currency (negative when more is secured than planned).
 * @requiresParameterAddresses
 */
export function fundingGapFn(
  planned: any[][],
  secured: any[][],
  filterRange1?: any[][],
  filterValue1?: any,
  filterRange2?: any[][],
  filterValue2?: any,
  filterRange3?: any[][],
  filterValue3?: any,
  invocation?: CustomFunctions.Invocation
): number {
  return run(() =>
    fundingGap(
      planned,
      secured,
      filters(
        [filterRange1, filterValue1],
        [filterRange2, filterValue2],
        [filterRange3, filterValue3]
      ),
      { main: addresses(invocation, 0, 1), filters: addresses(invocation, 2, 4, 6) }
    )
  );
}

/**
 * A rate aggregated from numerators and denominators: their sums divided, never an average of percentages.
 * @customfunction RATE
 * @param numerators Numerators (e.g. the women in each body).
 * @param denominators Denominators (e.g. the members of each body).
 * @param invocation Given by Excel.
 * @returns The sum of the numerators over the sum of the denominators, from 0 to 1.
 * @requiresParameterAddresses
 */
export function rateFn(
  numerators: any[][],
  denominators: any[][],
  invocation?: CustomFunctions.Invocation
): number {
  return run(() =>
    aggregateRate(numerators as Range, denominators as Range, addresses(invocation, 0, 1))
  );
}

/**
 * Budget execution rate: amounts spent over amounts planned (or secured) in the same budget lines, optionally filtered.
 * @customfunction EXECUTIONRATE
 * @param spent Amounts spent (the Amount spent column).
 * @param base Amounts planned, or secured (the Amount planned or Amount secured column).
 * @param [filterRange1] Optional filter range (e.g. the Pillar column).
 * @param [filterValue1] Value the first filter keeps.
 * @param [filterRange2] Optional second filter range (e.g. the Year column).
 * @param [filterValue2] Value the second filter keeps.
 * @param [filterRange3] Optional third filter range (e.g. the Funding source column).
 * @param [filterValue3] Value the third filter keeps.
 * @param invocation Given by Excel.
 * @returns The share spent, from 0 to 1 (#N/A when no amount spent is filled in).
 * @requiresParameterAddresses
 */
export function executionRateFn(
  spent: any[][],
  base: any[][],
  filterRange1?: any[][],
  filterValue1?: any,
  filterRange2?: any[][],
  filterValue2?: any,
  filterRange3?: any[][],
  filterValue3?: any,
  invocation?: CustomFunctions.Invocation
): number {
  return run(() =>
    executionRate(
      spent,
      base,
      filters(
        [filterRange1, filterValue1],
        [filterRange2, filterValue2],
        [filterRange3, filterValue3]
      ),
      { main: addresses(invocation, 0, 1), filters: addresses(invocation, 2, 4, 6) }
    )
  );
}
