/** Focal points' submissions generated from the Mali plan, for consolidation tests. */
import { parsePlan, type Plan } from "../../src/core/model";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";
import { withExampleOperationalPlan } from "../../src/core/plans/example-operational-plan";
import type { Incoming } from "../../src/core/consolidate/merge";

export const HOSTILE = [
  '=HYPERLINK("http://evil.example","click")',
  "+cmd|/c calc",
  "-2+3",
  "@SUM(A1:A9)",
];

function setActual(plan: Plan, code: string, year: number, value: number): Plan {
  return {
    ...plan,
    indicators: plan.indicators.map((i) =>
      i.code === code
        ? { ...i, actuals: [...i.actuals.filter((a) => a.year !== year), { year, value }] }
        : i
    ),
  };
}

/** The national workbook: the example plan with a few entries already made. */
export function nationalPlan(): Plan {
  let p = withExampleOperationalPlan(parsePlan(MALI_NAP_2019_2023));
  p = setActual(p, "I1.1.1", 2019, 12);
  p = {
    ...p,
    actions: p.actions.map((a, i) => (i === 0 ? { ...a, progress: 50, status: "in-progress" } : a)),
  };
  return parsePlan(p);
}

export function submissions(national: Plan): Incoming[] {
  const base = parsePlan({ ...national, imports: [], conflicts: [], submissions: [] });
  const a0 = base.actions[0];
  // MPFEF: agrees with the national value, fills a blank actual, adds a new action with a budget line.
  let mpfef = setActual(base, "I1.1.1", 2019, 12);
  mpfef = setActual(mpfef, "I1.2.1", 2019, 4);
  mpfef = parsePlan({
    ...mpfef,
    actions: [
      ...mpfef.actions,
      {
        code: "EX-100",
        output: "1.2.1",
        text: "[EXAMPLE] New mediation training",
        lead: "MPFEF",
        partners: [],
        regions: ["MOP"],
        years: [2020],
        budget: [
          { year: 2020, source: "BN", amount: 7000000, secured: null, status: "indicative" },
        ],
        status: "not-started",
        progress: 0,
      },
    ],
  });
  // OSC: disagrees with the national actual (conflict), and with MPFEF on a blank one (conflict, stays blank).
  let osc = setActual(base, "I1.1.1", 2019, 15);
  osc = setActual(osc, "I1.2.1", 2019, 5);
  osc = setActual(osc, "I2.1", 2020, 30);
  // ONU-FEMMES: late, changes an action's progress the national workbook already holds, hostile text in a new action.
  const unw = parsePlan({
    ...base,
    actions: [
      ...base.actions.map((a) => (a.code === a0.code ? { ...a, progress: 80 } : a)),
      ...HOSTILE.map((text, i) => ({
        code: `EX-20${i}`,
        output: "2.1.1",
        text,
        lead: "ONU-FEMMES",
        partners: [],
        regions: [],
        years: [2020],
        budget: [],
        status: "not-started" as const,
        progress: 0,
      })),
    ],
    indicators: [...base.indicators, { ...base.indicators[0], code: "I9.9", parent: "1" }],
  });
  return [
    { file: "mpfef.xlsx", focalPoint: "MPFEF", submittedAt: "2021-01-20", plan: mpfef },
    { file: "osc.xlsx", focalPoint: "OSC", submittedAt: "2021-01-25", plan: osc },
    { file: "onu-femmes.xlsx", focalPoint: "ONU-FEMMES", submittedAt: "2021-02-10", plan: unw },
  ];
}

/**
 * A submission's plan as a prepared and submitted copy: its stamp (tblNapMeta)
 * names its focal point, year and copy id, and when it was submitted
 * (timeliness follows it, never the file's time).
 */
export function stamped(
  sub: Incoming,
  year = 2020,
  copyId = `${sub.focalPoint}-${year}-copy`
): Plan {
  return parsePlan({
    ...sub.plan,
    stamp: { copyId, focalPoint: sub.focalPoint!, year, submittedAt: sub.submittedAt },
  });
}
