/**
 * IATI results from the values table (tblValues): half-year and quarter
 * periods, the yearly actual the workbook's, breakdowns as dimensions,
 * comments, evidence links, rates. On the example plan with generated
 * quarterly, half-year and disaggregated rows (expected figures worked out
 * by hand below), and on random plans (bounded); schema-validated, checked
 * against the Standard's rules (./rules.ts and ./result-rules.ts), each
 * results rule shown failing on a hand-broken file.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { create } from "xmlbuilder2";
import { exportIatiCommand } from "../../src/cli/commands/export-iati";
import { planToIati } from "../../src/core/iati";
import { evidenceLink } from "../../src/core/iati/results";
import {
  parsePlan,
  PERIODS,
  planYears,
  type Indicator,
  type IndicatorValue,
  type Plan,
} from "../../src/core/model";
import { EXAMPLE_RATE_INDICATOR } from "../../src/core/plans/example-operational-plan";
import { summarize } from "../../src/core/summary/compute";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { readPlan } from "../../src/core/template/read";
import { writeXlsx } from "../../src/xlsx/workbook";
import { prng, randomPlan } from "../support/random-plan";
import { valuesOf } from "../support/values";
import { checkResultRules, RESULT_RULES } from "./result-rules";
import { checkRules, lines } from "./rules";
import { mali, NOW, validate } from "./support";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-iati-results-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface ParsedActual {
  value: string | null;
  dims: string[];
  comment: string | null;
  links: { url: string; format: string; category: string; title: string }[];
}
interface ParsedPeriod {
  start: string;
  end: string;
  targets: (string | null)[];
  /** ptargets: each target as "dimensions value" ("sex=F 6"; a total: " 10"). */
  targetsBy: string[];
  actuals: ParsedActual[];
}

/** Each indicator's periods, by the indicator's code (its title's first word), read with an XML parser. */
function periodsByIndicator(xml: string): Map<string, ParsedPeriod[]> {
  const doc = create(xml).node as unknown as Document;
  const kids = (e: Element, name: string) =>
    [...e.childNodes].filter(
      (n): n is Element => n.nodeType === 1 && (n as Element).tagName === name
    );
  const kid = (e: Element, name: string) => kids(e, name)[0];
  const text = (e: Element | undefined) => (e ? (e.textContent ?? "") : "");
  const out = new Map<string, ParsedPeriod[]>();
  for (const ind of [...doc.getElementsByTagName("indicator")]) {
    const code = text(kid(kid(ind, "title"), "narrative")).split(" ")[0];
    if (out.has(code)) throw new Error(`indicator ${code} written twice`);
    out.set(
      code,
      kids(ind, "period").map((p) => ({
        start: kid(p, "period-start").getAttribute("iso-date")!,
        end: kid(p, "period-end").getAttribute("iso-date")!,
        targets: kids(p, "target").map((t) => t.getAttribute("value")),
        targetsBy: kids(p, "target").map(
          (t) =>
            `${kids(t, "dimension")
              .map((d) => `${d.getAttribute("name")}=${d.getAttribute("value")}`)
              .join()} ${t.getAttribute("value")}`
        ),
        actuals: kids(p, "actual").map((a) => ({
          value: a.getAttribute("value"),
          dims: kids(a, "dimension").map(
            (d) => `${d.getAttribute("name")}=${d.getAttribute("value")}`
          ),
          comment: kid(a, "comment") ? text(kid(kid(a, "comment"), "narrative")) : null,
          links: kids(a, "document-link").map((l) => ({
            url: l.getAttribute("url")!,
            format: l.getAttribute("format")!,
            category: kid(l, "category")?.getAttribute("code") ?? "",
            title: text(kid(kid(l, "title"), "narrative")),
          })),
        })),
      }))
    );
  }
  return out;
}

const total = (p: ParsedPeriod | undefined) => p?.actuals.find((a) => a.dims.length === 0);
const near = (got: string | null | undefined, want: number) => {
  expect(got).toBeDefined();
  expect(got).not.toBeNull();
  expect(Math.abs(Number(got) - want)).toBeLessThan(1e-6);
};

/** The example plan's indicators the generated rows are for, by measure, aggregation and disaggregation. */
function pick(plan: Plan) {
  const find = (f: (i: Indicator) => boolean) => {
    const i = plan.indicators.find((x) => x.code !== EXAMPLE_RATE_INDICATOR && f(x));
    if (!i) throw new Error("the example plan has no such indicator");
    return i;
  };
  const dis = (i: Indicator, d: string) => i.disaggregation.join("+") === d;
  return {
    count: find((i) => i.measure === "number" && i.aggregation === "sum" && dis(i, "sex")),
    countRegion: find((i) => i.measure === "number" && i.aggregation === "sum" && dis(i, "region")),
    rateRegion: find(
      (i) => i.measure === "percent" && i.aggregation === "latest" && dis(i, "region")
    ),
    percent: find((i) => i.measure === "percent" && i.aggregation === "latest" && dis(i, "")),
    text: find((i) => i.measure === "text"),
    level: find((i) => i.measure === "level" && i.aggregation === "latest" && dis(i, "sex")),
  };
}

const PDF = "https://example.org/rapports/T1 2021.pdf";
const PAGE = "https://example.org/suivi";

/** Quarterly, half-year and disaggregated rows for the example plan, with comments and evidence. */
function withRows(plan: Plan): Plan {
  const ind = pick(plan);
  const row = (
    i: Indicator,
    year: number,
    period: IndicatorValue["period"],
    breakdown: string | undefined,
    v: Partial<IndicatorValue>
  ) => ({ indicator: i.code, year, period, breakdown, value: null, ...v });
  const values = [
    // A count by sex, by quarter of 2021: quarters 5, 5, 10, 6; the year 26.
    row(ind.count, 2021, "Q1", "F", {
      value: 3,
      comment: "Trained in Mopti",
      evidence: PDF,
    }),
    row(ind.count, 2021, "Q1", "H", { value: 2 }),
    row(ind.count, 2021, "Q2", "F", { value: 4 }),
    row(ind.count, 2021, "Q2", "H", { value: 1, evidence: "Rapport trimestriel MPFEF" }),
    row(ind.count, 2021, "Q3", "F", { value: 5 }),
    row(ind.count, 2021, "Q3", "H", { value: 5 }),
    row(ind.count, 2021, "Q4", "F", { value: 0 }),
    row(ind.count, 2021, "Q4", "H", { value: 6 }),
    // A count by region, by half of 2022: halves 17 and 12; the year 29.
    row(ind.countRegion, 2022, "H1", "MOP", { value: 10 }),
    row(ind.countRegion, 2022, "H1", "TOM", { value: 7 }),
    row(ind.countRegion, 2022, "H2", "MOP", { value: 12, evidence: PAGE }),
    // A rate by region: Q1 4 of 20 (20 %; Mopti 30 %, Tombouctou 10 %), Q2 6 of 10 (60 %),
    // and a whole-year total row 5 of 20: the year's actual is that total, 25 % (a total row
    // wins over breakdown rows: the Values sheet's rule, so that nothing counts twice).
    row(ind.rateRegion, 2021, "Q1", "MOP", { numerator: 3, denominator: 10 }),
    row(ind.rateRegion, 2021, "Q1", "TOM", { numerator: 1, denominator: 10 }),
    row(ind.rateRegion, 2021, "Q2", "MOP", { numerator: 6, denominator: 10 }),
    row(ind.rateRegion, 2021, undefined, undefined, {
      numerator: 5,
      denominator: 20,
      comment: "Survey of 20 communes",
    }),
    // A percentage as the latest value: H1 40, H2 55, a Q3 value for women only (no total):
    // the year is H2's 55.
    row(ind.percent, 2022, "H1", undefined, { value: 40 }),
    row(ind.percent, 2022, "H2", undefined, { value: 55 }),
    row(ind.percent, 2022, "Q3", "F", { value: 50 }),
    // A qualitative indicator: comments only.
    row(ind.text, 2021, "Q1", undefined, { comment: "Draft law adopted by the council" }),
    row(ind.text, 2021, "Q1", "MOP", { comment: "Committees set up in Mopti" }),
    // A level by sex only: no total for H1 or the year (the workbook shows none).
    row(ind.level, 2022, "H1", "F", { value: 2 }),
    row(ind.level, 2022, "H1", "H", { value: 3 }),
  ];
  return parsePlan({ ...plan, values: [...plan.values, ...values] });
}

describe("the example plan with quarterly, half-year and disaggregated rows", () => {
  const plan = withRows(mali());
  const ind = pick(plan);
  const r = planToIati(plan, { generatedAt: NOW });
  const periods = periodsByIndicator(r.xml);
  const at = (i: Indicator | string, start: string, end: string) =>
    periods
      .get(typeof i === "string" ? i : i.code)!
      .find((p) => p.start === start && p.end === end);

  test("the file validates against the IATI 2.03 schema and breaks no rule", async () => {
    expect(r.xml).not.toBe("");
    expect(lines(checkRules(r.xml, new Date(NOW)))).toEqual([]);
    expect(lines(checkResultRules(r.xml))).toEqual([]);
    const file = path.join(dir, "example-rows.xml");
    fs.writeFileSync(file, r.xml);
    await validate(file);
  });

  test("a count by quarter: a period per quarter, their sum the year's actual, each sex a dimension", () => {
    expect(periods.get(ind.count.code)!.map((p) => `${p.start}..${p.end}`)).toEqual(
      expect.arrayContaining([
        "2021-01-01..2021-12-31",
        "2021-01-01..2021-03-31",
        "2021-04-01..2021-06-30",
        "2021-07-01..2021-09-30",
        "2021-10-01..2021-12-31",
      ])
    );
    expect(
      periods.get(ind.count.code)!.some((p) => p.end === "2021-06-30" && p.start === "2021-01-01")
    ).toBe(false);
    near(total(at(ind.count, "2021-01-01", "2021-12-31"))?.value, 26);
    const quarters: [string, string, number, number, number][] = [
      ["2021-01-01", "2021-03-31", 5, 3, 2],
      ["2021-04-01", "2021-06-30", 5, 4, 1],
      ["2021-07-01", "2021-09-30", 10, 5, 5],
      ["2021-10-01", "2021-12-31", 6, 0, 6],
    ];
    for (const [s, e, all, f, h] of quarters) {
      const p = at(ind.count, s, e)!;
      near(total(p)?.value, all);
      near(p.actuals.find((a) => a.dims.join() === "sex=F")?.value, f);
      near(p.actuals.find((a) => a.dims.join() === "sex=H")?.value, h);
      // No row holds a target: none on a quarter (the typed targets are yearly).
      expect(p.targets).toEqual([]);
    }
  });

  test("a count by region, by half-year", () => {
    near(total(at(ind.countRegion, "2022-01-01", "2022-06-30"))?.value, 17);
    near(total(at(ind.countRegion, "2022-07-01", "2022-12-31"))?.value, 12);
    near(total(at(ind.countRegion, "2022-01-01", "2022-12-31"))?.value, 29);
    const h1 = at(ind.countRegion, "2022-01-01", "2022-06-30")!;
    expect(h1.actuals.map((a) => a.dims.join()).sort()).toEqual(["", "region=MOP", "region=TOM"]);
  });

  test("a rate: the sum of the numerators over the sum of the denominators, per period, breakdown and year", () => {
    const q1 = at(ind.rateRegion, "2021-01-01", "2021-03-31")!;
    near(total(q1)?.value, 20);
    near(q1.actuals.find((a) => a.dims.join() === "region=MOP")?.value, 30);
    near(q1.actuals.find((a) => a.dims.join() === "region=TOM")?.value, 10);
    near(total(at(ind.rateRegion, "2021-04-01", "2021-06-30"))?.value, 60);
    const year = total(at(ind.rateRegion, "2021-01-01", "2021-12-31"))!;
    near(year.value, 25);
    expect(year.comment).toBe("Survey of 20 communes");
    // The example plan's own rows (I3.2.1): 12/40 and 18/45 by half of its second year, 30/85 the
    // year; by region in its third year, 14/50 and 9/30, 23/80 the year.
    const rate = plan.indicators.find((i) => i.code === EXAMPLE_RATE_INDICATOR)!;
    expect(rate.measure).toBe("percent");
    const [y1, y2] = [plan.period.start + 1, plan.period.start + 2];
    near(total(at(rate, `${y1}-01-01`, `${y1}-06-30`))?.value, 30);
    near(total(at(rate, `${y1}-07-01`, `${y1}-12-31`))?.value, 40);
    near(total(at(rate, `${y1}-01-01`, `${y1}-12-31`))?.value, (30 / 85) * 100);
    const y2year = at(rate, `${y2}-01-01`, `${y2}-12-31`)!;
    near(total(y2year)?.value, 28.75);
    near(y2year.actuals.find((a) => a.dims.join() === "region=MOP")?.value, 28);
    near(y2year.actuals.find((a) => a.dims.join() === "region=TOM")?.value, 30);
  });

  test("a percentage as the latest value: the year is its last total; a value given for women only has no total", () => {
    near(total(at(ind.percent, "2022-01-01", "2022-06-30"))?.value, 40);
    near(total(at(ind.percent, "2022-07-01", "2022-12-31"))?.value, 55);
    near(total(at(ind.percent, "2022-01-01", "2022-12-31"))?.value, 55);
    const q3 = at(ind.percent, "2022-07-01", "2022-09-30")!;
    expect(total(q3)).toBeUndefined();
    expect(q3.actuals).toHaveLength(1);
    near(q3.actuals[0].value, 50);
    expect(q3.actuals[0].dims).toEqual(["breakdown=F"]);
  });

  test("a level given by sex only: dimensions, and no total the workbook does not show", () => {
    const h1 = at(ind.level, "2022-01-01", "2022-06-30")!;
    expect(total(h1)).toBeUndefined();
    expect(h1.actuals.map((a) => `${a.dims.join()} ${a.value}`).sort()).toEqual([
      "sex=F 2",
      "sex=H 3",
    ]);
    expect(total(at(ind.level, "2022-01-01", "2022-12-31"))).toBeUndefined();
  });

  test("a qualitative indicator: the rows' comments, never a value", () => {
    const q1 = at(ind.text, "2021-01-01", "2021-03-31")!;
    expect(q1.actuals.map((a) => [a.dims.join(), a.value, a.comment])).toEqual([
      ["", null, "Draft law adopted by the council"],
      ["breakdown=MOP", null, "Committees set up in Mopti"],
    ]);
    // No single disaggregation declared: the dimension is named "breakdown".
    expect(ind.text.disaggregation).toEqual([]);
  });

  test("each year's actual is the workbook's (the Indicator progress sheet's, held equal to LibreOffice by test/values/parity)", () => {
    const summary = summarize(plan).indicators;
    let compared = 0;
    for (const i of plan.indicators.filter((x) => x.measure !== "text")) {
      const yearly = summary.find((s) => s.code === i.code)!.actuals;
      for (const { year, value } of yearly) {
        const a = total(at(i, `${year}-01-01`, `${year}-12-31`));
        if (value === null) expect(a?.value ?? null).toBeNull();
        else {
          near(a?.value, value);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThanOrEqual(10);
  });

  test("targets and baselines as before: the typed yearly target on the yearly period", () => {
    const withTarget = plan.indicators.filter(
      (i) => i.measure !== "text" && i.targets.some((x) => x.year === 2021)
    );
    expect(withTarget.length).toBeGreaterThan(5);
    for (const i of withTarget) {
      const want = i.targets.find((x) => x.year === 2021)!.value;
      expect(at(i, "2021-01-01", "2021-12-31")!.targets).toEqual([String(want)]);
    }
    expect(r.xml).toContain('<baseline year="2018" iso-date="2018-01-01" value="10"/>');
  });

  test("a row's comment is its actual's; web-address evidence a document link, other evidence counted", () => {
    const q1f = at(ind.count, "2021-01-01", "2021-03-31")!.actuals.find(
      (a) => a.dims.join() === "sex=F"
    )!;
    expect(q1f.comment).toBe("Trained in Mopti");
    expect(q1f.links).toEqual([
      {
        url: "https://example.org/rapports/T1%202021.pdf",
        format: "application/pdf",
        category: "A08",
        title: `Evidence for indicator ${ind.count.code}, 2021 Q1`,
      },
    ]);
    const h2mop = at(ind.countRegion, "2022-07-01", "2022-12-31")!.actuals.find(
      (a) => a.dims.join() === "region=MOP"
    )!;
    expect(h2mop.links.map((l) => [l.url, l.format])).toEqual([[PAGE, "text/html"]]);
    expect(r.xml).not.toContain("Rapport trimestriel");
    const warning = r.findings.find((f) => f.rule === "evidence-not-link")!;
    expect(warning.severity).toBe("warning");
    expect(warning.message).toMatch(/^1 value’s evidence is not a web address/);
  });

  test("French findings", () => {
    const fr = planToIati(plan, { generatedAt: NOW, lang: "fr" });
    expect(fr.findings.find((f) => f.rule === "evidence-not-link")!.message).toMatch(
      /^le justificatif de 1 valeur n’est pas une adresse web/
    );
    expect(fr.xml).toContain(`Justificatif de l’indicateur ${ind.count.code}, 2021 Q1`);
  });

  test("rows naming no indicator of the plan, or a year outside it, are left out and counted", () => {
    const odd = parsePlan({
      ...plan,
      values: [
        ...plan.values,
        { indicator: "NOPE", year: 2021, value: 1 },
        { indicator: ind.count.code, year: 2030, value: 1 },
      ],
    });
    const x = planToIati(odd, { generatedAt: NOW });
    expect(x.findings.find((f) => f.rule === "values-left-out")!.message).toMatch(/^2 rows/);
    expect(x.xml).not.toContain("2030-");
    expect(periodsByIndicator(x.xml)).toEqual(periods);
  });

  test("nap1325 export-iati on the workbook (.xlsx): the same results as from the plan", async () => {
    const xlsx = path.join(dir, "example-rows.xlsx");
    await writeXlsx(buildWorkbookPlan(plan, "en"), xlsx);
    const out = path.join(dir, "example-rows-cli.xml");
    const io = { out: () => {}, err: () => {}, env: {} };
    expect(await exportIatiCommand([xlsx, "--out", out, "--now", NOW], io, "en")).toBe(0);
    const written = fs.readFileSync(out, "utf8");
    expect(periodsByIndicator(written)).toEqual(periods);
    expect(lines(checkResultRules(written))).toEqual([]);
  });

  test("through the workbook: the values table's rows read back give the same results", () => {
    const read = readPlan(valuesOf(buildWorkbookPlan(plan, "fr")), "en");
    expect(read.plan.values).toHaveLength(plan.values.length);
    const x = planToIati(read.plan, { generatedAt: NOW, textLang: "fr" });
    expect(periodsByIndicator(x.xml)).toEqual(periods);
  });
});

describe("ptargets: targets per period and breakdown from the rows' Target column", () => {
  const base = withRows(mali());
  const ind = pick(base);
  // The count by sex (sum): Q1 targets women 6, men 4; Q2 women 7, men 5: quarters 10 and 12,
  // the year 22 (the typed 2021 target gives way). The percentage (latest): a whole-year total
  // target 40 and H1's 35: the year 40 (the latest total), H1 35; 2023 keeps its typed target.
  const t = (
    i: Indicator,
    period: IndicatorValue["period"],
    breakdown: string | undefined,
    target: number
  ) => ({
    indicator: i.code,
    year: 2021,
    period,
    breakdown,
    value: null,
    target,
  });
  const plan = parsePlan({
    ...base,
    values: [
      ...base.values.filter((v) => !(v.indicator === ind.count.code && v.year === 2021)),
      t(ind.count, "Q1", "F", 6),
      t(ind.count, "Q1", "H", 4),
      t(ind.count, "Q2", "F", 7),
      t(ind.count, "Q2", "H", 5),
      t(ind.percent, undefined, undefined, 40),
      t(ind.percent, "H1", undefined, 35),
    ],
  });
  const r = planToIati(plan, { generatedAt: NOW });
  const periods = periodsByIndicator(r.xml);
  const at = (i: Indicator, start: string, end: string) =>
    periods.get(i.code)!.find((p) => p.start === start && p.end === end);

  test("schema-valid, no rule broken", async () => {
    expect(lines(checkRules(r.xml, new Date(NOW)))).toEqual([]);
    expect(lines(checkResultRules(r.xml))).toEqual([]);
    const file = path.join(dir, "targets.xml");
    fs.writeFileSync(file, r.xml);
    await validate(file);
  });

  test("a count: each quarter's target and each sex's, the year's their sum", () => {
    expect(at(ind.count, "2021-01-01", "2021-03-31")!.targetsBy.sort()).toEqual([
      " 10",
      "sex=F 6",
      "sex=H 4",
    ]);
    expect(at(ind.count, "2021-04-01", "2021-06-30")!.targetsBy.sort()).toEqual([
      " 12",
      "sex=F 7",
      "sex=H 5",
    ]);
    expect(at(ind.count, "2021-01-01", "2021-12-31")!.targets).toEqual(["22"]);
    // The summary's year target is the same figure (the Indicator progress sheet's).
    const s = summarize(plan).indicators.find((x) => x.code === ind.count.code)!;
    expect(s.targets.find((x) => x.year === 2021)!.value).toBe(22);
  });

  test("a percentage: the latest total's target for the year, H1's own; other years typed", () => {
    expect(at(ind.percent, "2021-01-01", "2021-12-31")!.targets).toEqual(["40"]);
    expect(at(ind.percent, "2021-01-01", "2021-06-30")!.targets).toEqual(["35"]);
    const typed = ind.percent.targets.find((x) => x.year === 2023);
    if (typed)
      expect(at(ind.percent, "2023-01-01", "2023-12-31")!.targets).toEqual([String(typed.value)]);
  });
});

test("evidence: a single http(s) address is a link, escaped for xsd:anyURI; anything else is not", () => {
  expect(evidenceLink("https://example.org/a b/é.PDF")).toEqual({
    url: "https://example.org/a%20b/%C3%A9.PDF",
    format: "application/pdf",
  });
  expect(evidenceLink(" http://example.org/x.xlsx ")?.format).toBe(
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
  );
  for (const bad of [
    "Rapport annuel 2021",
    "www.example.org",
    "https://a.org https://b.org",
    "ftp://example.org/x",
    "https://",
    "",
    null,
  ])
    expect(evidenceLink(bad)).toBeNull();
});

/** Random rows for a plan: counts, values and rates, by period and breakdown, with comments and evidence. */
function randomRows(plan: Plan, seed: number): IndicatorValue[] {
  const rnd = prng(seed);
  const pickOne = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const years = planYears(plan);
  const out: IndicatorValue[] = [];
  const seen = new Set<string>();
  for (const ind of plan.indicators) {
    if (rnd() < 0.4) continue;
    const rate = ind.measure === "percent" && rnd() < 0.6;
    for (let k = Math.floor(rnd() * 9); k > 0; k--) {
      const year = pickOne(years);
      const period = rnd() < 0.3 ? undefined : pickOne(PERIODS);
      const breakdown = rnd() < 0.5 ? undefined : pickOne(["F", "H", "MOP", "15-24"]);
      const key = `${ind.code}|${year}|${period ?? "year"}|${breakdown ?? ""}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const den = Math.floor(rnd() * 60) + 1;
      const r = rnd();
      out.push({
        indicator: ind.code,
        year,
        period,
        breakdown,
        value: rate ? null : r < 0.1 ? null : Math.round(rnd() * 1000) / 10,
        numerator: rate ? Math.floor(rnd() * den) : null,
        denominator: rate ? den : null,
        comment: r < 0.3 ? `Random note ${k} & <${seed}>` : undefined,
        evidence:
          r < 0.15 ? `https://example.org/r/${seed}-${k}.pdf` : r < 0.2 ? "Rapport" : undefined,
      });
    }
  }
  return out;
}

describe("random plans with value rows", () => {
  const seeds = [1, 2, 3, 5, 8];
  const planOf = (seed: number) => {
    const base = randomPlan(seed, 60);
    return parsePlan({ ...base, values: randomRows(base, seed) });
  };

  test.each(seeds)(
    "seed %i: no rule broken; each yearly actual the workbook's; counts and rates per period from their rows",
    (seed) => {
      const plan = planOf(seed);
      expect(plan.values.length).toBeGreaterThan(20);
      const r = planToIati(plan, { generatedAt: NOW });
      expect(r.xml).not.toBe("");
      expect(lines(checkRules(r.xml, new Date(NOW)))).toEqual([]);
      expect(lines(checkResultRules(r.xml))).toEqual([]);
      const periods = periodsByIndicator(r.xml);
      const summary = summarize(plan).indicators;
      let subPeriods = 0;
      for (const i of plan.indicators.filter((x) => x.measure !== "text")) {
        const got = periods.get(i.code) ?? [];
        for (const { year, value } of summary.find((s) => s.code === i.code)!.actuals) {
          const a = total(
            got.find((p) => p.start === `${year}-01-01` && p.end === `${year}-12-31`)
          );
          if (value === null) expect(a?.value ?? null).toBeNull();
          else near(a?.value, value);
        }
        // Half-years and quarters of counts and rates, worked out here from the rows.
        for (const p of PERIODS.filter((x) => x !== "year"))
          for (const year of planYears(plan)) {
            const all = plan.values.filter(
              (v) => v.indicator === i.code && v.year === year && v.period === p
            );
            if (!all.length) continue;
            // The Values sheet's rule: the total rows (no breakdown) when one holds a figure,
            // else the rows of one breakdown: a region's before codes it does not know.
            const regions = new Set(plan.regions.map((x) => x.code));
            const rank = (v: IndicatorValue) =>
              !v.breakdown ? 0 : regions.has(v.breakdown) ? 1 : 2;
            const figure = (v: IndicatorValue) => v.value !== null || v.denominator !== null;
            const first = Math.min(3, ...all.filter(figure).map(rank));
            const rows = first === 3 ? all : all.filter((v) => rank(v) === first);
            const month = { H1: 1, H2: 7, Q1: 1, Q2: 4, Q3: 7, Q4: 10 }[p];
            const period = got.find(
              (x) =>
                x.start === `${year}-${String(month).padStart(2, "0")}-01` &&
                Number(x.end.slice(5, 7)) - month + 1 === (p.startsWith("H") ? 6 : 3)
            );
            const sum = (f: (v: IndicatorValue) => number | null) =>
              rows.reduce((s, v) => s + (f(v) ?? 0), 0);
            const hasDen = rows.some((v) => v.denominator !== null);
            let want: number | null = null;
            if (hasDen)
              want =
                (sum((v) => v.numerator) / sum((v) => v.denominator)) *
                (i.measure === "percent" ? 100 : 1);
            else if (i.measure === "number" || i.aggregation === "sum")
              want = rows.some((v) => v.value !== null) ? sum((v) => v.value) : null;
            else continue;
            if (want === null) expect(total(period)).toBeUndefined();
            else {
              near(total(period)?.value, want);
              subPeriods++;
            }
            // Each breakdown with a figure is a dimension of the period.
            for (const v of rows.filter((x) => x.breakdown && (x.value !== null || x.denominator)))
              expect(
                period!.actuals.some((a) => a.dims.some((d) => d.endsWith(`=${v.breakdown}`)))
              ).toBe(true);
          }
      }
      expect(subPeriods).toBeGreaterThan(0);
    }
  );

  test("their files validate against the schema", async () => {
    for (const seed of seeds.slice(0, 3)) {
      const file = path.join(dir, `random-rows-${seed}.xml`);
      fs.writeFileSync(file, planToIati(planOf(seed), { generatedAt: NOW }).xml);
      await validate(file);
    }
  });
});

/** A small results activity that breaks no results rule; each negative test breaks one thing. */
const GOOD = `<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03" generated-datetime="2026-01-01T00:00:00Z">
  <iati-activity last-updated-datetime="2026-01-01T00:00:00Z" xml:lang="en" default-currency="XOF" hierarchy="1">
    <iati-identifier>ML-NAP-MPFEF-nap</iati-identifier>
    <result type="1" aggregation-status="0">
      <title><narrative>Women trained</narrative></title>
      <indicator measure="1" ascending="1">
        <title><narrative>I1 Women trained</narrative></title>
        <period>
          <period-start iso-date="2021-01-01"/><period-end iso-date="2021-12-31"/>
          <target value="30"/><actual value="26"/>
        </period>
        <period>
          <period-start iso-date="2021-01-01"/><period-end iso-date="2021-03-31"/>
          <actual value="5"/>
          <actual value="3"><dimension name="sex" value="F"/><comment><narrative>Trained in Mopti</narrative></comment>
            <document-link url="https://example.org/t1.pdf" format="application/pdf">
              <title><narrative>Evidence for indicator I1, 2021 Q1</narrative></title>
              <category code="A08"/>
            </document-link>
          </actual>
          <actual value="2"><dimension name="sex" value="H"/></actual>
        </period>
        <period>
          <period-start iso-date="2021-04-01"/><period-end iso-date="2021-06-30"/>
          <actual value="5"/>
        </period>
      </indicator>
    </result>
  </iati-activity>
</iati-activities>`;

function broken(from: string, to: string): string {
  if (!GOOD.includes(from)) throw new Error(`${from} is not in the good file`);
  return GOOD.replace(from, to);
}

const NEGATIVE: [string, string][] = [
  [
    "period-overlap",
    broken(
      '<period-start iso-date="2021-04-01"/><period-end iso-date="2021-06-30"/>',
      '<period-start iso-date="2021-03-01"/><period-end iso-date="2021-05-31"/>'
    ),
  ],
  [
    "period-within-year",
    broken(
      '<period-start iso-date="2021-04-01"/><period-end iso-date="2021-06-30"/>',
      '<period-start iso-date="2021-12-01"/><period-end iso-date="2022-02-28"/>'
    ),
  ],
  ["dimension-name-value", broken('name="sex" value="F"', 'name="sex" value=" "')],
  ["dimension-name-value", broken('name="sex" value="H"', 'value="H"')],
  ["actual-once", broken('<dimension name="sex" value="H"/>', '<dimension name="sex" value="F"/>')],
  [
    "actual-once",
    broken(
      '<actual value="5"/>\n          <actual value="3">',
      '<actual value="5"/><actual value="4"/>\n          <actual value="3">'
    ),
  ],
  ["document-link-url", broken('url="https://example.org/t1.pdf"', 'url="Rapport T1"')],
  ["9.68.1", broken('format="application/pdf"', 'format="PDF"')],
  ["9.69.1", broken('<category code="A08"/>', '<category code="Z01"/>')],
  [
    "document-link-title",
    broken("<narrative>Evidence for indicator I1, 2021 Q1</narrative>", "<narrative> </narrative>"),
  ],
];

describe("each results rule fails on a hand-broken file", () => {
  test("the good file breaks none, and every results rule has a broken file", () => {
    expect(lines(checkResultRules(GOOD))).toEqual([]);
    expect(new Set(NEGATIVE.map(([rule]) => rule))).toEqual(new Set(Object.keys(RESULT_RULES)));
  });

  test.each(NEGATIVE)("%s", (rule, xml) => {
    const found = checkResultRules(xml);
    expect(found.map((f) => f.rule)).toContain(rule);
    expect(found.find((f) => f.rule === rule)!.severity).toBe(RESULT_RULES[rule].severity);
  });

  test("every results rule names its reference", () => {
    for (const r of Object.values(RESULT_RULES)) {
      expect(r.reference).toMatch(/iatistandard\.org|Validator/);
      expect(r.text.length).toBeGreaterThan(10);
    }
  });

  test("periods of different lengths may overlap (a year and its quarters)", () => {
    // GOOD has the year 2021 and its first two quarters: no finding.
    expect(checkResultRules(GOOD).filter((f) => f.rule === "period-overlap")).toEqual([]);
  });
});
