/**
 * The annual update of the three-year operational plan: every unfinished
 * action (neither completed nor cancelled) planned in the year just ended or
 * any earlier year is carried into the next year. Past years' entries
 * (budget lines, progress, status) are not touched.
 *
 * A carried action gets a budget proposed for the new year: for each funding
 * source of its last budgeted year, a line of that year's planned amount,
 * indicative, not secured, its origin saying it was proposed at roll-forward.
 * (The workbook keeps no spending, so what is left unspent is not known: the
 * TMU adjusts the proposal.) A source that already has a line in the new year
 * gets none.
 *
 * What the TMU must look at is named, not changed: budget lines of finished
 * actions for years still to come, and conflicts still pending. A year whose
 * next is outside the plan's period is refused.
 */
import { backupLines, type UpgradeBackup } from "../template/backup";
import { t } from "../i18n";
import { parsePlan, type Action, type BudgetLine, type Lang, type Plan } from "../model";

const FINISHED = new Set(["completed", "cancelled"]);

export interface RollForward {
  plan: Plan;
  year: number;
  carried: string[];
  /** Budget lines proposed for the new year (action | year | source), indicative and not secured. */
  proposed: string[];
  /** Budget lines (action | year | source) of completed or cancelled actions, for years after the one ended. */
  finishedFuture: string[];
  /** Conflicts still pending (their ids): settle them before or after, they are not lost. */
  pending: string[];
}

export class RollForwardRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RollForwardRefused";
  }
}

export function rollForward(plan: Plan, fromYear: number, lang: Lang = "en"): RollForward {
  const year = fromYear + 1;
  if (!Number.isInteger(fromYear) || fromYear < plan.period.start || year > plan.period.end) {
    throw new RollForwardRefused(
      t(lang, "rollForward.outside", {
        from: fromYear,
        start: plan.period.start,
        last: plan.period.end - 1,
      })
    );
  }
  const carried: string[] = [];
  const proposed: string[] = [];
  const finishedFuture: string[] = [];
  const actions = plan.actions.map((a) => {
    if (FINISHED.has(a.status)) {
      for (const b of a.budget)
        if (b.year > fromYear) finishedFuture.push(`${a.code}|${b.year}|${b.source}`);
      return a;
    }
    if (!a.years.some((y) => y <= fromYear) || a.years.includes(year)) return a;
    carried.push(a.code);
    const lines = proposedLines(a, fromYear, year, lang);
    for (const b of lines) proposed.push(`${a.code}|${b.year}|${b.source}`);
    return {
      ...a,
      years: [...a.years, year].sort((x, y) => x - y),
      budget: [...a.budget, ...lines],
    };
  });
  const pending = [
    ...new Set(
      plan.conflicts.filter((c) => c.decision === "pending" && !c.settledAt).map((c) => c.id)
    ),
  ];
  return {
    plan: parsePlan({ ...plan, actions }),
    year,
    carried,
    proposed,
    finishedFuture,
    pending,
  };
}

/** The new year's lines of a carried action: its last budgeted year's, one per source, proposed. */
function proposedLines(a: Action, fromYear: number, year: number, lang: Lang): BudgetLine[] {
  const last = Math.max(
    -Infinity,
    ...a.budget.filter((b) => b.year <= fromYear).map((b) => b.year)
  );
  const taken = new Set(a.budget.filter((b) => b.year === year).map((b) => b.source));
  const origin = t(lang, "rollForward.proposedOrigin", { year: last });
  const out: BudgetLine[] = [];
  for (const b of a.budget) {
    if (b.year !== last || taken.has(b.source)) continue;
    taken.add(b.source);
    // Nothing is secured, disbursed or spent yet for the new year.
    out.push({
      ...b,
      year,
      secured: null,
      disbursed: null,
      spent: null,
      status: "indicative",
      origin,
    });
  }
  return out;
}

/** What a roll-forward did (standard output) and what the TMU must look at (standard error). */
export function describeRollForward(
  r: Omit<RollForward, "plan"> & { written?: { backup?: UpgradeBackup } },
  lang: Lang
): { done: string[]; toLook: string[] } {
  const done = [t(lang, "consolidate.rolled", { year: r.year, count: r.carried.length })];
  if (r.proposed.length)
    done.push(t(lang, "rollForward.proposed", { count: r.proposed.length, year: r.year }));
  done.push(...backupLines(r.written?.backup, lang));
  const toLook: string[] = [];
  if (r.finishedFuture.length)
    toLook.push(
      t(lang, "rollForward.finishedFuture", {
        count: r.finishedFuture.length,
        lines: r.finishedFuture.map((l) => l.split("|").join(" ")).join(", "),
      })
    );
  if (r.pending.length)
    toLook.push(
      t(lang, "rollForward.pending", { count: r.pending.length, ids: r.pending.join(", ") })
    );
  return { done, toLook };
}
