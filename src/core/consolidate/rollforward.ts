/**
 * The annual update of the three-year operational plan: every unfinished
 * action (neither completed nor cancelled) planned in the year just ended or
 * any earlier year is carried into the next year. Past years' entries
 * (budget lines, progress, status) are not touched. What the TMU must look
 * at is named, not changed: budget lines of finished actions for years still
 * to come, and conflicts still pending. A year whose next is outside the
 * plan's period is refused.
 */
import { t } from "../i18n";
import { parsePlan, type Lang, type Plan } from "../model";

const FINISHED = new Set(["completed", "cancelled"]);

export interface RollForward {
  plan: Plan;
  year: number;
  carried: string[];
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
  const finishedFuture: string[] = [];
  const actions = plan.actions.map((a) => {
    if (FINISHED.has(a.status)) {
      for (const b of a.budget)
        if (b.year > fromYear) finishedFuture.push(`${a.code}|${b.year}|${b.source}`);
      return a;
    }
    if (!a.years.some((y) => y <= fromYear) || a.years.includes(year)) return a;
    carried.push(a.code);
    return { ...a, years: [...a.years, year].sort((x, y) => x - y) };
  });
  const pending = [
    ...new Set(
      plan.conflicts.filter((c) => c.decision === "pending" && !c.settledAt).map((c) => c.id)
    ),
  ];
  return { plan: parsePlan({ ...plan, actions }), year, carried, finishedFuture, pending };
}
