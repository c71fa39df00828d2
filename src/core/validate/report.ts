/**
 * The validation report as plain data either adapter applies: a sheet plan
 * (a table of the findings) and the marks (one per offending cell: its
 * severity and what is wrong, for a highlight and a note). The cells an
 * earlier report marked are read back from its table, so a new check can
 * unmark them. Nothing else in the workbook is touched.
 */
import { t } from "../i18n";
import type { Lang } from "../model";
import type { WorkbookValues } from "../template/read";
import { a1, type SheetPlan } from "../template/types";
import type { Finding, Severity } from "./context";

export const REPORT_TABLE = "tblFindings";

/** The font colour of a marked cell, by severity (the entry cell's fill stays). */
export const MARK_COLORS: Record<Severity, string> = { error: "C00000", warning: "B26B00" };

export interface Mark {
  sheet: string;
  cell: string;
  severity: Severity;
  /** Every finding at the cell, one a line (for the cell's note). */
  message: string;
}

export interface Report {
  sheet: SheetPlan;
  marks: Mark[];
}

/** The report sheet and the marks for a check's findings. */
export function buildReportSheet(findings: Finding[], lang: Lang): Report {
  return { sheet: reportSheet(findings, lang), marks: marks(findings) };
}

/**
 * One mark per cell a finding names: an error wins over a warning; messages
 * are joined. Acknowledged outliers and findings about the whole workbook
 * mark nothing.
 */
export function marks(findings: Finding[]): Mark[] {
  const byCell = new Map<string, Mark>();
  for (const f of findings) {
    if (!f.sheet || !f.cell || f.acknowledged) continue;
    const id = `${f.sheet}!${f.cell}`;
    const m = byCell.get(id);
    if (!m)
      byCell.set(id, { sheet: f.sheet, cell: f.cell, severity: f.severity, message: f.message });
    else {
      if (f.severity === "error") m.severity = "error";
      m.message += `\n${f.message}`;
    }
  }
  return [...byCell.values()];
}

export function reportSheet(findings: Finding[], lang: Lang): SheetPlan {
  const rows = findings.map((f) => [
    t(lang, `severity.${f.severity}`) + (f.acknowledged ? ` ${t(lang, "v.acknowledged")}` : ""),
    f.rule,
    f.sheet && f.cell ? `${f.sheet}!${f.cell}` : f.sheet || null,
    f.message,
  ]);
  return {
    key: "report",
    name: t(lang, "sheet.report"),
    visibility: "visible",
    tabColor: "C00000",
    columnWidths: [16, 28, 30, 110],
    freeze: { rows: 1, columns: 0 },
    blocks: [],
    tables: [
      {
        name: REPORT_TABLE,
        row: 0,
        col: 0,
        headers: [
          t(lang, "col.severity"),
          t(lang, "col.rule"),
          t(lang, "col.cell"),
          t(lang, "col.message"),
        ],
        keys: ["severity", "rule", "cell", "message"],
        rows: rows.length ? rows : [[t(lang, "v.none"), null, null, null]],
        entry: [false, false, false, false],
        numberFormats: [undefined, undefined, undefined, undefined],
        style: "TableStyleMedium3",
      },
    ],
    formats: [
      { range: `D2:D${Math.max(2, rows.length + 1)}`, style: "wrap" },
      { range: a1(0, 0), style: "label" },
    ],
    validations: [],
    protection: null,
  };
}

/** Cells an earlier report marked, read from its table ("Sheet!A1" in the Cell column). */
export function markedCells(values: WorkbookValues): { sheet: string; cell: string }[] {
  const tv = values[REPORT_TABLE];
  if (!tv) return [];
  return tv.values
    .slice(1)
    .map((r) => String(r[2] ?? ""))
    .map((ref) => /^(.*)!([A-Z]+\d+)$/.exec(ref))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ sheet: m[1], cell: m[2] }));
}
