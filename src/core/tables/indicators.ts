/**
 * tblIndicators: every indicator with its definition (protected, from the
 * plan) and its entry cells: measure, direction, aggregation, baseline,
 * yearly targets and actuals, verification, responsible, comment.
 */
import type { Measure } from "../model";
import { listLabel } from "../vocabulary";
import { column, num, opt, str, strs, type ColumnSpec, type Rec, type TableDef } from "./column";

function columns(years: number[]): ColumnSpec[] {
  const yearly = (prefix: "target" | "actual") =>
    years.map((y) =>
      column(`${prefix}:${y}`, `col.${prefix}`, "number", {
        headerValues: { year: y },
        entry: true,
        merge: true,
        width: 11,
      })
    );
  return [
    column("code", "col.indicatorCode", "code", { width: 12 }),
    column("level", "col.level", "enum", { list: "indicatorLevel", width: 13 }),
    column("parent", "col.parent", "code", { width: 13 }),
    column("text", "col.indicator", "text", { width: 60 }),
    column("measure", "col.measure", "enum", { list: "measure", entry: true, width: 13 }),
    column("unit", "col.unit", "text", { entry: true, required: false, width: 10 }),
    column("direction", "col.direction", "enum", { list: "direction", entry: true, width: 11 }),
    column("aggregation", "col.aggregation", "enum", {
      list: "aggregation",
      entry: true,
      width: 15,
    }),
    column("disaggregation", "col.disaggregation", "enums", {
      multiList: "disaggregation",
      entry: true,
      required: false,
      width: 14,
    }),
    column("baselineYear", "col.baselineYear", "year", { entry: true, merge: true, width: 11 }),
    column("baselineValue", "col.baselineValue", "number", { entry: true, merge: true, width: 11 }),
    ...yearly("target"),
    column("endTarget", "col.endTarget", "number", { entry: true, merge: true, width: 12 }),
    ...yearly("actual"),
    column("verification", "col.verification", "text", {
      entry: true,
      required: false,
      merge: true,
      width: 28,
    }),
    column("frequency", "col.frequency", "enum", { list: "frequency", entry: true, width: 13 }),
    column("responsible", "col.responsible", "code", {
      codeList: "stakeholders",
      entry: true,
      required: false,
      merge: true,
      width: 13,
    }),
    column("sdg", "col.sdg", "codes", { required: false, width: 11 }),
    column("un1325", "col.un1325", "codes", { required: false, width: 12 }),
    column("inferred", "col.inferred", "bool", { required: false, width: 10 }),
    column("comment", "col.comment", "text", {
      entry: true,
      required: false,
      merge: true,
      width: 30,
    }),
  ];
}

export const indicators: TableDef = {
  key: "indicators",
  rowKey: ["code"],
  name: "tblIndicators",
  sheet: "indicators",
  growable: false,
  protect: true,
  optional: false,
  columns,
  rows: (plan) => {
    const years: number[] = [];
    for (let y = plan.period.start; y <= plan.period.end; y++) years.push(y);
    return plan.indicators.map((ind) => {
      const row: Rec = {
        code: ind.code,
        level: ind.level,
        parent: ind.parent,
        text: ind.text,
        measure: ind.measure,
        unit: opt(ind.unit),
        direction: ind.direction,
        aggregation: ind.aggregation,
        disaggregation: [...ind.disaggregation],
        baselineYear: ind.baseline?.year ?? null,
        baselineValue: ind.baseline?.value ?? null,
        endTarget: ind.endTarget,
        verification: opt(ind.verification),
        frequency: ind.frequency,
        responsible: opt(ind.responsible),
        sdg: [...ind.sdg],
        un1325: [...ind.un1325],
        inferred: ind.inferred,
        comment: opt(ind.comment),
      };
      for (const y of years) {
        row[`target:${y}`] = ind.targets.find((x) => x.year === y)?.value ?? null;
        row[`actual:${y}`] = ind.actuals.find((x) => x.year === y)?.value ?? null;
      }
      return row;
    });
  },
  read: (rows, draft) => {
    for (const r of rows) {
      const series = (prefix: string) =>
        Object.keys(r)
          .filter((k) => k.startsWith(`${prefix}:`))
          .flatMap((k) => {
            const v = num(r[k]);
            return v === null ? [] : [{ year: Number(k.slice(prefix.length + 1)), value: v }];
          });
      const baselineYear = num(r.baselineYear);
      const baselineValue = num(r.baselineValue);
      draft.indicators.push({
        code: str(r.code) ?? "",
        level: (str(r.level) ?? "output") as "output",
        parent: str(r.parent) ?? "",
        text: str(r.text) ?? "",
        measure: (str(r.measure) ?? "text") as "text",
        unit: str(r.unit),
        direction: (str(r.direction) ?? "increase") as "increase",
        aggregation: (str(r.aggregation) ?? "latest") as "latest",
        disaggregation: strs(r.disaggregation) as ("sex" | "region" | "age")[],
        baseline:
          baselineYear !== null && baselineValue !== null
            ? { year: baselineYear, value: baselineValue }
            : null,
        targets: series("target"),
        endTarget: num(r.endTarget),
        actuals: series("actual"),
        verification: str(r.verification),
        frequency: (str(r.frequency) ?? "annual") as "annual",
        responsible: str(r.responsible),
        sdg: strs(r.sdg),
        un1325: strs(r.un1325),
        inferred: r.inferred === true,
        comment: str(r.comment),
      });
    }
  },
  // An indicator's value against its measure (a percentage outside 0-100, a
  // count negative or not whole, a level off the plan's scale, a yes/no not 0
  // or 1). IF first: Excel's AND evaluates every argument, and INT of a text
  // is an error.
  flags: (x) =>
    x.columns
      .filter((c) => c.entry && c.kind === "number")
      .flatMap((c) => {
        const me = x.ref(c.key);
        const measure = (m: Measure, wrong: string) => ({
          column: c.key,
          formula: `=IF(ISNUMBER(${me}),AND(${x.ref("measure", true)}=${x.text(listLabel(x.lang, "measure", m))},${wrong}),FALSE)`,
        });
        return [
          measure("percent", `OR(${me}<0,${me}>100)`),
          measure("number", `OR(${me}<0,${me}<>INT(${me}))`),
          measure("yesno", `${me}<>0,${me}<>1`),
          ...(x.plan.levelScale.length
            ? [measure("level", x.plan.levelScale.map((l) => `${me}<>${l.value}`).join(","))]
            : []),
        ];
      }),
  merge: {
    table: "indicators",
    key: (r) => String(r.code),
    keyColumns: (key) => ({ code: key }),
    required: [],
    adds: false,
  },
};
