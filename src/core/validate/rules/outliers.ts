/**
 * Outliers, DHIS2's way: each yearly actual of an indicator against its
 * other years (at least three): |x − mean| / sd ≥ 3 is an outlier
 * (z-score); otherwise outside mean ± 2 sd is outside the expected range
 * (min-max). Warnings; a note in the indicator's Comment column acknowledges
 * them: they stay in the list, marked acknowledged, but are not counted and
 * not marked in the cell.
 */
import { fmt, type Check } from "../context";
import { valueNum } from "./measure";

/** |x − mean| / sd of the other years at or above this is an outlier. */
export const Z_LIMIT = 3;
/** Outside mean ± this many sd of the other years is outside the expected range. */
export const RANGE_SD = 2;
/** Fewer other years than this give no meaningful spread: no outlier check. */
export const MIN_OTHER_YEARS = 3;

export const checkOutliers: Check = (c, tables, env) => {
  for (const r of tables.indicators) {
    const actuals = env.years
      .map((y) => ({ col: `actual:${y}`, v: valueNum(r, `actual:${y}`, env) }))
      .filter((a): a is { col: string; v: number } => a.v !== null);
    if (actuals.length <= MIN_OTHER_YEARS) continue;
    const acknowledged = Boolean(r.text("comment"));
    for (const a of actuals) {
      const others = actuals.filter((b) => b !== a).map((b) => b.v);
      const mean = others.reduce((x, y) => x + y, 0) / others.length;
      const sd = Math.sqrt(others.reduce((x, y) => x + (y - mean) ** 2, 0) / (others.length - 1));
      if (sd === 0) continue;
      const z = Math.abs(a.v - mean) / sd;
      const f =
        z >= Z_LIMIT
          ? c.add(r, a.col, "warning", "outlier.zscore", "v.outlierZ", { value: a.v, z: fmt(z) })
          : z > RANGE_SD
            ? c.add(r, a.col, "warning", "outlier.range", "v.outlierRange", {
                value: a.v,
                min: fmt(mean - RANGE_SD * sd),
                max: fmt(mean + RANGE_SD * sd),
              })
            : undefined;
      if (f && acknowledged) f.acknowledged = true;
    }
  }
};
