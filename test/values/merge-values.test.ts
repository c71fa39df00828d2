/**
 * Consolidation takes the long values table in (issue 14, point 6): a focal
 * point's value rows are merged by indicator|year|period|breakdown with the
 * rules of the other tables: a new row added when its value (or numerator
 * and denominator) is agreed, disagreement and a change of a national value
 * as conflicts, the indicator's responsible stakeholder owning its rows
 * (its change lands, recorded and reversible), an unknown indicator's rows
 * left alone with why, an accepted year locked. Settling lands an accepted
 * proposal or says why not; the dry run and the logs show the rows in French
 * and English.
 */
import {
  describeDryRun,
  describeSettleProblems,
  planImport,
  type SubmissionSource,
} from "../../src/app/consolidate";
import { pendingOf } from "../../src/app/settle-list";
import { merge, type Incoming } from "../../src/core/consolidate/merge";
import { describeChange, describeNotTaken } from "../../src/core/consolidate/messages";
import { settle } from "../../src/core/consolidate/settle";
import { parsePlan, type IndicatorValue, type Plan } from "../../src/core/model";
import { nationalPlan } from "../consolidate/fixtures";

const AT = "2021-02-15T09:00:00Z";

/** A value row, with the model's defaults. */
const v = (r: Partial<IndicatorValue> & { indicator: string; year: number }): IndicatorValue => ({
  value: null,
  numerator: null,
  denominator: null,
  ...r,
});

/** The national plan: I3.2.1 is MPFEF's (its responsible), I2.1 no one's. */
function national(extra: Partial<Plan> = {}): Plan {
  const p = nationalPlan();
  return parsePlan({
    ...p,
    indicators: p.indicators.map((i) => (i.code === "I3.2.1" ? { ...i, responsible: "MPFEF" } : i)),
    ...extra,
  });
}

/** A focal point's copy: the national plan without its logs, its value rows replaced or added. */
function copy(n: Plan, values: (rows: IndicatorValue[]) => IndicatorValue[]): Plan {
  return parsePlan({
    ...n,
    imports: [],
    conflicts: [],
    submissions: [],
    values: values(n.values.map((x) => ({ ...x }))),
  });
}

/** A row of a plan's values by its key parts (undefined for a blank period or breakdown). */
const rowOf = (p: Plan, indicator: string, year: number, period?: string, breakdown?: string) =>
  p.values.filter(
    (x) =>
      x.indicator === indicator &&
      x.year === year &&
      x.period === period &&
      x.breakdown === breakdown
  );

const patch = (
  rows: IndicatorValue[],
  match: (x: IndicatorValue) => boolean,
  change: Partial<IndicatorValue>
) => rows.map((x) => (match(x) ? { ...x, ...change } : x));

const h1 = (x: IndicatorValue) => x.indicator === "I3.2.1" && x.year === 2020 && x.period === "H1";
const h2 = (x: IndicatorValue) => x.indicator === "I3.2.1" && x.year === 2020 && x.period === "H2";

describe("value rows merged by indicator, year, period and breakdown", () => {
  const n = national();
  // MPFEF owns I3.2.1: corrects its H1 numerator (12 → 13), adds a disaggregated quarter.
  const mpfef = copy(n, (rows) => [
    ...patch(rows, h1, { numerator: 13 }),
    v({
      indicator: "I3.2.1",
      year: 2021,
      period: "Q1",
      breakdown: "F",
      numerator: 5,
      denominator: 20,
      comment: "Q1 count, women only",
      evidence: "https://example.org/q1.pdf",
      enteredBy: "MPFEF desk",
    }),
  ]);
  // OSC: changes MPFEF's H2 numerator (18 → 20); a new I2.1 quarter agreed with MATD, another not;
  // a row of an indicator the framework does not have.
  const osc = copy(n, (rows) => [
    ...patch(rows, h2, { numerator: 20 }),
    v({ indicator: "I2.1", year: 2020, period: "Q2", breakdown: "F", value: 7 }),
    v({ indicator: "I2.1", year: 2020, period: "Q3", value: 3, comment: "from the survey" }),
    v({ indicator: "I9.9", year: 2020, value: 1 }),
  ]);
  const matd = copy(n, (rows) => [
    ...rows,
    v({ indicator: "I2.1", year: 2020, period: "Q2", breakdown: "F", value: 7 }),
    v({ indicator: "I2.1", year: 2020, period: "Q3", value: 4 }),
    // Only a comment: no value, so no new row (a conflict for the TMU).
    v({ indicator: "I2.1", year: 2020, period: "Q4", comment: "not measured yet" }),
  ]);
  const files: Incoming[] = [
    { file: "mpfef.xlsx", focalPoint: "MPFEF", submittedAt: "2021-01-20", plan: mpfef },
    { file: "osc.xlsx", focalPoint: "OSC", submittedAt: "2021-01-21", plan: osc },
    { file: "matd.xlsx", focalPoint: "MATD", submittedAt: "2021-01-22", plan: matd },
  ];
  const result = merge(n, files, AT, 2020);

  test("an agreed new row is added once, every column taken, with its provenance", () => {
    expect(rowOf(result.plan, "I2.1", 2020, "Q2", "F")).toEqual([
      expect.objectContaining({ value: 7, numerator: null, denominator: null }),
    ]);
    const owned = rowOf(result.plan, "I3.2.1", 2021, "Q1", "F");
    expect(owned).toEqual([
      expect.objectContaining({
        numerator: 5,
        denominator: 20,
        comment: "Q1 count, women only",
        evidence: "https://example.org/q1.pdf",
        enteredBy: "MPFEF desk",
      }),
    ]);
    expect(result.log.filter((l) => l.table === "values" && l.key === "I2.1|2020|Q2|F")).toEqual([
      expect.objectContaining({ focalPoint: "OSC", column: "value", value: 7, outcome: "added" }),
      expect.objectContaining({ focalPoint: "MATD", column: "value", value: 7, outcome: "added" }),
    ]);
    // The rows the copies hold unchanged are counted unchanged, not logged as changes.
    expect(
      result.changes.filter((c) => c.table === "values" && c.key.startsWith("I3.2.1|2021|"))
    ).toEqual([
      expect.objectContaining({ key: "I3.2.1|2021|Q1|F", column: "numerator", why: "added" }),
      expect.objectContaining({ key: "I3.2.1|2021|Q1|F", column: "denominator", why: "added" }),
      expect.objectContaining({ key: "I3.2.1|2021|Q1|F", column: "comment", why: "added" }),
      expect.objectContaining({ key: "I3.2.1|2021|Q1|F", column: "evidence", why: "added" }),
      expect.objectContaining({ key: "I3.2.1|2021|Q1|F", column: "enteredBy", why: "added" }),
    ]);
  });

  test("disagreeing proposals for a new row: no row, every proposal a conflict of one id", () => {
    expect(rowOf(result.plan, "I2.1", 2020, "Q3")).toEqual([]);
    const rows = result.newConflicts.filter((c) => c.key === "I2.1|2020|Q3|");
    expect(rows.map((c) => [c.column, c.source, c.proposed, c.current])).toEqual(
      expect.arrayContaining([
        ["value", "OSC — osc.xlsx", 3, null],
        ["value", "MATD — matd.xlsx", 4, null],
        ["comment", "OSC — osc.xlsx", "from the survey", null],
      ])
    );
    expect(new Set(rows.filter((c) => c.column === "value").map((c) => c.id)).size).toBe(1);
    // A comment without a value adds nothing and waits for the TMU.
    expect(rowOf(result.plan, "I2.1", 2020, "Q4")).toEqual([]);
    expect(result.newConflicts).toContainEqual(
      expect.objectContaining({
        key: "I2.1|2020|Q4|",
        column: "comment",
        proposed: "not measured yet",
      })
    );
  });

  test("the owner's change lands, recorded as settled by its owner with the value before", () => {
    expect(rowOf(result.plan, "I3.2.1", 2020, "H1")[0].numerator).toBe(13);
    expect(result.changes).toContainEqual(
      expect.objectContaining({
        table: "values",
        key: "I3.2.1|2020|H1|",
        column: "numerator",
        before: 12,
        after: 13,
        focalPoint: "MPFEF",
        why: "owner",
      })
    );
    expect(result.ownerUpdates).toEqual([
      expect.objectContaining({
        table: "values",
        key: "I3.2.1|2020|H1|",
        column: "numerator",
        current: 12,
        proposed: 13,
        decision: "accept",
        settledBy: "MPFEF",
        settledAt: "2021-02-15",
      }),
    ]);
    expect(result.log).toContainEqual(
      expect.objectContaining({ key: "I3.2.1|2020|H1|", column: "numerator", outcome: "settled" })
    );
  });

  test("another's change to a national value is a conflict naming the owner; the value stands", () => {
    expect(rowOf(result.plan, "I3.2.1", 2020, "H2")[0].numerator).toBe(18);
    expect(result.notTaken).toContainEqual(
      expect.objectContaining({
        table: "values",
        key: "I3.2.1|2020|H2|",
        column: "numerator",
        current: 18,
        proposed: 20,
        focalPoint: "OSC",
        owner: "MPFEF",
      })
    );
  });

  test("an unknown indicator's rows are left alone, with why", () => {
    expect(result.plan.values.some((x) => x.indicator === "I9.9")).toBe(false);
    const oscOut = result.files.find((f) => f.file === "osc.xlsx")!;
    expect(oscOut.ignored).toEqual([
      { table: "values", key: "I9.9|2020||", reason: "unknown-indicator" },
    ]);
    expect(oscOut.counts.ignored).toBe(1);
  });

  test("every national row is kept, in its place", () => {
    const keys = (p: Plan) => p.values.map((x) => [x.indicator, x.year, x.period, x.breakdown]);
    expect(keys(result.plan).slice(0, n.values.length)).toEqual(keys(n));
    expect(rowOf(result.plan, "I3.2.1", 2021, undefined, "MOP")[0]).toEqual(
      rowOf(n, "I3.2.1", 2021, undefined, "MOP")[0]
    );
  });

  test("the dry run lists the value rows: before → after, who, why, in English and French", () => {
    const added = result.changes.find((c) => c.key === "I2.1|2020|Q2|F")!;
    expect(describeChange(added, "en")).toMatch(
      /osc\.xlsx \(OSC\): Indicator values I2\.1\|2020\|Q2\|F, Value: \(blank\) → 7 \(a new row\)/
    );
    expect(describeChange(added, "fr")).toMatch(
      /Valeurs des indicateurs I2\.1\|2020\|T2\|F, Valeur\s*: \(vide\) → 7 \(nouvelle ligne\)/
    );
    const owner = result.changes.find((c) => c.why === "owner")!;
    expect(describeChange(owner, "fr")).toMatch(/I3\.2\.1\|2020\|S1\|, Numérateur.*12 → 13/);
    const conflict = result.notTaken.find((x) => x.key === "I3.2.1|2020|H2|")!;
    expect(describeNotTaken(conflict, "en")).toMatch(
      /Indicator values I3\.2\.1\|2020\|H2\|, Numerator: 18 → 20 not taken: conflict C-\d+ .*MPFEF/
    );
  });

  test("the settle list shows value conflicts with the period's label", () => {
    const fr = pendingOf(result.plan, "fr").find((c) => c.key === "I3.2.1|2020|S2|");
    expect(fr).toEqual(
      expect.objectContaining({
        table: "Valeurs des indicateurs",
        column: "Numérateur",
        current: 18,
      })
    );
    expect(pendingOf(result.plan, "en").some((c) => c.key === "I2.1|2020|Q3|")).toBe(true);
  });

  test("settling: an accepted proposal for a new row lands; a value change lands; a comment alone says why not", () => {
    const q3 = result.plan.conflicts.find(
      (c) => c.key === "I2.1|2020|Q3|" && c.column === "value" && c.proposed === 3
    )!;
    const decided = parsePlan({
      ...result.plan,
      conflicts: result.plan.conflicts.map((c) => {
        if (c.settledAt) return c;
        if (c.key === "I2.1|2020|Q3|")
          return { ...c, decision: c.source.startsWith("OSC") ? "accept" : "reject" };
        if (c.key === "I3.2.1|2020|H2|") return { ...c, decision: "accept" };
        if (c.key === "I2.1|2020|Q4|") return { ...c, decision: "accept" };
        return c;
      }),
    });
    const s = settle(decided, "2021-03-01T10:00:00Z", "TMU");
    expect(rowOf(s.plan, "I2.1", 2020, "Q3")).toEqual([
      expect.objectContaining({ value: 3, comment: "from the survey" }),
    ]);
    expect(rowOf(s.plan, "I3.2.1", 2020, "H2")[0].numerator).toBe(20);
    expect(s.settled).toContain(q3.id);
    expect(rowOf(s.plan, "I2.1", 2020, "Q4")).toEqual([]);
    expect(s.notLanded).toEqual([
      expect.objectContaining({
        table: "values",
        key: "I2.1|2020|Q4|",
        reason: "required-missing",
      }),
    ]);
    const said = describeSettleProblems(s, "en").join("\n");
    expect(said).toMatch(
      /I2\.1\|2020\|Q4\|.*needs value \| numerator \+ denominator \| target accepted/
    );
    expect(describeSettleProblems(s, "fr").join("\n")).toMatch(
      /Valeurs des indicateurs I2\.1\|2020\|T4\|/
    );
  });

  test("the owner's update is undone by marking it Reject and settling", () => {
    const marked = parsePlan({
      ...result.plan,
      conflicts: result.plan.conflicts.map((c) =>
        c.key === "I3.2.1|2020|H1|" ? { ...c, decision: "reject" as const } : c
      ),
    });
    const s = settle(marked, "2021-03-01T10:00:00Z", "TMU");
    expect(rowOf(s.plan, "I3.2.1", 2020, "H1")[0].numerator).toBe(12);
    expect(s.reversed).toHaveLength(1);
  });
});

describe("a value row whose indicator has left the framework does not land", () => {
  test("settling names the missing indicator", () => {
    const n = national();
    const osc = copy(n, (rows) => [...rows, v({ indicator: "I2.1", year: 2021, value: 2 })]);
    const matd = copy(n, (rows) => [...rows, v({ indicator: "I2.1", year: 2021, value: 5 })]);
    const r = merge(
      n,
      [
        { file: "osc.xlsx", focalPoint: "OSC", submittedAt: "2021-01-21", plan: osc },
        { file: "matd.xlsx", focalPoint: "MATD", submittedAt: "2021-01-22", plan: matd },
      ],
      AT,
      2021
    );
    // The TMU removes I2.1 (and what hangs under it) before settling.
    const without = parsePlan({
      ...r.plan,
      indicators: r.plan.indicators.filter((i) => i.code !== "I2.1"),
      values: r.plan.values.filter((x) => x.indicator !== "I2.1"),
      conflicts: r.plan.conflicts.map((c) =>
        c.key === "I2.1|2021||"
          ? { ...c, decision: c.source.startsWith("OSC") ? "accept" : "reject" }
          : c
      ),
    });
    const s = settle(without, "2021-03-01T10:00:00Z");
    expect(s.notLanded).toEqual([
      expect.objectContaining({ key: "I2.1|2021||", reason: "indicator-missing", detail: "I2.1" }),
    ]);
    expect(s.plan.values.some((x) => x.indicator === "I2.1")).toBe(false);
    expect(describeSettleProblems(s, "en").join("\n")).toMatch(
      /indicator I2\.1 is not in the national framework/
    );
  });
});

describe("the accepted-period lock covers value rows of the locked year", () => {
  const accepted = {
    focalPoint: "MPFEF",
    year: 2020,
    file: "mpfef-2020.xlsx",
    submittedAt: "2021-01-20",
    state: "accepted" as const,
  };
  const n = national({ submissions: [accepted] });
  // MPFEF, the owner, changes 2020's H1 (locked) and adds a 2021 row (open).
  const plan = copy(n, (rows) => [
    ...patch(rows, h1, { numerator: 14 }),
    v({ indicator: "I3.2.1", year: 2021, period: "Q2", numerator: 6, denominator: 21 }),
  ]);

  test("a later year's import takes the open year's rows and leaves the locked year's, saying so", () => {
    const r = merge(
      n,
      [{ file: "mpfef-2021.xlsx", focalPoint: "MPFEF", submittedAt: "2022-01-20", plan }],
      AT,
      2021
    );
    expect(rowOf(r.plan, "I3.2.1", 2020, "H1")[0].numerator).toBe(12);
    expect(rowOf(r.plan, "I3.2.1", 2021, "Q2")[0]).toEqual(
      expect.objectContaining({ numerator: 6, denominator: 21 })
    );
    expect(r.files[0].ignored).toEqual([
      { table: "values", key: "I3.2.1|2020|H1|", reason: "locked-year", year: 2020 },
    ]);
    expect(r.ownerUpdates).toEqual([]);
    expect(r.newConflicts.filter((c) => c.key.includes("|2020|"))).toEqual([]);
  });

  test("a copy holding the locked year's rows as they are asks nothing and is not named", () => {
    const same = copy(n, (rows) => [
      ...rows,
      v({ indicator: "I3.2.1", year: 2021, period: "Q2", numerator: 6, denominator: 21 }),
    ]);
    const r = merge(
      n,
      [{ file: "mpfef-2021.xlsx", focalPoint: "MPFEF", submittedAt: "2022-01-20", plan: same }],
      AT,
      2021
    );
    expect(r.files[0].ignored).toEqual([]);
  });

  test("an import for the locked year itself refuses the file by name; the dry run says why in French", async () => {
    const source = (file: string, p: Plan): SubmissionSource => ({
      name: file,
      load: async () => ({
        ok: true,
        wb: {
          file,
          read: { plan: p, templateVersion: 1, lang: "en", problems: [] },
          integrity: [],
          mtime: new Date("2021-01-20T10:00:00Z"),
        },
      }),
    });
    // Only a 2020 value changes: no other entry.
    const only2020 = copy(n, (rows) => patch(rows, h1, { numerator: 14 }));
    const stampedCopy = parsePlan({
      ...only2020,
      stamp: { copyId: "MPFEF-2020-b", focalPoint: "MPFEF", year: 2020, submittedAt: "2021-02-01" },
    });
    const dry = await planImport(n, [source("mpfef-2020-b.xlsx", stampedCopy)], {
      year: 2020,
      now: AT,
      lang: "fr",
    });
    expect(dry.refused).toEqual([
      expect.objectContaining({ file: "mpfef-2020-b.xlsx", reason: expect.stringMatching(/2020/) }),
    ]);
    expect(rowOf(dry.result.plan, "I3.2.1", 2020, "H1")[0].numerator).toBe(12);
    // In a later year's dry run, the locked row is named with why.
    const later = parsePlan({
      ...plan,
      stamp: { copyId: "MPFEF-2021-a", focalPoint: "MPFEF", year: 2021, submittedAt: "2022-01-20" },
    });
    const dry21 = await planImport(n, [source("mpfef-2021.xlsx", later)], {
      year: 2021,
      now: AT,
      lang: "fr",
    });
    const lines = describeDryRun(dry21, "fr").join("\n");
    expect(lines).toMatch(
      /Valeurs des indicateurs I3\.2\.1\|2020\|S1\| non pris\s*: l’année 2020 de MPFEF est acceptée/
    );
    expect(describeDryRun(dry21, "en").join("\n")).toMatch(
      /Indicator values I3\.2\.1\|2020\|H1\| not taken: MPFEF's 2020 is accepted \(locked\)/
    );
  });
});

describe("duplicate national rows (the check names them) are kept as typed", () => {
  test("a merge leaves both rows", () => {
    const n = national();
    const dup = parsePlan({ ...n, values: [...n.values, { ...n.values[0], comment: "second" }] });
    const osc = copy(n, (rows) => [...rows, v({ indicator: "I2.1", year: 2020, value: 1 })]);
    const r = merge(
      dup,
      [{ file: "osc.xlsx", focalPoint: "OSC", submittedAt: "2021-01-21", plan: osc }],
      AT,
      2020
    );
    expect(r.plan.values.slice(0, dup.values.length)).toEqual(dup.values);
    expect(r.plan.values).toHaveLength(dup.values.length + 1);
  });
});
