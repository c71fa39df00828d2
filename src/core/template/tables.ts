/**
 * The template's tables, column by column: one definition serves writing
 * (headers, formats, validations) and reading back (headers mapped by name,
 * in either language, never by position).
 */
import type { TOptions } from "i18next";
import { both, fold, t, type MessageKey } from "../i18n";
import {
  ACTION_STATUSES,
  AGGREGATIONS,
  BUDGET_STATUSES,
  CROSSCUTTING_AREAS,
  DIRECTIONS,
  FREQUENCIES,
  FUNDING_TYPES,
  DECISIONS,
  INDICATOR_LEVELS,
  MEASURES,
  MERGE_OUTCOMES,
  MERGE_TABLES,
  STAKEHOLDER_TYPES,
  type Lang,
} from "../model";
import type { SheetKey } from "./types";

/** Enumerations shown as drop-down lists of translated labels. */
export const LISTS = {
  frameworkLevel: { prefix: "level", values: ["pillar", "result", "output"] },
  indicatorLevel: { prefix: "level", values: INDICATOR_LEVELS },
  measure: { prefix: "measure", values: MEASURES },
  direction: { prefix: "direction", values: DIRECTIONS },
  aggregation: { prefix: "aggregation", values: AGGREGATIONS },
  frequency: { prefix: "frequency", values: FREQUENCIES },
  stakeholderType: { prefix: "stakeholderType", values: STAKEHOLDER_TYPES },
  fundingType: { prefix: "fundingType", values: FUNDING_TYPES },
  status: { prefix: "status", values: ACTION_STATUSES },
  budgetStatus: { prefix: "budgetStatus", values: BUDGET_STATUSES },
  rating: { prefix: "rating", values: ["low", "medium", "high"] },
  yesno: { prefix: "", values: ["yes", "no"] },
  crosscutting: { prefix: "crosscutting", values: CROSSCUTTING_AREAS },
  outcome: { prefix: "outcome", values: MERGE_OUTCOMES },
  decision: { prefix: "decision", values: DECISIONS },
  mergeTable: { prefix: "mergeTable", values: MERGE_TABLES },
} as const satisfies Record<string, { prefix: string; values: readonly string[] }>;
export type ListKey = keyof typeof LISTS;

export function listLabelKey(list: ListKey, value: string): MessageKey {
  const { prefix } = LISTS[list];
  return (prefix ? `${prefix}.${value}` : value) as MessageKey;
}

export function listLabel(lang: Lang, list: ListKey, value: string): string {
  return t(lang, listLabelKey(list, value));
}

const labelIndex = new Map<ListKey, Map<string, string>>();

/** Map a label in either language (or the value itself) back to its value. */
export function listValue(list: ListKey, label: string): string | undefined {
  let index = labelIndex.get(list);
  if (!index) {
    index = new Map();
    for (const v of LISTS[list].values) {
      for (const l of [v, ...both(listLabelKey(list, v))])
        if (!index.has(fold(l))) index.set(fold(l), v);
    }
    labelIndex.set(list, index);
  }
  return index.get(fold(label));
}

/** Code lists fed from reference tables. */
export type CodeListKey =
  "stakeholders" | "regions" | "funding" | "outputs" | "pillars" | "actions";

export type ColumnKind =
  | "text"
  | "code"
  | "codes"
  | "number"
  | "year"
  | "years"
  | "percent"
  | "amount"
  | "enum"
  | "enums"
  | "bool"
  | "formula";

export interface ColumnSpec {
  key: string;
  header: MessageKey;
  headerValues?: TOptions;
  kind: ColumnKind;
  list?: ListKey;
  codeList?: CodeListKey;
  /** A person fills it in. */
  entry: boolean;
  /** Reading fails when it is missing. */
  required: boolean;
  width: number;
  /** Computed columns: the formula for a body row, given the table's headers. */
  formula?: (ctx: FormulaContext) => string;
}

export interface FormulaContext {
  lang: Lang;
  /** Structured reference to a column of a table, data rows only. */
  col: (table: TableKey, key: string) => string;
  /** Structured reference to this row's cell in a column of the same table. */
  here: (key: string) => string;
}

export type TableKey =
  | "framework"
  | "indicators"
  | "actions"
  | "budget"
  | "stakeholders"
  | "funding"
  | "regions"
  | "risks"
  | "imports"
  | "conflicts"
  | "submissions"
  | "exchange"
  | "meta";

export interface TableSpec {
  key: TableKey;
  name: string;
  sheet: SheetKey;
  /** Rows can be added by people (the sheet stays unprotected). */
  growable: boolean;
  columns: ColumnSpec[];
}

const c = (
  key: string,
  header: MessageKey,
  kind: ColumnKind,
  opts: Partial<Omit<ColumnSpec, "key" | "header" | "kind">> = {}
): ColumnSpec => ({ key, header, kind, entry: false, required: true, width: 14, ...opts });

/** Year-dependent columns of the indicators table. */
export function indicatorColumns(years: number[]): ColumnSpec[] {
  const targets = years.map((y) =>
    c(`target:${y}`, "col.target", "number", { headerValues: { year: y }, entry: true, width: 11 })
  );
  const actuals = years.map((y) =>
    c(`actual:${y}`, "col.actual", "number", { headerValues: { year: y }, entry: true, width: 11 })
  );
  return [
    c("code", "col.indicatorCode", "code", { width: 12 }),
    c("level", "col.level", "enum", { list: "indicatorLevel", width: 13 }),
    c("parent", "col.parent", "code", { width: 13 }),
    c("text", "col.indicator", "text", { width: 60 }),
    c("measure", "col.measure", "enum", { list: "measure", entry: true, width: 13 }),
    c("unit", "col.unit", "text", { entry: true, required: false, width: 10 }),
    c("direction", "col.direction", "enum", { list: "direction", entry: true, width: 11 }),
    c("aggregation", "col.aggregation", "enum", { list: "aggregation", entry: true, width: 15 }),
    c("disaggregation", "col.disaggregation", "text", { entry: true, required: false, width: 14 }),
    c("baselineYear", "col.baselineYear", "year", { entry: true, width: 11 }),
    c("baselineValue", "col.baselineValue", "number", { entry: true, width: 11 }),
    ...targets,
    c("endTarget", "col.endTarget", "number", { entry: true, width: 12 }),
    ...actuals,
    c("verification", "col.verification", "text", { entry: true, required: false, width: 28 }),
    c("frequency", "col.frequency", "enum", { list: "frequency", entry: true, width: 13 }),
    c("responsible", "col.responsible", "code", {
      codeList: "stakeholders",
      entry: true,
      required: false,
      width: 13,
    }),
    c("sdg", "col.sdg", "text", { required: false, width: 11 }),
    c("un1325", "col.un1325", "text", { required: false, width: 12 }),
    c("inferred", "col.inferred", "bool", { required: false, width: 10 }),
    c("comment", "col.comment", "text", { entry: true, required: false, width: 30 }),
  ];
}

export function tableSpecs(years: number[]): Record<TableKey, TableSpec> {
  return {
    framework: {
      key: "framework",
      name: "tblFramework",
      sheet: "framework",
      growable: false,
      columns: [
        c("level", "col.level", "enum", { list: "frameworkLevel", width: 11 }),
        c("code", "col.code", "code", { width: 9 }),
        c("codeAsPrinted", "col.codeAsPrinted", "code", { required: false, width: 10 }),
        c("parent", "col.parent", "code", { width: 9 }),
        c("pillar", "col.pillar", "code", { width: 7 }),
        c("name", "col.name", "text", { required: false, width: 20 }),
        c("text", "col.text", "text", { width: 90 }),
      ],
    },
    indicators: {
      key: "indicators",
      name: "tblIndicators",
      sheet: "indicators",
      growable: false,
      columns: indicatorColumns(years),
    },
    actions: {
      key: "actions",
      name: "tblActions",
      sheet: "actions",
      growable: true,
      columns: [
        c("code", "col.actionCode", "code", { entry: true, width: 11 }),
        c("output", "col.output", "code", { codeList: "outputs", entry: true, width: 9 }),
        c("text", "col.action", "text", { entry: true, width: 60 }),
        c("lead", "col.lead", "code", { codeList: "stakeholders", entry: true, width: 13 }),
        c("partners", "col.partners", "codes", { entry: true, required: false, width: 20 }),
        c("regions", "col.regionsList", "codes", { entry: true, required: false, width: 18 }),
        c("years", "col.years", "years", { entry: true, width: 16 }),
        c("status", "col.status", "enum", { list: "status", entry: true, width: 13 }),
        c("progress", "col.progress", "percent", { entry: true, width: 11 }),
        c("origin", "col.origin", "text", { required: false, width: 24 }),
        c("pillar", "col.pillar", "formula", {
          required: false,
          width: 7,
          formula: (x) =>
            `IFERROR(INDEX(${x.col("framework", "pillar")},MATCH(${x.here("output")},${x.col("framework", "code")},0)),"")`,
        }),
        c("total", "col.total", "formula", {
          required: false,
          width: 15,
          formula: (x) =>
            `SUMIFS(${x.col("budget", "amount")},${x.col("budget", "action")},${x.here("code")})`,
        }),
        c("securedTotal", "col.secured", "formula", {
          required: false,
          width: 15,
          formula: (x) =>
            `SUMIFS(${x.col("budget", "secured")},${x.col("budget", "action")},${x.here("code")})`,
        }),
        c("gap", "sum.gap", "formula", {
          required: false,
          width: 15,
          formula: (x) => `${x.here("total")}-${x.here("securedTotal")}`,
        }),
      ],
    },
    budget: {
      key: "budget",
      name: "tblBudget",
      sheet: "budget",
      growable: true,
      columns: [
        c("action", "col.actionCode", "code", { codeList: "actions", entry: true, width: 11 }),
        c("year", "col.year", "year", { entry: true, width: 8 }),
        c("source", "col.source", "code", { codeList: "funding", entry: true, width: 14 }),
        c("unitCost", "col.unitCost", "amount", { entry: true, required: false, width: 13 }),
        c("quantity", "col.quantity", "number", { entry: true, required: false, width: 10 }),
        c("times", "col.times", "number", { entry: true, required: false, width: 10 }),
        c("cost", "col.cost", "formula", {
          required: false,
          width: 15,
          formula: (x) =>
            `IF(AND(ISNUMBER(${x.here("unitCost")}),ISNUMBER(${x.here("quantity")})),${x.here("unitCost")}*${x.here("quantity")}*IF(ISNUMBER(${x.here("times")}),${x.here("times")},1),"")`,
        }),
        c("amount", "col.amount", "amount", { entry: true, width: 16 }),
        c("secured", "col.secured", "amount", { entry: true, width: 16 }),
        c("budgetStatus", "col.budgetStatus", "enum", {
          list: "budgetStatus",
          entry: true,
          width: 13,
        }),
        c("origin", "col.origin", "text", { required: false, width: 24 }),
        c("output", "col.output", "formula", {
          required: false,
          width: 9,
          formula: (x) =>
            `IFERROR(INDEX(${x.col("actions", "output")},MATCH(${x.here("action")},${x.col("actions", "code")},0)),"")`,
        }),
        c("pillar", "col.pillar", "formula", {
          required: false,
          width: 7,
          formula: (x) =>
            `IFERROR(INDEX(${x.col("actions", "pillar")},MATCH(${x.here("action")},${x.col("actions", "code")},0)),"")`,
        }),
        c("lead", "col.lead", "formula", {
          required: false,
          width: 13,
          formula: (x) =>
            `IFERROR(INDEX(${x.col("actions", "lead")},MATCH(${x.here("action")},${x.col("actions", "code")},0)),"")`,
        }),
      ],
    },
    stakeholders: {
      key: "stakeholders",
      name: "tblStakeholders",
      sheet: "stakeholders",
      growable: true,
      columns: [
        c("code", "col.code", "code", { entry: true, width: 12 }),
        c("name", "col.name", "text", { entry: true, width: 60 }),
        c("acronym", "col.acronym", "text", { entry: true, required: false, width: 12 }),
        c("type", "col.type", "enum", { list: "stakeholderType", entry: true, width: 28 }),
        c("committee", "col.committee", "bool", { entry: true, width: 14 }),
        c("focalPoint", "col.focalPoint", "text", { entry: true, required: false, width: 22 }),
        c("email", "col.email", "text", { entry: true, required: false, width: 24 }),
      ],
    },
    funding: {
      key: "funding",
      name: "tblFunding",
      sheet: "funding",
      growable: true,
      columns: [
        c("code", "col.code", "code", { entry: true, width: 12 }),
        c("name", "col.name", "text", { entry: true, width: 40 }),
        c("type", "col.type", "enum", { list: "fundingType", entry: true, width: 18 }),
        c("stakeholder", "col.stakeholder", "code", {
          codeList: "stakeholders",
          entry: true,
          required: false,
          width: 14,
        }),
      ],
    },
    regions: {
      key: "regions",
      name: "tblRegions",
      sheet: "regions",
      growable: true,
      columns: [
        c("code", "col.code", "code", { entry: true, width: 10 }),
        c("name", "col.name", "text", { entry: true, width: 30 }),
      ],
    },
    risks: {
      key: "risks",
      name: "tblRisks",
      sheet: "risks",
      growable: true,
      columns: [
        c("code", "col.code", "code", { entry: true, width: 10 }),
        c("text", "col.risk", "text", { entry: true, width: 50 }),
        c("likelihood", "col.likelihood", "enum", {
          list: "rating",
          entry: true,
          required: false,
          width: 12,
        }),
        c("impact", "col.impact", "enum", {
          list: "rating",
          entry: true,
          required: false,
          width: 12,
        }),
        c("mitigation", "col.mitigation", "text", { entry: true, required: false, width: 50 }),
        c("owner", "col.owner", "code", {
          codeList: "stakeholders",
          entry: true,
          required: false,
          width: 14,
        }),
      ],
    },
    imports: {
      key: "imports",
      name: "tblImports",
      sheet: "imports",
      growable: true,
      columns: [
        c("importedAt", "col.importedAt", "text", { width: 20 }),
        c("file", "col.file", "text", { width: 24 }),
        c("focalPoint", "col.stakeholder", "code", { required: false, width: 12 }),
        c("table", "col.table", "enum", { list: "mergeTable", width: 18 }),
        c("key", "col.key", "text", { width: 14 }),
        c("column", "col.column", "text", { width: 14 }),
        c("value", "col.value", "text", { required: false, width: 24 }),
        c("outcome", "col.outcome", "enum", { list: "outcome", width: 16 }),
      ],
    },
    conflicts: {
      key: "conflicts",
      name: "tblConflicts",
      sheet: "conflicts",
      growable: true,
      columns: [
        c("id", "col.conflictId", "code", { width: 10 }),
        c("table", "col.table", "enum", { list: "mergeTable", width: 18 }),
        c("key", "col.key", "text", { width: 14 }),
        c("column", "col.column", "text", { width: 14 }),
        c("current", "col.current", "text", { required: false, width: 18 }),
        c("source", "col.source", "text", { width: 28 }),
        c("proposed", "col.proposed", "text", { required: false, width: 18 }),
        c("decision", "col.decision", "enum", { list: "decision", entry: true, width: 12 }),
        c("settledBy", "col.settledBy", "text", { entry: true, required: false, width: 16 }),
        c("settledAt", "col.settledAt", "text", { required: false, width: 14 }),
      ],
    },
    submissions: {
      key: "submissions",
      name: "tblSubmissions",
      sheet: "submissions",
      growable: true,
      columns: [
        c("focalPoint", "col.stakeholder", "code", { codeList: "stakeholders", width: 14 }),
        c("year", "col.year", "year", { width: 8 }),
        c("file", "col.file", "text", { width: 28 }),
        c("submittedAt", "col.submittedAt", "text", { width: 14 }),
        c("deadline", "col.deadline", "text", { required: false, width: 14 }),
        c("onTime", "col.onTime", "formula", {
          required: false,
          width: 12,
          // Dates are ISO text (YYYY-MM-DD): text order is date order.
          formula: (x) =>
            `IF(OR(${x.here("deadline")}="",${x.here("submittedAt")}<=${x.here("deadline")}),"${t(x.lang, "yes")}","${t(x.lang, "no")}")`,
        }),
      ],
    },
    exchange: {
      key: "exchange",
      name: "tblExchangeRate",
      sheet: "donor",
      growable: false,
      columns: [
        c("currency", "col.currency", "text", { entry: true, width: 16 }),
        c("rate", "col.rate", "number", { entry: true, width: 16 }),
        c("date", "col.rateDate", "text", { entry: true, required: false, width: 16 }),
      ],
    },
    meta: {
      key: "meta",
      name: "tblNapMeta",
      sheet: "meta",
      growable: false,
      columns: [
        c("key", "col.key", "text", { width: 20 }),
        c("value", "col.value", "text", { width: 60 }),
      ],
    },
  };
}

/** The header a column shows in a language. */
export function header(lang: Lang, col: ColumnSpec): string {
  return t(lang, col.header, col.headerValues);
}

/** Does a header cell name this column, in either language? */
export function headerMatches(text: string, col: ColumnSpec): boolean {
  const f = fold(text);
  return both(col.header, col.headerValues).some((h) => fold(h) === f) || fold(col.key) === f;
}

/** The code list a column's drop-down draws from: defined name. */
export function codeListName(list: CodeListKey): string {
  return `lst_${list}`;
}

export function enumListName(list: ListKey): string {
  return `lst_${list}`;
}
