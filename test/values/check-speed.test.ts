/**
 * checkspeed (issue 14's performance point): the check of tblValues reads
 * each breakdown text, each indicator's declared breakdowns and frequency,
 * and each series' label once, not once per row; what it finds stays what
 * it found. Main's per-row code no longer exists, so the findings are
 * worked out by hand on a small plan holding every edge the value rules
 * know (unknown codes, an undeclared breakdown, a finer period, a duplicate
 * in another order, language and case, a rate that disagrees, a typed
 * actual the rows contradict, an unknown indicator, a year outside the
 * plan, an unknown period label, a z-score outlier and an acknowledged
 * range outlier in series with breakdowns), in English and French. Then
 * the work that must not grow with the rows: i18next texts and breakdown
 * readings, counted on a workbook and on the same workbook twice as long.
 */
import * as breakdowns from "../../src/core/calc/breakdowns";
import { breakdownKey, readBreakdown } from "../../src/core/calc/breakdowns";
import * as i18n from "../../src/core/i18n";
import { parsePlan, type IndicatorValue, type Plan } from "../../src/core/model";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { validateWorkbook, type Finding } from "../../src/core/validate";
import { LISTS, listLabel, listValue } from "../../src/core/vocabulary";
import { TINY_PLAN } from "../fixtures/tiny-plan";
import { valuesOf } from "../support/values";

const v = (
  indicator: string,
  year: number,
  breakdown: string | undefined,
  value: number | null,
  extra: Partial<IndicatorValue> = {}
): IndicatorValue => ({
  indicator,
  year,
  breakdown,
  value,
  numerator: null,
  denominator: null,
  ...extra,
});

const tiny = parsePlan(TINY_PLAN);
const YEARS = [2019, 2020, 2021, 2022, 2023];
/** 40 rows that find nothing: I1.1.1 by half-year, sex and region, 5 every year. */
const filler = (years: number[]): IndicatorValue[] =>
  years.flatMap((year) =>
    (["H1", "H2"] as const).flatMap((period) =>
      ["women; R1", "men; R1", "women; R2", "men; R2"].map((b) =>
        v("I1.1.1", year, b, 5, { period })
      )
    )
  );

// Rows from the sheet's row 2; columns A indicator, B year, C period, D breakdown, E value.
const rows: IndicatorValue[] = [
  v("I1", 2021, "Kayes", 5), // 2: unknown code
  v("I1", 2021, "women; R1", 5), // 3: sex, which I1 (region only) does not declare
  v("I1", 2021, undefined, 5, { period: "Q1" }), // 4: a quarter on an annual indicator
  v("I1.1.1", 2021, "femmes; R1", 5, { period: "Q3" }), // 5: fine
  v("i1.1.1", 2021, "R1;Women", 5, { period: "Q3" }), // 6: repeats row 5
  v("I1.1.1", 2021, "R1; x", 5, { period: "Q3" }), // 7: "x" unknown (not a duplicate of 5)
  v("I1", 2020, "R2", 30, { numerator: 3, denominator: 10 }), // 8: fine
  v("I1", 2020, "R1", 60, { numerator: 5, denominator: 10 }), // 9: 5 / 10 is 50, not 60
  v("ZZ", 2021, undefined, 1), // 10: no such indicator
  v("I1.1.1", 2030, "R1", 1), // 11: after the plan
  v("I1.1.1", 2022, "R2", 7, { period: "Q2" }), // 12: its period typed over with "Q9" below
  // 13-17: Q1, women in R2 (2022 typed in another order and case): 95 is 88 sd from the rest.
  ...[10, 11, 10, 12, 95].map((x, i) =>
    v("I1.1.1", YEARS[i], i === 3 ? "R2;FEMMES" : "women; R2", x, { period: "Q1" })
  ),
  // 18-22: Q2 in R1: 13.5 is 2.17 sd from 10, 12, 10, 12 (outside 8.691 to 13.309), explained.
  ...[10, 12, 10, 12, 13.5].map((x, i) =>
    v("I1.1.1", YEARS[i], "R1", x, {
      period: "Q2",
      ...(i === 4 ? { comment: "new counting method" } : {}),
    })
  ),
  ...filler(YEARS), // 23-62
];

const planOf = (values: IndicatorValue[]): Plan =>
  parsePlan({
    ...tiny,
    period: { start: 2019, end: 2023 },
    indicators: tiny.indicators.map((i) =>
      i.code === "I1"
        ? { ...i, frequency: "annual", disaggregation: ["region"] }
        : i.code === "I1.1.1"
          ? { ...i, frequency: "quarterly", disaggregation: ["sex", "region"] }
          : i
    ),
    values,
  });

function check(plan: Plan, lang: "en" | "fr"): Finding[] {
  const wv = valuesOf(buildWorkbookPlan(plan, lang));
  // Row 12's period: a label of no list (the reader's problem, once though two rules read it).
  wv.tblValues!.values[11][2] = "Q9";
  return validateWorkbook(wv, lang);
}

describe.each(["en", "fr"] as const)("the value rules' findings, worked by hand (%s)", (lang) => {
  const sheet = lang === "fr" ? "Valeurs" : "Values";
  const found = check(planOf(rows), lang);
  const mine = found.filter((f) => f.table === "tblValues" || f.rule === "values.actual-disagrees");

  test("each rule, cell and column, in the check's order", () => {
    expect(mine.map((f) => [f.rule, f.cell, f.column, f.acknowledged ?? false])).toEqual([
      // The reader's problems come first.
      ["unknown-label", "C12", "period", false],
      // Then the rows, in order, then the typed actuals.
      ["values.breakdown-unknown", "D2", "breakdown", false],
      ["values.breakdown-undeclared", "D3", "breakdown", false],
      ["values.period-finer", "C4", "period", false],
      ["values.duplicate", "A6", "indicator", false],
      ["values.breakdown-unknown", "D7", "breakdown", false],
      ["values.value-disagrees", "E9", "value", false],
      ["values.unknown-indicator", "A10", "indicator", false],
      ["time.outside-period", "B11", "year", false],
      ["values.actual-disagrees", expect.any(String), "actual:2020", false],
      // Then the outliers, series by series.
      ["outlier.zscore", "E17", "value", false],
      ["outlier.range", "E22", "value", true],
    ]);
    expect(mine.filter((f) => f.table === "tblValues").every((f) => f.sheet === sheet)).toBe(true);
  });

  test("what each message names", () => {
    const at = (rule: string, cell?: string) =>
      mine.find((f) => f.rule === rule && (cell === undefined || f.cell === cell))!.message;
    expect(at("values.breakdown-unknown", "D2")).toContain("Kayes");
    expect(at("values.breakdown-unknown", "D2")).toContain("R1, R2");
    expect(at("values.breakdown-unknown", "D7")).toMatch(/^\S+!D7: x /);
    expect(at("values.breakdown-undeclared")).toContain("women");
    expect(at("values.duplicate")).toContain(`${sheet}!A5`);
    // 5 / 10 as a percentage.
    expect(at("values.value-disagrees")).toContain("= 50");
    // 3 + 5 of 10 + 10: 40 %, against the 18.25 typed.
    const actual = at("values.actual-disagrees");
    expect(actual).toContain("18.25");
    expect(actual).toContain("40");
    expect(actual).toContain(`${sheet}!A8, ${sheet}!A9`);
    expect(at("outlier.zscore")).toContain("z = 87.996");
    const q1 = lang === "fr" ? "T1" : "Q1";
    const series = lang === "fr" ? "ventilation women; R2" : "breakdown women; R2";
    expect(at("outlier.zscore")).toContain(q1);
    expect(at("outlier.zscore")).toContain(series);
    expect(at("outlier.range")).toContain("8.691");
    expect(at("outlier.range")).toContain("13.309");
    expect(at("outlier.range")).toContain(lang === "fr" ? "ventilation R1" : "breakdown R1");
  });

  test("a second check of the same workbook finds the same (nothing carried over)", () => {
    expect(check(planOf(rows), lang)).toEqual(found);
  });
});

describe("the work that must not grow with the rows (no findings)", () => {
  afterEach(() => jest.restoreAllMocks());

  /** Calls to i18next and to the breakdown reader in one check. */
  function calls(values: IndicatorValue[]) {
    const wv = valuesOf(buildWorkbookPlan(planOf(values), "fr"));
    const t = jest.spyOn(i18n, "t");
    const read = jest.spyOn(breakdowns, "readBreakdown");
    const key = jest.spyOn(breakdowns, "breakdownKey");
    const found = validateWorkbook(wv, "fr").filter((f) => f.table === "tblValues");
    const out = {
      rows: wv.tblValues!.values.length - 1,
      found: found.length,
      t: t.mock.calls.length,
      read: read.mock.calls.length,
      key: key.mock.calls.length,
    };
    jest.restoreAllMocks();
    return out;
  }

  test("the same texts and breakdown readings for 48 rows as for 120", () => {
    const years = [2019, 2020, 2021, 2022, 2023];
    // Steady values (no outlier), by half-year and by quarter, in the same 4 breakdowns.
    const quarters = (ys: number[]) =>
      ys.flatMap((year) =>
        (["Q1", "Q2", "Q3", "Q4"] as const).flatMap((period) =>
          ["women; R1", "men; R1", "women; R2", "men; R2"].map((b) =>
            v("I1.1.1", year, b, 5, { period })
          )
        )
      );
    const smallRows = [...filler(years.slice(0, 2)), ...quarters(years.slice(0, 2))];
    calls(smallRows); // what is made once for any workbook (labels, list indexes)
    const small = calls(smallRows);
    const large = calls([...filler(years), ...quarters(years)]);
    expect([small.rows, large.rows]).toEqual([48, 120]);
    expect([small.found, large.found]).toEqual([0, 0]);
    expect(large.t).toBe(small.t);
    // The same 4 breakdown texts: read once for the codes, keyed once per rule.
    expect(large.read).toBe(small.read);
    expect(large.key).toBe(small.key);
    expect(large.key).toBeLessThanOrEqual(2 * 4);
  });
});

describe("what is kept between calls is the same as reading afresh", () => {
  test("a list of regions changed in place is read again", () => {
    const regions = ["KAY", "MOP"];
    expect(readBreakdown("BKO", regions)[0].dimension).toBeNull();
    regions.push("BKO");
    expect(readBreakdown("BKO", regions)[0]).toEqual({
      typed: "BKO",
      dimension: "region",
      code: "BKO",
    });
    regions[0] = "SEG";
    expect(readBreakdown("kay", regions)[0].dimension).toBeNull();
    expect(breakdownKey("seg; femmes", regions)).toBe("region:seg|sex:women");
    expect(breakdowns.breakdownGroup("KAY", regions)).toBe(breakdowns.UNKNOWN_GROUP);
    expect(breakdowns.breakdownGroup("SEG", regions)).toBe(3);
  });

  test("every list label, as written, maps to what its folded form maps to", () => {
    for (const list of Object.keys(LISTS) as (keyof typeof LISTS)[])
      for (const value of LISTS[list].values)
        for (const label of [value, listLabel("en", list, value), listLabel("fr", list, value)]) {
          // Upper case and surrounding spaces take the folding path.
          const folded = listValue(list, ` ${label.toUpperCase()} `);
          expect([list, label, listValue(list, label)]).toEqual([list, label, folded]);
          expect(folded).toBeDefined();
        }
  });
});
