/**
 * Custom functions under the NAP namespace. Each is a thin wrapper over one
 * pure calculation in src/core/calc; a CalcError becomes the Excel error a
 * user expects, with its message in the user's language.
 * The JSDoc tags below generate functions.json at build; a malformed one
 * fails the build.
 */
import {
  aggregateRate,
  budgetShare,
  CalcError,
  completionRate,
  directionOf,
  filters,
  fundingGap,
  policyOf,
  progressToTarget,
  quota,
  type Range,
  type Scalar,
} from "../core/calc";

const ERROR_CODES = {
  "#VALUE!": "invalidValue",
  "#DIV/0!": "divisionByZero",
  "#N/A": "notAvailable",
  "#NUM!": "invalidNumber",
} as const;

/** The language of the messages: Excel's display language, French or English. */
function french(): boolean {
  const lang = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  return typeof lang === "string" && lang.toLowerCase().startsWith("fr");
}

/** Run a calculation; turn a CalcError into a custom-function error. */
function run<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof CalcError) {
      throw new CustomFunctions.Error(
        CustomFunctions.ErrorCode[ERROR_CODES[e.code]],
        french() ? e.messageFr : e.message
      );
    }
    throw e;
  }
}

const num = (v: Scalar, name: string): number | null => {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number") return v;
  throw new CalcError(
    "#VALUE!",
    `${name}: "${String(v)}" is not a number`,
    `${name} : « ${String(v)} » n'est pas un nombre`
  );
};

/**
 * A category's share of the budget (0 to 1): a stakeholder's, a pillar's, a source's...
 * @customfunction BUDGETSHARE
 * @param amounts Budget amounts.
 * @param categories The category of each amount (e.g. lead stakeholder).
 * @param category The category whose share is wanted.
 * @param [filterRange1] Optional filter range (e.g. pillar).
 * @param [filterValue1] Value the first filter keeps.
 * @param [filterRange2] Optional second filter range (e.g. year).
 * @param [filterValue2] Value the second filter keeps.
 * @param [filterRange3] Optional third filter range (e.g. funding source).
 * @param [filterValue3] Value the third filter keeps.
 * @returns The share, from 0 to 1.
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
  filterValue3?: any
): number {
  return run(() =>
    budgetShare(
      amounts as Range,
      categories as Range,
      category,
      filters(
        [filterRange1, filterValue1],
        [filterRange2, filterValue2],
        [filterRange3, filterValue3]
      )
    )
  );
}

/**
 * Completed actions over planned actions (0 to 1).
 * @customfunction COMPLETIONRATE
 * @param statuses Action statuses, in French or English.
 * @param [pillars] Optional: the pillar of each action.
 * @param [pillar] Optional: the pillar to count.
 * @param [policy] How cancelled and postponed actions count: "standard" (cancelled left out, postponed planned), "include-cancelled", "exclude-postponed" or "exclude-both".
 * @returns The completion rate, from 0 to 1.
 */
export function completionRateFn(
  statuses: any[][],
  pillars?: any[][],
  pillar?: any,
  policy?: string
): number {
  return run(() => completionRate(statuses as Range, filters([pillars, pillar]), policyOf(policy)));
}

/**
 * Progress toward target, direction-aware: (actual - baseline) / (target - baseline).
 * @customfunction PROGRESS
 * @param baseline Baseline value.
 * @param actual Latest actual value.
 * @param target Target value.
 * @param [direction] "increase" (default), "decrease" or "maintain", in French or English.
 * @returns Progress: 0 at the baseline, 1 at the target.
 */
export function progressFn(baseline: any, actual: any, target: any, direction?: string): number {
  return run(() => {
    const p = progressToTarget(
      num(baseline, "baseline"),
      num(actual, "actual"),
      num(target, "target"),
      directionOf(direction)
    );
    if (p === null) throw new CalcError("#N/A", "a value is missing", "une valeur manque");
    return p;
  });
}

/**
 * Share of women (0 to 1), for the 30% minimum of Law 2015-052.
 * @customfunction QUOTA
 * @param women Number of women.
 * @param total Total number of people.
 * @returns The share of women, from 0 to 1.
 */
export function quotaFn(women: number, total: number): number {
  return run(() => quota(women, total).share);
}

/**
 * Whether the share of women reaches the minimum (30% by default, Law 2015-052).
 * @customfunction QUOTAMET
 * @param women Number of women.
 * @param total Total number of people.
 * @param [minimum] The minimum share, from 0 to 1 (default 0.3).
 * @returns TRUE when the minimum is met.
 */
export function quotaMetFn(women: number, total: number, minimum?: number): boolean {
  return run(() => quota(women, total, minimum ?? undefined).met);
}

/**
 * Funding gap: planned minus secured.
 * @customfunction FUNDINGGAP
 * @param planned Planned amounts.
 * @param secured Secured amounts.
 * @param [filterRange1] Optional filter range (e.g. funding source).
 * @param [filterValue1] Value the first filter keeps.
 * @param [filterRange2] Optional second filter range (e.g. year).
 * @param [filterValue2] Value the second filter keeps.
 * @param [filterRange3] Optional third filter range (e.g. pillar).
 * @param [filterValue3] Value the third filter keeps.
 * @returns The gap, in the amounts' currency.
 */
export function fundingGapFn(
  planned: any[][],
  secured: any[][],
  filterRange1?: any[][],
  filterValue1?: any,
  filterRange2?: any[][],
  filterValue2?: any,
  filterRange3?: any[][],
  filterValue3?: any
): number {
  return run(() =>
    fundingGap(
      planned as Range,
      secured as Range,
      filters(
        [filterRange1, filterValue1],
        [filterRange2, filterValue2],
        [filterRange3, filterValue3]
      )
    )
  );
}

/**
 * A rate aggregated from numerators and denominators (never an average of percentages).
 * @customfunction RATE
 * @param numerators Numerators (e.g. women in each body).
 * @param denominators Denominators (e.g. members of each body).
 * @returns The sum of numerators over the sum of denominators, from 0 to 1.
 */
export function rateFn(numerators: any[][], denominators: any[][]): number {
  return run(() => aggregateRate(numerators as Range, denominators as Range));
}

// The build adds CustomFunctions.associate(id, function) for each function above (custom-functions-metadata-plugin).
