import fs from "fs";
import os from "os";
import path from "path";
import { checkIatiReady, planToIati } from "../../src/core/iati";
import { parsePlan, pillarIndex, planYears, type Plan } from "../../src/core/model";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";
import { mali, NOW, parseIati, sum, validate } from "./support";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-iati-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const STATUS = { indicative: "1", committed: "2" } as const;

describe("IATI 2.03 export of the Mali plan with the example operational plan", () => {
  const plan = mali();
  const r = planToIati(plan, { generatedAt: NOW, lang: "en" });
  const acts = parseIati(r.xml);
  const [parent, ...children] = acts;

  test("validates against the shipped schema", async () => {
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
    const file = path.join(dir, "mali.xml");
    fs.writeFileSync(file, r.xml);
    const started = Date.now();
    if (await validate(file)) expect(Date.now() - started).toBeLessThan(10000);
  });

  test("the NAP is the parent activity and each pillar a child, linked both ways", () => {
    expect(r.activities).toBe(1 + plan.pillars.length);
    expect(acts.map((a) => a.hierarchy)).toEqual(["1", ...plan.pillars.map(() => "2")]);
    expect(parent.id).toBe("ML-NAP-MPFEF-mali-nap-2019-2023");
    expect(children.map((c) => c.id)).toEqual(plan.pillars.map((p) => `${parent.id}-${p.code}`));
    expect(parent.related).toEqual(children.map((c) => ({ ref: c.id, type: "2" })));
    for (const c of children) expect(c.related).toEqual([{ ref: parent.id, type: "1" }]);
    // Budgets only on the children: nothing counted twice.
    expect(parent.budgets).toEqual([]);
  });

  test("sectors: one DAC sector per pillar, percentages summing to 100 in every activity", () => {
    expect(children.map((c) => c.sectors)).toEqual([
      [{ code: "15170", percentage: 100 }],
      [{ code: "15220", percentage: 100 }],
      [{ code: "15180", percentage: 100 }],
      [{ code: "15240", percentage: 100 }],
    ]);
    expect(parent.sectors.map((s) => s.code)).toEqual(["15170", "15220", "15180", "15240"]);
    for (const a of acts) expect(sum(a.sectors.map((s) => s.percentage))).toBeCloseTo(100, 10);
    for (const a of acts) expect(a.markers).toBe(1);
    expect(r.xml).toMatch(/<policy-marker vocabulary="1" code="1" significance="2"\/>/);
  });

  test("organisations: the lead ministry accountable, funders and the actions' leads implementing", () => {
    expect(r.xml).toMatch(/<reporting-org ref="ML-NAP-MPFEF" type="10">/);
    expect(r.xml).toMatch(/<participating-org ref="ML-NAP-MPFEF" role="2" type="10">/);
    expect(r.xml).toMatch(/<participating-org ref="ML-NAP-PTF" role="1" type="90">/);
    expect(r.xml).toMatch(/<participating-org role="1" type="10">\s*<narrative>National budget/);
    for (const lead of new Set(plan.actions.map((a) => a.lead)))
      expect(r.xml).toContain(`<participating-org ref="ML-NAP-${lead}" role="4"`);
  });

  test("totals per pillar, year and status, and in all, equal the plan's budget lines", () => {
    const { ofOutput } = pillarIndex(plan);
    const lines = plan.actions.flatMap((a) =>
      a.budget.map((b) => ({ ...b, pillar: ofOutput.get(a.output) }))
    );
    plan.pillars.forEach((p, i) => {
      for (const y of planYears(plan))
        for (const [status, code] of Object.entries(STATUS)) {
          const want = sum(
            lines
              .filter((l) => l.pillar === p.code && l.year === y && l.status === status)
              .map((l) => l.amount)
          );
          const got = sum(
            children[i].budgets.filter((b) => b.year === y && b.status === code).map((b) => b.value)
          );
          expect({ pillar: p.code, y, status, got }).toEqual({
            pillar: p.code,
            y,
            status,
            got: want,
          });
        }
    });
    const budgets = acts.flatMap((a) => a.budgets);
    const total = sum(lines.map((l) => l.amount));
    expect(total).toBe(1265000000);
    expect(sum(budgets.map((b) => b.value))).toBe(total);
    expect(r.total).toBe(total);
    expect(r.budgets).toBe(budgets.length);
    expect(new Set(budgets.map((b) => b.currency))).toEqual(new Set(["XOF"]));
  });

  test("results: impact, outcomes and outputs with their indicators, baselines, targets and actuals", () => {
    const measured = plan.indicators.filter((i) => i.baseline);
    expect(measured.length).toBeGreaterThan(0);
    for (const i of measured) expect(r.xml).toContain(`${i.code} ${i.text}`);
    expect(r.xml).toMatch(/<result type="3" aggregation-status="0">/);
    expect(r.xml).toMatch(/<result type="2" aggregation-status="0">/);
    expect(r.xml).toMatch(/<result type="1" aggregation-status="0">/);
    expect(r.xml).toMatch(/<baseline year="2018" iso-date="2018-01-01" value="10"\/>/);
    expect(r.xml).toMatch(
      /<period-start iso-date="2020-01-01"\/>\s*<period-end iso-date="2020-12-31"\/>\s*<actual value="18"\/>/
    );
    // Every indicator of the plan appears once.
    for (const i of plan.indicators)
      expect(r.xml.split(`<narrative>${i.code} `).length - 1).toBe(1);
  });

  test("the same plan and date give the same file", () => {
    expect(planToIati(mali(), { generatedAt: NOW }).xml).toBe(r.xml);
    // The task pane's positional form gives the same.
    expect(planToIati(mali(), NOW, "en").xml).toBe(r.xml);
  });

  test("activity status follows the export date: pipeline, implementation, finalisation", () => {
    const status = (at: string) =>
      /<activity-status code="(\d)"/.exec(planToIati(plan, { generatedAt: at }).xml)![1];
    expect([2018, 2021, 2026].map((y) => status(`${y}-06-01T00:00:00Z`))).toEqual(["1", "2", "3"]);
    expect(() => planToIati(plan, { generatedAt: "yesterday" })).toThrow(/ISO datetime/);
  });
});

test("the plan without actions still exports, schema-valid, with no budgets", async () => {
  const r = planToIati(parsePlan(MALI_NAP_2019_2023), { generatedAt: NOW });
  expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  expect([r.activities, r.budgets, r.total]).toEqual([5, 0, 0]);
  const file = path.join(dir, "bare.xml");
  fs.writeFileSync(file, r.xml);
  await validate(file);
});

test("hostile text is escaped, read back unchanged, and the file still validates", async () => {
  const evil = (s: string) => `${s} <script>alert("x")</script> & ]]> '<!--`;
  const p = mali();
  const hostile = parsePlan({
    ...p,
    title: evil(p.title),
    pillars: p.pillars.map((x) => ({ ...x, name: evil(x.name), objective: evil(x.objective) })),
    results: p.results.map((x) => ({ ...x, text: evil(x.text) })),
    indicators: p.indicators.map((x) => ({ ...x, text: evil(x.text) })),
    stakeholders: p.stakeholders.map((x) => ({ ...x, name: evil(x.name) })),
    fundingSources: p.fundingSources.map((x) => ({ ...x, name: evil(x.name) })),
  });
  const r = planToIati(hostile, { generatedAt: NOW });
  expect(r.xml).not.toMatch(/<script>|]]>|<!--|& /);
  expect(r.xml).toContain("&lt;script&gt;");
  expect(r.xml).toContain("&amp;");
  const texts = parseIati(r.xml).flatMap((a) => a.narratives);
  expect(texts).toContain(hostile.title);
  expect(texts).toContain(hostile.stakeholders[0].name);
  for (const i of hostile.indicators) expect(texts).toContain(`${i.code} ${i.text}`);
  const file = path.join(dir, "hostile.xml");
  fs.writeFileSync(file, r.xml);
  await validate(file);
});

describe("readiness findings", () => {
  /** A plan changed after parsing, as a workbook edited by hand can be. */
  const edit = (f: (p: Plan) => Partial<Plan>): Plan => {
    const p = mali();
    return { ...p, ...f(p) };
  };
  const rules = (findings: { severity: string; rule: string }[]) =>
    findings.map((x) => `${x.severity} ${x.rule}`);

  test("the Mali plan: warnings only (unlinked funding sources, a partner's type, the example)", () => {
    expect(rules(checkIatiReady(mali()))).toEqual([
      "warning source-without-org",
      "warning source-without-org",
      "warning org-type-other",
      "warning example",
    ]);
  });

  test("a budget line outside the period is an error and no XML is produced", () => {
    const bad = edit((p) => ({
      actions: p.actions.map((a, i) =>
        i === 0 ? { ...a, budget: [{ ...a.budget[0], year: 2031 }] } : a
      ),
    }));
    const r = planToIati(bad, { generatedAt: NOW, lang: "fr" });
    expect(r.xml).toBe("");
    expect([r.activities, r.budgets, r.total]).toEqual([0, 0, 0]);
    const err = r.findings.filter((f) => f.severity === "error");
    expect(err.map((f) => f.message)).toEqual([
      // French typography: a narrow no-break space before the colon.
      "l’action EX-001 a une ligne budgétaire pour 2031, hors de la période du plan 2019-2023\u202f: corrigez l’année",
    ]);
  });

  test("an action without budget is a warning; the file is still written", () => {
    const r = planToIati(
      edit((p) => ({ actions: p.actions.map((a, i) => (i === 1 ? { ...a, budget: [] } : a)) })),
      { generatedAt: NOW }
    );
    expect(r.xml).not.toBe("");
    expect(r.findings.find((f) => f.rule === "no-budget")!.message).toBe(
      "action EX-002 has no budget line: it appears in no IATI budget"
    );
  });

  test("a funding source whose stakeholder is unknown, or a line with an unknown source, is an error", () => {
    const r = planToIati(
      edit((p) => ({
        fundingSources: [
          ...p.fundingSources,
          { code: "EU", name: "EU", type: "partner", stakeholder: "DUE" },
        ],
        actions: p.actions.map((a, i) =>
          i === 2 ? { ...a, budget: [{ ...a.budget[0], source: "XX" }] } : a
        ),
      })),
      { generatedAt: NOW }
    );
    expect(r.xml).toBe("");
    expect(r.findings.filter((f) => f.severity === "error").map((f) => f.message)).toEqual([
      "Funding source EU: Stakeholder “DUE” is unknown: correct it before exporting",
      "Action code EX-003: Funding source “XX” is unknown: correct it before exporting",
    ]);
  });

  test("no ministry to report, a pillar no sector matches, a result without indicator", () => {
    const r = checkIatiReady(
      edit((p) => ({
        stakeholders: p.stakeholders.map((s) => ({
          ...s,
          type: s.type === "ministry" ? "state" : s.type,
        })),
        pillars: [...p.pillars, { code: "5", name: "Coordination", objective: "Coordinate." }],
      }))
    );
    expect(rules(r)).toContain("error no-reporter");
    expect(r.find((f) => f.rule === "no-sector")!.message).toMatch(/^pillar 5 \(Coordination\)/);
    expect(r.find((f) => f.rule === "no-indicator")!.message).toMatch(/: 5$/);
  });

  test("cells the workbook reader could not take are errors", () => {
    const problem = {
      sheet: "Budget",
      cell: "H3",
      column: "Amount planned",
      rule: "not-a-number" as const,
      value: "abc",
      message: "Budget!H3: “abc” is not a number",
    };
    const r = planToIati(mali(), { generatedAt: NOW, readProblems: [problem] });
    expect(r.xml).toBe("");
    expect(r.findings[0]).toEqual({ severity: "error", rule: "cell", message: problem.message });
  });
});
