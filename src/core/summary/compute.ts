/**
 * The summaries computed in TypeScript from the plan model: what the
 * summary sheets' native formulas compute in Excel, for the command line,
 * the task pane and the tests that hold the two to each other.
 *
 * Every measure comes from its own file in src/core/calc (the same
 * TypeScript half the custom functions call, beside the formula the
 * summary sheets show): this module lays the plan out as the tables'
 * columns and loops over the summaries' rows, calling the measures. Where a
 * measure gives an error (nothing to divide by, no data) the summary gives
 * null, as the sheet shows a blank. Counts and sums are counts and sums.
 */
import { pillarIndex, planYears, type Action, type Indicator, type Plan } from "../model";
import { completeness, type Completeness } from "../consolidate/completeness";
import {
  budgetShare,
  CalcError,
  completionRate,
  closedGap,
  openGap,
  entriesToCheck,
  executionRate,
  indicatorProgress,
  readerFor,
  codeKey,
  rowsByIndicatorYear,
  shownStatus,
  yearActualOf,
  yearTargetFromRows,
  type ValueRow,
  type CellValue,
  type ShownStatus,
  type Range,
  type TrackStatus,
  type YearValue,
} from "../calc";

/**
 * Money disbursed and spent (money, issue 14 point 4): the sums of a
 * summary row's budget lines, and the execution rates, spent over planned
 * and over secured (null where no amount spent is filled in or there is
 * nothing to divide by, as the sheet shows a blank).
 */
export interface Execution {
  disbursed: number;
  spent: number;
  execPlanned: number | null;
  execSecured: number | null;
}

export interface PillarSummary extends Execution {
  pillar: string;
  planned: number;
  completed: number;
  inProgress: number;
  notStarted: number;
  postponed: number;
  cancelled: number;
  /**
   * Completed over planned actions with a status (cancelled left out), or
   * null when nothing is left planned.
   */
  completionRate: number | null;
  budget: number;
  share: number | null;
  onTrack: number;
  offTrack: number;
  noData: number;
  toCheck: number;
}

export interface IndicatorSummary {
  code: string;
  pillar: string | null;
  baseline: number | null;
  /** The actual of each plan year: from tblValues' rows where the year has some, else the typed one. */
  actuals: { year: number; value: number | null }[];
  latestYear: number | null;
  latest: number | null;
  /** The actual compared with the target: the years' actuals aggregated (sum, latest, highest, average). */
  actual: number | null;
  /** ptargets: the target of each plan year: from tblValues' rows holding a target, else the typed one. */
  targets: { year: number; value: number | null }[];
  target: number | null;
  /** The target of the latest actual's year (from the rows, else typed); null when none. */
  yearTarget: number | null;
  progress: number | null;
  status: TrackStatus;
  /** How many of its value cells are wrong for its measure (the full check's errors). */
  toCheck: number;
  /** What the sheet shows: the status, or "toCheck" when some value cell is to check. */
  shown: ShownStatus;
}

export interface Summary {
  total: number;
  pillars: PillarSummary[];
  stakeholders: ({
    code: string;
    budget: number;
    share: number | null;
    led: number;
    partner: number;
  } & Execution)[];
  /** `gap`: of actions still open; `gapClosed`: of cancelled and completed actions, apart. */
  funding: ({
    code: string;
    planned: number;
    secured: number;
    gap: number;
    gapClosed: number;
    share: number | null;
  } & Execution)[];
  years: ({
    year: number;
    planned: number;
    secured: number;
    gap: number;
    gapClosed: number;
    actions: number;
  } & Execution)[];
  /** `years`: the region's budget per plan year (regional plans: its copy's By year totals). */
  regions: { code: string; actions: number; budget: number; years: Record<number, number> }[];
  indicators: IndicatorSummary[];
  /**
   * The Total rows' rate and shares: the completion rate of every action
   * with a status, and the share of the NAP budget the pillars', the
   * stakeholders' and the funding sources' rows hold (null for a budget of 0).
   */
  totals: {
    completionRate: number | null;
    pillarsShare: number | null;
    stakeholdersShare: number | null;
    fundingShare: number | null;
    /** The execution rates over every budget line (money). */
    execPlanned: number | null;
    execSecured: number | null;
  };
  /** The donors' view: by pillar, funding source and output; by partner and year (donor, issue 18). */
  donor: Record<"pillars" | "sources" | "outputs", DonorLine[]> & { partners: PartnerLine[] };
}

/**
 * donor (issue 18): a funding source's money in one year. `gap` is planned
 * minus secured over every line; `fundableGap` over the lines of actions
 * neither completed nor cancelled (src/core/calc/budget.ts openGap). The
 * `...Donor` figures are in the donor's currency, null without an exchange rate.
 */
export interface PartnerLine {
  code: string;
  year: number;
  planned: number;
  committed: number;
  secured: number;
  disbursed: number;
  spent: number;
  gap: number;
  fundableGap: number;
  donor: Record<
    "planned" | "committed" | "secured" | "disbursed" | "spent" | "gap" | "fundableGap",
    number
  > | null;
}

export interface DonorLine {
  code: string;
  planned: number;
  committed: number;
  indicative: number;
  secured: number;
  /** Money disbursed and spent (money), in the plan currency. */
  disbursed: number;
  spent: number;
  /** Of actions still open. */
  gap: number;
  /** Of cancelled and completed actions. */
  gapClosed: number;
  /** Planned in the donor's currency, when the plan gives an exchange rate. */
  plannedDonor: number | null;
  /** Disbursed and spent in the donor's currency, as planned is. */
  disbursedDonor: number | null;
  spentDonor: number | null;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** A calculation's result, or null where it has nothing to say (the sheet shows a blank). */
function orNull<T>(f: () => T): T | null {
  try {
    return f();
  } catch (e) {
    if (e instanceof CalcError) return null;
    throw e;
  }
}

/** A column as Excel hands it to a calculation. */
const asRange = (xs: readonly CellValue[]): Range => xs.map((x) => [x]);

/**
 * An indicator's yearly cells over the plan years, as the Indicator progress
 * sheet reads them: labels ("Oui", "Moyen") as their numbers for a yes/no or
 * level indicator.
 */
const yearly = (
  years: readonly number[],
  values: readonly { year: number; value: CellValue }[],
  read: (v: CellValue) => number | null
) =>
  years.map((year): YearValue => ({
    year,
    value: read(values.find((v) => v.year === year)?.value ?? null),
  }));

/** An indicator's value cells in the table's order: baseline, targets, end target, actuals. */
export function valueCells(plan: Plan, ind: Indicator): CellValue[] {
  const years = planYears(plan);
  const at = (xs: readonly { year: number; value: CellValue }[], y: number) =>
    xs.find((v) => v.year === y)?.value ?? null;
  return [
    ind.baseline?.value ?? null,
    ...years.map((y) => at(ind.targets, y)),
    ind.endTarget,
    ...years.map((y) => at(ind.actuals, y)),
  ];
}

/**
 * An indicator's actual for each plan year as the Indicator progress sheet
 * shows it: from its rows of tblValues where the year has some
 * (src/core/calc/value-rows.ts), else the typed actual read by its measure.
 */
export function yearActuals(
  plan: Plan,
  ind: Indicator,
  byYear: Map<string, ValueRow[]> = rowsByIndicatorYear(plan.values)
): YearValue[] {
  const read = readerFor(ind.measure, plan.levelScale);
  return yearly(planYears(plan), ind.actuals, read).map((yv) => {
    const rows = byYear.get(`${codeKey(ind.code)}|${yv.year}`) ?? [];
    const own = yearActualOf(
      rows,
      ind.measure,
      ind.aggregation,
      plan.regions.map((r) => r.code)
    );
    return own.has ? { year: yv.year, value: own.value } : yv;
  });
}

/**
 * ptargets: an indicator's target for each plan year as the Indicator
 * progress sheet shows it: from its rows of tblValues holding a target
 * where the year has some (src/core/calc/value-rows.ts), else the typed
 * yearly target read by its measure.
 */
export function yearTargets(
  plan: Plan,
  ind: Indicator,
  byYear: Map<string, ValueRow[]> = rowsByIndicatorYear(plan.values)
): YearValue[] {
  const read = readerFor(ind.measure, plan.levelScale);
  return yearly(planYears(plan), ind.targets, read).map((yv) => {
    const rows = byYear.get(`${codeKey(ind.code)}|${yv.year}`) ?? [];
    const own = yearTargetFromRows(
      rows,
      ind.measure,
      ind.aggregation,
      plan.regions.map((r) => r.code)
    );
    return own.has ? { year: yv.year, value: own.value } : yv;
  });
}

export function indicatorSummary(
  plan: Plan,
  ind: Indicator,
  pillar: string | null,
  byYear?: Map<string, ValueRow[]>
): IndicatorSummary {
  const years = planYears(plan);
  const read = readerFor(ind.measure, plan.levelScale);
  const baseline = read(ind.baseline?.value ?? null);
  const actuals = yearActuals(plan, ind, byYear);
  const targets = yearTargets(plan, ind, byYear);
  const r = indicatorProgress({
    baseline,
    actuals,
    targets,
    endTarget: read(ind.endTarget),
    direction: ind.direction,
    aggregation: ind.aggregation,
    years,
  });
  const toCheck = entriesToCheck(valueCells(plan, ind), ind.measure, plan.levelScale);
  return {
    code: ind.code,
    pillar,
    baseline,
    actuals: actuals.map((a) => ({ year: a.year, value: a.value as number | null })),
    latestYear: r.latest?.year ?? null,
    latest: r.latest?.value ?? null,
    actual: r.actual,
    targets: targets.map((a) => ({ year: a.year, value: a.value as number | null })),
    target: r.target,
    yearTarget: r.yearTarget,
    progress: r.progress,
    status: r.status,
    toCheck,
    shown: shownStatus(r.status, toCheck),
  };
}

export function summarize(plan: Plan): Summary {
  const { ofOutput: outputPillar, ofIndicator } = pillarIndex(plan);
  const pillarOfAction = (a: Action) => outputPillar.get(a.output) ?? null;
  const lines = plan.actions.flatMap((a) => a.budget.map((b) => ({ ...b, action: a })));
  const total = sum(lines.map((l) => l.amount));
  // The tables' columns, as the custom functions get them.
  const actions = {
    status: asRange(plan.actions.map((a) => a.status)),
    pillar: asRange(plan.actions.map(pillarOfAction)),
  };
  const budget = {
    amount: asRange(lines.map((l) => l.amount)),
    secured: asRange(lines.map((l) => l.secured)),
    disbursed: asRange(lines.map((l) => l.disbursed)),
    spent: asRange(lines.map((l) => l.spent)),
    pillar: asRange(lines.map((l) => pillarOfAction(l.action))),
    lead: asRange(lines.map((l) => l.action.lead)),
    source: asRange(lines.map((l) => l.source)),
    year: asRange(lines.map((l) => l.year)),
    output: asRange(lines.map((l) => l.action.output)),
    action: asRange(lines.map((l) => l.action.code)),
  };
  const actionCols = {
    codes: asRange(plan.actions.map((a) => a.code)),
    statuses: actions.status,
  };
  type By = Exclude<keyof typeof budget, "amount" | "secured" | "disbursed" | "spent" | "action">;
  const shareBy = (by: By, key: string) =>
    orNull(() => budgetShare(budget.amount, budget[by], key, [], {}, 0));
  const gapBy = (by: By, key: string | number) =>
    openGap(budget.amount, budget.secured, budget.action, actionCols, [
      { range: budget[by], value: key },
    ]);
  const closedBy = (by: By, key: string | number) =>
    closedGap(budget.amount, budget.secured, budget.action, actionCols, [
      { range: budget[by], value: key },
    ]);

  /** Disbursed and spent summed, and the execution rates, of the lines whose `by` holds `key`. */
  const executionBy = (by: By, key: string | number): Execution => {
    const f = [{ range: budget[by], value: key }];
    const mine = lines.filter((_l, i) => budget[by][i][0] === key);
    return {
      disbursed: sum(mine.map((l) => l.disbursed ?? 0)),
      spent: sum(mine.map((l) => l.spent ?? 0)),
      execPlanned: orNull(() => executionRate(budget.spent, budget.amount, f)),
      execSecured: orNull(() => executionRate(budget.spent, budget.secured, f)),
    };
  };

  const byYear = rowsByIndicatorYear(plan.values);
  const indicators = plan.indicators.map((i) =>
    indicatorSummary(plan, i, ofIndicator.get(i.code) ?? null, byYear)
  );
  const pillars = plan.pillars.map((p): PillarSummary => {
    const acts = plan.actions.filter((a) => pillarOfAction(a) === p.code);
    const n = (s: Action["status"]) => acts.filter((a) => a.status === s).length;
    const inds = indicators.filter((i) => i.pillar === p.code);
    return {
      pillar: p.code,
      planned: acts.length,
      completed: n("completed"),
      inProgress: n("in-progress"),
      notStarted: n("not-started"),
      postponed: n("postponed"),
      cancelled: n("cancelled"),
      completionRate: orNull(() =>
        completionRate(actions.status, { pillars: actions.pillar, pillar: p.code })
      ),
      budget: sum(lines.filter((l) => pillarOfAction(l.action) === p.code).map((l) => l.amount)),
      share: shareBy("pillar", p.code),
      onTrack: inds.filter((i) => i.shown === "onTrack").length,
      offTrack: inds.filter((i) => i.shown === "offTrack").length,
      noData: inds.filter((i) => i.shown === "noData").length,
      toCheck: inds.filter((i) => i.shown === "toCheck").length,
      ...executionBy("pillar", p.code),
    };
  });
  const stakeholders = plan.stakeholders.map((s) => ({
    code: s.code,
    budget: sum(lines.filter((l) => l.action.lead === s.code).map((l) => l.amount)),
    share: shareBy("lead", s.code),
    led: plan.actions.filter((a) => a.lead === s.code).length,
    partner: plan.actions.filter((a) => a.partners.includes(s.code)).length,
    ...executionBy("lead", s.code),
  }));
  const funding = plan.fundingSources.map((f) => {
    const mine = lines.filter((l) => l.source === f.code);
    return {
      code: f.code,
      planned: sum(mine.map((l) => l.amount)),
      secured: sum(mine.map((l) => l.secured ?? 0)),
      gap: gapBy("source", f.code),
      gapClosed: closedBy("source", f.code),
      share: shareBy("source", f.code),
      ...executionBy("source", f.code),
    };
  });
  const years = planYears(plan).map((y) => {
    const mine = lines.filter((l) => l.year === y);
    return {
      year: y,
      planned: sum(mine.map((l) => l.amount)),
      secured: sum(mine.map((l) => l.secured ?? 0)),
      gap: gapBy("year", y),
      gapClosed: closedBy("year", y),
      actions: plan.actions.filter((a) => a.years.includes(y)).length,
      ...executionBy("year", y),
    };
  });
  const regions = plan.regions.map((r) => {
    const acts = plan.actions.filter((a) => a.regions.includes(r.code));
    return {
      code: r.code,
      actions: acts.length,
      budget: sum(acts.flatMap((a) => a.budget.map((b) => b.amount))),
      years: Object.fromEntries(
        planYears(plan).map((y) => [
          y,
          sum(acts.flatMap((a) => a.budget.filter((b) => b.year === y).map((b) => b.amount))),
        ])
      ),
    };
  });
  const donorLine = (code: string, by: By, mine: typeof lines): DonorLine => {
    const planned = sum(mine.map((l) => l.amount));
    const committed = sum(mine.filter((l) => l.status === "committed").map((l) => l.amount));
    const rate = plan.exchangeRate?.rate;
    const disbursed = sum(mine.map((l) => l.disbursed ?? 0));
    const spent = sum(mine.map((l) => l.spent ?? 0));
    return {
      code,
      planned,
      committed,
      indicative: planned - committed,
      secured: sum(mine.map((l) => l.secured ?? 0)),
      disbursed,
      spent,
      gap: gapBy(by, code),
      gapClosed: closedBy(by, code),
      plannedDonor: rate ? planned / rate : null,
      disbursedDonor: rate ? disbursed / rate : null,
      spentDonor: rate ? spent / rate : null,
    };
  };
  const donor = {
    pillars: plan.pillars.map((p) =>
      donorLine(
        p.code,
        "pillar",
        lines.filter((l) => pillarOfAction(l.action) === p.code)
      )
    ),
    sources: plan.fundingSources.map((f) =>
      donorLine(
        f.code,
        "source",
        lines.filter((l) => l.source === f.code)
      )
    ),
    outputs: plan.outputs.map((o) =>
      donorLine(
        o.code,
        "output",
        lines.filter((l) => l.action.output === o.code)
      )
    ),
  };
  // donor (issue 18): by funding partner (the budget lines' funding source) and year.
  const partners = plan.fundingSources.flatMap((f) =>
    planYears(plan).map((year): PartnerLine => {
      const mine = lines.filter((l) => l.source === f.code && l.year === year);
      const planned = sum(mine.map((l) => l.amount));
      const secured = sum(mine.map((l) => l.secured ?? 0));
      const line = {
        code: f.code,
        year,
        planned,
        committed: sum(mine.filter((l) => l.status === "committed").map((l) => l.amount)),
        secured,
        disbursed: sum(mine.map((l) => l.disbursed ?? 0)),
        spent: sum(mine.map((l) => l.spent ?? 0)),
        gap: planned - secured,
        fundableGap: openGap(budget.amount, budget.secured, budget.action, actionCols, [
          { range: budget.source, value: f.code },
          { range: budget.year, value: year },
        ]),
      };
      const rate = plan.exchangeRate?.rate;
      return {
        ...line,
        donor: rate
          ? {
              planned: line.planned / rate,
              committed: line.committed / rate,
              secured: line.secured / rate,
              disbursed: line.disbursed / rate,
              spent: line.spent / rate,
              gap: line.gap / rate,
              fundableGap: line.fundableGap / rate,
            }
          : null,
      };
    })
  );
  const ofTotal = (x: number) => (total === 0 ? null : x / total);
  const totals = {
    completionRate: orNull(() => completionRate(actions.status)),
    pillarsShare: ofTotal(sum(pillars.map((p) => p.budget))),
    stakeholdersShare: ofTotal(sum(stakeholders.map((s) => s.budget))),
    fundingShare: ofTotal(sum(funding.map((f) => f.planned))),
    execPlanned: orNull(() => executionRate(budget.spent, budget.amount)),
    execSecured: orNull(() => executionRate(budget.spent, budget.secured)),
  };
  return {
    total,
    pillars,
    stakeholders,
    funding,
    years,
    regions,
    indicators,
    totals,
    donor: { ...donor, partners },
  };
}

/**
 * donor (issue 18): what the Donor summary says of its data's age and of the
 * period's reporting. "As of" is the latest date the workbook's logs carry
 * (the change log, the import log, the submissions), each a day (YYYY-MM-DD);
 * none when they are empty (a template never consolidated). The period is
 * the latest year focal points submitted for, else the plan year of the "as
 * of" date (within the plan), else the plan's first year; its completeness
 * is src/core/consolidate/completeness.ts's (submitted / expected).
 */
export function donorStatus(plan: Plan): {
  asOf: { date: string; source: "changes" | "imports" | "submissions" } | null;
  completeness: Completeness;
} {
  const day = (s: string) => (/^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : null);
  let asOf: { date: string; source: "changes" | "imports" | "submissions" } | null = null;
  const consider = (s: string, source: "changes" | "imports" | "submissions") => {
    const d = day(s);
    if (d && (!asOf || d > asOf.date)) asOf = { date: d, source };
  };
  for (const c of plan.changes) consider(c.at, "changes");
  for (const i of plan.imports) consider(i.importedAt, "imports");
  for (const s of plan.submissions) consider(s.submittedAt, "submissions");
  const found = asOf as { date: string } | null;
  const submitted = plan.submissions.map((s) => s.year);
  const year = submitted.length
    ? Math.max(...submitted)
    : found
      ? Math.min(plan.period.end, Math.max(plan.period.start, Number(found.date.slice(0, 4))))
      : plan.period.start;
  return { asOf, completeness: completeness(plan, year) };
}
