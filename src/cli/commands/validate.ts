/**
 * nap1325 validate FILE.xlsx [--json] [--lang en|fr] [--report OUT.xlsx]
 *
 * Prints the findings of the full check (text grouped by sheet and
 * severity, or JSON), and exits 1 when there are errors, 0 otherwise (2 for
 * usage errors and unreadable files). --report writes a copy with a report
 * sheet and the offending cells marked; the file checked is never changed.
 */
import { promises as fs } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { inspectWorkbookBytes, LIMITS } from "../../core/consolidate/inspect";
import { t } from "../../core/i18n";
import type { Lang } from "../../core/model";
import { errors, validateWorkbook, type Finding } from "../../core/validate";
import { buildReportSheet, MARK_COLORS, markedCells, type Mark } from "../../core/validate/report";
import { applySheet, tablesOf } from "../../xlsx/workbook";
import { parse, reason, UsageError, type CliIO } from "../common";

/**
 * Open the workbook to check: a submission is untrusted, so its bytes are
 * inspected (size, zip bomb, macros, encryption) before exceljs parses it.
 */
async function openChecked(file: string, msg: Lang): Promise<ExcelJS.Workbook> {
  let bytes: Buffer;
  try {
    const { size } = await fs.stat(file);
    if (size > LIMITS.maxFileBytes) {
      const detail = `${size} bytes > ${LIMITS.maxFileBytes}`;
      throw new UsageError(t(msg, "refuse.too-large", { file, detail }));
    }
    bytes = await fs.readFile(file);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(t(msg, "error.readFile", { file, reason: reason(e) }));
  }
  const inspection = await inspectWorkbookBytes(bytes);
  if (!inspection.ok)
    throw new UsageError(t(msg, `refuse.${inspection.code}`, { file, detail: inspection.detail }));
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new UsageError(t(msg, "refuse.not-xlsx", { file, detail: "" }));
  }
  return wb;
}

/**
 * Add the report sheet (replacing an earlier one) and mark the cells (bold
 * text in the severity's colour, the findings in a note), unmarking the
 * cells an earlier report marked. The entry cells' fills stay.
 */
export function addReport(wb: ExcelJS.Workbook, findings: Finding[], lang: Lang): void {
  const { sheet, marks } = buildReportSheet(findings, lang);
  for (const old of markedCells(tablesOf(wb))) {
    const cell = wb.getWorksheet(old.sheet)?.getCell(old.cell);
    if (cell) unmark(cell);
  }
  const previous = wb.getWorksheet(sheet.name);
  if (previous) wb.removeWorksheet(previous.id);
  applySheet(wb, sheet);
  for (const m of marks) {
    const cell = wb.getWorksheet(m.sheet)?.getCell(m.cell);
    if (cell) mark(cell, m);
  }
}

/** Set a cell's font on a style of its own (exceljs shares one style object between cells read with the same style). */
function setFont(cell: ExcelJS.Cell, font: Partial<ExcelJS.Font>): void {
  cell.style = { ...cell.style, font: { ...cell.style.font, ...font } };
}

function mark(cell: ExcelJS.Cell, m: Mark): void {
  setFont(cell, { bold: true, color: { argb: `FF${MARK_COLORS[m.severity]}` } });
  cell.note = m.message;
}

function unmark(cell: ExcelJS.Cell): void {
  setFont(cell, { bold: false, color: undefined });
  // exceljs has no call that removes a note: drop the one an earlier report wrote, both where
  // the cell keeps it and in the value model it was loaded with (setting the value renews it).
  delete (cell as unknown as { _comment?: unknown })._comment;
  const value = cell.value;
  cell.value = value;
}

/** The findings as text: by sheet, errors then warnings, then a count. */
function text(findings: Finding[], file: string, lang: Lang): string[] {
  const lines: string[] = [];
  for (const sheet of new Set(findings.map((f) => f.sheet))) {
    lines.push(`== ${sheet || path.basename(file)}`);
    for (const severity of ["error", "warning"] as const) {
      for (const f of findings.filter((x) => x.sheet === sheet && x.severity === severity)) {
        const ack = f.acknowledged ? ` ${t(lang, "v.acknowledged")}` : "";
        lines.push(`  ${t(lang, `severity.${severity}`)}${ack} [${f.rule}] ${f.message}`);
      }
    }
  }
  const warnings = findings.filter((f) => f.severity === "warning");
  lines.push(
    findings.length
      ? t(lang, "v.summary", {
          errors: errors(findings).length,
          warnings: warnings.length,
          acknowledged: warnings.filter((w) => w.acknowledged).length,
        })
      : t(lang, "v.none")
  );
  return lines;
}

export async function validateCommand(args: string[], io: CliIO, msg: Lang): Promise<number> {
  const { values, positionals } = parse(
    args,
    { json: { type: "boolean" }, lang: { type: "string" }, report: { type: "string" } },
    msg
  );
  if (positionals.length !== 1) throw new UsageError(t(msg, "v.usage"));
  if (values.lang !== undefined && values.lang !== "fr" && values.lang !== "en")
    throw new UsageError(t(msg, "error.badLang", { value: String(values.lang) }));
  const lang: Lang = values.lang === "fr" || values.lang === "en" ? values.lang : msg;
  const file = positionals[0];
  const out = values.report === undefined ? undefined : String(values.report);
  if (out !== undefined && path.resolve(out) === path.resolve(file))
    throw new UsageError(t(msg, "v.reportIsInput", { file: out }));

  const wb = await openChecked(file, msg);
  const findings = validateWorkbook(tablesOf(wb), lang);
  if (values.json) io.out(JSON.stringify(findings, null, 2));
  else for (const line of text(findings, file, lang)) io.out(line);

  if (out !== undefined) {
    addReport(wb, findings, lang);
    try {
      await wb.xlsx.writeFile(out);
    } catch (e) {
      throw new UsageError(t(msg, "error.writeFile", { file: out, reason: reason(e) }));
    }
    // With --json, standard output holds the JSON only.
    const written = t(lang, "v.reportWritten", { file: out });
    if (values.json) io.err(written);
    else io.out(written);
  }
  return errors(findings).length ? 1 : 0;
}
