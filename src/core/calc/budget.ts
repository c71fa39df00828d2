/**
 * Budget: a category's share of the total (a stakeholder's, a pillar's, a
 * funding source's...) and the funding gap, under optional filters (pillar,
 * year, funding source...). A row counts when its amount cell is filled;
 * a category or filter cell alone does not make a row.
 *
 * One file, both halves: `budgetShare` and `fundingGap` (TypeScript, over
 * ranges as Excel hands them) and `budgetShareFormula` /
 * `fundingGapFormula` (the native Excel formulas the summary sheets show).
 * Where they differ: SUMIFS skips text in an amount cell (the calculation
 * gives #VALUE!), and matches case but not accents or the other language's
 * labels.
 */
import type { MessageKey } from "../i18n";
import type { ActionStatus } from "../model";
import { listValue } from "../template/tables";
import { statusLabels } from "./completion";
import { literal, orNA, pairs, sumOver, type Criterion } from "./native";
import {
  amountAt,
  amountOf,
  fail,
  cellAt,
  CalcError,
  column,
  isBlank,
  matcher,
  Matcher,
  ratio,
  Selection,
  type CellValue,
  type Filter,
  type Range,
} from "./values";

/** Where Excel gave them: the addresses of amounts, categories, then each filter's range. */
export interface Addresses {
  main?: (string | undefined)[];
  filters?: (string | undefined)[];
}

/**
 * A category's share of the total budget, both under the same filters, 0 to 1.
 * Categories match in French or English ("Partenaire" = "Partner").
 * Errors: ranges of different sizes, text or a negative in an amount ->
 * #VALUE!; filters matching no row -> #N/A; a total of 0 -> #DIV/0!; a
 * category in none of the rows counted -> #N/A (a typo is not a share of 0),
 * or `absent` when given (a summary row for a stakeholder without budget
 * lines shows 0).
 */
export function budgetShare(
  amounts: Range | CellValue,
  categories: Range | CellValue,
  category: CellValue,
  fs: Filter[] = [],
  at: Addresses = {},
  absent?: number
): number {
  const a = column(amounts, { name: "cf.range.amounts", address: at.main?.[0] });
  const c = column(categories, { name: "cf.range.categories", address: at.main?.[1] });
  const sel = new Selection([a, c], fs, at.filters);
  const isMine = new Matcher(category);
  let total = 0;
  let mine = 0;
  let found = false;
  let counted = 0;
  // One pass over the rows the filters keep: a row counts when its amount is filled.
  const n = sel.length;
  const amountRows = a.rows;
  const categoryRows = c.rows;
  // Without filters every row is visited: no call to `next` (the category test has the loop).
  const filtered = sel.filtered;
  for (let i = filtered ? sel.next(0) : 0; i < n; i = filtered ? sel.next(i + 1) : i + 1) {
    const v = amountRows[i][0];
    // An amount as amountAt reads it, a number first: no blank test for it.
    let x: number;
    if (typeof v === "number" && v >= 0 && v !== Infinity) x = v;
    else if (isBlank(v)) continue;
    else x = amountAt(a, i);
    counted++;
    total += x;
    if (isMine.test(categoryRows[i][0])) {
      mine += x;
      found = true;
    }
  }
  sel.end(counted);
  const share = ratio(mine, total, "cf.err.zeroTotal", { range: { key: "cf.range.amounts" } });
  if (found || absent !== undefined) return found ? share : absent!;
  return fail("#N/A", "cf.err.noCategory", { category: String(category) });
}

/**
 * Funding gap: planned minus secured, under the filters. A row counts
 * when either amount is filled (a blank counts 0). Negative when more is
 * secured than planned. Errors as budgetShare; no total is needed, so no
 * #DIV/0!. With `noMatch` given, filters that match no row give it instead
 * of #N/A (a summary row for a source without budget lines shows a gap of 0).
 */
export function fundingGap(
  planned: Range | CellValue,
  secured: Range | CellValue,
  fs: Filter[] = [],
  at: Addresses = {},
  noMatch?: number
): number {
  const p = column(planned, { name: "cf.range.planned", address: at.main?.[0] });
  const s = column(secured, { name: "cf.range.secured", address: at.main?.[1] });
  if (noMatch !== undefined && fs.length) {
    try {
      return fundingGap(planned, secured, fs, at);
    } catch (e) {
      if (e instanceof CalcError && e.error === "#N/A") return noMatch;
      throw e;
    }
  }
  const sel = new Selection([p, s], fs, at.filters);
  // Two sums, then the difference: what SUMIFS(planned) - SUMIFS(secured) gives.
  let sumPlanned = 0;
  let sumSecured = 0;
  let counted = 0;
  // One pass over the rows the filters keep: a row counts when either amount is filled.
  const n = sel.length;
  const plannedRows = p.rows;
  const securedRows = s.rows;
  for (let i = sel.next(0); i < n; i = sel.next(i + 1)) {
    const x = plannedRows[i][0];
    const y = securedRows[i][0];
    if (isBlank(x) && isBlank(y)) continue;
    counted++;
    sumPlanned += amountOf(x, p, i);
    sumSecured += amountOf(y, s, i);
  }
  sel.end(counted);
  return sumPlanned - sumSecured;
}

/** budgetShare as a native formula: the category's amount over the total, under the criteria. */
export function budgetShareFormula(
  amounts: string,
  categories: string,
  category: string,
  cs: readonly Criterion[] = [],
  absent?: number
): string {
  const mine = `SUMIFS(${amounts},${categories},${category}${pairs(cs)})`;
  const total = sumOver(amounts, cs);
  // With a total, a category in no row counted has a share of 0: `absent` is what the body gives.
  const body =
    absent === 0
      ? `${mine}/${total}`
      : `IF(COUNTIFS(${amounts},"<>",${categories},${category}${pairs(cs)})=0,IF(${total}=0,1/0,${absent === undefined ? "NA()" : absent}),${mine}/${total})`;
  return orNA(cs, `COUNTIFS(${amounts},"<>"${pairs(cs)})`, body);
}

/**
 * fundingGap as a native formula: planned minus secured, under the
 * criteria; `noMatch` as in fundingGap.
 */
export function fundingGapFormula(
  planned: string,
  secured: string,
  cs: readonly Criterion[] = [],
  noMatch?: number
): string {
  const body = `${sumOver(planned, cs)}-${sumOver(secured, cs)}`;
  // With no row, both sums are 0: the body alone gives a noMatch of 0.
  if (noMatch === 0) return body;
  const guarded = orNA(cs, rowsOf(planned, secured, cs), body);
  return noMatch === undefined ? guarded : `IFERROR(${guarded},${noMatch})`;
}

/** Rows with either amount filled: both counts, less the rows counted twice. */
const rowsOf = (planned: string, secured: string, cs: readonly Criterion[]) =>
  `(COUNTIFS(${planned},"<>"${pairs(cs)})+COUNTIFS(${secured},"<>"${pairs(cs)})-COUNTIFS(${planned},"<>",${secured},"<>"${pairs(cs)}))`;

/**
 * Actions whose budget lines leave the funding gap: a cancelled action will
 * spend nothing more, a completed one needs nothing more. Their lines'
 * planned minus secured is shown apart (the gap of closed actions).
 */
export const CLOSED_STATUSES = [
  "cancelled",
  "completed",
] as const satisfies readonly ActionStatus[];

/** The actions table's columns the gap of closed actions reads: code and status. */
export interface ActionColumns<T> {
  codes: T;
  statuses: T;
}

/**
 * The gap of closed actions: planned minus secured in the budget lines
 * (under the filters) of every action whose status is cancelled or
 * completed, in French or English; 0 when there is none. `lineActions` is
 * the budget lines' action code column. Amounts as fundingGap reads them.
 */
export function closedGap(
  planned: Range | CellValue,
  secured: Range | CellValue,
  lineActions: Range | CellValue,
  actions: ActionColumns<Range | CellValue>,
  fs: Filter[] = []
): number {
  const p = column(planned, { name: "cf.range.planned" });
  const s = column(secured, { name: "cf.range.secured" });
  const la = column(lineActions, { name: "cf.range.filter" });
  const codes = column(actions.codes, { name: "cf.range.filter" });
  const statuses = column(actions.statuses, { name: "cf.range.statuses" });
  const fcols = fs.map((f, k) => column(f.range, { name: "cf.range.filter", n: k + 1 }));
  const fmatch = fs.map((f) => matcher(f.value));
  let total = 0;
  for (let a = 0; a < codes.length; a++) {
    const st = cellAt(statuses, a);
    const status = typeof st === "string" ? listValue("status", st) : undefined;
    if (!(CLOSED_STATUSES as readonly string[]).includes(status ?? "")) continue;
    const code = cellAt(codes, a);
    if (isBlank(code)) continue;
    const mine = matcher(code);
    for (let i = 0; i < p.length; i++) {
      if (!mine(cellAt(la, i))) continue;
      if (!fcols.every((c, k) => fmatch[k](cellAt(c, i)))) continue;
      total += amountAt(p, i) - amountAt(s, i);
    }
  }
  return total;
}

/**
 * closedGap as a native formula: for each action row, SUMIFS of its lines
 * (under the criteria), kept where its status is cancelled or completed in
 * either language. One pass of SUMIFS per action: no IF, no array entry.
 */
export function closedGapFormula(
  planned: string,
  secured: string,
  lineActions: string,
  actions: ActionColumns<string>,
  cs: readonly Criterion[] = []
): string {
  const closed = CLOSED_STATUSES.flatMap(statusLabels)
    .map((l) => `(${actions.statuses}=${literal(l)})`)
    .join("+");
  const of = (amounts: string) => `SUMIFS(${amounts},${lineActions},${actions.codes}${pairs(cs)})`;
  return `SUMPRODUCT((${of(planned)}-${of(secured)})*((${closed})>0))`;
}

/** The funding gap of the actions still open: the whole gap less the gap of closed actions. */
export function openGap(
  planned: Range | CellValue,
  secured: Range | CellValue,
  lineActions: Range | CellValue,
  actions: ActionColumns<Range | CellValue>,
  fs: Filter[] = []
): number {
  return (
    fundingGap(planned, secured, fs, {}, 0) - closedGap(planned, secured, lineActions, actions, fs)
  );
}

/** openGap as a native formula. */
export function openGapFormula(
  planned: string,
  secured: string,
  lineActions: string,
  actions: ActionColumns<string>,
  cs: readonly Criterion[] = []
): string {
  return `${fundingGapFormula(planned, secured, cs, 0)}-${closedGapFormula(planned, secured, lineActions, actions, cs)}`;
}

/** The measure's wording: its summary headers and the messages its errors give. */
export const BUDGET_WORDING = {
  headers: ["sum.share", "sum.shareOfNap", "sum.gap", "sum.gapClosed"],
  errors: [
    "cf.err.notAmount",
    "cf.err.sizes",
    "cf.err.noMatch",
    "cf.err.zeroTotal",
    "cf.err.noCategory",
  ],
} as const satisfies { headers: readonly MessageKey[]; errors: readonly MessageKey[] };
