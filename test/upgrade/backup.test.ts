/** The backup sheets' names: within Excel's 31 characters, and only the template's own count as its. */
import { backupSheetName, isBackupOf } from "../../src/core/template/backup";
import { checkIntegrity } from "../../src/core/consolidate/integrity";
import { readPlan } from "../../src/core/template/read";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { parsePlan } from "../../src/core/model";
import { TINY_PLAN } from "../fixtures/tiny-plan";
import type { WorkbookValues } from "../../src/core/template/read";

describe("backup sheets", () => {
  test("a name stays within 31 characters and ends with its version", () => {
    expect(backupSheetName("Budget", 1)).toBe("Budget (v1)");
    const long = backupSheetName("Indicateurs par cible des ODD et plus", 12);
    expect(long.length).toBeLessThanOrEqual(31);
    expect(long.endsWith(" (v12)")).toBe(true);
    expect(isBackupOf(long, ["Indicateurs par cible des ODD et plus"])).toBe(true);
  });

  test("a sheet of one's own named like a backup is still an extra sheet", () => {
    const plan = parsePlan(TINY_PLAN);
    const wp = buildWorkbookPlan(plan, "en");
    const values: WorkbookValues = {};
    for (const s of wp.sheets)
      for (const tb of s.tables)
        values[tb.name] = {
          sheet: s.name,
          row: tb.row,
          col: tb.col,
          values: [
            tb.headers,
            ...tb.rows.map((r) => r.map((c) => (typeof c === "object" && c !== null ? null : c))),
          ],
        };
    const read = readPlan(values, "en");
    const sheets = [...wp.sheets.map((s) => s.name), "Budget (v1)", "My notes (v1)"];
    const extra = checkIntegrity(read.plan, read.lang, values, sheets, { extraContent: true })
      .filter((f) => f.rule === "extra-sheet")
      .map((f) => f.where);
    expect(extra).toEqual(["My notes (v1)"]);
  });
});
