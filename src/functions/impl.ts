/**
 * The custom functions' implementations, loaded on their first call
 * (functions.ts registers thin async wrappers at start, so the page's first
 * screen carries none of this: the calculations, zod's model, both message
 * catalogues). Each passes the values as Excel hands them (2-D arrays,
 * optional arguments null) to one pure calculation in src/core/calc and
 * turns a CalcError into the Excel error a user expects, with its message in
 * Excel's display language. Synchronous: the tests and the parity checks
 * call them directly; functions.ts's wrappers forward every argument.
 */
// Both catalogues, registered before any module below evaluates (the task
// pane's build loads catalogues on demand; the messages here may be either).
import "../core/locales/all";
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

export function quotaFn(women: any, total: any): number {
  return run(() => quotaCheck(women, total).share);
}

export function quotaMetFn(women: any, total: any, minimum?: any): boolean {
  return run(() => quotaCheck(women, total, minimum ?? undefined).met);
}

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

export function rateFn(
  numerators: any[][],
  denominators: any[][],
  invocation?: CustomFunctions.Invocation
): number {
  return run(() =>
    aggregateRate(numerators as Range, denominators as Range, addresses(invocation, 0, 1))
  );
}

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
