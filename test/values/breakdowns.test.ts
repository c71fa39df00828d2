/**
 * Issue 14 point 1: breakdowns declared on the indicator and periods by its
 * frequency, for tblValues. The codes a breakdown cell may hold (either
 * language, any case, combined with a semicolon), which rows make a
 * year's actual (a total wins; otherwise one breakdown, never two added
 * together), the checks naming their cells in French and English, the
 * outliers per period and breakdown, the drop-down, the Guide, and a typed
 * breakdown kept as typed.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { yearActualOf } from "../../src/core/calc";
import {
  breakdownGroup,
  breakdownKey,
  readBreakdown,
  UNKNOWN_GROUP,
} from "../../src/core/calc/breakdowns";
import { parsePlan, type IndicatorValue, type Plan } from "../../src/core/model";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";
import { withExampleOperationalPlan } from "../../src/core/plans/example-operational-plan";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { readPlan } from "../../src/core/template/read";
import { colLetter } from "../../src/core/template/types";
import { validatePlan, validateWorkbook } from "../../src/core/validate";
import { loadWorkbook, tablesOf, writeXlsx } from "../../src/xlsx/workbook";
import { TINY_PLAN } from "../fixtures/tiny-plan";
import { valuesOf } from "../support/values";
import { tinyGuideTexts, valueRow as row } from "../support/value-tests";

const REGIONS = ["KAY", "MOP", "BKO"];

describe("breakdown codes: either language, any case, combined with a semicolon", () => {
  test("each part's dimension; a word of the other language reads the same", () => {
    expect(readBreakdown("Femmes ; KAY", REGIONS)).toEqual([
      { typed: "Femmes", dimension: "sex", code: "women" },
      { typed: "KAY", dimension: "region", code: "KAY" },
    ]);
    expect(readBreakdown("girls;0-17;mop", REGIONS).map((p) => p.dimension)).toEqual([
      "sex",
      "age",
      "region",
    ]);
    expect(readBreakdown("Kayes", REGIONS)).toEqual([
      { typed: "Kayes", dimension: null, code: null },
    ]);
    // "men" is not found inside "women".
    expect(readBreakdown("women", REGIONS)[0].code).toBe("women");
  });

  test("the same codes in another order, language or case are the same breakdown", () => {
    expect(breakdownKey("KAY; femmes", REGIONS)).toBe(breakdownKey("women;kay", REGIONS));
    expect(breakdownKey("garçons", REGIONS)).toBe(breakdownKey("BOYS", REGIONS));
    expect(breakdownKey("women", REGIONS)).not.toBe(breakdownKey("men", REGIONS));
    expect(breakdownKey("  ", REGIONS)).toBe("");
  });

  test("groups: 0 a total, single dimensions before combinations, unknown last", () => {
    const g = (s: string | null) => breakdownGroup(s, REGIONS);
    expect([g(null), g(""), g("  "), g("hommes"), g("18-35"), g("BKO")]).toEqual([
      0, 0, 0, 1, 2, 3,
    ]);
    expect([g("women; 0-17"), g("men;KAY"), g("36+, MOP"), g("filles; 0-17; MOP")]).toEqual([
      4, 5, 6, 7,
    ]);
    expect([g("Kayes"), g("women; Kayes"), g("women;"), g("F")]).toEqual([
      UNKNOWN_GROUP,
      UNKNOWN_GROUP,
      UNKNOWN_GROUP,
      UNKNOWN_GROUP,
    ]);
  });
});

describe("the year's actual totals over breakdowns", () => {
  test("a count: a total row wins over its breakdown rows (100, not 210)", () => {
    const rows = [
      row({ value: 100 }),
      row({ breakdown: "women", value: 40 }),
      row({ breakdown: "men", value: 70 }),
    ];
    expect(yearActualOf(rows, "number", "sum", REGIONS)).toEqual({ has: true, value: 100 });
  });

  test("without a total, one breakdown makes it: by sex, not sex and region added (100, not 200)", () => {
    const rows = [
      row({ breakdown: "KAY", value: 30 }),
      row({ breakdown: "femmes", value: 40 }),
      row({ breakdown: "MOP", value: 70 }),
      row({ breakdown: "Men", value: 60 }),
      row({ breakdown: "women; KAY", value: 12 }),
    ];
    expect(yearActualOf(rows, "number", "latest", REGIONS).value).toBe(100);
    // Only combinations: they add up.
    const combined = [
      row({ breakdown: "women; KAY", value: 10 }),
      row({ breakdown: "KAY; hommes", value: 20 }),
    ];
    expect(yearActualOf(combined, "number", "sum", REGIONS).value).toBe(30);
  });

  test("a rate: the total's numerator and denominator, else one breakdown's pooled", () => {
    const withTotal = [
      row({ numerator: 20, denominator: 70 }),
      row({ breakdown: "KAY", numerator: 9, denominator: 38 }),
    ];
    expect(yearActualOf(withTotal, "percent", "latest", REGIONS).value).toBeCloseTo(2000 / 70, 10);
    const byRegion = [
      row({ breakdown: "KAY", numerator: 9, denominator: 38 }),
      row({ breakdown: "MOP", numerator: 11, denominator: 32 }),
      row({ breakdown: "women;KAY", numerator: 5, denominator: 10 }),
    ];
    expect(yearActualOf(byRegion, "percent", "latest", REGIONS).value).toBeCloseTo(2000 / 70, 10);
  });

  test("a percentage typed by breakdown only, without numerator and denominator, gives none", () => {
    const rows = [row({ breakdown: "women", value: 30 }), row({ breakdown: "men", value: 20 })];
    expect(yearActualOf(rows, "percent", "latest", REGIONS)).toEqual({ has: true, value: null });
  });
});

describe("checks naming the cell, in English and French", () => {
  const tiny = parsePlan(TINY_PLAN);
  const v = (x: Partial<IndicatorValue> & { indicator: string }): IndicatorValue => ({
    year: 2021,
    value: 5,
    numerator: null,
    denominator: null,
    ...x,
  });
  // I1 (annual) declares region; I1.1.1 (quarterly) declares sex here.
  const plan: Plan = parsePlan({
    ...tiny,
    indicators: tiny.indicators.map((i) =>
      i.code === "I1.1.1" ? { ...i, disaggregation: ["sex"] } : i
    ),
    values: [
      v({ indicator: "I1", breakdown: "Kayes" }), // 2: unknown code
      v({ indicator: "I1", breakdown: "women; R1" }), // 3: sex not declared on I1
      v({ indicator: "I1", period: "Q1" }), // 4: a quarter on a yearly indicator
      v({ indicator: "I1", period: "H2", breakdown: "R2" }), // 5: a half on a yearly indicator
      v({ indicator: "I1.1.1", period: "Q3", breakdown: "femmes" }), // 6: fine
      v({ indicator: "i1.1.1", period: "Q3", breakdown: "Women" }), // 7: repeats row 6
      v({ indicator: "I1.1.1", period: "Q4", breakdown: "women" }), // 8: fine
      v({ indicator: "I1.1.1", year: 2022, period: "Q3", breakdown: "women" }), // 9: fine
    ],
  });

  test.each(["en", "fr"] as const)("%s", (lang) => {
    const found = validateWorkbook(valuesOf(buildWorkbookPlan(plan, lang)), lang);
    const sheet = lang === "fr" ? "Valeurs" : "Values";
    const mine = found.filter((f) =>
      [
        "values.breakdown-unknown",
        "values.breakdown-undeclared",
        "values.period-finer",
        "values.duplicate",
      ].includes(f.rule)
    );
    // Columns: A indicator, B year, C period, D breakdown.
    expect(mine.map((f) => [f.rule, f.sheet, f.cell, f.column])).toEqual([
      ["values.breakdown-unknown", sheet, "D2", "breakdown"],
      ["values.breakdown-undeclared", sheet, "D3", "breakdown"],
      ["values.period-finer", sheet, "C4", "period"],
      ["values.period-finer", sheet, "C5", "period"],
      ["values.duplicate", sheet, "A7", "indicator"],
    ]);
    const [unknown, undeclared, quarter, , twice] = mine;
    expect(unknown.message).toContain("Kayes");
    expect(unknown.message).toContain("R1, R2");
    expect(undeclared.message).toContain("women");
    expect(twice.message).toContain(`${sheet}!A6`);
    if (lang === "fr") {
      expect(unknown.message).toMatch(/n’est pas un code de ventilation/);
      expect(undeclared.message).toMatch(
        /ventilation par sexe, que l’indicateur I1 ne déclare pas/
      );
      expect(quarter.message).toMatch(/T1 est plus fin que la fréquence .*\(Annuelle\).*Année/);
      expect(twice.message).toMatch(/répète/);
    } else {
      expect(unknown.message).toMatch(/is not a breakdown code/);
      expect(undeclared.message).toMatch(/breakdown by sex, which indicator I1 does not declare/);
      expect(quarter.message).toMatch(/Q1 is finer than .*\(Annual\).*Year/);
      expect(twice.message).toMatch(/repeats/);
    }
  });

  test("the shipped plans give none of these findings", () => {
    const example = withExampleOperationalPlan(parsePlan(MALI_NAP_2019_2023));
    const rules = validatePlan(example).map((f) => f.rule);
    expect(rules.filter((r) => /breakdown|period-finer|duplicate/.test(r))).toEqual([]);
    // The example's rows are by half-year and by region: its indicator declares both.
    const ind = example.indicators.find((i) => i.code === example.values[0].indicator)!;
    expect(ind.frequency).toBe("biannual");
    expect(ind.disaggregation).toContain("region");
  });
});

describe("outliers per period and breakdown", () => {
  const tiny = parsePlan(TINY_PLAN);
  // 2019-2023 of I1.1.1's R1 series: 10, 11, 10, 12, 95 (an outlier); R2: 50 every year but
  // one 52; the total of Q2 another series. Without series, R2's values would hide R1's 95.
  const years = [2019, 2020, 2021, 2022, 2023];
  const r1 = [10, 11, 10, 12, 95];
  const values: IndicatorValue[] = years.flatMap((year, i) => [
    {
      indicator: "I1.1.1",
      year,
      breakdown: "R1",
      value: r1[i],
      numerator: null,
      denominator: null,
    },
    {
      indicator: "I1.1.1",
      year,
      breakdown: "r2",
      value: i === 2 ? 52 : 50,
      numerator: null,
      denominator: null,
    },
  ]);
  const plan = parsePlan({
    ...tiny,
    indicators: tiny.indicators.map((i) =>
      i.code === "I1.1.1" ? { ...i, disaggregation: ["region"] } : i
    ),
    values,
  });

  test.each(["en", "fr"] as const)("the R1 row of 2023 is named (%s)", (lang) => {
    const found = validateWorkbook(valuesOf(buildWorkbookPlan(plan, lang)), lang).filter((f) =>
      f.rule.startsWith("outlier.")
    );
    const onValues = found.filter((f) => f.table === "tblValues");
    // Row 2 + 2 × 4: the R1 row of 2023, column E (value).
    expect(onValues.map((f) => [f.rule, f.cell, f.column])).toContainEqual([
      "outlier.zscore",
      "E10",
      "value",
    ]);
    expect(onValues.every((f) => f.cell !== "E11")).toBe(true);
    const f = onValues.find((x) => x.cell === "E10")!;
    expect(f.message).toContain(lang === "fr" ? "ventilation R1" : "breakdown R1");
    expect(f.acknowledged).toBeFalsy();
  });

  test("the row's own comment acknowledges it", () => {
    const noted = parsePlan({
      ...plan,
      values: plan.values.map((x) =>
        x.year === 2023 && x.breakdown === "R1" ? { ...x, comment: "new counting method" } : x
      ),
    });
    const f = validateWorkbook(valuesOf(buildWorkbookPlan(noted, "en"))).find(
      (x) => x.table === "tblValues" && x.cell === "E10"
    )!;
    expect(f.acknowledged).toBe(true);
  });
});

describe("the breakdown cell in the workbook", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-breakdowns-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each(["en", "fr"] as const)(
    "a drop-down of single codes that keeps combinations (%s)",
    (lang) => {
      const wp = buildWorkbookPlan(parsePlan(MALI_NAP_2019_2023), lang);
      const sheet = wp.sheets.find((s) => s.tables.some((t) => t.name === "tblValues"))!;
      const dv = sheet.validations.find((x) => x.type === "list" && /breakdowns/.test(x.source))!;
      expect(dv).toBeDefined();
      expect(dv.type === "list" && dv.alert).toBe("information");
      const name = wp.names.find((n) => n.name === "lst_breakdowns")!;
      const lists = wp.sheets.find((s) => s.key === "lists")!;
      const grid = lists.blocks[0].cells;
      const col = grid[0].findIndex(
        (c) => c === (lang === "fr" ? "Codes de ventilation" : "Breakdown codes")
      );
      expect(col).toBeGreaterThanOrEqual(0);
      const items = grid
        .slice(1)
        .map((r) => r[col])
        .filter((x) => x !== null);
      expect(items).toEqual(
        lang === "fr"
          ? ["femmes", "hommes", "filles", "garçons", "0-17", "18-35", "36+", ...MALI_REGIONS]
          : ["women", "men", "girls", "boys", "0-17", "18-35", "36+", ...MALI_REGIONS]
      );
      expect(name.refersTo).toContain(`$${colLetter(col)}$2:`);
    }
  );

  test("what is typed stays as typed: 'Femmes ;KAY' and 'garçons, 0-17' through write, read, write", async () => {
    const plan = parsePlan({
      ...MALI_NAP_2019_2023,
      values: [
        { indicator: "I2.1.2", year: 2021, breakdown: "Femmes ;KAY", value: 4 },
        { indicator: "I2.1.2", year: 2021, breakdown: "garçons, 0-17", value: 25 },
      ],
    });
    const file = path.join(dir, "typed.xlsx");
    await writeXlsx(buildWorkbookPlan(plan, "en"), file);
    const cells = tablesOf(await loadWorkbook(file)).tblValues!.values.flat();
    expect(cells).toContain("garçons, 0-17");
    expect(cells).toContain("Femmes ;KAY");
    const read = readPlan(tablesOf(await loadWorkbook(file)));
    expect(read.problems).toEqual([]);
    const again = path.join(dir, "typed2.xlsx");
    await writeXlsx(buildWorkbookPlan(read.plan!, "en"), again);
    expect(tablesOf(await loadWorkbook(again)).tblValues!.values).toEqual(
      tablesOf(await loadWorkbook(file)).tblValues!.values
    );
  });
});

const MALI_REGIONS = parsePlan(MALI_NAP_2019_2023).regions.map((r) => r.code);

describe("the Guide: a quarterly, a disaggregated and a numerator/denominator value, with example rows", () => {
  test.each([
    [
      "en",
      /Quarterly\): I1\.2\.1 \| 2021 \| Q3 \| \| 4/,
      /I2\.1\.2 \| 2021 \| \| boys \| 25/,
      /I3\.2\.1 \| 2020 \| H1 \| \| \| 12 \| 40/,
    ],
    [
      "fr",
      /Trimestrielle\)\s*: I1\.2\.1 \| 2021 \| T3 \| \| 4/,
      /I2\.1\.2 \| 2021 \| \| garçons \| 25/,
      /I3\.2\.1 \| 2020 \| S1 \| \| \| 12 \| 40/,
    ],
  ] as const)("%s", (lang, quarterly, breakdown, rate) => {
    const texts = tinyGuideTexts(lang);
    for (const re of [quarterly, breakdown, rate]) expect(texts.some((c) => re.test(c))).toBe(true);
  });
});
