/**
 * checkspeed: the file adapter's speed-ups keep the workbook as it was.
 * - Cells of equal style share one style object once a sheet is written
 *   (exceljs then writes each style once, not once per cell): each cell
 *   still has the style its column's format gives, and a merged range's
 *   cells keep their first cell's style (exceljs shares it between them,
 *   and a format set on the first cell shows on all).
 * - A package made readable for exceljs keeps its parts compressed (it was
 *   stored, 40 times its size at 27,720 value rows) and their text.
 */
import JSZip from "jszip";
import type ExcelJS from "exceljs";
import { parsePlan, type IndicatorValue } from "../../src/core/model";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { forExcelJs, toExcelJs, xlsxBuffer } from "../../src/xlsx/workbook";
import { TINY_PLAN } from "../fixtures/tiny-plan";

const tiny = parsePlan(TINY_PLAN);
const values: IndicatorValue[] = [2020, 2021, 2022].flatMap((year) =>
  ["women; R1", "men; R2", ""].map((breakdown, i) => ({
    indicator: "I1.1.1",
    year,
    period: "Q1" as const,
    ...(breakdown ? { breakdown } : {}),
    value: 3 + i,
    numerator: null,
    denominator: null,
  }))
);
const plan = parsePlan({
  ...tiny,
  indicators: tiny.indicators.map((i) =>
    i.code === "I1.1.1" ? { ...i, disaggregation: ["sex", "region"] } : i
  ),
  values,
});
const wp = buildWorkbookPlan(plan, "en");

describe("shared styles", () => {
  const wb = toExcelJs(wp);
  const sheetPlan = wp.sheets.find((s) => s.tables.some((t) => t.name === "tblValues"))!;
  const table = sheetPlan.tables.find((t) => t.name === "tblValues")!;
  const ws = wb.getWorksheet(sheetPlan.name)!;

  test("each body cell has its column's format; one style object per column", () => {
    const at = (key: string) => table.keys.indexOf(key) + 1;
    const body = (key: string) =>
      table.rows.map((_, r) => ws.getCell(table.row + 2 + r, table.col + at(key)));
    // Value: an entry column with a number format (hand-written here, as build.ts declares them).
    for (const cell of body("value")) {
      expect(cell.numFmt).toBe("#,##0.##");
      expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFF2CC");
    }
    // Group: computed, grey and italic.
    for (const cell of body("group")) {
      expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFE7E6E6");
      expect(cell.font?.italic).toBe(true);
    }
    for (const key of ["value", "breakdown", "group"])
      expect(new Set(body(key).map((c) => c.style)).size).toBe(1);
  });

  test("a merged range's cells keep the style of its first cell", () => {
    let merged = 0;
    for (const sheet of wp.sheets)
      for (const range of sheet.merges ?? []) {
        const w = wb.getWorksheet(sheet.name)!;
        const [tl, br] = range.split(":");
        const a = w.getCell(tl);
        const b = w.getCell(br);
        for (let r = Number(a.row); r <= Number(b.row); r++)
          for (let c = Number(a.col); c <= Number(b.col); c++) {
            expect([range, w.getCell(r, c).style]).toEqual([range, a.style]);
            merged++;
          }
      }
    expect(merged).toBeGreaterThan(10);
  });
});

describe("a package made readable for exceljs", () => {
  test("stays compressed, each part's text as it was (the tables' calculated formulas aside)", async () => {
    const bytes = new Uint8Array(await xlsxBuffer(wp));
    const fixed = await forExcelJs(bytes);
    expect(fixed).not.toBe(bytes); // the calculated columns were taken out: a new package
    expect(fixed.length).toBeLessThan(bytes.length * 1.2);
    const [a, b] = await Promise.all([JSZip.loadAsync(bytes), JSZip.loadAsync(fixed)]);
    const names = Object.keys(a.files).filter((n) => !a.files[n].dir);
    expect(Object.keys(b.files).filter((n) => !b.files[n].dir)).toEqual(names);
    let tables = 0;
    for (const name of names) {
      const [x, y] = await Promise.all([
        a.file(name)!.async("string"),
        b.file(name)!.async("string"),
      ]);
      if (/^xl\/tables\//.test(name)) {
        tables++;
        expect(y).toBe(
          x.replace(/<calculatedColumnFormula>[\s\S]*?<\/calculatedColumnFormula>/g, "")
        );
      } else expect([name, y]).toEqual([name, x]);
    }
    expect(tables).toBeGreaterThan(5);
  });
});
