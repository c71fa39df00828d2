/**
 * Settling tells the truth (issue 15, item 5): every accepted proposal lands
 * or is reported with its reason; an Accept waiting on a pending proposal
 * names the pending one; two thousand conflicts settle in seconds.
 */
import { describeSettleProblems } from "../../src/app/consolidate";
import { flatten, merge, type Incoming } from "../../src/core/consolidate/merge";
import { settle } from "../../src/core/consolidate/settle";
import { parsePlan, type Conflict, type Plan } from "../../src/core/model";
import { nationalPlan } from "./fixtures";

const AT = "2021-02-15T09:00:00Z";
const clean = (p: Plan) => parsePlan({ ...p, imports: [], conflicts: [], submissions: [] });

function inventing(base: Plan, lead: string, text: string, amount: number): Plan {
  return parsePlan({
    ...base,
    actions: [
      ...base.actions,
      {
        code: "EX-300",
        output: "1.2.1",
        text,
        lead,
        partners: [],
        regions: [],
        years: [2020],
        budget: [{ year: 2020, source: "BN", amount, secured: null, status: "indicative" }],
        status: "not-started",
        progress: 0,
      },
    ],
  });
}

/** Mark every pending proposal from `who` Accept and the others Reject. */
const choose = (p: Plan, who: string, only?: (c: Conflict) => boolean): Plan => ({
  ...p,
  conflicts: p.conflicts.map((c) =>
    c.settledAt || (only && !only(c))
      ? c
      : { ...c, decision: c.source.startsWith(`${who} —`) ? "accept" : "reject" }
  ),
});

describe("two ministries invent the same new action code", () => {
  const national = nationalPlan();
  const base = clean(national);
  const files: Incoming[] = [
    {
      file: "mj.xlsx",
      focalPoint: "MJ",
      submittedAt: "2021-01-20",
      plan: inventing(base, "MJ", "Legal aid caravans", 1000000),
    },
    {
      file: "mspc.xlsx",
      focalPoint: "MSPC",
      submittedAt: "2021-01-21",
      plan: inventing(base, "MSPC", "Security patrols", 2000000),
    },
  ];
  const merged = merge(national, files, AT, 2020);

  test("its budget lines wait in the conflicts table with the action, not dropped", () => {
    expect(
      merged.plan.conflicts.some((c) => c.table === "budget" && c.key === "EX-300|2020|BN")
    ).toBe(true);
    expect(merged.files.flatMap((f) => f.ignored)).toEqual([]);
  });

  test("accepting one ministry's proposals lands the action and its budget line", () => {
    const r = settle(choose(merged.plan, "MJ"), "2021-03-01T09:00:00Z");
    const t = flatten(r.plan);
    expect(t.actions.get("EX-300")).toEqual(
      expect.objectContaining({ text: "Legal aid caravans", lead: "MJ" })
    );
    expect(t.budget.get("EX-300|2020|BN")?.amount).toBe(1000000);
    expect(r.notLanded).toEqual([]);
    const ids = new Set(merged.newConflicts.map((c) => c.id));
    expect(new Set(r.settled)).toEqual(ids);
    expect(r.plan.conflicts.filter((c) => !c.settledAt)).toEqual([]);
  });

  test("an accepted value that cannot land is reported with its reason, and its conflict stays open", () => {
    // The TMU accepts MJ's wording and lead but rejects every output: the new row lacks its output.
    const marked = choose(merged.plan, "MJ", (c) => c.table === "actions");
    const noOutput = {
      ...marked,
      conflicts: marked.conflicts.map((c) =>
        c.table === "actions" && c.column === "output" ? { ...c, decision: "reject" as const } : c
      ),
    };
    const r = settle(noOutput, "2021-03-01T09:00:00Z");
    expect(flatten(r.plan).actions.has("EX-300")).toBe(false);
    const text = merged.newConflicts.find((c) => c.table === "actions" && c.column === "text")!.id;
    expect(r.settled).not.toContain(text);
    expect(r.notLanded).toContainEqual(
      expect.objectContaining({
        id: text,
        key: "EX-300",
        reason: "required-missing",
        detail: "output",
      })
    );
    expect(r.plan.conflicts.filter((c) => c.id === text).every((c) => !c.settledAt)).toBe(true);
    expect(describeSettleProblems(r, "en").join("\n")).toMatch(/EX-300.*needs output accepted/);
  });

  test("one Accept with the other proposal still pending names the pending one", () => {
    const text = merged.newConflicts.find((c) => c.table === "actions" && c.column === "text")!.id;
    const p = {
      ...merged.plan,
      conflicts: merged.plan.conflicts.map((c) =>
        c.id === text && c.source.startsWith("MJ") ? { ...c, decision: "accept" as const } : c
      ),
    };
    const r = settle(p, "2021-03-01T09:00:00Z");
    expect(r.waiting).toEqual([{ id: text, pending: ["MSPC — mspc.xlsx"] }]);
    expect(describeSettleProblems(r, "en")).toContainEqual(
      expect.stringMatching(new RegExp(`${text}.*MSPC — mspc\\.xlsx.*pending`))
    );
    expect(describeSettleProblems(r, "fr").join("\n")).toMatch(/MSPC — mspc\.xlsx/);
  });
});

describe("settling is fast", () => {
  test("2,000 accepted conflicts settle in a few seconds (under 5 ms each, here 10 ms allowed)", () => {
    const national = nationalPlan();
    const leads = national.stakeholders.slice(0, 20).map((s) => s.code);
    const actions = leads.flatMap((lead, n) =>
      Array.from({ length: 100 }, (_, i) => ({
        code: `B-${n}-${i}`,
        output: national.outputs[(n * 7 + i) % national.outputs.length].code,
        text: `Action ${i} of ${lead}`,
        lead,
        years: [2020],
        status: "in-progress" as const,
        progress: 10,
      }))
    );
    const conflicts: Conflict[] = actions.map((a, i) => ({
      id: `C-${String(i + 1).padStart(4, "0")}`,
      table: "actions",
      key: a.code,
      column: "progress",
      current: 10,
      source: "X — x.xlsx",
      proposed: 20 + (i % 50),
      decision: "accept",
    }));
    const plan = parsePlan({ ...national, actions: [...national.actions, ...actions], conflicts });
    const t0 = performance.now();
    const r = settle(plan, AT);
    const ms = performance.now() - t0;
    expect(r.settled).toHaveLength(2000);
    expect(flatten(r.plan).actions.get("B-3-7")?.progress).toBe(20 + ((3 * 100 + 7) % 50));
    expect(ms / 2000).toBeLessThan(10);
  });
});
