/**
 * Random, reproducible plans with tblValues rows (seeded), for the LibreOffice
 * parity tests: "values" rows (test/values/parity.test.ts: rates, counts,
 * blanks, zeros, comments, a year outside the plan, breakdowns in either
 * language and any case, codes in another case) and "targets" rows
 * (test/values/targets-parity.test.ts: a value, a target or both). One loop
 * draws both: per indicator some rows of random year, period and breakdown,
 * each key once, the row's figures by its kind. Each kind draws in the order
 * its test first drew, so a seed makes the rows it made before.
 */
import {
  AGGREGATIONS,
  MEASURES,
  parsePlan,
  PERIODS,
  planYears,
  type Indicator,
  type IndicatorValue,
  type Plan,
} from "../../src/core/model";
import { prng, randomPlan } from "./random-plan";

export type RowKind = "values" | "targets";

interface KindOptions {
  /** The chance an indicator has no rows. */
  none: number;
  /** Each indicator draws fewer rows than this (a repeated key is dropped). */
  most: number;
  /** The chance a row's year is the one before the plan (no draw when absent). */
  yearBefore?: number;
  /** The chance a row has no breakdown, and the breakdowns typed otherwise. */
  total: number;
  breakdowns: readonly string[];
  /** The plan: its seed's offset, the chance an indicator keeps its measure. */
  salt: number;
  keepMeasure: number;
  /** The chance an indicator loses its end target (no draw when absent). */
  noEndTarget?: number;
}

const KINDS: Record<RowKind, KindOptions> = {
  values: {
    none: 0.35,
    most: 7,
    yearBefore: 0.05,
    total: 0.5,
    // Issue 14: sex in either language and any case, age groups, regions, combinations, unknown codes.
    breakdowns: [
      "women",
      "Femmes",
      "MEN",
      "garçons",
      "0-17",
      "KAY",
      "mop",
      "women; KAY",
      "hommes;MOP",
      "filles, 0-17",
      "F",
      "Kayes",
    ],
    salt: 99,
    keepMeasure: 0.5,
  },
  targets: {
    none: 0.3,
    most: 8,
    total: 0.55,
    breakdowns: ["women", "Hommes", "KAY", "0-17", "femmes; MOP", "F"],
    salt: 7,
    keepMeasure: 0.4,
    // Half without an end target, so that the yearly targets make the target compared.
    noEndTarget: 0.5,
  },
};

/** Random rows of `kind` over the plan's indicators (seeded). */
export function randomValueRows(plan: Plan, seed: number, kind: RowKind): IndicatorValue[] {
  const o = KINDS[kind];
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const years = planYears(plan);
  const out: IndicatorValue[] = [];
  const seen = new Set<string>();
  for (const ind of plan.indicators) {
    if (rnd() < o.none) continue;
    // "values": about half the indicators are rates (numerator and denominator).
    const rate = kind === "values" && rnd() < 0.5;
    for (let k = Math.floor(rnd() * o.most); k > 0; k--) {
      const year = o.yearBefore !== undefined && rnd() < o.yearBefore ? years[0] - 1 : pick(years);
      const period = rnd() < 0.4 ? undefined : pick(PERIODS);
      const breakdown = rnd() < o.total ? undefined : pick(o.breakdowns);
      const key = `${ind.code}|${year}|${period ?? ""}|${breakdown ?? ""}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const r = rnd();
      if (kind === "values") {
        const den = r < 0.1 ? 0 : Math.floor(rnd() * 60) + 1;
        out.push({
          indicator: rnd() < 0.1 ? ind.code.toLowerCase() : ind.code,
          year,
          period,
          breakdown,
          value: rate ? null : r < 0.15 ? null : r < 0.2 ? 0 : Math.round(rnd() * 1000) / 10,
          numerator: rate && r > 0.05 ? Math.floor(rnd() * den) : null,
          denominator: rate && r > 0.15 ? den : null,
          comment: r < 0.15 ? "blank figures, a comment only" : undefined,
        });
      } else
        out.push({
          indicator: rnd() < 0.1 ? ind.code.toLowerCase() : ind.code,
          year,
          period,
          breakdown,
          value: r < 0.35 ? null : Math.round(rnd() * 1000) / 10,
          numerator: null,
          denominator: null,
          target: r > 0.75 ? null : r < 0.05 ? 0 : Math.round(rnd() * 1000) / 10,
        });
    }
  }
  return out;
}

/**
 * A random plan (randomPlan, 20 actions) whose indicators take every measure
 * and aggregation, with random rows of `kind` (seeded).
 */
export function randomPlanWithRows(seed: number, kind: RowKind): Plan {
  const o = KINDS[kind];
  const base = randomPlan(seed, 20);
  const rnd = prng(seed + o.salt);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const indicators = base.indicators.map((i): Indicator => ({
    ...i,
    measure: rnd() < o.keepMeasure ? i.measure : pick(MEASURES.filter((m) => m !== "text")),
    aggregation: pick(AGGREGATIONS),
    endTarget: o.noEndTarget !== undefined && rnd() < o.noEndTarget ? null : i.endTarget,
  }));
  const plan = parsePlan({ ...base, indicators });
  return parsePlan({ ...plan, values: randomValueRows(plan, seed, kind) });
}
