/**
 * nap1325 export-iati FILE.xlsx --out FILE.xml [--lang en|fr] [--now ISO-DATETIME]
 * The workbook's plan as IATI 2.03 XML; findings first, and no file when
 * one of them is an error.
 */
import { promises as fs } from "fs";
import { t } from "../../core/i18n";
import type { Lang } from "../../core/model";
import { planToIati } from "../../core/iati";
import { readPlan, TemplateError } from "../../core/template/read";
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
  const file = positionals[0];
  const wb = await openWorkbook(file, msg);
  let plan;
  try {
    plan = readPlan(tablesOf(wb), lang).plan;
  } catch (e) {
    if (e instanceof TemplateError) throw new UsageError(`${file}: ${e.message}`);
    throw new UsageError(`${file}: ${reason(e)}`);
  }
  const now = values.now ? String(values.now) : new Date().toISOString().replace(/\.\d+Z$/, "Z");
  const result = planToIati(plan, now, lang);
  for (const f of result.findings) io.err(`${f.severity}: ${f.message}`);
  const errors = result.findings.filter((f) => f.severity === "error").length;
  if (errors) {
    io.err(t(lang, "iati.refused", { count: errors }));
    return 1;
  }
  const out = String(values.out);
  try {
    await fs.writeFile(out, result.xml);
  } catch (e) {
    throw new UsageError(t(msg, "error.writeFile", { file: out, reason: reason(e) }));
  }
  const budgets = (result.xml.match(/<budget /g) ?? []).length;
  io.out(
    t(lang, "iati.wrote", { file: out, budgets, total: result.total, currency: plan.currency })
  );
  return 0;
}
