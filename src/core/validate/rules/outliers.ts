/**
 * Outliers, DHIS2's way: each yearly actual of an indicator against its
 * other years (at least three): |x − mean| / sd ≥ 3 is an outlier
 * (z-score); otherwise outside mean ± 2 sd is outside the expected range
 * (min-max). Warnings; a note in the indicator's Comment column acknowledges
 * them: they stay in the list, marked acknowledged, but are not counted and
 * not marked in the cell.
 *
 * Issue 14: the rows of tblValues too, each series apart: one indicator,
 * period and breakdown (the same codes in any order, language or case),
 * each year's value (or numerator over denominator) against the series'
 * other years; a row's own Comment acknowledges it.
 */
import { codeKey } from "../../calc";
import { breakdownKey } from "../../calc/breakdowns";
import { t } from "../../i18n";
import type { Period } from "../../model";
import { listLabel } from "../../vocabulary";
import { fmt, type Check, type Checker } from "../context";
import type { RowReader } from "../../template/read";
import { valueNum } from "./measure";

/** |x − mean| / sd of the other years at or above this is an outlier. */
export const Z_LIMIT = 3;
/** Outside mean ± this many sd of the other years is outside the expected range. */
export const RANGE_SD = 2;
/** Fewer other years than this give no meaningful spread: no outlier check. */
export const MIN_OTHER_YEARS = 3;

/** The z-score of x against the others (null when they do not spread). */
function zOf(x: number, others: number[]): { z: number; mean: number; sd: number } | null {
  const mean = others.reduce((a, b) => a + b, 0) / others.length;
  const sd = Math.sqrt(others.reduce((a, b) => a + (b - mean) ** 2, 0) / (others.length - 1));
  return sd === 0 ? null : { z: Math.abs(x - mean) / sd, mean, sd };
}

/** Outliers among tblValues' rows, per indicator, period and breakdown (issue 14). */
function checkValueOutliers(c: Checker, rows: RowReader[], regions: string[]): void {
  const series = new Map<
    string,
    { r: RowReader; col: string; v: number; shown: string | number; year: number }[]
  >();
  // Each breakdown text's key once (the same few texts fill thousands of rows).
  const keys = new Map<string, string>();
  const keyOf = (breakdown: string | undefined): string => {
    if (breakdown === undefined) return breakdownKey(breakdown, regions);
    let k = keys.get(breakdown);
    if (k === undefined) keys.set(breakdown, (k = breakdownKey(breakdown, regions)));
    return k;
  };
  for (const r of rows) {
    const [code, year] = [r.text("indicator"), r.num("year")];
    if (!code || year === null) continue;
    const [value, n, d] = [r.num("value"), r.num("numerator"), r.num("denominator")];
    const point =
      value !== null
        ? { col: "value", v: value, shown: value }
        : n !== null && d !== null && d > 0
          ? { col: "numerator", v: n / d, shown: `${n} / ${d}` }
          : null;
    if (!point) continue;
    const period = (r.list("period", "period") as Period | undefined) ?? "year";
    const k = `${codeKey(code)}|${period}|${keyOf(r.text("breakdown"))}`;
    const list = series.get(k);
    // One point a year (a repeated row is its own finding: values.duplicate).
    if (!list) series.set(k, [{ r, ...point, year }]);
    else if (!list.some((p) => p.year === year)) list.push({ r, ...point, year });
  }
  for (const points of series.values()) {
    if (points.length <= MIN_OTHER_YEARS) continue;
    for (const p of points) {
      const s = zOf(
        p.v,
        points.filter((q) => q !== p).map((q) => q.v)
      );
      if (!s || s.z <= RANGE_SD) continue;
      // The series' label, for a finding only (made for every point, it cost most of the check).
      const period = p.r.list("period", "period") as Period | undefined;
      const where = {
        series: t(c.lang, "v.values.series", {
          period: listLabel(c.lang, "period", period ?? "year"),
          breakdown: p.r.text("breakdown") ?? t(c.lang, "v.values.none"),
        }),
      };
      const value = p.shown;
      const f =
        s.z >= Z_LIMIT
          ? c.add(p.r, p.col, "warning", "outlier.zscore", "v.values.outlierZ", {
              value,
              z: fmt(s.z),
              ...where,
            })
          : s.z > RANGE_SD
            ? c.add(p.r, p.col, "warning", "outlier.range", "v.values.outlierRange", {
                value,
                min: fmt(s.mean - RANGE_SD * s.sd),
                max: fmt(s.mean + RANGE_SD * s.sd),
                ...where,
              })
            : undefined;
      if (f && p.r.text("comment")) f.acknowledged = true;
    }
  }
}

export const checkOutliers: Check = (c, tables, env) => {
  if (!env.unread.has("values"))
    checkValueOutliers(
      c,
      tables.values,
      tables.regions.map((r) => r.text("code")).filter((x): x is string => !!x)
    );
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
