/**
 * Settling from a list (the task pane): the conflicts still pending, shown as
 * a planner reads them (the table and column by their names, list values by
 * their labels), and the TMU's choice for each (one proposal accepted, or all
 * rejected) written into the Conflicts table and settled in the same write.
 * The command line settles the decisions typed in the table; both end in
 * `settle` (src/core/consolidate/settle.ts).
 */
import { t } from "../core/i18n";
import type { Conflict, Lang, MergeValue, Plan } from "../core/model";
import { settle, type SettleResult } from "../core/consolidate/settle";
import { showColumn, showKey, showValue } from "../core/tables/merge-columns";
import { buildWorkbookPlan } from "../core/template/build";
import { readPlan } from "../core/template/read";
import { readForRewrite, writeLogged } from "./create";
import type { WorkbookPort, Written } from "./port";

export interface ProposalView {
  /** Who proposed it (the focal point and file, as the Conflicts table says). */
  source: string;
  proposed: MergeValue;
}

export interface ConflictView {
  id: string;
  /** The table, by its name in the workbook's language. */
  table: string;
  key: string;
  /** The column, by its header in the workbook's language. */
  column: string;
  current: MergeValue;
  proposals: ProposalView[];
}

/** The TMU's choice for a conflict: the source whose proposal is accepted, or every proposal rejected. */
export type Decision = { accept: string } | "reject";

/** The conflicts still pending, one entry per conflict with its proposals in the table's order. */
export function pendingOf(plan: Plan, lang: Lang): ConflictView[] {
  const views = new Map<string, ConflictView>();
  for (const c of plan.conflicts) {
    if (c.settledAt || c.decision !== "pending") continue;
    let v = views.get(c.id);
    if (!v) {
      v = {
        id: c.id,
        table: t(lang, `mergeTable.${c.table}`),
        key: showKey(c.table, c.key, lang),
        column: showColumn(c.table, c.column, lang),
        current: showValue(c.table, c.column, c.current, lang),
        proposals: [],
      };
      views.set(c.id, v);
    }
    v.proposals.push({
      source: c.source,
      proposed: showValue(c.table, c.column, c.proposed, lang),
    });
  }
  return [...views.values()];
}

/** Read the workbook's pending conflicts (one read, nothing written). */
export async function pendingConflicts(
  port: WorkbookPort,
  lang: Lang
): Promise<{ lang: Lang; conflicts: ConflictView[] }> {
  const read = readPlan(await port.read(), lang);
  return { lang: read.lang, conflicts: pendingOf(read.plan, read.lang) };
}

/**
 * Mark the chosen decisions on the pending rows of their conflicts: the
 * accepted source's row "accept" and the others "reject", or every row
 * "reject". A conflict not chosen, or settled meanwhile, is left as it is.
 */
export function decide(plan: Plan, decisions: ReadonlyMap<string, Decision>): Plan {
  if (!decisions.size) return plan;
  const conflicts = plan.conflicts.map((c): Conflict => {
    const d = decisions.get(c.id);
    if (!d || c.settledAt) return c;
    const decision = d !== "reject" && c.source === d.accept ? "accept" : "reject";
    return decision === c.decision ? c : { ...c, decision };
  });
  return { ...plan, conflicts };
}

export type Settled = Omit<SettleResult, "plan"> & { written: Written };

/**
 * Settle: the decisions given (the pane's list; none from the command line)
 * marked, then every conflict whose decision is in the table applied, all in
 * one write that keeps each typed cell.
 */
export async function settleWith(
  port: WorkbookPort,
  decisions: ReadonlyMap<string, Decision>,
  options: { now: string; by?: string; lang: Lang }
): Promise<Settled> {
  let result: Omit<SettleResult, "plan"> = {
    settled: [],
    ambiguous: [],
    notLanded: [],
    waiting: [],
    reversed: [],
  };
  const written = await writeLogged("settle", options.now, options.by)(
    port,
    options.lang,
    (values) => {
      const read = readForRewrite(values, options.lang);
      const { plan, ...rest } = settle(decide(read.plan, decisions), options.now, options.by);
      result = rest;
      return buildWorkbookPlan(plan, read.lang);
    }
  );
  return { written, ...result };
}
