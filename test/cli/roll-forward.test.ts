/**
 * The annual update from the command line: `roll-forward --from YEAR` carries
 * every unfinished action into the next year with a budget proposed for it,
 * says how many lines it proposed, and names on standard error what the TMU
 * must look at. The workbook written is read back by an independent reader.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { cli } from "../support/cli";
import { readXlsxCells, tableRows, type XCell } from "../support/xlsx-cells";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-roll-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const f = (name: string) => path.join(dir, name);

const text = (c: XCell | undefined) =>
  c?.value === null || c === undefined ? "" : String(c.value);

async function budgetRows(file: string) {
  const book = await readXlsxCells(file);
  const { table, rows } = tableRows(book, "tblBudget");
  return rows.map((r) => Object.fromEntries(table.columns.map((h, i) => [h, text(r.cells[i])])));
}

describe.each(["en", "fr"] as const)("roll-forward in %s", (lang) => {
  beforeAll(async () => {
    const built = await cli(["build", "--example", "--lang", lang, "--out", f(`${lang}.xlsx`)]);
    expect(built.code).toBe(0);
  }, 120000);

  test("new-year lines are proposed for carried actions, past lines untouched, and the TMU is told", async () => {
    const before = await budgetRows(f(`${lang}.xlsx`));
    const r = await cli([
      "roll-forward",
      f(`${lang}.xlsx`),
      "--from",
      "2020",
      "--out",
      f(`${lang}-2021.xlsx`),
    ]);
    expect(r.code).toBe(0);
    const after = await budgetRows(f(`${lang}-2021.xlsx`));
    const headers = Object.keys(after[0]);
    // The year and origin columns, by their header in the workbook's language.
    const yearCol = headers.find((h) => /^(Year|Année)$/.test(h))!;
    const originCol = headers.find((h) => /^(Origin|Origine|Provenance)/.test(h))!;
    expect(yearCol && originCol).toBeTruthy();
    const key = (row: Record<string, string>) => JSON.stringify(row);
    const kept = new Set(after.map(key));
    for (const row of before) expect(kept.has(key(row))).toBe(true);
    const added = after.length - before.length;
    expect(added).toBeGreaterThan(0);
    // Each added line is for 2021 and says it was proposed at roll-forward from an earlier year's line.
    const proposed = after.filter((row) => !before.some((b) => key(b) === key(row)));
    expect(proposed).toHaveLength(added);
    for (const row of proposed) {
      expect(row[yearCol]).toBe("2021");
      expect(row[originCol]).toMatch(/(roll-forward|reconduction).*20(19|20)/);
    }
    // Standard output counts them in the workbook's language; the number is the rows added.
    const counted = new RegExp(
      lang === "en"
        ? `${added} budget lines? proposed for 2021`
        : `${added} lignes? budgétaires? proposées? pour 2021`
    );
    expect(r.out).toMatch(counted);
  }, 120000);
});
