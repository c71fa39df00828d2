/**
 * Issue 14, points 2 and 3: the indicators' reference sheets
 * (tblIndicatorRefs) and actions planned in time and tied to results
 * (tblActions' start, end, milestones and indicators served; the results'
 * assumptions in tblFramework). Each workbook is read with the independent
 * package reader (test/support/xlsx-cells.ts), the formulas are recalculated
 * by LibreOffice, and the planner's entries go through `nap1325 refresh`.
 */
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { parsePlan, type Plan, type PlanInput } from "../../src/core/model";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";
import { withExampleOperationalPlan } from "../../src/core/plans/example-operational-plan";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { MIN_PRINT_SCALE, pageLayout } from "../../src/core/template/print";
import { writeXlsx } from "../../src/xlsx/workbook";
import { TINY_PLAN } from "../fixtures/tiny-plan";
import { cli } from "../support/cli";
import { libreOfficeAvailable, recalcFile } from "../support/libreoffice";
import { readXlsxCells, tableRows, type XBook, type XCell } from "../support/xlsx-cells";
import { openForEdit } from "../property/workbooks";

jest.setTimeout(900_000);

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "nap-refsheets-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** A table's rows as header → cell, from the package XML. */
function rowsOf(book: XBook, table: string): Record<string, XCell | undefined>[] {
  const { table: tb, rows } = tableRows(book, table);
  return rows.map((r) => Object.fromEntries(tb.columns.map((h, i) => [h, r.cells[i]])));
}
const val = (c: XCell | undefined) => (c?.value === undefined || c.value === "" ? null : c.value);

/** The tiny plan with what a planner wrote: reference sheets, actions in time, assumptions. */
const PLANNED: PlanInput = {
  ...TINY_PLAN,
  results: TINY_PLAN.results!.map((r, i) =>
    i === 0 ? { ...r, assumptions: "Parties keep to the peace agreement" } : r
  ),
  actions: TINY_PLAN.actions!.map((a, i) =>
    i === 0
      ? {
          ...a,
          start: "2020-Q2",
          end: "T4 2021",
          milestones: "Curriculum ready; 40 mediators trained",
          indicators: ["I1"],
        }
      : a
  ),
  indicatorRefs: [
    {
      indicator: "I1",
      definition: "Share of women among decision-makers",
      calculation: "Women / all decision-makers × 100",
      source: "Ministry records",
      collection: "Annual survey of institutions",
    },
  ],
};

async function build(plan: Plan, lang: "en" | "fr", name: string): Promise<string> {
  const file = path.join(dir, name);
  await writeXlsx(buildWorkbookPlan(plan, lang), file);
  return file;
}

describe("reference sheets: written and read back", () => {
  test.each(["en", "fr"] as const)(
    "Mali with the example plan (%s): one row per indicator, in order, planner's cells blank, the rest formulas on tblIndicators",
    async (lang) => {
      const plan = withExampleOperationalPlan(parsePlan(MALI_NAP_2019_2023));
      const book = await readXlsxCells(await build(plan, lang, `mali-${lang}.xlsx`));
      const tb = book.table("tblIndicatorRefs");
      expect(tb.sheet).toBe(lang === "fr" ? "Fiches de référence" : "Reference sheets");
      const refs = rowsOf(book, "tblIndicatorRefs");
      const indicators = rowsOf(book, "tblIndicators");
      const codeHeader = lang === "fr" ? "Code indicateur" : "Indicator code";
      expect(refs.map((r) => val(r[codeHeader]))).toEqual(
        indicators.map((r) => val(r[codeHeader]))
      );
      expect(refs.length).toBeGreaterThan(20);
      // The texts the plan does not give are left blank for the planner: never invented.
      const written =
        lang === "fr"
          ? ["Définition", "Méthode de calcul", "Source des données", "Méthode de collecte"]
          : ["Definition", "Calculation method", "Data source", "Collection method"];
      for (const r of refs) for (const h of written) expect(r[h]).toBeUndefined();
      // Everything else is a formula looking the code up in tblIndicators.
      const computed = tb.columns.filter((h) => h !== codeHeader && !written.includes(h));
      expect(computed.length).toBeGreaterThanOrEqual(12);
      for (const r of refs)
        for (const h of computed) expect(r[h]?.formula ?? "").toMatch(/tblIndicators\[/);
    }
  );

  test("the planner's texts, actions in time and assumptions come back from the file (to-json)", async () => {
    const file = await build(parsePlan(PLANNED), "fr", "planned.xlsx");
    const json = path.join(dir, "planned.json");
    const r = await cli(["to-json", file, "--out", json]);
    expect(r.err).toBe("");
    const back = JSON.parse(await fs.readFile(json, "utf8")) as Plan;
    expect(back.indicatorRefs?.find((x) => x.indicator === "I1")).toEqual({
      indicator: "I1",
      definition: "Share of women among decision-makers",
      calculation: "Women / all decision-makers × 100",
      source: "Ministry records",
      collection: "Annual survey of institutions",
    });
    // The other indicators' rows hold their code only, waiting for the planner: no sheet yet.
    expect(back.indicatorRefs?.map((x) => x.indicator)).toEqual(["I1"]);
    const a1 = back.actions.find((a) => a.code === "A1")!;
    expect([a1.start, a1.end, a1.milestones, a1.indicators]).toEqual([
      "2020-Q2",
      "T4 2021",
      "Curriculum ready; 40 mediators trained",
      ["I1"],
    ]);
    expect(back.results.find((x) => x.code === "1.1")?.assumptions).toBe(
      "Parties keep to the peace agreement"
    );
    // The French headers the file carries (an independent reading of the package).
    const book = await readXlsxCells(file);
    expect(book.table("tblActions").columns).toEqual(
      expect.arrayContaining(["Jalons", "Indicateurs servis"])
    );
    expect(book.table("tblFramework").columns).toContain("Hypothèses");
  });
});

describe("reference sheets on paper", () => {
  test("a row is as tall as the indicator's text (shown by formula) wraps to, and the header and code repeat", () => {
    const plan = parsePlan(MALI_NAP_2019_2023);
    for (const lang of ["fr", "en"] as const) {
      const sheet = buildWorkbookPlan(plan, lang).sheets.find((s) => s.key === "refs")!;
      const table = sheet.tables[0];
      const width = sheet.columnWidths[table.keys.indexOf("text")];
      let checked = 0;
      plan.indicators.forEach((ind, r) => {
        const text = lang === "fr" ? (ind.fr?.text ?? ind.text) : ind.text;
        // Generous: a width unit never holds more than 1.2 characters of Calibri 11.
        const lines = Math.ceil(text.length / (width * 1.2));
        if (lines < 2) return;
        checked++;
        expect(sheet.rowHeights?.[r + 1] ?? 15).toBeGreaterThanOrEqual(lines * 15);
      });
      expect(checked).toBeGreaterThan(30);
      const layout = pageLayout(sheet)!;
      expect([layout.paper, layout.titleRows, layout.titleColumns]).toEqual(["A4", "1:1", "A:A"]);
      // One page wide at a readable scale: each printed page shows every column.
      expect(layout.fit?.width).toBe(1);
      expect(layout.scale).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
    }
  });
});

/** Type into a table's cell (found by its header and its row's first cell), as a planner would. */
async function typeInto(
  file: string,
  out: string,
  edits: { sheet: string; key: string; header: string; value: string | number }[]
): Promise<void> {
  const wb = await openForEdit(file);
  for (const e of edits) {
    const ws = wb.getWorksheet(e.sheet)!;
    const headers = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ""));
    const col = headers.indexOf(e.header);
    let row = 0;
    ws.eachRow((r, n) => {
      if (n > 1 && !row && String(r.getCell(1).value ?? "") === e.key) row = n;
    });
    if (col < 1 || !row) throw new Error(`no ${e.key} / ${e.header} on ${e.sheet}`);
    ws.getCell(row, col).value = e.value;
  }
  await wb.xlsx.writeFile(out);
}

describe("entries kept through an update (nap1325 refresh)", () => {
  const EDITS = [
    {
      sheet: "Fiches de référence",
      key: "I1.1.1",
      header: "Définition",
      value: "Initiatives « paix » menées",
    },
    { sheet: "Fiches de référence", key: "I1.1.1", header: "Méthode de calcul", value: "Décompte" },
    { sheet: "Fiches de référence", key: "X-1", header: "Source des données", value: 2021 },
    { sheet: "Plan opérationnel", key: "A2", header: "Début", value: "T1 2022" },
    { sheet: "Plan opérationnel", key: "A2", header: "Fin", value: 2022 },
    { sheet: "Plan opérationnel", key: "A2", header: "Jalons", value: "Centre ouvert" },
    { sheet: "Plan opérationnel", key: "A2", header: "Indicateurs servis", value: "I1,X-1" },
  ];

  test("every typed cell comes back as typed; the sheet follows the indicator", async () => {
    const built = await build(parsePlan(PLANNED), "fr", "update.xlsx");
    const typed = path.join(dir, "typed.xlsx");
    await typeInto(built, typed, [
      ...EDITS,
      // The indicator changes: the sheet shows it without being written again.
      { sheet: "Indicateurs", key: "I1.1.1", header: "Unité", value: "initiatives" },
    ]);
    const out = path.join(dir, "refreshed.xlsx");
    const r = await cli(["refresh", typed, "--out", out]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const [before, after] = [await readXlsxCells(typed), await readXlsxCells(out)];
    const cell = (book: XBook, table: string, key: string, header: string) =>
      rowsOf(book, table).find((x) => Object.values(x)[0]?.value === key)?.[header];
    const tableOf: Record<string, string> = {
      "Fiches de référence": "tblIndicatorRefs",
      "Plan opérationnel": "tblActions",
    };
    for (const e of EDITS) {
      const b = cell(before, tableOf[e.sheet], e.key, e.header);
      const a = cell(after, tableOf[e.sheet], e.key, e.header);
      expect([e.header, a?.value, a?.type]).toEqual([e.header, b?.value, b?.type]);
      expect(b?.value).toBe(e.value);
    }
    // What was written before the update is there too.
    expect(val(cell(after, "tblIndicatorRefs", "I1", "Définition"))).toBe(
      "Share of women among decision-makers"
    );
    expect(val(cell(after, "tblFramework", "Résultat", "Hypothèses"))).toBe(
      "Parties keep to the peace agreement"
    );
  });

  test("assumptions typed on a pillar's row: the update refuses, naming the cell, and writes nothing", async () => {
    const built = await build(parsePlan(PLANNED), "en", "pillar.xlsx");
    const typed = path.join(dir, "pillar-typed.xlsx");
    await typeInto(built, typed, [
      { sheet: "Framework", key: "Pillar", header: "Assumptions", value: "Peace holds" },
    ]);
    const out = path.join(dir, "pillar-out.xlsx");
    const r = await cli(["refresh", typed, "--out", out, "--lang", "en"]);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/Framework!H2/);
    await expect(fs.access(out)).rejects.toThrow();
    // The check says it first, in both languages, naming the cell.
    const en = await cli(["validate", typed, "--json", "--lang", "en"]);
    const found = (JSON.parse(en.out) as { rule: string; cell: string; message: string }[]).find(
      (f) => f.rule === "framework.assumption-not-result"
    );
    expect(found?.cell).toBe("H2");
    expect(found?.message).toMatch(/^Framework!H2: assumptions are written on a result/);
    const fr = await cli(["validate", typed, "--lang", "fr"]);
    expect(fr.out).toMatch(/Framework!H2: les hypothèses s’écrivent sur la ligne d’un résultat/);
  });
});

/**
 * Each reference sheet's computed cells, after LibreOffice recalculated the
 * file, against its indicator's cells in tblIndicators of the same file (the
 * yearly targets as "2020: 20; 2022: 30"). Returns how many non-blank cells agreed.
 */
function agreesWithIndicators(book: XBook, years: number): number {
  const refs = rowsOf(book, "tblIndicatorRefs");
  const cols = book.table("tblIndicators").columns;
  const code = cols[0];
  const byCode = new Map(rowsOf(book, "tblIndicators").map((r) => [val(r[code]), r]));
  const refCols = book.table("tblIndicatorRefs").columns;
  const shown = refCols.filter((h) => cols.includes(h) && h !== code);
  expect(shown.length).toBeGreaterThanOrEqual(11);
  const targets = cols.filter((h) => /^(Target|Cible) \d{4}$/.test(h));
  expect(targets.length).toBe(years);
  const targetsHeader = refCols.find((h) => h === "Cibles annuelles" || h === "Yearly targets")!;
  let agreed = 0;
  for (const ref of refs) {
    const ind = byCode.get(val(ref[code]));
    expect(ind).toBeDefined();
    for (const h of shown) {
      // A blank indicator cell shows as blank (an empty text), never 0.
      expect([val(ref[code]), h, val(ref[h])]).toEqual([val(ref[code]), h, val(ind![h])]);
      if (val(ind![h]) !== null) agreed++;
    }
    const expected = targets
      .filter((h) => val(ind![h]) !== null)
      .map((h) => `${h.slice(-4)}: ${String(val(ind![h]))}`)
      .join("; ");
    expect([val(ref[code]), val(ref[targetsHeader]) ?? ""]).toEqual([val(ref[code]), expected]);
    if (expected) agreed++;
  }
  return agreed;
}

(libreOfficeAvailable() ? describe : describe.skip)(
  "the formulas recalculate in LibreOffice to the indicators' values",
  () => {
    test("Mali with the example plan (fr): every sheet shows its indicator's cells", async () => {
      const plan = withExampleOperationalPlan(parsePlan(MALI_NAP_2019_2023));
      const file = await build(plan, "fr", "lo-mali-fr.xlsx");
      const book = await readXlsxCells(await recalcFile(file, 600_000));
      expect(rowsOf(book, "tblIndicatorRefs").length).toBe(plan.indicators.length);
      expect(agreesWithIndicators(book, 5)).toBeGreaterThan(plan.indicators.length * 3);
    });

    test("tiny plan (en), an indicator changed then refreshed: the sheets follow it", async () => {
      const built = await build(parsePlan(PLANNED), "en", "lo-tiny.xlsx");
      const typed = path.join(dir, "lo-tiny-typed.xlsx");
      await typeInto(built, typed, [
        { sheet: "Indicators", key: "I1.1.1", header: "Unit", value: "initiatives" },
        { sheet: "Indicators", key: "I1.1.1", header: "Target 2021", value: 4 },
      ]);
      const out = path.join(dir, "lo-tiny-refreshed.xlsx");
      expect((await cli(["refresh", typed, "--out", out, "--lang", "en"])).err).toBe("");
      const book = await readXlsxCells(await recalcFile(out, 600_000));
      expect(agreesWithIndicators(book, 3)).toBeGreaterThan(10);
      const row = (code: string) =>
        rowsOf(book, "tblIndicatorRefs").find((r) => val(r["Indicator code"]) === code)!;
      const [i1, i111, x1] = [row("I1"), row("I1.1.1"), row("X-1")];
      expect(val(i1["Baseline value"])).toBe(12.5);
      expect(val(i1["Baseline year"])).toBe(2019);
      expect(val(i1["Yearly targets"])).toBe("2020: 20; 2022: 30");
      expect(val(i1["End-of-plan target"])).toBe(30);
      expect(val(i1["Indicator"])).toBe("% of women in decision-making");
      expect(val(i1["Definition"])).toBe("Share of women among decision-makers");
      expect(val(i111["Unit"])).toBe("initiatives");
      expect(val(i111["Yearly targets"])).toBe("2021: 4");
      expect(val(i111["Measure inferred"])).toBe("Yes");
      expect(val(x1["Indicator"])).toBe("=SUM(A1) looks like a formula");
      expect(val(x1["Baseline value"])).toBeNull();
    });
  }
);
