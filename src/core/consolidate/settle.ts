/**
 * Settling conflicts: the TMU marks one proposal "accept" (or all "reject")
 * in the conflicts table; settling applies the accepted value, keeps every
 * row of the conflict as a record, and stamps who settled it and when.
 */
import type { Conflict, ImportRecord, Plan } from "../model";
import { withValue } from "./merge";

export interface SettleResult {
  plan: Plan;
  settled: string[];
  /** Conflict ids that cannot be settled as marked (two accepted proposals). */
  ambiguous: string[];
}

export function settle(plan: Plan, at: string, by = "TMU"): SettleResult {
  const groups = new Map<string, Conflict[]>();
  for (const c of plan.conflicts) {
    if (c.settledAt) continue;
    const g = groups.get(c.id) ?? [];
    g.push(c);
    groups.set(c.id, g);
  }
  let next = plan;
  const settled: string[] = [];
  const ambiguous: string[] = [];
  const log: ImportRecord[] = [];
  for (const [id, rows] of groups) {
    if (rows.some((r) => r.decision === "pending")) continue;
    const accepted = rows.filter((r) => r.decision === "accept");
    const values = new Set(accepted.map((r) => JSON.stringify(r.proposed)));
    if (values.size > 1) {
      ambiguous.push(id);
      continue;
    }
    if (accepted.length) {
      const a = accepted[0];
      next = withValue(next, a.table, a.key, a.column, a.proposed);
      log.push({
        importedAt: at,
        file: a.source,
        table: a.table,
        key: a.key,
        column: a.column,
        value: a.proposed,
        outcome: "settled",
      });
    }
    settled.push(id);
  }
  const done = new Set(settled);
  return {
    plan: {
      ...next,
      conflicts: next.conflicts.map((c) =>
        done.has(c.id) && !c.settledAt
          ? { ...c, settledAt: at.slice(0, 10), settledBy: c.settledBy ?? by }
          : c
      ),
      imports: [...next.imports, ...log],
    },
    settled,
    ambiguous,
  };
}
