/**
 * An indicator's yearly actual from the rows of tblValues (the long table
 * of values by period and breakdown). Where the year has rows holding a
 * figure (a value, or a denominator), they make the year's actual;
 * otherwise the actual typed in tblIndicators stands (nothing typed is
 * removed or overwritten).
 *
 * Which rows of the year count (issue 14): those of the lowest breakdown
 * group holding a figure (src/core/calc/breakdowns.ts). A total row (blank
 * breakdown) wins: where the year has one, its breakdown rows are detail
 * and are not added to it. Without a total, one breakdown makes the total:
 * the sex rows, else the age groups, else the regions, else the
 * combinations ("women; KAY"), else the rows with an unknown code; so rows
 * by sex and rows by region in one year are never added together.
 *
 * The rows that count aggregate:
 * - a rate (one of them holds a denominator): the sum of the numerators
 *   over the sum of the denominators, times 100 for a percentage indicator —
 *   never an average of percentages: 9 of 38 and 11 of 32 make 20 of 70,
 *   28.6 %, not the mean of 23.7 % and 34.4 %; denominators adding up to
 *   0 give no value;
 * - a count (measure "number") or a sum-of-years indicator: the sum of the
 *   values, every period and breakdown of the group adding up;
 * - otherwise (a percentage, level or yes/no value as the latest, highest
 *   or average): the total rows, by the indicator's aggregation: the
 *   highest, the average, or the latest period's value (the whole year
 *   first, then H2, Q4, Q3, H1, Q2, Q1); a percentage given only by
 *   breakdown without numerator and denominator cannot be totalled and
 *   gives no value.
 *
 * Targets per period and breakdown (ptargets, issue 14 point 1): a row's
 * Target is the target of its period and breakdown, beside its actual or on
 * a row of its own. Where the year has rows holding a target, they make the
 * year's target (`yearTargetFromRows`); otherwise the target typed in
 * tblIndicators stands. The same rules as the actuals, the target standing
 * for the value: the lowest breakdown group holding a target counts (a
 * total row wins over its breakdowns); a count or a sum-of-years indicator
 * adds its targets up (four quarterly targets of 10 make 40); any other
 * (a percentage, a level, a yes/no) takes the total rows' targets by the
 * indicator's aggregation: the latest period's (the whole year first, then
 * H2, Q4...), the highest, or their mean. A rate's target is a rate, not a
 * numerator and denominator: it is never pooled like the actuals, so a
 * percentage's targets given only by breakdown cannot be totalled and give
 * no value (type the total row's target). Rows holding only a target make
 * no actual, and rows holding only a value make no target.
 *
 * One file, both halves: `yearActualOf` and `yearTargetFromRows`
 * (TypeScript, over the plan's rows) and `yearActualFormula` and
 * `yearTargetRowsFormula` (the native formulas of the Indicator progress
 * sheet's yearly columns, SUMIFS / COUNTIFS / SUMPRODUCT over tblValues,
 * which LibreOffice 7.4 recalculates). Natively a period matches its label in
 * either language or its list value ("Q1", "T1"), as the reader takes it,
 * and a blank is the whole year; a row's group is tblValues' computed Group
 * column.
 */
import type { MessageKey } from "../i18n";
import type { Aggregation, Measure, Period } from "../model";
import { breakdownGroup } from "./breakdowns";

/** A row of tblValues as the calculation reads it (period: its value, not its label). */
export interface ValueRow {
  indicator: string;
  year: number;
  period?: Period | null;
  breakdown?: string | null;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** ptargets: the period and breakdown's target (tblValues' Target column). */
  target?: number | null;
}

/** The periods from the latest in the year to the earliest ("year": the whole year, or a blank). */
export const PERIOD_ORDER: readonly Period[] = ["year", "H2", "Q4", "Q3", "H1", "Q2", "Q1"];

const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** Indicator codes match as COUNTIFS matches them: case aside, spaces around ignored. */
export const codeKey = (code: string): string => code.trim().toLowerCase();

/** The plan's rows grouped by indicator and year, once (key: codeKey|year). */
export function rowsByIndicatorYear(rows: readonly ValueRow[]): Map<string, ValueRow[]> {
  const out = new Map<string, ValueRow[]>();
  for (const r of rows) {
    const k = `${codeKey(r.indicator)}|${r.year}`;
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/** Does a row hold a figure (a value or a denominator)? Rows with only a comment make nothing. */
export const holdsFigure = (r: ValueRow): boolean => isNum(r.value) || isNum(r.denominator);

/**
 * The year's actual from its rows: `has` says whether rows hold a figure
 * (then `value` is the year's actual, null when they give none); when
 * `has` is false the typed actual stands.
 */
export function yearActualOf(
  rows: readonly ValueRow[],
  measure: Measure,
  aggregation: Aggregation,
  regions: readonly string[]
): { has: boolean; value: number | null } {
  const figures = rows.filter(holdsFigure);
  if (figures.length === 0) return { has: false, value: null };
  // The rows that count: the lowest group holding a figure (a total wins).
  const group = (r: ValueRow) => breakdownGroup(r.breakdown, regions);
  const g = Math.min(...figures.map(group));
  const counted = rows.filter((r) => group(r) === g);
  if (counted.some((r) => isNum(r.denominator))) {
    let n = 0;
    let d = 0;
    for (const r of counted) {
      if (isNum(r.numerator)) n += r.numerator;
      if (isNum(r.denominator)) d += r.denominator;
    }
    return { has: true, value: d === 0 ? null : (n / d) * (measure === "percent" ? 100 : 1) };
  }
  const valued = counted.filter((r) => isNum(r.value));
  if (measure === "number" || aggregation === "sum")
    return { has: true, value: valued.reduce((s, r) => s + (r.value as number), 0) };
  const totals = g === 0 ? valued : [];
  if (totals.length === 0) return { has: true, value: null };
  const vs = totals.map((r) => r.value as number);
  if (aggregation === "max") return { has: true, value: Math.max(...vs) };
  if (aggregation === "average")
    return { has: true, value: vs.reduce((s, v) => s + v, 0) / vs.length };
  for (const p of PERIOD_ORDER) {
    const at = totals.filter((r) => (r.period ?? "year") === p).map((r) => r.value as number);
    if (at.length) return { has: true, value: at.reduce((s, v) => s + v, 0) / at.length };
  }
  return { has: true, value: null };
}

/**
 * The year's target from its rows (ptargets): `has` says whether rows hold
 * a target (then `value` is the year's target, null when they give none);
 * when `has` is false the typed yearly target stands. yearActualOf's rules
 * with the target as the figure (no rate: a target is no numerator and
 * denominator).
 */
export function yearTargetFromRows(
  rows: readonly ValueRow[],
  measure: Measure,
  aggregation: Aggregation,
  regions: readonly string[]
): { has: boolean; value: number | null } {
  const targets = rows.map((r) => ({
    ...r,
    value: isNum(r.target) ? r.target : null,
    numerator: null,
    denominator: null,
  }));
  return yearActualOf(targets, measure, aggregation, regions);
}

/** tblValues' columns as formula ranges (structured references, data rows). */
export interface ValueColumns {
  indicator: string;
  year: string;
  period: string;
  breakdown: string;
  value: string;
  numerator: string;
  denominator: string;
  /** ptargets: the period and breakdown's target. */
  target: string;
  /** The computed order of a total row (rankFormula), 0 for the other rows. */
  rank: string;
  /** The row's breakdown group (src/core/calc/breakdowns.ts): 0 for a total. */
  group: string;
}

/** A period's place in its year, latest highest (the whole year, or a blank, 7). */
export const PERIOD_RANK: Record<Period, number> = {
  Q1: 1,
  Q2: 2,
  H1: 3,
  Q3: 4,
  Q4: 5,
  H2: 6,
  year: 7,
};

/**
 * A tblValues row's order, natively (its computed column): year × 10 + the
 * period's rank for a total row (group 0: no breakdown), else 0; the latest
 * total of a year holding a value (or a target) is the row of the highest
 * order below (year + 1) × 10 among those holding one. (ptargets: the order
 * no longer depends on the Value cell, so the targets use it too.)
 */
export function rankFormula(
  cells: { year: string; period: string; group: string },
  labels: Record<Period, readonly string[]>
): string {
  // Every label a planner may type (either language, or the list's value), each with its rank.
  const typed = (["Q1", "Q2", "H1", "Q3", "Q4", "H2"] as const).flatMap((p) =>
    [...new Set(labels[p])].map((l) => [l, PERIOD_RANK[p]] as const)
  );
  const names = typed.map(([l]) => `"${l.replace(/"/g, '""')}"`).join(",");
  const ranks = typed.map(([, r]) => r).join(",");
  return `IF(AND(${cells.group}=0,ISNUMBER(${cells.year})),${cells.year}*10+IFERROR(INDEX({${ranks}},MATCH(${cells.period},{${names}},0)),7),0)`;
}

/**
 * yearActualOf as a native formula: `code` is the cell of the indicator's
 * code, `year` the year, `v.rank` the rows' order (rankFormula), `typed`
 * the formula of the typed actual (used when no row holds a
 * figure). #N/A (or #DIV/0!) where the rows give no value.
 */
export function yearActualFormula(
  v: ValueColumns,
  code: string,
  year: number,
  measure: Measure,
  aggregation: Aggregation,
  typed: string
): string {
  const { count, sum } = yearCriteria(v, code, year);
  const has = `${count(`,${v.value},"<>"`)}+${count(`,${v.denominator},"<>"`)}>0`;
  const inGroup = groupThatCounts(v, code, year, `((${v.value}<>"")+(${v.denominator}<>""))>0`);
  const rate = `${sum(v.numerator, inGroup)}/${sum(v.denominator, inGroup)}${measure === "percent" ? "*100" : ""}`;
  const values = figuresFormula(v, v.value, code, year, measure, aggregation, inGroup);
  const body = `IF(${count(`${inGroup},${v.denominator},"<>"`)}>0,${rate},${values})`;
  return `IF(${has},${body},${typed})`;
}

/**
 * The COUNTIFS and SUMIFS over `code`'s rows in `year`, further criteria
 * (`extra`: ",range,criterion...") after the indicator's and the year's.
 */
function yearCriteria(v: ValueColumns, code: string, year: number) {
  const crit = `${v.indicator},${code},${v.year},${year}`;
  return {
    count: (extra = "") => `COUNTIFS(${crit}${extra})`,
    sum: (range: string, extra = "") => `SUMIFS(${range},${crit}${extra})`,
  };
}

/**
 * The SUMIFS criteria of the group that counts for `code` in `year`: the
 * lowest group among the year's rows where `holds` (a total, 0, wins).
 */
function groupThatCounts(v: ValueColumns, code: string, year: number, holds: string): string {
  const figure = `(${v.indicator}=${code})*(${v.year}=${year})*(${holds})`;
  return `,${v.group},SUMPRODUCT(MIN(${figure}*(${v.group}-99)+99))`;
}

/**
 * The figures of the rows that count, natively (the part of yearActualOf
 * after the rates): `fig` is the column holding the figure (Value, or
 * Target), `inGroup` the SUMIFS criteria of the group that counts.
 */
function figuresFormula(
  v: ValueColumns,
  fig: string,
  code: string,
  year: number,
  measure: Measure,
  aggregation: Aggregation,
  inGroup: string
): string {
  const { count, sum } = yearCriteria(v, code, year);
  if (measure === "number" || aggregation === "sum") return sum(fig, inGroup);
  // Totals: rows without a breakdown (group 0), holding a figure.
  const total = `,${v.group},0,${fig},"<>"`;
  const n = (extra = "") => count(`${total}${extra}`);
  if (aggregation === "max") {
    // No MAXIFS (an _xlfn function: written bare it is #NAME?): the largest of the totals'
    // figures, the other rows pushed below any figure.
    const rows = `(${v.indicator}=${code})*(INT(${v.rank}/10)=${year})*ISNUMBER(${fig})`;
    return `IF(${n()}=0,NA(),SUMPRODUCT(LARGE(${rows}*${fig}+(1-${rows})*-1E+300,1)))`;
  }
  if (aggregation === "average") return `${sum(fig, total)}/${n()}`;
  // The latest period's total: the rows holding a figure of the highest order within the year.
  const top = `SUMPRODUCT(MAX((${v.indicator}=${code})*(${v.rank}<${year * 10 + 8})*ISNUMBER(${fig})*${v.rank}))`;
  const at = `${v.indicator},${code},${v.rank},${top}`;
  return `IF(${top}<${year * 10 + 1},NA(),SUMIFS(${fig},${at})/COUNTIFS(${at},${fig},"<>"))`;
}

/**
 * yearTargetFromRows as a native formula (ptargets): `typed` is the formula of the
 * typed yearly target (used when no row of the year holds a target). #N/A
 * (or #DIV/0!) where the rows give no target.
 */
export function yearTargetRowsFormula(
  v: ValueColumns,
  code: string,
  year: number,
  measure: Measure,
  aggregation: Aggregation,
  typed: string
): string {
  const has = `${yearCriteria(v, code, year).count(`,${v.target},"<>"`)}>0`;
  const inGroup = groupThatCounts(v, code, year, `${v.target}<>""`);
  const values = figuresFormula(v, v.target, code, year, measure, aggregation, inGroup);
  return `IF(${has},${values},${typed})`;
}

/** The measure's wording: the header of the yearly columns it fills. */
export const VALUE_ROWS_WORDING = {
  headers: ["sum.actualYear"],
} as const satisfies { headers: readonly MessageKey[] };
