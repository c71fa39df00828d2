/**
 * Latest actual and target of an indicator, the inputs of progress:
 * - the latest actual is the value of the latest plan year whose actual is
 *   a number (a blank or text cell is no actual);
 * - the target is the end-of-plan target when it is a number, else the
 *   latest yearly target that is one.
 * Nothing to report gives null in TypeScript, #N/A natively (a summary
 * shows a blank).
 *
 * One file, both halves: `latestOf` / `targetOf` (TypeScript, over cells as
 * Excel hands them) and `latestYearFormula` / `latestValueFormula` /
 * `targetFormula` (the native Excel formulas of the Indicator progress
 * sheet).
 */
import { fold, type MessageKey } from "../i18n";
import { AGGREGATIONS, type Aggregation } from "../model";
import { listValue } from "../template/tables";
import { indicatorNumber, valueLabels } from "./entries";
import { cellAt, column, fail, isBlank, type CellValue, type Range } from "./values";

/** A yearly value as the indicators table holds it: one cell per plan year. */
export interface YearValue {
  year: number;
  value: CellValue;
}

const isNumber = (v: CellValue): v is number => typeof v === "number" && Number.isFinite(v);

/** A cell read as a number, or null (blank, text...): what ISNUMBER keeps. */
export const numberOrNull = (v: CellValue): number | null => (isNumber(v) ? v : null);

/** The latest year whose value is a number, and that value; null when none is. */
export function latestOf(series: readonly YearValue[]): { year: number; value: number } | null {
  let best: { year: number; value: number } | null = null;
  for (const { year, value } of series) {
    if (isNumber(value) && (best === null || year > best.year)) best = { year, value };
  }
  return best;
}

/** The end-of-plan target when it is a number, else the latest yearly target, else null. */
export function targetOf(endTarget: CellValue, targets: readonly YearValue[]): number | null {
  return isNumber(endTarget) ? endTarget : (latestOf(targets)?.value ?? null);
}

/**
 * A chain over the plan years, built from the first year outwards so that
 * the outermost test is the latest year: `pick(y)` for the latest year whose
 * `cell(y)` is a number, else `none`.
 */
function chain(
  years: readonly number[],
  cell: (year: number) => string,
  pick: (year: number) => string,
  none: string
): string {
  return years.reduce((acc, y) => `IF(ISNUMBER(${cell(y)}),${pick(y)},${acc})`, none);
}

/** latestOf's year as a native formula: `cell(y)` is the indicator's cell for year y. */
export const latestYearFormula = (years: readonly number[], cell: (year: number) => string) =>
  chain(years, cell, String, "NA()");

/** latestOf's value as a native formula. */
export const latestValueFormula = (years: readonly number[], cell: (year: number) => string) =>
  chain(years, cell, cell, "NA()");

/** targetOf as a native formula. */
export const targetFormula = (
  endTarget: string,
  years: readonly number[],
  target: (year: number) => string
) => `IF(ISNUMBER(${endTarget}),${endTarget},${latestValueFormula(years, target)})`;

/** numberOrNull as a native formula: the number, else #N/A. */
export const numberFormula = (x: string) => `IF(ISNUMBER(${x}),${x},NA())`;

/** The measure's wording: its summary headers. */
export const LATEST_WORDING = {
  headers: [
    "col.baselineValue",
    "sum.latestYear",
    "sum.latestActual",
    "sum.actualToDate",
    "sum.target",
    "sum.yearTarget",
  ],
} as const satisfies { headers: readonly MessageKey[] };

/**
 * Aggregation: how an indicator's yearly values add up to the figure
 * compared with its target (the Aggregation column of the indicators table):
 * - "sum" (sum of years): the cumulative total of the years' values;
 * - "latest": the value of the latest year that has one;
 * - "max": the highest value;
 * - "average": the mean of the years' values.
 * Only numbers count (a blank or text cell is no value); none gives null.
 * `upTo` keeps the years up to it (inclusive).
 */
export function aggregateOf(
  series: readonly YearValue[],
  aggregation: Aggregation,
  upTo?: number
): number | null {
  if (aggregation === "latest")
    return (
      latestOf(upTo === undefined ? series : series.filter((s) => s.year <= upTo))?.value ?? null
    );
  let n = 0;
  let total = 0;
  let max = -Infinity;
  for (const { year, value } of series) {
    if (!isNumber(value) || (upTo !== undefined && year > upTo)) continue;
    n++;
    total += value;
    if (value > max) max = value;
  }
  if (n === 0) return null;
  return aggregation === "sum" ? total : aggregation === "max" ? max : total / n;
}

/**
 * The target progress is measured against: the end-of-plan target when it
 * is a number, else the yearly targets aggregated as the actuals are (their
 * sum for a sum of years, the latest for a latest value...), else null.
 */
export function targetFor(
  endTarget: CellValue,
  targets: readonly YearValue[],
  aggregation: Aggregation
): number | null {
  return isNumber(endTarget) ? endTarget : aggregateOf(targets, aggregation);
}

/**
 * The target the planner typed for the year of the latest actual (on-track
 * compares that year's actual with it); null when that year has no target,
 * or there is no actual.
 */
export function yearTargetOf(targets: readonly YearValue[], year: number | null): number | null {
  if (year === null) return null;
  const own = targets.find((t) => t.year === year);
  return own && isNumber(own.value) ? own.value : null;
}

/** aggregateOf as a native formula over `cell(y)` for the years given; #N/A when none is a number. */
export function aggregateFormula(
  years: readonly number[],
  cell: (year: number) => string,
  aggregation: Aggregation
): string {
  if (aggregation === "latest") return latestValueFormula(years, cell);
  const cells = years.map(cell).join(",");
  const body =
    aggregation === "sum"
      ? `SUM(${cells})`
      : aggregation === "max"
        ? `MAX(${cells})`
        : `AVERAGE(${cells})`;
  return `IF(COUNT(${cells})=0,NA(),${body})`;
}

/** targetFor as a native formula. */
export const targetForFormula = (
  endTarget: string,
  years: readonly number[],
  target: (year: number) => string,
  aggregation: Aggregation
) => `IF(ISNUMBER(${endTarget}),${endTarget},${aggregateFormula(years, target, aggregation)})`;

/**
 * yearTargetOf as a native formula: `year` is the cell of the latest
 * actual's year; a chain over the plan years, #N/A without a target that year.
 */
export function yearTargetFormula(
  year: string,
  years: readonly number[],
  target: (year: number) => string
): string {
  const chain = years.reduceRight(
    (acc, y) => `IF(${year}=${y},${numberFormula(target(y))},${acc})`,
    "NA()"
  );
  return `IF(ISNUMBER(${year}),${chain},NA())`;
}

/** Aggregation words a planner types besides the list's labels, folded. */
const AGGREGATION_SYNONYMS: Record<string, Aggregation> = {
  cumulative: "sum",
  cumul: "sum",
  cumulatif: "sum",
  total: "sum",
  somme: "sum",
  last: "latest",
  derniere: "latest",
  highest: "max",
  maximum: "max",
  mean: "average",
  moyenne: "average",
};

/** An aggregation in French or English ("Somme des années" = "sum"); blank -> "latest"; unknown -> #VALUE!. */
export function aggregationOf(v: CellValue): Aggregation {
  if (isBlank(v)) return "latest";
  const a =
    typeof v === "string"
      ? (listValue("aggregation", v) ?? AGGREGATION_SYNONYMS[fold(v).replace(/[^a-z]/g, "")])
      : undefined;
  return (
    (a as Aggregation | undefined) ??
    fail("#VALUE!", "cf.err.aggregation", {
      value: String(v),
      list: { list: AGGREGATIONS, of: "aggregation" },
    })
  );
}

const ANY_LABEL = valueLabels("any");

/**
 * A row or column of yearly cells, in year order, as a series (years
 * numbered from 1); a block of several rows and columns is #VALUE!. A
 * yes/no or level label ("Oui", "Moyen", in either language) is read as its
 * number (src/core/calc/entries.ts); other text stays text (no value).
 */
export function seriesOf(range: Range, name: MessageKey): YearValue[] {
  const c = column(range, { name });
  return Array.from({ length: c.length }, (_x, k) => {
    const v = cellAt(c, k);
    const n = typeof v === "string" ? indicatorNumber(v, ANY_LABEL) : null;
    return { year: k + 1, value: n ?? v };
  });
}
