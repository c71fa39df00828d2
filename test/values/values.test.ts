/**
 * tblValues: the year's actual from its rows (a rate as a rate, counts
 * summed, the typed actual where the year has no row), the round trip of
 * every typed cell through an .xlsx, and the checks of the rows in French
 * and English.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { rowsByIndicatorYear, yearActualOf } from "../../src/core/calc";
import { parsePlan, type IndicatorValue, type Plan } from "../../src/core/model";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";
import {
  EXAMPLE_RATE_INDICATOR,
  withExampleOperationalPlan,
} from "../../src/core/plans/example-operational-plan";
import { summarize } from "../../src/core/summary/compute";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { validateWorkbook } from "../../src/core/validate";
import { TINY_PLAN } from "../fixtures/tiny-plan";
import { setCell, valuesOf } from "../support/values";
import { tinyGuideTexts, valueRow as row, valuesRoundTrip } from "../support/value-tests";

describe("the year's actual from its rows", () => {
  test("9 women of 38 ministers and 11 of 32 make 28.6 %, not the mean of 23.7 % and 34.4 %", () => {
    const rows = [row({ numerator: 9, denominator: 38 }), row({ numerator: 11, denominator: 32 })];
    const got = yearActualOf(rows, "percent", "latest", []);
    expect(got.has).toBe(true);
    // 20 of 70, by hand.
    expect(got.value).toBeCloseTo(28.5714285714, 8);
    const mean = (100 * (9 / 38) + 100 * (11 / 32)) / 2;
    expect(Math.abs(got.value! - mean)).toBeGreaterThan(0.4);
  });

  test("a rate of a measure other than percent is the plain ratio; denominators of 0 give none", () => {
    expect(
      yearActualOf([row({ numerator: 3, denominator: 4 })], "number", "latest", []).value
    ).toBe(0.75);
    expect(yearActualOf([row({ numerator: 0, denominator: 0 })], "percent", "latest", [])).toEqual({
      has: true,
      value: null,
    });
  });

  test("counts add up over periods and breakdowns; a row with only a comment makes nothing", () => {
    const rows = [
      row({ period: "Q1", breakdown: "women", value: 4 }),
      row({ period: "Q2", breakdown: "men", value: 6 }),
      row({ period: "Q3", breakdown: "women", value: 5 }),
    ];
    expect(yearActualOf(rows, "number", "latest", []).value).toBe(15);
    // Issue 14: a total row in the year wins over its breakdown rows (test/values/breakdowns.test.ts).
    expect(
      yearActualOf([...rows, row({ period: "Q4", value: 7 })], "number", "latest", []).value
    ).toBe(7);
    expect(yearActualOf([row({})], "number", "sum", [])).toEqual({ has: false, value: null });
  });

  test("a percentage typed as values: the latest period's total; breakdown-only gives none", () => {
    const rows = [
      row({ period: "Q1", value: 10 }),
      row({ period: "H2", value: 30 }),
      row({ period: "Q3", value: 20 }),
      row({ period: "H2", breakdown: "F", value: 90 }),
    ];
    expect(yearActualOf(rows, "percent", "latest", []).value).toBe(30);
    expect(yearActualOf(rows, "percent", "max", []).value).toBe(30);
    expect(yearActualOf(rows, "percent", "average", []).value).toBe(20);
    // The whole year wins over its parts.
    expect(yearActualOf([...rows, row({ value: 12 })], "percent", "latest", []).value).toBe(12);
    expect(yearActualOf([row({ breakdown: "F", value: 40 })], "percent", "latest", [])).toEqual({
      has: true,
      value: null,
    });
  });

  test("rows group by indicator and year, codes matched case aside", () => {
    const g = rowsByIndicatorYear([
      row({ indicator: "I1", value: 1 }),
      row({ indicator: "i1 ", value: 2 }),
      row({ indicator: "I1", year: 2022, value: 3 }),
    ]);
    expect(g.get("i1|2021")!.map((r) => r.value)).toEqual([1, 2]);
    expect(g.get("i1|2022")!.map((r) => r.value)).toEqual([3]);
  });
});

describe("the summary takes the rows where a year has some, the typed actual elsewhere", () => {
  const tiny = parsePlan(TINY_PLAN);
  const i1 = tiny.indicators.find((i) => i.code === "I1")!;

  test("the tiny plan's I1 (percent, latest): 2020 typed 18.25; 2021 from 9/38 and 11/32", () => {
    expect(i1.measure).toBe("percent");
    expect(i1.actuals).toEqual([{ year: 2020, value: 18.25 }]);
    const plan: Plan = {
      ...tiny,
      values: [
        { indicator: "I1", year: 2021, breakdown: "F", value: null, numerator: 9, denominator: 38 },
        {
          indicator: "I1",
          year: 2021,
          breakdown: "H",
          value: null,
          numerator: 11,
          denominator: 32,
        },
      ],
    };
    const s = summarize(plan).indicators.find((i) => i.code === "I1")!;
    expect(s.actuals.find((a) => a.year === 2020)!.value).toBe(18.25);
    expect(s.actuals.find((a) => a.year === 2021)!.value).toBeCloseTo((100 * 20) / 70, 10);
    expect(s.latestYear).toBe(2021);
    expect(s.latest).toBeCloseTo(28.5714285714, 8);
    // Nothing typed is touched.
    expect(plan.indicators.find((i) => i.code === "I1")!.actuals).toEqual(i1.actuals);
  });

  test("the example plan's I3.2.1: (12+18)/(40+45) in its second year, (14+9)/(50+30) in its third", () => {
    const plan = withExampleOperationalPlan(parsePlan(MALI_NAP_2019_2023));
    const rows = plan.values.filter((v) => v.indicator === EXAMPLE_RATE_INDICATOR);
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.comment?.startsWith("[EXAMPLE]"))).toBe(true);
    const s = summarize(plan).indicators.find((i) => i.code === EXAMPLE_RATE_INDICATOR)!;
    const at = (y: number) => s.actuals.find((a) => a.year === y)!.value;
    expect(at(2020)).toBeCloseTo((100 * 30) / 85, 10);
    expect(at(2021)).toBeCloseTo((100 * 23) / 80, 10);
    expect(s.latest).toBeCloseTo(28.75, 10);
  });
});

describe("round trip: every typed cell of tblValues", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-values-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const values: IndicatorValue[] = [
    {
      indicator: "I1",
      year: 2021,
      period: "Q3",
      breakdown: "F",
      value: 12.5,
      numerator: 5,
      denominator: 40,
      comment: "écart : retard de la collecte",
      evidence: "https://example.org/rapport.pdf",
      enteredBy: "MPFEF",
    },
    { indicator: "I1", year: 2021, value: null, numerator: 9, denominator: 38 },
    {
      indicator: "I1.1.1",
      year: 2022,
      period: "H1",
      breakdown: "MOP",
      value: 7,
      numerator: null,
      denominator: null,
    },
    { indicator: "I1.1.1", year: 2020, value: 0, numerator: 0, denominator: 3, comment: "zéro" },
  ];
  const plan: Plan = parsePlan({ ...TINY_PLAN, values });

  test.each(["en", "fr"] as const)(
    "write → read → write in %s keeps every row and cell",
    async (lang) => {
      const file = path.join(dir, `rt-${lang}.xlsx`);
      const again = path.join(dir, `rt2-${lang}.xlsx`);
      const { table: a } = await valuesRoundTrip(plan, lang, file, again);
      // Every typed cell is there, as typed (the period as its label).
      const flat = a.values.flat();
      for (const x of [
        12.5,
        5,
        40,
        9,
        38,
        7,
        0,
        3,
        "MOP",
        "MPFEF",
        "https://example.org/rapport.pdf",
      ])
        expect(flat).toContain(x);
      expect(flat).toContain(lang === "fr" ? "T3" : "Q3");
      expect(flat).toContain(lang === "fr" ? "S1" : "H1");
    }
  );
});

describe("checks of the rows, naming their cells, in English and French", () => {
  const tiny = parsePlan(TINY_PLAN);
  const plan: Plan = {
    ...tiny,
    // Quarterly here, so that the quarters below are no finding of their own (issue 14).
    indicators: tiny.indicators.map((i) =>
      i.code === "I1" ? { ...i, frequency: "quarterly" } : i
    ),
    values: [
      { indicator: "I9", year: 2021, value: 5, numerator: null, denominator: null },
      { indicator: "I1", year: 2030, value: 5, numerator: null, denominator: null },
      { indicator: "I1", year: 2021, period: "Q1", value: null, numerator: -2, denominator: 10 },
      { indicator: "I1", year: 2021, period: "Q2", value: null, numerator: 1, denominator: 0 },
      { indicator: "I1", year: 2021, period: "Q3", value: null, numerator: 12, denominator: 10 },
      { indicator: "I1", year: 2021, period: "Q4", value: 50, numerator: 1, denominator: 10 },
      // 2020: typed actual 18.25 against the rows' 10.
      { indicator: "I1", year: 2020, value: null, numerator: 1, denominator: 10 },
    ],
  };

  test.each(["en", "fr"] as const)("%s", (lang) => {
    const found = validateWorkbook(valuesOf(buildWorkbookPlan(plan, lang)), lang);
    const sheet = lang === "fr" ? "Valeurs" : "Values";
    const got = found.map((f) => [f.rule, f.sheet, f.cell, f.column]);
    // Header row 1; the rows from 2; columns A indicator, B year, E value, F numerator, G denominator.
    expect(got).toEqual(
      expect.arrayContaining([
        ["values.unknown-indicator", sheet, "A2", "indicator"],
        ["time.outside-period", sheet, "B3", "year"],
        ["values.negative", sheet, "F4", "numerator"],
        ["values.zero-denominator", sheet, "G5", "denominator"],
        ["values.numerator-above-denominator", sheet, "F6", "numerator"],
        ["values.value-disagrees", sheet, "E7", "value"],
      ])
    );
    const disagree = found.find((f) => f.rule === "values.actual-disagrees")!;
    expect(disagree.sheet).toBe(lang === "fr" ? "Indicateurs" : "Indicators");
    expect(disagree.column).toBe("actual:2020");
    expect(disagree.severity).toBe("warning");
    // Both cells: the typed actual's, and the Values row's.
    expect(disagree.message).toContain(`${disagree.sheet}!${disagree.cell}`);
    expect(disagree.message).toContain(`${sheet}!A8`);
    expect(disagree.message).toContain("18.25");
    const words =
      lang === "fr"
        ? /dénominateur|numérateur|n’est pas|concorde/
        : /denominator|numerator|is not|disagrees/;
    for (const f of found.filter((x) => x.rule.startsWith("values.")))
      expect(f.message).toMatch(words);
    expect(found.filter((f) => f.rule.startsWith("values.")).length).toBe(6);
  });

  test("a clean row and a value that agrees with its numerator and denominator give nothing", () => {
    const v = valuesOf(buildWorkbookPlan(tiny, "en"));
    setCell(v, "tblValues", "", "Indicator code", "I1");
    setCell(v, "tblValues", "I1", "Year", 2021);
    setCell(v, "tblValues", "I1", "Value", 23.7);
    setCell(v, "tblValues", "I1", "Numerator", 9);
    setCell(v, "tblValues", "I1", "Denominator", 38);
    expect(validateWorkbook(v)).toEqual([]);
  });
});

describe("the Guide says how to enter a numerator and denominator, with an example row", () => {
  test.each([
    ["en", /numerator and the denominator.*I3\.2\.1 \| 2020 \| H1 \| \| \| 12 \| 40/],
    ["fr", /numérateur et le dénominateur.*I3\.2\.1 \| 2020 \| S1 \| \| \| 12 \| 40/],
  ] as const)("%s", (lang, sentence) => {
    const texts = tinyGuideTexts(lang);
    expect(texts.some((c) => sentence.test(c))).toBe(true);
    // The Values sheet is described among the sheets.
    expect(texts).toContain(lang === "fr" ? "Valeurs" : "Values");
  });
});
