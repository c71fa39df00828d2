#!/usr/bin/env node
/**
 * Benchmark: build and write the Mali workbook (embedded plan, and with the
 * example operational plan). Prints figures; exits 1 over the budget.
 * Needs the compiled core: `npm run build:cli` (done by `npm run bench`).
 */
const os = require("os");
const path = require("path");
const fs = require("fs");
const { parsePlan } = require("../dist/core/model");
const { MALI_NAP_2019_2023 } = require("../dist/core/plans/mali-2019-2023");
const { withExampleOperationalPlan } = require("../dist/core/plans/example-operational-plan");
const { buildWorkbookPlan } = require("../dist/core/template/build");
const { writeXlsx } = require("../dist/xlsx/workbook");

const BUDGET_MS = 1000;
// Node start and loading exceljs come on top; shared CI machines are noisy.
const CLI_BUDGET_MS = 3000;
const RUNS = 5;

async function time(label, plan, lang) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-bench-"));
  const file = path.join(dir, "out.xlsx");
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    await writeXlsx(buildWorkbookPlan(plan, lang), file);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const size = fs.statSync(file).size;
  fs.rmSync(dir, { recursive: true, force: true });
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(
    `${label.padEnd(42)} slowest ${Math.round(times[times.length - 1])} ms, median ${Math.round(median)} ms, file ${(size / 1024).toFixed(0)} KiB`
  );
  return median;
}

(async () => {
  const mali = parsePlan(MALI_NAP_2019_2023);
  const example = withExampleOperationalPlan(mali);
  const results = [
    await time("Mali NAP 2019-2023 (fr)", mali, "fr"),
    await time("Mali NAP 2019-2023 (en)", mali, "en"),
    await time("Mali + example operational plan (fr)", example, "fr"),
  ];
  // The whole command, as a person runs it: process start, load, build, write.
  const { execFileSync } = require("child_process");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-bench-cli-"));
  const t0 = process.hrtime.bigint();
  execFileSync("node", [
    path.join(__dirname, "../dist/cli/main.js"),
    "build",
    "--out",
    path.join(dir, "m.xlsx"),
  ]);
  const cliMs = Number(process.hrtime.bigint() - t0) / 1e6;
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(`${"nap1325 build (whole command)".padEnd(42)} ${Math.round(cliMs)} ms`);
  const worst = Math.max(...results);
  console.log(
    `workbook write: worst median ${Math.round(worst)} ms (budget ${BUDGET_MS} ms); whole command ${Math.round(cliMs)} ms (budget ${CLI_BUDGET_MS} ms)`
  );
  if (worst > BUDGET_MS || cliMs > CLI_BUDGET_MS) {
    console.error("over budget");
    process.exit(1);
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
