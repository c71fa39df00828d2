/**
 * Issue 19: the Submissions log's first column is headed "Focal point" /
 * « Point focal » (a region reports as well as a stakeholder). Workbooks
 * written before say "Stakeholder" / « Partie prenante »: the version-1
 * fixtures (test/fixtures/v1, made by an earlier round's own code) are read
 * with a submission typed under the old header, and upgraded: the value
 * stays, under the new header. Headers are read back by the independent
 * reader (test/support/xlsx-cells.ts: the package XML).
 */
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { parsePlan } from "../../src/core/model";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { readPlan } from "../../src/core/template/read";
import { loadWorkbook, tablesOf, writeXlsx } from "../../src/xlsx/workbook";
import { cli } from "../support/cli";
import { readXlsxCells, tableRows } from "../support/xlsx-cells";

const FIXTURES = path.join(__dirname, "../fixtures/v1");
let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "nap-focal-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const HEADERS = {
  en: { old: "Stakeholder", now: "Focal point" },
  fr: { old: "Partie prenante", now: "Point focal" },
} as const;

test.each(["en", "fr"] as const)(
  "a new workbook heads the column %s: Focal point",
  async (lang) => {
    const file = path.join(dir, `new-${lang}.xlsx`);
    await writeXlsx(buildWorkbookPlan(parsePlan(MALI_NAP_2019_2023), lang), file);
    const { table } = tableRows(await readXlsxCells(file), "tblSubmissions");
    expect(table.columns[0]).toBe(HEADERS[lang].now);
    expect(table.columns).not.toContain(HEADERS[lang].old);
  }
);

test.each(["en", "fr"] as const)(
  "a workbook written before (%s), a submission typed under the old header: read, then upgraded under the new one",
  async (lang) => {
    // The fixture as written before the change, with one submission typed in.
    const fixture = path.join(FIXTURES, `example-${lang}.xlsx`);
    const old = (await readXlsxCells(fixture)).table("tblSubmissions");
    expect(old.ref).toBe("A1:F2");
    const wb = await loadWorkbook(fixture);
    const ws = wb.getWorksheet(old.sheet)!;
    ws.getCell("A2").value = "MPFEF";
    ws.getCell("B2").value = 2021;
    ws.getCell("C2").value = "NAP1325-MPFEF-2021.xlsx";
    ws.getCell("D2").value = "2022-01-20";
    ws.getCell("E2").value = "2022-01-31";
    const file = path.join(dir, `old-${lang}.xlsx`);
    await wb.xlsx.writeFile(file);
    const before = tableRows(await readXlsxCells(file), "tblSubmissions");
    expect(before.table.columns[0]).toBe(HEADERS[lang].old);
    expect(before.rows[0].cells[0]?.value).toBe("MPFEF");

    // Read: the old header names the focal point's column.
    const read = readPlan(tablesOf(await loadWorkbook(file)), lang);
    expect(read.templateVersion).toBe(1);
    expect(read.plan.submissions.map((s) => [s.focalPoint, s.year, s.submittedAt])).toEqual([
      ["MPFEF", 2021, "2022-01-20"],
    ]);

    // Upgraded: the same value, under the new header.
    const r = await cli(["upgrade", file]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const after = tableRows(
      await readXlsxCells(path.join(dir, `old-${lang}-v2.xlsx`)),
      "tblSubmissions"
    );
    expect(after.table.columns[0]).toBe(HEADERS[lang].now);
    expect(after.rows.map((x) => [x.cells[0]?.value, x.cells[1]?.value])).toEqual([
      ["MPFEF", 2021],
    ]);
  }
);
