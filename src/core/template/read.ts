/**
 * Read a NAP workbook's tables (plain 2-D values) back into the plan model.
 * Columns are found by their headers, in English or French, wherever they
 * stand; extra columns are ignored; a missing required column is an error
 * that names it.
 */
import { t } from "../i18n";
import {
  DISAGGREGATIONS,
  parsePlan,
  planYears,
  type Lang,
  type Plan,
  type PlanInput,
} from "../model";
import { fold, both } from "../i18n";
import { META_KEYS, TEMPLATE_VERSION, sheetName } from "./build";
import {
  headerMatches,
  listValue,
  tableSpecs,
  type ColumnSpec,
  type TableKey,
  type TableSpec,
} from "./tables";
import { a1, type CellValue } from "./types";

/** A table as read: header row first. `row`/`col` locate its top-left cell (0-based). */
export interface TableValues {
  sheet: string;
  row: number;
  col: number;
  values: CellValue[][];
  /** The formula of each cell (without "="), or null; when the adapter reads them. */
  formulas?: (string | null)[][];
}

/** What an adapter hands the reader: each table found, by table name. */
export type WorkbookValues = Partial<Record<string, TableValues>>;

export type TemplateErrorCode =
  "not-nap-workbook" | "missing-table" | "missing-column" | "duplicate-column" | "newer-template";

export class TemplateError extends Error {
  constructor(
    readonly code: TemplateErrorCode,
    message: string,
    readonly details: Record<string, string> = {}
  ) {
    super(message);
    this.name = "TemplateError";
  }
}

export interface ReadProblem {
  sheet: string;
  cell: string;
  column: string;
  rule: "not-a-number" | "excel-error" | "unknown-label";
  value: string;
  message: string;
}

export interface ReadResult {
  plan: Plan;
  templateVersion: number;
  lang: Lang;
  problems: ReadProblem[];
}

const EXCEL_ERROR =
  /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA|BUSY!|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!)$/i;

export function isExcelError(v: CellValue): boolean {
  return typeof v === "string" && EXCEL_ERROR.test(v.trim());
}

/** Parse a number as planners type it: "1 000 000", "12,5", "45%". */
export function parseNumber(v: CellValue): number | null | undefined {
  if (v === null || v === "") return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v === "boolean") return undefined;
  let s = v.replace(/[\s\u00a0\u202f]/g, "");
  if (s === "") return null;
  if (s.endsWith("%")) s = s.slice(0, -1);
  if (/^-?\d+(,\d+)?$/.test(s)) s = s.replace(",", ".");
  else if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, "");
  if (!/^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

interface Column {
  spec: ColumnSpec;
  index: number;
}

/** Map a table's header row to its column specs. */
export function mapColumns(
  table: TableSpec,
  headerRow: CellValue[],
  lang: Lang
): Map<string, Column> {
  const found = new Map<string, Column>();
  headerRow.forEach((h, index) => {
    if (h === null || h === "") return;
    const spec = table.columns.find((c) => headerMatches(String(h), c));
    if (!spec) return;
    if (found.has(spec.key)) {
      throw new TemplateError(
        "duplicate-column",
        t(lang, "error.duplicateColumn", { table: table.name, column: String(h) }),
        { table: table.name, column: String(h) }
      );
    }
    found.set(spec.key, { spec, index });
  });
  for (const spec of table.columns) {
    if (spec.required && !found.has(spec.key)) {
      const [enH] = both(spec.header, spec.headerValues);
      const column = t(lang, spec.header, spec.headerValues);
      throw new TemplateError(
        "missing-column",
        t(lang, "error.missingColumn", { table: table.name, column }),
        {
          table: table.name,
          column: enH,
        }
      );
    }
  }
  return found;
}

/** One row of a table, read by column key: values parsed, problems recorded with their cell. */
export class RowReader {
  constructor(
    private readonly tv: TableValues,
    private readonly cols: Map<string, Column>,
    private readonly problems: ReadProblem[],
    private readonly lang: Lang,
    private r: number
  ) {}

  /** The row's index in the table's values (the header is 0). */
  get index(): number {
    return this.r;
  }

  get sheet(): string {
    return this.tv.sheet;
  }

  /** The A1 address of this row's cell in a column, or of its first cell when the column is absent. */
  address(key: string): string {
    const c = this.cols.get(key);
    return a1(this.tv.row + this.r, this.tv.col + (c?.index ?? 0));
  }

  has(key: string): boolean {
    return this.cols.has(key);
  }

  private raw(key: string): { v: CellValue; cell: string; header: string } | undefined {
    const c = this.cols.get(key);
    if (!c) return undefined;
    const v = this.tv.values[this.r]?.[c.index] ?? null;
    return {
      v,
      cell: a1(this.tv.row + this.r, this.tv.col + c.index),
      header: String(this.tv.values[0][c.index]),
    };
  }

  private problem(
    rule: ReadProblem["rule"],
    x: { v: CellValue; cell: string; header: string },
    key: "error.notNumber" | "error.excelError" | "error.unknownLabel"
  ) {
    const ref = `${this.tv.sheet}!${x.cell}`;
    this.problems.push({
      sheet: this.tv.sheet,
      cell: x.cell,
      column: x.header,
      rule,
      value: String(x.v),
      message: t(this.lang, key, { cell: ref, value: String(x.v) }),
    });
  }

  text(key: string): string | undefined {
    const x = this.raw(key);
    if (!x || x.v === null) return undefined;
    if (isExcelError(x.v)) {
      this.problem("excel-error", x, "error.excelError");
      return undefined;
    }
    const s = String(x.v).trim();
    return s === "" ? undefined : s;
  }

  num(key: string): number | null {
    const x = this.raw(key);
    if (!x) return null;
    if (isExcelError(x.v)) {
      this.problem("excel-error", x, "error.excelError");
      return null;
    }
    const n = parseNumber(x.v);
    if (n === undefined) {
      this.problem("not-a-number", x, "error.notNumber");
      return null;
    }
    return n;
  }

  list(key: string, list: Parameters<typeof listValue>[0]): string | undefined {
    const s = this.text(key);
    if (s === undefined) return undefined;
    const v = listValue(list, s);
    if (v === undefined) this.problem("unknown-label", this.raw(key)!, "error.unknownLabel");
    return v;
  }

  bool(key: string): boolean | undefined {
    const v = this.list(key, "yesno");
    return v === undefined ? undefined : v === "yes";
  }

  /** The cell as it is (number, text, boolean or null), Excel errors reported. */
  value(key: string): CellValue {
    const x = this.raw(key);
    if (!x || x.v === null || x.v === "") return null;
    if (isExcelError(x.v)) {
      this.problem("excel-error", x, "error.excelError");
      return null;
    }
    return x.v;
  }

  codes(key: string): string[] {
    const s = this.text(key);
    return s
      ? s
          .split(/[;,]/)
          .map((x) => x.trim())
          .filter(Boolean)
      : [];
  }

  blank(): boolean {
    const row = this.tv.values[this.r] ?? [];
    return [...this.cols.values()].every(
      (c) => c.spec.formula !== undefined || row[c.index] === null || row[c.index] === ""
    );
  }
}

export function rowsOf(
  key: TableKey,
  specs: Record<TableKey, TableSpec>,
  values: WorkbookValues,
  lang: Lang,
  problems: ReadProblem[],
  optional = false
): RowReader[] {
  const spec = specs[key];
  const tv = values[spec.name];
  if (!tv || tv.values.length === 0) {
    if (optional) return [];
    const sheet = sheetName(lang, spec.sheet);
    throw new TemplateError(
      "missing-table",
      t(lang, "error.missingTable", { table: spec.name, sheet }),
      {
        table: spec.name,
        sheet,
      }
    );
  }
  const cols = mapColumns(spec, tv.values[0], lang);
  const out: RowReader[] = [];
  for (let r = 1; r < tv.values.length; r++) {
    const rr = new RowReader(tv, cols, problems, lang, r);
    if (!rr.blank()) out.push(rr);
  }
  return out;
}

/** Read the meta table: version, language, plan identity and period. */
export function readMeta(values: WorkbookValues): Record<string, CellValue> {
  const tv = values.tblNapMeta;
  const meta: Record<string, CellValue> = {};
  if (!tv) return meta;
  for (const row of tv.values.slice(1)) {
    if (typeof row[0] === "string") meta[row[0]] = row[1] ?? null;
  }
  return meta;
}

const opt = <T>(v: T | undefined | null): T | undefined => (v === null ? undefined : v);

function exchangeRate(rows: RowReader[]): PlanInput["exchangeRate"] {
  const r = rows[0];
  if (!r) return undefined;
  const currency = r.text("currency");
  const rate = r.num("rate");
  if (!currency || rate === null) return undefined;
  return { currency, rate, date: r.text("date") };
}

/** Read a workbook's tables back into a plan. Throws TemplateError on structure, PlanError on content. */
export function readPlan(values: WorkbookValues, messageLang: Lang = "en"): ReadResult {
  const meta = readMeta(values);
  const version = parseNumber(meta.templateVersion ?? null);
  if (!version) {
    throw new TemplateError(
      "not-nap-workbook",
      t(messageLang, "error.notNapWorkbook", {
        file: "workbook",
        sheet: sheetName(messageLang, "meta"),
      })
    );
  }
  if (version > TEMPLATE_VERSION) {
    throw new TemplateError(
      "newer-template",
      t(messageLang, "error.newerTemplate", { found: version, known: TEMPLATE_VERSION })
    );
  }
  const lang: Lang = meta.lang === "fr" ? "fr" : "en";
  const period = { start: Number(meta.periodStart), end: Number(meta.periodEnd) };
  if (!Number.isInteger(period.start) || !Number.isInteger(period.end)) {
    throw new TemplateError(
      "not-nap-workbook",
      t(messageLang, "error.notNapWorkbook", {
        file: "workbook",
        sheet: sheetName(messageLang, "meta"),
      })
    );
  }
  const years = planYears({ period });
  const specs = tableSpecs(years);
  const problems: ReadProblem[] = [];
  const rows = (k: TableKey, optional = false) =>
    rowsOf(k, specs, values, messageLang, problems, optional);

  const framework = rows("framework");
  const pillars: PlanInput["pillars"] = [];
  const results: NonNullable<PlanInput["results"]> = [];
  const outputs: NonNullable<PlanInput["outputs"]> = [];
  for (const r of framework) {
    const level = r.list("level", "frameworkLevel");
    const code = r.text("code") ?? "";
    const text = r.text("text") ?? "";
    if (level === "pillar") pillars.push({ code, name: r.text("name") ?? "", objective: text });
    else if (level === "result") results.push({ code, pillar: r.text("parent") ?? "", text });
    else if (level === "output") {
      outputs.push({
        code,
        codeAsPrinted: r.text("codeAsPrinted"),
        result: r.text("parent") ?? "",
        text,
      });
    }
  }

  const disaggregation = (s: string | undefined) =>
    (s ?? "")
      .split(/[;,]/)
      .map((x) => fold(x))
      .filter(Boolean)
      .map((x) =>
        DISAGGREGATIONS.find(
          (d) => both(`disaggregation.${d}`).some((l) => fold(l) === x) || d === x
        )
      )
      .filter((d): d is (typeof DISAGGREGATIONS)[number] => d !== undefined);

  const indicators: NonNullable<PlanInput["indicators"]> = rows("indicators").map((r) => {
    const baselineYear = r.num("baselineYear");
    const baselineValue = r.num("baselineValue");
    const series = (prefix: string) =>
      years.flatMap((y) => {
        const v = r.num(`${prefix}:${y}`);
        return v === null ? [] : [{ year: y, value: v }];
      });
    return {
      code: r.text("code") ?? "",
      level: (r.list("level", "indicatorLevel") ?? "output") as "output",
      parent: r.text("parent") ?? "",
      text: r.text("text") ?? "",
      measure: (r.list("measure", "measure") ?? "text") as "text",
      unit: r.text("unit"),
      direction: (r.list("direction", "direction") ?? "increase") as "increase",
      aggregation: (r.list("aggregation", "aggregation") ?? "latest") as "latest",
      disaggregation: disaggregation(r.text("disaggregation")),
      baseline:
        baselineYear !== null && baselineValue !== null
          ? { year: baselineYear, value: baselineValue }
          : null,
      targets: series("target"),
      endTarget: r.num("endTarget"),
      actuals: series("actual"),
      verification: r.text("verification"),
      frequency: (r.list("frequency", "frequency") ?? "annual") as "annual",
      responsible: r.text("responsible"),
      sdg: r.codes("sdg"),
      un1325: r.codes("un1325"),
      inferred: r.bool("inferred") ?? false,
      comment: r.text("comment"),
    };
  });

  const budgetByAction = new Map<
    string,
    NonNullable<NonNullable<PlanInput["actions"]>[number]["budget"]>
  >();
  for (const r of rows("budget")) {
    const action = r.text("action") ?? "";
    const list = budgetByAction.get(action) ?? [];
    list.push({
      year: r.num("year") ?? 0,
      source: r.text("source") ?? "",
      unitCost: r.num("unitCost"),
      quantity: r.num("quantity"),
      times: r.num("times"),
      amount: r.num("amount") ?? 0,
      secured: r.num("secured"),
      status: (r.list("budgetStatus", "budgetStatus") ?? "indicative") as "indicative",
      origin: r.text("origin"),
    });
    budgetByAction.set(action, list);
  }

  const actions: NonNullable<PlanInput["actions"]> = rows("actions").map((r) => {
    const code = r.text("code") ?? "";
    return {
      code,
      output: r.text("output") ?? "",
      text: r.text("text") ?? "",
      lead: r.text("lead") ?? "",
      partners: r.codes("partners"),
      regions: r.codes("regions"),
      years: r.codes("years").map((y) => parseNumber(y) ?? NaN),
      budget: budgetByAction.get(code) ?? [],
      status: (r.list("status", "status") ?? "not-started") as "not-started",
      progress: r.num("progress"),
      origin: r.text("origin"),
    };
  });

  const stakeholders: NonNullable<PlanInput["stakeholders"]> = rows("stakeholders").map((r) => ({
    code: r.text("code") ?? "",
    name: r.text("name") ?? "",
    acronym: r.text("acronym"),
    type: (r.list("type", "stakeholderType") ?? "other") as "other",
    committee: r.bool("committee") ?? false,
    focalPoint: r.text("focalPoint"),
    email: r.text("email"),
  }));
  const fundingSources: NonNullable<PlanInput["fundingSources"]> = rows("funding").map((r) => ({
    code: r.text("code") ?? "",
    name: r.text("name") ?? "",
    type: (r.list("type", "fundingType") ?? "partner") as "partner",
    stakeholder: r.text("stakeholder"),
  }));
  const regions: NonNullable<PlanInput["regions"]> = rows("regions").map((r) => ({
    code: r.text("code") ?? "",
    name: r.text("name") ?? "",
  }));
  const risks: NonNullable<PlanInput["risks"]> = rows("risks", true).map((r) => ({
    code: r.text("code") ?? "",
    text: r.text("text") ?? "",
    likelihood: r.list("likelihood", "rating") as "low" | undefined,
    impact: r.list("impact", "rating") as "low" | undefined,
    mitigation: r.text("mitigation"),
    owner: r.text("owner"),
  }));

  // Values keep their type: a number stays a number, text stays text.
  const value = (r: RowReader, key: string) => r.value(key);
  const imports: NonNullable<PlanInput["imports"]> = rows("imports", true).map((r) => ({
    importedAt: r.text("importedAt") ?? "",
    file: r.text("file") ?? "",
    focalPoint: r.text("focalPoint"),
    table: (r.list("table", "mergeTable") ?? "actions") as "actions",
    key: r.text("key") ?? "",
    column: r.text("column") ?? "",
    value: value(r, "value"),
    outcome: (r.list("outcome", "outcome") ?? "unchanged") as "unchanged",
  }));
  const conflicts: NonNullable<PlanInput["conflicts"]> = rows("conflicts", true).map((r) => ({
    id: r.text("id") ?? "",
    table: (r.list("table", "mergeTable") ?? "actions") as "actions",
    key: r.text("key") ?? "",
    column: r.text("column") ?? "",
    current: value(r, "current"),
    source: r.text("source") ?? "",
    proposed: value(r, "proposed"),
    decision: (r.list("decision", "decision") ?? "pending") as "pending",
    settledBy: r.text("settledBy"),
    settledAt: r.text("settledAt"),
  }));
  const submissions: NonNullable<PlanInput["submissions"]> = rows("submissions", true).map((r) => ({
    focalPoint: r.text("focalPoint") ?? "",
    year: r.num("year") ?? 0,
    file: r.text("file") ?? "",
    submittedAt: r.text("submittedAt") ?? "",
    deadline: r.text("deadline"),
  }));

  const json = (v: CellValue | undefined): unknown => {
    try {
      return typeof v === "string" ? JSON.parse(v) : undefined;
    } catch {
      return undefined;
    }
  };
  const levelScale = json(meta.levelScale);
  const input: PlanInput = {
    id: String(meta.planId ?? "plan"),
    country: String(meta.country ?? ""),
    countryCode: String(meta.countryCode ?? ""),
    title: String(meta.title ?? ""),
    period,
    languages: String(meta.languages ?? lang)
      .split(";")
      .filter((l): l is Lang => l === "en" || l === "fr"),
    currency: String(meta.currency ?? ""),
    exchangeRate: exchangeRate(rows("exchange", true)),
    source: opt(meta.source === null ? undefined : String(meta.source)),
    example: meta.example === true || meta.example === "TRUE" || meta.example === 1,
    levelScale: levelScale as PlanInput["levelScale"],
    pillars,
    results,
    outputs,
    indicators,
    stakeholders,
    fundingSources,
    regions,
    actions,
    risks,
    imports,
    conflicts,
    submissions,
  };
  return { plan: parsePlan(input), templateVersion: version, lang, problems };
}

export { META_KEYS };
