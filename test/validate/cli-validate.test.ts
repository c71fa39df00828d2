import crypto from "crypto";
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { cli } from "../support/cli";
import { parsePlan, type Plan } from "../../src/core/model";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { loadWorkbook, writeXlsx } from "../../src/xlsx/workbook";
import { TINY_PLAN } from "../fixtures/tiny-plan";
import { CASES } from "./cases";

const SHEET_OF: Record<string, string> = {
  tblIndicators: "Indicators",
  tblActions: "Operational plan",
  tblBudget: "Budget",
  tblRegions: "Regions",
  tblStakeholders: "Stakeholders",
  tblValues: "Values",
  // refsheets (issue 14).
  tblIndicatorRefs: "Reference sheets",
  tblFramework: "Framework",
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-val-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const f = (n: string) => path.join(dir, n);
const sha = (file: string) =>
  crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
const tiny = parsePlan(TINY_PLAN);

/** Write a plan's workbook, then change it with exceljs as a person (or a paste) would. */
async function workbook(
  name: string,
  edit?: (wb: ExcelJS.Workbook) => void,
  plan: Plan = tiny
): Promise<string> {
  const file = f(name);
  await writeXlsx(buildWorkbookPlan(plan, "en"), file);
  if (edit) {
    const wb = await loadWorkbook(file);
    edit(wb);
    await wb.xlsx.writeFile(file);
  }
  return file;
}

/** The header cells of a sheet's table (row 1), by text. */
function headerCol(ws: ExcelJS.Worksheet, header: string): number {
  return (ws.getRow(1).values as unknown[]).indexOf(header);
}

function cellOf(wb: ExcelJS.Workbook, sheet: string, key: string, header: string): ExcelJS.Cell {
  const ws = wb.getWorksheet(sheet)!;
  let row = 0;
  // Key "" is the table's empty row (a row typed into a table that has none yet).
  const blank = (v: ExcelJS.CellValue) => v === null || v === undefined || v === "";
  ws.eachRow({ includeEmpty: true }, (r, n) => {
    if (row === 0 && n > 1 && (key === "" ? blank(r.getCell(1).value) : r.getCell(1).value === key))
      row = n;
  });
  return ws.getRow(row).getCell(headerCol(ws, header));
}

/** The exceljs model of a table (its column names are what Excel shows as headers). */
const tableModel = (ws: ExcelJS.Worksheet, name: string) =>
  (ws.getTable(name) as unknown as { table: { columns: { name: string }[]; ref: string } }).table;

const json = (out: string) =>
  JSON.parse(out) as { rule: string; severity: string; key?: string; cell: string }[];

describe("every rule through the command line, on real .xlsx files", () => {
  // A case typing two rows (values.duplicate) is tested in memory: test/validate/rules.test.ts.
  const cases = CASES.map((c, i) => [`${c.rule} #${i}`, c] as const).filter(([, c]) => !c.twoRows);
  test.each(cases)("%s", async (name, c) => {
    const edit = (which: "bad" | "good") => (wb: ExcelJS.Workbook) =>
      c[which]((table, key, header, value) => {
        const cell = cellOf(wb, SHEET_OF[table], key, header);
        const v = value === "#N/A" ? ({ error: "#N/A" } as ExcelJS.CellErrorValue) : value;
        // A computed cell keeps its formula, its result is the case's value (typing over
        // the formula is a finding of its own: test/validate/outside-rows.test.ts).
        cell.value =
          cell.type === ExcelJS.ValueType.Formula && typeof v === "number"
            ? ({ formula: cell.formula, result: v } as ExcelJS.CellFormulaValue)
            : v;
      });
    const bad = await cli(["validate", await workbook(`bad-${name}.xlsx`, edit("bad")), "--json"]);
    expect(json(bad.out).map((x) => x.rule)).toEqual([c.rule]);
    // Warnings alone leave the exit code at 0.
    expect(bad.code).toBe(json(bad.out)[0].severity === "warning" ? 0 : 1);
    const good = await cli(["validate", await workbook(`good-${name}.xlsx`, edit("good"))]);
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
    let progress = "";
    const file = await workbook("bad.xlsx", (wb) => {
      cellOf(wb, "Indicators", "I1", "Actual 2021").value = 130;
      cellOf(wb, "Indicators", "I1", "Actual 2022").value = "about 40";
      cellOf(wb, "Budget", "A1", "Amount secured").value = {
        error: "#N/A",
      } as ExcelJS.CellErrorValue;
      const cell = cellOf(wb, "Operational plan", "A2", "Progress (%)");
      cell.value = 60;
      progress = cell.address;
    });
    const before = sha(file);
    const r = await cli(["validate", file]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /== Indicators\n( {2}Error .*\n)* {2}Error \[measure.percent\] Indicators!Q2: 130 is not a percentage/
    );
    expect(r.out).toMatch(
      /\[not-a-number\] Indicators!R2: "about 40" is not a number: enter digits/
    );
    // A1's first budget line (row 2), Amount secured (column I).
    expect(r.out).toMatch(
      /== Budget\n {2}Error \[excel-error\] Budget!I2: the cell holds the Excel error #N\/A: enter/
    );
    expect(r.out).toMatch(
      new RegExp(
        `\\[status.completed-progress\\] Operational plan!${progress}: a completed action should be at 100% progress, not 60`
      )
    );
    expect(r.out).toMatch(/4 errors, 0 warnings/);
    const fr = await cli(["validate", file, "--json", "--lang", "fr"]);
    const findings = JSON.parse(fr.out) as { rule: string; message: string; key: string }[];
    expect(findings.map((x) => `${x.key} ${x.rule}`).sort()).toEqual([
      "A1 excel-error",
      "A2 status.completed-progress",
      "I1 measure.percent",
      "I1 not-a-number",
    ]);
    expect(findings.find((x) => x.rule === "measure.percent")!.message).toMatch(
      /n’est pas un pourcentage/
    );
    expect(sha(file)).toBe(before);
  });

  test("--report writes a copy with the report sheet and the cells marked; the file checked is unchanged", async () => {
    const file = await workbook("marks.xlsx", (wb) => {
      cellOf(wb, "Budget", "A1", "Amount secured").value = 5000000;
    });
    const before = sha(file);
    const r = await cli(["validate", file, "--report", f("report.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Report written to .*report\.xlsx\.$/);
    expect(sha(file)).toBe(before);
    const wb = await loadWorkbook(f("report.xlsx"));
    const report = wb.getWorksheet("Validation report")!;
    expect(report.getRow(2).getCell(2).value).toBe("money.secured-above-planned");
    expect(report.getRow(2).getCell(3).value).toBe("Budget!I2");
    const marked = wb.getWorksheet("Budget")!.getCell("I2");
    expect(marked.font).toMatchObject({ bold: true, color: { argb: "FFC00000" } });
    expect(String(marked.note)).toMatch(/more than the amount planned/);
    // The entry cell keeps its fill; nothing else is marked.
    expect((marked.fill as ExcelJS.FillPattern).fgColor!.argb).toBe("FFFFF2CC");
    expect(wb.getWorksheet("Budget")!.getCell("H2").font?.bold).toBeFalsy();

    // Corrected in the copy and checked again: the old mark and note go, the report says so.
    cellOf(wb, "Budget", "A1", "Amount secured").value = 5;
    await wb.xlsx.writeFile(f("fixed.xlsx"));
    expect((await cli(["validate", f("fixed.xlsx"), "--report", f("report2.xlsx")])).code).toBe(0);
    const again = await loadWorkbook(f("report2.xlsx"));
    const cell = again.getWorksheet("Budget")!.getCell("I2");
    expect(cell.font?.bold).toBeFalsy();
    expect(cell.note).toBeUndefined();
    expect(again.getWorksheet("Validation report")!.getRow(2).getCell(1).value).toBe(
      "No problem found."
    );
    expect(again.worksheets.filter((w) => w.name === "Validation report")).toHaveLength(1);
  });

  test("--json with --report: standard output holds the JSON only", async () => {
    const file = await workbook("json-report.xlsx", (wb) => {
      cellOf(wb, "Operational plan", "A1", "Progress (%)").value = 140;
    });
    const r = await cli(["validate", file, "--json", "--report", f("json-report-out.xlsx")]);
    expect(json(r.out).map((x) => x.rule)).toEqual(["measure.percent"]);
    expect(r.err).toMatch(/Report written/);
    expect(r.code).toBe(1);
  });

  test("blank rows inside a table and an extra sheet change nothing", async () => {
    // A third action between A1 and A2, then blanked as a person clearing a row would.
    const plan = parsePlan({
      ...TINY_PLAN,
      actions: [
        TINY_PLAN.actions![0],
        { code: "AX", output: "1.1.1", text: "Gone", lead: "CSO" },
        TINY_PLAN.actions![1],
      ],
    });
    const file = await workbook(
      "blank-row.xlsx",
      (wb) => {
        const ws = wb.getWorksheet("Operational plan")!;
        for (let c = 1; c <= 10; c++) ws.getRow(3).getCell(c).value = null;
        const notes = wb.addWorksheet("My notes");
        notes.getCell("A1").value = "Anything";
        notes.getCell("B2").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
      },
      plan
    );
    const r = await cli(["validate", file]);
    expect(r.out).toBe("No problem found.");
    expect(r.code).toBe(0);
  });

  test("a moved column is fine", async () => {
    const file = await workbook("moved.xlsx", (wb) => {
      const ws = wb.getWorksheet("Regions")!;
      const [code, name] = [headerCol(ws, "Code"), headerCol(ws, "Name")];
      ws.eachRow((row) => {
        const a = row.getCell(code).value;
        row.getCell(code).value = row.getCell(name).value;
        row.getCell(name).value = a;
      });
      const cols = tableModel(ws, "tblRegions").columns;
      [cols[code - 1].name, cols[name - 1].name] = [cols[name - 1].name, cols[code - 1].name];
    });
    const r = await cli(["validate", file]);
    expect(r.out).toBe("No problem found.");
  });

  test("a renamed or a deleted column is named; nothing is guessed", async () => {
    const renamed = await workbook("renamed.xlsx", (wb) => {
      const ws = wb.getWorksheet("Operational plan")!;
      ws.getRow(1).getCell(headerCol(ws, "Lead stakeholder")).value = "Who";
      const col = tableModel(ws, "tblActions").columns.find((c) => c.name === "Lead stakeholder")!;
      col.name = "Who";
    });
    const r = await cli(["validate", renamed]);
    expect(r.code).toBe(1);
    expect(r.out).toBe(
      [
        "== Operational plan",
        '  Error [structure.missing-column] the table tblActions has no column "Lead stakeholder" (it may have been renamed or deleted)',
        "1 error, 0 warnings (0 acknowledged)",
      ].join("\n")
    );
    const deleted = await workbook("deleted.xlsx", (wb) => {
      const ws = wb.getWorksheet("Budget")!;
      const c = headerCol(ws, "Amount planned");
      // Blank the column and drop it from the table, as Excel's "Delete table column" leaves it.
      ws.eachRow((row) => (row.getCell(c).value = null));
      const model = tableModel(ws, "tblBudget");
      model.columns.splice(c - 1, 1);
    });
    const d = await cli(["validate", deleted, "--json"]);
    expect(json(d.out).map((x) => x.rule)).toEqual(["structure.missing-column"]);
    expect(d.out).toMatch(/no column \\"Amount planned\\"/);
  });

  test("a foreign workbook, a non-workbook, a missing file and bad usage get clear errors", async () => {
    const foreign = new ExcelJS.Workbook();
    foreign.addWorksheet("Data").getCell("A1").value = 1;
    await foreign.xlsx.writeFile(f("foreign.xlsx"));
    const r = await cli(["validate", f("foreign.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /^== foreign\.xlsx\n {2}Error \[structure.not-nap-workbook\] this is not a NAP 1325 workbook/
    );
    fs.writeFileSync(f("text.xlsx"), "hello");
    const t = await cli(["validate", f("text.xlsx")]);
    expect(t.code).toBe(2);
    expect(t.err).toMatch(/text\.xlsx is not an \.xlsx workbook/);
    const missing = await cli(["validate", f("nowhere.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/cannot read .*nowhere\.xlsx/);
    const clean = await workbook("usage.xlsx");
    for (const args of [[], ["--lang", "de", clean], ["--colour", clean], [clean, clean]]) {
      const u = await cli(["validate", ...args]);
      expect(u.code).toBe(2);
      expect(u.err).toMatch(/^nap1325: /);
    }
    const same = await cli(["validate", clean, "--report", clean]);
    expect(same.code).toBe(2);
    expect(same.err).toMatch(/is the file checked/);
    expect((await cli(["validate"], { NAP1325_LANG: "fr" })).err).toMatch(
      /usage\s: nap1325 validate/
    );
  });
});

describe("the other rules through the command line", () => {
  test("an outlier is a warning (exit 0); a comment acknowledges it", async () => {
    const plan = (comment?: string) =>
      parsePlan({
        ...TINY_PLAN,
        period: { start: 2016, end: 2023 },
        indicators: [
          {
            ...TINY_PLAN.indicators![1],
            comment,
            actuals: [10, 11, 10, 12, 11, 10, 95].map((value, i) => ({ year: 2016 + i, value })),
          },
        ],
      });
    const r = await cli(["validate", await workbook("outlier.xlsx", undefined, plan())]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/ {2}Warning \[outlier.zscore\] Indicators!\w+: 95 is far from/);
    expect(r.out).toMatch(/0 errors, 1 warning \(0 acknowledged\)$/);
    const ack = await cli(["validate", await workbook("ack.xlsx", undefined, plan("survey"))]);
    expect(ack.out).toMatch(/ {2}Warning \(acknowledged\) \[outlier.zscore\]/);
    expect(ack.out).toMatch(/0 errors, 1 warning \(1 acknowledged\)$/);
  });

  test("a deleted sheet, a column twice, a newer template", async () => {
    const run = async (name: string, edit: (wb: ExcelJS.Workbook) => void) => {
      const r = await cli(["validate", await workbook(name, edit), "--json"]);
      expect(r.code).toBe(1);
      return json(r.out).map((x) => x.rule);
    };
    expect(
      await run("no-regions.xlsx", (wb) => wb.removeWorksheet(wb.getWorksheet("Regions")!.id))
    ).toEqual(["structure.missing-table"]);
    expect(
      await run("twice.xlsx", (wb) => {
        const ws = wb.getWorksheet("Regions")!;
        ws.getCell("B1").value = "Code";
        tableModel(ws, "tblRegions").columns[1].name = "Code ";
      })
    ).toEqual(["structure.duplicate-column"]);
    expect(
      await run("newer.xlsx", (wb) => {
        const ws = wb.getWorksheet("_NAP")!;
        ws.eachRow((row) => {
          if (row.getCell(1).value === "templateVersion") row.getCell(2).value = 99;
        });
      })
    ).toEqual(["structure.newer-template"]);
  });
});

describe("the Mali plan through the command line", () => {
  const mali = parsePlan(MALI_NAP_2019_2023);

  test("as shipped: no problem", async () => {
    const r = await cli(["validate", await workbook("mali.xlsx", undefined, mali)]);
    expect(r.out).toBe("No problem found.");
    expect(r.code).toBe(0);
  });

  test("the framework with the codes as the source prints them: the duplicate codes and nothing else", async () => {
    const printed = new Map(mali.outputs.map((o) => [o.code, o.codeAsPrinted ?? o.code]));
    const file = await workbook(
      "mali-printed.xlsx",
      (wb) => {
        for (const [sheet, header] of [
          ["Framework", "Code"],
          ["Indicators", "Parent"],
        ]) {
          const ws = wb.getWorksheet(sheet)!;
          const c = headerCol(ws, header);
          ws.eachRow((row, n) => {
            const cell = row.getCell(c);
            if (n > 1) cell.value = printed.get(String(cell.value)) ?? cell.value;
          });
        }
      },
      mali
    );
    const r = await cli(["validate", file, "--json"]);
    expect(r.code).toBe(1);
    const found = json(r.out);
    expect(new Set(found.map((x) => x.rule))).toEqual(new Set(["structure.duplicate-code"]));
    expect(found.map((x) => x.key).sort()).toEqual(["3.2.1", "3.2.2", "4.2.1", "4.2.2"]);
  });
});
