/**
 * Completion rate: completed actions over planned actions.
 *
 * How cancelled and postponed actions count is a policy, given as data
 * here so the pure calculation and the native formula (formulas.ts) read
 * the same rule:
 * - "standard" (default): a cancelled action leaves the planned (it will
 *   never be done, and the plan's annual update removes it); a postponed one
 *   stays planned and not completed (it is still owed);
 * - "include-cancelled": cancelled ones stay planned too: completed over
 *   everything initially planned (how Appendix 2 of the 2019-2023 plan
 *   reports its predecessor: "9 of the 14 initially planned activities");
 * - "exclude-postponed": both leave the planned (the rate of what was due
 *   this period);
 * - "include-cancelled-exclude-postponed": the remaining combination.
 *
 * A blank status is not counted (neither planned nor completed): its status
 * is unknown, and the full check reports the cell. The TypeScript half,
 * the Excel formula (which counts only the rows whose status is one of the
 * list's labels) and NAP.COMPLETIONRATE all follow this rule. Statuses are
 * read in French or English ("Réalisée" = "Completed"); anything else is
 * #VALUE! in the calculation, and not counted by the native formula
 * (COUNTIFS cannot refuse a cell).
 *
 * One file, both halves: `completionRate` (TypeScript, over ranges as Excel
 * hands them) and `completionRateFormula` (the native Excel formula the
 * summary sheets show).
 */
import { ACTION_STATUSES, LANGS, type ActionStatus } from "../model";
import { fold, t, type MessageKey } from "../i18n";
import { listLabel, listValue } from "../template/tables";
import { literal, orNA, pairs, type Criterion } from "./native";
import {
  cellAt,
  cellName,
  column,
  fail,
  isBlank,
  namedFilters,
  Distinct,
  ratio,
  Selection,
  type CellValue,
  type Column,
  type Filter,
  type Range,
} from "./values";

export const POLICIES = [
  "standard",
  "include-cancelled",
  "exclude-postponed",
  "include-cancelled-exclude-postponed",
] as const;
export type Policy = (typeof POLICIES)[number];

/** Under each policy, which statuses count as planned (completed always does). */
export const PLANNED_UNDER: Record<Policy, readonly ActionStatus[]> = {
  standard: ["not-started", "in-progress", "completed", "postponed"],
  "include-cancelled": ["not-started", "in-progress", "completed", "postponed", "cancelled"],
  "exclude-postponed": ["not-started", "in-progress", "completed"],
  "include-cancelled-exclude-postponed": ["not-started", "in-progress", "completed", "cancelled"],
};

/** A policy from its name in English or French; blank -> "standard"; unknown -> #VALUE!. */
export function policyOf(v: CellValue): Policy {
  if (isBlank(v)) return "standard";
  const f = fold(String(v));
  const p = POLICIES.find((x) => fold(x) === f || fold(t("fr", `cf.policy.${x}`)) === f);
  return (
    p ??
    fail("#VALUE!", "cf.err.policy", { value: String(v), list: { list: POLICIES, of: "policy" } })
  );
}

/** The status in a cell, in French or English; blank -> undefined; unknown -> #VALUE!. */
export function statusAt(c: Column, i: number): ActionStatus | undefined {
  const v = cellAt(c, i);
  if (isBlank(v)) return undefined;
  if (typeof v === "string") {
    const s = listValue("status", v);
    if (s) return s as ActionStatus;
  }
  return fail("#VALUE!", "cf.err.status", {
    range: { key: "cf.range.statuses" },
    cell: cellName(c, i),
    value: String(v),
    list: { list: ACTION_STATUSES, of: "status" },
  });
}

const isList = (x: unknown): x is readonly CellValue[] =>
  Array.isArray(x) && x.length > 0 && !Array.isArray(x[0]);

export interface CompletionOptions {
  /** The pillar of each action, and the pillar to count: a filter. */
  pillars?: Range | CellValue;
  pillar?: CellValue;
  /** Further filters (lead, year...). */
  filters?: Filter[];
  policy?: Policy;
  /** Where Excel gave them: statuses, then each filter's range (pillars first). */
  addresses?: { statuses?: string; filters?: (string | undefined)[] };
}

/**
 * Completed over planned actions, 0 to 1, under the policy.
 * Accepts a range as Excel passes it, or a plain list of statuses.
 * Errors: an unknown status, ranges of different sizes -> #VALUE!; a
 * pillar (or filter) matching no action -> #N/A; nothing left planned ->
 * #DIV/0!.
 */
export function completionRate(
  statuses: Range | readonly CellValue[] | CellValue,
  options: CompletionOptions = {}
): number {
  const policy = options.policy ?? "standard";
  const asRange: Range | CellValue = isList(statuses)
    ? statuses.map((x) => [x])
    : (statuses as Range | CellValue);
  const s = column(asRange, { name: "cf.range.statuses", address: options.addresses?.statuses });
  const fs: Filter[] = [
    ...namedFilters([{ range: options.pillars, value: options.pillar, name: "cf.range.pillars" }]),
    ...(options.filters ?? []),
  ];
  const sel = new Selection([s], fs, options.addresses?.filters);
  const counts = new Set<ActionStatus>(PLANNED_UNDER[policy]);
  // What a status counts for (-1: blank, not counted; 0: nothing; 1: planned; 2: planned and
  // completed), once per distinct cell: a blank is one too, so a row needs no blank test.
  const weight = new Distinct((v, i) => {
    if (isBlank(v)) return -1;
    const st = statusAt(s, i)!;
    return counts.has(st) ? (st === "completed" ? 2 : 1) : 0;
  });
  let planned = 0;
  let completed = 0;
  let counted = 0;
  // One pass over the rows the filters keep: a row counts when its status is filled.
  const n = sel.length;
  const statusRows = s.rows;
  for (let i = sel.next(0); i < n; i = sel.next(i + 1)) {
    const w = weight.get(statusRows[i][0], i);
    if (w < 0) continue;
    counted++;
    if (w === 0) continue;
    planned++;
    if (w === 2) completed++;
  }
  sel.end(counted);
  return ratio(completed, planned, "cf.err.nonePlanned", { policy });
}

/** The labels a status is written with (value, English, French), once each ignoring case. */
export function statusLabels(status: ActionStatus): string[] {
  const all = [...LANGS.map((l) => listLabel(l, "status", status)), status];
  return all.filter((x, i) => all.findIndex((y) => fold(y) === fold(x)) === i);
}

/**
 * completionRate as a native formula: completed over planned actions under
 * the policy and the criteria. Only rows whose status is one of the list's
 * labels count (a blank status is counted in neither). #N/A when criteria
 * keep no row with a status, #DIV/0! when nothing is left planned.
 */
export function completionRateFormula(
  statuses: string,
  cs: readonly Criterion[] = [],
  policy: Policy = "standard"
): string {
  const count = (ss: readonly ActionStatus[]) =>
    `SUMPRODUCT(COUNTIFS(${statuses},{${ss.flatMap(statusLabels).map(literal).join(",")}}${pairs(cs)}))`;
  return orNA(
    cs,
    `COUNTIFS(${statuses},"<>"${pairs(cs)})`,
    `${count(["completed"])}/${count(PLANNED_UNDER[policy])}`
  );
}

/** The measure's wording: its summary header and the messages its errors give. */
export const COMPLETION_WORDING = {
  header: "sum.completionRate",
  errors: ["cf.err.status", "cf.err.policy", "cf.err.nonePlanned", "cf.err.noMatch"],
} as const satisfies { header: MessageKey; errors: readonly MessageKey[] };
