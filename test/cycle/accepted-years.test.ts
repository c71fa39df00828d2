/**
 * An accepted year stays as accepted even when a file of another year
 * carries other values for it (found by the twenty-copies scenario: MPFEF's
 * 2021 copy changed its accepted 2020 actual).
 */
import { keepAcceptedYears } from "../../src/core/consolidate/approval";
import { parsePlan, type Plan } from "../../src/core/model";
import { cyclePlan } from "./helpers";

const accepted = (p: Plan, focalPoint: string, year: number): Plan =>
  parsePlan({
    ...p,
    submissions: [
      ...p.submissions,
      {
        focalPoint,
        year,
        file: `${focalPoint}-${year}.xlsx`,
        submittedAt: `${year + 1}-01-10`,
        state: "accepted",
      },
    ],
  });

const setActual = (p: Plan, code: string, year: number, value: number): Plan => ({
  ...p,
  indicators: p.indicators.map((i) =>
    i.code === code
      ? { ...i, actuals: [...i.actuals.filter((a) => a.year !== year), { year, value }] }
      : i
  ),
});

const national = setActual(accepted(cyclePlan(), "MPFEF", 2020), "I1.1.1", 2020, 30);

test("a 2021 file's values of MPFEF's accepted 2020 are put back and the year named; its 2021 values stay", () => {
  const line = national.actions.find((a) => a.budget.some((l) => l.year === 2020))!;
  const file: Plan = {
    ...setActual(setActual(national, "I1.1.1", 2020, 45), "I1.1.1", 2021, 50),
    actions: national.actions.map((a) =>
      a.code === line.code
        ? {
            ...a,
            budget: a.budget.map((l) => (l.year === 2020 ? { ...l, amount: l.amount + 1 } : l)),
          }
        : a
    ),
    values: [
      {
        indicator: "I1.1.1",
        year: 2020,
        period: "Q1",
        value: 7,
        numerator: null,
        denominator: null,
      },
    ],
  };
  const r = keepAcceptedYears(national, file, "MPFEF", 2021);
  expect(r.leftOut).toEqual([2020]);
  const actual = (p: Plan, y: number) =>
    p.indicators.find((i) => i.code === "I1.1.1")!.actuals.find((a) => a.year === y)?.value;
  expect(actual(r.plan, 2020)).toBe(30);
  expect(actual(r.plan, 2021)).toBe(50);
  const amounts = (p: Plan) =>
    p.actions
      .find((a) => a.code === line.code)!
      .budget.filter((l) => l.year === 2020)
      .map((l) => l.amount);
  expect(amounts(r.plan)).toEqual(amounts(national));
  // Value rows are the merge's to judge row by row (test/values/merge-values.test.ts): left as sent.
  expect(r.plan.values).toEqual(file.values);
});

test("another focal point's file, or a year not accepted, passes unchanged", () => {
  const file = setActual(national, "I1.1.1", 2020, 45);
  expect(keepAcceptedYears(national, file, "MATD", 2021)).toEqual({ plan: file, leftOut: [] });
  expect(keepAcceptedYears(national, file, "MPFEF", 2020).leftOut).toEqual([]);
  // Nothing different for the accepted year: nothing named.
  expect(keepAcceptedYears(national, national, "MPFEF", 2021).leftOut).toEqual([]);
});
