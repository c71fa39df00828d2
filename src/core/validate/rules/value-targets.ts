/**
 * Targets per period and breakdown (ptargets, issue 14 point 1): the Target
 * column of tblValues.
 * - A target that is not a number (an error): the column takes numbers, as
 *   the Value column does; a qualitative (Text) indicator's targets are
 *   texts, typed on the Indicators sheet. A number wrong for the
 *   indicator's measure (a percentage above 100, a count below 0, a yes/no
 *   that is not 1 or 0, a level off the scale) is the measure's own error
 *   (./measure.ts), named at the Target cell.
 * - A typed yearly target of tblIndicators that the rows' targets
 *   contradict (a warning, as for the actuals in ./values.ts): the rows
 *   make the year's target (src/core/calc/value-rows.ts), naming the typed
 *   cell and the rows.
 */
import { codeKey, yearTargetFromRows, type ValueRow } from "../../calc/value-rows";
import type { Aggregation, Measure, Period } from "../../model";
import { listLabel } from "../../vocabulary";
import { parseTypedNumber } from "../../numbers";
import type { RowReader } from "../../template/read";
import { fmt, type Check } from "../context";
import { BY_MEASURE, scaleText, valueNum } from "./measure";
import { AGREE } from "./values";

const agree = (a: number, b: number) => Math.abs(a - b) < AGREE + 1e-9;

export const checkValueTargets: Check = (c, tables, env) => {
  if (env.unread.has("values") || !tables.values.some((r) => r.has("target"))) return;
  const indicators = new Map<string, RowReader>();
  for (const r of tables.indicators) {
    const code = r.text("code");
    if (code && !indicators.has(codeKey(code))) indicators.set(codeKey(code), r);
  }
  const regions = tables.regions.map((r) => r.text("code")).filter((x): x is string => !!x);
  // The rows holding a target, by indicator and year.
  const byYear = new Map<string, { reader: RowReader; row: ValueRow }[]>();
  for (const r of tables.values) {
    const raw = r.value("target");
    if (raw === null || (typeof raw === "string" && raw.trim() === "")) continue;
    const code = r.text("indicator");
    const ind = code ? indicators.get(codeKey(code)) : undefined;
    const measure = ind?.list("measure", "measure") as Measure | undefined;
    const n = parseTypedNumber(raw);
    if (n.ok && n.value === null) continue;
    if (!n.ok) {
      if (measure === "text")
        c.add(r, "target", "error", "values.target-not-number", "v.values.targetQualitative", {
          value: String(raw),
          indicator: code!,
        });
      else
        c.add(r, "target", "error", "values.target-not-number", "v.values.targetNotNumber", {
          value: String(raw),
          measure: measure ? listLabel(c.lang, "measure", measure).toLowerCase() : "",
        });
      continue;
    }
    const target = n.value!;
    const check = measure ? BY_MEASURE[measure] : undefined;
    if (check && !check.ok(target, env.levels))
      c.add(r, "target", "error", check.rule, check.message, {
        value: target,
        scale: scaleText(env, c.lang),
      });
    const year = r.num("year");
    if (!ind || year === null) continue;
    const k = `${codeKey(code!)}|${year}`;
    const row: ValueRow = {
      indicator: code!,
      year,
      period: (r.list("period", "period") as Period | undefined) ?? null,
      breakdown: r.text("breakdown") ?? null,
      value: null,
      numerator: null,
      denominator: null,
      target,
    };
    const list = byYear.get(k);
    if (list) list.push({ reader: r, row });
    else byYear.set(k, [{ reader: r, row }]);
  }
  if (byYear.size === 0) return;

  // A typed yearly target that the rows contradict: the rows make the year's target.
  for (const ind of tables.indicators) {
    const code = ind.text("code");
    if (!code) continue;
    const measure = ind.list("measure", "measure") as Measure | undefined;
    const aggregation = ind.list("aggregation", "aggregation") as Aggregation | undefined;
    if (!measure || !aggregation) continue;
    for (const y of env.years) {
      const rows = byYear.get(`${codeKey(code)}|${y}`);
      if (!rows) continue;
      const typed = valueNum(ind, `target:${y}`, env);
      if (typed === null) continue;
      const own = yearTargetFromRows(
        rows.map((x) => x.row),
        measure,
        aggregation,
        regions
      );
      if (!own.has || own.value === null || agree(typed, own.value)) continue;
      c.add(ind, `target:${y}`, "warning", "values.target-disagrees", "v.values.targetDisagrees", {
        typed,
        year: y,
        value: fmt(own.value),
        cells: rows.map((x) => `${x.reader.sheet}!${x.reader.address("target")}`).join(", "),
      });
    }
  }
};
