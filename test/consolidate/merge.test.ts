import { completeness } from "../../src/core/consolidate/completeness";
import { flatten, merge, same } from "../../src/core/consolidate/merge";
import { rollForward } from "../../src/core/consolidate/rollforward";
import { parsePlan } from "../../src/core/model";
import { settle } from "../../src/core/consolidate/settle";
import { MERGE_TABLES, type Plan } from "../../src/core/model";
import { HOSTILE, nationalPlan, submissions } from "./fixtures";

const AT = "2021-02-15T09:00:00Z";

function cells(plan: Plan) {
  const out: { table: string; key: string; column: string; value: unknown }[] = [];
  const t = flatten(plan);
  for (const table of MERGE_TABLES) {
    for (const [key, row] of t[table]) {
      for (const [column, value] of Object.entries(row)) {
        if (value !== null && value !== "") out.push({ table, key, column, value });
      }
    }
  }
  return out;
}

describe("merge", () => {
  const national = nationalPlan();
  const incoming = submissions(national);
  const result = merge(national, incoming, AT, 2020);

  test("nothing already in the national plan changes", () => {
    const after = flatten(result.plan);
    for (const c of cells(national)) {
      const now = after[c.table as "actions"].get(c.key)?.[c.column];
      expect({ ...c, now: same(now ?? null, c.value as never) }).toEqual({ ...c, now: true });
    }
  });

  test("every submitted value is merged, listed as a conflict, or reported as left alone", () => {
    incoming.forEach((f, i) => {
      const ignoredKeys = new Set(result.files[i].ignored.map((x) => `${x.table}|${x.key}`));
      for (const c of cells(f.plan)) {
        if (ignoredKeys.has(`${c.table}|${c.key}`)) continue;
        const logged = result.log.filter(
          (l) =>
            l.file === f.file && l.table === c.table && l.key === c.key && l.column === c.column
        );
        expect(logged).toHaveLength(1);
        const outcome = logged[0].outcome;
        if (outcome === "conflict") {
          const row = result.plan.conflicts.find(
            (k) =>
              k.table === c.table &&
              k.key === c.key &&
              k.column === c.column &&
              k.source.includes(f.file) &&
              same(k.proposed, c.value as never)
          );
          expect(row).toBeDefined();
        } else {
          const now = flatten(result.plan)[c.table as "actions"].get(c.key)?.[c.column];
          expect(same(now ?? null, c.value as never)).toBe(true);
        }
      }
    });
  });

  test("a disagreement with the national value keeps the national value and lists the proposal", () => {
    const i = result.plan.indicators.find((x) => x.code === "I1.1.1")!;
    expect(i.actuals.find((a) => a.year === 2019)!.value).toBe(12);
    const c = result.newConflicts.filter((k) => k.key === "I1.1.1");
    expect(c.map((k) => [k.current, k.proposed, k.source])).toEqual([[12, 15, "OSC — osc.xlsx"]]);
  });

  test("two submissions that disagree on a blank value leave it blank and list both, whatever the order", () => {
    for (const files of [incoming, [...incoming].reverse()]) {
      const r = merge(national, files, AT, 2020);
      expect(r.plan.indicators.find((x) => x.code === "I1.2.1")!.actuals).toEqual([]);
      const c = r.newConflicts.filter((k) => k.key === "I1.2.1");
      expect(c.map((k) => k.proposed).sort()).toEqual([4, 5]);
      expect(new Set(c.map((k) => k.id)).size).toBe(1);
    }
  });

  test("a blank filled by one source, a new action with its budget line, provenance kept", () => {
    expect(result.plan.indicators.find((x) => x.code === "I2.1")!.actuals).toEqual([
      { year: 2020, value: 30 },
    ]);
    const a = result.plan.actions.find((x) => x.code === "EX-100")!;
    expect(a.budget.map((b) => b.amount)).toEqual([7000000]);
    expect(a.origin).toBe("MPFEF — mpfef.xlsx — 2021-01-20");
    expect(a.budget[0].origin).toBe("MPFEF — mpfef.xlsx — 2021-01-20");
  });

  test("hostile text stays text, exactly as submitted", () => {
    for (const text of HOSTILE) {
      expect(result.plan.actions.find((a) => a.text === text)).toBeDefined();
    }
  });

  test("an indicator unknown to the national framework is left alone and reported", () => {
    expect(result.plan.indicators.find((x) => x.code === "I9.9")).toBeUndefined();
    expect(result.files[2].ignored).toContainEqual({
      table: "indicators",
      key: "I9.9",
      reason: "unknown-indicator",
    });
  });

  test("merging the same files again adds no new conflict rows", () => {
    const again = merge(result.plan, incoming, AT, 2020);
    expect(again.newConflicts).toEqual([]);
    expect(again.plan.conflicts).toEqual(result.plan.conflicts);
  });
});

describe("settling conflicts", () => {
  const national = nationalPlan();
  const merged = merge(national, submissions(national), AT, 2020).plan;

  test("accepting a proposal applies it and keeps the record; pending ones wait", () => {
    const id = merged.conflicts.find((c) => c.key === "I1.2.1")!.id;
    const decided: Plan = {
      ...merged,
      conflicts: merged.conflicts.map((c) =>
        c.id === id ? { ...c, decision: c.proposed === 5 ? "accept" : "reject" } : c
      ),
    };
    const r = settle(decided, "2021-03-01T10:00:00Z", "Coordinator");
    expect(r.settled).toEqual([id]);
    expect(r.plan.indicators.find((x) => x.code === "I1.2.1")!.actuals).toEqual([
      { year: 2019, value: 5 },
    ]);
    const rows = r.plan.conflicts.filter((c) => c.id === id);
    expect(rows.every((c) => c.settledAt === "2021-03-01" && c.settledBy === "Coordinator")).toBe(
      true
    );
    expect(r.plan.conflicts.filter((c) => !c.settledAt).length).toBe(
      merged.conflicts.length - rows.length
    );
    expect(r.plan.imports.at(-1)).toMatchObject({ outcome: "settled", key: "I1.2.1", value: 5 });
  });

  test("two accepted proposals for one cell are refused as ambiguous", () => {
    const id = merged.conflicts.find((c) => c.key === "I1.2.1")!.id;
    const decided: Plan = {
      ...merged,
      conflicts: merged.conflicts.map((c) => (c.id === id ? { ...c, decision: "accept" } : c)),
    };
    const r = settle(decided, "2021-03-01");
    expect(r.ambiguous).toEqual([id]);
    expect(r.plan.indicators.find((x) => x.code === "I1.2.1")!.actuals).toEqual([]);
  });
});

describe("completeness and the annual update", () => {
  const national = nationalPlan();
  const merged = merge(national, submissions(national), AT, 2020).plan;

  test("reporting and on-time rates, late and missing focal points", () => {
    const c = completeness(merged, 2020, "2021-01-31");
    const expected = national.stakeholders.filter((s) => s.committee).length;
    expect(c.expected).toHaveLength(expected);
    expect(c.submitted.sort()).toEqual(["MPFEF", "ONU-FEMMES", "OSC"]);
    expect(c.late).toEqual(["ONU-FEMMES"]);
    expect(c.reportingRate).toBeCloseTo((100 * 3) / expected, 9);
    expect(c.onTimeRate).toBeCloseTo((100 * 2) / expected, 9);
    expect(c.missing).toContain("MEF");
  });

  test("rolling forward carries unfinished actions and touches no past entry", () => {
    const r = rollForward(merged, 2020);
    expect(r.carried.length).toBeGreaterThan(0);
    for (const a of r.plan.actions) {
      const before = merged.actions.find((b) => b.code === a.code)!;
      // Past and planned lines unchanged; a carried action may gain lines for the new year only.
      expect(a.budget.slice(0, before.budget.length)).toEqual(before.budget);
      for (const b of a.budget.slice(before.budget.length)) {
        expect(r.carried).toContain(a.code);
        expect(b.year).toBe(2021);
      }
      expect(a.status).toBe(before.status);
      expect(a.progress).toBe(before.progress);
      if (r.carried.includes(a.code)) {
        expect(["completed", "cancelled"]).not.toContain(a.status);
        expect(a.years).toEqual([...before.years, 2021].sort());
      } else expect(a.years).toEqual(before.years);
    }
    expect(() => rollForward(merged, 2023)).toThrow(/cannot roll forward from 2023/);
    expect(() => rollForward(merged, 2030)).toThrow(/cannot roll forward from 2030/);
    expect(() => rollForward(merged, 2018)).toThrow(/cannot roll forward from 2018/);
  });

  test("rolling forward carries actions left unfinished in any earlier year, and names what the TMU must look at", () => {
    const base = merged.actions[0];
    const plan = parsePlan({
      ...merged,
      actions: [
        ...merged.actions,
        { ...base, code: "RF-2019", years: [2019], status: "in-progress", budget: [] },
        {
          ...base,
          code: "RF-DONE",
          years: [2020, 2021, 2022],
          status: "cancelled",
          budget: [{ ...base.budget[0], year: 2022 }],
        },
      ],
    });
    const r = rollForward(plan, 2020);
    expect(r.carried).toContain("RF-2019");
    expect(r.plan.actions.find((a) => a.code === "RF-2019")!.years).toEqual([2019, 2021]);
    expect(r.finishedFuture).toContain(`RF-DONE|2022|${base.budget[0].source}`);
    for (const line of r.finishedFuture) {
      const [code, year] = line.split("|");
      expect(["completed", "cancelled"]).toContain(
        plan.actions.find((a) => a.code === code)!.status
      );
      expect(Number(year)).toBeGreaterThan(2020);
    }
    expect(r.pending).toEqual([
      ...new Set(merged.conflicts.filter((c) => c.decision === "pending").map((c) => c.id)),
    ]);
    expect(r.pending.length).toBeGreaterThan(0);
  });

  test("a carried action gets its last budgeted year's lines proposed for the new year, indicative and not secured", () => {
    const base = merged.actions[0];
    const line = { ...base.budget[0], secured: 40, status: "committed" as const };
    const sources = merged.fundingSources.slice(0, 2).map((f) => f.code);
    expect(sources).toHaveLength(2);
    const plan = parsePlan({
      ...merged,
      actions: [
        ...merged.actions,
        {
          ...base,
          code: "RF-BUD",
          years: [2019, 2020],
          status: "in-progress",
          budget: [
            { ...line, year: 2019, source: sources[0], amount: 5 },
            { ...line, year: 2020, source: sources[0], amount: 70 },
            { ...line, year: 2020, source: sources[1], amount: 30 },
            {
              ...line,
              year: 2021,
              source: sources[1],
              amount: 12,
              secured: null,
              status: "indicative",
            },
          ],
        },
      ],
    });
    const r = rollForward(plan, 2020, "en");
    const [gov, unw] = sources;
    const after = r.plan.actions.find((a) => a.code === "RF-BUD")!;
    expect(after.budget.slice(0, 4)).toEqual(plan.actions.at(-1)!.budget);
    const added = after.budget.slice(4);
    // GOV's 2020 amount proposed for 2021; UNW already had a 2021 line, so none is added for it.
    expect(added.map((b) => [b.year, b.source, b.amount, b.secured, b.status])).toEqual([
      [2021, gov, 70, null, "indicative"],
    ]);
    expect(added[0].origin).toMatch(/2020/);
    expect(r.proposed).toContain(`RF-BUD|2021|${gov}`);
    expect(r.proposed).not.toContain(`RF-BUD|2021|${unw}`);
  });
});
