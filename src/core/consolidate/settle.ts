/**
 * Settling conflicts: the TMU marks one proposal "accept" (or all "reject")
 * in the conflicts table; settling applies the accepted value, keeps every
 * row of the conflict as a record, and stamps who settled it and when.
 *
 * It tells the truth: every accepted proposal lands, or its conflict is
 * reported with why it did not (a new row whose required fields were not all
 * accepted, a budget line whose action is not in the plan, a value row whose
 * indicator is not in the framework, a row the plan
 * refuses); a conflict with an Accept and a proposal still pending is named
 * with the pending one. An owner's update made at import (a settled row
 * accepted by its owner) is undone by marking it Reject: the value before
 * comes back.
 *
 * Fast: the plan's tables are flattened once, every accepted value applied,
 * and the plan rebuilt once (not once per conflict).
 */
import { MERGED_TABLES } from "../tables";
import type { Conflict, ImportRecord, MergeTable, MergeValue, Plan } from "../model";
import { applyValues, isOwnerUpdate, type CellValueChange } from "./merge";

export interface NotLanded {
  id: string;
  table: MergeTable;
  key: string;
  /** Why the accepted value is not in the plan (a key of `settle.reason.*`). */
  reason: "required-missing" | "action-missing" | "indicator-missing" | "refused-by-plan";
  /** The missing fields, the missing action, or the plan's own message. */
  detail: string;
}

export interface SettleResult {
  plan: Plan;
  settled: string[];
  /** Conflict ids that cannot be settled as marked (two accepted proposals). */
  ambiguous: string[];
  /** Accepted proposals that could not land, with why (their conflicts stay pending). */
  notLanded: NotLanded[];
  /** Conflicts with an Accept while other proposals are still pending: the pending sources. */
  waiting: { id: string; pending: string[] }[];
  /** Owners' updates undone (marked Reject after the import): the value before is back. */
  reversed: string[];
}

const tableOrder = new Map(MERGED_TABLES.map((d, i) => [d.merge!.table, i]));

export function settle(plan: Plan, at: string, by = "TMU"): SettleResult {
  const groups = new Map<string, Conflict[]>();
  const reverse: Conflict[] = [];
  for (const c of plan.conflicts) {
    if (c.settledAt) {
      if (c.decision === "reject" && isOwnerUpdate(c)) reverse.push(c);
      continue;
    }
    const g = groups.get(c.id);
    if (g) g.push(c);
    else groups.set(c.id, [c]);
  }
  const settled: string[] = [];
  const ambiguous: string[] = [];
  const waiting: SettleResult["waiting"] = [];
  const log: ImportRecord[] = [];
  const changes: (CellValueChange & { id: string })[] = [];
  for (const [id, rows] of groups) {
    const accepted = rows.filter((r) => r.decision === "accept");
    const pending = rows.filter((r) => r.decision === "pending");
    if (pending.length) {
      if (accepted.length) waiting.push({ id, pending: pending.map((r) => r.source) });
      continue;
    }
    const values = new Set(accepted.map((r) => JSON.stringify(r.proposed)));
    if (values.size > 1) {
      ambiguous.push(id);
      continue;
    }
    if (accepted.length) {
      const a = accepted[0];
      changes.push({
        id,
        table: a.table,
        key: a.key,
        column: a.column,
        value: a.proposed,
        source: a.source,
      });
    } else settled.push(id);
  }
  const reversed: Conflict[] = [];
  const reversals: CellValueChange[] = [];
  for (const c of reverse) {
    reversals.push({
      table: c.table,
      key: c.key,
      column: c.column,
      value: c.current,
      only: c.proposed,
    });
  }
  // Actions before their budget lines: a new action lands before its lines.
  changes.sort((x, y) => tableOrder.get(x.table)! - tableOrder.get(y.table)!);
  const applied = applyValues(plan, [...reversals, ...changes]);
  const failed = new Map(applied.notLanded.map((n) => [`${n.table}|${n.key}`, n]));
  const notLanded: NotLanded[] = [];
  for (const ch of changes) {
    const miss = failed.get(`${ch.table}|${ch.key}`);
    if (miss) {
      notLanded.push({
        id: ch.id,
        table: ch.table,
        key: ch.key,
        reason: miss.reason,
        detail: miss.detail,
      });
      continue;
    }
    settled.push(ch.id);
    const a = groups.get(ch.id)!.find((r) => r.decision === "accept")!;
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
  reverse.forEach((c, i) => {
    if (!applied.changed[i]) return;
    reversed.push(c);
    log.push({
      importedAt: at,
      file: c.source,
      table: c.table,
      key: c.key,
      column: c.column,
      value: c.current as MergeValue,
      outcome: "settled",
    });
  });
  const done = new Set(settled);
  const undone = new Set(reversed);
  const next = applied.plan;
  return {
    plan: {
      ...next,
      conflicts: next.conflicts.map((c, i) => {
        if (done.has(c.id) && !c.settledAt)
          return { ...c, settledAt: at.slice(0, 10), settledBy: c.settledBy ?? by };
        const original = plan.conflicts[i];
        if (original && undone.has(original))
          return { ...c, settledAt: at.slice(0, 10), settledBy: by };
        return c;
      }),
      imports: [...next.imports, ...log],
    },
    settled: [...done].filter((id) => groups.has(id)).sort(),
    ambiguous,
    notLanded: notLanded.filter((n, i, all) => all.findIndex((m) => m.id === n.id) === i),
    waiting,
    reversed: reversed.map((c) => c.id),
  };
}
