/**
 * The check's findings about rows next to the tables and computed cells
 * (issue 12): a row typed just below a growing table (taken in by the next
 * rewrite), below a fixed one (refused), and computed cells missing or typed
 * over. Each fails and passes.
 */
import { parsePlan } from "../../src/core/model";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";
import { withExampleOperationalPlan } from "../../src/core/plans/example-operational-plan";
import { buildWorkbookPlan } from "../../src/core/template/build";
import type { TableValues, WorkbookValues } from "../../src/core/template/read";
import { isFormula, type WorkbookPlan } from "../../src/core/template/types";
import { validateWorkbook } from "../../src/core/validate";

const plan = withExampleOperationalPlan(parsePlan(MALI_NAP_2019_2023));

/** The values an adapter reads from a fresh workbook, with the computed cells' formulas. */
function fresh(): WorkbookValues {
  const wp: WorkbookPlan = buildWorkbookPlan(plan, "en");
  const out: WorkbookValues = {};
  for (const sheet of wp.sheets)
    for (const table of sheet.tables) {
      const body = table.rows.map((r) => r.map((c) => (isFormula(c) ? 1 : c)));
      const formulas = table.rows.map((r) =>
        r.map((c) => (isFormula(c) ? c.formula.slice(1) : null))
      );
      out[table.name] = {
        sheet: sheet.name,
        row: table.row,
        col: table.col,
        values: [table.headers, ...body],
        formulas: [table.headers.map(() => null), ...formulas],
      };
    }
  return out;
}

const rules = (values: WorkbookValues) => validateWorkbook(values).map((f) => f.rule);

/** Copy the last row below the table, with a new first cell, as the adapter reads it. */
function typeBelow(tv: TableValues, first: string) {
  const last = tv.values[tv.values.length - 1];
  tv.values.push([first, ...last.slice(1)]);
  tv.formulas!.push(last.map(() => null));
  tv.takenIn = (tv.takenIn ?? 0) + 1;
}

describe("rows next to the tables, computed cells", () => {
  test("the example workbook as written has none of these findings", () => {
    const found = rules(fresh()).filter((r) => r.startsWith("structure.") || r.startsWith("below"));
    expect(found).toEqual([]);
  });

  test("structure.taken-in: an action typed just below tblActions, named by its cell", () => {
    const v = fresh();
    const tv = v.tblActions!;
    typeBelow(tv, "EX-NEW");
    const f = validateWorkbook(v).filter((x) => x.rule === "structure.taken-in");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", key: "EX-NEW", table: "tblActions" });
    expect(f[0].message).toMatch(new RegExp(`^${f[0].sheet}!A${tv.values.length}: `));
  });

  test("below-fixed-table: a row typed just below tblIndicators is an error naming its cells", () => {
    const v = fresh();
    typeBelow(v.tblIndicators!, "I9.9.9");
    const f = validateWorkbook(v).filter((x) => x.rule === "below-fixed-table");
    expect(f.length).toBeGreaterThan(0);
    expect(f[0].severity).toBe("error");
    expect(f.map((x) => x.cell)).toContain(`A${v.tblIndicators!.values.length}`);
  });

  test("structure.computed-missing and computed-typed-over: a budget line's cost", () => {
    const v = fresh();
    const tv = v.tblBudget!;
    const c = tv.values[0].indexOf("Cost (unit × quantity × times)");
    expect(c).toBeGreaterThan(0);
    tv.formulas![1][c] = null;
    tv.values[1][c] = null;
    tv.formulas![2][c] = null;
    tv.values[2][c] = 424242;
    const f = validateWorkbook(v);
    const missing = f.filter((x) => x.rule === "structure.computed-missing");
    const over = f.filter((x) => x.rule === "structure.computed-typed-over");
    expect(missing.map((x) => x.cell)).toEqual([`${String.fromCharCode(65 + c)}2`]);
    expect(over.map((x) => x.cell)).toEqual([`${String.fromCharCode(65 + c)}3`]);
  });
});
