/**
 * Excel on the web refuses a request or a response over 5 MB. At 5,000
 * actions (and their budget lines), creating the workbook and updating it
 * in place stay under that in every sync, measured with Office.js's own
 * request serialiser (./office-js) beside the recording double, not
 * estimated from the values sent.
 *
 * REQUEST_SIZE_SUMMARY=file writes the figures (bench/office-request-size.js);
 * REQUEST_SIZE_ACTIONS=n changes the plan's size.
 */
import * as fs from "fs";
import {
  applyTemplate,
  MARK_REQUEST_BYTES,
  MAX_BATCH_BYTES,
  MAX_READ_BYTES,
  READ_CELL_BYTES,
  readSlices,
  readTables,
  remark,
  type Supports,
} from "../../src/office/excel-adapter";
import { planForWorkbook } from "../../src/core/template/upgrade";
import { randomPlan } from "../support/random-plan";
import { contextFor, SheetDouble, WorkbookDouble } from "./excel-double";
import { measured, type Sizes } from "./office-js";

/** Excel on the web's limit for a request and for a response. */
const LIMIT = 5 * 1024 * 1024;
const ACTIONS = Number(process.env.REQUEST_SIZE_ACTIONS ?? 5000);
const all: Supports = () => true;

async function run(wb: WorkbookDouble, plan: ReturnType<typeof randomPlan>, maxBatch?: number) {
  const { context: doubleContext, rec } = contextFor(wb);
  const { context, sizes } = measured(doubleContext);
  const result = await applyTemplate(
    context,
    (values) => planForWorkbook(values, plan, "fr"),
    all,
    maxBatch
  );
  return { result, sizes, rec };
}

const figures = (s: Sizes, estimate: number) => ({
  syncs: s.requests.length,
  /** The adapter's own estimate of its largest write batch. */
  largestBatchEstimate: estimate,
  largestRequest: Math.max(...s.requests),
  largestResponse: Math.max(...s.responses),
  requests: s.requests,
  responses: s.responses,
  actions: s.actions,
  // What fills the largest request, largest first.
  largestRequestBy: Object.entries(s.breakdown[s.requests.indexOf(Math.max(...s.requests))])
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12),
});

jest.setTimeout(600_000);

describe(`every request and response under 5 MB at ${ACTIONS} actions (Office.js's serialiser)`, () => {
  const plan = randomPlan(17, ACTIONS);
  const wb = new WorkbookDouble();
  const summary: Record<string, unknown> = {
    actions: plan.actions.length,
    budgetLines: plan.actions.reduce((n, a) => n + a.budget.length, 0),
    maxBatchBytes: MAX_BATCH_BYTES,
  };

  test("the serialiser sees every operation (Office.js raised nothing)", async () => {
    // A small plan, so a failure here is quick to read.
    const small = await run(new WorkbookDouble(), randomPlan(1, 20));
    expect(small.sizes.errors).toEqual([]);
    // The serialised request is far more than the values sent (what the double's estimate counts).
    const serialised = small.sizes.requests.reduce((a, b) => a + b, 0);
    const estimated = small.rec.batches.reduce((a, b) => a + b, 0);
    expect(serialised).toBeGreaterThan(estimated);
  });

  test("creating the workbook", async () => {
    const { result, sizes } = await run(wb, plan);
    expect(sizes.errors).toEqual([]);
    expect(result.upgraded).toBe(false);
    summary.create = figures(sizes, result.largestBatch);
    expect(sizes.requests.length).toBe(result.syncs);
    expect(Math.max(...sizes.requests)).toBeLessThan(LIMIT);
    expect(Math.max(...sizes.responses)).toBeLessThan(LIMIT);
  });

  test("updating it in place (reads the tables back, copies them aside, rewrites)", async () => {
    const { result, sizes } = await run(wb, plan);
    expect(sizes.errors).toEqual([]);
    expect(result.upgraded).toBe(true);
    summary.update = figures(sizes, result.largestBatch);
    expect(sizes.requests.length).toBe(result.syncs);
    expect(Math.max(...sizes.requests)).toBeLessThan(LIMIT);
    // Its two reads of the template's tables are split by rows (readTables):
    // one response of 9,044,409 B at 5,000 actions before.
    expect(Math.max(...sizes.responses)).toBeLessThan(LIMIT);
  });

  test("an update's reads of the tables (readTables) split so each response stays under 5 MB at 5,000 actions", async () => {
    const names = [...wb.tables.keys()].filter((t) => /^tbl/i.test(t));
    const { context: doubleContext } = contextFor(wb);
    const { context, sizes } = measured(doubleContext);
    const read = await readTables(context, names);
    expect(sizes.errors).toEqual([]);
    // The syncs planned from the tables' sizes at READ_CELL_BYTES a cell and property
    // (values, formulas): had a slice weighed more, readTables would have sized the next
    // ones by it, and the syncs would differ from this plan.
    // The tables' sizes as the double holds them (not as read: a read that lost rows fails below).
    const held = names.map((n) => wb.tableValues(n));
    const shapes = held.map((t) => ({ rows: t.length, cols: t[0].length }));
    const plan = readSlices(shapes, 2 * READ_CELL_BYTES, MAX_READ_BYTES);
    // The bound, proven: each slice sync's response within its cells × 2 × READ_CELL_BYTES,
    // which the plan keeps within MAX_READ_BYTES (a fifth under the limit).
    const perSync = plan.map((syncSlices, k) => {
      const cells = syncSlices.reduce((n, x) => n + x.rows * shapes[x.t].cols, 0);
      return { cells, bytes: sizes.responses[1 + k], allowed: cells * 2 * READ_CELL_BYTES };
    });
    const cells = perSync.reduce((n, p) => n + p.cells, 0);
    const bytes = perSync.reduce((n, p) => n + p.bytes, 0);
    summary.read = {
      syncs: read.syncs,
      cells,
      bytesPerCell: bytes / cells / 2,
      largestPerCell: Math.max(...perSync.map((p) => p.bytes / p.cells / 2)),
      perSync,
      responses: sizes.responses,
    };
    expect(read.syncs).toBe(1 + plan.length);
    expect(sizes.responses.length).toBe(read.syncs);
    for (const p of perSync) {
      expect(p.bytes).toBeLessThanOrEqual(p.allowed);
      expect(p.allowed).toBeLessThanOrEqual(MAX_READ_BYTES);
    }
    expect(Math.max(...sizes.responses)).toBeLessThan(LIMIT);
    // The read is the tables as they are, every row: the same cells as the double holds.
    names.forEach((n, t) => {
      const tv = read.values[n]!;
      expect(tv.values.length).toBe(shapes[t].rows);
      expect(tv.values).toEqual(held[t].map((r) => r.map((v) => (v === "" ? null : v))));
    });
    // A split read: more than one sync of cells at this size.
    expect(plan.length).toBeGreaterThan(1);
  });

  test("cell marks: each within MARK_REQUEST_BYTES serialised, and 20,000 marks in requests under 5 MB", async () => {
    const marks = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        sheet: "Plan opérationnel",
        cell: `K${i + 2}`,
        severity: i % 2 ? ("warning" as const) : ("error" as const),
      }));
    const markIn = async (n: number) => {
      const book = new WorkbookDouble();
      book.sheets.push(new SheetDouble("Plan opérationnel"));
      const { context: doubleContext } = contextFor(book);
      const { context, sizes } = measured(doubleContext);
      await remark(context, [], marks(n));
      expect(sizes.errors).toEqual([]);
      return sizes;
    };
    // What one mark costs, serialised (the difference between 2,000 marks and 1,000).
    const [one, two] = [await markIn(1000), await markIn(2000)];
    const perMark =
      (two.requests.reduce((a, b) => a + b) - one.requests.reduce((a, b) => a + b)) / 1000;
    expect(perMark).toBeLessThanOrEqual(MARK_REQUEST_BYTES);
    const many = await markIn(20000);
    summary.marks = {
      perMark,
      marks: 20000,
      syncs: many.requests.length,
      largestRequest: Math.max(...many.requests),
    };
    expect(Math.max(...many.requests)).toBeLessThan(LIMIT);
  });

  afterAll(() => {
    if (process.env.REQUEST_SIZE_SUMMARY)
      fs.writeFileSync(process.env.REQUEST_SIZE_SUMMARY, JSON.stringify(summary, null, 2));
  });
});
