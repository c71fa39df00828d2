/**
 * What the Office adapter still lacked against the file adapter: red, amber
 * and green on the Indicator progress sheet; what the workbook holds outside
 * its tables (so that an update refuses what it would drop); a change watcher
 * that can be removed, with events off while the add-in writes.
 */
import { parsePlan } from "../../src/core/model";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { colIndex, colLetter } from "../../src/core/template/types";
import { planForWorkbook, UpgradeBlocked } from "../../src/core/template/upgrade";
import { createOrUpdate, refresh } from "../../src/app/create";
import { explain } from "../../src/app/errors";
import { WriteInterrupted } from "../../src/app/port";
import {
  applyTemplate,
  officeWorkbook,
  RAG_COLOURS,
  SYNCS_OUTSIDE,
  SYNCS_UPGRADE,
  type Supports,
} from "../../src/office/excel-adapter";
import { TINY_PLAN } from "../fixtures/tiny-plan";
import { randomPlan } from "../support/random-plan";
import { contextFor, Recorder, WorkbookDouble } from "./excel-double";

const all: Supports = () => true;
const upTo = (max: string) => (v: string) => Number(v.split(".")[1]) <= Number(max.split(".")[1]);
const tiny = parsePlan(TINY_PLAN);

async function created(supports = all, wb = new WorkbookDouble()) {
  const { context, rec } = contextFor(wb);
  const result = await applyTemplate(
    context,
    (values) => planForWorkbook(values, tiny, "en"),
    supports
  );
  return { wb, rec, result };
}

describe("red, amber and green formats", () => {
  const sheet = buildWorkbookPlan(tiny, "en").sheets.find((s) => s.key === "sumIndicators")!;

  test("each is a custom conditional format on its range, with its fill and font", async () => {
    expect(sheet.ragFormats?.length).toBeGreaterThan(0);
    const { wb } = await created();
    const written = wb.sheet(sheet.name)!.conditional;
    for (const rag of sheet.ragFormats!) {
      const [fill, font] = RAG_COLOURS[rag.colour];
      expect(written).toContainEqual({
        range: rag.range,
        type: "Custom",
        rule: { formula: rag.formula },
        format: { fill: { color: fill }, font: { color: font } },
      });
    }
    expect(RAG_COLOURS).toEqual({
      green: ["#C6EFCE", "#006100"],
      amber: ["#FFEB9C", "#9C5700"],
      red: ["#FFC7CE", "#9C0006"],
    });
  });

  test("an Excel without conditional formats (before ExcelApi 1.6) skips them, and says so", async () => {
    const { wb, result } = await created(upTo("1.5"));
    expect(wb.sheet(sheet.name)!.conditional).toEqual([]);
    expect(result.skipped).toContain("conditionalFormats");
  });
});

/** The open workbook as the pane sees it, counting syncs and what each run queued. */
function pane(wb: WorkbookDouble, supports = all) {
  const seen = { syncs: 0, runs: 0, log: [] as string[] };
  const port = officeWorkbook({
    run: async <T>(f: (c: Excel.RequestContext) => Promise<T>) => {
      const c = contextFor(wb);
      seen.runs++;
      try {
        return await f(c.context);
      } finally {
        seen.syncs += c.rec.syncs;
        seen.log.push(...c.rec.log);
      }
    },
    supports,
  });
  return { port, seen };
}

/** What was queued that changes the workbook (loads, reads and suspensions left out). */
const writes = (log: string[]) => log.filter((l) => !/^(suspend|load |used range )/.test(l));

/** The cells of every sheet (value and formula), to compare a workbook before and after. */
const cells = (wb: WorkbookDouble) =>
  wb.sheets.map((s) => [s.name, [...s.cells].map(([k, c]) => [k, c.value, c.formula])]);

/** The cell just right of tblActions' first data row, and its sheet. */
function besideActions(wb: WorkbookDouble) {
  const t = wb.tables.get("tblActions")!;
  const [tl, br] = t.address.split(":");
  const col = colLetter(colIndex(br.replace(/\d+$/, "")) + 1);
  const row = Number(tl.replace(/^[A-Z]+/, "")) + 1;
  return { sheet: t.sheet, cell: `${col}${row}` };
}

describe("what the workbook holds outside its tables", () => {
  test.each([
    ["the update", (p: ReturnType<typeof pane>["port"]) => createOrUpdate(p, tiny, "en")],
    ["the refresh", (p: ReturnType<typeof pane>["port"]) => refresh(p, "en")],
  ])(
    "a note typed beside tblActions refuses %s, naming the cell; nothing is written",
    async (_what, write) => {
      const { wb } = await created();
      const { sheet, cell } = besideActions(wb);
      sheet.cells.set(cell, { value: "ask the ministry", formula: "ask the ministry" });
      const before = cells(wb);
      const { port, seen } = pane(wb);
      const error = await write(port).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UpgradeBlocked);
      expect(explain(error, "en").message).toContain(`${sheet.name}!${cell}`);
      expect((error as UpgradeBlocked).problems).toContainEqual(
        expect.objectContaining({ rule: "outside-cell", cell, value: "ask the ministry" })
      );
      expect(writes(seen.log)).toEqual([]);
      expect(cells(wb)).toEqual(before);
    }
  );

  test("a comment beside a table refuses the update (ExcelApi 1.10); before 1.10 comments are not read", async () => {
    const { wb } = await created();
    const { sheet, cell } = besideActions(wb);
    sheet.notes.set(cell, "to discuss with UN Women");
    const { port, seen } = pane(wb);
    const error = await createOrUpdate(port, tiny, "en").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpgradeBlocked);
    expect(explain(error, "en").message).toContain(`${sheet.name}!${cell}`);
    expect(writes(seen.log)).toEqual([]);
    const old = pane(wb, upTo("1.9")).port;
    expect((await old.outside!()).cells.filter((c) => c.note !== undefined)).toEqual([]);
  });

  test("outside() names cells outside the tables (formulas as =...), the names and the tables, in 2 syncs whatever the size", async () => {
    const { wb } = await created();
    const { sheet, cell } = besideActions(wb);
    sheet.cells.set(cell, { value: 3, formula: "=1+2" });
    const { port, seen } = pane(wb);
    const out = await port.outside!();
    expect(seen.syncs).toBe(SYNCS_OUTSIDE);
    expect(SYNCS_OUTSIDE).toBe(2);
    const col = colIndex(cell.replace(/\d+$/, ""));
    const row = Number(cell.replace(/^[A-Z]+/, "")) - 1;
    expect(out.cells).toContainEqual({ sheet: sheet.name, row, col, value: "=1+2" });
    // Nothing inside a table is named.
    const t = wb.tables.get("tblActions")!;
    const top = Number(t.address.split(":")[0].replace(/^[A-Z]+/, "")) - 1;
    expect(out.cells.filter((c) => c.sheet === sheet.name && c.row > top && c.col < col)).toEqual(
      []
    );
    expect(out.tables).toContainEqual({ name: "tblActions", sheet: sheet.name });
    expect(out.names.length).toBe(wb.names.size);

    const big = await created(all, new WorkbookDouble());
    await applyTemplate(
      contextFor(big.wb).context,
      (values) => planForWorkbook(values, randomPlan(6, 600), "en"),
      all
    );
    const large = pane(big.wb);
    await large.port.outside!();
    expect(large.seen.syncs).toBe(SYNCS_OUTSIDE);
  });

  test("a clean workbook updates as before: the write's 6 syncs, plus the 2 of the outside read (its own run, before the write)", async () => {
    const { wb } = await created();
    const { port, seen } = pane(wb);
    const result = await createOrUpdate(port, tiny, "en");
    expect(result.written.upgraded).toBe(true);
    // The write itself is unchanged: look, read, check again, write (each read: where the
    // tables are, then their cells, since reads are split under 5 MB a response: issue 17).
    expect(result.written.syncs).toBe(SYNCS_UPGRADE);
    // The outside read is a run of its own (writeKept asks for it first): 2 syncs, look then read.
    expect(seen.runs).toBe(2);
    expect(seen.syncs).toBe(SYNCS_OUTSIDE + SYNCS_UPGRADE);
    expect(seen.syncs).toBe(8);
  });
});

describe("the change watcher", () => {
  test("watching gives back a remover: the handlers go in one sync, in the context they were added in; the pane's watcher re-registers without piling up handlers", async () => {
    const { CheckWatcher, checkWorkbook } = await import("../../src/app/check");
    const { watchSheets } = await import("../../src/office/excel-adapter");
    const { wb } = await created();
    const { context, rec } = contextFor(wb);
    const remove = await watchSheets(context, ["Indicators", "Budget"], () => undefined);
    expect(rec.syncs).toBe(1);
    expect(wb.sheet("Indicators")!.handlers).toHaveLength(1);
    expect(typeof remove).toBe("function");
    await remove();
    expect(rec.syncs).toBe(2);
    expect(wb.sheet("Indicators")!.handlers).toHaveLength(0);
    expect(wb.sheet("Budget")!.handlers).toHaveLength(0);

    // Through the port, as the pane uses it: each check hands the watcher fresh tables.
    const { port } = pane(wb);
    const watcher = new CheckWatcher(port);
    for (let i = 0; i < 3; i++) {
      const checked = await checkWorkbook(port, "en");
      await watcher.start(checked, "en", () => undefined);
    }
    expect(wb.sheet("Indicators")!.handlers).toHaveLength(1);
  });

  test("events are off while the add-in writes (from the first write batch) and on again in the last batch", async () => {
    const { wb, rec } = await created();
    const log = writes(rec.log);
    expect(log[0]).toBe("events off");
    expect(log[log.length - 1]).toBe("events on");
    expect(wb.events).toBe(true);

    const update = contextFor(wb);
    await applyTemplate(update.context, (v) => planForWorkbook(v, tiny, "en"), all);
    const during = writes(update.rec.log).filter((l) => !l.startsWith("remove"));
    expect(during.indexOf("events off")).toBeGreaterThanOrEqual(0);
    expect(during[during.length - 1]).toBe("events on");
    expect(wb.events).toBe(true);

    // A check writes its report with events off too.
    const { checkWorkbook } = await import("../../src/app/check");
    const { port, seen } = pane(wb);
    await checkWorkbook(port, "en");
    expect(seen.log).toContain("events off");
    expect(writes(seen.log).pop()).toBe("events on");
    expect(wb.events).toBe(true);
  });

  test("a write split into batches that fails part way turns events on again; before ExcelApi 1.8 they are left alone", async () => {
    const plan = randomPlan(2, 40);
    const SMALL = 64 * 1024;
    const make = async () => {
      const wb = new WorkbookDouble();
      await applyTemplate(
        contextFor(wb).context,
        (v) => planForWorkbook(v, plan, "en"),
        all,
        SMALL
      );
      return wb;
    };
    const update = (wb: WorkbookDouble, rec: Recorder) =>
      applyTemplate(contextFor(wb, rec).context, (v) => planForWorkbook(v, plan, "en"), all, SMALL);
    const ok = new Recorder();
    await update(await make(), ok);
    // Several write batches: events go off in the first, which goes through.
    expect(ok.syncs).toBeGreaterThan(SYNCS_UPGRADE + 2);
    // A middle batch and the last one (events on is in it).
    for (const at of [Math.floor((SYNCS_UPGRADE + ok.syncs) / 2) + 1, ok.syncs]) {
      const wb = await make();
      const rec = new Recorder();
      rec.failAt = at;
      const error = await update(wb, rec).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WriteInterrupted);
      expect(rec.log).toContain("events off");
      expect(wb.events).toBe(true);
    }

    const old = await created(upTo("1.7"));
    expect(old.rec.log.filter((l) => l.startsWith("events"))).toEqual([]);
  });
});
