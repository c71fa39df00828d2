#!/usr/bin/env node
/**
 * Benchmark: the full check of a consolidated workbook of twenty focal
 * points (2,000 actions with two budget lines each, the Mali plan's 63
 * indicators with baselines, targets and actuals over its 5 years), on the
 * pure core, built in memory (deterministic). Times the clean workbook, the
 * same with one action in ten and one indicator value in ten wrong (the
 * findings' messages cost too), and live checking of one changed row.
 * Prints the times; exits 1 when one is over 1 s. Needs `npm run build:cli`.
 */
const { parsePlan, planYears } = require("../dist/core/model");
const { MALI_NAP_2019_2023 } = require("../dist/core/plans/mali-2019-2023");
const { buildWorkbookPlan } = require("../dist/core/template/build");
const { tableValues, validateRows, validateWorkbook } = require("../dist/core/validate");

const BUDGET_MS = 1000;
const FOCAL_POINTS = 20;
const ACTIONS = 2000;
const LANG = "fr";

const base = parsePlan(MALI_NAP_2019_2023);
const years = planYears(base);
const leads = base.stakeholders.slice(0, FOCAL_POINTS).map((s) => s.code);
const STATUS = [
  ["not-started", 0],
  ["in-progress", 50],
  ["completed", 100],
];
const actions = [];
for (let i = 0; i < ACTIONS; i++) {
  const lead = leads[i % leads.length];
  const [status, progress] = STATUS[i % STATUS.length];
  const year = years[i % (years.length - 1)];
  actions.push({
    code: `${lead}-${i}`,
    output: base.outputs[i % base.outputs.length].code,
    text: `[EXAMPLE] action ${i}`,
    lead,
    partners: [leads[(i + 3) % leads.length]],
    regions: [base.regions[i % base.regions.length].code],
    years: [year, year + 1],
    status,
    progress,
    budget: [year, year + 1].map((y, k) => ({
      year: y,
      source: base.fundingSources[(i + k) % base.fundingSources.length].code,
      unitCost: 1000 + i,
      quantity: 10,
      times: 1,
      amount: (1000 + i) * 10,
      secured: 5000,
    })),
  });
}
/** Indicator k's value in year j (0 is the baseline): steady, so no outlier. */
const value = (ind, k, j) =>
  ind.measure === "percent"
    ? ((k * 7) % 80) + j * 3
    : ind.measure === "level"
      ? [2, 2, 3, 2, 3][j % 5]
      : k + j;
const indicators = base.indicators.map((ind, k) => {
  const targets = years.map((year, j) => ({ year, value: value(ind, k, j + 1) }));
  const sum = targets.reduce((a, t) => a + t.value, 0);
  const ends = {
    sum,
    latest: targets[targets.length - 1].value,
    average: sum / targets.length,
    max: Math.max(...targets.map((t) => t.value)),
  };
  return {
    ...ind,
    measure: ind.measure === "yesno" || ind.measure === "text" ? "number" : ind.measure,
    baseline: { year: years[0] - 1, value: value(ind, k, 0) },
    targets,
    endTarget: ends[ind.aggregation],
    actuals: years.map((year, j) => ({ year, value: value(ind, k, j) })),
  };
});
const plan = parsePlan({ ...base, actions, indicators });
const clean = tableValues(buildWorkbookPlan(plan, LANG));

// The same workbook with one action in ten at 140 % and one indicator value in ten as text.
const dirty = tableValues(buildWorkbookPlan(plan, LANG));
const col = (t, key) => dirty[t].values[0].indexOf(key);
const progress = col("tblActions", "Avancement (%)");
dirty.tblActions.values.forEach((r, i) => i > 0 && i % 10 === 0 && (r[progress] = 140));
const actual = col("tblIndicators", `Réalisé ${years[2]}`);
dirty.tblIndicators.values.forEach((r, i) => i > 0 && i % 10 === 0 && (r[actual] = "n.d."));

function time(fn, runs = 5) {
  fn(); // warm up
  const t0 = process.hrtime.bigint();
  let result;
  for (let i = 0; i < runs; i++) result = fn();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6 / runs, result };
}

const lines = actions.reduce((n, a) => n + a.budget.length, 0);
const runs = [
  ["full check, clean", () => validateWorkbook(clean, LANG)],
  ["full check, 1 in 10 wrong", () => validateWorkbook(dirty, LANG)],
  ["live check of one row", () => validateRows(dirty, "tblActions", [10], LANG)],
].map(([name, fn]) => ({ name, ...time(fn) }));

console.log(
  `validate: ${plan.actions.length} actions of ${leads.length} focal points, ${lines} budget lines, ${plan.indicators.length} indicators x ${years.length} years`
);
for (const r of runs)
  console.log(
    `  ${r.name}: ${r.ms.toFixed(0)} ms (${r.result.length} findings; budget ${BUDGET_MS} ms)`
  );
if (runs.some((r) => r.ms > BUDGET_MS)) process.exit(1);
