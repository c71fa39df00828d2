/**
 * The in-cell flags (conditional formats) work in another engine: each
 * format's formula, written for every row of its table in a probe cell and
 * recalculated by LibreOffice 7.4, is TRUE exactly on the impossible entries.
 */
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { parsePlan, type PlanInput } from "../../src/core/model";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { colIndex, colLetter } from "../../src/core/template/types";
import { loadWorkbook, writeXlsx } from "../../src/xlsx/workbook";
import { TINY_PLAN } from "../fixtures/tiny-plan";
import { libreOfficeAvailable, recalc } from "../support/libreoffice";

const describeLO = libreOfficeAvailable() ? describe : describe.skip;

const indicator = TINY_PLAN.indicators![1];
const plan = parsePlan({
  ...TINY_PLAN,
  indicators: [
    ...TINY_PLAN.indicators!,
    { ...indicator, code: "L1", measure: "level", aggregation: "latest" },
    { ...indicator, code: "Y1", measure: "yesno", aggregation: "latest" },
  ],
  actions: [
    ...TINY_PLAN.actions!,
    { code: "A3", output: "1.1.1", text: "Later", lead: "MIN1", status: "not-started" },
  ],
} satisfies PlanInput);

/** Entries poked into the workbook: [sheet, row key, header, value, flagged?]. */
const POKES: [string, string, string, ExcelJS.CellValue, boolean][] = [
  ["Indicators", "I1", "Actual 2020", 18.25, false],
  ["Indicators", "I1", "Actual 2021", 130, true],
  ["Indicators", "I1", "Actual 2022", "about 40", true],
  ["Indicators", "I1.1.1", "Baseline value", -1, true],
  ["Indicators", "I1.1.1", "Actual 2020", 3, false],
  ["Indicators", "I1.1.1", "Actual 2021", 2.5, true],
  ["Indicators", "L1", "Actual 2020", 7, true],
  ["Indicators", "L1", "Actual 2021", 2, false],
  ["Indicators", "Y1", "Actual 2020", 2, true],
  ["Indicators", "Y1", "Actual 2021", 1, false],
  ["Operational plan", "A1", "Progress (%)", 140, true],
  ["Operational plan", "A2", "Progress (%)", 90, true],
  ["Operational plan", "A3", "Progress (%)", 10, true],
  ["Budget", "A1", "Amount secured", 2000000, true],
];
/** The second budget line (A1, 2021) by its row: a year outside the period and a negative unit cost. */
const ROW_POKES: [string, number, string, ExcelJS.CellValue][] = [
  ["Budget", 3, "Year", 2025],
  ["Budget", 3, "Unit cost", -5],
];

describeLO("in-cell flags, evaluated by LibreOffice", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-cf-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("each conditional format is TRUE exactly on the impossible entries", async () => {
    const wp = buildWorkbookPlan(plan, "en");
    const file = path.join(dir, "flags.xlsx");
    await writeXlsx(wp, file);
    const wb = await loadWorkbook(file);
    const expected = new Set<string>();
    const at = (ws: ExcelJS.Worksheet, header: string) =>
      (ws.getRow(1).values as unknown[]).indexOf(header);
    const rowOf = (ws: ExcelJS.Worksheet, key: string) => {
      let row = 0;
      ws.eachRow((r, n) => {
        if (row === 0 && n > 1 && r.getCell(1).value === key) row = n;
      });
      return row;
    };
    const poke = (sheet: string, row: number, header: string, value: ExcelJS.CellValue) => {
      const ws = wb.getWorksheet(sheet)!;
      const cell = ws.getRow(row).getCell(at(ws, header));
      cell.value = value;
      return `${sheet}!${cell.address}`;
    };
    for (const [sheet, key, header, value, flagged] of POKES) {
      const ref = poke(sheet, rowOf(wb.getWorksheet(sheet)!, key), header, value);
      if (flagged) expected.add(ref);
    }
    for (const [sheet, row, header, value] of ROW_POKES)
      expected.add(poke(sheet, row, header, value));

    // Probes: every format's formula, moved to each body row, in a column of its own far right.
    const probes: { sheet: string; cell: string; flags: string; formula: string }[] = [];
    for (const key of ["indicators", "actions", "budget"]) {
      const sp = wp.sheets.find((s) => s.key === key)!;
      const rows = sp.tables[0].rows.length;
      const ws = wb.getWorksheet(sp.name)!;
      sp.conditionalFormats!.forEach((cf, i) => {
        const probeCol = colLetter(200 + i);
        const flagsCol = /^[A-Z]+/.exec(cf.range)![0];
        for (let r = 2; r <= rows + 1; r++) {
          const formula = cf.formula
            .replace(/^=/, "")
            .replace(/(\$?[A-Z]{1,3})2(?![0-9])/g, `$1${r}`);
          ws.getCell(`${probeCol}${r}`).value = { formula } as ExcelJS.CellFormulaValue;
          probes.push({
            sheet: sp.name,
            cell: `${probeCol}${r}`,
            flags: `${sp.name}!${flagsCol}${r}`,
            formula,
          });
        }
      });
    }
    await wb.xlsx.writeFile(file);
    const csv = await recalc(file);

    const flagged = new Set<string>();
    const notBoolean: string[] = [];
    for (const p of probes) {
      const m = /^([A-Z]+)(\d+)$/.exec(p.cell)!;
      const v = csv.get(p.sheet)?.[Number(m[2]) - 1]?.[colIndex(m[1])];
      if (v === "TRUE" || v === "1") flagged.add(p.flags);
      else if (v !== "FALSE" && v !== "0") notBoolean.push(`${p.flags} ${p.formula}: ${v}`);
    }
    expect(notBoolean).toEqual([]);
    expect([...flagged].sort()).toEqual([...expected].sort());
  }, 180000);
});
