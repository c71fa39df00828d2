/**
 * Custom functions under the NAP namespace, registered as the page loads
 * (the shared runtime) as thin async wrappers: each forwards its arguments
 * to its implementation in impl.ts, which loads with the first call (one
 * chunk: the calculations of src/core/calc, the error mapping, both message
 * catalogues), so the task pane's first screen carries none of it
 * (bench/taskpane-payload.js). Excel waits for the promise; a rejected one
 * with a CustomFunctions.Error shows as that error.
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
type Implementation = typeof import("./impl");

let loading: Promise<Implementation> | undefined;

/** The implementations (loaded once; a failed load is tried again on the next call). */
export function implementation(): Promise<Implementation> {
  loading ??= import(/* webpackChunkName: "functions-impl" */ "./impl").catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  return loading;
}

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
export async function budgetShareFn(
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
): Promise<number> {
  return (await implementation()).budgetShareFn(
    amounts,
    categories,
    category,
    filterRange1,
    filterValue1,
    filterRange2,
    filterValue2,
    filterRange3,
    filterValue3,
    invocation
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
export async function completionRateFn(
  statuses: any[][],
  pillars?: any[][],
  pillar?: any,
  policy?: string,
  invocation?: CustomFunctions.Invocation
): Promise<number> {
  return (await implementation()).completionRateFn(statuses, pillars, pillar, policy, invocation);
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
export async function progressFn(
  baseline: any,
  actual: any[][],
  target: any[][],
  direction?: any,
  tolerance?: any,
  aggregation?: any
): Promise<number> {
  return (await implementation()).progressFn(
    baseline,
    actual,
    target,
    direction,
    tolerance,
    aggregation
  );
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
export async function onTrackFn(
  baseline: any,
  actuals: any[][],
  targets: any[][],
  endTarget?: any,
  direction?: any,
  aggregation?: any
): Promise<string> {
  return (await implementation()).onTrackFn(
    baseline,
    actuals,
    targets,
    endTarget,
    direction,
    aggregation
  );
}

/**
 * Share of women, from 0 to 1, for the 30% minimum of Law 2015-052.
 * @customfunction QUOTA
 * @param women Number of women.
 * @param total Total number of people.
 * @returns The share of women, from 0 to 1.
 */
export async function quotaFn(women: any, total: any): Promise<number> {
  return (await implementation()).quotaFn(women, total);
}

/**
 * Whether the share of women reaches the minimum: 30% by default (Law 2015-052).
 * @customfunction QUOTAMET
 * @param women Number of women.
 * @param total Total number of people.
 * @param [minimum] The minimum share, from 0 to 1 (default 0.3).
 * @returns TRUE when the minimum is met.
 */
export async function quotaMetFn(women: any, total: any, minimum?: any): Promise<boolean> {
  return (await implementation()).quotaMetFn(women, total, minimum);
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
export async function fundingGapFn(
  planned: any[][],
  secured: any[][],
  filterRange1?: any[][],
  filterValue1?: any,
  filterRange2?: any[][],
  filterValue2?: any,
  filterRange3?: any[][],
  filterValue3?: any,
  invocation?: CustomFunctions.Invocation
): Promise<number> {
  return (await implementation()).fundingGapFn(
    planned,
    secured,
    filterRange1,
    filterValue1,
    filterRange2,
    filterValue2,
    filterRange3,
    filterValue3,
    invocation
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
export async function rateFn(
  numerators: any[][],
  denominators: any[][],
  invocation?: CustomFunctions.Invocation
): Promise<number> {
  return (await implementation()).rateFn(numerators, denominators, invocation);
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
export async function executionRateFn(
  spent: any[][],
  base: any[][],
  filterRange1?: any[][],
  filterValue1?: any,
  filterRange2?: any[][],
  filterValue2?: any,
  filterRange3?: any[][],
  filterValue3?: any,
  invocation?: CustomFunctions.Invocation
): Promise<number> {
  return (await implementation()).executionRateFn(
    spent,
    base,
    filterRange1,
    filterValue1,
    filterRange2,
    filterValue2,
    filterRange3,
    filterValue3,
    invocation
  );
}
