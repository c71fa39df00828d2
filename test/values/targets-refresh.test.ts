/**
 * A workbook written by main's CLI before tblValues had a Target column
 * (test/fixtures/v2-before-targets, commit 7ed4c41), filled at random in
 * its entry cells (tblValues' included, and a row typed just below it), is
 * refreshed by the current code (the command line's adapter, exceljs):
 * - no typed cell is lost: every typed cell, as the independent reader
 *   (package XML) sees it, is in the refreshed file (rows matched by key);
 * - every typed cell of tblValues keeps its address (the Target column is
 *   the last entry column: only the computed columns move right);
 * - the refreshed tblValues has the Target column, blank, and a target typed
 *   in it afterwards is read and reaches the Indicator progress sheet.
 */
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { refresh, readWorkbookPlan } from "../../src/app/create";
import { summarize } from "../../src/core/summary/compute";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { columnSpecs, diffTyped, openForEdit, rng } from "../property/workbooks";
import { a1, readXlsxCells, splitA1, tableRows, type XBook } from "../support/xlsx-cells";

const FIXTURES = path.join(__dirname, "../fixtures/v2-before-targets");
let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "nap-targets-refresh-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const TEXTS = ["Équité « paix » ñ 🕊", '<b>&amp; "q"</b>', "ligne 1\nligne 2", "=SUM(1,2) text"];

/** tblValues' typed cells: address → [row key, header, shown value]. */
function valueCells(book: XBook): Map<string, string> {
  const { table, rows } = tableRows(book, "tblValues");
  const specs = columnSpecs("values", table.columns);
  const first = splitA1(table.ref.split(":")[0]).col;
  const keyCols = ["indicator", "year", "period", "breakdown"].map((k) =>
    specs.findIndex((s) => s?.key === k)
  );
  const out = new Map<string, string>();
  for (const row of rows) {
    const key = keyCols.map((i) => String(row.cells[i]?.value ?? "")).join("|");
    specs.forEach((s, i) => {
      const c = row.cells[i];
      if (!s || !s.entry || !c || c.formula !== null || c.value === null || c.value === "") return;
      out.set(a1(first + i, row.row), `${key} ${table.columns[i]} ${c.type} ${String(c.value)}`);
    });
  }
  return out;
}

describe("a workbook written before the Target column refreshes with every typed cell kept", () => {
  test.each([
    ["en", 14],
    ["fr", 15],
  ] as const)(
    "%s (seed %d)",
    async (lang, seed) => {
      const r = rng(seed);
      const fixture = path.join(FIXTURES, `example-${lang}.xlsx`);
      const pristine = await readXlsxCells(fixture);
      const old = tableRows(pristine, "tblValues");
      expect(old.table.columns).not.toContain(lang === "fr" ? "Cible" : "Target");
      // Fill: tblValues' entry cells (not its keys), and a few cells of other tables.
      const wb = await openForEdit(fixture);
      const ws = wb.getWorksheet(old.table.sheet)!;
      const first = splitA1(old.table.ref.split(":")[0]).col;
      const specs = columnSpecs("values", old.table.columns);
      const col = (key: string) => first + specs.findIndex((s) => s?.key === key);
      let typed = 0;
      for (const row of old.rows) {
        for (const key of ["value", "comment", "evidence", "enteredBy"]) {
          if (r.next() < 0.4) continue;
          ws.getCell(row.row, col(key)).value =
            key === "value" ? Math.round(r.next() * 1e4) / 100 : r.pick(TEXTS);
          typed++;
        }
      }
      // A row typed just below the table (taken into it, as Excel grows a table).
      const below = splitA1(old.table.ref.split(":")[1]).row + 1;
      const code = old.rows[0].cells[specs.findIndex((s) => s?.key === "indicator")]!.value;
      ws.getCell(below, col("indicator")).value = code;
      ws.getCell(below, col("year")).value = 2023;
      ws.getCell(below, col("value")).value = 41.5;
      ws.getCell(below, col("comment")).value = "tapé sous la table";
      const ind = tableRows(pristine, "tblIndicators");
      const indWs = wb.getWorksheet(ind.table.sheet)!;
      const indFirst = splitA1(ind.table.ref.split(":")[0]).col;
      const indSpecs = columnSpecs("indicators", ind.table.columns);
      const target2021 = indFirst + indSpecs.findIndex((s) => s?.key === "target:2021");
      for (const row of ind.rows.slice(0, 10)) {
        indWs.getCell(row.row, target2021).value = r.int(100);
        typed++;
      }
      expect(typed).toBeGreaterThan(12);
      const filled = path.join(dir, `filled-${lang}.xlsx`);
      await wb.xlsx.writeFile(filled);
      const before = await readXlsxCells(filled);

      // Refresh as the command line does (exceljs adapter).
      const book = await XlsxWorkbook.open(filled);
      await refresh(book, lang);
      const out = path.join(dir, `refreshed-${lang}.xlsx`);
      await book.save(out);
      const after = await readXlsxCells(out);

      expect(diffTyped(before, after)).toEqual([]);
      const [was, now] = [valueCells(before), valueCells(after)];
      // The typed cells of the existing rows: same address, same value.
      const kept = [...was].filter(([at]) => splitA1(at).row < below);
      expect(kept.length).toBeGreaterThan(8);
      for (const [at, v] of kept) expect({ at, v: now.get(at) }).toEqual({ at, v });
      // The row typed below: in the table now, every cell as typed.
      const shown = [...now.values()];
      expect(shown).toEqual(expect.arrayContaining([expect.stringMatching(/ 41\.5$/)]));
      expect(shown.some((v) => v.endsWith("tapé sous la table"))).toBe(true);
      // The new column: after Entered by, blank.
      const fresh = tableRows(after, "tblValues");
      const k = fresh.table.columns.indexOf(lang === "fr" ? "Cible" : "Target");
      expect(fresh.table.columns[k - 1]).toBe(lang === "fr" ? "Saisi par" : "Entered by");
      expect(fresh.rows.every((x) => x.cells[k] === undefined)).toBe(true);

      // A target typed in it afterwards is read, and the summary takes it.
      const wb2 = await openForEdit(out);
      const row1 = fresh.rows[0];
      const keyAt = (key: string) =>
        row1.cells[columnSpecs("values", fresh.table.columns).findIndex((s) => s?.key === key)]!
          .value as string | number;
      const at = splitA1(fresh.table.ref.split(":")[0]).col + k;
      wb2.getWorksheet(fresh.table.sheet)!.getCell(row1.row, at).value = 77;
      const withTarget = path.join(dir, `target-${lang}.xlsx`);
      await wb2.xlsx.writeFile(withTarget);
      const read = await readWorkbookPlan(await XlsxWorkbook.open(withTarget), lang);
      const plan = read.plan!;
      const v = plan.values.find((x) => x.target === 77)!;
      expect([v.indicator, v.year]).toEqual([keyAt("indicator"), keyAt("year")]);
      const s = summarize(plan).indicators.find((i) => i.code === v.indicator)!;
      expect(s.targets.find((x) => x.year === v.year)!.value).toBe(77);
    },
    600000
  );
});
