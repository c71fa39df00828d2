/**
 * What the task pane does, without React: choose the plan, run the adapter,
 * and turn any failure into a code a planner's message is written for.
 */
import { t } from "../core/i18n";
import { parsePlan, PlanError, type Lang, type Plan } from "../core/model";
import { readPlan, TemplateError } from "../core/template/read";
import type { IatiFinding } from "../core/iati";
import { CreateBlocked, planForWorkbook, UpgradeBlocked } from "../core/template/upgrade";
import { validateWorkbook, type Finding } from "../core/validate";
import { markedCells, reportSheet } from "../core/validate/report";
import { buildWorkbookPlan, TEMPLATE_VERSION } from "../core/template/build";
import type { Incoming, MergeResult } from "../core/consolidate/merge";
import type { Completeness } from "../core/consolidate/completeness";
import {
  AdapterError,
  applyReport,
  applyTemplate,
  readRows,
  readTemplate,
  remark,
  type Applied,
  type Feature,
  type Supports,
} from "../office/excel-adapter";
import type { WorkbookValues } from "../core/template/read";

export type PlanChoice = "mali" | "example" | "blank";

export interface Choice {
  plan: PlanChoice;
  lang: Lang;
  start: number;
  end: number;
}

/** The Excel the task pane talks to: Excel.run and the requirement sets (a double in tests). */
export interface ExcelHost {
  run<T>(f: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  supports: Supports;
}

export function officeHost(): ExcelHost {
  return {
    run: (f) => Excel.run(f),
    supports: (v) => Office.context.requirements.isSetSupported("ExcelApi", v),
  };
}

export function validYears(c: Pick<Choice, "start" | "end">): boolean {
  return (
    Number.isInteger(c.start) &&
    Number.isInteger(c.end) &&
    c.start >= 1990 &&
    c.end <= 2100 &&
    c.end >= c.start
  );
}

/** The plan chosen in the pane. A blank plan has the four WPS pillars, to be filled in. */
export async function choosePlan(c: Choice): Promise<Plan> {
  // The embedded plans load when a workbook is written, not with the first screen.
  const [{ MALI_NAP_2019_2023 }, { withExampleOperationalPlan }] = await Promise.all([
    import(/* webpackChunkName: "plans" */ "../core/plans/mali-2019-2023"),
    import(/* webpackChunkName: "plans" */ "../core/plans/example-operational-plan"),
  ]);
  const mali = parsePlan(MALI_NAP_2019_2023);
  if (c.plan === "mali") return mali;
  if (c.plan === "example") return withExampleOperationalPlan(mali);
  const todo = t(c.lang, "pane.blankObjective");
  return parsePlan({
    id: "nap-1325",
    country: "-",
    countryCode: "ZZ",
    title: t(c.lang, "pane.blankTitle"),
    period: { start: c.start, end: c.end },
    languages: [c.lang],
    currency: "XOF",
    pillars: ["Participation", "Prevention", "Protection", "Relief and Recovery"].map(
      (name, i) => ({
        code: String(i + 1),
        name,
        objective: todo,
      })
    ),
  });
}

export type ErrorCode =
  | "not-supported"
  | "protected"
  | "too-large"
  | "upgrade-blocked"
  | "names-taken"
  | "not-nap-workbook"
  | "invalid-plan"
  | "unknown";

export type Outcome =
  | { ok: true; applied: Applied; indicators: number }
  | { ok: false; code: ErrorCode; message: string; details: string };

/** Map anything thrown to a code, a message in the pane's language, and Office's raw text as details. */
export function explain(e: unknown, lang: Lang): Extract<Outcome, { ok: false }> {
  const raw = e instanceof Error ? e.message : String(e);
  let code: ErrorCode = "unknown";
  let values: Record<string, string> = {};
  if (e instanceof AdapterError) code = e.code === "unknown" ? "unknown" : e.code;
  else if (e instanceof UpgradeBlocked) {
    code = "upgrade-blocked";
    values = {
      cells: [
        ...e.problems.map((p) => `${p.sheet}!${p.cell}`),
        ...e.addedColumns.map((c) => t(lang, "pane.addedColumn", { ...c })),
      ].join(", "),
    };
  } else if (e instanceof CreateBlocked) {
    code = "names-taken";
    values = { names: e.taken.join(", ") };
  } else if (e instanceof TemplateError)
    code = e.code === "not-nap-workbook" ? "not-nap-workbook" : "invalid-plan";
  else if (e instanceof PlanError) {
    code = "invalid-plan";
    values = { details: e.message };
  } else if (/password|protect/i.test(raw) || (e as { code?: string }).code === "AccessDenied")
    code = "protected";
  else if (/RequestPayloadSizeLimitExceeded|payload/i.test(raw)) code = "too-large";
  if (code === "invalid-plan" && !values.details) values = { details: raw };
  return {
    ok: false,
    code,
    message: t(lang, `pane.error.${code}`, values),
    details: raw,
  };
}

/** Create or update the workbook. */
export async function createOrUpdate(host: ExcelHost, choice: Choice): Promise<Outcome> {
  try {
    const plan = await choosePlan(choice);
    let indicators = plan.indicators.length;
    const applied = await host.run((context) =>
      applyTemplate(
        context,
        (values) => {
          const wp = planForWorkbook(values, plan, choice.lang);
          indicators =
            wp.sheets.find((s) => s.key === "indicators")?.tables[0]?.rows.length ?? indicators;
          return wp;
        },
        host.supports
      )
    );
    return { ok: true, applied, indicators };
  } catch (e) {
    return explain(e, choice.lang);
  }
}

export function summary(o: Extract<Outcome, { ok: true }>, lang: Lang): string[] {
  const { applied } = o;
  const values = {
    sheets: applied.sheets,
    rows: applied.rows,
    indicators: o.indicators,
    syncs: applied.syncs,
  };
  const lines = [t(lang, applied.upgraded ? "pane.upgraded" : "pane.created", values)];
  if (applied.skipped.length) {
    const features = applied.skipped.map((f: Feature) => t(lang, `pane.feature.${f}`)).join(", ");
    lines.push(t(lang, "pane.skipped", { features }));
  }
  return lines;
}

export type CheckOutcome =
  | { ok: true; findings: Finding[]; syncs: number; values: WorkbookValues }
  | Extract<Outcome, { ok: false }>;

/** The full check from the task pane: findings, the report sheet, the cells marked. */
export async function checkWorkbook(host: ExcelHost, lang: Lang): Promise<CheckOutcome> {
  try {
    let findings: Finding[] = [];
    let read: WorkbookValues = {};
    const { syncs } = await host.run((context) =>
      applyReport(
        context,
        (values) => {
          read = values;
          findings = validateWorkbook(values, lang);
          return {
            plan: {
              templateVersion: TEMPLATE_VERSION,
              lang,
              sheets: [reportSheet(findings, lang)],
              names: [],
            },
            mark: findings
              .filter((f) => f.sheet && f.cell && !f.acknowledged)
              .map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity })),
            unmark: markedCells(values),
          };
        },
        host.supports
      )
    );
    return { ok: true, findings, syncs, values: read };
  } catch (e) {
    return explain(e, lang);
  }
}

/** Findings grouped by sheet, errors before warnings. */
export function groupFindings(findings: Finding[]): { sheet: string; findings: Finding[] }[] {
  const sheets = [...new Set(findings.map((f) => f.sheet))];
  const rank = (f: Finding) => (f.severity === "error" ? 0 : 1) + (f.acknowledged ? 2 : 0);
  return sheets.map((sheet) => ({
    sheet,
    findings: findings.filter((f) => f.sheet === sheet).sort((a, b) => rank(a) - rank(b)),
  }));
}

/**
 * Live checking: after a full check, each edit re-reads only the rows it
 * touched, checks them against the rest of the workbook as last read, and
 * updates their marks and findings.
 */
export class LiveCheck {
  constructor(
    private values: WorkbookValues,
    public findings: Finding[],
    private readonly lang: Lang
  ) {}

  /** The sheets whose tables a person edits. */
  sheets(): string[] {
    return [...new Set(Object.values(this.values).map((tv) => tv!.sheet))];
  }

  /** Re-check the rows an edit touched; returns the findings now. */
  async changed(host: ExcelHost, sheet: string, address: string): Promise<Finding[]> {
    const tables = Object.entries(this.values).filter(([, tv]) => tv!.sheet === sheet);
    if (!tables.length) return this.findings;
    const width = Math.max(...tables.map(([, tv]) => tv!.col + tv!.values[0].length));
    const rows = await host.run((context) => readRows(context, sheet, address, width));
    // Put the fresh rows into the tables they belong to.
    for (const [, tv] of tables) {
      const t = tv!;
      rows.values.forEach((line, i) => {
        const r = rows.row + i - t.row;
        if (r >= 1 && r < t.values.length)
          t.values[r] = line.slice(t.col, t.col + t.values[0].length);
      });
    }
    const inRows = (f: Finding) => {
      const m = /\d+$/.exec(f.cell);
      const row = m ? Number(m[0]) - 1 : -1;
      return f.sheet === sheet && row >= rows.row && row < rows.row + rows.values.length;
    };
    const all = validateWorkbook(this.values, this.lang);
    const before = this.findings.filter(inRows);
    const now = all.filter(inRows);
    this.findings = [...this.findings.filter((f) => !inRows(f)), ...now];
    await host.run((context) =>
      remark(
        context,
        before.map((f) => ({ sheet: f.sheet, cell: f.cell })),
        now
          .filter((f) => !f.acknowledged && f.cell)
          .map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity }))
      )
    );
    return this.findings;
  }
}

export type IatiOutcome =
  | { ok: true; xml: string; findings: IatiFinding[]; fileName: string }
  | { ok: false; message: string; findings: IatiFinding[]; details: string };

/** The IATI XML of the open workbook's plan (two syncs to read it); findings come first. */
export async function exportIati(host: ExcelHost, lang: Lang, now: string): Promise<IatiOutcome> {
  try {
    const values = await host.run((context) => readTemplate(context));
    const plan = readPlan(values, lang).plan;
    // The XML library loads only when a donor export is asked for (it is not needed for the first screen).
    const { planToIati } = await import(/* webpackChunkName: "iati" */ "../core/iati");
    const r = planToIati(plan, now, lang);
    const errors = r.findings.filter((f) => f.severity === "error").length;
    if (errors)
      return {
        ok: false,
        message: t(lang, "iati.refused", { count: errors }),
        findings: r.findings,
        details: "",
      };
    return { ok: true, xml: r.xml, findings: r.findings, fileName: `${plan.id}-iati.xml` };
  } catch (e) {
    const x = explain(e, lang);
    return { ok: false, message: x.message, findings: [], details: x.details };
  }
}

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
  lastModified: Date;
}

export interface DryRun {
  lang: Lang;
  year: number;
  deadline?: string;
  now: string;
  incoming: Incoming[];
  refused: { file: string; reason: string }[];
  notes: { file: string; note: string }[];
  result: MergeResult;
  completeness: Completeness;
}

/**
 * The dry run of an import: read this workbook (two syncs) and each file
 * (untrusted: checked before it is parsed), and merge them in memory. Nothing
 * is written.
 */
export async function dryRunImport(
  host: ExcelHost,
  files: ImportFile[],
  options: { year: number; deadline?: string; now: string; lang: Lang },
  onProgress: (done: number, total: number) => void = () => undefined
): Promise<DryRun | Extract<Outcome, { ok: false }>> {
  try {
    const values = await host.run((context) => readTemplate(context));
    const national = readPlan(values, options.lang).plan;
    const { focalPointOf, merge } = await import(
      /* webpackChunkName: "import" */ "../core/consolidate/merge"
    );
    const { completeness } = await import(
      /* webpackChunkName: "import" */ "../core/consolidate/completeness"
    );
    // exceljs comes with the import only: the first screen does not carry it.
    const { loadUntrustedBytes, blockingProblems } = await import(
      /* webpackChunkName: "import" */ "../xlsx/untrusted"
    );
    const incoming: Incoming[] = [];
    const refused: DryRun["refused"] = [];
    const notes: DryRun["notes"] = [];
    for (const [i, f] of files.entries()) {
      onProgress(i, files.length);
      const r = await loadUntrustedBytes(f.name, f.bytes, f.lastModified, options.lang, false);
      if (!r.ok) {
        refused.push({ file: f.name, reason: r.reason });
        continue;
      }
      const blocking = blockingProblems(r.wb);
      if (blocking.length) {
        refused.push({ file: f.name, reason: blocking.join("; ") });
        continue;
      }
      for (const x of r.wb.integrity)
        notes.push({ file: f.name, note: `${x.rule}: ${x.where} ${x.detail}` });
      incoming.push({
        file: f.name,
        focalPoint: r.wb.read.plan.submissions.at(-1)?.focalPoint ?? focalPointOf(national, f.name),
        submittedAt: f.lastModified.toISOString(),
        plan: r.wb.read.plan,
      });
    }
    onProgress(files.length, files.length);
    const result = merge(national, incoming, options.now, options.year);
    return {
      ...options,
      incoming,
      refused,
      notes,
      result,
      completeness: completeness(result.plan, options.year, options.deadline),
    };
  } catch (e) {
    return explain(e, options.lang);
  }
}

/**
 * Write the import: the merge is made again on the workbook as it is now (an
 * edit since the dry run is kept), then written in place (three syncs).
 */
export async function confirmImport(host: ExcelHost, dry: DryRun): Promise<Outcome> {
  try {
    const { merge } = await import(/* webpackChunkName: "import" */ "../core/consolidate/merge");
    let indicators = 0;
    const applied = await host.run((context) =>
      applyTemplate(
        context,
        (values) => {
          if (!values)
            throw new TemplateError("not-nap-workbook", t(dry.lang, "pane.error.not-nap-workbook"));
          const read = readPlan(values, dry.lang);
          const merged = merge(read.plan, dry.incoming, dry.now, dry.year).plan;
          const plan = dry.deadline
            ? {
                ...merged,
                submissions: merged.submissions.map((s) =>
                  s.year === dry.year && !s.deadline ? { ...s, deadline: dry.deadline } : s
                ),
              }
            : merged;
          indicators = plan.indicators.length;
          return buildWorkbookPlan(plan, read.lang);
        },
        host.supports
      )
    );
    return { ok: true, applied, indicators };
  } catch (e) {
    return explain(e, dry.lang);
  }
}
