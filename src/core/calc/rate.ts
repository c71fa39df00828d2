/**
 * A rate aggregated from numerators and denominators: sum(numerators) /
 * sum(denominators). Percentages never average: 9 women of 38 ministers
 * and 11 of 32 make 20 of 70 (28.6%), not the mean of 23.7% and 34.4%.
 *
 * One file, both halves: `aggregateRate` (TypeScript) and `rateFormula`
 * (native Excel formula). A blank counts 0 in both; a negative numerator or
 * denominator is #VALUE! in both (a count cannot be negative); text is
 * #VALUE! in the calculation and skipped by SUM.
 */
import type { MessageKey } from "../i18n";
import { VALUE_ERROR } from "./native";
import { amountOf, column, ratio, sameSize, type CellValue, type Range } from "./values";

export function aggregateRate(
  numerators: Range | CellValue,
  denominators: Range | CellValue,
  at: (string | undefined)[] = []
): number {
  const n = column(numerators, { name: "cf.range.numerators", address: at[0] });
  const d = column(denominators, { name: "cf.range.denominators", address: at[1] });
  sameSize([n, d]);
  let num = 0;
  let den = 0;
  // One pass; a blank counts 0 (amountOf), so blank rows need no test.
  const numRows = n.rows;
  const denRows = d.rows;
  for (let i = 0; i < n.length; i++) {
    num += amountOf(numRows[i][0], n, i);
    den += amountOf(denRows[i][0], d, i);
  }
  return ratio(num, den, "cf.err.zeroDenominators");
}

/**
 * aggregateRate as a native formula: the sum of the numerators over the sum
 * of the denominators; #VALUE! when either holds a negative.
 */
export const rateFormula = (numerators: string, denominators: string): string =>
  `IF(COUNTIF(${numerators},"<0")+COUNTIF(${denominators},"<0")>0,${VALUE_ERROR},SUM(${numerators})/SUM(${denominators}))`;

/** The measure's wording: the messages its errors give. */
export const RATE_WORDING = {
  errors: ["cf.err.notAmount", "cf.err.sizes", "cf.err.zeroDenominators"],
} as const satisfies { errors: readonly MessageKey[] };
