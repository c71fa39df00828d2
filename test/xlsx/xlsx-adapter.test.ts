import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { parsePlan, type Plan } from "../../src/core/model";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { readPlan } from "../../src/core/template/read";
import { loadWorkbook, tablesOf, writeXlsx } from "../../src/xlsx/workbook";
import { libreOfficeAvailable, recalc, recalcWorkbook } from "../support/libreoffice";
import { TINY_PLAN } from "../fixtures/tiny-plan";
import { ALL_TABLES } from "../support/expected";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";
import { withExampleOperationalPlan } from "../../src/core/plans/example-operational-plan";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-xlsx-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function written(plan: Plan, lang: "en" | "fr", name: string): Promise<string> {
  const file = path.join(dir, name);
  await writeXlsx(buildWorkbookPlan(plan, lang), file);
  return file;
}

const tiny = parsePlan(TINY_PLAN);

describe(".xlsx adapter", () => {
  test.each(["en", "fr"] as const)(
    "write then read the file gives the same plan (%s)",
    async (lang) => {
      const file = await written(tiny, lang, `tiny-${lang}.xlsx`);
      const back = readPlan(tablesOf(await loadWorkbook(file)));
      expect(back.problems).toEqual([]);
      expect(back.plan).toEqual(tiny);
    }
  );

  test("text that looks like a formula is written as text", async () => {
    const file = await written(tiny, "en", "hostile.xlsx");
    const cell = (await loadWorkbook(file))
      .getWorksheet("Indicators")!
      .getColumn(4)
      .values.find((v) => typeof v === "string" && v.includes("looks like a formula"));
    expect(cell).toBe("=SUM(A1) looks like a formula");
  });

  test("the conditional formats reach the file", async () => {
    const wb = await loadWorkbook(await written(tiny, "en", "cf.xlsx"));
    const cfs = (
      wb.getWorksheet("Operational plan") as unknown as {
        conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[];
      }
    ).conditionalFormattings;
    expect(cfs.length).toBeGreaterThan(2);
    expect(cfs.some((c) => c.rules[0].formulae[0].includes('"Completed"'))).toBe(true);
  });

  test("the meta sheet is very hidden, entry sheets are unprotected, the framework is protected", async () => {
    const wb = await loadWorkbook(await written(tiny, "en", "struct.xlsx"));
    expect(wb.getWorksheet("_NAP")!.state).toBe("veryHidden");
    const prot = (name: string) =>
      (wb.getWorksheet(name) as unknown as { sheetProtection: unknown }).sheetProtection;
    expect(prot("Framework")).toBeTruthy();
    expect(prot("Operational plan")).toBeFalsy();
  });
});

const describeLO = libreOfficeAvailable() ? describe : describe.skip;
if (!libreOfficeAvailable()) {
  // CI installs LibreOffice; say loudly when a machine lacks it.
  console.warn("LibreOffice not found: independent recalculation tests skipped");
}

describeLO("independent engine: LibreOffice headless", () => {
  let lo: ExcelJS.Workbook;
  let csv: Map<string, string[][]>;
  beforeAll(async () => {
    const file = await written(tiny, "fr", "lo-fr.xlsx");
    lo = await recalcWorkbook(file);
    csv = await recalc(file);
  }, 180000);

  test("no formula gives an error, and computed columns hold the right numbers", () => {
    const errors: string[] = [];
    for (const [sheet, rows] of csv) {
      rows.forEach((r, i) =>
        r.forEach((v, j) => {
          if (/^(#(N\/A|VALUE!|REF!|NAME\?|DIV\/0!|NUM!|NULL!)|Err:\d+)$/.test(v))
            errors.push(`${sheet}!R${i + 1}C${j + 1}: ${v}`);
        })
      );
    }
    expect(errors).toEqual([]);
    expect(csv.has("Plan opérationnel")).toBe(true);
    // Action totals recalculated by LibreOffice equal the sum of the action's budget lines.
    const rows = csv.get("Plan opérationnel")!;
    const h = rows[0];
    for (const action of tiny.actions) {
      const row = rows.find((r) => r[h.indexOf("Code action")] === action.code)!;
      const expected = action.budget.reduce((s, b) => s + b.amount, 0);
      expect(Number(row[h.indexOf("Budget total")])).toBeCloseTo(expected, 6);
      // The funding gap per action: planned minus secured.
      const secured = action.budget.reduce((s, b) => s + (b.secured ?? 0), 0);
      expect(Number(row[h.indexOf("Montant acquis")])).toBeCloseTo(secured, 6);
      expect(Number(row[h.indexOf("Écart de financement")])).toBeCloseTo(expected - secured, 6);
      const pillar = tiny.results.find(
        (r) => r.code === tiny.outputs.find((o) => o.code === action.output)!.result
      )!.pillar;
      expect(row[h.indexOf("Axe")]).toBe(pillar);
    }
    // Costing: unit cost × quantity × times a year, blank where a line is not costed.
    const budget = csv.get("Budget")!;
    const bh = budget[0];
    const cost = budget
      .slice(1)
      .filter((r) => r[0] === "A1")
      .map((r) => r[bh.indexOf("Coût (unitaire × quantité × fois)")]);
    const lines = tiny.actions[0].budget.map((b) =>
      b.unitCost === null ? "" : String(b.unitCost * b.quantity! * (b.times ?? 1))
    );
    expect(cost).toEqual(lines);
    expect(lines[0]).toBe("1000000");
  });

  test("tables, defined names and validations survive", () => {
    const tables = Object.keys(tablesOf(lo)).sort();
    expect(tables).toEqual(ALL_TABLES);
    const names = (lo.definedNames as unknown as { model: { name: string }[] }).model.map(
      (n) => n.name
    );
    expect(names).toEqual(
      expect.arrayContaining(["NAP_TEMPLATE_VERSION", "lst_status", "lst_stakeholders"])
    );
    const dv = (
      lo.getWorksheet("Plan opérationnel") as unknown as {
        dataValidations: { model: Record<string, { type: string }> };
      }
    ).dataValidations.model;
    expect(Object.values(dv).some((v) => v && v.type === "list")).toBe(true);
  });

  test("the file read back after LibreOffice still gives the same plan", () => {
    expect(readPlan(tablesOf(lo)).plan).toEqual(tiny);
  });

  test("the Mali workbook with the example operational plan: no formula error, budget totals agree", async () => {
    const mali = withExampleOperationalPlan(parsePlan(MALI_NAP_2019_2023));
    const sheets = await recalc(await written(mali, "en", "mali-lo.xlsx"));
    const bad = [...sheets].flatMap(([name, rows]) =>
      rows.flatMap((r) =>
        r
          .filter((v) => /^(#(N\/A|VALUE!|REF!|NAME\?|DIV\/0!|NUM!|NULL!)|Err:\d+)$/.test(v))
          .map((v) => `${name}: ${v}`)
      )
    );
    expect(bad).toEqual([]);
    const rows = sheets.get("Operational plan")!;
    const h = rows[0];
    const total = rows
      .slice(1)
      .reduce((s, r) => s + (Number(r[h.indexOf("Total budget")]) || 0), 0);
    const expected = mali.actions.flatMap((a) => a.budget).reduce((s, b) => s + b.amount, 0);
    expect(expected).toBeGreaterThan(0);
    expect(total).toBeCloseTo(expected, 3);
    // LibreOffice sees the pillar of each budget line through two lookups.
    const budget = sheets.get("Budget")!;
    const bh = budget[0];
    const pillars = new Set(
      budget
        .slice(1)
        .map((r) => r[bh.indexOf("Pillar")])
        .filter(Boolean)
    );
    expect([...pillars].sort()).toEqual(["1", "2", "3", "4"]);
  }, 180000);
});
