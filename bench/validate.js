#!/usr/bin/env node
/**
 * Benchmark: the full check of a consolidated workbook of twenty focal points
 * (2,000 actions and their budget lines, 60+ indicators over 5 years), on the
 * pure core. Prints the time; exits 1 over 1 s. Needs `npm run build:cli`.
 */
const { parsePlan } = require("../dist/core/model");
const { MALI_NAP_2019_2023 } = require("../dist/core/plans/mali-2019-2023");
const { buildWorkbookPlan, tableGrid } = require("../dist/core/template/build");
const { isFormula } = require("../dist/core/template/types");
const { validateWorkbook } = require("../dist/core/validate");

const BUDGET_MS = 1000;
const base = parsePlan(MALI_NAP_2019_2023);
const leads = base.stakeholders.filter((s) => s.committee).slice(0, 20);
const actions = [];
for (let i = 0; i < 2000; i++) {
  const lead = leads[i % leads.length].code;
  actions.push({
    code: `${lead}-${i}`,
    output: base.outputs[i % base.outputs.length].code,
    text: `[EXAMPLE] action ${i}`,
    lead,
    partners: [leads[(i + 3) % leads.length].code],
    regions: [base.regions[i % base.regions.length].code],
    years: [2019 + (i % 3)],
    status: ["not-started", "in-progress", "completed"][i % 3],
    progress: [0, 50, 100][i % 3],
    budget: [
      {
        year: 2019 + (i % 3),
        source: base.fundingSources[i % 3].code,
        amount: 1000000 + i,
        secured: 500000,
      },
    ],
  });
}
const indicators = base.indicators.map((ind, k) => ({
  ...ind,
  baseline: { year: 2018, value: k % 50 },
  actuals: [2019, 2020, 2021, 2022, 2023].map((year, j) => ({ year, value: (k + j * 3) % 60 })),
}));
const plan = parsePlan({ ...base, actions, indicators });
const wp = buildWorkbookPlan(plan, "fr");
const values = {};
for (const sheet of wp.sheets)
  for (const t of sheet.tables)
    values[t.name] = {
      sheet: sheet.name,
      row: t.row,
      col: t.col,
      values: tableGrid(t).map((r) => r.map((c) => (isFormula(c) ? null : c))),
    };

validateWorkbook(values, "fr"); // warm up
const runs = 5;
const t0 = process.hrtime.bigint();
let findings = 0;
for (let i = 0; i < runs; i++) findings = validateWorkbook(values, "fr").length;
const ms = Number(process.hrtime.bigint() - t0) / 1e6 / runs;
console.log(
  `full check: ${plan.actions.length} actions, ${plan.actions.length} budget lines, ${plan.indicators.length} indicators x 5 years: ${ms.toFixed(0)} ms (${findings} findings; budget ${BUDGET_MS} ms)`
);
if (ms > BUDGET_MS) process.exit(1);
