/**
 * The measures planners need, one file each, holding the TypeScript
 * calculation and the native Excel formula side by side, with its
 * tolerances and wording:
 * - completion.ts: completion rate (completed over planned actions);
 * - progress.ts: progress toward target and on-track;
 * - latest.ts: an indicator's latest actual and its target;
 * - entries.ts: natural entries in indicator cells (Oui, Moyen...) as
 *   numbers, and the count of an indicator's cells to check;
 * - budget.ts: budget share and funding gap;
 * - execution.ts: budget execution rate (spent over planned or secured);
 * - cost.ts: a budget line's cost from its costing;
 * - quota.ts: the share of women and the 30% minimum;
 * - rate.ts: a rate aggregated from numerators and denominators;
 * - value-rows.ts: an indicator's yearly actual from the rows of tblValues
 *   (a rate from numerators and denominators, counts summed), else the
 *   typed actual.
 * The custom functions (src/functions), the summary sheets
 * (template/summaries.ts) and the TypeScript summary (summary/compute.ts)
 * all use them. values.ts reads ranges as Excel hands them to custom
 * functions (2-D arrays; optional arguments null or undefined); native.ts
 * holds the pieces every formula is written with.
 *
 * Bad input never gives a silent wrong number: mismatched range sizes, text
 * or a negative in an amount cell, an unknown status -> #VALUE!; nothing to
 * divide by -> #DIV/0!; filters that match no row -> #N/A. Blank rows are
 * ignored. Percentages aggregate from numerators and denominators, never by
 * averaging percentages. Every loop is one pass over the rows.
 */
export * from "./values";
export * from "./native";
export * from "./budget";
export * from "./execution";
export * from "./completion";
export * from "./cost";
export * from "./latest";
export * from "./entries";
export * from "./progress";
export * from "./quota";
export * from "./rate";
export * from "./value-rows";
