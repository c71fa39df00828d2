import crypto from "crypto";
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { cli } from "../support/cli";
import { parsePlan } from "../../src/core/model";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { loadWorkbook, writeXlsx } from "../../src/xlsx/workbook";
import { TINY_PLAN } from "../fixtures/tiny-plan";
import { CASES } from "./cases";

const SHEET_OF: Record<string, string> = {
  tblIndicators: "Indicators",
  tblActions: "Operational plan",
  tblBudget: "Budget",
  tblRegions: "Regions",
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-val-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const f = (n: string) => path.join(dir, n);
const sha = (file: string) =>
  crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

/** Write the tiny workbook, then change cells with exceljs as a person (or a paste) would. */
async function workbook(name: string, edit?: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const file = f(name);
  await writeXlsx(buildWorkbookPlan(parsePlan(TINY_PLAN), "en"), file);
  if (edit) {
    const wb = await loadWorkbook(file);
    edit(wb);
    await wb.xlsx.writeFile(file);
  }
  return file;
}

function cellOf(wb: ExcelJS.Workbook, sheet: string, key: string, header: string): ExcelJS.Cell {
  const ws = wb.getWorksheet(sheet)!;
  const headers = ws.getRow(1).values as unknown[];
  let row = 0;
  ws.eachRow((r, n) => {
    if (row === 0 && r.getCell(1).value === key) row = n;
  });
  return ws.getRow(row).getCell(headers.indexOf(header));
}

describe("every rule through the command line, on real .xlsx files", () => {
  test.each(CASES.map((c, i) => [`${c.rule} #${i}`, c] as const))("%s", async (_name, c) => {
    const edit = (which: "bad" | "good") => (wb: ExcelJS.Workbook) =>
      c[which]((table, key, header, value) => {
        const sheet = SHEET_OF[table];
        cellOf(wb, sheet, key, header).value =
          value === "#N/A" ? ({ error: "#N/A" } as ExcelJS.CellErrorValue) : value;
      });
    const bad = await cli(["validate", await workbook(`bad-${_name}.xlsx`, edit("bad")), "--json"]);
    const rules = (JSON.parse(bad.out) as { rule: string }[]).map((x) => x.rule);
    expect(rules).toEqual([c.rule]);
    expect(bad.code).toBe(c.rule.startsWith("money.cost") ? 0 : 1);
    const good = await cli(["validate", await workbook(`good-${_name}.xlsx`, edit("good"))]);
    expect(good.out).toBe("No problem found.");
    expect(good.code).toBe(0);
  });
});

describe("nap1325 validate", () => {
  test("a clean workbook: no problem, exit 0", async () => {
    const r = await cli(["validate", await workbook("clean.xlsx")]);
    expect(r.out).toBe("No problem found.");
    expect(r.code).toBe(0);
  });

  test("text, errors and impossible numbers: findings by sheet, exit 1, JSON on demand, the file unchanged", async () => {
    const file = await workbook("bad.xlsx", (wb) => {
      cellOf(wb, "Indicators", "I1", "Actual 2021").value = 130;
      cellOf(wb, "Indicators", "I1", "Actual 2022").value = "about 40";
      cellOf(wb, "Budget", "A1", "Amount secured").value = {
        error: "#N/A",
      } as ExcelJS.CellErrorValue;
      cellOf(wb, "Operational plan", "A2", "Progress (%)").value = 60;
    });
    const before = sha(file);
    const r = await cli(["validate", file]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /== Indicators\n( {2}Error .*\n)* {2}Error \[measure.percent\] Indicators!Q2: 130 is not a percentage/
    );
    expect(r.out).toMatch(/\[not-a-number\] Indicators!R2: "about 40" is not a number/);
    // A1's first budget line (row 2), Amount secured (column I).
    expect(r.out).toMatch(
      /== Budget\n {2}Error \[excel-error\] Budget!I2: the cell holds the Excel error #N\/A/
    );
    expect(r.out).toMatch(
      /\[status.completed-progress\] Operational plan!I3: a completed action should be at 100% progress, not 60/
    );
    expect(r.out).toMatch(/4 errors, 0 warnings/);
    const json = await cli(["validate", file, "--json", "--lang", "fr"]);
    const findings = JSON.parse(json.out) as { rule: string; message: string }[];
    expect(findings.map((x) => x.rule).sort()).toEqual([
      "excel-error",
      "measure.percent",
      "not-a-number",
      "status.completed-progress",
    ]);
    expect(findings.find((x) => x.rule === "measure.percent")!.message).toMatch(
      /n’est pas un pourcentage/
    );
    expect(sha(file)).toBe(before);
  });

  test("--report writes a copy with the report sheet and the cells marked", async () => {
    const file = await workbook("marks.xlsx", (wb) => {
      cellOf(wb, "Budget", "A1", "Amount secured").value = 5000000;
    });
    const r = await cli(["validate", file, "--report", f("report.xlsx")]);
    expect(r.code).toBe(1);
    const wb = await loadWorkbook(f("report.xlsx"));
    const report = wb.getWorksheet("Validation report")!;
    expect(report.getRow(2).getCell(2).value).toBe("money.secured-above-planned");
    expect(report.getRow(2).getCell(3).value).toBe("Budget!I2");
    const marked = wb.getWorksheet("Budget")!.getCell("I2");
    expect((marked.fill as ExcelJS.FillPattern).fgColor!.argb).toBe("FFFFC7CE");
    expect(String(marked.note)).toMatch(/more than the amount planned/);
    expect((await cli(["validate", file, "--report", file])).code).toBe(2);
  });

  test("a renamed column is named; a foreign workbook and a non-workbook get clear errors", async () => {
    const renamed = await workbook("renamed.xlsx", (wb) => {
      const ws = wb.getWorksheet("Operational plan")!;
      ws.getRow(1).eachCell((c) => {
        if (c.value === "Lead stakeholder") c.value = "Who";
      });
      (
        ws.getTable("tblActions") as unknown as { table: { columns: { name: string }[] } }
      ).table.columns.forEach((c) => {
        if (c.name === "Lead stakeholder") c.name = "Who";
      });
    });
    const r = await cli(["validate", renamed]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/\[structure\] the table tblActions has no column "Lead stakeholder"/);
    const foreign = new ExcelJS.Workbook();
    foreign.addWorksheet("Data").getCell("A1").value = 1;
    await foreign.xlsx.writeFile(f("foreign.xlsx"));
    expect((await cli(["validate", f("foreign.xlsx")])).out).toMatch(/is not a NAP 1325 workbook/);
    fs.writeFileSync(f("text.xlsx"), "hello");
    const t = await cli(["validate", f("text.xlsx")]);
    expect(t.code).toBe(2);
    expect(t.err).toMatch(/text\.xlsx is not an \.xlsx workbook/);
  });
});
