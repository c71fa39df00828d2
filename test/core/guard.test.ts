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

  test("a formula typed in an entry cell is written back as the formula: kept", () => {
    const v = workbook();
    const { tv, r, c } = at(v, "tblBudget", "Amount planned");
    tv.formulas = tv.values.map((row) => row.map(() => null));
    tv.formulas[r][c] = "1000*12";
    tv.values[r][c] = 12000;
    expect(blocked(v)).toEqual([]);
    const out = planForWorkbook(v, plan, "en");
    const table = out.sheets.flatMap((s) => s.tables).find((x) => x.name === "tblBudget")!;
    const col = table.headers.indexOf("Amount planned");
    const cells = table.rows.map((row) => row[col]);
    expect(cells).toContainEqual({ formula: "=1000*12", result: 12000 });
  });

  test("a formula whose result the reader cannot take (no cached value) is refused", () => {
    const v = workbook();
    const { tv, r, c } = at(v, "tblBudget", "Amount planned");
    tv.formulas = tv.values.map((row) => row.map(() => null));
    tv.formulas[r][c] = "1000*12";
    tv.values[r][c] = null;
    expect(blocked(v)).toHaveLength(1);
  });

  test("a label typed in capitals and a list with other separators are written back as typed", () => {
    const v = workbook();
    const s = at(v, "tblActions", "Status");
    s.tv.values[s.r][s.c] = String(s.tv.values[s.r][s.c]).toUpperCase();
    expect(blocked(v)).toEqual([]);
    const out = planForWorkbook(v, plan, "en");
    const table = out.sheets.flatMap((x) => x.tables).find((x) => x.name === "tblActions")!;
    const col = table.headers.indexOf("Status");
    expect(table.rows.map((row) => row[col])).toContain(s.tv.values[s.r][s.c]);
  });

  test("a value typed over a computed cell is kept, as Excel keeps it", () => {
    const v = workbook();
    const { tv, r, c } = at(v, "tblBudget", "Cost (unit × quantity × times)");
    tv.formulas = tv.values.map((row) => row.map(() => null));
    tv.values.forEach((row, i) => {
      if (i > 0 && i !== r) tv.formulas![i][c] = "1";
    });
    tv.values[r][c] = 424242;
    const out = planForWorkbook(v, plan, "en");
    const table = out.sheets.flatMap((x) => x.tables).find((x) => x.name === "tblBudget")!;
    expect(table.rows.map((row) => row[c])).toContain(424242);
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
