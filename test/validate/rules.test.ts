import { parsePlan, type Plan, type PlanInput } from "../../src/core/model";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";
import { withExampleOperationalPlan } from "../../src/core/plans/example-operational-plan";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { validateWorkbook, type Finding } from "../../src/core/validate";
import { TINY_PLAN } from "../fixtures/tiny-plan";
import { CASES } from "./cases";
import { setCell, valuesOf } from "../support/values";

const tiny = parsePlan(TINY_PLAN);
const fresh = (plan: Plan = tiny) => valuesOf(buildWorkbookPlan(plan, "en"));
const rules = (f: Finding[]) => f.map((x) => x.rule);

describe("validation rules, each failing and passing", () => {
  test("the tiny plan as written has no finding", () => {
    expect(validateWorkbook(fresh())).toEqual([]);
  });

  test.each(CASES.map((c) => [c.rule, c] as const))("%s", (rule, c) => {
    const bad = fresh();
    c.bad((...a) => setCell(bad, ...a));
    const found = validateWorkbook(bad);
    expect(rules(found)).toEqual([rule]);
    expect(found[0].cell).toMatch(/^[A-Z]+\d+$/);
    expect(found[0].message).toMatch(new RegExp(`^${found[0].sheet}!${found[0].cell}: `));
    const good = fresh();
    c.good((...a) => setCell(good, ...a));
    expect(validateWorkbook(good)).toEqual([]);
  });

  test("outliers (DHIS2): far from the other years is a warning; a comment acknowledges it", () => {
    const plan: PlanInput = {
      ...TINY_PLAN,
      period: { start: 2016, end: 2023 },
      indicators: [
        {
          ...TINY_PLAN.indicators![1],
          actuals: [10, 11, 10, 12, 11, 10, 95].map((value, i) => ({ year: 2016 + i, value })),
        },
      ],
    };
    const v = fresh(
      parsePlan({ ...plan, indicators: [{ ...plan.indicators![0], comment: undefined }] })
    );
    const found = validateWorkbook(v);
    expect(rules(found)).toEqual(["outlier.zscore"]);
    expect(found[0].severity).toBe("warning");
    expect(found[0].acknowledged).toBeUndefined();
    const within = fresh(
      parsePlan({
        ...plan,
        indicators: [
          {
            ...plan.indicators![0],
            actuals: [10, 11, 10, 12, 11, 10, 12].map((value, i) => ({ year: 2016 + i, value })),
          },
        ],
      })
    );
    expect(validateWorkbook(within)).toEqual([]);
    const range = fresh(
      parsePlan({
        ...plan,
        indicators: [
          {
            ...plan.indicators![0],
            actuals: [10, 12, 10, 12, 11, 10, 13].map((value, i) => ({ year: 2016 + i, value })),
          },
        ],
      })
    );
    expect(rules(validateWorkbook(range))).toEqual(["outlier.range"]);
    setCell(v, "tblIndicators", "I1.1.1", "Comment", "New national survey in 2022");
    expect(validateWorkbook(v)[0].acknowledged).toBe(true);
  });

  test("messages in French say what is wrong and what would be right", () => {
    const v = valuesOf(buildWorkbookPlan(tiny, "fr"));
    setCell(v, "tblIndicators", "I1", "Réalisé 2021", 130);
    expect(validateWorkbook(v, "fr")[0].message).toBe(
      "Indicateurs!Q2: 130 n’est pas un pourcentage : saisissez un nombre de 0 à 100"
    );
  });
});

describe("structure", () => {
  test("a renamed, a moved and a deleted column: the missing one is named, moving is fine", () => {
    const moved = fresh();
    const a = moved.tblActions!;
    a.values = a.values.map((r) => [...r.slice(1), r[0]]);
    expect(validateWorkbook(moved)).toEqual([]);
    const renamed = fresh();
    renamed.tblBudget!.values[0][renamed.tblBudget!.values[0].indexOf("Amount planned")] = "Money";
    const f = validateWorkbook(renamed);
    expect(f.map((x) => [x.rule, x.message])).toEqual([
      [
        "structure",
        'the table tblBudget has no column "Amount planned" (it may have been renamed or deleted)',
      ],
    ]);
    const deleted = fresh();
    delete deleted.tblStakeholders;
    expect(validateWorkbook(deleted).map((x) => x.rule)).toContain("structure");
  });

  test("blank rows inside tables are ignored; extra sheets and columns are fine", () => {
    const v = fresh();
    const a = v.tblActions!;
    a.values.splice(
      2,
      0,
      a.values[0].map(() => null)
    );
    a.values[0].push("My notes");
    a.values.slice(1).forEach((r) => r.push("x"));
    expect(validateWorkbook(v)).toEqual([]);
  });

  test("a workbook that is not a NAP workbook is one clear error", () => {
    const f = validateWorkbook({
      Table1: { sheet: "Sheet1", row: 0, col: 0, values: [["a"], [1]] },
    });
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/is not a NAP 1325 workbook/);
  });

  test("the strategic framework exactly as the source prints it gives the duplicate-code findings and nothing else", () => {
    const mali = parsePlan(MALI_NAP_2019_2023);
    const printed = (code: string) =>
      mali.outputs.find((o) => o.code === code)?.codeAsPrinted ?? code;
    const v = fresh(mali);
    const fw = v.tblFramework!;
    const codeCol = fw.values[0].indexOf("Code");
    fw.values.slice(1).forEach((r) => (r[codeCol] = printed(String(r[codeCol]))));
    const ind = v.tblIndicators!;
    const parentCol = ind.values[0].indexOf("Parent");
    ind.values.slice(1).forEach((r) => (r[parentCol] = printed(String(r[parentCol]))));
    const f = validateWorkbook(v);
    expect(new Set(rules(f))).toEqual(new Set(["structure.duplicate-code"]));
    expect(f.map((x) => x.key).sort()).toEqual(["3.2.1", "3.2.2", "4.2.1", "4.2.2"]);
    // As shipped (codes derived from the parent, printed codes kept aside), nothing at all.
    expect(validateWorkbook(fresh(withExampleOperationalPlan(mali)))).toEqual([]);
  });
});
