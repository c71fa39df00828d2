/**
 * The summaries computed in TypeScript from the plan model: what the
 * summary sheets' native formulas compute in Excel, for the command line,
 * the task pane and the tests that hold the two to each other.
 */
import { pillarIndex, planYears, type Action, type Indicator, type Plan } from "../model";
import { CalcError, completionRate, progressToTarget } from "../calc";

export interface PillarSummary {
  pillar: string;
  planned: number;
  completed: number;
  inProgress: number;
  notStarted: number;
  postponed: number;
  cancelled: number;
  /** completed / (planned - cancelled), or null when nothing is left planned. */
  completionRate: number | null;
  budget: number;
  share: number | null;
  onTrack: number;
  offTrack: number;
  noData: number;
}

export interface IndicatorSummary {
  code: string;
  pillar: string | null;
  baseline: number | null;
  latestYear: number | null;
  latest: number | null;
  target: number | null;
  progress: number | null;
  status: "onTrack" | "offTrack" | "noData";
}

export interface Summary {
  total: number;
  pillars: PillarSummary[];
  stakeholders: {
    code: string;
    budget: number;
    share: number | null;
    led: number;
    partner: number;
  }[];
  funding: { code: string; planned: number; secured: number; gap: number; share: number | null }[];
  years: { year: number; planned: number; secured: number; gap: number; actions: number }[];
  regions: { code: string; actions: number; budget: number }[];
  indicators: IndicatorSummary[];
  /** The donors' view: by pillar, funding source and output. */
  donor: Record<"pillars" | "sources" | "outputs", DonorLine[]>;
}

export interface DonorLine {
  code: string;
  planned: number;
  committed: number;
  indicative: number;
  secured: number;
  gap: number;
  /** Planned in the donor's currency, when the plan gives an exchange rate. */
  plannedDonor: number | null;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const ratio = (n: number, d: number) => (d === 0 ? null : n / d);

/** A calculation's result, or null where it has nothing to say (the sheet shows a blank). */
function orNull<T>(f: () => T): T | null {
  try {
    return f();
  } catch (e) {
    if (e instanceof CalcError) return null;
    throw e;
  }
}

export function indicatorSummary(
  plan: Plan,
  ind: Indicator,
  pillar: string | null
): IndicatorSummary {
  const years = planYears(plan);
  const latestActual = [...ind.actuals]
    .filter((a) => years.includes(a.year))
    .sort((a, b) => b.year - a.year)[0];
  const latestTarget = [...ind.targets]
    .filter((a) => years.includes(a.year))
    .sort((a, b) => b.year - a.year)[0];
  const target = ind.endTarget ?? latestTarget?.value ?? null;
  const baseline = ind.baseline?.value ?? null;
  const latest = latestActual?.value ?? null;
  const progress = progressToTarget(baseline, latest, target, ind.direction);
  // On track when progress keeps pace with the share of the period elapsed by the latest actual.
  const elapsed = latestActual ? (latestActual.year - years[0] + 1) / years.length : 0;
  return {
    code: ind.code,
    pillar,
    baseline,
    latestYear: latestActual?.year ?? null,
    latest,
    target,
    progress,
    status: progress === null ? "noData" : progress >= elapsed ? "onTrack" : "offTrack",
  };
}

export function summarize(plan: Plan): Summary {
  const { ofOutput: outputPillar, ofIndicator } = pillarIndex(plan);
  const pillarOfAction = (a: Action) => outputPillar.get(a.output) ?? null;
  const lines = plan.actions.flatMap((a) => a.budget.map((b) => ({ ...b, action: a })));
  const total = sum(lines.map((l) => l.amount));
  const indicators = plan.indicators.map((i) =>
    indicatorSummary(plan, i, ofIndicator.get(i.code) ?? null)
  );
  const pillars = plan.pillars.map((p): PillarSummary => {
    const acts = plan.actions.filter((a) => pillarOfAction(a) === p.code);
    const n = (s: Action["status"]) => acts.filter((a) => a.status === s).length;
    const budget = sum(
      lines.filter((l) => pillarOfAction(l.action) === p.code).map((l) => l.amount)
    );
    const inds = indicators.filter((i) => i.pillar === p.code);
    return {
      pillar: p.code,
      planned: acts.length,
      completed: n("completed"),
      inProgress: n("in-progress"),
      notStarted: n("not-started"),
      postponed: n("postponed"),
      cancelled: n("cancelled"),
      completionRate: orNull(() => completionRate(acts.map((a) => a.status))),
      budget,
      share: ratio(budget, total),
      onTrack: inds.filter((i) => i.status === "onTrack").length,
      offTrack: inds.filter((i) => i.status === "offTrack").length,
      noData: inds.filter((i) => i.status === "noData").length,
    };
  });
  const stakeholders = plan.stakeholders.map((s) => {
    const budget = sum(lines.filter((l) => l.action.lead === s.code).map((l) => l.amount));
    return {
      code: s.code,
      budget,
      share: ratio(budget, total),
      led: plan.actions.filter((a) => a.lead === s.code).length,
      partner: plan.actions.filter((a) => a.partners.includes(s.code)).length,
    };
  });
  const funding = plan.fundingSources.map((f) => {
    const mine = lines.filter((l) => l.source === f.code);
    const planned = sum(mine.map((l) => l.amount));
    const secured = sum(mine.map((l) => l.secured ?? 0));
    return { code: f.code, planned, secured, gap: planned - secured, share: ratio(planned, total) };
  });
  const years = planYears(plan).map((y) => {
    const mine = lines.filter((l) => l.year === y);
    const planned = sum(mine.map((l) => l.amount));
    const secured = sum(mine.map((l) => l.secured ?? 0));
    return {
      year: y,
      planned,
      secured,
      gap: planned - secured,
      actions: plan.actions.filter((a) => a.years.includes(y)).length,
    };
  });
  const regions = plan.regions.map((r) => {
    const acts = plan.actions.filter((a) => a.regions.includes(r.code));
    return {
      code: r.code,
      actions: acts.length,
      budget: sum(acts.flatMap((a) => a.budget.map((b) => b.amount))),
    };
  });
  const donorLine = (code: string, mine: typeof lines): DonorLine => {
    const planned = sum(mine.map((l) => l.amount));
    const committed = sum(mine.filter((l) => l.status === "committed").map((l) => l.amount));
    const secured = sum(mine.map((l) => l.secured ?? 0));
    const rate = plan.exchangeRate?.rate;
    return {
      code,
      planned,
      committed,
      indicative: planned - committed,
      secured,
      gap: planned - secured,
      plannedDonor: rate ? planned / rate : null,
    };
  };
  const donor = {
    pillars: plan.pillars.map((p) =>
      donorLine(
        p.code,
        lines.filter((l) => pillarOfAction(l.action) === p.code)
      )
    ),
    sources: plan.fundingSources.map((f) =>
      donorLine(
        f.code,
        lines.filter((l) => l.source === f.code)
      )
    ),
    outputs: plan.outputs.map((o) =>
      donorLine(
        o.code,
        lines.filter((l) => l.action.output === o.code)
      )
    ),
  };
  return { total, pillars, stakeholders, funding, years, regions, indicators, donor };
}
