/**
 * Targets per period and breakdown (ptargets, issue 14 point 1): each
 * year's target on the Indicator progress sheet, recalculated by
 * LibreOffice from tblValues' Target column and tblIndicators' typed
 * targets, equals the TypeScript summary (src/core/calc/value-rows.ts
 * through summary/compute.ts), and so do the target compared, the year's
 * target, progress and status, and the actuals (a row holding only a target
 * makes no actual). Hand-made rows whose expected targets are worked out
 * below, and random plans whose rows hold a value, a target or both, in
 * French and English. All workbooks go through one LibreOffice run.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { SHOWN_LABELS } from "../../src/core/calc";
import { t } from "../../src/core/i18n";
import {
  parsePlan,
  planYears,
  type Indicator,
  type IndicatorValue,
  type Lang,
  type Plan,
} from "../../src/core/model";
import { summarize } from "../../src/core/summary/compute";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { writeXlsx } from "../../src/xlsx/workbook";
import {
  libreOfficeAvailable,
  recalcMany,
  csvNumber,
  expectSameFigure,
} from "../support/libreoffice";
import { randomPlanWithRows } from "../support/random-values";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-targets-lo-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A random plan whose rows hold a value, a target or both (half its indicators without an end target). */
const randomWithTargets = (seed: number): Plan => randomPlanWithRows(seed, "targets");

/** Hand-made indicators and rows; `want`: each one's yearly targets worked out by hand. */
function handMade(): { plan: Plan; want: Record<string, (number | null)[]> } {
  const base = randomWithTargets(31);
  const years = planYears(base);
  const [y0, y1, y2, y3] = years;
  const [a, b, c, d, e, ...rest] = base.indicators;
  const set = (i: Indicator, x: Partial<Indicator>): Indicator => ({
    ...i,
    endTarget: null,
    baseline: { year: y0 - 1, value: 0 },
    direction: "increase",
    actuals: [],
    ...x,
  });
  const codes = [a, b, c, d, e].map((i) => i.code.toLowerCase());
  const row = (i: Indicator, x: Partial<IndicatorValue>): IndicatorValue => ({
    indicator: i.code,
    year: y1,
    value: null,
    numerator: null,
    denominator: null,
    ...x,
  });
  const plan = parsePlan({
    ...base,
    indicators: [
      // A count: typed 99 for y1, 77 for y3.
      set(a, {
        measure: "number",
        aggregation: "sum",
        targets: [
          { year: y1, value: 99 },
          { year: y3, value: 77 },
        ],
      }),
      set(b, { measure: "percent", aggregation: "latest", targets: [{ year: y0, value: 15 }] }),
      set(c, { measure: "percent", aggregation: "average", targets: [] }),
      set(d, { measure: "level", aggregation: "max", targets: [] }),
      set(e, { measure: "percent", aggregation: "latest", targets: [{ year: y2, value: 60 }] }),
      ...rest,
    ],
    values: [
      ...base.values.filter((v) => !codes.includes(v.indicator.toLowerCase())),
      // a, y1: four quarterly targets of 10 make 40 (the typed 99 gives way); a value-only row
      // adds nothing to the target, and the target-only rows add nothing to the actual (5).
      ...(["Q1", "Q2", "Q3", "Q4"] as const).map((p) => row(a, { period: p, target: 10 })),
      row(a, { period: "Q1", breakdown: "women", value: 5 }),
      // a, y2: no total; by sex 12 + 8 = 20 (the region's 100 is another breakdown).
      row(a, { year: y2, breakdown: "women", target: 12 }),
      row(a, { year: y2, breakdown: "men", target: 8 }),
      row(a, { year: y2, breakdown: "KAY", target: 100 }),
      // b, y1: the latest total's target, H2 40 (not H1 30, not Kayes' 90).
      row(b, { period: "H1", target: 30, value: 25 }),
      row(b, { period: "H2", target: 40 }),
      row(b, { period: "H2", breakdown: "KAY", target: 90 }),
      // b, y2: a percentage's targets by sex only cannot be totalled: none.
      row(b, { year: y2, breakdown: "women", target: 30 }),
      row(b, { year: y2, breakdown: "men", target: 20 }),
      // c, y1: the mean of the totals' targets, (20 + 40) / 2.
      row(c, { period: "Q1", target: 20 }),
      row(c, { period: "Q2", target: 40 }),
      // d, y3: the highest total's target, 3 (Q2 has a value only).
      row(d, { year: y3, period: "Q1", target: 2 }),
      row(d, { year: y3, period: "Q3", target: 3 }),
      row(d, { year: y3, period: "Q2", value: 4 }),
      // e, y2: a whole-year total row's target 50 wins over the typed 60.
      row(e, { year: y2, target: 50, value: 45 }),
    ],
  });
  const at = (xs: [number, number | null][]) =>
    years.map((y) => {
      const hit = xs.find(([yy]) => yy === y);
      return hit ? hit[1] : null;
    });
  return {
    plan,
    want: {
      [a.code]: at([
        [y1, 40],
        [y2, 20],
        [y3, 77],
      ]),
      [b.code]: at([
        [y0, 15],
        [y1, 40],
        [y2, null],
      ]),
      [c.code]: at([[y1, 30]]),
      [d.code]: at([[y3, 3]]),
      [e.code]: at([[y2, 50]]),
    },
  };
}

function compare(plan: Plan, lang: Lang, csv: Map<string, string[][]>, name: string) {
  const wp = buildWorkbookPlan(plan, lang);
  const sheet = wp.sheets.find((s) => s.tables.some((x) => x.name === "tblSumIndicators"))!;
  const table = sheet.tables.find((x) => x.name === "tblSumIndicators")!;
  const rows = csv.get(sheet.name)!;
  expect(rows[table.row][table.col]).toBe(table.headers[0]);
  const want = summarize(plan).indicators;
  let fromRows = 0;
  want.forEach((w, i) => {
    const r = rows[table.row + 1 + i];
    const cell = (key: string) => r[table.col + table.keys.indexOf(key)];
    expect(cell("code")).toBe(w.code);
    for (const { year, value } of w.targets)
      expectSameFigure(
        csvNumber(cell(`target:${year}`)),
        value,
        `${name}: ${w.code} target ${year}`
      );
    for (const { year, value } of w.actuals)
      expectSameFigure(
        csvNumber(cell(`actual:${year}`)),
        value,
        `${name}: ${w.code} actual ${year}`
      );
    expectSameFigure(csvNumber(cell("target")), w.target, `${name}: ${w.code} target compared`);
    expectSameFigure(
      csvNumber(cell("yearTarget")),
      w.yearTarget,
      `${name}: ${w.code} year's target`
    );
    expectSameFigure(csvNumber(cell("progress")), w.progress, `${name}: ${w.code} progress`);
    expect({ code: w.code, status: cell("status") }).toEqual({
      code: w.code,
      status: t(lang, SHOWN_LABELS[w.shown]),
    });
    const code = w.code.toLowerCase();
    if (plan.values.some((v) => v.indicator.toLowerCase() === code && typeof v.target === "number"))
      fromRows++;
  });
  return fromRows;
}

test("the hand-made rows make the targets worked out by hand (TypeScript)", () => {
  const { plan, want } = handMade();
  const got = summarize(plan).indicators;
  for (const [code, targets] of Object.entries(want))
    expect({
      code,
      targets: got.find((g) => g.code === code)!.targets.map((x) => x.value),
    }).toEqual({ code, targets });
  // The target-only rows make no actual: the count's y1 actual is its value row's 5.
  const a = got.find((g) => g.code === Object.keys(want)[0])!;
  expect(a.actuals[1].value).toBe(5);
});

const describeLO = libreOfficeAvailable() ? describe : describe.skip;

describeLO(
  "yearly targets from tblValues: TypeScript = formulas recalculated by LibreOffice",
  () => {
    test("hand-made rows (en, fr) and random plans with value and target rows (en 41, fr 42, en 43)", async () => {
      const cases: { plan: Plan; lang: Lang; name: string }[] = [
        { plan: handMade().plan, lang: "en", name: "hand-en" },
        { plan: handMade().plan, lang: "fr", name: "hand-fr" },
        ...(
          [
            [41, "en"],
            [42, "fr"],
            [43, "en"],
          ] as const
        ).map(([seed, lang]) => ({
          plan: randomWithTargets(seed),
          lang,
          name: `random-${seed}-${lang}`,
        })),
      ];
      const files: string[] = [];
      for (const c of cases) {
        const file = path.join(dir, `${c.name}.xlsx`);
        await writeXlsx(buildWorkbookPlan(c.plan, c.lang), file);
        files.push(file);
      }
      // A loaded machine makes LibreOffice slow: a generous bound.
      const csvs = await recalcMany(files, 1500000);
      cases.forEach((c, i) => {
        const fromRows = compare(c.plan, c.lang, csvs[i], c.name);
        // The comparison means something: rows' targets drive many indicators.
        if (c.name.startsWith("random")) expect(fromRows).toBeGreaterThan(15);
      });
      // The hand-made targets, as LibreOffice shows them.
      const { plan, want } = handMade();
      const wp = buildWorkbookPlan(plan, "en");
      const sheet = wp.sheets.find((s) => s.tables.some((x) => x.name === "tblSumIndicators"))!;
      const table = sheet.tables.find((x) => x.name === "tblSumIndicators")!;
      const rows = csvs[0].get(sheet.name)!;
      const years = planYears(plan);
      for (const [code, targets] of Object.entries(want)) {
        const r = rows.find((x) => x[table.col] === code)!;
        const got = years.map((y) => csvNumber(r[table.col + table.keys.indexOf(`target:${y}`)]));
        expect({ code, got }).toEqual({ code, got: targets });
      }
    }, 2400000);
  }
);
