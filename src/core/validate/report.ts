/**
 * The validation report as a sheet plan (either adapter writes it), and the
 * cells the previous report marked (so a new check can unmark them).
 */
import { t } from "../i18n";
import type { Lang } from "../model";
import type { WorkbookValues } from "../template/read";
import { a1, type SheetPlan } from "../template/types";
import type { Finding } from "./index";

export const REPORT_TABLE = "tblFindings";

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

/** Cells ("Sheet!A1") an earlier report marked, read from its table. */
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
