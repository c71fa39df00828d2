/**
 * One file per measure (src/core/calc): each holds its TypeScript half and
 * its Excel formula, and the summary sheets render the measures rather than
 * formulas of their own. The blank-status rule, without LibreOffice (the
 * parity test recalculates it).
 */
import fs from "fs";
import path from "path";
import * as calc from "../../src/core/calc";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { summarySpecs } from "../../src/core/template/summaries";
import { summarize } from "../../src/core/summary/compute";
import { call, installCustomFunctionsDouble } from "../functions/excel-double";
import { randomPlan } from "../support/random-plan";

installCustomFunctionsDouble();
// The custom functions' implementations, called synchronously (Excel calls the async
// wrappers of functions.ts, which hand them every argument: test/functions/functions.test.ts).
const fn = require("../../src/functions/impl") as typeof import("../../src/functions/impl");

const dir = path.resolve(__dirname, "../../src/core/calc");

describe("one file per measure", () => {
  test.each([
    ["completion.ts", "completionRate", "completionRateFormula"],
    ["progress.ts", "progressToTarget", "progressFormula"],
    ["progress.ts", "onTrack", "onTrackFormula"],
    ["latest.ts", "latestOf", "latestValueFormula"],
    ["latest.ts", "targetOf", "targetFormula"],
    ["latest.ts", "aggregateOf", "aggregateFormula"],
    ["latest.ts", "targetFor", "targetForFormula"],
    ["latest.ts", "yearTargetOf", "yearTargetFormula"],
    ["budget.ts", "budgetShare", "budgetShareFormula"],
    ["budget.ts", "fundingGap", "fundingGapFormula"],
    ["cost.ts", "lineCost", "costFormula"],
    ["quota.ts", "quotaCheck", "quotaMetFormula"],
    ["rate.ts", "aggregateRate", "rateFormula"],
  ])("%s holds %s and %s", (file, half, formula) => {
    const text = fs.readFileSync(path.join(dir, file), "utf8");
    expect(text).toMatch(new RegExp(`export (function|const) ${half}\\b`));
    expect(text).toMatch(new RegExp(`export (function|const) ${formula}\\b`));
    expect(typeof (calc as Record<string, unknown>)[half]).toBe("function");
  });

  test("the summary sheets write no measure of their own: the rate, shares, gaps and progress are the measures'", () => {
    const plan = randomPlan(5, 20);
    const specs = summarySpecs(plan, "en");
    const formula = (table: string, key: string) => {
      const spec = specs.find((s) => s.table === table)!;
      const c = spec.columns.find((x) => x.key === key)!;
      const here = (k: string) => `[${k}]`;
      return c.formula!({ id: "1", name: null, extra: { dir: "increase" }, here });
    };
    const f = calc;
    const col = (t: string, h: string) => `${t}[[#Data],[${h}]]`;
    expect(formula("tblSumPillars", "rate")).toBe(
      f.orBlank(
        f.completionRateFormula(col("tblActions", "Status"), [
          { column: col("tblActions", "Pillar"), value: "[pillar]" },
        ])
      )
    );
    expect(formula("tblSumPillars", "share")).toBe(
      f.orBlank(
        f.budgetShareFormula(
          col("tblBudget", "Amount planned"),
          col("tblBudget", "Pillar"),
          "[pillar]",
          [],
          0
        )
      )
    );
    const actionCols = {
      codes: col("tblActions", "Action code"),
      statuses: col("tblActions", "Status"),
    };
    const bySource = [{ column: col("tblBudget", "Funding source"), value: "[code]" }];
    expect(formula("tblSumFunding", "gap")).toBe(
      f.openGapFormula(
        col("tblBudget", "Amount planned"),
        col("tblBudget", "Amount secured"),
        col("tblBudget", "Action code"),
        actionCols,
        bySource
      )
    );
    expect(formula("tblSumFunding", "gapClosed")).toBe(
      f.closedGapFormula(
        col("tblBudget", "Amount planned"),
        col("tblBudget", "Amount secured"),
        col("tblBudget", "Action code"),
        actionCols,
        bySource
      )
    );
    expect(formula("tblSumIndicators", "progress")).toBe(
      f.orBlank(f.progressFormula("[baseline]", "[actual]", "[target]", "increase"))
    );
    // The old rule (completed / (planned - cancelled)) is gone from the sheets.
    const all = JSON.stringify(buildWorkbookPlan(plan, "en"));
    expect(all).not.toMatch(/\/\(tblSumPillars\[\[#This Row\],\[Actions planned\]\]-/);
  });
});

describe("a cleared status is counted in neither planned nor completed", () => {
  const rows = [["Completed"], ["In progress"], [null]];
  test("the calculation and the custom function: 1/2", () => {
    expect(calc.completionRate(rows)).toBe(0.5);
    expect(call(() => fn.completionRateFn(rows.map((r) => [r[0] ?? ""])))).toBe(0.5);
    expect(call(() => fn.completionRateFn(rows, [["1"], ["1"], ["1"]], "1", null as never))).toBe(
      0.5
    );
  });

  test("only cleared statuses under a filter: #N/A, as the formula gives", () => {
    expect(
      calc.attempt(() => calc.completionRate([[null]], { pillars: [["1"]], pillar: "1" }))
    ).toMatchObject({
      error: "#N/A",
    });
  });

  test("the TypeScript summary is the measures' loop: the same numbers as before on a random plan", () => {
    const plan = randomPlan(9, 200);
    const s = summarize(plan);
    for (const p of s.pillars) {
      const left = p.planned - p.cancelled;
      if (left === 0) expect(p.completionRate).toBeNull();
      // A plan has no blank status: the rate is completed / (planned - cancelled).
      else expect(p.completionRate).toBe(p.completed / left);
    }
    // The gap of actions still open and the gap of closed actions add up to planned - secured.
    for (const f of s.funding) expect(f.gap + f.gapClosed).toBeCloseTo(f.planned - f.secured, 6);
    for (const y of s.years) expect(y.gap + y.gapClosed).toBeCloseTo(y.planned - y.secured, 6);
    expect(s.pillars.reduce((a, p) => a + (p.share ?? 0), 0)).toBeCloseTo(1, 12);
  });
});
