/**
 * Ownership decides (issue 15, item 2): a focal point's change to a row it
 * owns (an action it leads, that action's budget lines, an indicator it is
 * responsible for) updates the national value, recorded with the value
 * before and who, and can be undone; a change to another's row, or to the
 * lead itself, stays a conflict; a value no one owns follows the old rule.
 */
import {
  describeDryRun,
  describeSettleDone,
  planImport,
  type SubmissionSource,
} from "../../src/app/consolidate";
import { flatten, merge, type Incoming } from "../../src/core/consolidate/merge";
import { settle } from "../../src/core/consolidate/settle";
import { parsePlan, type Plan } from "../../src/core/model";
import { nationalPlan } from "./fixtures";

const AT = "2021-02-15T09:00:00Z";

const clean = (p: Plan) => parsePlan({ ...p, imports: [], conflicts: [], submissions: [] });

/** A copy of the plan with one action's fields changed. */
function withAction(p: Plan, code: string, patch: Partial<Plan["actions"][number]>): Plan {
  return parsePlan({
    ...p,
    actions: p.actions.map((a) => (a.code === code ? { ...a, ...patch } : a)),
  });
}

const cell = (
  p: Plan,
  table: "actions" | "budget" | "funding" | "indicators",
  key: string,
  column: string
) => flatten(p)[table].get(key)?.[column];

describe("ownership", () => {
  const national = nationalPlan();
  const base = clean(national);
  // EX-002 is led by MPFEF (progress 60, 2020 FC line of 15,000,000); EX-003 by MATD (progress 40).
  let mpfef = withAction(base, "EX-002", { progress: 75 });
  mpfef = withAction(mpfef, "EX-003", { progress: 90 });
  mpfef = withAction(mpfef, "EX-002", {
    budget: mpfef.actions
      .find((a) => a.code === "EX-002")!
      .budget.map((b) => (b.year === 2020 ? { ...b, amount: 16000000 } : b)),
  });
  const matd = withAction(base, "EX-002", { progress: 65 });
  const files: Incoming[] = [
    { file: "mpfef.xlsx", focalPoint: "MPFEF", submittedAt: "2021-01-20", plan: mpfef },
    { file: "matd.xlsx", focalPoint: "MATD", submittedAt: "2021-01-21", plan: matd },
    // OSC sends its copy back with EX-002 as it was: no change asked, no conflict.
    { file: "osc.xlsx", focalPoint: "OSC", submittedAt: "2021-01-22", plan: base },
  ];
  const result = merge(national, files, AT, 2020);

  test("the lead's change to its own action updates the national value, not a conflict", () => {
    expect(cell(result.plan, "actions", "EX-002", "progress")).toBe(75);
    expect(
      result.newConflicts.filter(
        (c) => c.key === "EX-002" && c.column === "progress" && c.source.startsWith("MPFEF")
      )
    ).toEqual([]);
  });

  test("the change is recorded with before → after and who, as settled by its owner", () => {
    expect(result.changes).toContainEqual(
      expect.objectContaining({
        table: "actions",
        key: "EX-002",
        column: "progress",
        before: 60,
        after: 75,
        focalPoint: "MPFEF",
        why: "owner",
      })
    );
    const row = result.plan.conflicts.find(
      (c) => c.key === "EX-002" && c.column === "progress" && c.decision === "accept"
    );
    expect(row).toEqual(
      expect.objectContaining({
        current: 60,
        proposed: 75,
        settledBy: "MPFEF",
        settledAt: "2021-02-15",
      })
    );
    expect(result.plan.imports).toContainEqual(
      expect.objectContaining({
        key: "EX-002",
        column: "progress",
        value: 75,
        focalPoint: "MPFEF",
        outcome: "settled",
      })
    );
  });

  test("the lead's budget line changes too", () => {
    expect(cell(result.plan, "budget", "EX-002|2020|FC", "amount")).toBe(16000000);
  });

  test("a change to another's action stays a conflict; the national value stays", () => {
    expect(cell(result.plan, "actions", "EX-003", "progress")).toBe(40);
    expect(result.newConflicts).toContainEqual(
      expect.objectContaining({ key: "EX-003", column: "progress", current: 40, proposed: 90 })
    );
  });

  test("another's different value on the owner's row is a conflict against the owner's new value", () => {
    expect(result.newConflicts).toContainEqual(
      expect.objectContaining({ key: "EX-002", column: "progress", current: 75, proposed: 65 })
    );
  });

  test("a copy sent back with the value before asks for no change: no conflict against the owner", () => {
    expect(result.newConflicts.filter((c) => c.source.startsWith("OSC"))).toEqual([]);
  });

  test("the lead handing its action to another is the TMU's call (a conflict)", () => {
    const handOff = withAction(base, "EX-002", { lead: "MATD" });
    const r = merge(
      national,
      [{ file: "m.xlsx", focalPoint: "MPFEF", submittedAt: "2021-01-20", plan: handOff }],
      AT,
      2020
    );
    expect(cell(r.plan, "actions", "EX-002", "lead")).toBe("MPFEF");
    expect(r.newConflicts).toContainEqual(
      expect.objectContaining({ key: "EX-002", column: "lead" })
    );
  });

  test("the responsible stakeholder's change to its indicator's value updates it; another's does not", () => {
    const code = "I1.1.1"; // national actual 2019: 12
    const owned = parsePlan({
      ...national,
      indicators: national.indicators.map((i) =>
        i.code === code ? { ...i, responsible: "MPFEF" } : i
      ),
    });
    const report = (p: Plan, value: number) =>
      parsePlan({
        ...clean(p),
        indicators: clean(p).indicators.map((i) =>
          i.code === code
            ? {
                ...i,
                actuals: [...i.actuals.filter((a) => a.year !== 2019), { year: 2019, value }],
              }
            : i
        ),
      });
    const r = merge(
      owned,
      [
        { file: "m.xlsx", focalPoint: "MPFEF", submittedAt: "2021-01-20", plan: report(owned, 14) },
        { file: "o.xlsx", focalPoint: "OSC", submittedAt: "2021-01-21", plan: report(owned, 15) },
      ],
      AT,
      2020
    );
    const now = Object.entries(flatten(r.plan).indicators.get(code)!);
    expect(r.changes).toContainEqual(
      expect.objectContaining({
        table: "indicators",
        key: code,
        before: 12,
        after: 14,
        why: "owner",
      })
    );
    expect(now).toContainEqual([r.changes.find((c) => c.key === code)!.column, 14]);
    expect(r.newConflicts).toContainEqual(
      expect.objectContaining({ table: "indicators", key: code, current: 14, proposed: 15 })
    );
  });

  test("a value no one owns (a funding source) still goes to conflicts when it differs", () => {
    const f = national.fundingSources[0];
    const renamed = parsePlan({
      ...base,
      fundingSources: base.fundingSources.map((x, i) =>
        i === 0 ? { ...x, name: `${x.name} (bis)` } : x
      ),
    });
    const r = merge(
      national,
      [{ file: "m.xlsx", focalPoint: "MPFEF", submittedAt: "2021-01-20", plan: renamed }],
      AT,
      2020
    );
    expect(cell(r.plan, "funding", f.code, "name")).toBe(f.name);
    expect(r.newConflicts).toContainEqual(
      expect.objectContaining({ table: "funding", key: f.code, column: "name" })
    );
  });

  test("the TMU undoes an owner's update by marking it Reject and settling", () => {
    const marked = {
      ...result.plan,
      conflicts: result.plan.conflicts.map((c) =>
        c.key === "EX-002" && c.column === "progress" && c.decision === "accept"
          ? { ...c, decision: "reject" as const }
          : c
      ),
    };
    const s = settle(marked, "2021-03-01T09:00:00Z", "TMU");
    expect(cell(s.plan, "actions", "EX-002", "progress")).toBe(60);
    expect(s.reversed).toHaveLength(1);
    expect(describeSettleDone(s, "en")).toEqual([
      expect.stringMatching(/1 owners' updates undone: C-\d+/),
    ]);
    // Settling again changes nothing more.
    const again = settle(s.plan, "2021-03-02T09:00:00Z", "TMU");
    expect(again.reversed).toEqual([]);
    expect(cell(again.plan, "actions", "EX-002", "progress")).toBe(60);
  });
});

function source(file: string, plan: Plan | null): SubmissionSource {
  return {
    name: file,
    load: async () =>
      plan
        ? {
            ok: true,
            wb: {
              file,
              read: { plan, templateVersion: 1, lang: "en", problems: [] },
              integrity: [],
              mtime: new Date("2021-01-20T10:00:00Z"),
            },
          }
        : { ok: false, reason: "not a workbook" },
  };
}

describe("the dry run says what would change and what was not taken", () => {
  const national = nationalPlan();
  const base = clean(national);
  const options = { year: 2020, now: AT, lang: "en" as const };

  test("every value that would change: before → after, who, why; each row not taken with its reason", async () => {
    let plan = withAction(base, "EX-002", { progress: 75 });
    plan = withAction(plan, "EX-003", { progress: 90 });
    plan = parsePlan({
      ...plan,
      stamp: { copyId: "MPFEF-2020-a", focalPoint: "MPFEF", year: 2020, submittedAt: "2021-01-20" },
    });
    const dry = await planImport(national, [source("mpfef.xlsx", plan)], options);
    const lines = describeDryRun(dry, "en");
    expect(lines.some((l) => /EX-002/.test(l) && /60 → 75/.test(l) && /MPFEF/.test(l))).toBe(true);
    expect(lines.some((l) => /EX-003/.test(l) && /40 → 90/.test(l) && /MATD/.test(l))).toBe(true);
    expect(dry.nothingTaken).toBe(false);
  });

  test("nothing could be taken: said, and exposed for a non-zero exit", async () => {
    const dry = await planImport(
      national,
      [source("a.xlsx", null), source("b.xlsx", null)],
      options
    );
    expect(dry.nothingTaken).toBe(true);
    expect(describeDryRun(dry, "en").join("\n")).toMatch(/nothing could be taken/i);
    const fr = await planImport(national, [source("a.xlsx", null)], { ...options, lang: "fr" });
    expect(describeDryRun(fr, "fr").join("\n")).toMatch(
      /rien n’a pu être pris|rien n'a pu être pris/i
    );
  });
});
