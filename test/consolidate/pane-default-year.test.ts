/**
 * The pane's import without a year takes the plan's current year, else its
 * last, as `nap1325 consolidate` does without --year (never last calendar
 * year, which may lie outside the plan).
 */
import { dryRunImport } from "../../src/app/consolidate";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { toExcelJs, XlsxWorkbook } from "../../src/xlsx/workbook";
import { nationalPlan } from "./fixtures";

const port = () => new XlsxWorkbook(toExcelJs(buildWorkbookPlan(nationalPlan(), "en")));

test.each([
  ["2021-02-15T09:00:00Z", 2021],
  ["2026-11-26T09:00:00Z", 2023],
])("no year given, today %s: the reporting year is %d", async (now, year) => {
  const dry = await dryRunImport(port(), [], { now, lang: "en" });
  expect(dry.year).toBe(year);
});

test("a year given is the year used", async () => {
  const dry = await dryRunImport(port(), [], {
    now: "2026-11-26T09:00:00Z",
    lang: "en",
    year: 2020,
  });
  expect(dry.year).toBe(2020);
});
