/**
 * nap1325 export-iati FILE.xlsx --out FILE.xml [--lang en|fr] [--now ISO-DATETIME]
 * The workbook's plan as IATI 2.03 XML. Findings come first; when one is an
 * error (a cell the reader cannot take, a plan the model refuses, a budget
 * year outside the period...) nothing is written and the exit code is 1.
 */
import { promises as fs } from "fs";
import { t } from "../../core/i18n";
import { PlanError, type Lang } from "../../core/model";
import { planToIati, type IatiFinding } from "../../core/iati";
import { readPlan, TemplateError, type ReadResult } from "../../core/template/read";
import { tablesOf } from "../../xlsx/workbook";
import { openWorkbook, parse, reason, UsageError, type CliIO } from "../common";

export async function exportIatiCommand(args: string[], io: CliIO, msg: Lang): Promise<number> {
  const { values, positionals } = parse(
    args,
    { out: { type: "string", short: "o" }, lang: { type: "string" }, now: { type: "string" } },
    msg
  );
  if (positionals.length !== 1)
    throw new UsageError(t(msg, "error.missingValue", { option: "FILE.xlsx" }));
  if (!values.out) throw new UsageError(t(msg, "error.missingValue", { option: "--out" }));
  const lang: Lang = values.lang === "fr" || values.lang === "en" ? values.lang : msg;
  const generatedAt = values.now
    ? String(values.now)
    : new Date().toISOString().replace(/\.\d+Z$/, "Z");
  const file = positionals[0];
  const wb = await openWorkbook(file, msg);

  const report = (findings: IatiFinding[]) => {
    for (const f of findings) io.err(`${t(lang, `severity.${f.severity}`)}: ${f.message}`);
    const errors = findings.filter((f) => f.severity === "error").length;
    if (errors) io.err(t(lang, "iati.refused", { count: errors }));
    return errors;
  };

  let read: ReadResult;
  try {
    read = readPlan(tablesOf(wb), lang);
  } catch (e) {
    if (e instanceof TemplateError) throw new UsageError(`${file}: ${e.message}`);
    // Content the model refuses (no currency, a budget line with no year...): findings, not a crash.
    if (e instanceof PlanError) {
      report(
        e.issues.map((i) => ({
          severity: "error",
          rule: "cell",
          message: `${i.path}: ${i.message}`,
        }))
      );
      return 1;
    }
    throw new UsageError(`${file}: ${reason(e)}`);
  }
  let result;
  try {
    result = planToIati(read.plan, { generatedAt, lang, readProblems: read.problems });
  } catch (e) {
    throw new UsageError(reason(e)); // a malformed --now
  }
  if (report(result.findings)) return 1;

  const out = String(values.out);
  try {
    await fs.writeFile(out, result.xml);
  } catch (e) {
    throw new UsageError(t(msg, "error.writeFile", { file: out, reason: reason(e) }));
  }
  io.out(
    t(lang, "iati.wrote", {
      file: out,
      activities: result.activities,
      budgets: result.budgets,
      total: result.total,
      currency: read.plan.currency,
    })
  );
  return 0;
}
