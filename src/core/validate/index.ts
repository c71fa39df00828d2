/**
 * The full check of a NAP workbook, over plain table values (what either
 * adapter reads): pasted values and API writes bypass Excel's own data
 * validation, so everything is checked again here. Each finding names its
 * sheet and cell, a stable rule id, and says in French or English what is
 * wrong and what would be right. The check changes nothing.
 */
import { t, type MessageKey } from "../i18n";
import { planYears, type Lang } from "../model";
import {
  readMeta,
  rowsOf,
  TemplateError,
  type ReadProblem,
  type RowReader,
  type WorkbookValues,
} from "../template/read";
import { tableSpecs, type TableKey } from "../template/tables";

export type Severity = "error" | "warning";

export const RULES = [
  "structure",
  "not-a-number",
  "excel-error",
  "unknown-label",
  "measure.percent",
  "measure.count",
  "measure.level",
  "measure.yesno",
  "time.baseline-after-actual",
  "time.baseline-after-period",
  "time.end-target",
  "structure.duplicate-code",
  "structure.unknown-parent",
  "structure.unknown-reference",
  "money.negative",
  "money.secured-above-planned",
  "money.total",
  "money.cost",
  "status.completed-progress",
  "status.not-started-progress",
  "outlier.zscore",
  "outlier.range",
] as const;
export type Rule = (typeof RULES)[number];

export interface Finding {
  severity: Severity;
  rule: Rule;
  sheet: string;
  cell: string;
  /** The row's code (indicator, action...), when there is one. */
  key?: string;
  message: string;
  /** Outlier warnings on an indicator whose Comment explains them. */
  acknowledged?: boolean;
}

/** |x - mean| / sd of the other years at or above this is an outlier (DHIS2). */
export const Z_LIMIT = 3;
/** Outside mean ± this many sd of the other years is outside the expected range (DHIS2 min-max). */
export const RANGE_SD = 2;

const num = (v: number | null): v is number => v !== null;
const fmt = (x: number) => String(Math.round(x * 1000) / 1000);

interface Ctx {
  lang: Lang;
  findings: Finding[];
  add(
    r: RowReader,
    col: string,
    severity: Severity,
    rule: Rule,
    key: MessageKey,
    values?: Record<string, string | number>,
    code?: string
  ): void;
}

function context(lang: Lang): Ctx {
  const findings: Finding[] = [];
  return {
    lang,
    findings,
    add(r, col, severity, rule, key, values = {}, code) {
      const cell = r.address(col);
      findings.push({
        severity,
        rule,
        sheet: r.sheet,
        cell,
        key: code,
        message: `${r.sheet}!${cell}: ${t(lang, key, values)}`,
      });
    },
  };
}

function fromProblem(p: ReadProblem): Finding {
  return { severity: "error", rule: p.rule, sheet: p.sheet, cell: p.cell, message: p.message };
}

/** Check a workbook's tables. Never throws for bad content: a broken structure is a finding. */
export function validateWorkbook(values: WorkbookValues, lang: Lang = "en"): Finding[] {
  const meta = readMeta(values);
  const start = Number(meta.periodStart);
  const end = Number(meta.periodEnd);
  if (!values.tblNapMeta || !Number.isInteger(start) || !Number.isInteger(end)) {
    return [
      {
        severity: "error",
        rule: "structure",
        sheet: "",
        cell: "",
        message: t(lang, "error.notNapWorkbook", { file: "workbook", sheet: "_NAP" }),
      },
    ];
  }
  const years = planYears({ period: { start, end } });
  const specs = tableSpecs(years);
  const problems: ReadProblem[] = [];
  const ctx = context(lang);
  const tables = {} as Record<TableKey, RowReader[]>;
  const required: TableKey[] = [
    "framework",
    "indicators",
    "actions",
    "budget",
    "stakeholders",
    "funding",
    "regions",
  ];
  for (const k of [...required, "risks" as const]) {
    try {
      tables[k] = rowsOf(k, specs, values, lang, problems, k === "risks");
    } catch (e) {
      if (!(e instanceof TemplateError)) throw e;
      ctx.findings.push({
        severity: "error",
        rule: "structure",
        sheet: e.details.sheet ?? "",
        cell: "",
        message: e.message,
      });
      tables[k] = [];
    }
  }
  checkIndicators(ctx, tables.indicators, years, meta.levelScale);
  checkStructure(ctx, tables);
  checkMoney(ctx, tables.actions, tables.budget);
  checkStatus(ctx, tables.actions);
  // A cell read by several rules reports its problem once.
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const k = `${p.sheet}!${p.cell}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return [...unique.map(fromProblem), ...ctx.findings];
}

function levels(scale: unknown): number[] {
  try {
    const parsed = typeof scale === "string" ? (JSON.parse(scale) as { value: number }[]) : [];
    return parsed.map((l) => l.value);
  } catch {
    return [];
  }
}

function checkIndicators(ctx: Ctx, rows: RowReader[], years: number[], scale: unknown): void {
  const scaleValues = levels(scale);
  for (const r of rows) {
    const code = r.text("code");
    const measure = r.list("measure", "measure");
    const cells = [
      "baselineValue",
      ...years.map((y) => `target:${y}`),
      "endTarget",
      ...years.map((y) => `actual:${y}`),
    ];
    for (const col of cells) {
      const v = r.num(col);
      if (v === null) continue;
      if (measure === "percent" && (v < 0 || v > 100))
        ctx.add(r, col, "error", "measure.percent", "v.percent", { value: v }, code);
      if (measure === "number" && (v < 0 || !Number.isInteger(v)))
        ctx.add(r, col, "error", "measure.count", "v.count", { value: v }, code);
      if (measure === "level" && scaleValues.length && !scaleValues.includes(v)) {
        ctx.add(
          r,
          col,
          "error",
          "measure.level",
          "v.level",
          { value: v, scale: scaleValues.join(", ") },
          code
        );
      }
      if (measure === "yesno" && v !== 0 && v !== 1)
        ctx.add(r, col, "error", "measure.yesno", "v.yesno", { value: v }, code);
    }
    const baselineYear = r.num("baselineYear");
    const actuals = years
      .map((y) => ({ y, v: r.num(`actual:${y}`) }))
      .filter((a): a is { y: number; v: number } => a.v !== null);
    if (baselineYear !== null) {
      if (baselineYear > years[years.length - 1]) {
        ctx.add(
          r,
          "baselineYear",
          "error",
          "time.baseline-after-period",
          "v.baselineAfterPeriod",
          { year: baselineYear, end: years[years.length - 1] },
          code
        );
      } else if (actuals.length && baselineYear > actuals[0].y) {
        ctx.add(
          r,
          "baselineYear",
          "error",
          "time.baseline-after-actual",
          "v.baselineAfterActual",
          { baseline: baselineYear, first: actuals[0].y },
          code
        );
      }
    }
    const targets = years.map((y) => r.num(`target:${y}`)).filter(num);
    const endTarget = r.num("endTarget");
    const aggregation = r.list("aggregation", "aggregation");
    if (endTarget !== null && targets.length && aggregation) {
      const expected =
        aggregation === "sum"
          ? targets.reduce((a, b) => a + b, 0)
          : aggregation === "average"
            ? targets.reduce((a, b) => a + b, 0) / targets.length
            : aggregation === "max"
              ? Math.max(...targets)
              : targets[targets.length - 1];
      if (Math.abs(endTarget - expected) > 1e-9 * Math.max(1, Math.abs(expected))) {
        ctx.add(
          r,
          "endTarget",
          "error",
          "time.end-target",
          "v.endTarget",
          {
            value: endTarget,
            expected: fmt(expected),
            aggregation: t(ctx.lang, `aggregation.${aggregation}` as MessageKey),
          },
          code
        );
      }
    }
    // Outliers: each actual against the indicator's other years (leave one out).
    const acknowledged = Boolean(r.text("comment"));
    for (const a of actuals) {
      const others = actuals.filter((b) => b !== a).map((b) => b.v);
      if (others.length < 3) continue;
      const mean = others.reduce((x, y) => x + y, 0) / others.length;
      const sd = Math.sqrt(others.reduce((x, y) => x + (y - mean) ** 2, 0) / (others.length - 1));
      if (sd === 0) continue;
      const z = Math.abs(a.v - mean) / sd;
      const before = ctx.findings.length;
      if (z >= Z_LIMIT)
        ctx.add(
          r,
          `actual:${a.y}`,
          "warning",
          "outlier.zscore",
          "v.outlierZ",
          { value: a.v, z: fmt(z) },
          code
        );
      else if (z > RANGE_SD) {
        ctx.add(
          r,
          `actual:${a.y}`,
          "warning",
          "outlier.range",
          "v.outlierRange",
          { value: a.v, min: fmt(mean - RANGE_SD * sd), max: fmt(mean + RANGE_SD * sd) },
          code
        );
      }
      if (acknowledged && ctx.findings.length > before)
        ctx.findings[ctx.findings.length - 1].acknowledged = true;
    }
  }
}

function checkStructure(ctx: Ctx, tables: Record<TableKey, RowReader[]>): void {
  const codes = (k: TableKey, col = "code") =>
    new Set(tables[k].map((r) => r.text(col)).filter((c): c is string => Boolean(c)));
  // Unique codes in every table that has them.
  const keyed: [TableKey, (r: RowReader) => string | undefined, string][] = [
    ["framework", (r) => r.text("code"), "code"],
    ["indicators", (r) => r.text("code"), "code"],
    ["actions", (r) => r.text("code"), "code"],
    ["stakeholders", (r) => r.text("code"), "code"],
    ["funding", (r) => r.text("code"), "code"],
    ["regions", (r) => r.text("code"), "code"],
    ["budget", (r) => [r.text("action"), r.num("year"), r.text("source")].join(" | "), "action"],
  ];
  for (const [k, key, col] of keyed) {
    const seen = new Set<string>();
    for (const r of tables[k]) {
      const c = key(r);
      if (!c) continue;
      if (seen.has(c))
        ctx.add(
          r,
          col,
          "error",
          "structure.duplicate-code",
          "v.duplicate",
          { code: c, table: r.sheet },
          c
        );
      seen.add(c);
    }
  }
  const level = (r: RowReader) => r.list("level", "frameworkLevel");
  const pillars = new Set(
    tables.framework.filter((r) => level(r) === "pillar").map((r) => r.text("code"))
  );
  const results = new Set(
    tables.framework.filter((r) => level(r) === "result").map((r) => r.text("code"))
  );
  const outputs = new Set(
    tables.framework.filter((r) => level(r) === "output").map((r) => r.text("code"))
  );
  const stakeholders = codes("stakeholders");
  const regions = codes("regions");
  const funding = codes("funding");
  const actions = codes("actions");
  const parent = (
    r: RowReader,
    col: string,
    set: Set<string | undefined>,
    what: MessageKey,
    table: string
  ) => {
    const v = r.text(col);
    if (v && !set.has(v))
      ctx.add(
        r,
        col,
        "error",
        "structure.unknown-parent",
        "v.unknownParent",
        { code: v, what: t(ctx.lang, what), table },
        v
      );
  };
  const ref = (r: RowReader, col: string, set: Set<string>, list: string, many = false) => {
    for (const v of many ? r.codes(col) : [r.text(col)]) {
      if (v && !set.has(v))
        ctx.add(
          r,
          col,
          "error",
          "structure.unknown-reference",
          "v.unknownReference",
          { code: v, list },
          v
        );
    }
  };
  const sheetOf = (k: TableKey) => tables[k][0]?.sheet ?? k;
  for (const r of tables.framework) {
    if (level(r) === "result") parent(r, "parent", pillars, "level.pillar", sheetOf("framework"));
    if (level(r) === "output") parent(r, "parent", results, "level.result", sheetOf("framework"));
  }
  for (const r of tables.indicators) {
    const l = r.list("level", "indicatorLevel");
    if (l === "objective") parent(r, "parent", pillars, "level.pillar", sheetOf("framework"));
    if (l === "result") parent(r, "parent", results, "level.result", sheetOf("framework"));
    if (l === "output") parent(r, "parent", outputs, "level.output", sheetOf("framework"));
    ref(r, "responsible", stakeholders, sheetOf("stakeholders"));
  }
  for (const r of tables.actions) {
    parent(r, "output", outputs, "level.output", sheetOf("framework"));
    ref(r, "lead", stakeholders, sheetOf("stakeholders"));
    ref(r, "partners", stakeholders, sheetOf("stakeholders"), true);
    ref(r, "regions", regions, sheetOf("regions"), true);
  }
  for (const r of tables.budget) {
    parent(r, "action", actions, "col.action", sheetOf("actions"));
    ref(r, "source", funding, sheetOf("funding"));
  }
  for (const r of tables.funding) ref(r, "stakeholder", stakeholders, sheetOf("stakeholders"));
  for (const r of tables.risks ?? []) ref(r, "owner", stakeholders, sheetOf("stakeholders"));
}

function checkMoney(ctx: Ctx, actions: RowReader[], budget: RowReader[]): void {
  const byAction = new Map<string, number>();
  for (const r of budget) {
    const code = r.text("action");
    for (const col of ["unitCost", "amount", "secured"]) {
      const v = r.num(col);
      if (v !== null && v < 0)
        ctx.add(r, col, "error", "money.negative", "v.negative", { value: v }, code);
    }
    const amount = r.num("amount");
    const secured = r.num("secured");
    if (amount !== null && secured !== null && secured > amount) {
      ctx.add(
        r,
        "secured",
        "error",
        "money.secured-above-planned",
        "v.securedAbove",
        { secured, planned: amount },
        code
      );
    }
    const [u, q, x] = [r.num("unitCost"), r.num("quantity"), r.num("times")];
    if (u !== null && q !== null && amount !== null) {
      const cost = u * q * (x ?? 1);
      if (Math.abs(cost - amount) > 1e-6 * Math.max(1, amount))
        ctx.add(r, "amount", "warning", "money.cost", "v.cost", { cost: fmt(cost), amount }, code);
    }
    if (code && amount !== null) byAction.set(code, (byAction.get(code) ?? 0) + amount);
  }
  for (const r of actions) {
    const total = r.value("total");
    if (typeof total !== "number") continue; // a formula not yet calculated has no value
    const sum = byAction.get(r.text("code") ?? "") ?? 0;
    if (Math.abs(total - sum) > 1e-6 * Math.max(1, sum))
      ctx.add(r, "total", "error", "money.total", "v.total", { total, sum }, r.text("code"));
  }
}

function checkStatus(ctx: Ctx, actions: RowReader[]): void {
  for (const r of actions) {
    const status = r.list("status", "status");
    const progress = r.num("progress");
    if (progress === null) continue;
    if (progress < 0 || progress > 100)
      ctx.add(
        r,
        "progress",
        "error",
        "measure.percent",
        "v.percent",
        { value: progress },
        r.text("code")
      );
    if (status === "completed" && progress !== 100) {
      ctx.add(
        r,
        "progress",
        "error",
        "status.completed-progress",
        "v.completedProgress",
        { value: progress },
        r.text("code")
      );
    }
    if (status === "not-started" && progress !== 0) {
      ctx.add(
        r,
        "progress",
        "error",
        "status.not-started-progress",
        "v.notStartedProgress",
        { value: progress },
        r.text("code")
      );
    }
  }
}

/** Errors that count (acknowledged outliers do not). */
export function errors(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.severity === "error");
}
