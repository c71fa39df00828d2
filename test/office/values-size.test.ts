/**
 * Issue 14's national workbook of value rows through the Office.js adapter:
 * the Mali plan's 63 indicators with a tblValues row for each year, quarter,
 * sex (women, men) and region (63 × 5 × 4 × 2 × 11 = 27,720 rows), created
 * then updated in place against the recording double, each request measured
 * with Office.js's own serialiser (./office-js): every request and response
 * under Excel on the web's 5 MB, and the syncs of a plan with half the rows
 * against the full one (not constant: the write batches and the update's
 * read slices are bounded in bytes, so their syncs grow with the rows).
 *
 * In the suite it runs on one year of the plan (5,544 rows) to stay quick;
 * VALUES_SIZE_YEARS=5 runs the whole plan (bench/values.js), and
 * VALUES_SIZE_SUMMARY=file writes the figures.
 */
import * as fs from "fs";
import { applyTemplate, MAX_BATCH_BYTES, type Supports } from "../../src/office/excel-adapter";
import { planForWorkbook } from "../../src/core/template/upgrade";
import { parsePlan, planYears, type Plan } from "../../src/core/model";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";
import { contextFor, WorkbookDouble } from "./excel-double";
import { measured, type Sizes } from "./office-js";
import { nationalValues } from "../support/values-rows";

/** Excel on the web's limit for a request and for a response. */
const LIMIT = 5 * 1024 * 1024;
const YEARS = Number(process.env.VALUES_SIZE_YEARS ?? 1);
const all: Supports = () => true;

/** The Mali plan with value rows for its first `years` years (each indicator quarterly, by sex and region). */
function valuesPlan(years: number, fraction = 1): Plan {
  const base = parsePlan(MALI_NAP_2019_2023);
  const { indicators, values } = nationalValues(base, planYears(base).slice(0, years));
  return parsePlan({
    ...base,
    indicators,
    values: values.slice(0, Math.round(values.length * fraction)),
  });
}

async function run(wb: WorkbookDouble, plan: Plan) {
  const { context: doubleContext } = contextFor(wb);
  const { context, sizes } = measured(doubleContext);
  const result = await applyTemplate(context, (values) => planForWorkbook(values, plan, "fr"), all);
  expect(sizes.errors).toEqual([]);
  expect(sizes.requests.length).toBe(result.syncs);
  return { result, sizes };
}

const figures = (s: Sizes, largestBatch: number) => ({
  syncs: s.requests.length,
  largestBatchEstimate: largestBatch,
  largestRequest: Math.max(...s.requests),
  largestResponse: Math.max(...s.responses),
  requests: s.requests,
  responses: s.responses,
});

jest.setTimeout(900_000);

describe(`tblValues at ${YEARS} year(s) of quarterly rows by sex and region, through Office.js's serialiser`, () => {
  const summary: Record<string, any> = { maxBatchBytes: MAX_BATCH_BYTES };

  for (const [name, fraction] of [
    ["full", 1],
    ["half", 0.5],
  ] as const)
    test(`${name}: creating and updating stay under 5 MB a request and a response`, async () => {
      const plan = valuesPlan(YEARS, fraction);
      const wb = new WorkbookDouble();
      const created = await run(wb, plan);
      expect(created.result.upgraded).toBe(false);
      const updated = await run(wb, plan);
      expect(updated.result.upgraded).toBe(true);
      // Every row reached the sheet (the header aside) and came back in the update.
      expect(wb.tableValues("tblValues").length).toBe(plan.values.length + 1);
      for (const { sizes } of [created, updated]) {
        expect(Math.max(...sizes.requests)).toBeLessThan(LIMIT);
        expect(Math.max(...sizes.responses)).toBeLessThan(LIMIT);
      }
      summary[name] = {
        rows: plan.values.length,
        create: figures(created.sizes, created.result.largestBatch),
        update: figures(updated.sizes, updated.result.largestBatch),
      };
    });

  test("half the rows: the syncs grow with the rows, each extra sync carrying at least 1 MB", () => {
    // Measured at 27,720 rows: create 28 syncs (14 at half), update 108 (57): the
    // write batches (about 2.1 MB serialised, some 1,000 value rows each) and the
    // update's read slices (about 2.2 MB a response) grow with the rows; the
    // rest stays constant. No sync per row: each extra one moves at least 1 MB.
    const [full, half] = [summary.full, summary.half];
    const bytes = (f: { requests: number[]; responses: number[] }) =>
      [...f.requests, ...f.responses].reduce((a, b) => a + b, 0);
    for (const op of ["create", "update"]) {
      const extra = full[op].syncs - half[op].syncs;
      summary[`${op}ExtraSyncs`] = extra;
      expect(extra).toBeGreaterThanOrEqual(0);
      expect(extra).toBeLessThanOrEqual((bytes(full[op]) - bytes(half[op])) / (1024 * 1024) + 2);
    }
  });

  afterAll(() => {
    if (process.env.VALUES_SIZE_SUMMARY)
      fs.writeFileSync(process.env.VALUES_SIZE_SUMMARY, JSON.stringify(summary, null, 2));
  });
});
