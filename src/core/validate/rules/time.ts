/**
 * By time: years within the plan's period, a baseline before the first
 * actual and not after the plan, and an end-of-plan target that agrees with
 * the yearly targets for the indicator's aggregation.
 */
import type { MessageKey } from "../../i18n";
import { parseNumber } from "../../template/read";
import type { Aggregation } from "../../model";
import { fmt, type Check } from "../context";
import { valueNum } from "./measure";

/** How yearly values combine into an end-of-plan value. */
export function aggregate(aggregation: Aggregation, values: number[]): number {
  switch (aggregation) {
    case "sum":
      return values.reduce((a, b) => a + b, 0);
    case "average":
      return values.reduce((a, b) => a + b, 0) / values.length;
    case "max":
      return Math.max(...values);
    case "latest":
      return values[values.length - 1];
  }
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

export const checkTime: Check = (c, tables, env) => {
  const start = env.years[0];
  const end = env.years[env.years.length - 1];
  const inPeriod = (y: number | undefined) =>
    y !== undefined && Number.isInteger(y) && y >= start && y <= end;
  const outside = { start, end };

  for (const r of tables.indicators) {
    const baselineYear = r.num("baselineYear");
    const firstActual = env.years.find((y) => r.value(`actual:${y}`) !== null);
    if (baselineYear !== null && baselineYear > end) {
      c.add(r, "baselineYear", "error", "time.baseline-after-period", "v.baselineAfterPeriod", {
        year: baselineYear,
        end,
      });
    } else if (baselineYear !== null && firstActual !== undefined && baselineYear > firstActual) {
      c.add(r, "baselineYear", "error", "time.baseline-after-actual", "v.baselineAfterActual", {
        baseline: baselineYear,
        first: firstActual,
      });
    }
    const targets = env.years.map((y) => valueNum(r, `target:${y}`, env)).filter((v) => v !== null);
    const endTarget = valueNum(r, "endTarget", env);
    const aggregation = r.list("aggregation", "aggregation") as Aggregation | undefined;
    if (endTarget === null || targets.length === 0 || !aggregation) continue;
    const expected = aggregate(aggregation, targets);
    if (!close(endTarget, expected))
      c.add(r, "endTarget", "error", "time.end-target", "v.endTarget", {
        value: endTarget,
        expected: fmt(expected),
        aggregation: c.t(`aggregation.${aggregation}` as MessageKey),
      });
  }

  for (const r of tables.actions) {
    for (const y of r.codes("years")) {
      if (!inPeriod(parseNumber(y) ?? undefined))
        c.add(r, "years", "error", "time.outside-period", "v.outsidePeriod", {
          year: y,
          ...outside,
        });
    }
  }
  for (const r of tables.budget) {
    const y = r.num("year");
    if (y !== null && !inPeriod(y))
      c.add(r, "year", "error", "time.outside-period", "v.outsidePeriod", { year: y, ...outside });
  }
};
