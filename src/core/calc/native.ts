/**
 * The pieces every measure's Excel rendering is written with: criteria,
 * literals, the "#N/A when nothing matches" guard, and the blank a summary
 * shows where a measure has nothing to say.
 *
 * Formula text is a body without "=", in file syntax (`SUMIFS`, `COUNTIFS`,
 * `SUMPRODUCT`, `INDEX/MATCH`, structured references with `[#Data]` /
 * `[#This Row]`): nothing LibreOffice 7.4 lacks, so a test can recalculate
 * it there. Values and criteria are formula expressions: a cell reference
 * (`B5`, `tblX[[#This Row],[Code]]`) or a literal (`literal("MPFEF")`).
 */

/** A criterion: the column it tests and the value it must hold (formula expressions). */
export interface Criterion {
  column: string;
  value: string;
}

/** A text or number as a formula literal. */
export const literal = (v: string | number): string =>
  typeof v === "number" ? String(v) : `"${v.replace(/"/g, '""')}"`;

/** The criteria as trailing COUNTIFS / SUMIFS arguments. */
export const pairs = (cs: readonly Criterion[]): string =>
  cs.map((c) => `,${c.column},${c.value}`).join("");

/** With criteria, #N/A when `rows` (the rows a calculation counts) is 0, as selectRows does. */
export const orNA = (cs: readonly Criterion[], rows: string, body: string): string =>
  cs.length ? `IF(${rows}=0,NA(),${body})` : body;

/** The sum of a column under the criteria. */
export const sumOver = (values: string, cs: readonly Criterion[]): string =>
  cs.length ? `SUMIFS(${values}${pairs(cs)})` : `SUM(${values})`;

/** Not a number (blank, text, "" from a formula): the test a measure's inputs are read with. */
export const notNumber = (x: string): string => `NOT(ISNUMBER(${x}))`;

/**
 * A measure as a summary sheet shows it: its number, or a blank where the
 * measure gives an error (nothing to divide by, no data) — as the
 * TypeScript summary gives null.
 */
export const orBlank = (body: string): string => `IFERROR(${body},"")`;

/** #VALUE! as a formula: what a calculation refuses (a negative amount...) where no function gives it. */
export const VALUE_ERROR = `(0+"#VALUE!")`;
