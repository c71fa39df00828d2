/**
 * nap1325 export-iati on real .xlsx files: the export's totals equal the
 * workbook's as LibreOffice recalculates it, and bad workbooks give findings
 * and no file.
 */
import fs from "fs";
import os from "os";
import path from "path";
import type ExcelJS from "exceljs";
import { exportIatiCommand } from "../../src/cli/commands/export-iati";
import { t } from "../../src/core/i18n";
import { planToIati } from "../../src/core/iati";
import { planIn } from "../../src/core/model";
import { buildWorkbookPlan, sheetName } from "../../src/core/template/build";
import { listValue } from "../../src/core/template/tables";
import { toExcelJs, writeXlsx } from "../../src/xlsx/workbook";
import { cli } from "../support/cli";
import { libreOfficeAvailable, recalc } from "../support/libreoffice";
import { found, mali, NOW, parseIati, sourceByName, sum, validate } from "./support";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-iati-cli-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function exportIati(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (s: string) => out.push(s), err: (s: string) => err.push(s), env: {} };
  const code = await exportIatiCommand([...args, "--now", NOW], io, "en");
  return { code, out: out.join("\n"), err: err.join("\n") };
}

test("nap1325 export-iati writes a schema-valid file from a French workbook", async () => {
  const xlsx = path.join(dir, "mali-fr.xlsx");
  await writeXlsx(buildWorkbookPlan(mali(), "fr"), xlsx);
  const xml = path.join(dir, "mali-fr.xml");
  const r = await cli(["export-iati", xlsx, "--out", xml, "--lang", "en", "--now", NOW]);
  expect(r.code).toBe(0);
  // One budget per pillar and year: the example plan's 12 pillar-years with costed lines.
  expect(r.out).toBe(`Wrote ${xml}: 5 activities, 12 budgets, total 1265000000 XOF.`);
  expect(r.err).toMatch(/^Warning: the plan carries the fictitious example operational plan/m);
  // How many organisations are named without an identifier, and which.
  expect(r.err).toMatch(
    /^Warning: 9 organisations have no IATI organisation identifier and are named without one: BN, FC, PTF, /m
  );
  expect(fs.statSync(xml).size).toBeGreaterThan(40000);
  await validate(xml);
  // The workbook gives the same file as the plan it was built from, as a French workbook
  // shows it (its texts in French, declared French).
  expect(fs.readFileSync(xml, "utf8")).toBe(
    planToIati(planIn(mali(), "fr"), { generatedAt: NOW, textLang: "fr" }).xml
  );
  expect(fs.readFileSync(xml, "utf8")).toMatch(/<iati-activity [^>]*xml:lang="fr"/);
});

(libreOfficeAvailable() ? test : test.skip)(
  "budgets per pillar and year, their status, the commitments per source and the total equal the workbook's as LibreOffice recalculates it",
  async () => {
    const lang = "fr";
    const xlsx = path.join(dir, "totals.xlsx");
    await writeXlsx(buildWorkbookPlan(mali(), lang), xlsx);
    const xml = path.join(dir, "totals.xml");
    expect((await exportIati([xlsx, "--out", xml])).code).toBe(0);
    const acts = parseIati(fs.readFileSync(xml, "utf8"));
    const sheets = await recalc(xlsx);

    /** A table's rows as objects keyed by header, from the header row on. */
    const table = (sheet: string, first: string) => {
      const rows = sheets.get(sheet)!;
      const h = rows.findIndex((r) => r[0] === first);
      return rows
        .slice(h + 1)
        .filter((r) => r[0] !== "")
        .map((r) => Object.fromEntries(rows[h].map((k, i) => [k, r[i]])));
    };
    const col = (k: Parameters<typeof t>[1]) => t(lang, k);
    // The Budget sheet's lines, with the pillar its formulas computed.
    const lines = table(sheetName(lang, "budget"), col("col.actionCode")).map((r) => ({
      pillar: r[col("col.pillar")],
      year: Number(r[col("col.year")]),
      source: String(r[col("col.source")]),
      committed: listValue("budgetStatus", r[col("col.budgetStatus")]) === "committed",
      amount: Number(r[col("col.amount")]),
      secured: Number(r[col("col.secured")]) || 0,
    }));
    expect(lines.length).toBe(mali().actions.flatMap((a) => a.budget).length);
    // One budget per pillar and year: the year's lines, committed when all are.
    const budgets = new Map<string, { value: number; status: string }>();
    const commitments = new Map<string, number>();
    for (const l of lines) {
      if (l.amount > 0) {
        const k = `${l.pillar} ${l.year}`;
        const was = budgets.get(k) ?? { value: 0, status: "2" };
        budgets.set(k, { value: was.value + l.amount, status: l.committed ? was.status : "1" });
      }
      if (l.secured > 0) {
        const k = `${l.pillar} ${l.year} ${l.source}`;
        commitments.set(k, (commitments.get(k) ?? 0) + l.secured);
      }
    }
    const inXml = found(fs.readFileSync(xml, "utf8"), sourceByName(planIn(mali(), lang)));
    const sorted = <V>(m: Map<string, V>) => [...m].sort(([a], [b]) => a.localeCompare(b));
    expect(sorted(inXml.budgets)).toEqual(sorted(budgets));
    expect(sorted(inXml.commitments)).toEqual(sorted(commitments));
    expect(inXml.commitments.size).toBeGreaterThan(0);
    // The operational plan's computed "Total budget" column, summed.
    const actions = table(sheetName(lang, "actions"), col("col.actionCode"));
    const workbookTotal = sum(actions.map((r) => Number(r[col("col.total")]) || 0));
    expect(workbookTotal).toBe(1265000000);
    expect(sum(acts.flatMap((a) => a.budgets.map((b) => b.value)))).toBeCloseTo(workbookTotal, 2);
  },
  120000
);

describe("a workbook the export cannot take: findings, exit code 1, no file", () => {
  /** The Mali workbook in English with one cell changed. */
  async function broken(name: string, change: (wb: ExcelJS.Workbook) => void) {
    const wb = toExcelJs(buildWorkbookPlan(mali(), "en"));
    change(wb);
    const file = path.join(dir, `${name}.xlsx`);
    await wb.xlsx.writeFile(file);
    const out = path.join(dir, `${name}.xml`);
    const r = await exportIati([file, "--out", out]);
    expect(r.code).toBe(1);
    expect(fs.existsSync(out)).toBe(false);
    expect(r.err).toMatch(/No IATI file written: \d+ errors? to correct first\.$/);
    return r.err;
  }
  /** The cell under a header, `offset` rows down. */
  const under = (ws: ExcelJS.Worksheet, header: string, offset = 1): ExcelJS.Cell => {
    for (let r = 1; r <= 40; r++)
      for (let c = 1; c <= 40; c++)
        if (ws.getCell(r, c).value === header) return ws.getCell(r + offset, c);
    throw new Error(`no header ${header} in ${ws.name}`);
  };

  test("text in an amount cell", async () => {
    const err = await broken("text-amount", (wb) => {
      under(wb.getWorksheet("Budget")!, "Amount planned").value = "a lot";
    });
    expect(err).toMatch(/^Error: Budget!\w+\d+: "a lot" is not a number$/m);
  });

  test("a budget line with no year", async () => {
    const err = await broken("no-year", (wb) => {
      under(wb.getWorksheet("Budget")!, "Year").value = null;
    });
    expect(err).toMatch(/^Error: actions\.\d+\.budget\.0\.year: /m);
  });

  test("a budget line for a year outside the period", async () => {
    const err = await broken("year-2031", (wb) => {
      under(wb.getWorksheet("Budget")!, "Year").value = 2031;
    });
    expect(err).toMatch(/has a budget line for 2031, outside the plan’s period 2019-2023/);
  });

  test("no currency", async () => {
    const err = await broken("no-currency", (wb) => {
      const key = under(wb.getWorksheet("_NAP")!, "currency", 0);
      wb.getWorksheet("_NAP")!.getCell(Number(key.row), Number(key.col) + 1).value = null;
    });
    expect(err).toMatch(/^Error: currency: an ISO 4217 currency code such as XOF$/m);
  });
});

test("usage errors: no --out, a file that is not a workbook", async () => {
  await expect(exportIati([path.join(dir, "x.xlsx")])).rejects.toThrow(/--out/);
  const notXlsx = path.join(dir, "plain.xlsx");
  fs.writeFileSync(notXlsx, "hello");
  const r = await cli(["export-iati", notXlsx, "--out", path.join(dir, "plain.xml")]);
  expect(r.code).toBe(2);
  expect(fs.existsSync(path.join(dir, "plain.xml"))).toBe(false);
});

test("one use case with the task pane: a budget amount typed in words refuses the export, naming the cell", async () => {
  // The same workbook as test/taskpane/app.test.tsx gives the pane: the Mali plan with the example, in English.
  const plan = buildWorkbookPlan(mali(), "en");
  const budget = plan.sheets.find((s) => s.key === "budget")!.tables[0];
  const cell = `${String.fromCharCode(65 + budget.col + budget.headers.indexOf("Amount planned"))}${budget.row + 2}`;
  const wb = toExcelJs(plan);
  wb.getWorksheet("Budget")!.getCell(cell).value = "twelve thousand";
  const file = path.join(dir, "twelve-thousand.xlsx");
  await wb.xlsx.writeFile(file);
  const out = path.join(dir, "twelve-thousand.xml");
  const r = await cli(["export-iati", file, "--out", out, "--now", NOW]);
  expect(r.code).toBe(1);
  expect(fs.existsSync(out)).toBe(false);
  expect(r.err.split("\n")).toContainEqual(
    expect.stringMatching(new RegExp(`^Error: Budget!${cell}: "twelve thousand" is not a number`))
  );
  expect(r.err).toMatch(/No IATI file written: \d+ errors? to correct first\.$/);
});
