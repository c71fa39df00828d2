/** Every table sheet prints as a planner would set it, and wrapped text gets rows tall enough. */
import { parsePlan, planIn } from "../../src/core/model";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { TABLES } from "../../src/core/tables";

const plan = parsePlan(MALI_NAP_2019_2023);

describe("print setup and row heights", () => {
  const wp = buildWorkbookPlan(plan, "fr");

  test("each table sheet fits one page wide, repeats its header row and names the plan", () => {
    for (const def of TABLES.filter((d) => d.sheet === d.key && d.key !== "meta")) {
      const sheet = wp.sheets.find((s) => s.key === def.sheet)!;
      expect(sheet.print).toMatchObject({ fitToWidth: true, repeatRows: { from: 0, to: 0 } });
      expect(sheet.print?.header).toContain(planIn(plan, "fr").title);
      expect(sheet.print?.footer).toMatch(/&P.*&N/);
    }
  });

  test("a row whose text wraps over n lines of its column is at least n lines tall", () => {
    const sheet = wp.sheets.find((s) => s.key === "indicators")!;
    const table = sheet.tables[0];
    const textCol = table.keys.indexOf("text");
    const width = sheet.columnWidths[textCol];
    let checked = 0;
    table.rows.forEach((row, r) => {
      const text = row[textCol];
      if (typeof text !== "string") return;
      // Generous: a width unit never holds more than 1.2 characters of Calibri 11.
      const lines = Math.ceil(text.length / (width * 1.2));
      if (lines < 2) return;
      checked++;
      expect(sheet.rowHeights?.[r + 1] ?? 15).toBeGreaterThanOrEqual(lines * 15);
    });
    expect(checked).toBeGreaterThan(5);
  });

  test("short rows keep the default height", () => {
    const sheet = wp.sheets.find((s) => s.key === "regions")!;
    expect(Object.keys(sheet.rowHeights ?? {}).filter((r) => r !== "0")).toEqual([]);
  });
});
