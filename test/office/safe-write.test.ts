/**
 * Issue 12, item 4: the add-in writes safely. Each case fails on the adapter
 * as it was (entries lost, stale values written, text turned into dates) and
 * passes now, on a double that behaves like Excel where it matters: names
 * found whatever their case, a sync that fails with nothing of it applied, a
 * co-author's edit landing between two syncs, text coerced as Excel does.
 */
import { parsePlan } from "../../src/core/model";
import { planForWorkbook, UpgradeBlocked } from "../../src/core/template/upgrade";
import { colIndex, colLetter } from "../../src/core/template/types";
import { explain } from "../../src/app/errors";
import { confirmImport, planImport } from "../../src/app/consolidate";
import { readNational } from "../../src/app/consolidate";
import { ChangedMeanwhile, WriteInterrupted } from "../../src/app/port";
import {
  applyTemplate,
  BACKUP_SHEET,
  officeCell,
  officeWorkbook,
  sameName,
  SYNCS_READ,
  SYNCS_UPGRADE,
  type Supports,
} from "../../src/office/excel-adapter";
import { TINY_PLAN } from "../fixtures/tiny-plan";
import { randomPlan } from "../support/random-plan";
import { asExcelTakesIt, contextFor, Recorder, SyncFailed, WorkbookDouble } from "./excel-double";

const all: Supports = () => true;
const tiny = parsePlan(TINY_PLAN);
const SMALL = 64 * 1024;

/** What a run queued that changes the workbook (loads and suspensions left out). */
const writes = (rec: Recorder) =>
  rec.log.filter((l) => !l.startsWith("suspend") && !l.startsWith("load "));

async function created(plan = tiny, maxBatch?: number) {
  const wb = new WorkbookDouble();
  await applyTemplate(contextFor(wb).context, (v) => planForWorkbook(v, plan, "en"), all, maxBatch);
  return wb;
}

/** Every template table's cells, by name. */
const tables = (wb: WorkbookDouble) =>
  Object.fromEntries(
    [...wb.tables.keys()]
      .filter((n) => n.startsWith("tbl"))
      .sort()
      .map((n) => [n, wb.tableValues(n)])
  );

/** The cells of every sheet (value and formula), to compare a workbook before and after. */
const cells = (wb: WorkbookDouble) =>
  wb.sheets.map((s) => [s.name, [...s.cells].map(([k, c]) => [k, c.value, c.formula])]);

function update(wb: WorkbookDouble, rec = new Recorder(), plan = tiny, maxBatch?: number) {
  const { context } = contextFor(wb, rec);
  return applyTemplate(context, (v) => planForWorkbook(v, plan, "en"), all, maxBatch);
}

describe("the double behaves like Excel where it matters", () => {
  test("sheets, tables and names are found whatever their case; a case variant cannot be added", async () => {
    const wb = await created();
    const { context } = contextFor(wb);
    const ws = context.workbook.worksheets.getItem("BUDGET");
    ws.load("name");
    const table = context.workbook.tables.getItem("TBLBUDGET");
    table.load("name");
    await context.sync();
    expect(ws.name).toBe("Budget");
    expect(table.name).toBe("tblBudget");
    expect(() => context.workbook.worksheets.add("budget")).toThrow(/ItemAlreadyExists/);
    expect(() => context.workbook.names.add("nap_template_version", "=_NAP!$B$2", "")).toThrow(
      /ItemAlreadyExists/
    );
  });

  test("a failing sync applies nothing of its batch; the next syncs go through", async () => {
    const wb = await created();
    const rec = new Recorder();
    rec.failAt = 1;
    const { context } = contextFor(wb, rec);
    context.workbook.worksheets.getItem("Budget").getRange().clear();
    await expect(context.sync()).rejects.toBeInstanceOf(SyncFailed);
    expect(wb.tableValues("tblBudget").length).toBeGreaterThan(1);
    expect(wb.sheet("Budget")!.cells.size).toBeGreaterThan(0);
    context.workbook.worksheets.getItem("Budget").getRange().clear();
    await context.sync();
    expect(wb.sheet("Budget")!.cells.size).toBe(0);
  });

  test("text written through values is taken as Excel takes it, unless formatted as text or quoted", () => {
    expect(asExcelTakesIt("Mar-21").value).toEqual(expect.any(Number));
    expect(asExcelTakesIt("juin 2021").value).toEqual(expect.any(Number));
    expect(asExcelTakesIt("1/2").value).toEqual(expect.any(Number));
    expect(asExcelTakesIt("00123").value).toBe(123);
    expect(asExcelTakesIt("'00123").value).toBe("00123");
    expect(asExcelTakesIt("00123", "@").value).toBe("00123");
    expect(asExcelTakesIt("March madness").value).toBe("March madness");
  });
});

describe("the add-in writes safely", () => {
  test("a write split into several syncs that fails at any point (the check, the first, second, a middle and the last batch) leaves every table as it was, and says the workbook was restored", async () => {
    const plan = randomPlan(2, 40);
    const base = await created(plan, SMALL);
    const before = tables(base);
    expect(before.tblActions.length).toBeGreaterThan(10);
    // How many syncs the update takes when nothing fails.
    const ok = new Recorder();
    await update(await created(plan, SMALL), ok, plan, SMALL);
    expect(ok.syncs).toBeGreaterThan(SYNCS_UPGRADE + 2);
    let restored = 0;
    // From the check just before writing (sync 3) to the last write batch.
    const mid = Math.floor((SYNCS_UPGRADE + ok.syncs) / 2);
    const at = [SYNCS_UPGRADE - 1, SYNCS_UPGRADE, SYNCS_UPGRADE + 1, mid, ok.syncs];
    for (const k of at) {
      const wb = await created(plan, SMALL);
      const rec = new Recorder();
      rec.failAt = k;
      const error = await update(wb, rec, plan, SMALL).catch((e: unknown) => e);
      if (k === SYNCS_UPGRADE - 1 || error instanceof SyncFailed) {
        // The check, or a batch before anything was removed, lost: nothing was changed, the error is the sync's own.
        expect({ k, error }).toEqual({ k, error: expect.any(SyncFailed) });
      } else {
        restored++;
        expect({ k, error }).toEqual({ k, error: expect.any(WriteInterrupted) });
        expect((error as WriteInterrupted).restored).toBe(true);
        expect((error as WriteInterrupted).message).toMatch(/restored/);
      }
      expect({ k, tables: tables(wb) }).toEqual({ k, tables: before });
      expect(wb.sheet(BACKUP_SHEET)).toBeUndefined();
      if (k === mid) {
        // Written again once the network is back, the update goes through.
        await update(wb, new Recorder(), plan, SMALL);
        expect(tables(wb)).toEqual(before);
      }
    }
    expect(restored).toBeGreaterThan(1);
  }, 120000);

  test("when putting back fails too, the error says so and the previous tables are on a hidden sheet", async () => {
    const plan = randomPlan(2, 40);
    const wb = await created(plan, SMALL);
    const before = tables(wb);
    const ok = new Recorder();
    await update(await created(plan, SMALL), ok, plan, SMALL);
    const rec = new Recorder();
    // The last write batch fails, and so does the restore's first look.
    rec.failAt = [ok.syncs, ok.syncs + 1];
    const error = await update(wb, rec, plan, SMALL).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteInterrupted);
    expect((error as WriteInterrupted).restored).toBe(false);
    expect((error as WriteInterrupted).backup).toBe(BACKUP_SHEET);
    const backup = wb.sheet(BACKUP_SHEET)!;
    expect(backup.visibility).toBe("Hidden");
    const kept = [...backup.cells.values()].map((c) => c.value);
    expect(kept).toContain("tblActions");
    const actions = before.tblActions;
    const text = actions[0].indexOf("Action");
    for (const row of actions.slice(1)) expect(kept).toContain(row[text]);
  }, 60000);

  test("a sheet and a table renamed by case only: the update finds them, keeps every entry, adds no sheet", async () => {
    const wb = await created();
    const before = tables(wb);
    const names = wb.sheets.map((s) => s.name.toUpperCase());
    wb.sheet("Budget")!.name = "budget";
    const t = wb.tables.get("tblIndicators")!;
    wb.tables.delete("tblIndicators");
    wb.tables.set("TBLINDICATORS", t);
    const result = await update(wb);
    expect(result.upgraded).toBe(true);
    expect(tables(wb)).toEqual(before);
    expect(wb.sheets.map((s) => s.name.toUpperCase())).toEqual(names);
    expect(sameName("Budget", "budget")).toBe(true);
  });

  test("a co-author's edit between the read and the write stops the write, naming the cell; nothing is removed", async () => {
    const wb = await created();
    const header = wb.tableValues("tblIndicators")[0];
    const col = colLetter(header.indexOf("Actual 2021"));
    const before = cells(wb);
    const rec = new Recorder();
    rec.afterSync = (n) => {
      // The read (syncs 2 and 3: where the tables are, then their cells) is done; a co-author types 55.
      if (n === 1 + SYNCS_READ)
        wb.sheet("Indicators")!.cells.set(`${col}2`, { value: 55, formula: 55 });
    };
    const error = await update(wb, rec).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChangedMeanwhile);
    expect((error as ChangedMeanwhile).cells).toEqual([`Indicators!${col}2`]);
    // Only the copy kept while writing was written, and it is gone: no table removed, no sheet cleared.
    expect(writes(rec).filter((l) => /^(delete table|clear )/.test(l))).toEqual([]);
    expect(wb.sheet(BACKUP_SHEET)).toBeUndefined();
    expect(wb.sheet("Indicators")!.get(1, colIndex(col))!.value).toBe(55);
    expect(explain(error, "en").details).toMatch(`Indicators!${col}2`);
    // Everything else as it was.
    wb.sheet("Indicators")!.cells.delete(`${col}2`);
    expect(cells(wb)).toEqual(before);
  });

  test("text Excel would turn into a date or a number, or whose apostrophe it would eat, stays as typed, through an update too", async () => {
    const typed = ["Mar-21", "juin 2021", "1/2", "00123", "'tis the season", "12:30", "21 March"];
    const plan = parsePlan({
      ...TINY_PLAN,
      stakeholders: [
        ...TINY_PLAN.stakeholders!,
        ...typed.map((name, i) => ({ code: `T${i}`, name, type: "other" as const })),
      ],
    });
    const wb = await created(plan);
    const names = () => {
      const rows = wb.tableValues("tblStakeholders");
      const c = rows[0].indexOf("Name");
      return rows.slice(1).map((r) => r[c]);
    };
    expect(names()).toEqual(expect.arrayContaining(typed));
    await update(wb, new Recorder(), plan);
    expect(names()).toEqual(expect.arrayContaining(typed));
    expect(officeCell("juin 2021")).toBe("'juin 2021");
    expect(officeCell("Plain words")).toBe("Plain words");
  });
});

describe("the pane's import goes through the guard", () => {
  async function importInto(wb: WorkbookDouble) {
    let rec = new Recorder();
    const port = officeWorkbook({
      run: <T>(f: (c: Excel.RequestContext) => Promise<T>) => {
        const c = contextFor(wb);
        rec = c.rec;
        return f(c.context);
      },
      supports: all,
    });
    const dry = await planImport(tiny, [], { year: 2020, now: "2021-02-15T00:00:00Z", lang: "en" });
    const error = await confirmImport(port, dry).catch((e: unknown) => e);
    return { error, rec: () => rec, port };
  }

  test("a cell the reader cannot read refuses the import, naming the cell, nothing written", async () => {
    const wb = await created();
    const header = wb.tableValues("tblIndicators")[0];
    const col = colLetter(header.indexOf("Actual 2021"));
    wb.sheet("Indicators")!.cells.set(`${col}2`, {
      value: "about twelve",
      formula: "about twelve",
    });
    const before = cells(wb);
    const { error, rec } = await importInto(wb);
    expect(error).toBeInstanceOf(UpgradeBlocked);
    expect(explain(error, "en").message).toMatch(`Indicators!${col}2`);
    expect(writes(rec())).toEqual([]);
    expect(cells(wb)).toEqual(before);
  });

  test("a column a planner added to tblActions is not deleted: the import refuses, naming it", async () => {
    const wb = await created();
    const t = wb.tables.get("tblActions")!;
    const [tl, br] = t.address.split(":");
    const extra = colLetter(colIndex(br.replace(/\d+$/, "")) + 1);
    t.address = `${tl}:${extra}${br.replace(/^[A-Z]+/, "")}`;
    t.sheet.cells.set(`${extra}1`, { value: "My notes", formula: "My notes" });
    t.sheet.cells.set(`${extra}2`, { value: "call the governor", formula: "call the governor" });
    const before = cells(wb);
    const { error, rec, port } = await importInto(wb);
    expect(error).toBeInstanceOf(UpgradeBlocked);
    expect((error as UpgradeBlocked).addedColumns).toEqual([
      { table: "tblActions", column: "My notes" },
    ]);
    expect(explain(error, "en").message).toMatch(/“My notes” added to the table tblActions/);
    expect(writes(rec())).toEqual([]);
    expect(cells(wb)).toEqual(before);
    // The pane's own check before an import says the same.
    await expect(readNational(port, "en")).rejects.toThrow(/extra-column/);
  });
});
