/** The TMU's import from the task pane, against the Excel double, with real focal-point files. */
import { buildWorkbookPlan } from "../../src/core/template/build";
import {
  confirmImport,
  dryRunImport,
  submissionsFrom,
  type ImportFile,
} from "../../src/app/consolidate";
import { loadUntrustedBytes } from "../../src/xlsx/untrusted";
import { xlsxBuffer } from "../../src/xlsx/workbook";
import { HOSTILE, nationalPlan, stamped, submissions } from "../consolidate/fixtures";
import { contextFor, WorkbookDouble } from "./excel-double";
import {
  applyTemplate,
  officeWorkbook,
  SYNCS_OUTSIDE,
  SYNCS_READ,
  SYNCS_UPGRADE,
} from "../../src/office/excel-adapter";
import { planForWorkbook } from "../../src/core/template/upgrade";

describe("import from the task pane", () => {
  test("dry run writes nothing; confirming merges in place; hostile files are refused; hostile text stays text", async () => {
    const national = nationalPlan();
    const wb = new WorkbookDouble();
    await applyTemplate(
      contextFor(wb).context,
      (v) => planForWorkbook(v, national, "fr"),
      () => true
    );
    let syncs = 0;
    const host = {
      run: async <T>(f: (c: Excel.RequestContext) => Promise<T>) => {
        const c = contextFor(wb);
        const out = await f(c.context);
        syncs += c.rec.syncs;
        return out;
      },
      supports: () => true,
    };
    const subs = submissions(national);
    // Each file carries its submission stamp (timeliness follows it, never the file's time).
    const stampedAt = (i: number) => stamped(subs[i]);
    const files: ImportFile[] = [
      {
        name: "MPFEF-2020.xlsx",
        bytes: await xlsxBuffer(buildWorkbookPlan(stampedAt(0), "fr")),
        lastModified: new Date("2021-01-20"),
      },
      {
        name: "OSC-2020.xlsx",
        bytes: await xlsxBuffer(buildWorkbookPlan(stampedAt(1), "en")),
        lastModified: new Date("2021-01-25"),
      },
      {
        name: "ONU-FEMMES-2020.xlsx",
        bytes: await xlsxBuffer(buildWorkbookPlan(stampedAt(2), "en")),
        lastModified: new Date("2021-02-10"),
      },
      {
        name: "notes.xlsx",
        bytes: new TextEncoder().encode("not a workbook"),
        lastModified: new Date(),
      },
    ];
    const before = JSON.stringify([...wb.sheets.map((s) => [...s.cells])]);
    const progress: number[] = [];
    const port = officeWorkbook(host);
    const sources = submissionsFrom(files, (name, bytes, mtime, lang) =>
      loadUntrustedBytes(name, bytes, mtime, lang, false)
    );
    const dry = await dryRunImport(
      port,
      sources,
      { year: 2020, deadline: "2021-01-31", now: "2021-02-15T00:00:00Z", lang: "en" },
      (n) => progress.push(n)
    );
    // Look, then read the tables (where they are, then their cells: one response at this size).
    expect(syncs).toBe(1 + SYNCS_READ);
    expect(progress).toEqual([0, 1, 2, 3, 4]);
    expect(JSON.stringify([...wb.sheets.map((s) => [...s.cells])])).toBe(before);
    expect(dry.refused.map((r) => r.file)).toEqual(["notes.xlsx"]);
    expect(dry.result.files.map((f) => f.focalPoint)).toEqual(["MPFEF", "OSC", "ONU-FEMMES"]);
    expect(dry.completeness.late).toEqual(["ONU-FEMMES"]);

    syncs = 0;
    const done = await confirmImport(port, dry);
    expect(done.written.upgraded).toBe(true);
    // What is outside the tables (look, read: a run of its own, so that what the import
    // would drop refuses it), then look, read, check again just before writing (a
    // co-author's edit is not overwritten), write; each read of the tables is two syncs.
    expect(syncs).toBe(SYNCS_OUTSIDE + SYNCS_UPGRADE);
    expect(syncs).toBe(2 + 6);
    const actions = wb.tableValues("tblActions");
    const text = actions[0].indexOf("Action");
    for (const h of HOSTILE) expect(actions.some((r) => r[text] === h)).toBe(true);
    const conflicts = wb.tableValues("tblConflicts");
    expect(conflicts.length).toBeGreaterThan(2);
  }, 120000);
});
