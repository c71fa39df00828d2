/** A randomly generated, reproducible plan over the Mali framework (seeded PRNG). */
import {
  ACTION_STATUSES,
  parsePlan,
  planYears,
  type Plan,
  type PlanInput,
} from "../../src/core/model";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomPlan(seed: number, actions: number): Plan {
  const rnd = prng(seed);
  const base = parsePlan(MALI_NAP_2019_2023);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const years = planYears(base);
  const some = <T>(xs: readonly T[], max: number) => [
    ...new Set(Array.from({ length: Math.floor(rnd() * (max + 1)) }, () => pick(xs))),
  ];
  const list: NonNullable<PlanInput["actions"]> = [];
  for (let i = 0; i < actions; i++) {
    const status = pick(ACTION_STATUSES);
    const ys = [...new Set([pick(years), pick(years)])].sort();
    list.push({
      code: `R-${String(i).padStart(4, "0")}`,
      output: pick(base.outputs).code,
      text: `[EXAMPLE] random action ${i}`,
      lead: pick(base.stakeholders).code,
      partners: some(
        base.stakeholders.map((s) => s.code),
        3
      ),
      regions: some(
        base.regions.map((r) => r.code),
        3
      ),
      years: ys,
      status,
      progress:
        status === "completed" ? 100 : status === "not-started" ? 0 : Math.floor(rnd() * 100),
      budget: ys.flatMap((y) =>
        [...new Set([pick(base.fundingSources).code, pick(base.fundingSources).code])].map(
          (source) => {
            const amount = Math.round(rnd() * 50) * 1000000 + Math.round(rnd() * 1000) * 17.5;
            return {
              year: y,
              source,
              amount,
              secured: rnd() < 0.3 ? null : Math.round(amount * rnd()),
              status: rnd() < 0.5 ? ("committed" as const) : ("indicative" as const),
            };
          }
        )
      ),
    });
  }
  const indicators = base.indicators.map((ind) => {
    const r = rnd();
    if (r < 0.2) return ind; // no data
    const baseline = Math.round(rnd() * 100);
    const target = r < 0.25 ? baseline : Math.round(rnd() * 200);
    const actuals = years
      .filter(() => rnd() < 0.5)
      .map((y) => ({ year: y, value: Math.round(rnd() * 2000) / 10 }));
    const targets = years
      .filter(() => rnd() < 0.4)
      .map((y) => ({ year: y, value: Math.round(rnd() * 200) }));
    return {
      ...ind,
      direction: pick(["increase", "decrease", "maintain"] as const),
      baseline: rnd() < 0.9 ? { year: 2018, value: baseline } : null,
      targets,
      endTarget: rnd() < 0.7 ? target : null,
      actuals,
    };
  });
  return parsePlan({ ...base, actions: list, indicators, example: true });
}
