/**
 * Red, amber and green on the Indicator progress sheet's status and progress
 * cells, in files from the command line: conditional formats with a formula
 * and their colours, read from the package XML (not through exceljs).
 */
import JSZip from "jszip";
import { parsePlan } from "../../src/core/model";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";
import { withExampleOperationalPlan } from "../../src/core/plans/example-operational-plan";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { xlsxBuffer } from "../../src/xlsx/workbook";

test("the Indicator progress sheet carries red, amber and green formats with their colours", async () => {
  const plan = buildWorkbookPlan(withExampleOperationalPlan(parsePlan(MALI_NAP_2019_2023)), "en");
  const index = plan.sheets.findIndex((s) => s.key === "sumIndicators");
  const rag = plan.sheets[index].ragFormats ?? [];
  expect(new Set(rag.map((r) => r.colour))).toEqual(new Set(["red", "amber", "green"]));
  const zip = await JSZip.loadAsync(await xlsxBuffer(plan));
  const sheetXml = await zip.file(`xl/worksheets/sheet${index + 1}.xml`)!.async("string");
  const styles = await zip.file("xl/styles.xml")!.async("string");
  const rules = [
    ...sheetXml.matchAll(
      /<cfRule\b[^>]*type="expression"[^>]*dxfId="(\d+)"[^>]*>\s*<formula>([^<]*)<\/formula>/g
    ),
  ];
  const dxfs = [
    ...(/<dxfs\b[^>]*>([\s\S]*?)<\/dxfs>/.exec(styles)?.[1] ?? "").matchAll(
      /<dxf>([\s\S]*?)<\/dxf>/g
    ),
  ].map((m) => m[1]);
  const fills = rules.map(
    ([, id]) => /bgColor rgb="FF([0-9A-F]{6})"/.exec(dxfs[Number(id)] ?? "")?.[1]
  );
  for (const colour of ["C6EFCE", "FFEB9C", "FFC7CE"]) expect(fills).toContain(colour);
  // Each format's formula is the plan's, for its range's top-left cell.
  for (const r of rag) {
    const formula = r.formula
      .replace(/^=/, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;");
    expect(
      rules.some(
        ([, , f]) =>
          f === formula ||
          f ===
            r.formula
              .replace(/^=/, "")
              .replace(/&/g, "&amp;")
              .replace(/</g, "&lt;")
              .replace(/>/g, "&gt;")
      )
    ).toBe(true);
  }
});
