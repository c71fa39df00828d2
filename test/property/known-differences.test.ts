/**
 * The kinds of difference the property test (write-paths.test.ts) found and
 * lets through as known (knownKind in workbooks.ts), one case each on
 * `nap1325 refresh --out`: a typed cell must come back exactly, or the
 * refresh must refuse naming its cell. Each is `test.failing` while the
 * product changes the cell; when it is fixed the case fails here: make it a
 * plain `test` and drop its kind from knownKind. Since the rewrite guard
 * (src/core/template/guard.ts through readForRewrite), refresh refuses,
 * naming the cell, what it would trim, default, re-type or lose; a label's
 * case, a list's separators and a plan-path refusal are still known.
 */
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { cli } from "../support/cli";
import { readXlsxCells } from "../support/xlsx-cells";
import { buildPristine, type Pristine } from "./run-paths";
import { openForEdit, show } from "./workbooks";

let dir: string;
let pristine: Pristine;

/** The cells typed in one workbook refreshed once (none of them is refused). */
const TYPED: Record<string, { sheet: string; cell: string; value: ExcelJS.CellValue }> = {
  trim: { sheet: "Operational plan", cell: "C3", value: "Former les femmes   " },
  case: { sheet: "Budget", cell: "J2", value: "committed" },
  years: { sheet: "Operational plan", cell: "G2", value: "2019,2020" },
  status: { sheet: "Operational plan", cell: "H4", value: null },
  yearNumber: { sheet: "Operational plan", cell: "G5", value: 2021 },
  formula: { sheet: "Budget", cell: "H3", value: { formula: "1000*12", result: 12000 } },
  textAmount: { sheet: "Budget", cell: "H4", value: "250 000" },
  formulaNoValue: {
    sheet: "Budget",
    cell: "I5",
    value: { formula: "2+3" } as ExcelJS.CellFormulaValue,
  },
  baselineNoYear: { sheet: "Indicators", cell: "K38", value: 3 },
  baselineNoValue: { sheet: "Indicators", cell: "J39", value: 2019 },
};
let refreshed: Record<string, Awaited<ReturnType<typeof refreshCells>>[string]>;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "nap-known-"));
  pristine = await buildPristine(dir, "en");
  refreshed = await refreshCells("typed", Object.values(TYPED)).then((r) =>
    Object.fromEntries(Object.entries(TYPED).map(([k, c]) => [k, r[`${c.sheet}!${c.cell}`]]))
  );
  // A refusal for the other cells says nothing of a cell it does not name: refresh it alone.
  for (const [k, c] of Object.entries(TYPED)) {
    const r = refreshed[k];
    if (r.refused && !r.namesCell) refreshed[k] = await refreshOne(k, c.sheet, c.cell, c.value);
  }
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

type Outcome =
  | { refused: true; namesCell: boolean; err: string }
  | { refused: false; before: string; after: string };

/**
 * Type each value in its cell of the example workbook (English), refresh it
 * with --out, and say per cell what happened: refused (naming the cell?) or
 * the cell as it came back.
 */
async function refreshCells(
  name: string,
  typed: { sheet: string; cell: string; value: ExcelJS.CellValue }[]
): Promise<Record<string, Outcome>> {
  const input = path.join(dir, `${name}.xlsx`);
  const out = path.join(dir, `${name}-out.xlsx`);
  const wb = await openForEdit(pristine.file);
  for (const t of typed) wb.getWorksheet(t.sheet)!.getCell(t.cell).value = t.value;
  await wb.xlsx.writeFile(input);
  const before = await readXlsxCells(input);
  const r = await cli(["refresh", input, "--out", out]);
  const after = r.code === 0 ? await readXlsxCells(out) : null;
  return Object.fromEntries(
    typed.map((t): [string, Outcome] => {
      const ref = `${t.sheet}!${t.cell}`;
      return [
        ref,
        after
          ? {
              refused: false,
              before: show(before.sheet(t.sheet).cells.get(t.cell)),
              after: show(after.sheet(t.sheet).cells.get(t.cell)),
            }
          : { refused: true, namesCell: r.err.includes(ref), err: r.err },
      ];
    })
  );
}

async function refreshOne(name: string, sheet: string, cell: string, value: ExcelJS.CellValue) {
  return (await refreshCells(name, [{ sheet, cell, value }]))[`${sheet}!${cell}`];
}

/** Kept exactly, or refused naming the cell. */
function expectKeptOrRefused(r: Outcome) {
  if (r.refused) expect(r).toMatchObject({ refused: true, namesCell: true });
  else expect(r.after).toBe(r.before);
}

describe("on refresh: kept, refused naming the cell, or a known difference (test.failing)", () => {
  test("each typed cell has an outcome (so the cases below fail for their own reason)", () => {
    expect(Object.keys(refreshed).sort()).toEqual(Object.keys(TYPED).sort());
    for (const r of Object.values(refreshed)) expect(r).toHaveProperty("refused");
  });

  test("trimmed: trailing spaces typed in an action's text", () => {
    expectKeptOrRefused(refreshed.trim);
  });

  test("label re-cased: a budget status typed in lower case", () => {
    expectKeptOrRefused(refreshed.case);
  });

  test("list re-written: years typed with commas", () => {
    expectKeptOrRefused(refreshed.years);
  });

  test("blank filled with a default: a cleared action status", () => {
    expectKeptOrRefused(refreshed.status);
  });

  test("number re-typed as text: one year typed as a number in Years", () => {
    expectKeptOrRefused(refreshed.yearNumber);
  });

  test("formula replaced by its value: =1000*12 typed in an amount", () => {
    expectKeptOrRefused(refreshed.formula);
  });

  test('text re-typed as a number: "250 000" typed in an amount', () => {
    expectKeptOrRefused(refreshed.textAmount);
  });

  test("formula without a cached value emptied: =2+3 typed in an amount secured", () => {
    expectKeptOrRefused(refreshed.formulaNoValue);
  });

  test("baseline value typed without a baseline year emptied: 3 in I3.2.3", () => {
    expectKeptOrRefused(refreshed.baselineNoYear);
  });

  test("baseline year typed without a baseline value emptied: 2019 in I3.2.4", () => {
    expectKeptOrRefused(refreshed.baselineNoValue);
  });

  test("refusal names the cell, not a plan path: progress 150", async () => {
    const r = await refreshOne("progress", "Operational plan", "I2", 150);
    expect(r).toMatchObject({ refused: true, namesCell: true });
  });
});

describe("kept or refused naming the cell on refresh", () => {
  test("an ambiguous amount typed as text", async () => {
    expectKeptOrRefused(await refreshOne("ambiguous", "Budget", "H2", "250,000"));
  });

  test("a date typed in an amount", async () => {
    expectKeptOrRefused(await refreshOne("date", "Budget", "H2", new Date(Date.UTC(2021, 2, 15))));
  });
});
