#!/usr/bin/env node
/**
 * Benchmark: 1,000 custom-function calls over 10,000-row ranges, as Excel
 * hands them (2-D arrays), mixing French and English labels. Runs the
 * calculations exactly as the NAP.* wrappers call them (src/functions is
 * bundled by webpack, not compiled to dist/; a wrapper adds one try/catch).
 * Prints the time per call; exits 1 over the budget. Needs `npm run build:cli`.
 */
const calc = require("../dist/core/calc");

const ROWS = 10000;
const CALLS = 1000;
const BUDGET_MS_PER_CALL = 20;

const statuses = [
  "Completed",
  "In progress",
  "Not started",
  "Postponed",
  "Cancelled",
  "Réalisée",
  "En cours",
];
const amounts = Array.from({ length: ROWS }, (_x, i) => [((i * 7919) % 1000) * 1000]);
const secured = amounts.map(([a], i) => [i % 3 ? a / 2 : 0]);
const leads = Array.from({ length: ROWS }, (_x, i) => [`S${i % 25}`]);
const pillars = Array.from({ length: ROWS }, (_x, i) => [String((i % 4) + 1)]);
const years = Array.from({ length: ROWS }, (_x, i) => [2019 + (i % 5)]);
const types = Array.from({ length: ROWS }, (_x, i) => [
  ["Partner", "National budget", "Fonds commun"][i % 3],
]);
const status = Array.from({ length: ROWS }, (_x, i) => [statuses[i % statuses.length]]);

const calls = [
  (i) =>
    calc.budgetShare(
      amounts,
      leads,
      `S${i % 25}`,
      calc.filters([pillars, String((i % 4) + 1)], [years, 2019 + (i % 5)])
    ),
  (i) =>
    calc.completionRate(status, {
      pillars,
      pillar: String((i % 4) + 1),
      policy: calc.POLICIES[i % calc.POLICIES.length],
    }),
  (i) => calc.fundingGap(amounts, secured, calc.filters([years, 2019 + (i % 5)])),
  () => calc.aggregateRate(secured, amounts),
  (i) => calc.budgetShare(amounts, types, i % 2 ? "Partenaire" : "Partner"),
];

let sink = 0;
const t0 = process.hrtime.bigint();
for (let i = 0; i < CALLS; i++) sink += calls[i % calls.length](i);
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
const perCall = ms / CALLS;
console.log(
  `custom functions: ${CALLS} calls over ${ROWS}-row ranges in ${Math.round(ms)} ms, ${perCall.toFixed(2)} ms per call (budget ${BUDGET_MS_PER_CALL} ms; checksum ${sink.toFixed(3)})`
);
if (perCall > BUDGET_MS_PER_CALL) process.exit(1);
