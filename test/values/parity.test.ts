/**
 * The yearly actuals of the Indicator progress sheet, recalculated by
 * LibreOffice from tblValues and tblIndicators, equal the TypeScript
 * summary (src/core/calc/value-rows.ts through summary/compute.ts): each
 * year's actual, the latest, the actual compared, progress and status; on
 * the example plan (its rows for a "number and %" indicator) and on random
 * plans whose value rows hold blanks, zeros, rates, counts, periods and
 * breakdowns, in French and English; and (issue 14) rows by sex, region and
 * both with and without a total row, in either language.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { SHOWN_LABELS } from "../../src/core/calc";
import { t } from "../../src/core/i18n";
import {
  parsePlan,
  PERIODS,
  planYears,
  type IndicatorValue,
  type Lang,
  type Plan,
} from "../../src/core/model";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";
import {
  EXAMPLE_RATE_INDICATOR,
  withExampleOperationalPlan,
} from "../../src/core/plans/example-operational-plan";
import { summarize } from "../../src/core/summary/compute";
import { buildWorkbookPlan } from "../../src/core/template/build";
import type { WorkbookPlan } from "../../src/core/template/types";
import { listLabel } from "../../src/core/vocabulary";
import { writeXlsx } from "../../src/xlsx/workbook";
import { libreOfficeAvailable, recalc, csvNumber, expectSameFigure } from "../support/libreoffice";
import { randomPlanWithRows } from "../support/random-values";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-values-lo-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A random plan whose indicators take every measure and aggregation, with value rows. */
const randomWithValues = (seed: number): Plan => randomPlanWithRows(seed, "values");

/** The period cells of tblValues as a planner may type them: the other language's label ("T1" in English). */
function otherLanguagePeriods(wp: WorkbookPlan, lang: Lang): WorkbookPlan {
  const other: Lang = lang === "en" ? "fr" : "en";
  const byLabel = new Map(
    PERIODS.map((p) => [listLabel(lang, "period", p), listLabel(other, "period", p)])
  );
  return {
    ...wp,
    sheets: wp.sheets.map((s) => ({
      ...s,
      tables: s.tables.map((tb) => {
        if (tb.name !== "tblValues") return tb;
        const k = tb.keys.indexOf("period");
        return {
          ...tb,
          rows: tb.rows.map((r) =>
            r.map((c, i) => (i === k && typeof c === "string" ? (byLabel.get(c) ?? c) : c))
          ),
        };
      }),
    })),
  };
}

async function compare(plan: Plan, lang: Lang, name: string, typedInOther = false) {
  const built = buildWorkbookPlan(plan, lang);
  const wp = typedInOther ? otherLanguagePeriods(built, lang) : built;
  const file = path.join(dir, `${name}-${lang}.xlsx`);
  await writeXlsx(wp, file);
  // A loaded machine makes LibreOffice slow: a generous bound on each conversion.
  const csv = await recalc(file, 600000);
  const sheet = wp.sheets.find((s) => s.tables.some((x) => x.name === "tblSumIndicators"))!;
  const table = sheet.tables.find((x) => x.name === "tblSumIndicators")!;
  const rows = csv.get(sheet.name)!;
  expect(rows[table.row][table.col]).toBe(table.headers[0]);
  const want = summarize(plan).indicators;
  const years = planYears(plan);
  let fromRows = 0;
  want.forEach((w, i) => {
    const r = rows[table.row + 1 + i];
    const cell = (key: string) => r[table.col + table.keys.indexOf(key)];
    expect(cell("code")).toBe(w.code);
    for (const y of years) {
      const a = w.actuals.find((x) => x.year === y)!.value;
      expectSameFigure(csvNumber(cell(`actual:${y}`)), a, `${w.code} ${y}`);
    }
    expectSameFigure(csvNumber(cell("latestYear")), w.latestYear, `${w.code} latest year`);
    expectSameFigure(csvNumber(cell("latest")), w.latest, `${w.code} latest`);
    expectSameFigure(csvNumber(cell("actual")), w.actual, `${w.code} actual compared`);
    expectSameFigure(csvNumber(cell("progress")), w.progress, `${w.code} progress`);
    expect({ code: w.code, status: cell("status") }).toEqual({
      code: w.code,
      status: t(lang, SHOWN_LABELS[w.shown]),
    });
    if (plan.values.some((v) => v.indicator.toLowerCase() === w.code.toLowerCase())) fromRows++;
  });
  return { want, fromRows };
}

const describeLO = libreOfficeAvailable() ? describe : describe.skip;

describeLO(
  "yearly actuals from tblValues: TypeScript = formulas recalculated by LibreOffice",
  () => {
    test.each(["fr", "en"] as const)(
      "the example plan (%s): I3.2.1's rows make its actuals as rates",
      async (lang) => {
        const plan = withExampleOperationalPlan(parsePlan(MALI_NAP_2019_2023));
        const { want } = await compare(plan, lang, "example");
        const i = want.find((x) => x.code === EXAMPLE_RATE_INDICATOR)!;
        expect(i.actuals.find((a) => a.year === 2020)!.value).toBeCloseTo((100 * 30) / 85, 10);
      },
      1200000
    );

    test("periods typed in the other language (T1 in an English workbook) rank as the reader reads them", async () => {
      const base = randomWithValues(11);
      // An indicator whose year is its latest period's value: Q1 then Q3 of 2020, no breakdown.
      const [first, ...rest] = base.indicators;
      const code = first.code;
      const plan = parsePlan({
        ...base,
        indicators: [{ ...first, measure: "percent", aggregation: "latest" }, ...rest],
        values: [
          ...base.values.filter((v) => v.indicator.toLowerCase() !== code.toLowerCase()),
          { indicator: code, year: 2020, period: "Q3", value: 30 },
          { indicator: code, year: 2020, period: "Q1", value: 10 },
        ],
      });
      const { want, fromRows } = await compare(plan, "en", "other-labels", true);
      // Q3 is the latest: 30, not the mean of the two quarters.
      expect(want.find((w) => w.code === code)!.actuals.find((a) => a.year === 2020)!.value).toBe(
        30
      );
      expect(fromRows).toBeGreaterThan(15);
    }, 1200000);

    test.each(["en", "fr"] as const)(
      "a total wins over its breakdown rows; without one, one breakdown makes it (%s)",
      async (lang) => {
        const base = randomWithValues(21);
        const [count, rate, ...rest] = base.indicators;
        const row = (x: Partial<IndicatorValue>): IndicatorValue => ({
          indicator: count.code,
          year: 2020,
          value: null,
          numerator: null,
          denominator: null,
          ...x,
        });
        const plan = parsePlan({
          ...base,
          indicators: [
            { ...count, measure: "number", aggregation: "sum", disaggregation: ["sex", "region"] },
            { ...rate, measure: "percent", aggregation: "latest", disaggregation: ["region"] },
            ...rest,
          ],
          values: [
            ...base.values.filter(
              (v) =>
                ![count.code, rate.code]
                  .map((c) => c.toLowerCase())
                  .includes(v.indicator.toLowerCase())
            ),
            // 2020: a total (100) and its detail by sex (40 + 70): 100.
            row({ value: 100 }),
            row({ breakdown: "women", value: 40 }),
            row({ breakdown: "Hommes", value: 70 }),
            // 2021: no total; by sex (40 + 60), by region (30 + 70), a combination: 100.
            row({ year: 2021, breakdown: "KAY", value: 30 }),
            row({ year: 2021, breakdown: "femmes", value: 40 }),
            row({ year: 2021, breakdown: "MOP", value: 70 }),
            row({ year: 2021, breakdown: "MEN", value: 60 }),
            row({ year: 2021, breakdown: "women; KAY", value: 12 }),
            // 2022: combinations only (10 + 20): 30.
            row({ year: 2022, breakdown: "women;KAY", value: 10 }),
            row({ year: 2022, breakdown: "KAY, hommes", value: 20 }),
            // The rate: 2020 its total 20 / 70 (not with KAY's 9 / 38); 2021 KAY and MOP pooled.
            row({ indicator: rate.code, numerator: 20, denominator: 70 }),
            row({ indicator: rate.code, breakdown: "KAY", numerator: 9, denominator: 38 }),
            row({
              indicator: rate.code,
              year: 2021,
              breakdown: "KAY",
              numerator: 9,
              denominator: 38,
            }),
            row({
              indicator: rate.code,
              year: 2021,
              breakdown: "mop",
              numerator: 11,
              denominator: 32,
            }),
            row({
              indicator: rate.code,
              year: 2021,
              breakdown: "femmes; MOP",
              numerator: 5,
              denominator: 10,
            }),
          ],
        });
        const { want } = await compare(plan, lang, "breakdowns");
        const at = (code: string, y: number) =>
          want.find((w) => w.code === code)!.actuals.find((a) => a.year === y)!.value;
        expect([at(count.code, 2020), at(count.code, 2021), at(count.code, 2022)]).toEqual([
          100, 100, 30,
        ]);
        expect(at(rate.code, 2020)).toBeCloseTo(2000 / 70, 10);
        expect(at(rate.code, 2021)).toBeCloseTo(2000 / 70, 10);
      },
      1200000
    );

    test.each([
      ["en", 7],
      ["fr", 8],
      ["en", 9],
    ] as const)(
      "a random plan with blanks (%s, seed %d)",
      async (lang, seed) => {
        const plan = randomWithValues(seed);
        expect(plan.values.length).toBeGreaterThan(40);
        const { want, fromRows } = await compare(plan, lang, `random-${seed}`);
        // The comparison means something: rows drive many indicators, of several kinds.
        expect(fromRows).toBeGreaterThan(15);
        expect(want.filter((w) => w.actual !== null).length).toBeGreaterThan(20);
      },
      1200000
    );
  }
);
