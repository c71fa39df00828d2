/**
 * The donor tests' plan: the example plan with random secured, disbursed and
 * spent figures, statuses and an exchange rate (EUR), so that every money
 * column of the donor tables holds figures and the two gaps differ.
 */
import { parsePlan, type Plan } from "../../src/core/model";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";
import { withExampleOperationalPlan } from "../../src/core/plans/example-operational-plan";
import { prng } from "../support/random-plan";

export const RATE = 655.957;

export function donorPlan(seed: number): Plan {
  const base = withExampleOperationalPlan(parsePlan(MALI_NAP_2019_2023));
  const rnd = prng(seed);
  const statuses = ["completed", "cancelled", "in-progress", "not-started", "postponed"] as const;
  return parsePlan({
    ...base,
    exchangeRate: { currency: "EUR", rate: RATE, date: "2021-01-01" },
    actions: base.actions.map((a, i) => ({
      ...a,
      status: statuses[i % statuses.length],
      progress: null,
      budget: a.budget.map((b) => {
        const r = rnd();
        const secured = r < 0.2 ? null : Math.round(b.amount * rnd());
        const disbursed = r < 0.3 ? null : Math.round((secured ?? b.amount) * rnd());
        const spent = r < 0.4 ? null : Math.round((disbursed ?? 0) * rnd());
        return { ...b, secured, disbursed, spent };
      }),
    })),
  });
}
