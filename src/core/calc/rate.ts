/**
 * A rate aggregated from numerators and denominators: sum(numerators) /
 * sum(denominators). Percentages never average: 9 women of 38 ministers
 * and 11 of 32 make 20 of 70 (28.6%), not the mean of 23.7% and 34.4%.
 */
import { amountAt, column, isBlank, ratio, selectRows, type CellValue, type Range } from "./values";

export function aggregateRate(
  numerators: Range | CellValue,
  denominators: Range | CellValue,
  at: (string | undefined)[] = []
): number {
  const n = column(numerators, { name: "cf.range.numerators", address: at[0] });
  const d = column(denominators, { name: "cf.range.denominators", address: at[1] });
  const rows = selectRows([n, d], [], (i) => !isBlank(n.values[i]) || !isBlank(d.values[i]));
  let num = 0;
  let den = 0;
  for (const i of rows) {
    num += amountAt(n, i);
    den += amountAt(d, i);
  }
  return ratio(num, den, "cf.err.zeroDenominators");
}
