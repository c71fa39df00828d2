#!/usr/bin/env node
/**
 * Benchmark: every kind of hostile file (scripts/make-hostile.js) opened
 * through the gate (openUntrusted: the gate, then exceljs for what passes),
 * each in a fresh Node process so that its peak memory is its own. Prints
 * the refusal, the time and the peak resident memory against the budgets;
 * exits 1 when a file gets the wrong answer or goes over a budget.
 * Needs `npm run build:cli`.
 *
 *   node bench/hostile.js                 the whole corpus
 *   node bench/hostile.js --only a,b      some kinds
 *   node bench/hostile.js --one FILE      one file, one JSON line (used by the tests)
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");

/**
 * Budgets for opening any file up to the size limit on this 2-core machine:
 * CPU time (user + system: what the file costs, whatever else runs) and
 * peak resident memory; wall time is printed, and held to a looser bound
 * that still holds when other processes keep both cores busy.
 */
const BUDGET_CPU_MS = 10000;
const BUDGET_WALL_MS = 30000;
const BUDGET_MB = 1024;
const DIST = process.env.NAP1325_DIST || path.join(__dirname, "../dist");

async function one(file) {
  const baseline = process.memoryUsage().rss;
  const { openUntrusted } = require(path.join(DIST, "xlsx/untrusted"));
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const bytes = fs.readFileSync(file);
  const r = await openUntrusted(path.basename(file), bytes, "en");
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const result = {
    ok: r.ok,
    code: r.ok ? "ok" : r.code,
    reason: r.ok ? null : r.reason,
    ms: Math.round(ms),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    peakMB: Math.round(process.resourceUsage().maxRSS / 1024),
    baselineMB: Math.round(baseline / 1024 / 1024),
  };
  process.stdout.write(JSON.stringify(result) + "\n");
}

/** Run one file in a child process and read its JSON line. */
function measure(file) {
  const out = execFileSync(process.execPath, [__filename, "--one", file], {
    encoding: "utf8",
    env: process.env,
    maxBuffer: 1024 * 1024,
  });
  return JSON.parse(out.trim().split("\n").pop());
}

async function all(only) {
  const { makeCorpus } = require("../scripts/make-hostile");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-bench-hostile-"));
  try {
    const base = path.join(dir, "base.xlsx");
    execFileSync(
      process.execPath,
      [path.join(DIST, "cli/main.js"), "build", "--example", "--out", base],
      {
        stdio: "ignore",
      }
    );
    const corpus = await makeCorpus(fs.readFileSync(base), { only });
    console.log(
      `budgets: ${BUDGET_CPU_MS} ms CPU, ${BUDGET_WALL_MS} ms wall, ${BUDGET_MB} MB peak resident (each file in a fresh Node process)`
    );
    console.log(
      `${"kind".padEnd(26)} ${"size".padStart(10)} ${"cpu ms".padStart(7)} ${"wall ms".padStart(7)} ${"peak MB".padStart(8)}  answer`
    );
    let failed = 0;
    for (const { kind, expect, bytes } of corpus) {
      const file = path.join(dir, `${kind}.xlsx`);
      fs.writeFileSync(file, bytes);
      const r = measure(file);
      fs.rmSync(file);
      const right = r.code === expect;
      const within = r.cpuMs < BUDGET_CPU_MS && r.ms < BUDGET_WALL_MS && r.peakMB < BUDGET_MB;
      if (!right || !within) failed++;
      const flag = right ? (within ? "" : "  OVER BUDGET") : `  WRONG (expected ${expect})`;
      console.log(
        `${kind.padEnd(26)} ${String(bytes.length).padStart(10)} ${String(r.cpuMs).padStart(7)} ${String(r.ms).padStart(7)} ${String(r.peakMB).padStart(8)}  ${r.code}${flag}`
      );
      if (r.reason) console.log(`${"".padEnd(28)}${r.reason}`);
    }
    if (failed) console.log(`${failed} kind(s) wrong or over budget`);
    return failed;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
if (args[0] === "--one") {
  one(args[1]).catch((e) => {
    console.error(e);
    process.exit(1);
  });
} else {
  const only = args[0] === "--only" ? args[1].split(",") : undefined;
  all(only).then(
    (failed) => process.exit(failed ? 1 : 0),
    (e) => {
      console.error(e);
      process.exit(1);
    }
  );
}

module.exports = { BUDGET_CPU_MS, BUDGET_WALL_MS, BUDGET_MB };
