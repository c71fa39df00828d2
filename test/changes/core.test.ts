/**
 * The change log's rules on plain values (no adapter): who a write is by,
 * typed cells the keep step writes back are no change, the log's bound, a
 * planner's edit diffed by row.
 */
import { refresh, writeLogged } from "../../src/app/create";
import type { WorkbookPort, Written } from "../../src/app/port";
import { parsePlan, type Change } from "../../src/core/model";
import { buildWorkbookPlan } from "../../src/core/template/build";
import {
  appendChanges,
  editChanges,
  entryChanges,
  writerOf,
} from "../../src/core/template/changelog";
import { readPlan, type WorkbookValues } from "../../src/core/template/read";
import type { WorkbookPlan } from "../../src/core/template/types";
import { nationalPlan } from "../consolidate/fixtures";
import { setCell, valuesOf } from "../support/values";

const national = nationalPlan();

/** A port over plain values: what a write gives is what the next read sees. */
function memory(values: WorkbookValues) {
  const state = { values, plan: null as WorkbookPlan | null };
  const port: WorkbookPort = {
    read: async () => state.values,
    write: async (build) => {
      state.plan = build(state.values);
      state.values = valuesOf(state.plan);
      return {
        upgraded: true,
        syncs: 0,
        sheets: 0,
        tables: 0,
        rows: 0,
        skipped: [],
        largestBatch: 0,
      } as Written;
    },
    report: async () => ({ syncs: 0 }),
  };
  return { port, state };
}

/** The log's rows as read back by the project's reader (the CLI tests read the package). */
const logOf = (values: WorkbookValues) => readPlan(values, "en").plan.changes;

/** A meta row naming the copy's focal point, as a prepared copy's stamp does. */
/** The meta of a copy prepared for `code` (its stamp: copy id, focal point, reporting year). */
function withFocalPoint(values: WorkbookValues, code: string): WorkbookValues {
  const meta = values.tblNapMeta!;
  const stamp = [
    ["copyId", `${code}-2020-test`],
    ["focalPoint", code],
    ["reportingYear", 2020],
  ];
  return { ...values, tblNapMeta: { ...meta, values: [...meta.values, ...stamp] } };
}

test("who: the copy's focal point where its stamp names one, else the TMU (with the name given)", () => {
  const values = valuesOf(buildWorkbookPlan(national, "en"));
  expect(writerOf(values, "TMU")).toBe("TMU");
  expect(writerOf(values, "TMU", "A. Traoré")).toBe("TMU (A. Traoré)");
  expect(writerOf(withFocalPoint(values, "MPFEF"), "TMU", "A. Traoré")).toBe("MPFEF");
  expect(writerOf(null, "UGT")).toBe("UGT");
});

test("a write by a focal point's copy is logged under its code", async () => {
  const values = withFocalPoint(valuesOf(buildWorkbookPlan(national, "en")), "MPFEF");
  const { port, state } = memory(values);
  const a = national.actions[1];
  const changed = parsePlan({
    ...national,
    actions: national.actions.map((x) => (x.code === a.code ? { ...x, progress: 77 } : x)),
  });
  await writeLogged("import", "2021-01-01T00:00:00Z")(port, "en", () =>
    buildWorkbookPlan(changed, "en")
  );
  expect(logOf(state.values)).toEqual<Change[]>([
    {
      at: "2021-01-01T00:00:00Z",
      who: "MPFEF",
      table: "actions",
      key: a.code,
      column: "progress",
      before: a.progress,
      after: 77,
      why: "import",
    },
  ]);
});

test("typed cells the keep step writes back as typed are no change; a refresh logs nothing", async () => {
  const values = valuesOf(buildWorkbookPlan(national, "en"));
  const a = national.actions[0];
  // A status typed in capitals, a progress typed as text: kept as typed, meaning the same.
  setCell(values, "tblActions", a.code, "Status", "IN PROGRESS");
  // A progress typed as a formula: its result read, its formula kept.
  const tv = values.tblActions!;
  const r = tv.values.findIndex((row) => row[0] === a.code);
  const c = tv.values[0].indexOf("Progress (%)");
  tv.values[r][c] = 50;
  tv.formulas = tv.values.map((row, i) => row.map((_, j) => (i === r && j === c ? "25*2" : null)));
  const { port, state } = memory(values);
  await refresh(port, "en");
  expect(logOf(state.values)).toEqual([]);
  const written = state.plan!.sheets.flatMap((s) => s.tables).find((t) => t.name === "tblActions")!;
  const row = written.rows.find((x) => x[0] === a.code)!;
  expect(row[written.keys.indexOf("progress")]).toEqual({ formula: "=25*2", result: 50 });
  expect(row[written.keys.indexOf("status")]).toBe("IN PROGRESS");
});

test("a changed list value is logged by its value, shown in each language", () => {
  const values = valuesOf(buildWorkbookPlan(national, "fr"));
  const a = national.actions[0];
  const changed = parsePlan({
    ...national,
    actions: national.actions.map((x) => (x.code === a.code ? { ...x, status: "completed" } : x)),
  });
  const rows = entryChanges(values, buildWorkbookPlan(changed, "fr"));
  expect(rows).toEqual([
    { table: "actions", key: a.code, column: "status", before: "in-progress", after: "completed" },
  ]);
});

test("the log keeps its newest rows up to its bound", () => {
  const plan = buildWorkbookPlan(national, "en");
  const row = (i: number): Change => ({
    at: `2021-01-01T00:00:${String(i).padStart(2, "0")}Z`,
    who: "TMU",
    table: "actions",
    key: `A${i}`,
    column: "progress",
    before: i,
    after: i + 1,
    why: "edit",
  });
  const once = appendChanges(plan, [row(1), row(2), row(3)], "en", 4);
  const twice = appendChanges(
    buildWorkbookPlan(readPlan(valuesOf(once), "en").plan, "en"),
    [row(4), row(5)],
    "en",
    4
  );
  expect(readPlan(valuesOf(twice), "en").plan.changes.map((c) => c.key)).toEqual([
    "A2",
    "A3",
    "A4",
    "A5",
  ]);
  // A write of more rows than the bound keeps all of its own.
  const big = appendChanges(twice, [row(6), row(7), row(8), row(9), row(10)], "en", 4);
  expect(readPlan(valuesOf(big), "en").plan.changes.map((c) => c.key)).toEqual([
    "A6",
    "A7",
    "A8",
    "A9",
    "A10",
  ]);
});

test("a planner's edit: only the entry cells that differ, by row key", () => {
  const values = valuesOf(buildWorkbookPlan(national, "en"));
  const tv = values.tblActions!;
  const head = tv.values[0];
  const line = [...tv.values[1]];
  line[head.indexOf("Progress (%)")] = 99;
  const years = [2019, 2020, 2021, 2022, 2023];
  expect(editChanges("tblActions", tv, 1, line, years)).toEqual([
    {
      table: "actions",
      key: String(tv.values[1][head.indexOf("Action code")]),
      column: "progress",
      before: tv.values[1][head.indexOf("Progress (%)")],
      after: 99,
    },
  ]);
  expect(editChanges("tblActions", tv, 1, [...tv.values[1]], years)).toEqual([]);
  expect(editChanges("tblImports", tv, 1, line, years)).toEqual([]);
});
