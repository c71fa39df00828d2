/**
 * Export for donors: the workbook's plan as IATI 2.03 XML. One use case for
 * the command line and the task pane: the cells the reader cannot take and
 * content the plan model refuses are error findings, and any error finding
 * means no file.
 */
import { t } from "../core/i18n";
import { PlanError, type Lang } from "../core/model";
import type { IatiFinding } from "../core/iati";
import { readPlan, type ReadResult } from "../core/template/read";
import type { WorkbookPort } from "./port";

export type IatiOutcome =
  | {
      ok: true;
      xml: string;
      findings: IatiFinding[];
      fileName: string;
      activities: number;
      budgets: number;
      total: number;
      currency: string;
    }
  | { ok: false; findings: IatiFinding[]; message: string };

/** The export's time stamp: now, to the second, in UTC. */
export function iatiNow(date = new Date()): string {
  return date.toISOString().replace(/\.\d+Z$/, "Z");
}

/**
 * Read the workbook (Excel: 2 round trips) and export its plan. A workbook
 * that is not a NAP workbook throws (TemplateError); so does a malformed `now`.
 */
export async function exportForDonors(
  port: WorkbookPort,
  options: { lang: Lang; now: string }
): Promise<IatiOutcome> {
  const { lang, now } = options;
  const values = await port.read();
  let read: ReadResult;
  try {
    read = readPlan(values, lang);
  } catch (e) {
    // Content the model refuses (no currency, a budget line with no year...): findings, not a crash.
    if (!(e instanceof PlanError)) throw e;
    const findings: IatiFinding[] = e.issues.map((i) => ({
      severity: "error",
      rule: "cell",
      message: `${i.path}: ${i.message}`,
    }));
    return refused(findings, lang);
  }
  // The XML library loads only when a donor export is asked for (the pane's first screen does not carry it).
  const { planToIati } = await import(/* webpackChunkName: "iati" */ "../core/iati");
  const r = planToIati(read.plan, {
    generatedAt: now,
    lang,
    textLang: read.lang,
    readProblems: read.problems,
  });
  if (r.findings.some((f) => f.severity === "error")) return refused(r.findings, lang);
  return {
    ok: true,
    xml: r.xml,
    findings: r.findings,
    fileName: `${read.plan.id}-iati.xml`,
    activities: r.activities,
    budgets: r.budgets,
    total: r.total,
    currency: read.plan.currency,
  };
}

function refused(findings: IatiFinding[], lang: Lang): IatiOutcome {
  const count = findings.filter((f) => f.severity === "error").length;
  return { ok: false, findings, message: t(lang, "iati.refused", { count }) };
}

/** A finding as both drivers show it: "Error: Budget!H2: …". */
export function describeIatiFinding(f: IatiFinding, lang: Lang): string {
  return `${t(lang, `severity.${f.severity}`)}: ${f.message}`;
}
