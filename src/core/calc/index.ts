/**
 * The calculations planners need, over ranges as Excel hands them to custom
 * functions (2-D arrays; optional arguments null or undefined). Pure: the
 * custom functions (src/functions), the summaries and the command line
 * share them; formulas.ts gives the native Excel formulas that compute the
 * same numbers in a workbook opened without the add-in.
 *
 * Bad input never gives a silent wrong number: mismatched range sizes, text
 * or a negative in an amount cell, an unknown status -> #VALUE!; nothing to
 * divide by -> #DIV/0!; filters that match no row -> #N/A. Blank rows are
 * ignored. Percentages aggregate from numerators and denominators, never by
 * averaging percentages. Every loop is one pass over the rows.
 */
export * from "./values";
export * from "./budget";
export * from "./completion";
export * from "./progress";
export * from "./quota";
export * from "./rate";
