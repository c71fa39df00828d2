/**
 * Latest actual and target of an indicator, the inputs of progress:
 * - the latest actual is the value of the latest plan year whose actual is
 *   a number (a blank or text cell is no actual);
 * - the target is the end-of-plan target when it is a number, else the
 *   latest yearly target that is one.
 * Nothing to report gives null in TypeScript, #N/A natively (a summary
 * shows a blank).
 *
 * One file, both halves: `latestOf` / `targetOf` (TypeScript, over cells as
 * Excel hands them) and `latestYearFormula` / `latestValueFormula` /
 * `targetFormula` (the native Excel formulas of the Indicator progress
 * sheet).
 */
import type { MessageKey } from "../i18n";
import type { CellValue } from "./values";

/** A yearly value as the indicators table holds it: one cell per plan year. */
export interface YearValue {
  year: number;
  value: CellValue;
}

const isNumber = (v: CellValue): v is number => typeof v === "number" && Number.isFinite(v);

/** A cell read as a number, or null (blank, text...): what ISNUMBER keeps. */
export const numberOrNull = (v: CellValue): number | null => (isNumber(v) ? v : null);

/** The latest year whose value is a number, and that value; null when none is. */
export function latestOf(series: readonly YearValue[]): { year: number; value: number } | null {
  let best: { year: number; value: number } | null = null;
  for (const { year, value } of series) {
    if (isNumber(value) && (best === null || year > best.year)) best = { year, value };
  }
  return best;
}

/** The end-of-plan target when it is a number, else the latest yearly target, else null. */
export function targetOf(endTarget: CellValue, targets: readonly YearValue[]): number | null {
  return isNumber(endTarget) ? endTarget : (latestOf(targets)?.value ?? null);
}

/**
 * A chain over the plan years, built from the first year outwards so that
 * the outermost test is the latest year: `pick(y)` for the latest year whose
 * `cell(y)` is a number, else `none`.
 */
function chain(
  years: readonly number[],
  cell: (year: number) => string,
  pick: (year: number) => string,
  none: string
): string {
  return years.reduce((acc, y) => `IF(ISNUMBER(${cell(y)}),${pick(y)},${acc})`, none);
}

/** latestOf's year as a native formula: `cell(y)` is the indicator's cell for year y. */
export const latestYearFormula = (years: readonly number[], cell: (year: number) => string) =>
  chain(years, cell, String, "NA()");

/** latestOf's value as a native formula. */
export const latestValueFormula = (years: readonly number[], cell: (year: number) => string) =>
  chain(years, cell, cell, "NA()");

/** targetOf as a native formula. */
export const targetFormula = (
  endTarget: string,
  years: readonly number[],
  target: (year: number) => string
) => `IF(ISNUMBER(${endTarget}),${endTarget},${latestValueFormula(years, target)})`;

/** numberOrNull as a native formula: the number, else #N/A. */
export const numberFormula = (x: string) => `IF(ISNUMBER(${x}),${x},NA())`;

/** The measure's wording: its summary headers. */
export const LATEST_WORDING = {
  headers: ["col.baselineValue", "sum.latestYear", "sum.latestActual", "sum.target"],
} as const satisfies { headers: readonly MessageKey[] };
