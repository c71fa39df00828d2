/**
 * Money disbursed and spent on the summary sheets: By pillar, By
 * stakeholder, By funding source and By year (disbursed, spent and the
 * execution rates over planned and secured, their Total rows) and the Donor
 * summary (disbursed and spent, and in the donor's currency), recalculated
 * by LibreOffice, equal the TypeScript summary (src/core/summary/compute.ts
 * over src/core/calc/execution.ts). On the example plan with random
 * disbursed and spent figures: blanks, zeros, spent above disbursed, a
 * pillar with nothing reported, one negative; in French and English.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { t } from "../../src/core/i18n";
import { parsePlan, pillarIndex, type Lang, type Plan } from "../../src/core/model";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";
import { withExampleOperationalPlan } from "../../src/core/plans/example-operational-plan";
import { summarize, type Execution } from "../../src/core/summary/compute";
import { buildWorkbookPlan } from "../../src/core/template/build";
import type { TablePlan, WorkbookPlan } from "../../src/core/template/types";
import { writeXlsx } from "../../src/xlsx/workbook";
import { libreOfficeAvailable, recalc, csvNumber, expectSameFigure } from "../support/libreoffice";
import { prng } from "../support/random-plan";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-exec-sum-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The example plan, its lines given random disbursed and spent figures (the last pillar none). */
function withExecution(seed: number, oneNegative: boolean): Plan {
  const base = withExampleOperationalPlan(parsePlan(MALI_NAP_2019_2023));
  const rnd = prng(seed);
  const silent = base.pillars[base.pillars.length - 1].code;
  const { ofOutput } = pillarIndex(base);
  let negative = !oneNegative;
  return parsePlan({
    ...base,
    exchangeRate: { currency: "EUR", rate: 655.957, date: "2021-01-01" },
    actions: base.actions.map((a) => ({
      ...a,
      budget: a.budget.map((b) => {
        if (ofOutput.get(a.output) === silent) return b;
        const r = rnd();
        const disbursed = r < 0.25 ? null : r < 0.3 ? 0 : Math.round(b.amount * rnd());
        const spent =
          r < 0.35
            ? null
            : r < 0.4
              ? 0
              : Math.round((disbursed ?? b.amount) * (rnd() < 0.1 ? 1.2 : rnd()));
        // The first line spending, negative (a reversal typed as such): the rates of its rows are blank on both sides.
        if (!negative && spent !== null && spent > 0) {
          negative = true;
          return { ...b, disbursed, spent: -spent };
        }
        return { ...b, disbursed, spent };
      }),
    })),
  });
}

/** A summary table's rows as LibreOffice computed them, by key, and its Total row. */
function tableOf(wp: WorkbookPlan, csv: Map<string, string[][]>, name: string, lang: Lang) {
  const sheet = wp.sheets.find((s) => s.tables.some((x) => x.name === name))!;
  const table: TablePlan = sheet.tables.find((x) => x.name === name)!;
  const rows = csv.get(sheet.name)!;
  expect(rows[table.row][table.col]).toBe(table.headers[0]);
  const cell = (r: string[], key: string) => {
    const k = table.keys.indexOf(key);
    if (k < 0) throw new Error(`no column ${key} in ${name}`);
    return r[table.col + k];
  };
  const body = rows.slice(table.row + 1, table.row + 1 + table.rows.length);
  const total = rows[table.row + 1 + table.rows.length];
  expect(total[table.col]).toBe(t(lang, "sum.total"));
  return {
    row: (id: string | number) => {
      const r = body.find((x) => x[table.col] === String(id));
      if (!r) throw new Error(`no row ${id} in ${name}`);
      return (key: string) => cell(r, key);
    },
    total: (key: string) => cell(total, key),
  };
}

function sameExecution(cell: (key: string) => string, want: Execution, what: string) {
  expectSameFigure(csvNumber(cell("disbursed")), want.disbursed, `${what} disbursed`);
  expectSameFigure(csvNumber(cell("spent")), want.spent, `${what} spent`);
  expectSameFigure(csvNumber(cell("execPlanned")), want.execPlanned, `${what} spent / planned`);
  expectSameFigure(csvNumber(cell("execSecured")), want.execSecured, `${what} spent / secured`);
}

const describeLO = libreOfficeAvailable() ? describe : describe.skip;

describe("nothing is invented", () => {
  test("the embedded plan and the example operational plan carry no disbursed or spent figure", () => {
    const plans = [
      parsePlan(MALI_NAP_2019_2023),
      withExampleOperationalPlan(parsePlan(MALI_NAP_2019_2023)),
    ];
    for (const p of plans)
      for (const b of p.actions.flatMap((a) => a.budget))
        expect([b.disbursed, b.spent]).toEqual([null, null]);
    // So every execution rate is blank, not 0%.
    const s = summarize(plans[1]);
    expect(s.pillars.every((p) => p.execPlanned === null && p.spent === 0)).toBe(true);
    expect(s.totals.execPlanned).toBeNull();
  });
});

describeLO(
  "execution on the summary sheets: TypeScript = formulas recalculated by LibreOffice",
  () => {
    test.each(["fr", "en"] as const)(
      "the example plan with random disbursed and spent (%s)",
      async (lang) => {
        // English: one negative amount spent, which blanks its rows' rates and the Total's.
        const plan = withExecution(lang === "fr" ? 14 : 18, lang === "en");
        const want = summarize(plan);
        // The figures reach every case the rates can meet.
        expect(want.pillars.filter((p) => p.execPlanned === null).length).toBeGreaterThan(0);
        expect(want.pillars.filter((p) => (p.execPlanned ?? 0) > 0).length).toBeGreaterThan(1);
        const negatives = plan.actions.flatMap((a) => a.budget).filter((b) => (b.spent ?? 0) < 0);
        expect(negatives.length).toBe(lang === "en" ? 1 : 0);
        if (lang === "en") expect(want.totals.execPlanned).toBeNull();
        else expect(want.totals.execPlanned).toBeGreaterThan(0);
        const wp = buildWorkbookPlan(plan, lang);
        const file = path.join(dir, `example-${lang}.xlsx`);
        await writeXlsx(wp, file);
        const csv = await recalc(file, 600000);

        const pillars = tableOf(wp, csv, "tblSumPillars", lang);
        for (const p of want.pillars) sameExecution(pillars.row(p.pillar), p, p.pillar);
        const stakeholders = tableOf(wp, csv, "tblSumStakeholders", lang);
        for (const s of want.stakeholders) sameExecution(stakeholders.row(s.code), s, s.code);
        const funding = tableOf(wp, csv, "tblSumFunding", lang);
        for (const f of want.funding) sameExecution(funding.row(f.code), f, f.code);
        const years = tableOf(wp, csv, "tblSumYears", lang);
        for (const y of want.years) sameExecution(years.row(y.year), y, String(y.year));
        // The Total rows: disbursed and spent summed, the rates over every line.
        const lines = plan.actions.flatMap((a) => a.budget);
        const spent = lines.reduce((s, b) => s + (b.spent ?? 0), 0);
        for (const tb of [pillars, funding, years]) {
          expectSameFigure(csvNumber(tb.total("spent")), spent, "total spent");
          expectSameFigure(
            csvNumber(tb.total("execPlanned")),
            want.totals.execPlanned,
            "total spent / planned"
          );
          expectSameFigure(
            csvNumber(tb.total("execSecured")),
            want.totals.execSecured,
            "total spent / secured"
          );
        }

        for (const [name, rows] of [
          ["tblDonorPillars", want.donor.pillars],
          ["tblDonorSources", want.donor.sources],
          ["tblDonorOutputs", want.donor.outputs],
        ] as const) {
          const d = tableOf(wp, csv, name, lang);
          for (const w of rows) {
            const cell = d.row(w.code);
            expectSameFigure(csvNumber(cell("planned")), w.planned, `${name} ${w.code} planned`);
            expectSameFigure(csvNumber(cell("secured")), w.secured, `${name} ${w.code} secured`);
            expectSameFigure(
              csvNumber(cell("disbursed")),
              w.disbursed,
              `${name} ${w.code} disbursed`
            );
            expectSameFigure(csvNumber(cell("spent")), w.spent, `${name} ${w.code} spent`);
            expectSameFigure(
              csvNumber(cell("disbursedDonor")),
              w.disbursedDonor,
              `${name} ${w.code} disbursed EUR`
            );
            expectSameFigure(
              csvNumber(cell("spentDonor")),
              w.spentDonor,
              `${name} ${w.code} spent EUR`
            );
          }
        }
        // Independent of the summary code: the donors' pillars add up to the lines' own sums.
        const disbursed = lines.reduce((s, b) => s + (b.disbursed ?? 0), 0);
        expect(want.donor.pillars.reduce((s, d) => s + d.disbursed, 0)).toBeCloseTo(disbursed, 6);
        expect(disbursed).toBeGreaterThan(0);
      },
      1200000
    );
  }
);
