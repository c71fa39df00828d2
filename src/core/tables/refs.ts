/**
 * tblIndicatorRefs (issue 14): one reference sheet per indicator, one row
 * each, printable on A4. What the planner writes is entry cells: the
 * definition, the calculation method, the data source and the collection
 * method (the plan does not say them: blank until written, never invented).
 * What tblIndicators already holds (the indicator's text, measure and unit,
 * direction, breakdowns, frequency, responsible, baseline, targets, means of
 * verification, whether the tool inferred its measure) is shown by native
 * formulas looking the code up there, not copied: the sheet stays true when
 * the indicator changes, in Excel without the add-in.
 *
 * Rows: one for each of the plan's indicators, in their order; a sheet whose
 * indicator is no longer in the plan is kept (after them) and the check
 * names it (src/core/validate/rules/schedule.ts).
 */
import type { IndicatorRef } from "../model";
import { listLabel } from "../vocabulary";
import { column, str, type ColumnSpec, type FormulaContext, type TableDef } from "./column";

/** A cell of the indicator's row in tblIndicators ("" where it is blank or the code is unknown). */
export const lookup = (x: FormulaContext, key: string): string => {
  const v = `INDEX(${x.col("indicators", key)},MATCH(${x.here("code")},${x.col("indicators", "code")},0))`;
  return `IFERROR(IF(${v}="","",${v}),"")`;
};

/** A computed column showing one cell of the indicator's row. */
const shown = (key: string, header: ColumnSpec["header"], width: number, source = key) =>
  column(key, header, "formula", {
    required: false,
    width,
    formula: (x) => lookup(x, source),
    wrap: true,
  });

/** The planner's texts (entry cells). */
const written = (key: string, header: ColumnSpec["header"], width: number) =>
  column(key, header, "text", { entry: true, required: false, width });

/**
 * The yearly targets as one text ("2019: 10; 2020: 20"), years without a
 * target left out. Concatenation, not TEXTJOIN (an _xlfn function).
 */
function targetsFormula(x: FormulaContext, years: number[]): string {
  const parts = years.map((y) => {
    const v = lookup(x, `target:${y}`);
    return `IF(${v}="","","; ${y}: "&${v})`;
  });
  return parts.length ? `MID(${parts.join("&")},3,2000)` : `""`;
}

function columns(years: number[]): ColumnSpec[] {
  return [
    // Keyed "code": a header "Indicator" would read as a column keyed "indicator".
    column("code", "col.indicatorCode", "code", { width: 10 }),
    // print (issue 16): the indicator's text, which sets each row's height, is the widest
    // column; the planner's texts, empty in a new workbook, a little narrower (rows of 3
    // lines rather than 5, the sheet still one page wide at 55 %).
    shown("text", "col.indicator", 44),
    written("definition", "ref.definition", 22),
    written("calculation", "ref.calculation", 20),
    shown("measure", "col.measure", 12),
    shown("unit", "col.unit", 9),
    written("source", "ref.source", 18),
    written("collection", "ref.collection", 18),
    shown("frequency", "col.frequency", 13),
    shown("responsible", "col.responsible", 11),
    shown("disaggregation", "col.disaggregation", 11),
    shown("baselineYear", "col.baselineYear", 9),
    shown("baselineValue", "col.baselineValue", 9),
    column("targets", "ref.targets", "formula", {
      required: false,
      width: 16,
      wrap: true,
      formula: (x) => targetsFormula(x, years),
    }),
    shown("endTarget", "col.endTarget", 9),
    shown("verification", "col.verification", 18),
    // Whether the tool inferred the indicator's measure, direction or aggregation.
    shown("inferred", "col.inferred", 9),
  ];
}

export const refs: TableDef = {
  key: "refs",
  rowKey: ["code"],
  name: "tblIndicatorRefs",
  sheet: "refs",
  growable: false,
  protect: true,
  // A workbook written before this table reads without it.
  optional: true,
  columns,
  rows: (plan, lang) => {
    const sheets = plan.indicatorRefs ?? [];
    const written = new Map(sheets.map((r) => [r.indicator, r]));
    const codes = new Set(plan.indicators.map((i) => i.code));
    const row = (code: string, r: IndicatorRef | undefined, text: string | null) => ({
      code,
      definition: r?.definition ?? null,
      calculation: r?.calculation ?? null,
      source: r?.source ?? null,
      collection: r?.collection ?? null,
      // What the formulas show, to size the rows (never written: those cells are formulas).
      text,
    });
    return [
      ...plan.indicators.map((ind) => ({
        ...row(ind.code, written.get(ind.code), ind.text),
        measure: listLabel(lang, "measure", ind.measure),
        verification: ind.verification ?? null,
      })),
      ...sheets.filter((r) => !codes.has(r.indicator)).map((r) => row(r.indicator, r, null)),
    ];
  },
  // A row with none of the planner's texts is no reference sheet yet (its code is the plan's).
  read: (rows, draft) => {
    for (const r of rows) {
      if (["definition", "calculation", "source", "collection"].every((k) => !str(r[k]))) continue;
      draft.indicatorRefs.push({
        indicator: str(r.code) ?? "",
        definition: str(r.definition),
        calculation: str(r.calculation),
        source: str(r.source),
        collection: str(r.collection),
      });
    }
  },
};
