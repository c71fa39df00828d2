/**
 * Issue 15's full scenario at the TMU's scale, through the command line:
 * twenty focal points' copies over two annual cycles. The TMU prepares a
 * copy for each of 20 stakeholders; focal points edit their own rows, one
 * also another's, two add new actions with their budget, one sends a
 * workbook of another plan, one is late, one's file arrives twice (a copy of
 * the same file under another name), one never sends; the TMU consolidates,
 * accepts some, returns one, settles, rolls forward, prepares the next year
 * and consolidates again.
 *
 * What must hold (each figure below is worked out here from the edits, not
 * read from the code): every legitimate change lands exactly once with its
 * author, nothing is counted twice (submissions, budget total), the late
 * file is the only late one, and no value of an accepted year changes.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { cli } from "../support/cli";
import { parsePlan, type Action, type Plan } from "../../src/core/model";
import {
  cyclePlan,
  editCopy,
  metaOf,
  planOf,
  rowsOf,
  withProgress,
  writeNational,
} from "./helpers";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-20copies-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const f = (...names: string[]) => path.join(dir, ...names);
const copy = (code: string, year = 2020) => f("copies", `NAP1325-${code}-${year}.xlsx`);

const national = cyclePlan();
/** The 14 stakeholders that lead an action, each with the first action it leads. */
const firstLed = new Map<string, string>();
for (const a of national.actions) if (!firstLed.has(a.lead)) firstLed.set(a.lead, a.code);
const LEADS = [...firstLed.keys()];
const OTHERS = ["MEF", "MAECI", "MS", "MMEIA", "SP-PNG", "CNDIFE"];
const FOCAL = [...LEADS, ...OTHERS];
/** Each lead's own new progress on its first action: distinct, and none equal to the national one. */
const ownProgress = new Map(LEADS.map((code, i) => [code, 11 + 3 * i]));

const withActual = (p: Plan, ind: string, year: number, value: number): Plan => ({
  ...p,
  indicators: p.indicators.map((i) =>
    i.code === ind
      ? { ...i, actuals: [...i.actuals.filter((a) => a.year !== year), { year, value }] }
      : i
  ),
});

/** A new action proposed by a focal point, on an existing output, with one budget line. */
function withNewAction(p: Plan, code: string, lead: string, amount: number): Plan {
  const model = p.actions[0];
  const action: Action = {
    ...model,
    code,
    lead,
    text: `New action ${code} by ${lead}`,
    fr: {},
    partners: [],
    regions: [],
    years: [2020],
    start: undefined,
    end: undefined,
    status: "in-progress",
    progress: 20,
    origin: undefined,
    budget: [
      {
        ...model.budget[0],
        year: 2020,
        source: model.budget[0]?.source ?? p.fundingSources[0].code,
        unitCost: null,
        quantity: null,
        times: null,
        amount,
        secured: null,
        status: "indicative",
        origin: undefined,
      },
    ],
  };
  return { ...p, actions: [...p.actions, action] };
}

const budgetTotal = (p: Plan) =>
  p.actions.reduce((s, a) => s + a.budget.reduce((t, l) => t + l.amount, 0), 0);
const progressOf = (p: Plan, code: string) => p.actions.find((a) => a.code === code)?.progress;
const actualOf = (p: Plan, ind: string, year: number) =>
  p.indicators.find((i) => i.code === ind)!.actuals.find((a) => a.year === year)?.value;

test("twenty focal points, two cycles: every legitimate change lands once, with its author", async () => {
  expect(FOCAL).toHaveLength(20);
  expect(new Set(FOCAL).size).toBe(20);
  const nationalTotal = budgetTotal(national);
  await writeNational(f("national.xlsx"));

  // --- Cycle 1 (reporting year 2020) ---------------------------------------
  const prepared = await cli([
    "prepare",
    f("national.xlsx"),
    "--for",
    FOCAL.join(","),
    "--year",
    "2020",
    "--out",
    f("copies"),
    "--now",
    "2021-01-04T08:00:00Z",
  ]);
  expect(prepared.code).toBe(0);
  expect(fs.readdirSync(f("copies")).sort()).toEqual(
    FOCAL.map((c) => `NAP1325-${c}-2020.xlsx`).sort()
  );
  const ids = await Promise.all(FOCAL.map(async (c) => (await metaOf(copy(c))).copyId));
  expect(new Set(ids).size).toBe(20);

  // Each lead changes its own first action; MPFEF also reports its own
  // indicator and proposes a value on MATD's action (not its own).
  for (const code of LEADS)
    await editCopy(copy(code), (p) => {
      let q = withProgress(p, firstLed.get(code)!, ownProgress.get(code)!);
      if (code === "MPFEF") q = withActual(withProgress(q, "EX-003", 99), "I1.1.1", 2020, 30);
      return q;
    });
  // Two focal points that lead nothing propose a new action each.
  await editCopy(copy("MEF"), (p) => withNewAction(p, "EX-101", "MEF", 1_000_000));
  await editCopy(copy("MS"), (p) => withNewAction(p, "EX-102", "MS", 2_500_000));
  // MMEIA's file is a workbook of another plan (same codes, another plan id).
  await editCopy(copy("MMEIA"), (p) =>
    parsePlan({ ...withProgress(p, "EX-001", 77), id: "niger-nap-2020-2024" })
  );

  // Everyone but MAECI submits; CNDIFE after the deadline.
  for (const [i, code] of FOCAL.entries()) {
    if (code === "MAECI") continue;
    const at =
      code === "CNDIFE"
        ? "2021-02-15T09:00:00Z"
        : `2021-01-${String(10 + i).padStart(2, "0")}T09:00:00Z`;
    const r = await cli(["submit", copy(code), "--now", at]);
    expect(r.code).toBe(0);
  }
  // MJ's file arrives twice (forwarded: the same copy under another name).
  fs.copyFileSync(copy("MJ"), f("copies", "Fwd NAP1325-MJ-2020 (1).xlsx"));
  // The e-mail attachments are saved later: file times must not count.
  for (const name of fs.readdirSync(f("copies")))
    fs.utimesSync(f("copies", name), new Date("2021-03-01"), new Date("2021-03-01"));

  const sent = [
    ...FOCAL.filter((c) => c !== "MAECI").map((c) => copy(c)),
    f("copies", "Fwd NAP1325-MJ-2020 (1).xlsx"),
  ];
  const dry = await cli([
    "consolidate",
    f("national.xlsx"),
    ...sent,
    "--year",
    "2020",
    "--deadline",
    "2021-01-31",
    "--dry-run",
  ]);
  expect(dry.err).toMatch(/NAP1325-MMEIA-2020\.xlsx/); // refused by name
  const c1 = await cli([
    "consolidate",
    f("national.xlsx"),
    ...sent,
    "--year",
    "2020",
    "--deadline",
    "2021-01-31",
    "--out",
    f("c1.xlsx"),
    "--now",
    "2021-03-02T00:00:00Z",
  ]);
  expect(c1.err).toMatch(/NAP1325-MMEIA-2020\.xlsx/);
  expect(c1.out).toMatch(/Late: CNDIFE\b/);
  expect(c1.out).not.toMatch(/Late:[^\n]*\b(MPFEF|MJ|MEF|MS)\b/);
  const p1 = await planOf(f("c1.xlsx"));

  // Every lead's own change landed.
  for (const code of LEADS)
    expect([code, progressOf(p1, firstLed.get(code)!)]).toEqual([code, ownProgress.get(code)]);
  // MATD's own value stands; MPFEF's proposal on it waits as a conflict by MPFEF.
  expect(progressOf(p1, "EX-003")).toBe(ownProgress.get("MATD"));
  const pending = p1.conflicts.filter((c) => c.key === "EX-003" && c.decision === "pending");
  expect(pending.map((c) => c.proposed)).toEqual([99]);
  expect(pending[0].source).toMatch(/\bMPFEF\b/);
  // MPFEF's own indicator's actual landed; the other plan's value did not.
  expect(actualOf(p1, "I1.1.1", 2020)).toBe(30);
  expect(progressOf(p1, "EX-001")).toBe(ownProgress.get("MCPRN"));
  // The new actions are there once each, with their budget: the total grows by exactly their lines.
  expect(p1.actions.filter((a) => a.code === "EX-101").map((a) => a.lead)).toEqual(["MEF"]);
  expect(p1.actions.filter((a) => a.code === "EX-102").map((a) => a.lead)).toEqual(["MS"]);
  expect(budgetTotal(p1)).toBe(nationalTotal + 3_500_000);
  // Each focal point that sent a valid file is counted once; MAECI and the wrong plan are not.
  const subs1 = p1.submissions.filter((s) => s.year === 2020);
  const expected = FOCAL.filter((c) => c !== "MAECI" && c !== "MMEIA").sort();
  expect(subs1.map((s) => s.focalPoint).sort()).toEqual(expected);
  // Every imported change is credited to the focal point whose file made it (never to a file name).
  const landed = p1.imports.filter(
    (r) =>
      r.table === "actions" &&
      r.column === "progress" &&
      r.outcome !== "unchanged" &&
      r.outcome !== "conflict"
  );
  for (const code of LEADS) {
    const by = landed.filter((r) => r.key === firstLed.get(code)!).map((r) => r.focalPoint);
    expect([code, [...new Set(by)]]).toEqual([code, [code]]);
  }
  expect(landed.some((r) => r.file.includes("MMEIA"))).toBe(false);

  // --- Approval and settling ------------------------------------------------
  const approve = async (from: string, to: string, ...args: string[]) =>
    expect((await cli(["approve", f(from), ...args, "--year", "2020", "--out", f(to)])).code).toBe(
      0
    );
  await approve("c1.xlsx", "a1.xlsx", "--for", "MPFEF");
  await approve("a1.xlsx", "a2.xlsx", "--for", "MJ");
  await approve("a2.xlsx", "a3.xlsx", "--for", "MSPC", "--return", "Give the source of EX-009");
  const states = (await rowsOf(f("a3.xlsx"), "tblSubmissions")).filter((s) => s.Year === 2020);
  const stateOf = (code: string) =>
    states.filter((s) => s["Focal point"] === code).map((s) => s.State);
  expect([stateOf("MPFEF"), stateOf("MJ"), stateOf("MSPC"), stateOf("MATD")]).toEqual([
    ["Accepted"],
    ["Accepted"],
    ["Returned"],
    ["Submitted"],
  ]);

  // The TMU rejects MPFEF's proposal on MATD's action, then settles.
  await editCopy(f("a3.xlsx"), (p) => ({
    ...p,
    conflicts: p.conflicts.map((c) =>
      c.key === "EX-003" && c.decision === "pending" ? { ...c, decision: "reject" } : c
    ),
  }));
  const settled = await cli(["settle", f("a3.xlsx"), "--out", f("s1.xlsx")]);
  expect(settled.code).toBe(0);
  const p2 = await planOf(f("s1.xlsx"));
  expect(progressOf(p2, "EX-003")).toBe(ownProgress.get("MATD"));
  expect(p2.conflicts.filter((c) => c.decision === "pending")).toEqual([]);

  // --- Roll-forward and cycle 2 (2021) ----------------------------------------
  const rolled = await cli(["roll-forward", f("s1.xlsx"), "--from", "2020", "--out", f("r1.xlsx")]);
  expect(rolled.code).toBe(0);
  const p3 = await planOf(f("r1.xlsx"));
  // The new, unfinished action carries into 2021 with a budget proposed for it.
  const ex101 = p3.actions.find((a) => a.code === "EX-101")!;
  expect(ex101.years).toContain(2021);
  expect(ex101.budget.filter((l) => l.year === 2021).map((l) => l.status)).toEqual(["indicative"]);
  // Nothing of 2020 moved.
  expect(
    p3.actions
      .flatMap((a) => a.budget)
      .filter((l) => l.year === 2020)
      .reduce((s, l) => s + l.amount, 0)
  ).toBe(
    p2.actions
      .flatMap((a) => a.budget)
      .filter((l) => l.year === 2020)
      .reduce((s, l) => s + l.amount, 0)
  );

  const next = await cli([
    "prepare",
    f("r1.xlsx"),
    "--for",
    "MPFEF,MJ,MSPC",
    "--year",
    "2021",
    "--out",
    f("copies"),
    "--now",
    "2022-01-04T08:00:00Z",
  ]);
  expect(next.code).toBe(0);
  // MPFEF reports 2021, and also tries to change its accepted 2020 value.
  await editCopy(copy("MPFEF", 2021), (p) =>
    withActual(withActual(withProgress(p, "EX-004", 64), "I1.1.1", 2021, 50), "I1.1.1", 2020, 45)
  );
  await editCopy(copy("MJ", 2021), (p) => withProgress(p, "EX-015", 42));
  await editCopy(copy("MSPC", 2021), (p) => withProgress(p, "EX-009", 58));
  for (const code of ["MPFEF", "MJ", "MSPC"])
    expect((await cli(["submit", copy(code, 2021), "--now", "2022-01-20T09:00:00Z"])).code).toBe(0);
  const c2 = await cli([
    "consolidate",
    f("r1.xlsx"),
    copy("MPFEF", 2021),
    copy("MJ", 2021),
    copy("MSPC", 2021),
    "--year",
    "2021",
    "--deadline",
    "2022-01-31",
    "--out",
    f("c2.xlsx"),
    "--now",
    "2022-02-01T00:00:00Z",
  ]);
  const p4 = await planOf(f("c2.xlsx"));
  expect(c2.out).toMatch(/NAP1325-MPFEF-2021\.xlsx \(MPFEF\)/); // credited by its 2021 stamp
  expect(progressOf(p4, "EX-004")).toBe(64);
  expect(progressOf(p4, "EX-015")).toBe(42);
  expect(progressOf(p4, "EX-009")).toBe(58);
  expect(actualOf(p4, "I1.1.1", 2021)).toBe(50);
  expect(actualOf(p4, "I1.1.1", 2020)).toBe(30); // MPFEF's 2020 is accepted: unchanged
  expect(c2.out + c2.err).toMatch(
    /NAP1325-MPFEF-2021\.xlsx[^\n]*values of 2020 are left out: MPFEF's 2020 is accepted/
  );
  // Submissions: 2021 counts the three, 2020 still counts each focal point once.
  const subs = p4.submissions;
  expect(
    subs
      .filter((s) => s.year === 2021)
      .map((s) => s.focalPoint)
      .sort()
  ).toEqual(["MJ", "MPFEF", "MSPC"]);
  expect(
    subs
      .filter((s) => s.year === 2020)
      .map((s) => s.focalPoint)
      .sort()
  ).toEqual(expected);
  // The budget total is last cycle's plus the proposed 2021 lines of the roll-forward, nothing twice.
  expect(budgetTotal(p4)).toBe(budgetTotal(p3));
}, 900_000);
