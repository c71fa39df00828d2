/**
 * Computed columns are Excel calculated columns: the table part itself
 * declares each one's formula (read here from the package XML, not through
 * exceljs), so a row a person adds in Excel gets its pillar, totals and gap.
 */
import JSZip from "jszip";
import { parsePlan } from "../../src/core/model";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";
import { withExampleOperationalPlan } from "../../src/core/plans/example-operational-plan";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { TABLE_BY_KEY, tableSpecs, header } from "../../src/core/tables";
import { planYears } from "../../src/core/model";
import { xlsxBuffer } from "../../src/xlsx/workbook";

const plan = withExampleOperationalPlan(parsePlan(MALI_NAP_2019_2023));

async function tableParts(bytes: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/tables\/.+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    out.set(/<table\b[^>]*\bname="([^"]+)"/.exec(xml)![1], xml);
  }
  return out;
}

describe.each(["en", "fr"] as const)("calculated columns (%s)", (lang) => {
  test("every computed column of the entry tables is declared with its formula, no entry column is", async () => {
    const parts = await tableParts(await xlsxBuffer(buildWorkbookPlan(plan, lang)));
    const specs = tableSpecs(planYears(plan));
    let declared = 0;
    for (const key of ["actions", "budget", "submissions"] as const) {
      const xml = parts.get(TABLE_BY_KEY[key].name)!;
      for (const col of specs[key].columns) {
        const h = header(lang, col).replace(/&/g, "&amp;");
        const m = new RegExp(
          `<tableColumn\\b[^>]*name="${h.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*>(<calculatedColumnFormula>([^<]*)</calculatedColumnFormula>)?`
        ).exec(xml);
        expect(m).not.toBeNull();
        if (col.formula) {
          expect(m![2]).toBeTruthy();
          expect(m![2]).toContain("[#This Row]");
          declared++;
        } else expect(m![1]).toBeUndefined();
      }
    }
    expect(declared).toBeGreaterThanOrEqual(9);
  });
});
