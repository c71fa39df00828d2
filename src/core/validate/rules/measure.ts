/**
 * By measure: an indicator's values (baseline, targets, actuals) against its
 * measure, and an action's progress as a percentage.
 */
import { isHeldTarget } from "../../calc/progress";
import type { Direction } from "../../model";
import type { MessageKey } from "../../i18n";
import type { Measure } from "../../model";
import type { Check, Rule } from "../context";

const BY_MEASURE: Partial<
  Record<Measure, { rule: Rule; message: MessageKey; ok: (v: number, levels: number[]) => boolean }>
> = {
  percent: { rule: "measure.percent", message: "v.percent", ok: (v) => v >= 0 && v <= 100 },
  number: { rule: "measure.count", message: "v.count", ok: (v) => v >= 0 && Number.isInteger(v) },
  level: {
    rule: "measure.level",
    message: "v.level",
    ok: (v, levels) => levels.length === 0 || levels.includes(v),
  },
  yesno: { rule: "measure.yesno", message: "v.yesno", ok: (v) => v === 0 || v === 1 },
};

/** An indicator's value columns: baseline, yearly targets, end-of-plan target, yearly actuals. */
export const valueColumns = (years: number[]): string[] => [
  "baselineValue",
  ...years.map((y) => `target:${y}`),
  "endTarget",
  ...years.map((y) => `actual:${y}`),
];

export const checkMeasures: Check = (c, tables, env) => {
  const columns = valueColumns(env.years);
  for (const r of tables.indicators) {
    const check = BY_MEASURE[r.list("measure", "measure") as Measure];
    if (!check) continue;
    for (const col of columns) {
      const v = r.num(col);
      if (v !== null && !check.ok(v, env.levels))
        c.add(r, col, "error", check.rule, check.message, {
          value: v,
          scale: env.levels.join(", "),
        });
    }
  }
  // A target on the wrong side of the baseline for its direction is read as a
  // level to hold (src/core/calc/progress.ts): say so where it is typed.
  for (const r of tables.indicators) {
    const direction = r.list("direction", "direction") as Direction | undefined;
    const baseline = r.num("baselineValue");
    const target = r.num("endTarget");
    if (direction && direction !== "maintain" && isHeldTarget(baseline, target, direction))
      c.add(r, "endTarget", "warning", "measure.target-direction", "v.targetDirection", {
        target: target ?? "",
        baseline: baseline ?? "",
        direction: c.t(`direction.${direction}` as MessageKey),
      });
  }
  const percent = BY_MEASURE.percent!;
  for (const r of tables.actions) {
    const v = r.num("progress");
    if (v !== null && !percent.ok(v, env.levels))
      c.add(r, "progress", "error", percent.rule, percent.message, { value: v });
  }
};
