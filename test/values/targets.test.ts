/**
 * Targets per period and breakdown (ptargets, issue 14 point 1): a year's
 * target from the rows of tblValues holding a target (worked out by hand),
 * the round trip of the Target column through an .xlsx, its checks
 * (src/core/validate/rules/value-targets.ts) naming their cells in English
 * and French, and the Guide's example row.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { yearTargetFromRows } from "../../src/core/calc";
import { parsePlan, type IndicatorValue, type Plan } from "../../src/core/model";
import { summarize } from "../../src/core/summary/compute";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { validateWorkbook } from "../../src/core/validate";
import { TINY_PLAN } from "../fixtures/tiny-plan";
import { setCell, valuesOf } from "../support/values";
import { tinyGuideTexts, valueRow as row, valuesRoundTrip } from "../support/value-tests";

describe("the year's target from its rows", () => {
  test("a count adds its quarterly targets up; values and rows without a target do not count", () => {
    const rows = [
      row({ period: "Q1", target: 10, value: 3 }),
      row({ period: "Q2", target: 10 }),
      row({ period: "Q3", value: 50 }),
      row({ period: "Q4", target: 12.5 }),
    ];
    expect(yearTargetFromRows(rows, "number", "latest", [])).toEqual({ has: true, value: 32.5 });
    // Rows holding no target: the typed yearly target stands.
    expect(yearTargetFromRows([row({ value: 4 })], "number", "sum", [])).toEqual({
      has: false,
      value: null,
    });
  });

  test("a total row wins over its breakdowns; without one, the sex rows make it", () => {
    const detail = [
      row({ breakdown: "women", target: 6 }),
      row({ breakdown: "hommes", target: 5 }),
    ];
    expect(yearTargetFromRows([row({ target: 20 }), ...detail], "number", "sum", []).value).toBe(
      20
    );
    expect(
      yearTargetFromRows([...detail, row({ breakdown: "KAY", target: 99 })], "number", "sum", [
        "KAY",
      ]).value
    ).toBe(11);
  });

  test("a percentage: the latest total's target, the highest or the mean; by breakdown only, none", () => {
    const rows = [
      row({ period: "H1", target: 30 }),
      row({ period: "Q4", target: 45 }),
      row({ period: "H2", target: 40 }),
      row({ period: "H2", breakdown: "women", target: 90 }),
      // A rate's numerator and denominator are the actual's, never the target's.
      row({ period: "Q1", numerator: 1, denominator: 2 }),
    ];
    expect(yearTargetFromRows(rows, "percent", "latest", []).value).toBe(40);
    expect(yearTargetFromRows(rows, "percent", "max", []).value).toBe(45);
    expect(yearTargetFromRows(rows, "percent", "average", []).value).toBeCloseTo(115 / 3, 12);
    expect(
      yearTargetFromRows(
        [row({ breakdown: "women", target: 30 }), row({ breakdown: "men", target: 20 })],
        "percent",
        "latest",
        []
      )
    ).toEqual({ has: true, value: null });
  });

  test("the summary takes the rows' target, compares the latest actual with it, else the typed one", () => {
    const tiny = parsePlan(TINY_PLAN);
    // I1: percent, latest, typed targets 2020: 20 and 2022: 30, end target 30, actual 2020: 18.25.
    const plan = parsePlan({
      ...tiny,
      values: [{ indicator: "I1", year: 2020, target: 25, value: null }],
    });
    const before = summarize(tiny).indicators.find((i) => i.code === "I1")!;
    const after = summarize(plan).indicators.find((i) => i.code === "I1")!;
    expect(before.targets.find((x) => x.year === 2020)!.value).toBe(20);
    expect(after.targets.find((x) => x.year === 2020)!.value).toBe(25);
    expect(after.targets.find((x) => x.year === 2022)!.value).toBe(30);
    // The latest actual, 18.25 in 2020: within 85 % of the typed 20 (17), not of the rows' 25 (21.25).
    expect([before.yearTarget, before.status]).toEqual([20, "onTrack"]);
    expect([after.yearTarget, after.status]).toEqual([25, "offTrack"]);
    // Nothing typed is touched.
    expect(plan.indicators.find((i) => i.code === "I1")!.targets).toEqual(
      tiny.indicators.find((i) => i.code === "I1")!.targets
    );
  });
});

describe("round trip: the Target column", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-targets-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const values: IndicatorValue[] = [
    { indicator: "I1", year: 2021, value: 22.5, numerator: null, denominator: null, target: 25 },
    {
      indicator: "I1.1.1",
      year: 2022,
      period: "Q3",
      breakdown: "R1",
      value: null,
      numerator: null,
      denominator: null,
      target: 7,
      comment: "cible du trimestre",
    },
    { indicator: "I1.1.1", year: 2020, value: 4, numerator: null, denominator: null },
  ];
  const plan: Plan = parsePlan({ ...TINY_PLAN, values });

  test.each(["en", "fr"] as const)(
    "write → read → write in %s keeps every target",
    async (lang) => {
      const file = path.join(dir, `t-${lang}.xlsx`);
      const again = path.join(dir, `t2-${lang}.xlsx`);
      const { read, table: a } = await valuesRoundTrip(plan, lang, file, again);
      expect(read.values.map((v) => v.target ?? null)).toEqual([25, 7, null]);
      // The Target column: after Entered by, before the computed columns.
      const header = a.values[0];
      const at = header.indexOf(lang === "fr" ? "Cible" : "Target");
      expect(at).toBe(10);
      expect(header[at - 1]).toBe(lang === "fr" ? "Saisi par" : "Entered by");
      expect(a.values.slice(1).map((r) => r[at])).toEqual([25, 7, null]);
    }
  );
});

describe("checks of the Target column, naming their cells, in English and French", () => {
  const tiny = parsePlan(TINY_PLAN);
  const plan: Plan = {
    ...tiny,
    values: [
      // Row 2: 2020's rows' target 25 against the typed 20 (I1, Indicators).
      { indicator: "I1", year: 2020, value: null, numerator: null, denominator: null, target: 25 },
      // Row 3: a percentage's target above 100.
      {
        indicator: "I1",
        year: 2022,
        breakdown: "R1",
        value: null,
        numerator: null,
        denominator: null,
        target: 150,
      },
      // Rows 4 and 5: texts typed below.
      { indicator: "I1.1.1", year: 2021, value: 3, numerator: null, denominator: null },
      { indicator: "X-1", year: 2021, value: null, numerator: null, denominator: null },
      // Row 6: agrees with the typed 30 of 2022 (a total row): nothing.
      { indicator: "I1", year: 2022, value: null, numerator: null, denominator: null, target: 30 },
    ],
  };

  test.each(["en", "fr"] as const)("%s", (lang) => {
    const v = valuesOf(buildWorkbookPlan(plan, lang));
    const tv = v.tblValues!;
    const k = tv.values[0].indexOf(lang === "fr" ? "Cible" : "Target");
    tv.values[3][k] = "ten";
    tv.values[4][k] = "adopted";
    const found = validateWorkbook(v, lang);
    const sheet = lang === "fr" ? "Valeurs" : "Values";
    const mine = found.filter((f) => f.column === "target" || f.rule === "values.target-disagrees");
    expect(mine.map((f) => [f.rule, f.sheet, f.cell, f.severity])).toEqual([
      ["measure.percent", sheet, "K3", "error"],
      ["values.target-not-number", sheet, "K4", "error"],
      ["values.target-not-number", sheet, "K5", "error"],
      [
        "values.target-disagrees",
        lang === "fr" ? "Indicateurs" : "Indicators",
        expect.any(String),
        "warning",
      ],
    ]);
    const [, notNumber, qualitative, disagree] = mine;
    expect(notNumber.message).toContain("ten");
    expect(notNumber.message).toMatch(lang === "fr" ? /n’est pas un nombre/ : /is not a number/);
    expect(qualitative.message).toMatch(lang === "fr" ? /qualitatif/ : /qualitative/);
    expect(disagree.column).toBe("target:2020");
    // Both cells: the typed target's and the Values row's.
    expect(disagree.message).toContain(`${disagree.sheet}!${disagree.cell}`);
    expect(disagree.message).toContain(`${sheet}!K2`);
    expect(disagree.message).toMatch(/\b20\b/);
    expect(disagree.message).toMatch(/\b25\b/);
  });

  test("a clean target row gives nothing", () => {
    const v = valuesOf(buildWorkbookPlan(tiny, "en"));
    setCell(v, "tblValues", "", "Indicator code", "I1");
    setCell(v, "tblValues", "I1", "Year", 2022);
    setCell(v, "tblValues", "I1", "Target", 30);
    expect(validateWorkbook(v)).toEqual([]);
  });
});

describe("the Guide says how to enter a period's target, with an example row", () => {
  test.each([
    ["en", /Target column.*I1\.2\.1 \| 2021 \| Q3 \| \| 4 \| … \| Target 5/],
    ["fr", /colonne Cible.*I1\.2\.1 \| 2021 \| T3 \| \| 4 \| … \| Cible 5/],
  ] as const)("%s", (lang, sentence) => {
    const texts = tinyGuideTexts(lang);
    expect(texts.some((c) => sentence.test(c))).toBe(true);
  });
});
