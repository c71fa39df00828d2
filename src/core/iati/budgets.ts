/**
 * A child activity's budgets from the budget's history (issue 18): the
 * original budget of each pillar and year, and the revised one where the
 * workbook's change log shows the year's lines were changed since.
 *
 * What IATI asks (BudgetType codelist, IATI-Codelists xml/BudgetType.xml:
 * 1 Original "the original budget allocated to the activity", 2 Revised
 * "the updated budget for an activity"; the Standard's guidance on activity
 * budgets, https://iatistandard.org/en/guidance/standard-guidance/activity-budgets/,
 * "Publishing budget changes": a budget first published is original (1);
 * "if the budget value is later amended, this should be detailed by adding
 * a new budget element containing the new value and @type code 'revised'
 * (2)", the new figure, not the difference). Budgets of one type each cover
 * their own period, so a user can add them up ("the periods of multiple
 * budgets with the same @type should not be the same or overlap", IATI
 * Publisher's budget rules, IATI/iatipublisher#1010): an original and a
 * revised over the same year are allowed (their @type differs), never two of
 * one type; and "the budget with type 'Revised' should match period with one
 * of the budgets with type 'Original'" (the same issue). So each pillar and
 * year has one original and, when revised, one revised budget, over the
 * same calendar year. Each carries its own status (budgetStatus in
 * ./index.ts, from its own lines): a year indicative at first and
 * committed since has an indicative original and a committed revision.
 * The original keeps its value date (the year's first day); the revised is
 * dated by its last change (revisedValueDate).
 *
 * Where the history comes from: tblChanges (src/core/tables/changes.ts), the
 * change log every write (import, settle, roll-forward, upgrade, refresh)
 * and each planner's edit the task pane saw add to, one row per entry cell
 * (src/core/template/changelog.ts). Budget lines are keyed there by
 * "action|year|source" (their row key, src/core/tables/budget.ts); the
 * columns read here are the amount planned, the status and the three key
 * columns. The import log (tblImports) is not needed: what an import or
 * settling changed in the workbook is in the change log too, with why
 * "import" or "settle"; the import log also lists values not taken.
 *
 * How the original is found: the change log is undone, newest row first,
 * from the lines as they are now: an amount's change puts back its value
 * before (blank: the line had no amount then; a line added after the
 * workbook was made thus contributes 0 to the original, and a line removed
 * since contributes its amount before); a status's change puts back its
 * status; a key column's change (a planner retyping a line's action, year or
 * source: the pane logs it under the line's new key) moves the line back to
 * its former key. Writes log a changed key as a line removed and a line
 * added, which the amounts already undo. What is left is the budget as the
 * oldest row of the log found it.
 *
 * Limits, decided:
 * - The log keeps its newest MAX_CHANGE_ROWS rows (20,000, changelog.ts).
 *   Where a line's earliest changes were dropped, its original is the
 *   oldest value the log still holds (the "before" of its oldest remaining
 *   change): the budget as it stood at the oldest remaining row, not at the
 *   workbook's creation.
 * - Edits made where nothing logs them (Excel without the add-in's pane) are
 *   not in the history: the amount they typed counts as original.
 * - A value before that is no number (a formula, text the number reader
 *   refuses) cannot be undone: that step is skipped (the line keeps the
 *   value it had after).
 * - A year whose original total is 0 (nothing was budgeted for it when the
 *   history starts: a blank workbook whose budget was typed in through the
 *   pane, years added by a roll-forward) has no original to revise: its
 *   first budget is its original (type 1), as when nothing is logged.
 * - A line belongs to the pillar of its action as the plan holds it now; a
 *   line whose action is gone, to the pillar of the output the change log
 *   last shows for that action; a line whose pillar is found nowhere is
 *   left out of the original (so is its revision date).
 */
import { pillarIndex, type Action, type Plan } from "../model";
import { parseNumber } from "../numbers";
import { budgetKey } from "../tables";

export interface PillarYearBudget {
  pillar: string;
  year: number;
  /** The year's lines as the history's oldest state had them (amount > 0 each). */
  original: BudgetLineState[];
  /** The year's lines as the plan holds them now (amount > 0 each). */
  current: BudgetLineState[];
  /** Original and revised budgets: some line's amount changed since and the original is not 0. */
  revised: boolean;
  /** The day (YYYY-MM-DD) of the latest logged change of the year's amounts; null when none. */
  revisedOn: string | null;
}

export interface BudgetLineState {
  amount: number;
  status: Action["budget"][number]["status"];
}

interface LineState {
  amount: number | null;
  status: string | null;
}

const KEY_COLUMNS = ["action", "year", "source"] as const;
const cents = (n: number) => Math.round(n * 100) / 100;
const DAY = /^(\d{4}-\d{2}-\d{2})/;

/** The budget's history per pillar and year ("pillar|year"), for the years the plan's lines or log name. */
export function budgetHistory(
  plan: Pick<Plan, "actions" | "outputs" | "results" | "indicators" | "changes">
): Map<string, PillarYearBudget> {
  const { ofOutput } = pillarIndex(plan);
  // A plan made in code rather than read (parsePlan defaults it) may carry no log.
  const log = plan.changes ?? [];
  const now = new Map<string, LineState>();
  for (const a of plan.actions)
    for (const b of a.budget) {
      const k = budgetKey(a.code, b);
      const was = now.get(k);
      now.set(k, {
        amount: (was?.amount ?? 0) + b.amount,
        status: was && was.status !== b.status ? "indicative" : b.status,
      });
    }

  // The pillar of an action: the plan's, else the output the log last shows for it.
  const outputOf = new Map(plan.actions.map((a) => [a.code, a.output]));
  for (let i = log.length - 1; i >= 0; i--) {
    const c = log[i];
    if (c.table !== "actions" || c.column !== "output" || !c.key || outputOf.has(c.key)) continue;
    const seen = [c.after, c.before].find((v) => typeof v === "string" && v.trim() !== "");
    if (typeof seen === "string") outputOf.set(c.key, seen.trim());
  }
  const place = (key: string): { pillar: string; year: number } | null => {
    const [action, year, source, ...rest] = key.split("|");
    if (rest.length || !action || !source || !/^\d{4}$/.test(year ?? "")) return null;
    const output = outputOf.get(action);
    const pillar = output === undefined ? null : (ofOutput.get(output) ?? null);
    return pillar ? { pillar, year: Number(year) } : null;
  };

  // Undo the log, newest row first.
  const then = new Map([...now].map(([k, v]) => [k, { ...v }]));
  const at = (k: string) => {
    if (!then.has(k)) then.set(k, { amount: null, status: null });
    return then.get(k)!;
  };
  const latest = new Map<string, string>();
  const touched = (key: string, when: string) => {
    const p = place(key);
    const day = DAY.exec(when)?.[1];
    if (!p || !day) return;
    const k = `${p.pillar}|${p.year}`;
    if (!latest.has(k) || latest.get(k)! < day) latest.set(k, day);
  };
  for (let i = log.length - 1; i >= 0; i--) {
    const c = log[i];
    if (c.table !== "budget" || !c.key) continue;
    if (c.column === "amount") {
      const before = parseNumber(c.before);
      if (before === undefined) continue;
      const after = parseNumber(c.after);
      if (after !== undefined && cents(after ?? 0) !== cents(before ?? 0)) touched(c.key, c.at);
      at(c.key).amount = before;
    } else if (c.column === "budgetStatus") {
      at(c.key).status = typeof c.before === "string" ? c.before : null;
    } else {
      const part = KEY_COLUMNS.indexOf(c.column as (typeof KEY_COLUMNS)[number]);
      const parts = c.key.split("|");
      if (part < 0 || parts.length !== KEY_COLUMNS.length) continue;
      parts[part] = c.before === null ? "" : String(c.before).trim();
      const from = c.key;
      const to = parts.join("|");
      const line = then.get(from);
      if (to === from || !line) continue;
      then.delete(from);
      const there = then.get(to);
      then.set(
        to,
        there
          ? {
              amount: (there.amount ?? 0) + (line.amount ?? 0),
              status: there.status ?? line.status,
            }
          : line
      );
      if (line.amount) {
        touched(from, c.at);
        touched(to, c.at);
      }
    }
  }

  const out = new Map<string, PillarYearBudget>();
  const entry = (pillar: string, year: number) => {
    const k = `${pillar}|${year}`;
    if (!out.has(k))
      out.set(k, { pillar, year, original: [], current: [], revised: false, revisedOn: null });
    return out.get(k)!;
  };
  const state = (s: LineState): BudgetLineState => ({
    amount: s.amount ?? 0,
    status: s.status === "committed" ? "committed" : "indicative",
  });
  for (const k of new Set([...now.keys(), ...then.keys()])) {
    const p = place(k);
    if (!p) continue;
    const e = entry(p.pillar, p.year);
    const is = now.get(k);
    const was = then.get(k);
    if (is && is.amount !== null && is.amount > 0) e.current.push(state(is));
    if (was && was.amount !== null && was.amount > 0) e.original.push(state(was));
    if (cents(is?.amount ?? 0) !== cents(was?.amount ?? 0)) e.revised = true;
  }
  for (const e of out.values()) {
    // No original to revise: the year's first budget is its original.
    if (total(e.original) === 0) e.revised = false;
    e.revisedOn = latest.get(`${e.pillar}|${e.year}`) ?? null;
  }
  return out;
}

export const total = (lines: readonly BudgetLineState[]) =>
  cents(lines.reduce((s, l) => s + l.amount, 0));

/**
 * The value date of a revised budget of `year`: the day its amounts were
 * last changed, within the budget's year (a budget's value date falls within
 * its period, as the Validator's rule 11.3.1 asks of budget lines): a change
 * made before the year dates it the year's first day, one made after, its
 * last. None logged (it cannot be: a revision is a logged change): the first day.
 */
export function revisedValueDate(year: number, revisedOn: string | null): string {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  if (!revisedOn || revisedOn < first) return first;
  return revisedOn > last ? last : revisedOn;
}
