/**
 * What the values tests (test/values/: values, targets, breakdowns) set up
 * alike: a calculation row with blanks, the tiny plan's Guide texts, and the
 * round trip of a plan's value rows through an .xlsx.
 */
import type { ValueRow } from "../../src/core/calc";
import { parsePlan, type Lang, type Plan } from "../../src/core/model";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { readPlan, type TableValues } from "../../src/core/template/read";
import { loadWorkbook, tablesOf, writeXlsx } from "../../src/xlsx/workbook";
import { TINY_PLAN } from "../fixtures/tiny-plan";

/** A tblValues row as the calculation reads it: indicator X in 2021, no figure, but for what a test gives. */
export const valueRow = (r: Partial<ValueRow>): ValueRow => ({
  indicator: "X",
  year: 2021,
  value: null,
  numerator: null,
  denominator: null,
  ...r,
});

/** The texts of the tiny plan's Guide sheet in `lang`. */
export function tinyGuideTexts(lang: Lang): string[] {
  const guide = buildWorkbookPlan(parsePlan(TINY_PLAN), lang).sheets.find(
    (s) => s.key === "guide"
  )!;
  return guide.blocks
    .flatMap((b) => b.cells.flat())
    .filter((c): c is string => typeof c === "string");
}

/**
 * Write → read → write: `plan` written to `file` in `lang` reads back with no
 * problem and the same value rows; what was read, written to `again`, holds
 * the same tblValues grid. The plan read and the first file's tblValues.
 */
export async function valuesRoundTrip(
  plan: Plan,
  lang: Lang,
  file: string,
  again: string
): Promise<{ read: Plan; table: TableValues }> {
  await writeXlsx(buildWorkbookPlan(plan, lang), file);
  const read = readPlan(tablesOf(await loadWorkbook(file)));
  expect(read.problems).toEqual([]);
  expect(read.plan!.values).toEqual(plan.values);
  await writeXlsx(buildWorkbookPlan(read.plan!, lang), again);
  const [a, b] = [
    tablesOf(await loadWorkbook(file)).tblValues!,
    tablesOf(await loadWorkbook(again)).tblValues!,
  ];
  expect(b.values).toEqual(a.values);
  return { read: read.plan!, table: a };
}
