/**
 * Original and revised budgets from the budget's history (issue 18).
 *
 * The rules applied (see src/core/iati/budgets.ts for the references):
 * - BudgetType codelist (IATI-Codelists xml/BudgetType.xml): 1 Original "the
 *   original budget allocated to the activity", 2 Revised "the updated
 *   budget for an activity";
 * - the Standard's activity-budgets guidance ("Publishing budget changes"):
 *   an amended budget is a new budget element of type 2 with the new value
 *   (not the difference);
 * - budgets of one type never overlap (rules budget-overlap,
 *   budget-overlap-type and budget-one-per-period in ./rules.ts: IATI
 *   Publisher's budget rules, IATI/iatipublisher#1010, and the guidance's
 *   "add up all the revised budget values which each cover different time
 *   periods"); an original and a revised over the same year differ in type;
 * - a budget's value date falls within its period (budget-value-date,
 *   Validator rule 11.3.1 applied to budgets).
 *
 * Two kinds of test: the history's rules on hand-written change logs (a
 * retyped key, a truncated log, a removed action...), and random plans
 * edited twice through the one write path (src/app/create.ts writeKept, the
 * change log it keeps) and exported through the use case the command line
 * and the task pane share (src/app/donors.ts exportForDonors). The expected
 * budgets are worked out here from the plans before and after the edits,
 * never from the log.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { exportForDonors } from "../../src/app/donors";
import { writeKept } from "../../src/app/create";
import { checkIatiReady } from "../../src/core/iati";
import { budgetHistory, revisedValueDate } from "../../src/core/iati/budgets";
import { MAX_CHANGE_ROWS } from "../../src/core/template/changelog";
import { parsePlan, type Change, type Plan } from "../../src/core/model";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { readPlan } from "../../src/core/template/read";
import { toExcelJs, XlsxWorkbook } from "../../src/xlsx/workbook";
import { randomPlan } from "../support/random-plan";
import { checkRules, lines } from "./rules";
import { mali, NOW, parseIati, validate } from "./support";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-iati-history-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const cents = (n: number) => Math.round(n * 100) / 100;

describe("the history's rules, on hand-written logs", () => {
  /** A plan of one pillar, one output, action A with the lines given, and the log given. */
  const plan = (budget: { year: number; source: string; amount: number }[], changes: Change[]) =>
    ({
      actions: [
        {
          code: "A",
          output: "1.1.1",
          budget: budget.map((b) => ({ ...b, secured: null, status: "indicative" as const })),
        },
      ],
      outputs: [{ code: "1.1.1", result: "1.1" }],
      results: [{ code: "1.1", pillar: "1" }],
      indicators: [],
      changes,
    }) as unknown as Plan;
  const change = (
    key: string,
    column: string,
    before: Change["before"],
    after: Change["after"],
    at = "2021-03-04T10:00:00Z"
  ): Change => ({ at, who: "TMU", table: "budget", key, column, before, after, why: "import" });
  const of = (h: ReturnType<typeof budgetHistory>, k: string) => {
    const e = h.get(k);
    return (
      e && {
        original: cents(e.original.reduce((s, l) => s + l.amount, 0)),
        current: cents(e.current.reduce((s, l) => s + l.amount, 0)),
        revised: e.revised,
        revisedOn: e.revisedOn,
      }
    );
  };

  test("nothing logged: the amounts now are the original, nothing revised", () => {
    const h = budgetHistory(plan([{ year: 2021, source: "BN", amount: 100 }], []));
    expect(of(h, "1|2021")).toEqual({
      original: 100,
      current: 100,
      revised: false,
      revisedOn: null,
    });
  });

  test("a changed amount: its earliest logged 'before' is the original, the latest change dates the revision", () => {
    const h = budgetHistory(
      plan(
        [
          { year: 2021, source: "BN", amount: 300 },
          { year: 2021, source: "PTF", amount: 50 },
        ],
        [
          change("A|2021|BN", "amount", 100, 200, "2021-02-01T00:00:00Z"),
          change("A|2021|BN", "amount", 200, 300, "2021-05-09T08:00:00Z"),
        ]
      )
    );
    expect(of(h, "1|2021")).toEqual({
      original: 150,
      current: 350,
      revised: true,
      revisedOn: "2021-05-09",
    });
  });

  test("a line added after creation counts 0 in the original; one removed counts its amount", () => {
    const h = budgetHistory(
      plan(
        [
          { year: 2021, source: "BN", amount: 100 },
          { year: 2021, source: "PTF", amount: 40 },
        ],
        [
          change("A|2021|PTF", "amount", null, 40),
          change("A|2021|UE", "amount", 70, null, "2021-06-01T00:00:00Z"),
        ]
      )
    );
    expect(of(h, "1|2021")).toEqual({
      original: 170,
      current: 140,
      revised: true,
      revisedOn: "2021-06-01",
    });
  });

  test("an amount changed and changed back is not revised", () => {
    const h = budgetHistory(
      plan(
        [{ year: 2021, source: "BN", amount: 100 }],
        [change("A|2021|BN", "amount", 100, 250), change("A|2021|BN", "amount", "250", 100)]
      )
    );
    expect(of(h, "1|2021")?.revised).toBe(false);
  });

  test("a year nothing was budgeted for at first has no original to revise: its first budget is original", () => {
    const h = budgetHistory(
      plan([{ year: 2022, source: "BN", amount: 90 }], [change("A|2022|BN", "amount", null, 90)])
    );
    expect(of(h, "1|2022")).toMatchObject({ original: 0, current: 90, revised: false });
  });

  test("a planner retyping a line's year (logged under its new key) moves it back for the original", () => {
    const h = budgetHistory(
      plan(
        [{ year: 2022, source: "BN", amount: 100 }],
        [change("A|2022|BN", "year", 2021, 2022, "2021-09-09T00:00:00Z")]
      )
    );
    // 2021 had it, and has nothing now: revised to 0; 2022 had nothing: its first budget is original.
    expect(of(h, "1|2021")).toEqual({
      original: 100,
      current: 0,
      revised: true,
      revisedOn: "2021-09-09",
    });
    expect(of(h, "1|2022")).toMatchObject({ original: 0, current: 100, revised: false });
  });

  test("a log whose earliest rows were dropped (MAX_CHANGE_ROWS): the oldest 'before' it still holds", () => {
    // The line went 100 -> 200 -> 300; the log kept only the newest row.
    const h = budgetHistory(
      plan([{ year: 2021, source: "BN", amount: 300 }], [change("A|2021|BN", "amount", 200, 300)])
    );
    expect(of(h, "1|2021")).toMatchObject({ original: 200, current: 300, revised: true });
  });

  test("a 'before' that is no number (a formula) cannot be undone: that step is skipped", () => {
    const h = budgetHistory(
      plan(
        [{ year: 2021, source: "BN", amount: 300 }],
        [change("A|2021|BN", "amount", "=100*2", 300)]
      )
    );
    expect(of(h, "1|2021")).toMatchObject({ original: 300, revised: false });
    // A number typed as text reads as a number.
    const typed = budgetHistory(
      plan(
        [{ year: 2021, source: "BN", amount: 300 }],
        [change("A|2021|BN", "amount", "250 000", 300)]
      )
    );
    expect(of(typed, "1|2021")).toMatchObject({ original: 250000, revised: true });
  });

  test("a removed action's lines go to the pillar of the output the log last showed for it", () => {
    const p = plan(
      [{ year: 2021, source: "BN", amount: 10 }],
      [
        { ...change("GONE", "output", "1.1.1", null), table: "actions" },
        change("GONE|2021|BN", "amount", 500, null),
      ]
    );
    expect(of(budgetHistory(p), "1|2021")).toMatchObject({
      original: 510,
      current: 10,
      revised: true,
    });
  });

  test("a log at its limit (its oldest rows dropped) is a warning: originals may start late", () => {
    const row = change("A|2021|BN", "amount", 1, 2);
    const warned = (n: number) =>
      checkIatiReady({ ...mali(), changes: Array.from({ length: n }, () => row) }, "fr")
        .filter((f) => f.rule === "history-truncated")
        .map((f) => f.severity);
    expect(warned(MAX_CHANGE_ROWS - 1)).toEqual([]);
    expect(warned(MAX_CHANGE_ROWS)).toEqual(["warning"]);
  });

  test("a revised budget's value date is its last change's day, within the budget's year", () => {
    expect(revisedValueDate(2021, "2021-05-09")).toBe("2021-05-09");
    expect(revisedValueDate(2021, "2020-11-30")).toBe("2021-01-01");
    expect(revisedValueDate(2021, "2023-02-01")).toBe("2021-12-31");
    expect(revisedValueDate(2021, null)).toBe("2021-01-01");
  });
});

/** A seeded random number generator (mulberry32), for the edits. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Some budget lines changed, removed, re-statused, and some added. */
function edit(plan: Plan, rnd: () => number): Plan {
  const sources = plan.fundingSources.map((f) => f.code);
  return parsePlan({
    ...plan,
    actions: plan.actions.map((a) => {
      const budget = a.budget.flatMap((b) => {
        const r = rnd();
        if (r < 0.12) return [{ ...b, amount: cents(b.amount * (0.4 + rnd())) + 1000 }];
        if (r < 0.17) return [];
        if (r < 0.22)
          return [{ ...b, status: b.status === "committed" ? "indicative" : "committed" } as const];
        return [b];
      });
      if (rnd() < 0.15 && a.years.length) {
        const year = a.years[Math.floor(rnd() * a.years.length)];
        const source = sources.find((s) => !budget.some((b) => b.year === year && b.source === s));
        if (source)
          budget.push({
            year,
            source,
            amount: 1000 * Math.ceil(rnd() * 9000),
            unitCost: null,
            quantity: null,
            times: null,
            secured: null,
            disbursed: null,
            spent: null,
            status: "indicative",
          });
      }
      return { ...a, budget };
    }),
  });
}

/** Per "pillar year": the lines' amounts (> 0) summed and the status, and each line's amount by key. */
function linesOf(plan: Plan, pillarOf: Map<string, string>) {
  const years = new Map<string, { value: number; committed: boolean }>();
  const byLine = new Map<string, { at: string; amount: number }>();
  for (const a of plan.actions)
    for (const b of a.budget) {
      const at = `${pillarOf.get(a.code)} ${b.year}`;
      byLine.set(`${a.code} ${b.year} ${b.source}`, { at, amount: b.amount });
      if (b.amount <= 0) continue;
      const was = years.get(at) ?? { value: 0, committed: true };
      years.set(at, {
        value: cents(was.value + b.amount),
        committed: was.committed && b.status === "committed",
      });
    }
  return { years, byLine };
}

/** The pillar-years some line of which has another amount in `b` than in `a`. */
function changedYears(a: ReturnType<typeof linesOf>, b: ReturnType<typeof linesOf>) {
  const out = new Set<string>();
  for (const k of new Set([...a.byLine.keys(), ...b.byLine.keys()])) {
    const x = a.byLine.get(k);
    const y = b.byLine.get(k);
    if (cents(x?.amount ?? 0) !== cents(y?.amount ?? 0)) out.add((x ?? y)!.at);
  }
  return out;
}

describe("random plans edited twice through the write path, exported by the shared use case", () => {
  const ROUNDS = ["2020-06-15T08:00:00Z", "2022-02-01T09:30:00Z"];
  const seeds = [3, 11, 29];

  test.each(seeds)(
    "seed %i: an original per pillar-year, a revised beside it where a line changed; no rule broken",
    async (seed) => {
      const rnd = prng(seed);
      const port = new XlsxWorkbook(toExcelJs(buildWorkbookPlan(randomPlan(seed, 50), "en")));
      const first = readPlan(await port.read(), "en").plan;
      const pillarOf = new Map<string, string>();
      for (const a of first.actions) {
        const r = first.outputs.find((o) => o.code === a.output)!.result;
        pillarOf.set(a.code, first.results.find((x) => x.code === r)!.pillar);
      }
      // Each round: the plan as the workbook holds it, edited, written with the log's reason "import".
      const states = [linesOf(first, pillarOf)];
      const lastChanged = new Map<string, string>();
      for (const at of ROUNDS) {
        let edited: Plan | undefined;
        await writeKept(
          port,
          "en",
          (values) => {
            edited = edit(readPlan(values!, "en").plan, rnd);
            return buildWorkbookPlan(edited, "en");
          },
          { why: "import", at }
        );
        const now = linesOf(edited!, pillarOf);
        for (const k of changedYears(states[states.length - 1], now)) lastChanged.set(k, at);
        states.push(now);
      }
      const [before, , after] = states;
      const revised = [...changedYears(before, after)].filter(
        (k) => (before.years.get(k)?.value ?? 0) > 0
      );
      expect(revised.length).toBeGreaterThan(3);
      // The log holds the edits: read back from the workbook with the plan.
      expect(readPlan(await port.read(), "en").plan.changes.length).toBeGreaterThan(0);

      const r = await exportForDonors(port, { lang: "en", now: NOW });
      if (!r.ok) throw new Error(r.message);
      const [parent, ...children] = parseIati(r.xml);
      const got = new Map<string, { value: number; status: string; valueDate: string }>();
      for (const c of children)
        for (const b of c.budgets) {
          const k = `${b.type} ${c.id.slice(parent.id.length + 1)} ${b.year}`;
          expect(got.has(k)).toBe(false);
          expect([b.start, b.end]).toEqual([`${b.year}-01-01`, `${b.year}-12-31`]);
          got.set(k, { value: b.value, status: b.status, valueDate: b.valueDate });
        }
      const want = new Map<string, { value: number; status: string; valueDate: string }>();
      const status = (x: { committed: boolean }) => (x.committed ? "2" : "1");
      for (const [k, v] of after.years)
        if (!revised.includes(k))
          want.set(`1 ${k}`, { ...v, status: status(v), valueDate: `${k.slice(-4)}-01-01` });
      for (const k of revised) {
        const year = Number(k.slice(-4));
        const was = before.years.get(k)!;
        const is = after.years.get(k) ?? { value: 0, committed: true };
        want.set(`1 ${k}`, { value: was.value, status: status(was), valueDate: `${year}-01-01` });
        // The last round that changed the year's lines dates it, within the year.
        const day = lastChanged.get(k)!.slice(0, 10);
        const inYear =
          day < `${year}-01-01` ? `${year}-01-01` : day > `${year}-12-31` ? `${year}-12-31` : day;
        want.set(`2 ${k}`, { value: is.value, status: status(is), valueDate: inYear });
      }
      const sorted = <V>(m: Map<string, V>) => [...m].sort(([a], [b]) => a.localeCompare(b));
      expect(sorted(got)).toEqual(
        sorted(
          new Map(
            [...want].map(([k, v]) => [
              k,
              { value: v.value, status: v.status, valueDate: v.valueDate },
            ])
          )
        )
      );
      // Type 2 stands for the year where there is one: the budgets as they stand add up to the plan's now.
      expect(r.total).toBe(cents([...after.years.values()].reduce((s, v) => s + v.value, 0)));
      expect(lines(checkRules(r.xml, new Date(NOW)))).toEqual([]);
      const file = path.join(dir, `random-${seed}.xml`);
      fs.writeFileSync(file, r.xml);
      await validate(file);
    },
    240000
  );
});
