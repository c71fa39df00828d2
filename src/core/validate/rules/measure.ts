/**
 * By measure: an indicator's values (baseline, targets, actuals) against its
 * measure, and an action's progress as a percentage.
 */
import { DEFAULT_SCALE, indicatorNumber, LABEL_MEASURES, valueLabels } from "../../calc/entries";
import { isHeldTarget } from "../../calc/progress";
import type { Direction } from "../../model";
import type { MessageKey } from "../../i18n";
import type { Measure } from "../../model";
import { parseTypedNumber } from "../../numbers";
import type { RowReader } from "../../template/read";
import type { Check, Env, Rule } from "../context";

/**
 * An indicator's value cell as the measures read it, with no read problem
 * for a label: a yes/no or level indicator's label as its number ("Oui" 1,
 * "Moyen" 2), other text in a yes/no, level or Text indicator's cell null
 * (measureChecks reports it where it is wrong); a percent or count
 * indicator's text is not a number, reported as such.
 */
export function valueNum(r: RowReader, col: string, env: Env): number | null {
  const measure = r.list("measure", "measure") as Measure | undefined;
  const raw = r.value(col);
  if (typeof raw === "string" && measure && LABEL_MEASURES.includes(measure)) {
    const n = parseTypedNumber(raw);
    if (n.ok) return n.value;
    return indicatorNumber(raw.trim(), valueLabels(measure, env.scale ?? DEFAULT_SCALE));
  }
  return r.num(col);
}

/** The scale as a planner reads it: "0 (Aucun), 1 (Faible)...". */
export const scaleText = (env: Env, lang: "en" | "fr") =>
  env.scale?.length
    ? env.scale.map((l) => `${l.value} (${l[lang]})`).join(", ")
    : env.levels.join(", ");

/** Each measure's rule for a number (also the Values sheet's targets: ./value-targets.ts). */
export const BY_MEASURE: Partial<
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
    const measure = r.list("measure", "measure") as Measure;
    const check = BY_MEASURE[measure];
    if (!check) continue;
    for (const col of columns) {
      const v = valueNum(r, col, env);
      const raw = r.value(col);
      // Text a yes/no or level indicator cannot read (not one of its labels).
      // (In a percent or count indicator's cell, text is already "not a number".)
      const unread =
        (measure === "yesno" || measure === "level") &&
        v === null &&
        typeof raw === "string" &&
        raw.trim() !== "";
      if (unread || (v !== null && !check.ok(v, env.levels)))
        c.add(r, col, "error", check.rule, check.message, {
          value: unread ? String(raw) : (v ?? ""),
          scale: scaleText(env, c.lang),
        });
    }
  }
  // A target on the wrong side of the baseline for its direction is read as a
  // level to hold (src/core/calc/progress.ts): say so where it is typed.
  for (const r of tables.indicators) {
    const direction = r.list("direction", "direction") as Direction | undefined;
    const baseline = valueNum(r, "baselineValue", env);
    const target = valueNum(r, "endTarget", env);
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
