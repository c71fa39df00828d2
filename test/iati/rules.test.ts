/**
 * The IATI file against the Standard's rules the XSD cannot express (see
 * ./rules.ts for each rule and its reference), on the Mali example plan and
 * on random plans; every rule shown able to fail on a hand-broken file; the
 * file's totals equal the workbook's per year and status.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { exportIatiCommand } from "../../src/cli/commands/export-iati";
import { actualStart, planToIati } from "../../src/core/iati";
import { parsePlan, type Lang, type Plan } from "../../src/core/model";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { readPlan } from "../../src/core/template/read";
import { tablesOf, toExcelJs, writeXlsx } from "../../src/xlsx/workbook";
import { randomPlan } from "../support/random-plan";
import { checkRules, guessLang, lines, RULES } from "./rules";
import { expected, found, mali, NOW, parseIati, sourceByName, sum, validate } from "./support";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-iati-rules-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Pairs (pillar, year) whose lines are both indicative and committed: each was two overlapping budgets. */
function mixedYears(plan: Plan): number {
  const seen = new Map<string, Set<string>>();
  const output = new Map(plan.outputs.map((o) => [o.code, o.result]));
  const result = new Map(plan.results.map((r) => [r.code, r.pillar]));
  for (const a of plan.actions)
    for (const b of a.budget) {
      if (b.amount === 0) continue;
      const key = `${result.get(output.get(a.output)!)}:${b.year}`;
      seen.set(key, (seen.get(key) ?? new Set()).add(b.status));
    }
  return [...seen.values()].filter((s) => s.size === 2).length;
}

/** The file's budgets and commitments against the plan's lines (see support.ts), sorted to compare. */
function reconcile(plan: Plan, xml: string) {
  const want = expected(plan);
  const got = found(xml, sourceByName(plan));
  const sorted = <V>(m: Map<string, V>) => [...m].sort(([a], [b]) => a.localeCompare(b));
  return {
    got: { budgets: sorted(got.budgets), commitments: sorted(got.commitments) },
    want: { budgets: sorted(want.budgets), commitments: sorted(want.commitments) },
  };
}

describe.each<Lang>(["en", "fr"])("the Mali example plan, findings in %s", (lang) => {
  const plan = mali();
  const r = planToIati(plan, { generatedAt: NOW, lang });
  const findings = checkRules(r.xml, new Date(NOW));

  test("no rule is broken, not even the 12 overlapping budgets of pillar-years both indicative and committed", () => {
    expect(r.xml).not.toBe("");
    expect(lines(findings)).toEqual([]);
    expect(mixedYears(plan)).toBe(12);
  });

  test("the file's budgets and commitments equal the plan's per pillar, year, status and source", () => {
    const { got, want } = reconcile(plan, r.xml);
    expect(got).toEqual(want);
    expect(sum(parseIati(r.xml).flatMap((a) => a.budgets.map((b) => b.value)))).toBe(1265000000);
    expect(r.total).toBe(1265000000);
    // The money secured appears, as incoming commitments.
    const secured = sum(plan.actions.flatMap((a) => a.budget.map((b) => b.secured ?? 0)));
    expect(secured).toBeGreaterThan(0);
    expect(r.committed).toBe(secured);
  });
});

test("qualitative indicators carry their value as a comment, labels as numbers", async () => {
  const p = mali();
  const text = p.indicators.find((i) => i.measure === "text")!;
  const yesno = p.indicators.find((i) => i.measure === "yesno")!;
  const level = p.indicators.find((i) => i.measure === "level")!;
  const plan: Plan = {
    ...p,
    indicators: p.indicators.map((i) =>
      i === text
        ? {
            ...i,
            baseline: { year: 2018, value: "weak" },
            targets: [],
            actuals: [{ year: 2020, value: "adopted" }],
          }
        : i === yesno
          ? {
              ...i,
              baseline: { year: 2018, value: "Non" },
              targets: [{ year: 2021, value: "Yes" }],
              actuals: [],
            }
          : i === level
            ? {
                ...i,
                baseline: { year: 2018, value: "Moyen" },
                targets: [{ year: 2022, value: "Banana" }],
                actuals: [],
              }
            : i
    ),
  };
  const r = planToIati(plan, { generatedAt: NOW });
  expect(lines(checkRules(r.xml, new Date(NOW)))).toEqual([]);
  expect(r.xml).toMatch(
    /<baseline year="2018" iso-date="2018-01-01">\s*<comment>\s*<narrative>weak</
  );
  expect(r.xml).toMatch(/<actual>\s*<comment>\s*<narrative>adopted</);
  expect(r.xml).toMatch(/<baseline year="2018" iso-date="2018-01-01" value="0"\/>/);
  expect(r.xml).toMatch(/<target value="1"\/>/);
  expect(r.xml).toMatch(/<baseline year="2018" iso-date="2018-01-01" value="2"\/>/);
  // A label the measure does not read is left out, never written as text.
  expect(r.xml).not.toContain("Banana");
  const file = path.join(dir, "qualitative.xml");
  fs.writeFileSync(file, r.xml);
  await validate(file);
});

describe("random plans", () => {
  const seeds = [1, 2, 3, 5, 8, 13, 21, 34];
  test.each(seeds)(
    "seed %i: no rule broken; budgets and commitments per pillar, year, status and source",
    (seed) => {
      const plan = randomPlan(seed, 60);
      const r = planToIati(plan, { generatedAt: NOW });
      expect(r.xml).not.toBe("");
      expect(lines(checkRules(r.xml, new Date(NOW)))).toEqual([]);
      expect(mixedYears(plan)).toBeGreaterThan(0);
      const { got, want } = reconcile(plan, r.xml);
      expect(got).toEqual(want);
    }
  );

  test("their files validate against the schema", async () => {
    for (const seed of seeds.slice(0, 3)) {
      const file = path.join(dir, `random-${seed}.xml`);
      fs.writeFileSync(file, planToIati(randomPlan(seed, 60), { generatedAt: NOW }).xml);
      await validate(file);
    }
  });
});

test("from the workbook: nap1325 export-iati's budgets and commitments equal the Budget table's", async () => {
  const plan = randomPlan(7, 40);
  const xlsx = path.join(dir, "random.xlsx");
  await writeXlsx(buildWorkbookPlan(plan, "en"), xlsx);
  const xml = path.join(dir, "random-cli.xml");
  const io = { out: () => {}, err: () => {}, env: {} };
  expect(await exportIatiCommand([xlsx, "--out", xml, "--now", NOW], io, "en")).toBe(0);
  const written = fs.readFileSync(xml, "utf8");
  const { got, want } = reconcile(plan, written);
  expect(got).toEqual(want);
  expect(lines(checkRules(written, new Date(NOW)))).toEqual([]);
});

test("a French workbook's texts are French: the activities say so (textLang), the tool's labels say theirs", () => {
  const values = tablesOf(toExcelJs(buildWorkbookPlan(mali(), "fr")));
  const read = readPlan(values, "en");
  expect(read.lang).toBe("fr");
  // Told nothing, the export takes the texts for English: the rule catches it.
  const untold = planToIati(read.plan, { generatedAt: NOW, lang: "en" });
  expect(
    checkRules(untold.xml, new Date(NOW)).filter((f) => f.rule === "narrative-lang").length
  ).toBeGreaterThan(10);
  for (const lang of ["en", "fr"] as const) {
    const r = planToIati(read.plan, { generatedAt: NOW, lang, textLang: read.lang });
    expect(lines(checkRules(r.xml, new Date(NOW)))).toEqual([]);
    expect(r.xml).toMatch(/<iati-activity [^>]*xml:lang="fr"/);
    expect(reconcile(read.plan, r.xml).got).toEqual(reconcile(mali(), r.xml).want);
  }
  expect(planToIati(read.plan, { generatedAt: NOW, lang: "en", textLang: "fr" }).xml).toContain(
    '<narrative xml:lang="en">Leadership and coordination</narrative>'
  );
});

/**
 * A small activity that breaks no rule; each negative test below breaks one
 * thing in it by hand and expects that rule (and only checks that one).
 */
const GOOD = `<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03" generated-datetime="2026-01-01T00:00:00Z">
  <iati-activity last-updated-datetime="2026-01-01T00:00:00Z" xml:lang="en" default-currency="XOF" hierarchy="1">
    <iati-identifier>ML-NAP-MPFEF-nap</iati-identifier>
    <reporting-org ref="ML-NAP-MPFEF" type="10"><narrative>Ministry for the Advancement of Women</narrative></reporting-org>
    <title><narrative>National action plan for women, peace and security</narrative></title>
    <description type="1"><narrative>The plan of the ministry for the participation of women</narrative></description>
    <participating-org ref="ML-NAP-MPFEF" role="2" type="10"><narrative>Ministry for the Advancement of Women</narrative></participating-org>
    <participating-org role="1" type="10"><narrative xml:lang="fr">Budget national de l’État</narrative></participating-org>
    <activity-status code="2"/>
    <activity-date iso-date="2019-01-01" type="1"/>
    <activity-date iso-date="2019-02-01" type="2"/>
    <activity-date iso-date="2023-12-31" type="3"/>
    <activity-date iso-date="2024-06-30" type="4"/>
    <recipient-country code="ML" percentage="60"/>
    <recipient-country code="NE" percentage="40"/>
    <sector code="15170" vocabulary="1" percentage="70"/>
    <sector code="15220" vocabulary="1" percentage="30"/>
    <sector code="1" vocabulary="99" percentage="100"><narrative>Participation</narrative></sector>
    <policy-marker vocabulary="1" code="1" significance="2"/>
    <budget type="1" status="1">
      <period-start iso-date="2020-01-01"/><period-end iso-date="2020-12-31"/>
      <value currency="XOF" value-date="2020-01-01">100</value>
    </budget>
    <budget type="1" status="1">
      <period-start iso-date="2021-01-01"/><period-end iso-date="2021-12-31"/>
      <value currency="XOF" value-date="2021-01-01">100</value>
    </budget>
    <budget type="2" status="1">
      <period-start iso-date="2020-01-01"/><period-end iso-date="2020-12-31"/>
      <value currency="XOF" value-date="2020-06-01">120</value>
    </budget>
    <related-activity ref="ML-NAP-MPFEF-nap-1" type="2"/>
    <transaction>
      <transaction-type code="11"/>
      <transaction-date iso-date="2020-03-01"/>
      <value currency="XOF" value-date="2020-03-01">50</value>
      <provider-org ref="XM-DAC-41114"><narrative>A funder</narrative></provider-org>
    </transaction>
    <result type="2" aggregation-status="0">
      <title><narrative>Women take part in decisions</narrative></title>
      <indicator measure="2" ascending="1">
        <title><narrative>Proportion of women in the national assembly</narrative></title>
        <baseline year="2018" iso-date="2018-01-01" value="9.5"/>
        <period>
          <period-start iso-date="2021-01-01"/><period-end iso-date="2021-12-31"/>
          <target value="30"/><actual value="28.5"/>
        </period>
      </indicator>
      <indicator measure="5">
        <title><narrative>Quality of the legal framework</narrative></title>
        <baseline year="2018"><comment><narrative>weak</narrative></comment></baseline>
        <period>
          <period-start iso-date="2021-01-01"/><period-end iso-date="2021-12-31"/>
          <target><comment><narrative>good</narrative></comment></target>
        </period>
      </indicator>
    </result>
  </iati-activity>
</iati-activities>`;

const AT = new Date("2026-11-22T12:00:00Z");

/** Replace `from` (which must occur) in GOOD. */
function broken(...edits: [string | RegExp, string][]): string {
  let xml = GOOD;
  for (const [from, to] of edits) {
    const next = xml.replace(from, to);
    if (next === xml) throw new Error(`${from} is not in the good file`);
    xml = next;
  }
  return xml;
}
const TWO_ACTIVITIES = (xml: string) =>
  xml.replace(/(<iati-activity [\s\S]*<\/iati-activity>)/, "$1\n$1");

const NEGATIVE: [string, string][] = [
  ["1.1.2", TWO_ACTIVITIES(GOOD)],
  ["1.1.3", broken(["<iati-identifier>ML-NAP-MPFEF-nap<", "<iati-identifier>ML-NAP-MPFEF<"])],
  ["1.1.21", broken(["<iati-identifier>ML-NAP-MPFEF-nap<", "<iati-identifier>NAP-2019<"])],
  ["1.3.1", broken(["<iati-identifier>ML-NAP-MPFEF-nap<", "<iati-identifier>ML-NAP-MPFEF-nap <"])],
  [
    "1.3.13",
    broken(["<iati-identifier>ML-NAP-MPFEF-nap<", "<iati-identifier>ML-NAP-MPFEF-nap/1<"]),
  ],
  [
    "1.7.13",
    broken([
      'related-activity ref="ML-NAP-MPFEF-nap-1"',
      'related-activity ref="ML-NAP-MPFEF-nap?1"',
    ]),
  ],
  ["4.1.1", broken([' xml:lang="en" default-currency', " default-currency"])],
  [
    "4.3.1",
    broken([
      "<title><narrative>National action plan for women, peace and security</narrative></title>",
      "<title/>",
    ]),
  ],
  [
    "4.4.1",
    broken([
      "<narrative>The plan of the ministry for the participation of women</narrative>",
      "<narrative> </narrative>",
    ]),
  ],
  ["narrative-empty", broken(["<narrative>Participation</narrative>", "<narrative/>"])],
  [
    "narrative-lang",
    broken(['<narrative xml:lang="fr">Budget national', "<narrative>Budget national"]),
  ],
  [
    "narrative-lang",
    broken([
      "<narrative>Women take part in decisions</narrative>",
      '<narrative xml:lang="fr">Women take part in the decisions of the state</narrative>',
    ]),
  ],
  ["6.2.1", broken(['<activity-status code="2"/>', ""])],
  [
    "6.3.1",
    broken(['<reporting-org ref="ML-NAP-MPFEF" type="10">', '<reporting-org ref="ML-NAP-MPFEF">']),
  ],
  [
    "6.10.1",
    broken([
      '<participating-org role="1" type="10"><narrative xml:lang="fr">Budget national de l’État</narrative></participating-org>',
      '<participating-org role="1" type="10"/>',
    ]),
  ],
  [
    "6.9.1",
    broken([
      '<provider-org ref="XM-DAC-41114"><narrative>A funder</narrative></provider-org>',
      "<provider-org/>",
    ]),
  ],
  [
    "6.11.1",
    broken(
      ['<activity-date iso-date="2019-01-01" type="1"/>', ""],
      ['<activity-date iso-date="2019-02-01" type="2"/>', ""]
    ),
  ],
  [
    "end-date",
    broken(
      ['<activity-date iso-date="2023-12-31" type="3"/>', ""],
      ['<activity-date iso-date="2024-06-30" type="4"/>', ""]
    ),
  ],
  [
    "status-start",
    broken(
      ['<activity-date iso-date="2019-02-01" type="2"/>', ""],
      ['<activity-date iso-date="2024-06-30" type="4"/>', ""]
    ),
  ],
  [
    "11.1.1",
    broken([
      'last-updated-datetime="2026-01-01T00:00:00Z"',
      'last-updated-datetime="2026-11-23T00:00:00Z"',
    ]),
  ],
  ["11.1.2", broken(['iso-date="2023-12-31" type="3"', 'iso-date="2018-12-31" type="3"'])],
  ["11.1.3", broken(['iso-date="2024-06-30" type="4"', 'iso-date="2019-01-31" type="4"'])],
  [
    "11.1.4",
    broken(
      ['iso-date="2019-02-01" type="2"', 'iso-date="2026-12-01" type="2"'],
      ['iso-date="2024-06-30" type="4"', 'iso-date="2027-06-30" type="4"']
    ),
  ],
  ["11.1.5", broken(['iso-date="2024-06-30" type="4"', 'iso-date="2027-06-30" type="4"'])],
  ["6.2.2", broken([/<sector [^\n]*\n\s*<sector [^\n]*\n\s*<sector [^\n]*\n/, ""])],
  [
    "6.6.2",
    broken([
      '<transaction-type code="11"/>',
      '<transaction-type code="11"/><sector code="15170"/>',
    ]),
  ],
  ["2.1.1", broken(['code="15220" vocabulary="1" percentage="30"', 'code="15220" vocabulary="1"'])],
  ["2.1.2", broken(['percentage="30"', 'percentage="20"'])],
  [
    "2.1.4",
    broken([
      '<sector code="1" vocabulary="99" percentage="100">',
      '<sector code="1" vocabulary="99" percentage="90">',
    ]),
  ],
  [
    "12.3.1",
    broken(['percentage="70"', 'percentage="130"'], ['percentage="30"', 'percentage="-30"']),
  ],
  ["3.1.1", broken(['code="NE" percentage="40"', 'code="NE"'])],
  ["3.1.2", broken(['code="NE" percentage="40"', 'code="NE" percentage="41"'])],
  ["3.1.4", broken(['<recipient-country code="NE" percentage="40"/>', ""])],
  [
    "3.4.2",
    broken([
      '<recipient-country code="NE" percentage="40"/>',
      '<recipient-region code="289" vocabulary="1" percentage="30"/>',
    ]),
  ],
  [
    "12.1.1",
    broken(
      ['code="ML" percentage="60"', 'code="ML" percentage="140"'],
      ['code="NE" percentage="40"', 'code="NE" percentage="-40"']
    ),
  ],
  [
    "7.8.1",
    broken(
      [' default-currency="XOF"', ""],
      ['<value currency="XOF" value-date="2020-03-01">', '<value value-date="2020-03-01">']
    ),
  ],
  ["6.14.1", broken(['code="1" significance="2"', 'code="1"'])],
  [
    "8.6.3",
    broken([
      '<period-end iso-date="2021-12-31"/>\n      <value',
      '<period-end iso-date="2020-12-31"/>\n      <value',
    ]),
  ],
  [
    "7.5.3",
    broken([
      '<period-end iso-date="2020-12-31"/>\n      <value currency="XOF" value-date="2020-01-01">',
      '<period-end iso-date="2021-01-02"/>\n      <value currency="XOF" value-date="2020-01-01">',
    ]),
  ],
  ["7.5.2", broken(['value-date="2021-01-01"', ""])],
  ["budget-value-date", broken(['value-date="2020-06-01"', 'value-date="2019-12-31"'])],
  [
    "budget-overlap",
    broken([
      '<period-start iso-date="2021-01-01"/><period-end iso-date="2021-12-31"/>\n      <value',
      '<period-start iso-date="2020-07-01"/><period-end iso-date="2021-06-30"/>\n      <value',
    ]),
  ],
  ["budget-overlap-type", broken(['<budget type="2" status="1">', '<budget type="1" status="2">'])],
  [
    "budget-one-per-period",
    broken([
      '<period-start iso-date="2021-01-01"/><period-end iso-date="2021-12-31"/>\n      <value',
      '<period-start iso-date="2020-01-01"/><period-end iso-date="2020-12-31"/>\n      <value',
    ]),
  ],
  [
    "revised-has-original",
    broken([
      '<budget type="2" status="1">\n      <period-start iso-date="2020-01-01"/><period-end iso-date="2020-12-31"/>\n      <value currency="XOF" value-date="2020-06-01">',
      '<budget type="2" status="1">\n      <period-start iso-date="2022-01-01"/><period-end iso-date="2022-12-31"/>\n      <value currency="XOF" value-date="2022-06-01">',
    ]),
  ],
  ["org-ref", broken(['<provider-org ref="XM-DAC-41114">', '<provider-org ref="41114">'])],
  ["org-ref", broken(['<reporting-org ref="ML-NAP-MPFEF"', '<reporting-org ref="ML-NAP-MPFEF/1"'])],
  [
    "incoming-provider",
    broken(['<provider-org ref="XM-DAC-41114"><narrative>A funder</narrative></provider-org>', ""]),
  ],
  [
    "11.2.1",
    broken([
      '<transaction-date iso-date="2020-03-01"/>',
      '<transaction-date iso-date="2026-12-01"/>',
    ]),
  ],
  ["11.2.2", broken(['value-date="2020-03-01"', 'value-date="2027-01-01"'])],
  ["transaction-value-date", broken([' value-date="2020-03-01"', ""])],
  [
    "transaction-date",
    broken([
      '<transaction-date iso-date="2020-03-01"/>',
      '<transaction-date iso-date="1920-03-01"/>',
    ]),
  ],
  [
    "8.6.1",
    broken([
      '<period-start iso-date="2021-01-01"/><period-end iso-date="2021-12-31"/>\n          <target value',
      '<period-start iso-date="2021-01-01"/><period-end iso-date="2020-12-31"/>\n          <target value',
    ]),
  ],
  ["8.8.1", broken([' value="9.5"', ""])],
  ["8.8.2", broken(['value="9.5"', 'value="Oui"'])],
  ["8.8.3", broken(['<baseline year="2018">', '<baseline year="2018" value="1">'])],
  ["8.9.1", broken(['<target value="30"/>', "<target/>"])],
  ["8.9.2", broken(['<target value="30"/>', '<target value="30%"/>'])],
  ["8.9.3", broken(["<target><comment>", '<target value="2"><comment>'])],
  ["8.10.1", broken(['<actual value="28.5"/>', "<actual/>"])],
  ["8.10.2", broken(['<actual value="28.5"/>', '<actual value="28,5"/>'])],
  [
    "8.10.3",
    broken([
      "<target><comment><narrative>good</narrative></comment></target>",
      '<target><comment><narrative>good</narrative></comment></target><actual value="3"/>',
    ]),
  ],
  [
    "baseline-date",
    broken([
      '<baseline year="2018" iso-date="2018-01-01"',
      '<baseline year="2018" iso-date="2017-01-01"',
    ]),
  ],
];

describe("each rule fails on a hand-broken file", () => {
  test("the good file breaks none, and every rule has a broken file", () => {
    expect(lines(checkRules(GOOD, AT))).toEqual([]);
    expect(new Set(NEGATIVE.map(([rule]) => rule))).toEqual(new Set(Object.keys(RULES)));
  });

  test.each(NEGATIVE)("%s", (rule, xml) => {
    const found = checkRules(xml, AT);
    expect(found.map((f) => f.rule)).toContain(rule);
    expect(found.find((f) => f.rule === rule)!.severity).toBe(RULES[rule].severity);
  });

  test("the language guess says nothing of names and codes, and tells French from English", () => {
    expect(guessLang("MPFEF")).toBeNull();
    expect(guessLang("I3.1")).toBeNull();
    expect(guessLang("Ministère de la Promotion de la Femme, de l’Enfant et de la Famille")).toBe(
      "fr"
    );
    expect(guessLang("Ministry for the Advancement of Women, Children and Families")).toBe("en");
  });
});

test("every rule names its reference", () => {
  for (const r of Object.values(RULES)) {
    expect(r.reference.length).toBeGreaterThan(10);
    expect(r.text.length).toBeGreaterThan(10);
  }
});

describe("actual start dates, from the actions under way", () => {
  test("each activity starts when its first action under way or completed started", () => {
    const plan = mali();
    const xml = planToIati(plan, { generatedAt: NOW }).xml;
    const starts = [...xml.matchAll(/<activity-date iso-date="([\d-]+)" type="2"\/>/g)].map(
      (m) => m[1]
    );
    expect(starts.length).toBe(1 + plan.pillars.length);
    expect(starts[0]).toBe(actualStart(plan.actions, NOW));
    expect(starts.every((d) => d >= starts[0] && d <= NOW.slice(0, 10))).toBe(true);
  });

  test("none in the future, none when nothing has started: the rule then warns", () => {
    const plan = mali();
    expect(planToIati(plan, { generatedAt: "2018-06-01T00:00:00Z" }).xml).not.toMatch(
      /<activity-date [^>]*type="2"/
    );
    const bare = planToIati(parsePlan(MALI_NAP_2019_2023), { generatedAt: NOW }).xml;
    expect(bare).not.toMatch(/<activity-date [^>]*type="2"/);
    expect(checkRules(bare, new Date(NOW)).map((f) => f.rule)).toEqual(
      Array(5).fill("status-start")
    );
    const quarter = { ...plan.actions[0], status: "in-progress" as const, start: "2020-Q3" };
    expect(actualStart([quarter], NOW)).toBe("2020-07-01");
    expect(actualStart([{ ...quarter, status: "not-started" }], NOW)).toBeNull();
  });
});
