/**
 * What the Office adapter still lacked against the file adapter: red, amber
 * and green on the Indicator progress sheet; what the workbook holds outside
 * its tables (so that an update refuses what it would drop); a change watcher
 * that can be removed, with events off while the add-in writes.
 */
import { parsePlan } from "../../src/core/model";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { planForWorkbook } from "../../src/core/template/upgrade";
import { applyTemplate, RAG_COLOURS, type Supports } from "../../src/office/excel-adapter";
import { TINY_PLAN } from "../fixtures/tiny-plan";
import { contextFor, WorkbookDouble } from "./excel-double";

const all: Supports = () => true;
const upTo = (max: string) => (v: string) => Number(v.split(".")[1]) <= Number(max.split(".")[1]);
const tiny = parsePlan(TINY_PLAN);

async function created(supports = all, wb = new WorkbookDouble()) {
  const { context, rec } = contextFor(wb);
  const result = await applyTemplate(
    context,
    (values) => planForWorkbook(values, tiny, "en"),
    supports
  );
  return { wb, rec, result };
}

describe("red, amber and green formats", () => {
  const sheet = buildWorkbookPlan(tiny, "en").sheets.find((s) => s.key === "sumIndicators")!;

  test("each is a custom conditional format on its range, with its fill and font", async () => {
    expect(sheet.ragFormats?.length).toBeGreaterThan(0);
    const { wb } = await created();
    const written = wb.sheet(sheet.name)!.conditional;
    for (const rag of sheet.ragFormats!) {
      const [fill, font] = RAG_COLOURS[rag.colour];
      expect(written).toContainEqual({
        range: rag.range,
        type: "Custom",
        rule: { formula: rag.formula },
        format: { fill: { color: fill }, font: { color: font } },
      });
    }
    expect(RAG_COLOURS).toEqual({
      green: ["#C6EFCE", "#006100"],
      amber: ["#FFEB9C", "#9C5700"],
      red: ["#FFC7CE", "#9C0006"],
    });
  });

  test("an Excel without conditional formats (before ExcelApi 1.6) skips them, and says so", async () => {
    const { wb, result } = await created(upTo("1.5"));
    expect(wb.sheet(sheet.name)!.conditional).toEqual([]);
    expect(result.skipped).toContain("conditionalFormats");
  });
});
