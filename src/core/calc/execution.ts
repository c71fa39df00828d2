/**
 * Budget execution rate: the money spent over the money planned (or
 * secured) in the same budget lines, under optional filters (pillar, lead
 * stakeholder, funding source, year...), from 0 to 1 (above 1 when more is
 * spent than planned).
 *
 * One file, both halves: `executionRate` (TypeScript, over ranges as Excel
 * hands them) and `executionRateFormula` (the native Excel formula the
 * summary sheets show).
 *
 * Decided (issue 14 point 4):
 * - the base is every line under the filters, whether or not it reports an
 *   amount spent: a line with nothing spent counts 0 spent (the rate says
 *   how much of the pillar's whole budget is spent, not of the lines that
 *   reported);
 * - nothing reported (no amount spent filled in under the filters) is #N/A,
 *   not 0%: a plan whose planners have not reported shows a blank, never a
 *   rate of 0 it does not know;
 * - a base adding up to 0 is #DIV/0!;
 * - a negative or text in either range is #VALUE! (the full check warns
 *   about the negative cell); filters matching no row: #N/A.
 * A summary shows a blank for each of these errors, as the TypeScript
 * summary gives null.
 *
 * Where the two differ: SUMIFS skips text in an amount cell and COUNTIFS
 * counts it as reported (the calculation gives #VALUE!); native criteria
 * match case but not accents or the other language's labels.
 */
import type { MessageKey } from "../i18n";
import type { Addresses } from "./budget";
import { pairs, sumOver, VALUE_ERROR, type Criterion } from "./native";
import {
  amountAt,
  cellAt,
  column,
  fail,
  isBlank,
  ratio,
  selectRows,
  type CellValue,
  type Filter,
  type Range,
} from "./values";

/**
 * Spent over base (planned or secured) in the lines under the filters.
 * Errors: ranges of different sizes, text or a negative -> #VALUE!; filters
 * matching no row or nothing spent reported -> #N/A; a base of 0 -> #DIV/0!.
 */
export function executionRate(
  spent: Range | CellValue,
  base: Range | CellValue,
  fs: Filter[] = [],
  at: Addresses = {}
): number {
  const s = column(spent, { name: "cf.range.spent", address: at.main?.[0] });
  const b = column(base, { name: "cf.range.base", address: at.main?.[1] });
  const rows = selectRows(
    [s, b],
    fs,
    (i) => !isBlank(cellAt(s, i)) || !isBlank(cellAt(b, i)),
    at.filters
  );
  let sumSpent = 0;
  let sumBase = 0;
  let reported = false;
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    sumSpent += amountAt(s, i);
    sumBase += amountAt(b, i);
    if (!isBlank(cellAt(s, i))) reported = true;
  }
  if (!reported) return fail("#N/A", "cf.err.nothingSpent");
  return ratio(sumSpent, sumBase, "cf.err.zeroBase", { range: { key: "cf.range.base" } });
}

/**
 * executionRate as a native formula: #VALUE! when a negative is under the
 * criteria, #N/A when no amount spent is filled in, else the two sums
 * divided (#DIV/0! for a base of 0).
 */
export function executionRateFormula(
  spent: string,
  base: string,
  cs: readonly Criterion[] = []
): string {
  const negatives = `COUNTIFS(${spent},"<0"${pairs(cs)})+COUNTIFS(${base},"<0"${pairs(cs)})`;
  const reported = `COUNTIFS(${spent},"<>"${pairs(cs)})`;
  return `IF(${negatives}>0,${VALUE_ERROR},IF(${reported}=0,NA(),${sumOver(spent, cs)}/${sumOver(base, cs)}))`;
}

/** The measure's wording: its summary headers and the messages its errors give. */
export const EXECUTION_WORDING = {
  headers: ["sum.execPlanned", "sum.execSecured", "sum.executionNote"],
  errors: [
    "cf.err.notAmount",
    "cf.err.sizes",
    "cf.err.noMatch",
    "cf.err.nothingSpent",
    "cf.err.zeroBase",
  ],
} as const satisfies { headers: readonly MessageKey[]; errors: readonly MessageKey[] };
