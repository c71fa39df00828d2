import fs from "fs";
import os from "os";
import path from "path";
import { budgetStatus, checkIatiReady, commitmentDate, planToIati } from "../../src/core/iati";
import { checkRules, lines } from "./rules";
import { parsePlan, pillarIndex, planYears, type Plan } from "../../src/core/model";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";
import { mali, NOW, parseIati, sum, validate } from "./support";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-iati-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

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
    // The reporter's identifier (the MPFEF's budget section, ML-COA-640), a hyphen, the plan's.
    expect(parent.id).toBe("ML-COA-640-mali-nap-2019-2023");
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
    expect(r.xml).toMatch(/<reporting-org ref="ML-COA-640" type="10">/);
    expect(r.xml).toMatch(/<participating-org ref="ML-COA-640" role="2" type="10">/);
    // No identifier is made up: the partners' row has none, so it is named without one.
    // donor (issue 18): nor a type: the TFPs' row has none typed and its category implies none.
    expect(r.xml).toMatch(/<participating-org role="1">\s*<narrative>4 TFPs/);
    expect(r.xml).toMatch(/<participating-org role="1" type="10">\s*<narrative>National budget/);
    expect(r.xml).not.toContain("ML-NAP-");
    const refs = new Map(plan.stakeholders.map((s) => [s.code, s.iatiRef]));
    for (const lead of new Set(plan.actions.map((a) => a.lead))) {
      const ref = refs.get(lead);
      const name = plan.stakeholders.find((s) => s.code === lead)!.name;
      expect(r.xml).toMatch(
        new RegExp(
          `<participating-org ${ref ? `ref="${ref}" ` : ""}role="4" type="\\d+">\\s*<narrative>${name.replace(/[()]/g, "\\$&")}<`
        )
      );
    }
    // Every organisation named without identifier is counted, and the findings say so.
    const named = [
      ...r.xml.matchAll(
        /<(?:participating|provider)-org( ref="[^"]+")?[^>]*>\s*<narrative>([^<]+)</g
      ),
    ];
    const without = new Set(named.filter((m) => !m[1]).map((m) => m[2]));
    expect(r.withoutRef).toBe(without.size);
    expect(r.findings.find((f) => f.rule === "org-without-ref")!.message).toMatch(
      new RegExp(`^${without.size} organisations have no IATI organisation identifier`)
    );
  });

  test("one budget per pillar and year, committed only when all its lines are; totals equal the plan's", () => {
    const { ofOutput } = pillarIndex(plan);
    const lines = plan.actions.flatMap((a) =>
      a.budget.map((b) => ({ ...b, pillar: ofOutput.get(a.output) }))
    );
    plan.pillars.forEach((p, i) => {
      for (const y of planYears(plan)) {
        const of = lines.filter((l) => l.pillar === p.code && l.year === y && l.amount > 0);
        const got = children[i].budgets.filter((b) => b.year === y);
        if (of.length === 0) {
          expect(got).toEqual([]);
          continue;
        }
        expect(got.map((b) => [b.type, b.status, b.value])).toEqual([
          [
            "1",
            of.every((l) => l.status === "committed") ? "2" : "1",
            sum(of.map((l) => l.amount)),
          ],
        ]);
      }
    });
    // The example plan has no pillar-year wholly committed: every budget is indicative...
    expect(new Set(children.flatMap((c) => c.budgets.map((b) => b.status)))).toEqual(
      new Set(["1"])
    );
    // ...until every line of one pillar-year is committed.
    const [p1, y] = [
      plan.pillars[0].code,
      lines.find((l) => l.pillar === plan.pillars[0].code)!.year,
    ];
    const all = planToIati(
      {
        ...plan,
        actions: plan.actions.map((a) =>
          ofOutput.get(a.output) === p1
            ? {
                ...a,
                budget: a.budget.map((b) =>
                  b.year === y ? { ...b, status: "committed" as const } : b
                ),
              }
            : a
        ),
      },
      { generatedAt: NOW }
    );
    expect(parseIati(all.xml)[1].budgets.map((b) => `${b.year} ${b.status}`)).toContain(`${y} 2`);
    expect(
      parseIati(all.xml)
        .flatMap((a) => a.budgets)
        .filter((b) => b.status === "2").length
    ).toBe(1);
    const budgets = acts.flatMap((a) => a.budgets);
    const total = sum(lines.map((l) => l.amount));
    expect(total).toBe(1265000000);
    expect(sum(budgets.map((b) => b.value))).toBe(total);
    expect(r.total).toBe(total);
    expect(r.budgets).toBe(budgets.length);
    expect(new Set(budgets.map((b) => b.currency))).toEqual(new Set(["XOF"]));
  });

  test("the money secured: incoming commitments from each funder, per pillar, source and year", () => {
    const secured = plan.actions.flatMap((a) => a.budget).filter((b) => (b.secured ?? 0) > 0);
    expect(secured.length).toBeGreaterThan(0);
    const txs = children.flatMap((c) => c.transactions);
    expect(txs.length).toBe(r.transactions);
    expect(new Set(txs.map((t) => t.type))).toEqual(new Set(["11"]));
    expect(sum(txs.map((t) => t.value))).toBe(sum(secured.map((b) => b.secured!)));
    // Years all before the export: dated the 1 January of their year, value date the same.
    for (const t of txs) {
      expect(t.date).toMatch(/^20(19|2[0-3])-01-01$/);
      expect(t.valueDate).toBe(t.date);
    }
    // The provider is the funding source's stakeholder (with its identifier, when it has one) or its name.
    expect(
      new Set(txs.map((t) => `${t.provider.ref}|${t.provider.type ?? ""}|${t.provider.name}`))
    ).toEqual(
      new Set(
        [...new Set(secured.map((b) => b.source))].map((code) => {
          const f = plan.fundingSources.find((x) => x.code === code)!;
          const s = plan.stakeholders.find((x) => x.code === f.stakeholder);
          return s
            ? `${s.iatiRef ?? ""}|${s.type === "tfp" ? "" : "?"}|${s.name}`
            : `|${f.type === "national-budget" ? "10" : ""}|${f.name}`;
        })
      )
    );
    // Never a disbursement nor an expenditure: the workbook records none.
    expect(r.xml).not.toMatch(/<transaction-type code="(3|4)"/);
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

  test("the Mali plan: warnings only (unlinked funding sources, organisations without identifier or type, the example)", () => {
    expect(rules(checkIatiReady(mali()))).toEqual([
      "warning source-without-org",
      "warning source-without-org",
      "warning org-without-ref",
      "warning org-without-type",
      "warning example",
    ]);
  });

  test("a malformed organisation identifier is an error naming the stakeholder and the column; no XML", () => {
    const bad = edit((p) => ({
      stakeholders: p.stakeholders.map((s) =>
        s.code === "MDAC" ? { ...s, iatiRef: "XM DAC 41146" } : s
      ),
    }));
    for (const [lang, message] of [
      [
        "en",
        "stakeholder MDAC: IATI organisation identifier “XM DAC 41146” is not an organisation identifier",
      ],
      [
        "fr",
        "partie prenante MDAC\u202f: Identifiant IATI de l’organisation «\u202fXM DAC 41146\u202f» n’est pas un identifiant d’organisation",
      ],
    ] as const) {
      const r = planToIati(bad, { generatedAt: NOW, lang });
      expect(r.xml).toBe("");
      const err = r.findings.filter((f) => f.severity === "error");
      expect(err.map((f) => f.rule)).toEqual(["bad-org-ref"]);
      expect(err[0].message.startsWith(message)).toBe(true);
    }
  });

  test("a reporter without identifier is an error: IATI requires its @ref, none is made up", () => {
    const r = planToIati(
      edit((p) => ({
        stakeholders: p.stakeholders.map((s) =>
          s.code === "MPFEF" ? { ...s, iatiRef: undefined } : s
        ),
      })),
      { generatedAt: NOW }
    );
    expect(r.xml).toBe("");
    expect(r.findings.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual([
      "no-reporter-ref",
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

describe("transaction dates: budget lines carry a year, not a date", () => {
  test("the 1 January of the line's year; the export's day for a later year, never in the future", () => {
    expect(commitmentDate(2021, "2026-11-22T12:00:00Z")).toBe("2021-01-01");
    expect(commitmentDate(2026, "2026-11-22T12:00:00Z")).toBe("2026-01-01");
    expect(commitmentDate(2027, "2026-11-22T12:00:00Z")).toBe("2026-11-22");
  });

  test("exported mid-period, the secured amounts of later years are dated the export's day; the rules pass", async () => {
    const at = "2020-06-01T00:00:00Z";
    const plan = mali();
    const r = planToIati(plan, { generatedAt: at });
    const txs = parseIati(r.xml).flatMap((a) => a.transactions);
    const later = plan.actions
      .flatMap((a) => a.budget)
      .filter((b) => b.year > 2020 && (b.secured ?? 0) > 0);
    expect(later.length).toBeGreaterThan(0);
    expect(txs.every((t) => t.date <= "2020-06-01")).toBe(true);
    expect(sum(txs.filter((t) => t.date === "2020-06-01").map((t) => t.value))).toBe(
      sum(later.map((b) => b.secured!))
    );
    expect(lines(checkRules(r.xml, new Date(at))).filter((l) => !/status-start/.test(l))).toEqual(
      []
    );
    const file = path.join(dir, "mid-period.xml");
    fs.writeFileSync(file, r.xml);
    await validate(file);
  });
});

test("budget status: committed only when every line of the pillar and year is", () => {
  expect(budgetStatus([{ status: "committed" }, { status: "committed" }])).toBe("2");
  expect(budgetStatus([{ status: "committed" }, { status: "indicative" }])).toBe("1");
  expect(budgetStatus([])).toBe("1");
});
