#!/usr/bin/env node
/**
 * Benchmark: consolidate twenty focal points' workbooks into the national
 * workbook with the command line (files written first, then timed).
 * Prints figures; exits 1 over the budget. Needs `npm run build:cli`.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
const { parsePlan } = require("../dist/core/model");
const { MALI_NAP_2019_2023 } = require("../dist/core/plans/mali-2019-2023");
const { withExampleOperationalPlan } = require("../dist/core/plans/example-operational-plan");
const { buildWorkbookPlan } = require("../dist/core/template/build");
const { writeXlsx } = require("../dist/xlsx/workbook");

const BUDGET_MS = 10000;
const FOCAL_POINTS = 20;
const ACTIONS_PER_FILE = 100;

(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-bench-cons-"));
  const national = withExampleOperationalPlan(parsePlan(MALI_NAP_2019_2023));
  await writeXlsx(buildWorkbookPlan(national, "fr"), path.join(dir, "national.xlsx"));
  const leads = national.stakeholders.filter((s) => s.committee).slice(0, FOCAL_POINTS);
  const files = [];
  for (const [n, s] of leads.entries()) {
    const actions = [];
    for (let i = 0; i < ACTIONS_PER_FILE; i++) {
      const output = national.outputs[(n * 7 + i) % national.outputs.length].code;
      actions.push({
        code: `${s.code}-${String(i).padStart(3, "0")}`,
        output,
        text: `[EXAMPLE] Action ${i} of ${s.code}`,
        lead: s.code,
        years: [2020],
        status: "in-progress",
        progress: (i * 7) % 100,
        budget: [{ year: 2020, source: "BN", amount: 1000000 + i * 1000, secured: 500000 }],
      });
    }
    const indicators = national.indicators.map((ind, k) =>
      k % 3 === n % 3 ? { ...ind, actuals: [{ year: 2020, value: (k + n) % 50 }] } : ind
    );
    // A copy as the TMU prepares it (nap1325 prepare): stamped with its focal point and year, submitted.
    const stamp = {
      copyId: `${s.code}-2020-bench`,
      focalPoint: s.code,
      year: 2020,
      preparedAt: "2021-01-04T08:00:00Z",
      submittedAt: "2021-01-20T08:00:00Z",
    };
    const plan = parsePlan({
      ...national,
      actions: [...national.actions, ...actions],
      indicators,
      stamp,
    });
    const file = path.join(dir, `${s.code}-2020.xlsx`);
    await writeXlsx(buildWorkbookPlan(plan, n % 2 ? "en" : "fr"), file);
    files.push(file);
  }
  const cli = path.join(__dirname, "../dist/cli/main.js");
  const t0 = process.hrtime.bigint();
  let output = "";
  try {
    output = execFileSync(
      "node",
      [
        cli,
        "consolidate",
        path.join(dir, "national.xlsx"),
        ...files,
        "--year",
        "2020",
        "--out",
        path.join(dir, "out.xlsx"),
      ],
      {
        encoding: "utf8",
        // The dry-run lines of 20 files x 100 actions run to a few MB (every change is listed).
        maxBuffer: 256 * 1024 * 1024,
      }
    );
  } catch (e) {
    output = String(e.stdout);
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const summary = output.split("\n").filter((l) => /files read|Year 2020/.test(l));
  console.log(summary.join("\n"));
  const size = fs.statSync(path.join(dir, "out.xlsx")).size;
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(
    `consolidate ${files.length} focal-point files (${ACTIONS_PER_FILE} actions each): ${Math.round(ms)} ms, output ${(size / 1024).toFixed(0)} KiB (budget ${BUDGET_MS} ms)`
  );
  if (ms > BUDGET_MS) process.exit(1);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
