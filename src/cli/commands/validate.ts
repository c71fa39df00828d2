/**
 * nap1325 validate FILE.xlsx [--json] [--lang en|fr] [--report OUT.xlsx]
 *
 * Prints the findings of the full check (text grouped by sheet and
 * severity, or JSON), and exits 1 when there are errors. --report writes a
 * copy with a report sheet and the offending cells marked; the file checked
 * is never changed.
 */
import path from "path";
import ExcelJS from "exceljs";
import { t } from "../../core/i18n";
import type { Lang } from "../../core/model";
import { errors, validateWorkbook, type Finding } from "../../core/validate";
import { reportSheet } from "../../core/validate/report";
import { applySheet, tablesOf } from "../../xlsx/workbook";
import { openWorkbook, parse, reason, UsageError, type CliIO } from "../common";

const MARK: Record<Finding["severity"], string> = { error: "FFFFC7CE", warning: "FFFFEB9C" };

/** Add the report sheet (replacing an earlier one) and mark the cells, in an exceljs workbook. */
export function addReport(wb: ExcelJS.Workbook, findings: Finding[], lang: Lang): void {
  const sheet = reportSheet(findings, lang);
  const old = wb.getWorksheet(sheet.name);
  if (old) wb.removeWorksheet(old.id);
  applySheet(wb, sheet);
  for (const f of findings) {
    const target =
      f.sheet && f.cell && !f.acknowledged ? wb.getWorksheet(f.sheet)?.getCell(f.cell) : undefined;
    if (!target) continue;
    target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: MARK[f.severity] } };
    target.note = f.message;
  }
}

export async function validateCommand(args: string[], io: CliIO, msg: Lang): Promise<number> {
  const { values, positionals } = parse(
    args,
    { json: { type: "boolean" }, lang: { type: "string" }, report: { type: "string" } },
    msg
  );
  if (positionals.length !== 1)
    throw new UsageError(t(msg, "error.missingValue", { option: "FILE.xlsx" }));
  const lang: Lang = values.lang === "fr" || values.lang === "en" ? values.lang : msg;
  if (values.lang !== undefined && values.lang !== "fr" && values.lang !== "en") {
    throw new UsageError(t(msg, "error.badLang", { value: String(values.lang) }));
  }
  const file = positionals[0];
  const wb = await openWorkbook(file, msg);
  const findings = validateWorkbook(tablesOf(wb), lang);
  if (values.json) io.out(JSON.stringify(findings, null, 2));
  else {
    const sheets = [...new Set(findings.map((f) => f.sheet))];
    for (const sheet of sheets) {
      io.out(`== ${sheet || path.basename(file)}`);
      for (const severity of ["error", "warning"] as const) {
        for (const f of findings.filter((x) => x.sheet === sheet && x.severity === severity)) {
          io.out(
            `  ${t(lang, `severity.${severity}`)}${f.acknowledged ? ` ${t(lang, "v.acknowledged")}` : ""} [${f.rule}] ${f.message}`
          );
        }
      }
    }
    const warnings = findings.filter((f) => f.severity === "warning");
    io.out(
      findings.length
        ? t(lang, "v.summary", {
            errors: errors(findings).length,
            warnings: warnings.length,
            acknowledged: warnings.filter((w) => w.acknowledged).length,
          })
        : t(lang, "v.none")
    );
  }
  if (values.report) {
    const out = String(values.report);
    if (path.resolve(out) === path.resolve(file)) {
      throw new UsageError(
        t(msg, "error.writeFile", { file: out, reason: "it is the file checked" })
      );
    }
    addReport(wb, findings, lang);
    try {
      await wb.xlsx.writeFile(out);
    } catch (e) {
      throw new UsageError(t(msg, "error.writeFile", { file: out, reason: reason(e) }));
    }
    io.out(t(lang, "v.reportWritten", { file: out }));
  }
  return errors(findings).length ? 1 : 0;
}
