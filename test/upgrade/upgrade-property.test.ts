/**
 * Property: a version-1 workbook (test/fixtures/v1, made by the previous
 * round's CLI) filled at random in its entry cells (seeded, bounded:
 * UPGRADE_WORKBOOKS, default 4; UPGRADE_SEED, default 1325) is upgraded to
 * the current template with zero typed values lost:
 * - through the exceljs adapter (the command line's use case), the output
 *   read by the independent reader (package XML);
 * - through the Office adapter against the recording double (the pane's
 *   update), its tables read back from the double.
 * Each typed cell of the filled file, as the independent reader sees it, is
 * compared with the upgraded one (rows matched by key). The pane's update
 * takes the same number of syncs whatever the plan's size, and keeps the
 * older sheets hidden, tables turned into ranges, their cells as they were.
 */
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { createOrUpdate, describeCreated, embeddedPlan } from "../../src/app/create";
import { upgradeWorkbook } from "../../src/app/upgrade";
import { describeSettleDone, rollPlanForward, settleConflicts } from "../../src/app/consolidate";
import { describeRollForward } from "../../src/core/consolidate/rollforward";
import { officeWorkbook, SYNCS_UPGRADE, type Supports } from "../../src/office/excel-adapter";
import type { WorkbookValues } from "../../src/core/template/read";
import { a1Range } from "../../src/core/template/types";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { contextFor, SheetDouble, WorkbookDouble } from "../office/excel-double";
import {
  readXlsxCells,
  splitA1,
  tableRows,
  type XBook,
  type XCell,
  type XSheet,
} from "../support/xlsx-cells";
import { CHECKED, columnSpecs, diffTyped, openForEdit, rng } from "../property/workbooks";
import type { ColumnSpec } from "../../src/core/tables";

const N = Number(process.env.UPGRADE_WORKBOOKS ?? 4);
const SEED = Number(process.env.UPGRADE_SEED ?? 1325);
const FIXTURES = path.join(__dirname, "../fixtures/v1");

let dir: string;
const pristine: Partial<Record<"en" | "fr", { file: string; book: XBook; lang: "en" | "fr" }>> = {};

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "nap-upgrade-prop-"));
  for (const lang of ["en", "fr"] as const) {
    const file = path.join(FIXTURES, `example-${lang}.xlsx`);
    pristine[lang] = { file, book: await readXlsxCells(file), lang };
  }
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const TEXTS = [
  "Équité « paix » ñ 女性 🕊",
  "<b>&amp; \"q\" 'x'</b>",
  "ligne 1\nligne 2",
  "250 000",
  "=SUM(1,2) text",
  "+223 20 22 33 44",
  "_x0041_ stays",
  "Renforcer la participation des femmes — " + "àéîôùçœ ".repeat(60) + "fin.",
];

/**
 * Fill a copy of a version-1 workbook at random in its entry cells, with
 * values the template takes as typed (so that every workbook is upgraded,
 * not refused): texts with accents, markup, line breaks and leading signs;
 * amounts, numbers and percentages; for list, code and year columns another
 * row's value of the same column. Row keys are left alone. Returns the cells typed.
 */
async function fill(
  from: { file: string; book: XBook },
  out: string,
  seed: number
): Promise<number> {
  const r = rng(seed);
  const wb = await openForEdit(from.file);
  let typed = 0;
  const edited = ["actions", "budget", "indicators", "stakeholders"];
  for (const def of CHECKED.filter((c) => edited.includes(c.key))) {
    const { table, rows } = tableRows(from.book, def.name);
    const ws = wb.getWorksheet(table.sheet)!;
    const first = splitA1(table.ref.split(":")[0]).col;
    const editable = columnSpecs(def.key, table.columns)
      .map((s, i) => ({ s, i }))
      .filter(
        (x): x is { s: ColumnSpec; i: number } =>
          !!x.s && x.s.entry && x.s.kind !== "formula" && !def.rowKey.includes(x.s.key)
      );
    for (let n = 0; n < 12; n++) {
      const { s, i } = r.pick(editable);
      const row = r.pick(rows);
      let value: string | number | null;
      if (s.kind === "text" && !["start", "end", "acronym"].includes(s.key)) value = r.pick(TEXTS);
      else if (s.kind === "amount" || s.kind === "number") value = Math.round(r.next() * 1e9) / 100;
      else if (s.kind === "percent") value = r.int(101);
      else {
        const other = r.pick(rows).cells[i];
        value =
          other &&
          other.formula === null &&
          (typeof other.value === "string" || typeof other.value === "number")
            ? other.value
            : null;
      }
      if (value === null || value === "") continue;
      ws.getCell(row.row, first + i).value = value;
      typed++;
    }
  }
  await wb.xlsx.writeFile(out);
  return typed;
}

/** The double holding a workbook's tables as read (values, formulas), as Excel would hold them. */
function doubleOf(values: WorkbookValues): WorkbookDouble {
  const wb = new WorkbookDouble();
  for (const [name, tv] of Object.entries(values)) {
    if (!tv) continue;
    let sheet = wb.sheet(tv.sheet);
    if (!sheet) {
      sheet = new SheetDouble(tv.sheet);
      wb.sheets.push(sheet);
    }
    const width = Math.max(...tv.values.map((r) => r.length));
    tv.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const f = tv.formulas?.[r]?.[c];
        if ((v === null || v === "") && !f) return;
        const value = v ?? "";
        sheet!.cells.set(a1Range(tv.row + r, tv.col + c, 1, 1).split(":")[0], {
          value,
          formula: f ? `=${f}` : value,
        });
      })
    );
    wb.tables.set(name, { sheet, address: a1Range(tv.row, tv.col, tv.values.length, width) });
  }
  return wb;
}

/** The double's sheets and tables as the independent reader's book (for the same diff). */
function bookOf(wb: WorkbookDouble): XBook {
  const sheets: XSheet[] = wb.sheets.map((s) => {
    const cells = new Map<string, XCell>();
    for (const [at, c] of s.cells) {
      const formula =
        typeof c.formula === "string" && c.formula.startsWith("=") && c.formula !== c.value
          ? c.formula.slice(1)
          : null;
      if (formula === null && (c.value === "" || c.value === null)) continue;
      const type =
        typeof c.value === "number"
          ? "number"
          : typeof c.value === "boolean"
            ? "boolean"
            : "string";
      cells.set(at, {
        type,
        value: formula !== null && c.value === "" ? null : c.value,
        formula,
        style: 0,
      });
    }
    const tables = [...wb.tables]
      .filter(([, t]) => t.sheet === s)
      .map(([name, t]) => ({
        name,
        sheet: s.name,
        ref: t.address,
        columns: wb.tableValues(name)[0].map(String),
        headerRowCount: 1,
        totalsRowCount: 0,
      }));
    return {
      name: s.name,
      state: s.visibility,
      cells,
      tables,
      comments: new Map(),
      hyperlinks: new Map(),
      merges: [],
    };
  });
  return {
    sheets,
    definedNames: new Map(wb.names),
    sheet: (name) => sheets.find((x) => x.name === name)!,
    table: (name) => {
      for (const s of sheets)
        for (const tb of s.tables) if (tb.name === name) return { ...tb, sheetCells: s.cells };
      throw new Error(`no table ${name}`);
    },
  };
}

/** `values` with `k` more actions (copies of the first, under new codes): a bigger plan. */
function grown(values: WorkbookValues, k: number): WorkbookValues {
  const tv = values.tblActions!;
  const code = columnSpecs("actions", tv.values[0].map(String)).findIndex((s) => s?.key === "code");
  const extra = Array.from({ length: k }, (_, j) => {
    const row = [...tv.values[1]];
    row[code] = `ZZ-${j + 1}`;
    return row;
  });
  return {
    ...values,
    tblActions: {
      ...tv,
      values: [...tv.values, ...extra],
      formulas: tv.formulas && [...tv.formulas, ...extra.map(() => tv.formulas![1])],
    },
  };
}

const all: Supports = () => true;

/** The pane's update of `values` in Excel's double: the double, its syncs and the outcome's lines. */
async function paneUpdate(values: WorkbookValues, lang: "en" | "fr", supports = all) {
  const wb = doubleOf(values);
  let syncs = 0;
  const host = {
    run: async <T>(f: (c: Excel.RequestContext) => Promise<T>) => {
      const c = contextFor(wb);
      const out = await f(c.context);
      syncs += c.rec.syncs;
      return out;
    },
    supports,
  };
  const created = await createOrUpdate(officeWorkbook(host), await embeddedPlan(true), lang);
  return { wb, syncs, created, lines: describeCreated(created, lang) };
}

describe("a version-1 workbook filled at random is upgraded with zero typed values lost", () => {
  for (let i = 0; i < N; i++) {
    const lang = i % 2 ? "fr" : "en";
    test(`workbook ${i} (${lang}, seed ${SEED + i}): exceljs adapter and Office adapter`, async () => {
      const filled = { file: path.join(dir, `filled-${i}.xlsx`) };
      expect(await fill(pristine[lang]!, filled.file, SEED + i)).toBeGreaterThan(20);
      const before = await readXlsxCells(filled.file);
      const version = (b: XBook) =>
        tableRows(b, "tblNapMeta").rows.find((r) => r.cells[0]?.value === "templateVersion")
          ?.cells[1]?.value;
      expect(version(before)).toBe(1);

      // The command line's adapter (exceljs), read back by the independent reader.
      const file = await XlsxWorkbook.open(filled.file);
      const up = await upgradeWorkbook(file, lang, { backup: false });
      const out = path.join(dir, `upgraded-${i}.xlsx`);
      await file.save(out);
      const after = await readXlsxCells(out);
      expect(version(after)).toBe(2);
      expect(up.from).toBe(1);
      expect(diffTyped(before, after)).toEqual([]);

      // The pane's adapter (Office.js) against the recording double.
      const values = await (await XlsxWorkbook.open(filled.file)).read();
      const pane = await paneUpdate(values, lang);
      const book = bookOf(pane.wb);
      expect(version(book)).toBe(2);
      expect(diffTyped(before, book)).toEqual([]);
      // The diff sees the double's cells: a typed number changed there is a difference.
      const lines = book.table("tblBudget");
      const amount = [...lines.sheetCells].find(
        ([, c]) => typeof c.value === "number" && c.value > 1000
      )!;
      lines.sheetCells.set(amount[0], { ...amount[1], value: (amount[1].value as number) + 1 });
      expect(diffTyped(before, book)).not.toEqual([]);
      // The look at what is outside the tables (2), then the update's own syncs.
      expect(pane.syncs).toBe(2 + SYNCS_UPGRADE);
      // The older sheets kept, hidden, without tables, their cells as they were.
      const kept = pane.wb.sheets.filter((s) => /\(v1\)$/.test(s.name));
      expect(kept.length).toBeGreaterThanOrEqual(8);
      for (const s of kept) {
        expect(s.visibility).toBe("Hidden");
        expect([...pane.wb.tables.values()].some((t) => t.sheet === s)).toBe(false);
      }
      const budget = values.tblBudget!;
      const copy = pane.wb.sheet(`${budget.sheet} (v1)`)!;
      const old = doubleOf(values).sheet(budget.sheet)!;
      expect([...copy.cells]).toEqual([...old.cells]);
      expect(pane.created.upgrade?.backups).toEqual(kept.map((s) => s.name));
      expect(pane.lines.join("\n")).toContain(`${budget.sheet} (v1)`);
    });
  }

  test("the pane's upgrade takes the same syncs for a plan 150 actions bigger", async () => {
    const values = await (await XlsxWorkbook.open(pristine.en!.file)).read();
    const small = await paneUpdate(values, "en");
    const big = await paneUpdate(grown(values, 150), "en");
    expect(big.wb.tableValues("tblActions").length).toBe(values.tblActions!.values.length + 150);
    expect(big.syncs).toBe(small.syncs);
    expect(small.syncs).toBe(2 + SYNCS_UPGRADE);
  });

  test.each(["settle", "roll-forward"] as const)(
    "the pane's %s of a version-1 workbook keeps the older sheets hidden too, and says so",
    async (what) => {
      const values = await (await XlsxWorkbook.open(pristine.en!.file)).read();
      const wb = doubleOf(values);
      const host = {
        run: async <T>(f: (c: Excel.RequestContext) => Promise<T>) => f(contextFor(wb).context),
        supports: all,
      };
      const port = officeWorkbook(host);
      const lines =
        what === "settle"
          ? describeSettleDone(
              await settleConflicts(port, { now: "2021-01-15T00:00:00Z", lang: "en" }),
              "en"
            )
          : describeRollForward(await rollPlanForward(port, { from: 2020, lang: "en" }), "en").done;
      const kept = wb.sheets.filter((sh) => /\(v1\)$/.test(sh.name));
      expect(kept.length).toBeGreaterThanOrEqual(8);
      for (const sh of kept) expect(sh.visibility).toBe("Hidden");
      const budget = values.tblBudget!;
      expect([...wb.sheet(`${budget.sheet} (v1)`)!.cells]).toEqual([
        ...doubleOf(values).sheet(budget.sheet)!.cells,
      ]);
      expect(lines.join("\n")).toMatch(/template 1.*template 2/);
      expect(lines.join("\n")).toContain(`${budget.sheet} (v1)`);
    }
  );

  test("in an Excel without sheet copies (before ExcelApi 1.10) the upgrade says no copy was kept", async () => {
    const values = await (await XlsxWorkbook.open(pristine.fr!.file)).read();
    const upTo19: Supports = (v) => Number(v.split(".")[1]) <= 9;
    const pane = await paneUpdate(values, "fr", upTo19);
    expect(pane.wb.sheets.filter((s) => /\(v1\)$/.test(s.name))).toEqual([]);
    expect(pane.created.upgrade?.backups).toEqual([]);
    expect(pane.lines.join("\n")).toMatch(/Aucune copie des feuilles de la version précédente/);
  });
});
