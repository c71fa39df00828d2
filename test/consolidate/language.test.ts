/**
 * A focal point's workbook in the other language: the plan's texts it shows
 * are translations (a French national workbook shows the French forms), not
 * proposals to change them. Its values still merge.
 */
import { merge } from "../../src/core/consolidate/merge";
import { parsePlan } from "../../src/core/model";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";
import { withExampleOperationalPlan } from "../../src/core/plans/example-operational-plan";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { readPlan } from "../../src/core/template/read";
import { valuesOf } from "../support/values";

const plan = withExampleOperationalPlan(parsePlan(MALI_NAP_2019_2023));
const read = (lang: "en" | "fr") => readPlan(valuesOf(buildWorkbookPlan(plan, lang)), lang);

describe("consolidation across the two languages", () => {
  const national = read("fr");
  const english = read("en");
  const incoming = (p = english.plan) => [
    {
      file: "MPFEF.xlsx",
      focalPoint: "MPFEF",
      submittedAt: "2021-01-15",
      plan: p,
      lang: "en" as const,
    },
  ];

  test("the workbooks do show different texts (so the test can fail)", () => {
    const merged = merge(
      national.plan,
      incoming().map((f) => ({ ...f, lang: undefined })),
      "2021-02-01T00:00:00Z",
      2020
    );
    expect(merged.newConflicts.length).toBeGreaterThan(10);
  });

  test("an English copy of a French national workbook, unchanged: no conflict", () => {
    const merged = merge(national.plan, incoming(), "2021-02-01T00:00:00Z", 2020, "fr");
    expect(merged.newConflicts).toEqual([]);
  });

  test("a value changed in the English copy still reaches the French workbook", () => {
    const p = structuredClone(english.plan);
    const action = p.actions.find((a) => a.lead === "MPFEF")!;
    action.status = action.status === "completed" ? "in-progress" : "completed";
    const merged = merge(national.plan, incoming(p), "2021-02-01T00:00:00Z", 2020, "fr");
    expect(merged.newConflicts).toEqual([]);
    expect(merged.plan.actions.find((a) => a.code === action.code)!.status).toBe(action.status);
  });
});
