/**
 * Natural entries in an indicator's value cells: a yes/no indicator takes
 * "Oui", "Non", "Yes", "No" (any case) or 1 and 0; a level indicator takes
 * its scale's labels, in French or English ("Moyen", "medium"), or their
 * numbers; a "Text" indicator holds text. Entered data is sacred: the cell
 * keeps what was typed, and the measures read it as its number here.
 *
 * One file, both halves: `indicatorNumber` (TypeScript, over a cell as
 * Excel hands it) and `indicatorNumberFormula` (the native formula the
 * Indicator progress sheet wraps each cell in); `entriesToCheck` and
 * `entriesToCheckFormula` count an indicator's value cells that are wrong
 * for its measure (what the full check reports as errors), which the
 * Indicator progress sheet shows beside a status it then withholds.
 *
 * Labels compare as Excel's "=" and MATCH do: case aside, exactly (no
 * trimming, accents count).
 */
import { both } from "../i18n";
import type { Measure } from "../model";
import { parseTypedNumber } from "../numbers";
import { literal } from "./native";
import type { CellValue } from "./values";

/** A plan's level scale: each level's number and labels. */
export type LevelScale = readonly { value: number; en: string; fr: string }[];

/** The level scale a plan has unless it gives its own (the model's default). */
export const DEFAULT_SCALE: LevelScale = [
  { value: 0, en: "None", fr: "Aucun" },
  { value: 1, en: "Low", fr: "Faible" },
  { value: 2, en: "Medium", fr: "Moyen" },
  { value: 3, en: "High", fr: "Élevé" },
];

/** The labels a measure reads as numbers, in order (the first label that matches wins). */
export function valueLabels(measure: Measure | "any", scale: LevelScale = DEFAULT_SCALE) {
  const yesno: [string, number][] = [
    ...both("yes").map((l): [string, number] => [l, 1]),
    ...both("no").map((l): [string, number] => [l, 0]),
  ];
  const levels: [string, number][] = scale.flatMap((l): [string, number][] => [
    [l.fr, l.value],
    [l.en, l.value],
  ]);
  if (measure === "yesno") return yesno;
  if (measure === "level") return levels;
  if (measure === "any") return [...yesno, ...levels];
  return [];
}

/** Measures whose cells may hold a label (or, for "text", any text). */
export const LABEL_MEASURES: readonly Measure[] = ["yesno", "level", "text"];

const lower = (s: string) => s.toLocaleLowerCase("fr");

/**
 * A value cell as its number: a number as it is; a label of `labels` (case
 * aside) as its number; anything else (blank, other text) null.
 */
export function indicatorNumber(v: CellValue, labels: readonly [string, number][]): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "string" || v === "") return null;
  const s = lower(v);
  for (const [label, n] of labels) if (lower(label) === s) return n;
  return null;
}

/**
 * indicatorNumber as a native formula over the cell `x`: a label's number
 * (#N/A for other text), else the cell itself — a blank stays a blank
 * cell, which SUM, MAX and COUNT pass over as they do in the unwrapped
 * cells (IF hands the reference on). Text that is no label makes a sum or
 * an average #N/A (the row shows "To check" then).
 */
export function indicatorNumberFormula(x: string, labels: readonly [string, number][]): string {
  if (labels.length === 0) return x;
  const names = labels.map(([l]) => literal(l)).join(",");
  const values = labels.map(([, n]) => n).join(",");
  return `IF(ISTEXT(${x}),INDEX({${values}},MATCH(${x},{${names}},0)),${x})`;
}

/** Is a value cell right for its measure? (blank is; text only as a label, or for a Text indicator). */
export function entryOk(
  v: CellValue,
  measure: Measure,
  scale: LevelScale = DEFAULT_SCALE
): boolean {
  if (v === null || v === undefined || v === "") return true;
  if (measure === "text") return true;
  if (typeof v !== "number") {
    // A TRUE or FALSE is neither text nor a number for the sheet's count.
    if (typeof v !== "string") return true;
    const n = indicatorNumber(v, valueLabels(measure, scale));
    return n !== null;
  }
  switch (measure) {
    case "percent":
      return v >= 0 && v <= 100;
    case "number":
      return v >= 0 && Number.isInteger(v);
    case "yesno":
      return v === 0 || v === 1;
    case "level":
      return scale.length === 0 || scale.some((l) => l.value === v);
  }
  return true;
}

/** How many of an indicator's value cells are wrong for its measure. */
export function entriesToCheck(
  cells: readonly CellValue[],
  measure: Measure,
  scale: LevelScale = DEFAULT_SCALE
): number {
  return cells.filter((v) => !entryOk(v, measure, scale)).length;
}

/**
 * entriesToCheck as a native formula: `row` is the indicator's value cells
 * (one row), `measure` the cell of its measure's label, `labels` each
 * measure's label in the workbook. SUMPRODUCT over the row, no IF inside
 * (older Excel would need an array formula): a whole number is one where
 * 1/(x<>INT(x)) is an error. An Excel error in the row makes the count the
 * number of such errors.
 */
export function entriesToCheckFormula(
  row: string,
  measure: string,
  names: Record<Exclude<Measure, "text">, string>,
  scale: LevelScale = DEFAULT_SCALE
): string {
  const isNum = `ISNUMBER(${row})`;
  const text = (labels: [string, number][]) =>
    labels.length === 0
      ? `SUMPRODUCT(--ISTEXT(${row}))`
      : `SUMPRODUCT(ISTEXT(${row})*ISNA(MATCH(${row},{${labels.map(([l]) => literal(l)).join(",")}},0)))`;
  const notWhole = `SUMPRODUCT(--NOT(ISERROR(1/(${row}<>INT(${row})))))`;
  const percent = `SUMPRODUCT(--ISTEXT(${row}))+SUMPRODUCT(${isNum}*((${row}<0)+(${row}>100)))`;
  const count = `SUMPRODUCT(--ISTEXT(${row}))+SUMPRODUCT(${isNum}*(${row}<0))+${notWhole}`;
  const yesno = `${text(valueLabels("yesno"))}+SUMPRODUCT(${isNum}*(${row}<>0)*(${row}<>1))`;
  const levels = scale.length
    ? `${text(valueLabels("level", scale))}+SUMPRODUCT(${isNum}*ISNA(MATCH(${row},{${scale.map((l) => l.value).join(",")}},0)))`
    : text(valueLabels("level", scale));
  const m = (k: Exclude<Measure, "text">) => `${measure}=${literal(names[k])}`;
  const body = `IF(${m("percent")},${percent},IF(${m("number")},${count},IF(${m("yesno")},${yesno},IF(${m("level")},${levels},0))))`;
  return `IFERROR(${body},SUMPRODUCT(--ISERROR(${row})))`;
}

/**
 * How the Indicator progress sheet reads an indicator's cells: a yes/no or
 * level indicator's labels as their numbers (its formulas are wrapped in
 * indicatorNumberFormula), any other measure's numbers only.
 */
export function readerFor(
  measure: Measure,
  scale: LevelScale = DEFAULT_SCALE
): (v: CellValue) => number | null {
  const labels = measure === "yesno" || measure === "level" ? valueLabels(measure, scale) : [];
  return (v) => indicatorNumber(v, labels);
}

/** The wrapper readerFor's formula side puts around a cell, by measure. */
export function cellFormulaFor(
  measure: Measure,
  scale: LevelScale = DEFAULT_SCALE
): (x: string) => string {
  const labels = measure === "yesno" || measure === "level" ? valueLabels(measure, scale) : [];
  return (x) => indicatorNumberFormula(x, labels);
}

/** What reading a value cell needs (the template reader's RowReader). */
export interface ValueReader {
  value(key: string): CellValue;
  num(key: string): number | null;
}

/**
 * A value cell read into the plan, kept as typed: a number (numbers typed
 * as text read as numbers, as everywhere); for a yes/no, level or Text
 * indicator, any other text as it is (trimmed), which the measures read
 * (labels) and the check reports (text that is no label). For a percent or
 * count indicator, text is no number: the reader reports its cell.
 */
export function readValueCell(
  cells: ValueReader,
  key: string,
  measure: string | undefined
): number | string | null {
  const v = cells.value(key);
  if (typeof v === "string" && LABEL_MEASURES.includes(measure as Measure)) {
    const n = parseTypedNumber(v);
    if (n.ok) return n.value;
    if (measure === "text" || n.why !== "ambiguous") return v.trim() === "" ? null : v.trim();
  }
  return cells.num(key);
}
