/**
 * The annual update of the three-year operational plan: unfinished actions
 * of the year just ended are carried into the next year. Past years'
 * entries (budget lines, progress, status) are not touched.
 */
import { parsePlan, type Plan } from "../model";

const FINISHED = new Set(["completed", "cancelled"]);

export interface RollForward {
  plan: Plan;
  year: number;
  carried: string[];
}

export function rollForward(plan: Plan, fromYear: number): RollForward {
  const year = fromYear + 1;
  if (year > plan.period.end) return { plan, year, carried: [] };
  const carried: string[] = [];
  const actions = plan.actions.map((a) => {
    if (FINISHED.has(a.status) || !a.years.includes(fromYear) || a.years.includes(year)) return a;
    carried.push(a.code);
    return { ...a, years: [...a.years, year].sort((x, y) => x - y) };
  });
  return { plan: parsePlan({ ...plan, actions }), year, carried };
}
