#!/usr/bin/env node
/**
 * Benchmark: the largest request and response the Office.js adapter sends
 * Excel when it creates, then updates in place, the workbook of a plan with
 * ACTIONS actions (5,000 by default, with their budget lines), measured with
 * Office.js's own request serialiser beside the recording double (the test
 * test/office/request-size.test.ts, run here with a summary). Fails when a
 * request or a response reaches Excel on the web's 5 MB, or the test fails.
 *
 *   node bench/office-request-size.js [ACTIONS]
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ACTIONS = Number(process.argv[2] ?? 5000);
const LIMIT = 5 * 1024 * 1024;
const summary = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "nap-bench-req-")), "summary.json");
const started = Date.now();
const jest = spawnSync(
  "npx",
  ["jest", "test/office/request-size.test.ts", "--runInBand", "--silent"],
  {
    cwd: path.join(__dirname, ".."),
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, REQUEST_SIZE_ACTIONS: String(ACTIONS), REQUEST_SIZE_SUMMARY: summary },
  }
);
if (!fs.existsSync(summary)) {
  console.error("the request-size test wrote no summary");
  process.exit(1);
}
const s = JSON.parse(fs.readFileSync(summary, "utf8"));
const mb = (b) => `${(b / 1024 / 1024).toFixed(2)} MB`;
console.log(
  `plan: ${s.actions} actions, ${s.budgetLines} budget lines; write batches bounded at ${mb(s.maxBatchBytes)} (serialised)`
);
let worst = 0;
for (const op of ["create", "update"]) {
  const f = s[op];
  if (!f) continue;
  worst = Math.max(worst, f.largestRequest, f.largestResponse);
  console.log(
    `${op.padEnd(7)} ${String(f.syncs).padStart(2)} syncs; largest request ${mb(f.largestRequest)} (${f.largestRequest} B), largest response ${mb(f.largestResponse)} (${f.largestResponse} B)`
  );
  console.log(`        requests: ${f.requests.map(mb).join(", ")}`);
  console.log(`        responses: ${f.responses.map(mb).join(", ")}`);
}
console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
if (jest.status !== 0 || worst >= LIMIT) process.exit(1);
