/**
 * tblIndicators: every indicator with its definition (protected, from the
 * plan) and its entry cells: measure, direction, aggregation, baseline,
 * yearly targets and actuals, verification, responsible, comment.
 */
import { readValueCell, valueLabels } from "../calc/entries";
import { t } from "../i18n";
import {
  MAPPING_STATUSES,
  planYears,
  type Lang,
  type MappingStatus,
  type Measure,
  type Plan,
} from "../model";
import { colLetter, type ValidationPlan } from "../template/types";
import { listLabel } from "../vocabulary";
import {
  column,
  num,
  opt,
  str,
  strs,
  type CellReader,
  type ColumnSpec,
  type Rec,
  type RecValue,
  type TableDef,
} from "./column";

/** A mapping status read back (a label not on the list stays unread: the check reports it). */
const mappingStatus = (v: RecValue | undefined): MappingStatus | undefined =>
  (MAPPING_STATUSES as readonly string[]).includes(String(v)) ? (v as MappingStatus) : undefined;

/**
 * An indicator's value cells (baseline, yearly targets, end target, yearly
 * actuals) hold what was typed, kept as it is: a number, a label its
 * measure reads ("Oui", "Moyen"), or a Text indicator's text
 * (src/core/calc/entries.ts).
 */
const valueCell = (key: string) => ({
  parse: (cells: Parameters<typeof readValueCell>[0], row: Rec) =>
    readValueCell(cells, key, typeof row.measure === "string" ? row.measure : undefined),
});

/** A value cell as the plan holds it: a number, a text, or null. */
const value = (v: Rec[string] | undefined): number | string | null =>
  typeof v === "number" || (typeof v === "string" && v !== "") ? v : null;

/** The value columns, in the table's order (baseline value to the last actual: one block). */
export const valueKeys = (years: number[]): string[] => [
  "baselineValue",
  ...years.map((y) => `target:${y}`),
  "endTarget",
  ...years.map((y) => `actual:${y}`),
];

function columns(years: number[]): ColumnSpec[] {
  const yearly = (prefix: "target" | "actual") =>
    years.map((y) =>
      column(`${prefix}:${y}`, `col.${prefix}`, "any", {
        headerValues: { year: y },
        entry: true,
        merge: true,
        width: 11,
        ...valueCell(`${prefix}:${y}`),
      })
    );
  return [
    column("code", "col.indicatorCode", "code", { width: 12 }),
    column("level", "col.level", "enum", { list: "indicatorLevel", width: 13 }),
    column("parent", "col.parent", "code", { width: 13 }),
    // print (issue 16): wide, so that rows are 1 or 2 lines: 2 pages tall on paper, not 3.
    column("text", "col.indicator", "text", { width: 100 }),
    column("measure", "col.measure", "enum", { list: "measure", entry: true, width: 13 }),
    column("unit", "col.unit", "text", { entry: true, required: false, width: 10 }),
    column("direction", "col.direction", "enum", { list: "direction", entry: true, width: 11 }),
    column("aggregation", "col.aggregation", "enum", {
      list: "aggregation",
      entry: true,
      // print (issue 16): "Valeur la plus haute" on one line (rows of one line since the text is wider).
      width: 21,
    }),
    column("disaggregation", "col.disaggregation", "enums", {
      multiList: "disaggregation",
      entry: true,
      required: false,
      width: 14,
    }),
    column("baselineYear", "col.baselineYear", "year", { entry: true, merge: true, width: 11 }),
    column("baselineValue", "col.baselineValue", "any", {
      entry: true,
      merge: true,
      width: 11,
      ...valueCell("baselineValue"),
    }),
    ...yearly("target"),
    column("endTarget", "col.endTarget", "any", {
      entry: true,
      merge: true,
      width: 12,
      ...valueCell("endTarget"),
    }),
    ...yearly("actual"),
    column("verification", "col.verification", "text", {
      entry: true,
      required: false,
      merge: true,
      translated: true,
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
    // The indicator's SDG target or indicator and global 1325 indicator, each
    // picked from its reference list (src/core/reference), with where it
    // comes from: the source, a proposal (not part of the plan until a person
    // confirms it) or a person's confirmation. One code a cell as the
    // drop-down offers; several written by the plan ("4.1; 4.5") are kept.
    // Typed as text ("16.10" is not the number 16.1).
    ...(["sdg", "un1325"] as const).flatMap((scheme) => [
      column(scheme, scheme === "sdg" ? "col.sdg" : "col.un1325", "code", {
        codeList: scheme === "sdg" ? "sdg" : "global1325",
        entry: true,
        required: false,
        numberFormat: "@",
        width: 11,
        parse: (cells: CellReader) => cells.codes(scheme),
      }),
      column(`${scheme}Status`, scheme === "sdg" ? "col.sdgStatus" : "col.un1325Status", "enum", {
        list: "mappingStatus",
        entry: true,
        required: false,
        width: 12,
      }),
    ]),
    column("inferred", "col.inferred", "bool", { required: false, width: 10 }),
    column("comment", "col.comment", "text", {
      entry: true,
      required: false,
      translated: true,
      merge: true,
      width: 30,
    }),
  ];
}

/** The drop-down list of a yes/no indicator's cells, and of a level indicator's. */
export const YESNO_LIST = "lst_yesnoValues";
export const LEVEL_LIST = "lst_levels";

/** What those lists hold: the labels in the workbook's language first, then the other's, then the numbers. */
export function valueLists(
  plan: Plan,
  lang: Lang
): { yesno: (string | number)[]; levels: (string | number)[] } {
  const other: Lang = lang === "fr" ? "en" : "fr";
  return {
    yesno: [t(lang, "yes"), t(lang, "no"), t(other, "yes"), t(other, "no"), 1, 0],
    levels: [
      ...plan.levelScale.map((l) => l[lang]),
      ...plan.levelScale.map((l) => l[other]),
      ...plan.levelScale.map((l) => l.value),
    ],
  };
}

/**
 * Data validation by measure on each indicator's value cells (one row each,
 * baseline value to its last actual): a percentage 0-100, a count whole and
 * not negative, a yes/no or a level from a drop-down list (its labels in
 * either language, or its numbers); the prompt spells the level scale out on
 * the sheet. A Text indicator's cells take any text.
 */
export function indicatorValidations(
  plan: Plan,
  lang: Lang,
  columns: ColumnSpec[],
  firstRow: number
): ValidationPlan[] {
  const keys = valueKeys(planYears(plan));
  const at = (k: string) => columns.findIndex((c) => c.key === k);
  const [from, to] = [at(keys[0]), at(keys[keys.length - 1])];
  if (from < 0 || to < 0) return [];
  const scale = plan.levelScale.map((l) => `${l.value} = ${l[lang]}`).join(", ");
  const measure = (m: Measure) => listLabel(lang, "measure", m);
  return plan.indicators.flatMap((ind, i): ValidationPlan[] => {
    const range = `${colLetter(from)}${firstRow + i + 1}:${colLetter(to)}${firstRow + i + 1}`;
    switch (ind.measure) {
      case "percent":
        return [
          { range, type: "decimal", min: 0, max: 100, error: `${measure("percent")}: 0 – 100` },
        ];
      case "number":
        return [{ range, type: "whole", min: 0, error: `${measure("number")}: ≥ 0` }];
      case "yesno":
        return [
          {
            range,
            type: "list",
            source: `=${YESNO_LIST}`,
            prompt: t(lang, "guide.entries.yesno"),
            error: t(lang, "guide.entries.yesno"),
          },
        ];
      case "level":
        return plan.levelScale.length
          ? [
              {
                range,
                type: "list",
                source: `=${LEVEL_LIST}`,
                prompt: scale,
                error: t(lang, "guide.entries.level", { scale }),
              },
            ]
          : [];
      default:
        return [];
    }
  });
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
  // On paper, the indicators as defined, from the code to the baseline: one page wide at a
  // readable scale. Each year's target and actual print on Indicator progress, beside each
  // other; source, frequency, responsible and the references on the reference sheets.
  printTo: "baselineValue",
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
        // One code a cell as a rule; none: a blank cell (not an empty text).
        sdg: ind.sdg.length ? [...ind.sdg] : null,
        un1325: ind.un1325.length ? [...ind.un1325] : null,
        // As the plan gives it (a code with no status reads as proposed: the Guide says so).
        sdgStatus: ind.sdgStatus ?? null,
        un1325Status: ind.un1325Status ?? null,
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
            const v = value(r[k]);
            return v === null ? [] : [{ year: Number(k.slice(prefix.length + 1)), value: v }];
          });
      const baselineYear = num(r.baselineYear);
      const baselineValue = value(r.baselineValue);
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
        endTarget: value(r.endTarget),
        actuals: series("actual"),
        verification: str(r.verification),
        frequency: (str(r.frequency) ?? "annual") as "annual",
        responsible: str(r.responsible),
        sdg: strs(r.sdg),
        un1325: strs(r.un1325),
        sdgStatus: mappingStatus(r.sdgStatus),
        un1325Status: mappingStatus(r.un1325Status),
        inferred: r.inferred === true,
        comment: str(r.comment),
      });
    }
  },
  // An indicator's value against its measure (a percentage outside 0-100, a
  // count negative or not whole, a level off the plan's scale, a yes/no not 0
  // or 1). IF first: Excel's AND evaluates every argument, and INT of a text
  // is an error.
  // Text is wrong in a percent or count indicator's cell, and in a yes/no or
  // level indicator's unless it is one of its labels; a Text indicator's
  // cell holds any text.
  flags: (x) =>
    x.columns
      .filter((c) => valueKeys([]).includes(c.key) || /^(target|actual):/.test(c.key))
      .flatMap((c) => {
        const me = x.ref(c.key);
        const is = (m: Measure) =>
          `${x.ref("measure", true)}=${x.text(listLabel(x.lang, "measure", m))}`;
        const measure = (m: Measure, wrong: string) => ({
          column: c.key,
          formula: `=IF(ISNUMBER(${me}),AND(${is(m)},${wrong}),FALSE)`,
        });
        const text = (m: Measure, labels: [string, number][]) => ({
          column: c.key,
          formula: labels.length
            ? `=AND(ISTEXT(${me}),${is(m)},ISNA(MATCH(${me},{${labels.map(([l]) => x.text(l)).join(",")}},0)))`
            : `=AND(ISTEXT(${me}),${is(m)})`,
        });
        return [
          { column: c.key, formula: `=ISERROR(${me})` },
          text("percent", []),
          text("number", []),
          text("yesno", valueLabels("yesno")),
          text("level", valueLabels("level", x.plan.levelScale)),
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
