/**
 * Money disbursed and spent in the IATI export (src/core/iati/index.ts):
 * a disbursement (type 3) and an expenditure (type 4) per pillar activity,
 * funding source and year, the funder as provider as for the incoming
 * commitments; totals equal the workbook's Amount disbursed and Amount spent
 * columns; the file stays valid against the IATI 2.03 schema (xmllint).
 */
import fs from "fs";
import os from "os";
import path from "path";
import { planToIati, executionDate } from "../../src/core/iati";
import { parsePlan, pillarIndex, type Plan } from "../../src/core/model";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { readPlan } from "../../src/core/template/read";
import { valuesOf } from "../support/values";
import { prng } from "../support/random-plan";
import { checkRules, lines } from "./rules";
import { mali, NOW, parseIati, sourceByName, sum, validate } from "./support";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-iati-exec-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const cents = (n: number) => Math.round(n * 100) / 100;

/** The example plan with random amounts disbursed and spent: blanks, zeros, cents. */
function withExecution(seed: number): Plan {
  const p = mali();
  const rnd = prng(seed);
  return parsePlan({
    ...p,
    actions: p.actions.map((a) => ({
      ...a,
      budget: a.budget.map((b) => {
        const r = rnd();
        return {
          ...b,
          disbursed: r < 0.3 ? null : r < 0.35 ? 0 : Math.round(b.amount * rnd() * 100) / 100,
          spent: r < 0.45 ? null : Math.round(b.amount * rnd() * 0.8 * 100) / 100,
        };
      }),
    })),
  });
}

describe("disbursements and expenditure", () => {
  const plan = withExecution(1325);
  const wp = buildWorkbookPlan(plan, "fr");
  // The workbook's own cells: its tblBudget columns, summed.
  const table = wp.sheets.flatMap((s) => s.tables).find((x) => x.name === "tblBudget")!;
  const column = (key: string) =>
    table.rows
      .map((r) => r[table.keys.indexOf(key)])
      .filter((v): v is number => typeof v === "number");
  // Read back from the workbook, as the export of the pane and the command line does.
  const read = readPlan(valuesOf(wp), "fr").plan;
  const r = planToIati(read, { generatedAt: NOW, lang: "fr", textLang: "fr" });
  const children = parseIati(r.xml).slice(1);
  const txs = (type: string) =>
    children.flatMap((c) => c.transactions.filter((t) => t.type === type));

  test("totals equal the workbook's Amount disbursed and Amount spent", () => {
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
    const disbursed = cents(sum(column("disbursed")));
    const spent = cents(sum(column("spent")));
    expect(disbursed).toBeGreaterThan(0);
    expect(spent).toBeGreaterThan(0);
    expect(cents(sum(txs("3").map((t) => t.value)))).toBe(disbursed);
    expect(cents(sum(txs("4").map((t) => t.value)))).toBe(spent);
    expect([r.disbursed, r.spent]).toEqual([disbursed, spent]);
    // The commitments are still the amounts secured, and every transaction is counted.
    expect(cents(sum(txs("11").map((t) => t.value)))).toBe(cents(sum(column("secured"))));
    expect(children.flatMap((c) => c.transactions).length).toBe(r.transactions);
  });

  test("one of each per pillar, funding source and year, the funder as provider", () => {
    // Expected from the plan's lines, computed here.
    const { ofOutput } = pillarIndex(plan);
    const want = new Map<string, number>();
    for (const a of plan.actions)
      for (const b of a.budget)
        for (const [type, v] of [
          ["3", b.disbursed],
          ["4", b.spent],
        ] as const) {
          if (!v) continue;
          const k = `${type} ${ofOutput.get(a.output)} ${b.year} ${b.source}`;
          want.set(k, cents((want.get(k) ?? 0) + v));
        }
    const parentId = parseIati(r.xml)[0].id;
    // The provider's name, in the workbook's language (French here) or the plan's.
    const names = new Map<string, string>();
    for (const f of plan.fundingSources) {
      const st = plan.stakeholders.find((x) => x.code === f.stakeholder);
      for (const n of st ? [st.name, st.fr?.name] : [f.name, f.fr?.name])
        if (n) names.set(n, f.code);
    }
    const source = (n: string) => names.get(n) ?? sourceByName(read)(n);
    const got = new Map<string, number>();
    for (const c of children)
      for (const t of c.transactions.filter((x) => x.type !== "11")) {
        // Years before the export: dated the 31 December of their year.
        expect(t.date).toMatch(/^\d{4}-12-31$/);
        expect(t.valueDate).toBe(t.date);
        const k = `${t.type} ${c.id.slice(parentId.length + 1)} ${t.date.slice(0, 4)} ${source(t.provider.name)}`;
        if (got.has(k)) throw new Error(`two transactions for ${k}`);
        got.set(k, t.value);
      }
    expect(got).toEqual(want);
    // French descriptions, as the commitments'.
    expect(r.xml).toMatch(/Montant décaissé pour 2020 dans les lignes budgétaires du plan/);
    expect(r.xml).toMatch(/Montant dépensé pour 2021 dans les lignes budgétaires du plan/);
  });

  test("the file is valid IATI 2.03 (xmllint and the schema)", async () => {
    const file = path.join(dir, "execution.xml");
    fs.writeFileSync(file, r.xml);
    await validate(file);
  });

  test("no IATI rule of test/iati/rules.ts is broken by the new transactions", () => {
    expect(lines(checkRules(r.xml, new Date(NOW)))).toEqual([]);
  });

  test("a year not over at the export is dated the export's day, never later", () => {
    expect(executionDate(2021, NOW)).toBe("2021-12-31");
    expect(executionDate(2026, NOW)).toBe(NOW.slice(0, 10));
    expect(executionDate(2030, NOW)).toBe(NOW.slice(0, 10));
  });

  test("the embedded plan, without figures, has no disbursement nor expenditure", () => {
    const bare = planToIati(mali(), { generatedAt: NOW });
    expect([bare.disbursed, bare.spent]).toEqual([0, 0]);
    expect(bare.xml).not.toMatch(/<transaction-type code="(3|4)"/);
  });
});
