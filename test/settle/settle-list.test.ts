/**
 * Settling from the pane's list: the pending conflicts are shown as a planner
 * reads them, and the choices made in the list are marked and settled in one
 * write. The saved workbook is read back by an independent reader.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { merge } from "../../src/core/consolidate/merge";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { pendingConflicts, settleWith, type Decision } from "../../src/app/settle-list";
import { XlsxWorkbook, writeXlsx } from "../../src/xlsx/workbook";
import { readXlsxCells, tableRows } from "../support/xlsx-cells";
import { nationalPlan, submissions } from "../consolidate/fixtures";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-settle-list-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const f = (name: string) => path.join(dir, name);

const national = nationalPlan();
const merged = merge(national, submissions(national), "2021-02-15T09:00:00Z", 2020, "fr").plan;

beforeAll(async () => {
  await writeXlsx(buildWorkbookPlan(merged, "fr"), f("national.xlsx"));
}, 60000);

test("the list holds each pending conflict once, with every proposal, in the workbook's language", async () => {
  const port = await XlsxWorkbook.open(f("national.xlsx"));
  const { lang, conflicts } = await pendingConflicts(port, "en");
  expect(lang).toBe("fr");
  const ids = [
    ...new Set(merged.conflicts.filter((c) => c.decision === "pending").map((c) => c.id)),
  ];
  expect(conflicts.map((c) => c.id)).toEqual(ids);
  for (const c of conflicts) {
    const rows = merged.conflicts.filter((x) => x.id === c.id);
    expect(c.proposals.map((p) => p.source)).toEqual(rows.map((r) => r.source));
    // The table by its French name, not its key.
    expect(c.table).not.toMatch(/^(actions|budget|indicators)$/);
  }
});

test("the choices made in the list are marked and settled in one write; the others stay pending", async () => {
  const port = await XlsxWorkbook.open(f("national.xlsx"));
  const { conflicts } = await pendingConflicts(port, "fr");
  expect(conflicts.length).toBeGreaterThan(1);
  const [first, second, ...rest] = conflicts;
  const decisions = new Map<string, Decision>([
    [first.id, { accept: first.proposals[0].source }],
    [second.id, "reject"],
  ]);
  const r = await settleWith(port, decisions, { now: "2021-03-01", by: "UGT", lang: "fr" });
  expect(r.settled.sort()).toEqual([first.id, second.id].sort());
  const file = f("settled.xlsx");
  await port.save(file);

  const book = await readXlsxCells(file);
  const { table, rows } = tableRows(book, "tblConflicts");
  const col = (h: RegExp) => table.columns.findIndex((c) => h.test(c));
  const [id, decision, at] = [col(/^Conflit$/), col(/^Décision/), col(/Tranché le/)];
  expect(Math.min(id, decision, at)).toBeGreaterThanOrEqual(0);
  const byId = (x: string) => rows.filter((row) => row.cells[id]?.value === x);
  // Accepted: the first proposal's row accepted, the others rejected; all stamped.
  const firstRows = byId(first.id);
  expect(firstRows.map((row) => String(row.cells[at]?.value))).toEqual(
    firstRows.map(() => "2021-03-01")
  );
  expect(String(firstRows[0].cells[decision]?.value)).toMatch(/^Accept/);
  for (const row of firstRows.slice(1))
    expect(String(row.cells[decision]?.value)).toMatch(/^Rejet/);
  // Rejected: every row rejected and stamped.
  for (const row of byId(second.id)) {
    expect(String(row.cells[decision]?.value)).toMatch(/^Rejet/);
    expect(String(row.cells[at]?.value)).toBe("2021-03-01");
  }
  // Not chosen: still pending, not stamped.
  for (const c of rest)
    for (const row of byId(c.id)) {
      expect(row.cells[at]?.value ?? null).toBeNull();
      expect(String(row.cells[decision]?.value)).toMatch(/attente/i);
    }
}, 60000);
