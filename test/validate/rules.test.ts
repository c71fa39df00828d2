import { parsePlan, type Plan, type PlanInput } from "../../src/core/model";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";
import { withExampleOperationalPlan } from "../../src/core/plans/example-operational-plan";
import { buildWorkbookPlan } from "../../src/core/template/build";
import {
  RULES,
  validatePlan,
  validateRows,
  validateWorkbook,
  type Finding,
} from "../../src/core/validate";
import { TINY_PLAN } from "../fixtures/tiny-plan";
import { asPrinted, CASES } from "./cases";
import { setCell, valuesOf } from "../support/values";

const tiny = parsePlan(TINY_PLAN);
const fresh = (plan: Plan = tiny, lang: "en" | "fr" = "en") =>
  valuesOf(buildWorkbookPlan(plan, lang));
const rules = (f: Finding[]) => f.map((x) => x.rule);

describe("validation rules, each failing and passing", () => {
  test("the tiny plan as written has no finding, in either language", () => {
    expect(validateWorkbook(fresh())).toEqual([]);
    expect(validateWorkbook(fresh(tiny, "fr"), "fr")).toEqual([]);
  });

  test("every rule id has a failing and a passing case here", () => {
    const covered = new Set([
      ...CASES.map((c) => c.rule),
      "outlier.zscore",
      "outlier.range",
      "structure.not-nap-workbook",
      "structure.newer-template",
      "structure.missing-table",
      "structure.missing-column",
      "structure.duplicate-column",
      // Rows next to the tables and computed cells: test/validate/outside-rows.test.ts.
      "below-fixed-table",
      "structure.taken-in",
      "structure.computed-missing",
      "structure.computed-typed-over",
    ]);
    expect([...covered].sort()).toEqual([...RULES].sort());
  });

  test.each(CASES.map((c, i) => [`${c.rule} #${i}`, c] as const))("%s", (_name, c) => {
    const bad = fresh();
    c.bad((...a) => setCell(bad, ...a));
    const found = validateWorkbook(bad);
    expect(rules(found)).toEqual([c.rule]);
    const [f] = found;
    expect(f.cell).toMatch(/^[A-Z]+\d+$/);
    expect(f.message).toMatch(new RegExp(`^${f.sheet}!${f.cell}: `));
    // Placed in its table, column and row (the row's code).
    expect(f.table).toMatch(/^tbl/);
    expect(f.column).toBeTruthy();
    expect(f.key).toBeTruthy();
    const good = fresh();
    c.good((...a) => setCell(good, ...a));
    expect(validateWorkbook(good)).toEqual([]);
  });

  test("a finding names its table, column and row code", () => {
    const v = fresh();
    setCell(v, "tblIndicators", "I1", "Actual 2022", "about 40");
    setCell(v, "tblBudget", "A1", "Amount secured", 2000000);
    expect(
      validateWorkbook(v).map(({ table, column, key, cell }) => ({ table, column, key, cell }))
    ).toEqual([
      { table: "tblIndicators", column: "actual:2022", key: "I1", cell: "R2" },
      { table: "tblBudget", column: "secured", key: "A1", cell: "I2" },
    ]);
  });

  test("a cell several rules read reports its problem once; a label not in its list gets the list", () => {
    const v = fresh();
    setCell(v, "tblIndicators", "I1", "Actual 2020", "#REF!");
    setCell(v, "tblActions", "A1", "Status", "Finished-ish");
    const f = validateWorkbook(v);
    expect(rules(f)).toEqual(["excel-error", "unknown-label"]);
    expect(f[1].message).toBe(
      'Operational plan!H2: "Finished-ish" is not in the list: choose one of Not started, In progress, Completed, Postponed, Cancelled'
    );
  });

  test.each([
    ["Sum of years", 60],
    ["Latest value", 20],
    ["Average", 20],
    ["Highest value", 30],
  ])("end-of-plan target, %s of yearly targets 10, 30, 20 -> %s", (aggregation, expected) => {
    const v = (end: number) => {
      const x = fresh();
      setCell(x, "tblIndicators", "I1.1.1", "Aggregation", aggregation);
      [10, 30, 20].forEach((t, i) =>
        setCell(x, "tblIndicators", "I1.1.1", `Target ${2020 + i}`, t)
      );
      setCell(x, "tblIndicators", "I1.1.1", "End-of-plan target", end);
      return validateWorkbook(x);
    };
    expect(v(expected)).toEqual([]);
    const wrong = v(expected + 1);
    expect(rules(wrong)).toEqual(["time.end-target"]);
    expect(wrong[0].message).toContain(`(${aggregation}: ${expected})`);
  });

  test("the end-of-plan target is checked only when both it and yearly targets are there", () => {
    const v = fresh();
    setCell(v, "tblIndicators", "I1", "Target 2020", null);
    setCell(v, "tblIndicators", "I1", "Target 2022", null);
    setCell(v, "tblIndicators", "I1", "End-of-plan target", 99);
    expect(validateWorkbook(v)).toEqual([]);
  });

  describe("outliers (DHIS2)", () => {
    const plan = (actuals: number[], comment?: string) =>
      parsePlan({
        ...TINY_PLAN,
        period: { start: 2016, end: 2023 },
        indicators: [
          {
            ...TINY_PLAN.indicators![1],
            comment,
            actuals: actuals.map((value, i) => ({ year: 2016 + i, value })),
          },
        ],
      } satisfies PlanInput);

    test("|x − mean| / sd ≥ 3 of the other years is a z-score warning", () => {
      const found = validateWorkbook(fresh(plan([10, 11, 10, 12, 11, 10, 95])));
      expect(rules(found)).toEqual(["outlier.zscore"]);
      expect(found[0]).toMatchObject({ severity: "warning", column: "actual:2022", key: "I1.1.1" });
      expect(found[0].acknowledged).toBeUndefined();
    });

    test("outside mean ± 2 sd of the other years is a range warning; within it nothing", () => {
      expect(rules(validateWorkbook(fresh(plan([10, 12, 10, 12, 11, 10, 13]))))).toEqual([
        "outlier.range",
      ]);
      expect(validateWorkbook(fresh(plan([10, 11, 10, 12, 11, 10, 12])))).toEqual([]);
    });

    test("fewer than four actuals, or no spread in the other years: no outlier check", () => {
      expect(validateWorkbook(fresh(plan([10, 11, 95])))).toEqual([]);
      expect(validateWorkbook(fresh(plan([10, 10, 10, 10, 95])))).toEqual([]);
    });

    test("a comment acknowledges them: kept, marked acknowledged, still warnings", () => {
      const found = validateWorkbook(
        fresh(plan([10, 11, 10, 12, 11, 10, 95], "New national survey in 2022"))
      );
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({
        rule: "outlier.zscore",
        severity: "warning",
        acknowledged: true,
      });
    });
  });

  test("messages in French say what is wrong and what would be right", () => {
    const v = fresh(tiny, "fr");
    setCell(v, "tblIndicators", "I1", "Réalisé 2021", 130);
    setCell(v, "tblIndicators", "I1", "Réalisé 2022", "environ 40");
    expect(validateWorkbook(v, "fr").map((f) => f.message)).toEqual([
      "Indicateurs!R2: « environ 40 » n’est pas un nombre : saisissez des chiffres seulement, par exemple 12,5 (sans mots ni unités)",
      "Indicateurs!Q2: 130 n’est pas un pourcentage : saisissez un nombre de 0 à 100",
    ]);
  });
});

describe("structure", () => {
  test("a moved column is fine", () => {
    const moved = fresh();
    const a = moved.tblActions!;
    a.values = a.values.map((r) => [...r.slice(1), r[0]]);
    expect(validateWorkbook(moved)).toEqual([]);
  });

  test("a renamed column is named, at the table's header, and nothing follows from it", () => {
    const renamed = fresh();
    const h = renamed.tblActions!.values[0];
    h[h.indexOf("Lead stakeholder")] = "Who";
    expect(validateWorkbook(renamed)).toEqual([
      {
        severity: "error",
        rule: "structure.missing-column",
        sheet: "Operational plan",
        cell: "A1",
        table: "tblActions",
        column: "lead",
        message:
          'the table tblActions has no column "Lead stakeholder" (it may have been renamed or deleted)',
      },
    ]);
  });

  test("a deleted column, a deleted table, a column twice", () => {
    const deleted = fresh();
    const b = deleted.tblBudget!;
    const c = b.values[0].indexOf("Amount planned");
    b.values = b.values.map((r) => r.filter((_x, i) => i !== c));
    expect(rules(validateWorkbook(deleted))).toEqual(["structure.missing-column"]);
    const gone = fresh();
    delete gone.tblStakeholders;
    const f = validateWorkbook(gone);
    expect(rules(f)).toEqual(["structure.missing-table"]);
    expect(f[0].message).toBe('the table tblStakeholders (sheet "Stakeholders") is missing');
    const twice = fresh();
    twice.tblRegions!.values[0][1] = "Code";
    expect(rules(validateWorkbook(twice))).toEqual(["structure.duplicate-column"]);
  });

  test("blank rows inside tables are ignored; extra columns are fine", () => {
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

  test("a workbook that is not a NAP workbook, or from a newer template, is one clear error", () => {
    const f = validateWorkbook({
      Table1: { sheet: "Sheet1", row: 0, col: 0, values: [["a"], [1]] },
    });
    expect(f).toEqual([
      {
        severity: "error",
        rule: "structure.not-nap-workbook",
        sheet: "",
        cell: "",
        message: expect.stringMatching(/^this is not a NAP 1325 workbook/),
      },
    ]);
    const damaged = fresh();
    damaged.tblNapMeta!.values.find((r) => r[0] === "periodEnd")![1] = 1e9;
    expect(rules(validateWorkbook(damaged))).toEqual(["structure.not-nap-workbook"]);
    const newer = fresh();
    newer.tblNapMeta!.values.find((r) => r[0] === "templateVersion")![1] = 99;
    expect(rules(validateWorkbook(newer))).toEqual(["structure.newer-template"]);
  });
});

describe("live checking and plans", () => {
  test("validateRows gives the findings in the rows asked for only", () => {
    const v = fresh();
    setCell(v, "tblActions", "A1", "Progress (%)", 140);
    setCell(v, "tblActions", "A2", "Progress (%)", 90);
    setCell(v, "tblBudget", "A1", "Amount secured", -1);
    const keys = (rows: number[], table = "tblActions") =>
      validateRows(v, table, rows).map((f) => `${f.key} ${f.rule}`);
    expect(keys([1])).toEqual(["A1 measure.percent"]);
    expect(keys([2])).toEqual(["A2 status.completed-progress"]);
    expect(keys([1, 2])).toHaveLength(2);
    expect(keys([1], "tblBudget")).toEqual(["A1 money.negative"]);
    expect(keys([3])).toEqual([]);
    expect(keys([1], "tblNoSuchTable")).toEqual([]);
  });

  test("validatePlan checks a plan with the same rules, at the cells the template would write", () => {
    expect(validatePlan(tiny)).toEqual([]);
    // The schema takes references; the rules take what a plan may still get wrong.
    const a2 = TINY_PLAN.actions![1];
    const bad = parsePlan({
      ...TINY_PLAN,
      actions: [
        { ...a2, status: "not-started", progress: 10 },
        { ...a2, budget: [{ year: 2021, source: "BN", amount: 10, secured: 20 }] },
      ],
    });
    expect(validatePlan(bad, "fr").map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual([
      "Plan opérationnel!A3 structure.duplicate-code",
      "Budget!I2 money.secured-above-planned",
      "Budget!I2 money.secured-indicative",
      "Plan opérationnel!I2 status.not-started-progress",
    ]);
  });
});

describe("the Mali plan", () => {
  const mali = parsePlan(MALI_NAP_2019_2023);

  test("the strategic framework exactly as the source prints it gives the duplicate-code findings and nothing else", () => {
    const f = validateWorkbook(asPrinted(mali, fresh(mali)));
    expect(new Set(rules(f))).toEqual(new Set(["structure.duplicate-code"]));
    expect(f.map((x) => x.key).sort()).toEqual(["3.2.1", "3.2.2", "4.2.1", "4.2.2"]);
    expect(f.every((x) => x.sheet === "Framework" && x.table === "tblFramework")).toBe(true);
  });

  test("the embedded plan as shipped has no finding, alone or with the example operational plan, in both languages", () => {
    expect(validatePlan(mali, "fr")).toEqual([]);
    expect(validatePlan(mali, "en")).toEqual([]);
    expect(validatePlan(withExampleOperationalPlan(mali), "fr")).toEqual([]);
  });
});
