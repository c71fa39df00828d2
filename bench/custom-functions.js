#!/usr/bin/env node
/**
 * Benchmark: custom-function calls over 10,000-row ranges, as Excel hands
 * them (2-D arrays), mixing French and English labels, against a plain
 * JavaScript loop over the same rows computing the same numbers (=== on
 * the cells, no checks), in one run: rounds alternate between the two and
 * each side keeps its best round, so a busy machine slows both alike.
 * Runs the calculations exactly as the NAP.* wrappers call them
 * (src/functions is bundled by webpack, not compiled to dist/; a wrapper
 * adds one try/catch). Prints the time per call and the ratio to the plain
 * loop; exits 1 over either budget. Needs `npm run build:cli` (or
 * NAP_DIST=<a tsc output directory of tsconfig.cli.json>).
 */
const calc = require(
  process.env.NAP_DIST ? `${process.env.NAP_DIST}/core/calc` : "../dist/core/calc"
);

const ROWS = 10000;
/**
 * Short rounds (one call of each kind, a few milliseconds): on a loaded
 * machine a long round is rarely spared a preemption, and a side whose
 * rounds are ten times longer would be slowed more than the other. 600
 * rounds (about a second in all), not 200: the fewer the rounds, the likelier
 * every round of the longer side is preempted at least once; at load 5-6,
 * eight runs each, the overall ratio spread 2.1-3.4 with 200 and 2.1-2.5
 * with 600, the same median (2.2, 2.3): the same code, a steadier minimum.
 */
const ROUNDS = 600;
const CALLS_PER_ROUND = 5;
const BUDGET_MS_PER_CALL = 20;
/**
 * Issue 17 asks for 3× a plain loop over the same rows: reached. Measured
 * on 2 cores at load 5-9 (Node 20), best of 600 short rounds, 20 runs:
 * overall 2.0-2.4, median 2.1 (0.054-0.068 ms a call against 0.024-0.029
 * ms); per kind (median, range): 2 filters 2.7 (2.5-3.1), completion 1.9
 * (1.8-2.1), funding gap 1.7 (1.6-1.9), rate 1.4 (1.4-2.8), other language
 * 2.8 (2.7-3.6). The code before (785bd86), in the same minutes: overall
 * 3.4-4.1, median 3.7 (and before 0cd92d4, 8 to 9). With 200 rounds: 1.9-2.5
 * in 6 runs, and up to 3.4 (once 3.9) in load spikes during the work.
 * What made the difference: a Selection skips the rows its filters leave
 * out in a loop of its own (`next`: one loop for one filter, one for two),
 * so a calculation's loop visits only the rows kept and reads its columns
 * in place (`rows[i][0]`; a single row is made into rows of one cell); a
 * category's Matcher keeps its first four distinct texts in fields; a
 * blank status is one more distinct value. Constant arguments are still
 * folded once a call, each distinct text once (FilterMatcher, Matcher,
 * Distinct). What remains: a text cell costs one === per distinct text met
 * before it (the plain loop compares the one label it knows): a filter on
 * four text pillars alone is about 4× the plain test, on years (numbers)
 * 1×, so the kinds with a text category or filter are near 3, those with
 * numbers near 1.5-2. (Testing a filter on numbers before one on text
 * would bring "2 filters" to 1.5-1.7, but only because the plain loop tests
 * the pillar first: left out.) The budget is the highest ratio measured
 * with 600 rounds (2.5, with the commits before the last two), rounded up;
 * the code before fails it in every run measured.
 */
const TARGET_RATIO = 3;
const BUDGET_RATIO = 3;

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

/** Each kind: the custom function it is (src/functions/functions.ts) and how it is called. */
const KINDS = [
  "NAP.BUDGETSHARE, 2 filters",
  "NAP.COMPLETIONRATE, pillar",
  "NAP.FUNDINGGAP, year",
  "NAP.RATE",
  "NAP.BUDGETSHARE, other language",
];
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

/** The same numbers as a developer would loop for them: exact labels, no checks. */
const COMPLETED = new Set(["Completed", "Réalisée"]);
const PLANNED = [
  new Set(["Completed", "Réalisée", "In progress", "En cours", "Not started", "Postponed"]),
  new Set(statuses),
  new Set(["Completed", "Réalisée", "In progress", "En cours", "Not started"]),
  new Set(["Completed", "Réalisée", "In progress", "En cours", "Not started", "Cancelled"]),
];
const plain = [
  (i) => {
    const [lead, pillar, year] = [`S${i % 25}`, String((i % 4) + 1), 2019 + (i % 5)];
    let total = 0;
    let mine = 0;
    for (let r = 0; r < ROWS; r++) {
      if (pillars[r][0] !== pillar || years[r][0] !== year) continue;
      total += amounts[r][0];
      if (leads[r][0] === lead) mine += amounts[r][0];
    }
    return mine / total;
  },
  (i) => {
    const pillar = String((i % 4) + 1);
    const planned = PLANNED[i % PLANNED.length];
    let n = 0;
    let done = 0;
    for (let r = 0; r < ROWS; r++) {
      if (pillars[r][0] !== pillar || !planned.has(status[r][0])) continue;
      n++;
      if (COMPLETED.has(status[r][0])) done++;
    }
    return done / n;
  },
  (i) => {
    const year = 2019 + (i % 5);
    let p = 0;
    let s = 0;
    for (let r = 0; r < ROWS; r++) {
      if (years[r][0] !== year) continue;
      p += amounts[r][0];
      s += secured[r][0];
    }
    return p - s;
  },
  () => {
    let n = 0;
    let d = 0;
    for (let r = 0; r < ROWS; r++) {
      n += secured[r][0];
      d += amounts[r][0];
    }
    return n / d;
  },
  () => {
    const want = "Partner"; // "Partenaire" is "Partner": the developer knows the one label used
    let total = 0;
    let mine = 0;
    for (let r = 0; r < ROWS; r++) {
      total += amounts[r][0];
      if (types[r][0] === want) mine += amounts[r][0];
    }
    return mine / total;
  },
];

/**
 * One round: the per-call time of CALLS_PER_ROUND calls of the mix (the
 * r-th round's arguments differ from the previous one's), and their checksum.
 */
function round(fs, r, bestOf) {
  let sink = 0;
  let ns = 0;
  for (let j = 0; j < CALLS_PER_ROUND; j++) {
    const i = r * CALLS_PER_ROUND + j;
    const k = i % fs.length;
    const t0 = process.hrtime.bigint();
    sink += fs[k](i);
    const t = Number(process.hrtime.bigint() - t0);
    ns += t;
    if (bestOf) bestOf[k] = Math.min(bestOf[k], t / 1e6);
  }
  return { ms: ns / 1e6 / CALLS_PER_ROUND, sink };
}

// The same numbers first.
for (let k = 0; k < calls.length; k++) {
  for (let i = 0; i < 8; i++) {
    const [a, b] = [calls[k](i), plain[k](i)];
    if (Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(b))) {
      console.error(`call ${k} (${i}): calculation ${a}, plain loop ${b}`);
      process.exit(1);
    }
  }
}
for (let r = 0; r < 10; r++) {
  round(calls, r);
  round(plain, r);
}
let best = Infinity;
let bestPlain = Infinity;
/** Each kind's best call, for the breakdown. */
const bestOfCalls = calls.map(() => Infinity);
const bestOfPlain = calls.map(() => Infinity);
const t0 = process.hrtime.bigint();
for (let r = 0; r < ROUNDS; r++) {
  best = Math.min(best, round(calls, r, bestOfCalls).ms);
  bestPlain = Math.min(bestPlain, round(plain, r, bestOfPlain).ms);
}
const total = Number(process.hrtime.bigint() - t0) / 1e6;
const ratio = best / bestPlain;
console.log(
  `custom functions: ${ROUNDS * CALLS_PER_ROUND} calls over ${ROWS}-row ranges against a plain loop over the same rows (ms per call, ratio):`
);
for (let k = 0; k < KINDS.length; k++) {
  console.log(
    `  ${KINDS[k].padEnd(32)} ${bestOfCalls[k].toFixed(3)} / ${bestOfPlain[k].toFixed(3)}  ${(bestOfCalls[k] / bestOfPlain[k]).toFixed(1)}`
  );
}
console.log(
  `  ${"overall (best round of the mix)".padEnd(32)} ${best.toFixed(3)} / ${bestPlain.toFixed(3)}  ${ratio.toFixed(1)} ` +
    `(target ${TARGET_RATIO}, budget ${BUDGET_RATIO}; ${BUDGET_MS_PER_CALL} ms a call); ${Math.round(total)} ms in all`
);
if (best > BUDGET_MS_PER_CALL || ratio > BUDGET_RATIO) process.exit(1);
