/**
 * Progress and on-track on the plan's own indicators, with the figures a
 * planner typed (issue 13), built here as indicator rows: the plan itself
 * holds no figures. Aggregation-aware progress (the cumulative actual of a
 * sum-of-years indicator), direction-aware progress that never turns a fall
 * into success (the cabinet series of the 2020 expert note), and on-track
 * from the year's target when one is typed.
 */
import fs from "fs";
import path from "path";
import {
  aggregateOf,
  isHeldTarget,
  onTrack,
  progressToTarget,
  targetFor,
  withinBand,
  yearTargetOf,
  type YearValue,
} from "../../src/core/calc";
import { parsePlan, type Indicator, type Plan } from "../../src/core/model";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";
import { indicatorSummary } from "../../src/core/summary/compute";

const plan: Plan = parsePlan(MALI_NAP_2019_2023);

type Figures = Partial<Pick<Indicator, "direction" | "aggregation" | "endTarget">> & {
  baseline?: number;
  actuals?: Record<number, number>;
  targets?: Record<number, number>;
};

/** The plan's indicator `code` with the figures given. */
function row(code: string, f: Figures) {
  const ind = plan.indicators.find((i) => i.code === code);
  if (!ind) throw new Error(`no indicator ${code}`);
  const values = (r: Record<number, number> = {}) =>
    Object.entries(r).map(([year, value]) => ({ year: Number(year), value }));
  const withFigures: Indicator = {
    ...ind,
    ...(f.direction ? { direction: f.direction } : {}),
    ...(f.aggregation ? { aggregation: f.aggregation } : {}),
    baseline: f.baseline === undefined ? null : { year: 2018, value: f.baseline },
    endTarget: f.endTarget ?? null,
    actuals: values(f.actuals),
    targets: values(f.targets),
  };
  return indicatorSummary(plan, withFigures, null);
}

const pct = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);

describe("aggregation-aware progress: the right actual against the right target", () => {
  test.each([
    // code, actuals, end target, progress now, progress shown before
    ["I1.2.1", { 2019: 12, 2020: 9, 2021: 14 }, 85, 41.2, 16.5],
    ["I2.1.2", { 2019: 50, 2020: 53, 2021: 38 }, 250, 56.4, 15.2],
    ["X-COORD-1", { 2020: 5, 2021: 4 }, 20, 45, 20],
  ])(
    "%s, a sum of years: the cumulative actual against the end-of-plan target",
    (code, actuals, endTarget, now, before) => {
      const s = row(code, { baseline: 0, actuals, endTarget });
      expect(plan.indicators.find((i) => i.code === code)!.aggregation).toBe("sum");
      expect(pct(s.progress)).toBe(now);
      expect(pct(s.latest! / endTarget)).toBe(before);
      expect(s.actual).toBe(Object.values(actuals).reduce((a, b) => a + b, 0));
    }
  );

  test("I1.2.1: (12 + 9 + 14) / 85 = 41.2%", () => {
    const s = row("I1.2.1", {
      baseline: 0,
      actuals: { 2019: 12, 2020: 9, 2021: 14 },
      endTarget: 85,
    });
    expect(s.progress).toBeCloseTo(35 / 85, 12);
  });

  const series = (xs: (number | string | null)[]): YearValue[] =>
    xs.map((value, k) => ({ year: 2019 + k, value }));

  test("latest, highest and average of the years' actuals; blanks and text are no value", () => {
    const xs = series([12, null, 20, "n/a", 15]);
    expect(aggregateOf(xs, "latest")).toBe(15);
    expect(aggregateOf(xs, "max")).toBe(20);
    expect(aggregateOf(xs, "average")).toBeCloseTo(47 / 3, 12);
    expect(aggregateOf(xs, "sum")).toBe(47);
    expect(aggregateOf(xs, "sum", 2021)).toBe(32);
    expect(aggregateOf(series([null, ""]), "average")).toBeNull();
    expect(
      row("I1.2.1", {
        aggregation: "max",
        baseline: 0,
        actuals: { 2019: 12, 2020: 20, 2021: 15 },
        endTarget: 40,
      }).progress
    ).toBe(0.5);
    expect(
      row("I1.2.1", {
        aggregation: "average",
        baseline: 0,
        actuals: { 2019: 12, 2020: 20, 2021: 16 },
        endTarget: 32,
      }).progress
    ).toBe(0.5);
  });

  test("without an end-of-plan target, the yearly targets aggregated as the actuals are", () => {
    const targets = series([10, 20, null, 30, 25]);
    expect(targetFor(null, targets, "sum")).toBe(85);
    expect(targetFor("", targets, "latest")).toBe(25);
    expect(targetFor(null, targets, "max")).toBe(30);
    expect(targetFor(null, targets, "average")).toBe(21.25);
    expect(targetFor(60, targets, "sum")).toBe(60);
    const s = row("I1.2.1", {
      baseline: 0,
      actuals: { 2019: 12, 2020: 9, 2021: 14 },
      targets: { 2019: 15, 2020: 15, 2021: 15, 2022: 20, 2023: 20 },
    });
    expect(s.target).toBe(85);
    expect(pct(s.progress)).toBe(41.2);
  });
});

describe("direction-aware progress never turns a fall into success", () => {
  /** A seed text: the shared seeds when present, else the copy under test/fixtures/source. */
  const source = (name: string) => {
    const shared = path.resolve(__dirname, "../../../shared/seeds", name);
    const file = fs.existsSync(shared)
      ? shared
      : path.resolve(__dirname, "../fixtures/source", name);
    return fs.readFileSync(file, "utf8").replace(/\s+/g, " ");
  };

  test("the cabinet: 11 women of 32 ministers (34.4%), then 9 of 38 (23.7%), quota 30%, increase", () => {
    const text = source("002_a9b46820cb5dbcd4.txt");
    expect(text).toMatch(/38 ministers, including 9 women/);
    expect(text).toMatch(/32 ministers, including 11 women/);
    expect(pct(11 / 32)).toBe(34.4);
    expect(pct(9 / 38)).toBe(23.7);
    // As the planner types them, to one decimal.
    const [before, now] = [34.4, 23.7];
    // As typed on the Indicators sheet: the share of women ministers (I1.3.1a, "% of women at all levels").
    const s = row("I1.3.1a", {
      direction: "increase",
      baseline: before,
      actuals: { 2019: now },
      endTarget: 30,
    });
    expect(s.progress).toBeLessThan(0);
    expect(s.progress).toBeCloseTo((now - 30) / 30, 12);
    expect(pct(s.progress)).toBe(-21);
    expect(s.status).toBe("offTrack");
    // What the summary showed before: (23.7 - 34.4) / (30 - 34.4) = 243%, "On track".
    expect(pct((now - before) / (30 - before))).toBe(243.2);
    // The target is a level to hold: the check can say so.
    expect(isHeldTarget(before, 30, "increase")).toBe(true);
  });

  test.each([
    ["increase, halfway", 10, 20, 30, "increase", 0.5],
    ["increase, fell below the baseline: negative", 10, 5, 30, "increase", -0.25],
    ["decrease, halfway", 40, 30, 20, "decrease", 0.5],
    ["decrease, rose: negative", 40, 45, 20, "decrease", -0.25],
    ["increase, target already reached at the baseline, held", 34.4, 31, 30, "increase", 1],
    [
      "increase, target reached at the baseline, fell short: minus the shortfall / target",
      34.4,
      24,
      30,
      "increase",
      -0.2,
    ],
    ["increase, target = baseline, held", 5, 5, 5, "increase", 1],
    ["increase, target = baseline, fell", 5, 4, 5, "increase", -0.2],
    ["decrease, target above the baseline, held", 10, 12, 15, "decrease", 1],
    ["decrease, target above the baseline, exceeded", 10, 18, 15, "decrease", -0.2],
    ["increase, target of 0 at the baseline, fell below", 0, -1, 0, "increase", -1],
  ] as const)("%s", (_what, b, a, tg, dir, expected) => {
    expect(progressToTarget(b, a, tg, dir)).toBeCloseTo(expected, 12);
  });

  test("negative progress is off track even when the year's target is met", () => {
    expect(
      onTrack(-0.1, 2020, [2019, 2020, 2021], { actual: 9, target: 8, direction: "increase" })
    ).toBe("offTrack");
  });
});

describe("on track from the year's target when typed, else from the elapsed share", () => {
  test("I1.1.1: 18 against its 2021 target of 15 is on track (progress 40% with 60% of the period elapsed)", () => {
    const s = row("I1.1.1", {
      baseline: 10,
      targets: { 2021: 15 },
      actuals: { 2021: 18 },
      endTarget: 30,
    });
    expect(s.yearTarget).toBe(15);
    expect(s.progress).toBeCloseTo(0.4, 12);
    expect(s.status).toBe("onTrack");
    // Without the year's target, the elapsed share decides: behind.
    expect(row("I1.1.1", { baseline: 10, actuals: { 2021: 18 }, endTarget: 30 }).status).toBe(
      "offTrack"
    );
  });

  test("X-COORD-1: 4 meetings against 4 targeted that year is on track", () => {
    const s = row("X-COORD-1", {
      baseline: 0,
      actuals: { 2020: 5, 2021: 4 },
      targets: { 2019: 4, 2020: 4, 2021: 4, 2022: 4, 2023: 4 },
      endTarget: 20,
    });
    expect(pct(s.progress)).toBe(45);
    expect(s.yearTarget).toBe(4);
    expect(s.status).toBe("onTrack");
  });

  test("the band: from 85% of the year's target up for an increase, up to 115% for a decrease", () => {
    expect(withinBand(8.5, 10, "increase")).toBe(true);
    expect(withinBand(8.4, 10, "increase")).toBe(false);
    expect(withinBand(30, 10, "increase")).toBe(true);
    expect(withinBand(11.5, 10, "decrease")).toBe(true);
    expect(withinBand(11.6, 10, "decrease")).toBe(false);
    expect(withinBand(2, 10, "decrease")).toBe(true);
    expect(withinBand(10.5, 10, "maintain")).toBe(true);
    expect(withinBand(11, 10, "maintain")).toBe(false);
  });

  test("the year's target is that of the latest actual's year, if typed", () => {
    const targets = [
      { year: 2020, value: 4 },
      { year: 2021, value: "" },
    ];
    expect(yearTargetOf(targets, 2020)).toBe(4);
    expect(yearTargetOf(targets, 2021)).toBeNull();
    expect(yearTargetOf(targets, null)).toBeNull();
  });
});
