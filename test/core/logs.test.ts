/**
 * The Conflicts and Import log sheets speak the planner's language: column
 * headers, a "Submitted by" column, the column in dispute by its header and
 * list values by their label, never internal keys; and they read back.
 */
import { parsePlan } from "../../src/core/model";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";
import { withExampleOperationalPlan } from "../../src/core/plans/example-operational-plan";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { readPlan } from "../../src/core/template/read";
import { t } from "../../src/core/i18n";
import { valuesOf } from "../support/values";

const base = withExampleOperationalPlan(parsePlan(MALI_NAP_2019_2023));
const action = base.actions[0];
const plan = parsePlan({
  ...base,
  conflicts: [
    {
      id: "C-0001",
      table: "indicators",
      key: "I1.1.1",
      column: "baselineValue",
      current: 12,
      source: "MPFEF — mpfef.xlsx",
      proposed: 15,
    },
    {
      id: "C-0002",
      table: "actions",
      key: action.code,
      column: "status",
      current: "in-progress",
      source: "OSC — osc.xlsx",
      proposed: "completed",
    },
  ],
  imports: [
    {
      importedAt: "2021-02-15T09:00:00Z",
      file: "osc.xlsx",
      focalPoint: "OSC",
      table: "actions",
      key: action.code,
      column: "progress",
      value: 80,
      outcome: "filled",
    },
  ],
});

describe("the consolidation logs in French", () => {
  const wp = buildWorkbookPlan(plan, "fr");
  const table = (name: string) => wp.sheets.flatMap((s) => s.tables).find((x) => x.name === name)!;

  test("Conflicts: translated headers, a Submitted by column, the column by its header, values by label", () => {
    const c = table("tblConflicts");
    expect(c.headers).toContain(t("fr", "col.submittedBy"));
    expect(c.headers).not.toContain(t("fr", "col.source"));
    const col = c.headers.indexOf(t("fr", "col.column"));
    expect(c.rows.map((r) => r[col])).toEqual([
      t("fr", "col.baselineValue"),
      t("fr", "col.status"),
    ]);
    const proposed = c.headers.indexOf(t("fr", "col.proposed"));
    expect(c.rows[1][proposed]).toBe(t("fr", "status.completed"));
    const keys = new Set(["baselineValue", "status", "progress", "completed", "in-progress"]);
    for (const row of c.rows) for (const cell of row) expect(keys.has(String(cell))).toBe(false);
  });

  test("Import log: translated headers and the column by its header", () => {
    const i = table("tblImports");
    expect(i.headers).toContain(t("fr", "col.submittedBy"));
    expect(i.rows[0][i.headers.indexOf(t("fr", "col.column"))]).toBe(t("fr", "col.progress"));
  });

  test("both read back to the same conflicts and log", () => {
    const back = readPlan(valuesOf(wp), "fr").plan;
    expect(back.conflicts).toEqual(plan.conflicts);
    expect(back.imports).toEqual(plan.imports);
  });
});
