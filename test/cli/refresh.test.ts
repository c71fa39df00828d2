import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { cli } from "../support/cli";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { loadWorkbook, writeXlsx } from "../../src/xlsx/workbook";
import { randomPlan } from "../support/random-plan";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-refresh-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const f = (n: string) => path.join(dir, n);

const ENTRY_SHEETS = [
  "Framework",
  "Indicators",
  "Operational plan",
  "Budget",
  "Stakeholders",
  "Funding sources",
  "Regions",
  "Risks",
  "Import log",
  "Conflicts",
  "Submissions",
];

/** Every cell of the named sheets: address -> value and formula. */
function cells(wb: ExcelJS.Workbook, sheets?: string[]): Map<string, string> {
  const out = new Map<string, string>();
  wb.eachSheet((ws) => {
    if (sheets && !sheets.includes(ws.name)) return;
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) => {
        const v = c.value as ExcelJS.CellValue;
        const shown =
          v && typeof v === "object" && "formula" in v ? `=${v.formula}` : JSON.stringify(v);
        out.set(`${ws.name}!${c.address}`, shown);
      })
    );
  });
  return out;
}

describe("nap1325 refresh", () => {
  test("never changes an entry cell, and refreshing twice gives the same workbook as once", async () => {
    const plan = randomPlan(7, 200);
    await writeXlsx(buildWorkbookPlan(plan, "en"), f("full.xlsx"));
    const before = cells(await loadWorkbook(f("full.xlsx")), ENTRY_SHEETS);
    expect(before.size).toBeGreaterThan(5000);
    const r1 = await cli(["refresh", f("full.xlsx"), "--out", f("once.xlsx")]);
    expect(r1.err).toBe("");
    expect(r1.code).toBe(0);
    const once = await loadWorkbook(f("once.xlsx"));
    expect(cells(once, ENTRY_SHEETS)).toEqual(before);
    expect((await cli(["refresh", f("once.xlsx"), "--out", f("twice.xlsx")])).code).toBe(0);
    expect(cells(await loadWorkbook(f("twice.xlsx")))).toEqual(cells(once));
  }, 120000);

  test("summaries grow with the entry tables; in place, the file is replaced whole", async () => {
    const plan = randomPlan(8, 30);
    await writeXlsx(buildWorkbookPlan(plan, "en"), f("grow.xlsx"));
    const wb = await loadWorkbook(f("grow.xlsx"));
    // What Excel does when a person types below a table: the row joins the table.
    const ws = wb.getWorksheet("Stakeholders")!;
    const model = (
      ws.getTable("tblStakeholders") as unknown as {
        table: { tableRef: string; autoFilterRef: string };
      }
    ).table;
    const last = Number(/\d+$/.exec(model.tableRef)![0]);
    ws.getRow(last + 1).values = [
      "NEWCSO",
      "A new women’s association",
      null,
      "Civil society",
      "No",
    ];
    model.tableRef = model.tableRef.replace(/\d+$/, String(last + 1));
    model.autoFilterRef = model.tableRef;
    await wb.xlsx.writeFile(f("grow.xlsx"));
    const r = await cli(["refresh", f("grow.xlsx")]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const after = await loadWorkbook(f("grow.xlsx"));
    const summary = after.getWorksheet("By stakeholder")!;
    const codes: unknown[] = [];
    summary.getColumn(1).eachCell((c) => void codes.push(c.value));
    expect(codes).toContain("NEWCSO");
    expect(fs.readdirSync(dir).filter((n) => n.includes(".refresh-"))).toEqual([]);
  }, 120000);

  test("a workbook with an extra sheet is refused, not trimmed", async () => {
    const plan = randomPlan(9, 5);
    await writeXlsx(buildWorkbookPlan(plan, "en"), f("extra.xlsx"));
    const wb = await loadWorkbook(f("extra.xlsx"));
    wb.addWorksheet("My notes").getCell("A1").value = "do not lose me";
    await wb.xlsx.writeFile(f("extra.xlsx"));
    const bytes = fs.readFileSync(f("extra.xlsx"));
    const r = await cli(["refresh", f("extra.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/content outside the template \(extra-sheet My notes\)/);
    expect(fs.readFileSync(f("extra.xlsx")).equals(bytes)).toBe(true);
  }, 60000);
});
