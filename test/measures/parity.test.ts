/**
 * One number per measure, whoever computes it. For every measure and every
 * filter, on a random workbook with blank cells, cleared statuses, zeros
 * and rows in every state, three computations agree:
 * - the measure's TypeScript half, on the table columns as LibreOffice
 *   recalculated them;
 * - the measure's Excel formula, recalculated by LibreOffice;
 * - the custom function (where the measure has one), on the same columns.
 * Numbers agree to 15 significant digits; errors are the same error.
 *
 * One workbook per language (two LibreOffice conversions each): the
 * template built from a seeded random plan, its entry cells then disturbed,
 * and a Checks sheet of the measures' formulas.
 */
import fs from "fs";
import os from "os";
import path from "path";
import {
  aggregateFormula,
  aggregateOf,
  aggregateRate,
  attempt,
  budgetShare,
  budgetShareFormula,
  cellFormulaFor,
  closedGap,
  closedGapFormula,
  completionRate,
  completionRateFormula,
  costFormula,
  directionOf,
  entriesToCheck,
  entriesToCheckFormula,
  filters,
  fundingGap,
  fundingGapFormula,
  latestOf,
  latestValueFormula,
  latestYearFormula,
  indicatorNumber,
  indicatorNumberFormula,
  lineCost,
  literal,
  numberFormula,
  numberOrNull,
  onTrack,
  onTrackFormula,
  openGap,
  openGapFormula,
  POLICIES,
  progressFormula,
  progressToTarget,
  quotaCheck,
  quotaFormula,
  quotaMetFormula,
  rateFormula,
  readerFor,
  targetFor,
  targetForFormula,
  TRACK_LABELS,
  valueLabels,
  yearTargetFormula,
  yearTargetOf,
  type CalcFailure,
  type CellValue,
  type Criterion,
  type Policy,
} from "../../src/core/calc";
import { t } from "../../src/core/i18n";
import {
  AGGREGATIONS,
  planYears,
  type Aggregation,
  type Direction,
  type Lang,
  type Measure,
} from "../../src/core/model";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { listLabel, listValue } from "../../src/core/template/tables";
import { a1, sheetRef, type Cell, type TablePlan } from "../../src/core/template/types";
import { toExcelJs } from "../../src/xlsx/workbook";
import { call, installCustomFunctionsDouble } from "../functions/excel-double";
import { libreOfficeAvailable, recalc } from "../support/libreoffice";
import { prng, randomPlan } from "../support/random-plan";

installCustomFunctionsDouble();
// The custom functions' implementations, called synchronously (Excel calls the async
// wrappers of functions.ts, which hand them every argument: test/functions/functions.test.ts).
const fn = require("../../src/functions/impl") as typeof import("../../src/functions/impl");

/** A measure's result: a number, an Excel error code, or a text (a status label, "" for none). */
type Value = number | string;

/** A TypeScript result as the sheet would show it. */
function ts(f: () => number | boolean | string | null, none: Value = "#N/A"): Value {
  const r = attempt(f);
  if (r === null) return none;
  if (typeof r === "object") return (r as CalcFailure).error;
  return typeof r === "boolean" ? (r ? 1 : 0) : r;
}

/** A custom function's result: its value or the error it raised. */
function cf(f: () => number | boolean | string): Value {
  const r = call(f);
  if (typeof r === "object") return r.error;
  return typeof r === "boolean" ? (r ? 1 : 0) : r;
}

/** Agreement to 15 significant digits: within one unit of the 15th digit of the larger. */
function same(a: Value, b: Value): boolean {
  if (typeof a !== "number" || typeof b !== "number") return a === b;
  if (a === b) return true;
  const m = Math.max(Math.abs(a), Math.abs(b));
  return Math.abs(a - b) <= 10 ** (Math.floor(Math.log10(m)) - 14);
}

/** A cell of LibreOffice's CSV as the functions get it: numbers as numbers, blank as "". */
function cellOf(v: string | undefined): CellValue {
  const s = v ?? "";
  return s !== "" && !Number.isNaN(Number(s)) ? Number(s) : s;
}

/**
 * A LibreOffice result: a number, or the text it shows (an error code, a
 * label, ""). LibreOffice writes 15 significant digits, with "%" when the
 * cell shows a percentage (a summary cell keeps its format through INDEX).
 */
const lo = (v: string | undefined): Value => {
  const s = v ?? "";
  if (/^-?[\d.]+(E[-+]?\d+)?%$/i.test(s)) return Number(s.slice(0, -1)) / 100;
  const c = cellOf(s);
  return typeof c === "number" ? c : String(c ?? "");
};

interface Check {
  measure: string;
  label: string;
  /** The measure's formula, written on the Checks sheet. */
  formula: string;
  /** The TypeScript half, on the recalculated columns. */
  ts: () => Value;
  /** The custom function, on the same columns (for measures that have one). */
  cf?: () => Value;
}

/** The table plan of a workbook plan, and how to change one of its cells. */
function tableOf(sheets: ReturnType<typeof buildWorkbookPlan>["sheets"], name: string) {
  for (const s of sheets) {
    const tp = s.tables.find((x) => x.name === name);
    if (tp) return { sheet: s.name, table: tp };
  }
  throw new Error(`no table ${name}`);
}

/** Disturb a table's entry cells: `f` gives the new value of a cell, or undefined to keep it. */
function disturb(tp: TablePlan, key: string, f: (v: Cell, row: number) => Cell | undefined): void {
  const k = tp.keys.indexOf(key);
  if (k < 0) throw new Error(`no column ${key} in ${tp.name}`);
  tp.rows.forEach((r, i) => {
    const v = f(r[k], i);
    if (v !== undefined) r[k] = v;
  });
}

function parity(lang: Lang, seed: number) {
  const plan = randomPlan(seed, 80);
  const years = planYears(plan);
  const rnd = prng(seed * 7 + 1);
  const wp = buildWorkbookPlan(plan, lang);
  const actions = tableOf(wp.sheets, "tblActions");
  const budget = tableOf(wp.sheets, "tblBudget");
  const indicators = tableOf(wp.sheets, "tblIndicators");
  const label = (s: string) => listLabel(lang, "status", s);
  const other: Lang = lang === "fr" ? "en" : "fr";

  // Statuses: cleared, written in the other language, every state kept.
  disturb(actions.table, "status", (_v, i) => {
    const r = rnd();
    if (i < 5)
      return label(["completed", "in-progress", "not-started", "postponed", "cancelled"][i]);
    if (r < 0.15) return null;
    if (r < 0.25) return listLabel(other, "status", plan.actions[i].status);
    return undefined;
  });
  // Amounts: blanks and zeros; secured: blanks, zeros, and above planned now and then.
  disturb(budget.table, "amount", () => (rnd() < 0.08 ? null : rnd() < 0.08 ? 0 : undefined));
  disturb(budget.table, "secured", () => {
    const r = rnd();
    return r < 0.1 ? null : r < 0.2 ? 0 : undefined;
  });
  // Costing: unit cost, quantity and times, some blank, some 0.
  const costing = (p: number) => {
    const r = rnd();
    return r < p ? null : r < p + 0.1 ? 0 : Math.round(rnd() * 1000) / 4;
  };
  disturb(budget.table, "unitCost", () => costing(0.3));
  disturb(budget.table, "quantity", () => costing(0.2));
  disturb(budget.table, "times", () => costing(0.4));
  // Indicator values: blanks and zeros.
  for (const key of [
    "baselineValue",
    "endTarget",
    ...years.flatMap((y) => [`actual:${y}`, `target:${y}`]),
  ])
    disturb(indicators.table, key, (v) => {
      const r = rnd();
      return r < 0.1 ? null : r < 0.18 ? 0 : r < 0.22 && typeof v !== "number" ? 12.5 : undefined;
    });

  const wb = toExcelJs(wp);
  const ws = wb.addWorksheet("Checks");
  return { plan, years, wp, actions, budget, indicators, wb, ws };
}

/** A table's column, read back from LibreOffice's CSV as Excel would pass it. */
function columnOf(sheets: Map<string, string[][]>, at: { sheet: string; table: TablePlan }) {
  const csv = sheets.get(at.sheet);
  if (!csv) throw new Error(`no sheet ${at.sheet}`);
  const { table } = at;
  expect(csv[table.row][table.col]).toBe(table.headers[0]);
  return (key: string): CellValue[][] => {
    const k = table.col + table.keys.indexOf(key);
    return table.rows.map((_r, i) => [cellOf(csv[table.row + 1 + i]?.[k])]);
  };
}

/** A table's column as a formula range on its own sheet, by address. */
function rangeOf(at: { sheet: string; table: TablePlan }) {
  const { table } = at;
  return (key: string, i?: number): string => {
    const k = table.col + table.keys.indexOf(key);
    const first = table.row + 1;
    return i === undefined
      ? `${sheetRef(at.sheet)}!$${a1(first, k).replace(/\d+$/, "")}$${first + 1}:$${a1(first, k).replace(/\d+$/, "")}$${first + table.rows.length}`
      : `${sheetRef(at.sheet)}!${a1(first + i, k)}`;
  };
}

const describeLO = libreOfficeAvailable() ? describe : describe.skip;

describeLO("every measure: TypeScript = Excel formula (LibreOffice) = custom function", () => {
  test.each([
    ["fr", 1101],
    ["en", 1102],
  ] as const)(
    "%s workbook (seed %d)",
    async (lang, seed) => {
      // The functions answer in Excel's display language: the workbook's.
      installCustomFunctionsDouble(lang === "fr" ? "fr-FR" : "en-US");
      const w = parity(lang, seed);
      const { plan, years } = w;
      const label = (s: string) => listLabel(lang, "status", s);
      // Columns are read lazily: the checks are listed before LibreOffice runs.
      let sheets = new Map<string, string[][]>();
      const act = (key: string) => columnOf(sheets, w.actions)(key);
      const bud = (key: string) => columnOf(sheets, w.budget)(key);
      const A = rangeOf(w.actions);
      const B = rangeOf(w.budget);
      const I = rangeOf(w.indicators);
      const checks: Check[] = [];
      const add = (c: Check) => checks.push(c);

      // Completion rate: every policy, no filter and each filter column, a filter matching nothing.
      const statusRange = A("status");
      const completionFilters: [string, string | number][] = [
        ...plan.pillars.map((p): [string, string] => ["pillar", p.code]),
        ...plan.stakeholders.slice(0, 4).map((s): [string, string] => ["lead", s.code]),
        ...plan.outputs.slice(0, 3).map((o): [string, string] => ["output", o.code]),
        ["pillar", "99"],
      ];
      for (const policy of POLICIES as readonly Policy[]) {
        for (const f of [undefined, ...completionFilters]) {
          const cs: Criterion[] = f ? [{ column: A(f[0]), value: literal(f[1]) }] : [];
          add({
            measure: "completion",
            label: `${policy} ${f ? f.join("=") : "all"}`,
            formula: completionRateFormula(statusRange, cs, policy),
            ts: () =>
              ts(() =>
                completionRate(act("status"), {
                  filters: f ? filters([act(f[0]), f[1]]) : [],
                  policy,
                })
              ),
            cf:
              !f || f[0] === "pillar"
                ? () =>
                    cf(() =>
                      fn.completionRateFn(
                        act("status"),
                        f ? act("pillar") : (null as never),
                        f ? f[1] : null,
                        policy
                      )
                    )
                : undefined,
          });
        }
      }
      // The issue's case, literally: completed, in progress, a cleared status -> 1/2 everywhere.
      add({
        measure: "completion",
        label: "a cleared status is counted in neither",
        formula: completionRateFormula("$L$1:$L$3"),
        ts: () => ts(() => completionRate([[label("completed")], [label("in-progress")], [null]])),
        cf: () =>
          cf(() => fn.completionRateFn([[label("completed")], [label("in-progress")], [""]])),
      });

      // Budget share: by every category column, under no filter, one, two and three filters, none matching.
      const budgetStatus = listLabel(lang, "budgetStatus", "committed");
      const shareBy: [string, string | number][] = [
        ...plan.stakeholders.slice(0, 6).map((s): [string, string] => ["lead", s.code]),
        ...plan.pillars.map((p): [string, string] => ["pillar", p.code]),
        ...years.map((y): [string, number] => ["year", y]),
        ...plan.fundingSources.map((s): [string, string] => ["source", s.code]),
        ["budgetStatus", budgetStatus],
        ...plan.outputs.slice(0, 3).map((o): [string, string] => ["output", o.code]),
        ["lead", "NOBODY"],
      ];
      const budgetFilters: [string, string | number][][] = [
        [],
        [["pillar", plan.pillars[0].code]],
        [["year", years[1]]],
        [
          ["pillar", plan.pillars[1].code],
          ["year", years[2]],
        ],
        [
          ["source", plan.fundingSources[0].code],
          ["year", years[0]],
          ["budgetStatus", budgetStatus],
        ],
        [["year", 1999]],
      ];
      const criteria = (fs: [string, string | number][]) =>
        fs.map(([k, v]): Criterion => ({ column: B(k), value: literal(v) }));
      const tsFilters = (fs: [string, string | number][]) =>
        filters(...fs.map(([k, v]): [CellValue[][], CellValue] => [bud(k), v]));
      const cfFilters = (fs: [string, string | number][]) =>
        [0, 1, 2].flatMap((k) => (fs[k] ? [bud(fs[k][0]), fs[k][1]] : [null, null])) as [
          never,
          never,
          never,
          never,
          never,
          never,
        ];
      for (const [by, v] of shareBy) {
        // As the summary sheets show it: a category in no row counted has a share of 0.
        add({
          measure: "budget share",
          label: `${by}=${v}, 0 when absent`,
          formula: budgetShareFormula(B("amount"), B(by), literal(v), [], 0),
          ts: () => ts(() => budgetShare(bud("amount"), bud(by), v, [], {}, 0)),
        });
        for (const fs of budgetFilters) {
          add({
            measure: "budget share",
            label: `${by}=${v} ${JSON.stringify(fs)}`,
            formula: budgetShareFormula(B("amount"), B(by), literal(v), criteria(fs)),
            ts: () => ts(() => budgetShare(bud("amount"), bud(by), v, tsFilters(fs))),
            cf: () => cf(() => fn.budgetShareFn(bud("amount"), bud(by), v, ...cfFilters(fs))),
          });
        }
      }
      // Funding gap: no filter, each filter column, combinations, none matching; and as the summaries show it.
      const gapFilters: [string, string | number][][] = [
        ...budgetFilters,
        ...plan.fundingSources.map((s): [string, string][] => [["source", s.code]]),
        ...plan.stakeholders.slice(0, 3).map((s): [string, string][] => [["lead", s.code]]),
        [["output", plan.outputs[0].code]],
        [["budgetStatus", budgetStatus]],
      ];
      for (const fs of gapFilters) {
        add({
          measure: "funding gap",
          label: JSON.stringify(fs),
          formula: fundingGapFormula(B("amount"), B("secured"), criteria(fs)),
          ts: () => ts(() => fundingGap(bud("amount"), bud("secured"), tsFilters(fs))),
          cf: () => cf(() => fn.fundingGapFn(bud("amount"), bud("secured"), ...cfFilters(fs))),
        });
        add({
          measure: "funding gap",
          label: `${JSON.stringify(fs)}, 0 when no line`,
          formula: fundingGapFormula(B("amount"), B("secured"), criteria(fs), 0),
          ts: () => ts(() => fundingGap(bud("amount"), bud("secured"), tsFilters(fs), {}, 0)),
        });
      }

      // Cost of each budget line: the measure's formula, and the budget table's own Cost column.
      // The first 100 lines are plenty (every case of blank, 0 and number occurs in them).
      w.budget.table.rows.slice(0, 100).forEach((_r, i) => {
        const [u, q, n] = ["unitCost", "quantity", "times"].map((k) => B(k, i));
        const tsCost = () =>
          ts(() => lineCost(bud("unitCost")[i][0], bud("quantity")[i][0], bud("times")[i][0]), "");
        add({ measure: "cost", label: `line ${i + 1}`, formula: costFormula(u, q, n), ts: tsCost });
        add({
          measure: "cost",
          label: `line ${i + 1}, table column`,
          formula: B("cost", i),
          ts: tsCost,
        });
      });

      // Latest actual, the actual compared and the target under each aggregation, the year's
      // target, progress and on-track, for every indicator.
      const ind = (key: string, i: number) => columnOf(sheets, w.indicators)(key)[i][0];
      const series = (prefix: string, i: number) =>
        years.map((year) => ({ year, value: ind(`${prefix}:${year}`, i) }));
      const latest = (i: number) => latestOf(series("actual", i));
      const yearTarget = (i: number) => yearTargetOf(series("target", i), latest(i)?.year ?? null);
      const actualBy = (i: number, agg: Aggregation) => aggregateOf(series("actual", i), agg);
      const targetBy = (i: number, agg: Aggregation) =>
        targetFor(ind("endTarget", i), series("target", i), agg);
      const progress = (i: number, agg: Aggregation) =>
        progressToTarget(
          numberOrNull(ind("baselineValue", i)),
          actualBy(i, agg),
          targetBy(i, agg),
          directionOf(ind("direction", i))
        );
      const status = (i: number, agg: Aggregation) =>
        onTrack(progress(i, agg), latest(i)?.year ?? null, years, {
          actual: latest(i)?.value ?? null,
          target: yearTarget(i),
          direction: directionOf(ind("direction", i)),
        });
      // The direction as a planner may type it to the function: the label, or a synonym.
      const typed = (i: number) => {
        const d = directionOf(ind("direction", i));
        if (i % 3 === 1 && d === "decrease")
          return ["Diminution", "down", "baisse"][i % 9 === 1 ? 0 : i % 2];
        if (i % 3 === 1 && d === "increase") return "up";
        return ind("direction", i);
      };
      const PER_INDICATOR = 3 + 4 * AGGREGATIONS.length;
      const base = checks.length;
      const rowOf = (k: number) => base + k + 1;
      plan.indicators.forEach((indicator, i) => {
        const dir: Direction = indicator.direction;
        const cell = (key: string) => I(key, i);
        const at = (k: number) => `$B$${rowOf(PER_INDICATOR * i + k)}`;
        const item = (m: string, formula: string, f: () => Value, g?: () => Value) =>
          add({ measure: m, label: indicator.code, formula, ts: f, cf: g });
        item(
          "latest year",
          latestYearFormula(years, (y) => cell(`actual:${y}`)),
          () => ts(() => latest(i)?.year ?? null)
        );
        item(
          "latest actual",
          latestValueFormula(years, (y) => cell(`actual:${y}`)),
          () => ts(() => latest(i)?.value ?? null)
        );
        item(
          "year's target",
          yearTargetFormula(at(0), years, (y) => cell(`target:${y}`)),
          () => ts(() => yearTarget(i))
        );
        AGGREGATIONS.forEach((agg, k) => {
          const first = 3 + 4 * k;
          const what = (m: string) => `${m}, ${agg}`;
          item(
            what("actual compared"),
            aggregateFormula(years, (y) => cell(`actual:${y}`), agg),
            () => ts(() => actualBy(i, agg))
          );
          item(
            what("target"),
            targetForFormula(cell("endTarget"), years, (y) => cell(`target:${y}`), agg),
            () => ts(() => targetBy(i, agg))
          );
          item(
            what("progress"),
            progressFormula(numberFormula(cell("baselineValue")), at(first), at(first + 1), dir),
            () => ts(() => progress(i, agg)),
            () =>
              cf(() => {
                const end = ind("endTarget", i);
                return fn.progressFn(
                  ind("baselineValue", i),
                  [years.map((y) => ind(`actual:${y}`, i))],
                  typeof end === "number" ? [[end]] : [years.map((y) => ind(`target:${y}`, i))],
                  typed(i),
                  null,
                  listLabel(lang, "aggregation", agg)
                );
              })
          );
          item(
            what("on track"),
            onTrackFormula(at(first + 2), at(0), years, lang, {
              actual: at(1),
              target: at(2),
              direction: dir,
            }),
            () => t(lang, TRACK_LABELS[status(i, agg)]),
            () =>
              cf(() =>
                fn.onTrackFn(
                  ind("baselineValue", i),
                  [years.map((y) => ind(`actual:${y}`, i))],
                  [years.map((y) => ind(`target:${y}`, i))],
                  ind("endTarget", i),
                  typed(i),
                  listLabel(lang, "aggregation", agg)
                )
              )
          );
        });
      });

      // The issue's indicators, as a planner typed them (columns N to Y of the Checks sheet):
      // baseline, five actuals, five targets, end target; the summary's formulas over them.
      const issueYears = [2019, 2020, 2021, 2022, 2023];
      const _ = null;
      const issueRows: {
        code: string;
        agg: Aggregation;
        dir: Direction;
        cells: CellValue[];
        progress: number;
        status: "onTrack" | "offTrack";
      }[] = [
        // prettier-ignore
        { code: "I1.2.1", agg: "sum", dir: "increase", cells: [0, 12, 9, 14, _, _, _, _, _, _, _, 85], progress: 0.412, status: "offTrack" },
        // prettier-ignore
        { code: "I2.1.2", agg: "sum", dir: "increase", cells: [0, 50, 53, 38, _, _, _, _, _, _, _, 250], progress: 0.564, status: "offTrack" },
        // prettier-ignore
        { code: "X-COORD-1", agg: "sum", dir: "increase", cells: [0, _, 5, 4, _, _, 4, 4, 4, 4, 4, 20], progress: 0.45, status: "onTrack" },
        // prettier-ignore
        { code: "I1.1.1", agg: "latest", dir: "increase", cells: [10, _, _, 18, _, _, _, _, 15, _, _, 30], progress: 0.4, status: "onTrack" },
        // prettier-ignore
        { code: "cabinet", agg: "latest", dir: "increase", cells: [34.4, 23.7, _, _, _, _, _, _, _, _, _, 30], progress: -0.21, status: "offTrack" },
        // The band's edges: 85% of the year's target (increase), 115% (decrease), 5% (maintain).
        // prettier-ignore
        { code: "band, increase at 85%", agg: "latest", dir: "increase", cells: [0, _, _, 8.5, _, _, _, _, 10, _, _, 20], progress: 0.425, status: "onTrack" },
        // prettier-ignore
        { code: "band, increase below 85%", agg: "latest", dir: "increase", cells: [0, _, _, 8.4, _, _, _, _, 10, _, _, 20], progress: 0.42, status: "offTrack" },
        // prettier-ignore
        { code: "band, increase at 75%", agg: "latest", dir: "increase", cells: [0, _, _, 7.5, _, _, _, _, 10, _, _, 20], progress: 0.375, status: "offTrack" },
        // prettier-ignore
        { code: "band, decrease at 115%", agg: "latest", dir: "decrease", cells: [30, _, _, 11.5, _, _, _, _, 10, _, _, 5], progress: 0.74, status: "onTrack" },
        // prettier-ignore
        { code: "band, decrease above 115%", agg: "latest", dir: "decrease", cells: [30, _, _, 11.6, _, _, _, _, 10, _, _, 5], progress: 0.736, status: "offTrack" },
        // prettier-ignore
        { code: "band, maintain within 5%", agg: "latest", dir: "maintain", cells: [_, _, _, 10.5, _, _, _, _, 10, _, _, 10], progress: 1, status: "onTrack" },
        // prettier-ignore
        { code: "band, maintain 6% off", agg: "latest", dir: "maintain", cells: [_, _, _, 10.6, _, _, _, _, 10, _, _, 10], progress: 0, status: "offTrack" },
        // No target for the year: the elapsed share (60% by 2021) decides.
        // prettier-ignore
        { code: "elapsed, behind", agg: "sum", dir: "increase", cells: [0, 4, 4, 3, _, _, _, _, _, _, _, 20], progress: 0.55, status: "offTrack" },
        // prettier-ignore
        { code: "elapsed, on pace", agg: "sum", dir: "increase", cells: [0, 4, 4, 4, _, _, _, _, _, _, _, 20], progress: 0.6, status: "onTrack" },
        // Decrease with a target above the baseline: a level to hold, then exceeded.
        // prettier-ignore
        { code: "held, decrease", agg: "max", dir: "decrease", cells: [10, 12, 18, _, _, _, _, _, _, _, _, 15], progress: -0.2, status: "offTrack" },
      ];
      const issueChecks: {
        code: string;
        progress: number;
        status: number;
        want: (typeof issueRows)[number];
      }[] = [];
      issueRows.forEach((r, n) => {
        const rowNo = 20 + n;
        r.cells.forEach((v, c) => (w.ws.getCell(rowNo, 14 + c).value = v as never));
        const ref = (c: number) => `$${a1(0, 13 + c).replace(/\d+$/, "")}$${rowNo}`;
        const actualCell = (y: number) => ref(1 + issueYears.indexOf(y));
        const targetCell = (y: number) => ref(6 + issueYears.indexOf(y));
        const actuals = issueYears.map((year, k) => ({ year, value: r.cells[1 + k] }));
        const targets = issueYears.map((year, k) => ({ year, value: r.cells[6 + k] }));
        const first = checks.length;
        const at = (k: number) => `$B$${first + k + 1}`;
        const l = latestOf(actuals);
        const item = (m: string, formula: string, f: () => Value, g?: () => Value) =>
          add({ measure: m, label: `issue 13, ${r.code}`, formula, ts: f, cf: g });
        item("latest year", latestYearFormula(issueYears, actualCell), () =>
          ts(() => l?.year ?? null)
        );
        item("latest actual", latestValueFormula(issueYears, actualCell), () =>
          ts(() => l?.value ?? null)
        );
        item("year's target", yearTargetFormula(at(0), issueYears, targetCell), () =>
          ts(() => yearTargetOf(targets, l?.year ?? null))
        );
        const actual = aggregateOf(actuals, r.agg);
        const target = targetFor(r.cells[11], targets, r.agg);
        const p = progressToTarget(numberOrNull(r.cells[0]), actual, target, r.dir);
        item("actual compared", aggregateFormula(issueYears, actualCell, r.agg), () =>
          ts(() => actual)
        );
        item("target", targetForFormula(ref(11), issueYears, targetCell, r.agg), () =>
          ts(() => target)
        );
        item(
          "progress",
          progressFormula(ref(0), at(3), at(4), r.dir),
          () => ts(() => p),
          () =>
            cf(() =>
              fn.progressFn(r.cells[0], [r.cells.slice(1, 6)], [[r.cells[11]]], r.dir, null, r.agg)
            )
        );
        item(
          "on track",
          onTrackFormula(at(5), at(0), issueYears, lang, {
            actual: at(1),
            target: at(2),
            direction: r.dir,
          }),
          () =>
            t(
              lang,
              TRACK_LABELS[
                onTrack(p, l?.year ?? null, issueYears, {
                  actual: l?.value ?? null,
                  target: yearTargetOf(targets, l?.year ?? null),
                  direction: r.dir,
                })
              ]
            ),
          () =>
            cf(() =>
              fn.onTrackFn(
                r.cells[0],
                [r.cells.slice(1, 6)],
                [r.cells.slice(6, 11)],
                r.cells[11],
                r.dir,
                r.agg
              )
            )
        );
        issueChecks.push({ code: r.code, progress: first + 5, status: first + 6, want: r });
      });

      // Natural entries (columns AA to AN of the Checks sheet): each label read as its number
      // by the summary's wrapper, a yes/no and a level indicator's row through the summary's
      // formulas, and the count of entries to check, per measure.
      const natural: CellValue[] = [
        "Oui",
        "yes",
        "NON",
        "no",
        1,
        0,
        "Moyen",
        "élevé",
        "LOW",
        2,
        "peut-être",
        null,
      ];
      natural.forEach((v, k) => {
        const ref = `$AA$${k + 1}`;
        w.ws.getCell(k + 1, 27).value = v as never;
        for (const m of ["yesno", "level", "any"] as const) {
          const labels = valueLabels(m, plan.levelScale);
          add({
            measure: "natural entry",
            label: `${String(v)} as ${m}`,
            formula: numberFormula(indicatorNumberFormula(ref, labels)),
            ts: () => ts(() => indicatorNumber(v, labels)),
          });
        }
      });
      // A yes/no indicator (baseline 0, target 1) and a level indicator (baseline 1, target 3),
      // typed with labels: rows 1-2, columns AC (baseline), AD-AH (five actuals), AI (end target).
      const naturalRows: { measure: "yesno" | "level"; agg: Aggregation; cells: CellValue[] }[] = [
        { measure: "yesno", agg: "latest", cells: [0, "Non", "non", "Oui", _, _, 1] },
        { measure: "level", agg: "average", cells: [1, "Faible", "Moyen", 3, "high", _, 3] },
      ];
      naturalRows.forEach((r, n) => {
        const rowNo = 1 + n;
        r.cells.forEach((v, c) => (w.ws.getCell(rowNo, 29 + c).value = v as never));
        const ref = (c: number) => `$${a1(0, 28 + c).replace(/\d+$/, "")}$${rowNo}`;
        const wrap = cellFormulaFor(r.measure, plan.levelScale);
        const read = readerFor(r.measure, plan.levelScale);
        const cell = (y: number) => wrap(ref(1 + issueYears.indexOf(y)));
        const actuals = issueYears.map((year, k) => ({ year, value: read(r.cells[1 + k]) }));
        const l = latestOf(actuals);
        const actual = aggregateOf(actuals, r.agg);
        const target = targetFor(read(r.cells[6]), [], r.agg);
        const item = (m: string, formula: string, f: () => Value, g?: () => Value) =>
          add({ measure: m, label: `natural ${r.measure}`, formula, ts: f, cf: g });
        item("natural, latest actual", latestValueFormula(issueYears, cell), () =>
          ts(() => l?.value ?? null)
        );
        item("natural, actual compared", aggregateFormula(issueYears, cell, r.agg), () =>
          ts(() => actual)
        );
        item(
          "natural, progress",
          progressFormula(
            wrap(ref(0)),
            aggregateFormula(issueYears, cell, r.agg),
            wrap(ref(6)),
            "increase"
          ),
          () => ts(() => progressToTarget(read(r.cells[0]), actual, target, "increase")),
          () =>
            cf(() =>
              fn.progressFn(
                r.cells[0],
                [r.cells.slice(1, 6)],
                [[r.cells[6]]],
                "increase",
                null,
                r.agg
              )
            )
        );
      });
      // Entries to check over one row of value cells (AP to AW), with its measure's label in AO.
      const measureNames = Object.fromEntries(
        (["percent", "number", "yesno", "level"] as const).map((m) => [
          m,
          listLabel(lang, "measure", m),
        ])
      ) as Record<"percent" | "number" | "yesno" | "level", string>;
      const toCheckRows: [Measure, CellValue[]][] = [
        ["percent", [150, -1, 50, null, "x", 100, 0, 12.5]],
        ["number", [2.5, -1, 3, null, 0, 7, "sept", _]],
        ["yesno", ["Oui", "non", 1, 2, "peut-être", 0, _, "YES"]],
        ["level", ["Moyen", 4, 3, "beaucoup", "high", 0, 1.5, _]],
        ["text", ["anything", 7, _, _, _, _, _, _]],
      ];
      toCheckRows.forEach(([m, cells], n) => {
        const rowNo = 5 + n;
        w.ws.getCell(rowNo, 41).value = listLabel(lang, "measure", m);
        cells.forEach((v, c) => (w.ws.getCell(rowNo, 42 + c).value = v as never));
        add({
          measure: "entries to check",
          label: m,
          formula: entriesToCheckFormula(
            `$AP$${rowNo}:$AW$${rowNo}`,
            `$AO$${rowNo}`,
            measureNames,
            plan.levelScale
          ),
          ts: () => ts(() => entriesToCheck(cells, m, plan.levelScale)),
        });
      });
      // The funding gap of closed actions and of open ones, over the tables, under filters.
      const actionCols = { codes: A("code"), statuses: A("status") };
      for (const fs of [
        [],
        [["source", plan.fundingSources[0].code]],
        [["year", years[1]]],
        [["pillar", plan.pillars[0].code]],
      ] as [string, string | number][][]) {
        add({
          measure: "closed gap",
          label: JSON.stringify(fs),
          formula: closedGapFormula(
            B("amount"),
            B("secured"),
            B("action"),
            actionCols,
            criteria(fs)
          ),
          ts: () =>
            ts(() =>
              closedGap(
                bud("amount"),
                bud("secured"),
                bud("action"),
                { codes: act("code"), statuses: act("status") },
                tsFilters(fs)
              )
            ),
        });
        add({
          measure: "open gap",
          label: JSON.stringify(fs),
          formula: openGapFormula(B("amount"), B("secured"), B("action"), actionCols, criteria(fs)),
          ts: () =>
            ts(() =>
              openGap(
                bud("amount"),
                bud("secured"),
                bud("action"),
                { codes: act("code"), statuses: act("status") },
                tsFilters(fs)
              )
            ),
        });
      }

      // Quota and rate over small tables on the Checks sheet: blanks, zeros, exactly 30%.
      const quota: [CellValue, CellValue][] = [
        [9, 38],
        [11, 32],
        [3, 10],
        [0, 5],
        [0, 0],
        [5, 5],
        [null, 10],
        [4, null],
        [1, 3],
      ];
      quota.forEach(([women, total], k) => {
        w.ws.getCell(k + 1, 4).value = women as never;
        w.ws.getCell(k + 1, 5).value = total as never;
        const [wc, tc] = [`$D$${k + 1}`, `$E$${k + 1}`];
        add({
          measure: "quota",
          label: `${women} of ${total}`,
          formula: quotaFormula(wc, tc),
          ts: () => ts(() => quotaCheck(women, total).share),
          cf: () => cf(() => fn.quotaFn(women, total)),
        });
        for (const min of [undefined, 0.3, 0.25]) {
          add({
            measure: "quota met",
            label: `${women} of ${total}, minimum ${min ?? "default"}`,
            formula: `IF(${quotaMetFormula(wc, tc, min === undefined ? undefined : String(min))},1,0)`,
            ts: () => ts(() => quotaCheck(women, total, min).met),
            cf: () => cf(() => fn.quotaMetFn(women, total, min ?? null)),
          });
        }
      });
      // Rates: numerators and denominators with blanks and zeros; denominators adding up to 0.
      const rateTables: [string, CellValue[], CellValue[]][] = [
        ["numerators and denominators with blanks", [3, null, 0, 7, 2], [10, 5, 0, null, 8]],
        ["denominators all 0 or blank", [3, null, 0, 7, 2], [0, 0, null, 0, 0]],
        ["a negative denominator", [3, null, 0, 7, 2], [10, 5, -4, null, 8]],
      ];
      rateTables.forEach(([what, nums, dens], k) => {
        const [nc, dc] = [6 + 2 * k, 7 + 2 * k];
        nums.forEach((x, r) => (w.ws.getCell(r + 1, nc).value = x as never));
        dens.forEach((x, r) => (w.ws.getCell(r + 1, dc).value = x as never));
        const range = (c: number) =>
          `${sheetRef("Checks")}!${a1(0, c - 1)}:${a1(nums.length - 1, c - 1)}`;
        const num = nums.map((x) => [x]);
        const den = dens.map((x) => [x]);
        add({
          measure: "rate",
          label: what,
          formula: rateFormula(range(nc), range(dc)),
          ts: () => ts(() => aggregateRate(num, den)),
          cf: () => cf(() => fn.rateFn(num, den)),
        });
      });
      // The issue's case, literally: completed, in progress, a cleared status -> 1/2 everywhere.
      w.ws.getCell(1, 12).value = label("completed");
      w.ws.getCell(2, 12).value = label("in-progress");
      add({
        measure: "rate",
        label: "secured over planned, the budget table",
        formula: rateFormula(B("secured"), B("amount")),
        ts: () => ts(() => aggregateRate(bud("secured"), bud("amount"))),
        cf: () => cf(() => fn.rateFn(bud("secured"), bud("amount"))),
      });

      // The pillar summary's completion rate (a cleared status in its rows) is the measure's.
      const summaryRates = plan.pillars.map((p, k) => {
        add({
          measure: "completion, pillar summary",
          label: `pillar ${p.code}`,
          formula: `INDEX(tblSumPillars[[#Data],[${t(lang, "sum.completionRate")}]],${k + 1})`,
          ts: () =>
            ts(() => completionRate(act("status"), { pillars: act("pillar"), pillar: p.code }), ""),
        });
        return checks.length - 1;
      });

      checks.forEach((c, i) => {
        w.ws.getCell(i + 1, 1).value = `${c.measure}: ${c.label}`;
        w.ws.getCell(i + 1, 2).value = { formula: c.formula };
      });
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-parity-"));
      const file = path.join(dir, "w.xlsx");
      await w.wb.xlsx.writeFile(file);
      sheets = await recalc(file, 400000); // a busy 2-core machine: minutes, not seconds
      fs.rmSync(dir, { recursive: true, force: true });
      const got = sheets.get("Checks")!;

      const wrong: string[] = [];
      const byMeasure = new Map<string, { numbers: number; errors: number; cf: number }>();
      checks.forEach((c, i) => {
        const native = lo(got[i]?.[1]);
        const mine = c.ts();
        const theirs = c.cf?.();
        // A summary shows a blank where the measure has nothing to say.
        const expected =
          c.measure === "completion, pillar summary" && typeof mine === "string" ? "" : mine;
        if (!same(native, expected))
          wrong.push(
            `${c.measure} ${c.label}: LibreOffice ${native}, TypeScript ${mine} (${c.formula})`
          );
        if (theirs !== undefined && !same(theirs, mine))
          wrong.push(`${c.measure} ${c.label}: custom function ${theirs}, TypeScript ${mine}`);
        const s = byMeasure.get(c.measure) ?? { numbers: 0, errors: 0, cf: 0 };
        if (typeof mine === "number" || (mine !== "" && !mine.startsWith("#"))) s.numbers++;
        else s.errors++;
        if (theirs !== undefined) s.cf++;
        byMeasure.set(c.measure, s);
      });
      expect(wrong).toEqual([]);
      // The issue's figures, as LibreOffice recalculates the summary's formulas (TypeScript and
      // the function agree with them above).
      for (const c of issueChecks) {
        expect({
          code: c.code,
          progress: Math.round(Number(lo(got[c.progress]?.[1])) * 1000) / 1000,
        }).toEqual({
          code: c.code,
          progress: c.want.progress,
        });
        expect({ code: c.code, status: lo(got[c.status]?.[1]) }).toEqual({
          code: c.code,
          status: t(lang, TRACK_LABELS[c.want.status]),
        });
      }
      // Each measure is held on values (numbers, labels), not only on errors; the custom functions are called.
      for (const [m, s] of byMeasure) {
        expect({ m, some: s.numbers > 0 }).toEqual({ m, some: true });
      }
      for (const m of [
        "completion",
        "budget share",
        "funding gap",
        "progress",
        "quota",
        "quota met",
        "rate",
        ...AGGREGATIONS.map((a) => `on track, ${a}`),
      ])
        expect({ m, called: (byMeasure.get(m)?.cf ?? 0) > 0 }).toEqual({ m, called: true });
      // The disturbed workbook holds what the test claims: cleared statuses, blank and zero amounts, errors.
      const statuses = act("status").map((r) => r[0]);
      expect(statuses.filter((s) => s === "").length).toBeGreaterThan(3);
      expect(bud("amount").filter((r) => r[0] === 0).length).toBeGreaterThan(0);
      expect(bud("amount").filter((r) => r[0] === "").length).toBeGreaterThan(0);
      const results = checks.map((c) => c.ts());
      for (const st of ["onTrack", "offTrack", "noData"] as const)
        expect(results).toContain(t(lang, TRACK_LABELS[st]));
      for (const e of ["#N/A", "#DIV/0!", "#VALUE!"]) expect(results).toContain(e);
      // A negative denominator is refused by all three; a lead in no budget line is #N/A.
      const refused = checks.filter(
        (c) => c.label === "a negative denominator" || c.label === "lead=NOBODY []"
      );
      expect(refused.map((c) => [c.label, c.ts()])).toEqual([
        ["lead=NOBODY []", "#N/A"],
        ["a negative denominator", "#VALUE!"],
      ]);
      // The rule matters here: in some pillar, the old summary's completed / (actions - cancelled),
      // which counted a cleared status as planned, differs from the rate all three now give.
      const pillarOf = act("pillar").map((r) => String(r[0]));
      const stateOf = statuses.map((x) => listValue("status", String(x)));
      const differs = plan.pillars.filter((p, k) => {
        const mine = stateOf.filter((_x, i) => pillarOf[i] === p.code);
        const n = (st?: string) => mine.filter((x) => x === st).length;
        const old = n("completed") / (mine.length - n("cancelled"));
        return !same(old, lo(got[summaryRates[k]]?.[1]));
      });
      expect(differs.length).toBeGreaterThan(0);
    },
    900000
  );
});
