#!/usr/bin/env node
/**
 * The property test over every command-line write path at size: the same
 * test as `npm test` runs (test/property/write-paths.test.ts) with more seeded
 * workbooks and every path on every workbook, and the content-next-to-tables
 * record on every path. Prints how many workbooks, typed cells and runs it
 * covered, the outcomes per path, every difference (known kinds and
 * unexplained ones) and how long it took; fails when the test fails (an
 * unexplained difference, a bad refusal) or over budget.
 *
 *   node bench/property-write-paths.js [WORKBOOKS] [SEED]
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const WORKBOOKS = Number(process.argv[2] ?? 40);
const SEED = Number(process.argv[3] ?? 1325);
/** About 10 s a workbook on a loaded 2-core machine, every path and the consolidation. */
const BUDGET_S = 20 * WORKBOOKS + 300;

const summary = path.join(
  fs.mkdtempSync(path.join(os.tmpdir(), "nap-bench-prop-")),
  "summary.json"
);
const started = Date.now();
const jest = spawnSync("npx", ["jest", "test/property", "--runInBand", "--silent"], {
  cwd: path.join(__dirname, ".."),
  stdio: ["ignore", "inherit", "inherit"],
  env: {
    ...process.env,
    PROPERTY_WORKBOOKS: String(WORKBOOKS),
    PROPERTY_SEED: String(SEED),
    PROPERTY_ALL_PATHS: "1",
    PROPERTY_SUMMARY: summary,
  },
});
const seconds = (Date.now() - started) / 1000;
if (!fs.existsSync(summary)) {
  console.error("property test wrote no summary");
  process.exit(1);
}
const s = JSON.parse(fs.readFileSync(summary, "utf8"));
const unexplained = s.differences.filter((d) => d.startsWith("UNEXPLAINED"));
const kinds = {};
for (const d of s.differences) {
  const k = d.slice(0, d.indexOf(":"));
  kinds[k] = (kinds[k] ?? 0) + 1;
}
console.log(
  `property test, seed ${s.seed}: ${s.workbooks} workbooks, ${s.typedCells} typed cells ` +
    `(${s.edits} edited with edge values), ${s.runs} write-path runs, ` +
    `${(s.ms / 1000).toFixed(1)} s in the test, ${seconds.toFixed(1)} s in all (budget ${BUDGET_S} s)`
);
console.log("outcomes:", JSON.stringify(s.outcomes, null, 1));
console.log("differences by kind:", JSON.stringify(kinds, null, 1));
for (const d of unexplained) console.log(d);
for (const p of s.problems) console.log(p);
fs.rmSync(path.dirname(summary), { recursive: true, force: true });
const failed = jest.status !== 0 || unexplained.length > 0 || seconds > BUDGET_S;
process.exit(failed ? 1 : 0);
