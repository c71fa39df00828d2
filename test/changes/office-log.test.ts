/**
 * The change log in the task pane, against the recording double of Excel:
 * an import adds its rows within the update's syncs (no sync more); an update
 * that changes nothing adds none; a planner's edit of an entry cell, seen by
 * the change events, is a row of the log added in the live check's own
 * write (2 syncs an edit, as before), the log's protected sheet protected again.
 */
import { createOrUpdate } from "../../src/app/create";
import { confirmImport, dryRunImport, submissionsFrom } from "../../src/app/consolidate";
import { checkWorkbook, LiveCheck } from "../../src/app/check";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { colLetter } from "../../src/core/template/types";
import { loadUntrustedBytes } from "../../src/xlsx/untrusted";
import { xlsxBuffer } from "../../src/xlsx/workbook";
import {
  officeWorkbook,
  SYNCS_CREATE,
  SYNCS_OUTSIDE,
  SYNCS_UPGRADE,
} from "../../src/office/excel-adapter";
import { nationalPlan, stamped, submissions } from "../consolidate/fixtures";
import { contextFor, WorkbookDouble } from "../office/excel-double";

const national = nationalPlan();

function pane(wb: WorkbookDouble) {
  const counted = { syncs: 0 };
  const host = {
    run: async <T>(f: (c: Excel.RequestContext) => Promise<T>) => {
      const c = contextFor(wb);
      const out = await f(c.context);
      counted.syncs += c.rec.syncs;
      return out;
    },
    supports: () => true,
  };
  return { port: officeWorkbook(host), counted };
}

const HEADERS = ["When", "Who", "Sheet", "Key", "Column", "Before", "After", "Why"];
/** The log's rows, by header (the table's blank placeholder row left out). */
const logOf = (wb: WorkbookDouble) => {
  const [head, ...rows] = wb.tableValues("tblChanges");
  expect(head).toEqual(HEADERS);
  return rows
    .filter((r) => r.some((v) => v !== ""))
    .map((r) => Object.fromEntries(head.map((h, i) => [String(h), r[i]])));
};

describe("the change log in Excel", () => {
  test("an update that changes nothing adds no row, in the syncs it always took", async () => {
    const wb = new WorkbookDouble();
    const { port, counted } = pane(wb);
    await createOrUpdate(port, national, "en");
    expect(counted.syncs).toBe(SYNCS_OUTSIDE + SYNCS_CREATE);
    expect(logOf(wb)).toEqual([]);
    counted.syncs = 0;
    await createOrUpdate(port, national, "en");
    expect(counted.syncs).toBe(SYNCS_OUTSIDE + SYNCS_UPGRADE);
    expect(logOf(wb)).toEqual([]);
    expect(wb.sheet("Change log")!.protectedOn).toBe(true);
  }, 120000);

  test("an import's rows are written with the update, no sync more", async () => {
    const wb = new WorkbookDouble();
    const { port, counted } = pane(wb);
    await createOrUpdate(port, national, "en");
    const sub = submissions(national)[0];
    const files = [
      {
        name: "MPFEF-2020.xlsx",
        bytes: await xlsxBuffer(buildWorkbookPlan(stamped(sub), "en")),
        lastModified: new Date("2021-01-20"),
      },
    ];
    const sources = submissionsFrom(files, (name, bytes, mtime, lang) =>
      loadUntrustedBytes(name, bytes, mtime, lang, false)
    );
    const now = "2021-02-15T00:00:00Z";
    const dry = await dryRunImport(port, sources, { year: 2020, now, lang: "en" });
    counted.syncs = 0;
    await confirmImport(port, dry);
    expect(counted.syncs).toBe(SYNCS_OUTSIDE + SYNCS_UPGRADE);
    const log = logOf(wb);
    expect(log).toContainEqual({
      When: now,
      Who: "TMU",
      Sheet: "Indicators",
      Key: "I1.2.1",
      Column: "Actual 2019",
      Before: "",
      After: 4,
      Why: "Import",
    });
    expect(log.every((r) => r.Why === "Import")).toBe(true);
  }, 120000);

  test("a planner's edit is a row of the log, written in the live check's 2 syncs", async () => {
    const wb = new WorkbookDouble();
    const { port, counted } = pane(wb);
    await createOrUpdate(port, national, "en");
    const first = await checkWorkbook(port, "en");
    const live = new LiveCheck(first.values, first.findings, "en");
    // The log is not watched: the pane's own rows there are no edit.
    expect(live.sheets()).toContain("Operational plan");
    expect(live.sheets()).not.toContain("Change log");

    // A planner types a progress of 60 over the first action's, and a comment nowhere near an entry.
    const rows = wb.tableValues("tblActions");
    const head = rows[0];
    const code = rows[1][head.indexOf("Action code")];
    const c = head.indexOf("Progress (%)");
    const old = rows[1][c];
    expect(old).not.toBe(60);
    const cell = `${colLetter(c)}2`;
    wb.sheet("Operational plan")!.cells.set(cell, { value: 60, formula: 60 });
    counted.syncs = 0;
    await live.changed(port, "Operational plan", cell);
    expect(counted.syncs).toBe(2);
    const log = logOf(wb);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      Who: "TMU",
      Sheet: "Operational plan",
      Key: code,
      Column: "Progress (%)",
      Before: old,
      After: 60,
      Why: "Edit in Excel",
    });
    expect(String(log[0].When)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    expect(wb.sheet("Change log")!.protectedOn).toBe(true);

    // Read again without a change (a format, a retyped value): no row.
    await live.changed(port, "Operational plan", cell);
    expect(logOf(wb)).toHaveLength(1);

    // The next update keeps the edit's row as the log's first.
    await createOrUpdate(port, national, "en");
    expect(logOf(wb)[0]).toEqual(log[0]);
  }, 120000);
});
