/**
 * Integrity of a workbook against the template: altered computed formulas,
 * duplicate rows, and content outside the template (extra sheets or
 * columns) that a rebuild would not carry over.
 */
import { t } from "../i18n";
import { LANGS, planYears, type Lang, type Plan } from "../model";
import { buildWorkbookPlan } from "../template/build";
import type { WorkbookValues } from "../template/read";
import { headerMatches, TABLE_BY_KEY, tableSpecs } from "../tables";
import { isFormula } from "../template/types";
import { isBackupOf } from "../template/backup";

export type IntegrityRule =
  "altered-formula" | "duplicate-row" | "extra-sheet" | "extra-column" | "external-link";

export interface IntegrityFinding {
  rule: IntegrityRule;
  /** Table name or sheet name. */
  where: string;
  detail: string;
}

const norm = (f: string) => f.replace(/^=/, "").replace(/\s+/g, "").toUpperCase();

/** The sheet names the template writes, in every language, and the validation report (written again by each check). */
export function templateSheetNames(plan: Plan): Set<string> {
  return new Set(
    LANGS.flatMap((l) => [
      ...buildWorkbookPlan(plan, l).sheets.map((s) => s.name),
      t(l, "sheet.report"),
    ])
  );
}

/** Check a workbook's tables (with formulas) against what the template would write. */
export function checkIntegrity(
  plan: Plan,
  lang: Lang,
  values: WorkbookValues,
  sheetNames: string[],
  opts: { externalLinks?: boolean; extraContent?: boolean } = {}
): IntegrityFinding[] {
  const out: IntegrityFinding[] = [];
  const specs = tableSpecs(planYears(plan));
  const expected = buildWorkbookPlan(plan, lang);
  if (opts.externalLinks)
    out.push({ rule: "external-link", where: "workbook", detail: "xl/externalLinks" });
  for (const spec of Object.values(specs)) {
    const tv = values[spec.name];
    if (!tv) continue;
    const header = tv.values[0] ?? [];
    // Computed columns must still hold the template's formula.
    const table = expected.sheets.flatMap((s) => s.tables).find((t) => t.name === spec.name);
    spec.columns.forEach((col, ci) => {
      if (!col.formula || !table) return;
      const want = table.rows[0]?.[ci];
      if (!want || !isFormula(want)) return;
      const at = header.findIndex((h) => h !== null && headerMatches(String(h), col));
      if (at < 0) return;
      for (let r = 1; r < tv.values.length; r++) {
        const rowBlank = tv.values[r].every((v, i) => i === at || v === null || v === "");
        if (rowBlank) continue;
        const got = tv.formulas?.[r]?.[at] ?? null;
        if (tv.formulas && (got === null || norm(got) !== norm(want.formula))) {
          out.push({
            rule: "altered-formula",
            where: spec.name,
            detail: `${String(header[at])}, row ${r + 1}`,
          });
        }
      }
    });
    // Duplicate keys.
    const keyCols = TABLE_BY_KEY[spec.key].rowKey;
    if (keyCols) {
      const idx = keyCols.map((k) =>
        header.findIndex(
          (h) =>
            h !== null &&
            headerMatches(
              String(h),
              spec.columns.find((c) => c.key === k)!
            )
        )
      );
      if (idx.every((i) => i >= 0)) {
        const seen = new Map<string, number>();
        for (let r = 1; r < tv.values.length; r++) {
          const parts = idx.map((i) => tv.values[r][i]);
          if (parts.every((p) => p === null || p === "")) continue;
          const key = parts.map(String).join(" | ");
          if (seen.has(key)) {
            out.push({
              rule: "duplicate-row",
              where: spec.name,
              detail: `${key} (rows ${seen.get(key)! + 1} and ${r + 1})`,
            });
          } else seen.set(key, r);
        }
      }
    }
    if (opts.extraContent) {
      header.forEach((h) => {
        if (h !== null && h !== "" && !spec.columns.some((c) => headerMatches(String(h), c))) {
          out.push({ rule: "extra-column", where: spec.name, detail: String(h) });
        }
      });
    }
  }
  if (opts.extraContent) {
    const known = templateSheetNames(plan);
    for (const name of sheetNames) {
      // An upgrade's hidden copies of the older sheets are the template's own (upgrade).
      if (!known.has(name) && !isBackupOf(name, known))
        out.push({ rule: "extra-sheet", where: name, detail: name });
    }
  }
  return out;
}
