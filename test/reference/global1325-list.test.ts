/**
 * Issue 19: what the workbook does with the global 1325 list once it holds
 * items. The real list is empty (src/core/reference/global1325.ts says why),
 * so this file replaces it with two fixture items (test data, not the
 * annex's text): the Lists sheet offers their codes, the Indicators sheet's
 * global-indicator column draws its drop-down from them, and the report by
 * global indicator shows a mapped indicator under its code with the item's
 * wording, the French marked when it is a working translation. Checked in
 * the package XML of the written files.
 */
import fs from "fs";
import os from "os";
import path from "path";
import JSZip from "jszip";
import { parsePlan, type Plan } from "../../src/core/model";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";
import { GLOBAL_1325_ITEMS, REFERENCE_LISTS } from "../../src/core/reference";
import { buildWorkbookPlan, sheetName } from "../../src/core/template/build";
import { writeXlsx } from "../../src/xlsx/workbook";
import { colLetters, readXlsxCells, splitA1, tableRows } from "../support/xlsx-cells";

jest.mock("../../src/core/reference/global1325", () => ({
  GLOBAL_1325_SOURCE: "test fixture",
  GLOBAL_1325_ITEMS: [
    {
      code: "1a",
      kind: "indicator",
      en: "Fixture indicator one (test data)",
      fr: "Indicateur fictif un (données de test)",
      source: "test fixture, not S/2010/498",
    },
    {
      code: "10",
      kind: "indicator",
      en: "Fixture indicator ten (test data)",
      fr: "Indicateur fictif dix (données de test)",
      source: "test fixture, not S/2010/498",
      frWorkingTranslation: true,
    },
  ],
}));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-g1325-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// I3.3.2 mapped to "10" (no status: a proposal), I1.3.1a to "1a" (confirmed), with actuals.
const plan: Plan = parsePlan({
  ...MALI_NAP_2019_2023,
  indicators: MALI_NAP_2019_2023.indicators!.map((i) =>
    i.code === "I3.3.2"
      ? { ...i, un1325: ["10"], actuals: [{ year: 2020, value: 6 }] }
      : i.code === "I1.3.1a"
        ? { ...i, un1325: ["1a"], un1325Status: "confirmed" as const }
        : i
  ),
});

const files: Partial<Record<"en" | "fr", string>> = {};
async function written(lang: "en" | "fr"): Promise<string> {
  if (!files[lang]) {
    const file = path.join(dir, `g1325-${lang}.xlsx`);
    await writeXlsx(buildWorkbookPlan(plan, lang), file);
    files[lang] = file;
  }
  return files[lang]!;
}

test("the fixture list is in place of the real one", () => {
  expect(GLOBAL_1325_ITEMS.map((i) => i.code)).toEqual(["1a", "10"]);
  expect(REFERENCE_LISTS.un1325).toBe(GLOBAL_1325_ITEMS);
});

test.each(["en", "fr"] as const)(
  "the global-indicator column's drop-down offers the list's codes, as text (%s)",
  async (lang) => {
    const file = await written(lang);
    const book = await readXlsxCells(file);
    // The list name points at the Lists sheet's codes.
    const ref = book.definedNames.get("lst_global1325")!;
    const [, sheet, L, last] = /^'?([^'!]+)'?!\$([A-Z]+)\$2:\$[A-Z]+\$(\d+)$/.exec(ref)!;
    const lists = book.sheet(sheet);
    const codes: unknown[] = [];
    for (let r = 2; r <= Number(last); r++) codes.push(lists.cells.get(`${L}${r}`)?.value);
    expect(codes).toEqual(["1a", "10"]);
    expect(lists.cells.get(`${L}3`)?.type).toBe("string");

    // The Indicators sheet's column, found by its header, carries that list.
    const { table } = tableRows(book, "tblIndicators");
    const header = lang === "en" ? "UN 1325 global indicators" : "Indicateurs mondiaux 1325";
    const i = table.columns.indexOf(header);
    expect(i).toBeGreaterThanOrEqual(0);
    const col = colLetters(splitA1(table.ref.split(":")[0]).col + i);
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    const name = sheetName(lang, "indicators");
    const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
    const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)![1];
    const xml = await zip.file(`xl/${target.replace(/^\/?xl\//, "")}`)!.async("string");
    const covering = [
      ...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"[^>]*>([\s\S]*?)<\/dataValidation>/g),
    ]
      .filter((m) => m[1].split(" ").some((r) => r.startsWith(`${col}2:${col}`)))
      .map((m) => /<formula1>([^<]*)<\/formula1>/.exec(m[2])?.[1]);
    expect(covering).toEqual(["lst_global1325"]);
  }
);

test.each(["en", "fr"] as const)(
  "the report groups each mapped indicator under its global indicator, with the item's wording (%s)",
  async (lang) => {
    const book = await readXlsxCells(await written(lang));
    const { table, rows } = tableRows(book, "tblReportGlobal1325");
    const at = (h: string) => table.columns.indexOf(h);
    const [group, code, wording, indicator] =
      lang === "en"
        ? ["Global indicator", "Code", "Official wording", "Indicator code"]
        : ["Indicateur mondial", "Code", "Libellé officiel", "Code indicateur"];
    for (const h of [group, code, wording, indicator])
      expect({ h, at: at(h) >= 0 }).toEqual({ h, at: true });
    const got = rows.map((r) => [
      r.cells[at(group)]?.value,
      r.cells[at(code)]?.value,
      r.cells[at(indicator)]?.value,
      r.cells[at(wording)]?.value,
    ]);
    expect(got).toEqual(
      lang === "en"
        ? [
            ["1a", "1a", "I1.3.1a", "Fixture indicator one (test data)"],
            ["10", "10", "I3.3.2", "Fixture indicator ten (test data)"],
          ]
        : [
            ["1a", "1a", "I1.3.1a", "Indicateur fictif un (données de test)"],
            // A French working translation says so wherever it is shown.
            [
              "10",
              "10",
              "I3.3.2",
              "Indicateur fictif dix (données de test) (traduction de travail)",
            ],
          ]
    );
  }
);

test("with items on the list, the Guide no longer says it is empty", () => {
  for (const lang of ["en", "fr"] as const) {
    const text = buildWorkbookPlan(plan, lang)
      .sheets.find((s) => s.key === "guide")!
      .blocks.flatMap((b) => b.cells.flat())
      .join("\n");
    // The count: Mali's 16 SDG proposals and I3.3.2's; I1.3.1a's confirmed.
    expect(text).toMatch(
      lang === "en"
        ? /17 proposed, 0 from the source, 1 confirmed/
        : /17 proposées, 0 données par la source, 1 confirmées/
    );
    expect(text).not.toMatch(/is empty: its official|est vide : son texte officiel/);
  }
});
