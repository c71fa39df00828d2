/**
 * The update and the refresh write the workbook again from its own tables:
 * every typed cell must come back exactly, or nothing is written and the
 * cells are named (src/core/template/guard.ts through planForWorkbook).
 */
import { parsePlan } from "../../src/core/model";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";
import { withExampleOperationalPlan } from "../../src/core/plans/example-operational-plan";
import { buildWorkbookPlan } from "../../src/core/template/build";
import type { WorkbookValues } from "../../src/core/template/read";
import { planForWorkbook, UpgradeBlocked } from "../../src/core/template/upgrade";
import { listLabel, listValue } from "../../src/core/vocabulary";
import { valuesOf } from "../support/values";

const plan = withExampleOperationalPlan(parsePlan(MALI_NAP_2019_2023));

function workbook(lang: "en" | "fr" = "en"): WorkbookValues {
  return valuesOf(buildWorkbookPlan(plan, lang));
}

/** Row and column of a header in a table's values. */
function at(values: WorkbookValues, table: string, header: string, row = 1) {
  const tv = values[table]!;
  const c = tv.values[0].indexOf(header);
  if (c < 0) throw new Error(`no ${header} in ${table}`);
  return { tv, r: row, c };
}

function blocked(values: WorkbookValues): string[] {
  try {
    planForWorkbook(values, plan, "en");
  } catch (e) {
    if (e instanceof UpgradeBlocked) return e.problems.map((p) => `${p.sheet}!${p.cell}`);
    throw e;
  }
  return [];
}

describe("a rewrite keeps every typed cell or writes nothing", () => {
  test("the workbook as written comes back unchanged", () => {
    expect(blocked(workbook())).toEqual([]);
    expect(blocked(workbook("fr"))).toEqual([]);
  });

  test("an amount typed as text would become a number: refused, the cell named", () => {
    const v = workbook();
    const { tv, r, c } = at(v, "tblBudget", "Amount planned");
    tv.values[r][c] = "250 000";
    expect(blocked(v)).toEqual([`Budget!${String.fromCharCode(65 + c)}${r + 1}`]);
  });

  test("a cleared status would come back as Not started: refused", () => {
    const v = workbook();
    const { tv, r, c } = at(v, "tblActions", "Status");
    tv.values[r][c] = null;
    expect(blocked(v)).toEqual([`Operational plan!${String.fromCharCode(65 + c)}${r + 1}`]);
  });

  test("a space typed after a text would be trimmed: refused", () => {
    const v = workbook();
    const { tv, r, c } = at(v, "tblActions", "Action");
    tv.values[r][c] = `${String(tv.values[r][c])} `;
    expect(blocked(v)).toHaveLength(1);
  });

  test("a formula typed in an entry cell would become its value: refused", () => {
    const v = workbook();
    const { tv, r, c } = at(v, "tblBudget", "Amount planned");
    tv.formulas = tv.values.map((row) => row.map(() => null));
    tv.formulas[r][c] = "1000*12";
    tv.values[r][c] = 12000;
    expect(blocked(v)).toHaveLength(1);
  });

  test("a status typed in the other language or case keeps its value: kept", () => {
    const v = workbook();
    const { tv, r, c } = at(v, "tblActions", "Status");
    const status = listValue("status", String(tv.values[r][c]))!;
    tv.values[r][c] = listLabel("fr", "status", status).toUpperCase();
    expect(blocked(v)).toEqual([]);
  });

  test("rows that only move (a blank row inside the table, lines out of order) are kept", () => {
    const v = workbook();
    const budget = v.tblBudget!;
    const [head, ...rows] = budget.values;
    budget.values = [head, rows[rows.length - 1], head.map(() => null), ...rows.slice(0, -1)];
    expect(blocked(v)).toEqual([]);
  });

  test("a budget line whose key the plan cannot keep (an unknown year text) is refused, not dropped", () => {
    const v = workbook();
    const { tv, r, c } = at(v, "tblBudget", "Year");
    tv.values[r][c] = "2021 ";
    expect(blocked(v).length).toBeGreaterThan(0);
  });
});
