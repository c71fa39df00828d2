/**
 * Regional and local plans (issue 19 point 2): a region of tblRegions is a
 * focal point. Two regions through the whole cycle on the command line:
 * prepare (each copy holds the national framework and only the actions that
 * concern its region), each region fills its own action's progress, adds an
 * action of its region with a budget line, and changes an action it shares
 * with another region (not its own); both submit; the TMU consolidates and
 * accepts one. The regions' budgets per year in their copies equal the
 * national "By region" figures, before and after consolidation, as
 * LibreOffice recalculates both workbooks; the Completeness sheet has a row
 * per region. Then the merge alone: a region's new action that does not
 * concern it, and a region's move of its own action to another region, go
 * to the TMU.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { merge } from "../../src/core/consolidate/merge";
import { t } from "../../src/core/i18n";
import { parsePlan, planYears, type Plan } from "../../src/core/model";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { writeXlsx } from "../../src/xlsx/workbook";
import { cli } from "../support/cli";
import { libreOfficeAvailable, recalcMany } from "../support/libreoffice";
import {
  conditionalRanges,
  cyclePlan,
  editCopy,
  metaOf,
  planOf,
  rowsOf,
  sheetXml,
  withProgress,
} from "./helpers";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-regions-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const f = (...names: string[]) => path.join(dir, ...names);
const copy = (code: string) => f("copies", `NAP1325-${code}-2020.xlsx`);

/** The national plan, with EX-014 Gao's alone and EX-015 Sikasso's alone (EX-009, EX-020: both). */
function regionalNational(): Plan {
  const p = cyclePlan();
  const only: Record<string, string[]> = { "EX-014": ["GAO"], "EX-015": ["SIK"] };
  return parsePlan({
    ...p,
    actions: p.actions.map((a) => (only[a.code] ? { ...a, regions: only[a.code] } : a)),
  });
}

/** A new action of a region, with one budget line. */
const newAction = (p: Plan, code: string, region: string, year: number, amount: number): Plan => {
  const model = p.actions[0];
  return {
    ...p,
    actions: [
      ...p.actions,
      {
        ...model,
        code,
        text: `Regional action ${code}`,
        lead: "MATD",
        partners: [],
        regions: [region],
        years: [year],
        status: "not-started",
        progress: 0,
        origin: undefined,
        budget: [
          {
            year,
            source: "BN",
            unitCost: null,
            quantity: null,
            times: null,
            disbursed: null,
            spent: null,
            amount,
            secured: null,
            status: "indicative",
          },
        ],
      },
    ],
  };
};

/** Rows of a LibreOffice CSV sheet under the header row whose first cell is `first`. */
function tableAt(sheet: string[][], first: string): Record<string, string>[] {
  const h = sheet.findIndex((r) => r[0] === first);
  if (h < 0) throw new Error(`no table headed ${first}`);
  const out: Record<string, string>[] = [];
  for (const r of sheet.slice(h + 1)) {
    if (!r[0]) break;
    out.push(Object.fromEntries(sheet[h].map((x, i) => [x, r[i]])));
  }
  return out;
}
const sheetOf = (sheets: Map<string, string[][]>, name: RegExp) =>
  [...sheets.entries()].find(([n]) => name.test(n))![1];

/** The region's budget per year as the national "By region" sheet gives it (LibreOffice). */
function nationalByRegion(sheets: Map<string, string[][]>, region: string, years: number[]) {
  const row = tableAt(sheetOf(sheets, /^By region$/), "Code").find((r) => r.Code === region)!;
  return years.map((y) => Number(row[t("en", "sum.regionYearBudget", { year: y })]));
}

/** A copy's budget per year as its "By year" sheet gives it (LibreOffice). */
function copyByYear(sheets: Map<string, string[][]>, years: number[]) {
  const rows = tableAt(sheetOf(sheets, /^By year$/), t("en", "col.year"));
  return years.map((y) =>
    Number(rows.find((r) => Number(r[t("en", "col.year")]) === y)![t("en", "col.amount")])
  );
}

const national = regionalNational();
const years = planYears(national);
const lo = libreOfficeAvailable();

test("prepare for two regions: each copy holds the framework and the region's actions, its budget the national By region figure", async () => {
  await writeXlsx(buildWorkbookPlan(national, "en"), f("national.xlsx"));

  const unknown = await cli([
    "prepare",
    f("national.xlsx"),
    "--for",
    "GAO,XYZ",
    "--year",
    "2020",
    "--out",
    f("nowhere"),
  ]);
  expect(unknown.code).toBe(2);
  expect(unknown.err).toMatch(/XYZ/);
  expect(unknown.err).not.toMatch(/GAO/);
  expect(fs.existsSync(f("nowhere", "NAP1325-GAO-2020.xlsx"))).toBe(false);

  const prepared = await cli([
    "prepare",
    f("national.xlsx"),
    "--for",
    "GAO",
    "SIK",
    "--year",
    "2020",
    "--out",
    f("copies"),
    "--now",
    "2021-01-04T08:00:00Z",
  ]);
  expect(prepared.code).toBe(0);
  expect(prepared.out).toMatch(/region GAO's copy for 2020/);

  // The stamp says "region" (the file name is not read); the copy holds the framework whole
  // and only the actions whose regions include it.
  expect(await metaOf(copy("GAO"))).toMatchObject({
    focalPoint: "GAO",
    focalPointKind: "region",
    reportingYear: 2020,
  });
  expect(await metaOf(copy("SIK"))).toMatchObject({ focalPoint: "SIK", focalPointKind: "region" });
  const concern = (code: string) =>
    national.actions
      .filter((a) => a.regions.includes(code))
      .map((a) => a.code)
      .sort();
  for (const code of ["GAO", "SIK"]) {
    const rows = await rowsOf(copy(code), "tblActions");
    expect(rows.map((r) => String(r["Action code"])).sort()).toEqual(concern(code));
    expect((await rowsOf(copy(code), "tblIndicators")).length).toBe(national.indicators.length);
    const budget = await rowsOf(copy(code), "tblBudget");
    expect(new Set(budget.map((r) => String(r["Action code"])))).toEqual(
      new Set(
        national.actions
          .filter((a) => a.regions.includes(code) && a.budget.length)
          .map((a) => a.code)
      )
    );
  }
  // An extract, not an edit: the actions left out are not logged as removed.
  const logged = (await rowsOf(copy("GAO"), "tblChanges")).filter((r) =>
    Object.values(r).some((v) => v !== null && v !== "")
  );
  expect(logged).toEqual([]);
  expect(concern("GAO")).toContain("EX-014");
  expect(concern("GAO")).toContain("EX-009");

  if (lo) {
    const [nat, ...copies] = await recalcMany([f("national.xlsx"), copy("GAO"), copy("SIK")]);
    ["GAO", "SIK"].forEach((code, i) => {
      const mine = copyByYear(copies[i], years);
      expect(mine.some((x) => x > 0)).toBe(true);
      expect(mine).toEqual(nationalByRegion(nat, code, years));
    });
  }
}, 900_000);

test("each region fills, submits; consolidated and one approved: every change once, by its region; the conflicts pending", async () => {
  // Each region: its own action's progress, a new action of its own with a budget line,
  // and a change to an action it shares with the other region (not its own).
  await editCopy(copy("GAO"), (p) =>
    withProgress(
      withProgress(newAction(p, "EX-101", "GAO", 2021, 1_000_000), "EX-014", 40),
      "EX-009",
      33
    )
  );
  await editCopy(copy("SIK"), (p) =>
    withProgress(
      withProgress(newAction(p, "EX-102", "SIK", 2020, 2_000_000), "EX-015", 60),
      "EX-020",
      44
    )
  );
  expect((await cli(["submit", copy("GAO"), "--now", "2021-01-20T09:00:00Z"])).code).toBe(0);
  expect((await cli(["submit", copy("SIK"), "--now", "2021-01-25T09:00:00Z"])).code).toBe(0);

  const c1 = await cli([
    "consolidate",
    f("national.xlsx"),
    copy("GAO"),
    copy("SIK"),
    "--year",
    "2020",
    "--out",
    f("c1.xlsx"),
    "--now",
    "2021-02-01T00:00:00Z",
  ]);
  expect(c1.code).toBe(0);
  const a1 = await cli([
    "approve",
    f("c1.xlsx"),
    "--for",
    "GAO",
    "--year",
    "2020",
    "--out",
    f("a1.xlsx"),
  ]);
  expect(a1.code).toBe(0);
  const unknownApprove = await cli([
    "approve",
    f("c1.xlsx"),
    "--for",
    "XYZ",
    "--year",
    "2020",
    "--out",
    f("a2.xlsx"),
  ]);
  expect(unknownApprove.code).toBe(2);
  expect(unknownApprove.err).toMatch(/XYZ/);

  const after = await planOf(f("a1.xlsx"));
  const action = (code: string) => after.actions.find((a) => a.code === code);
  const before = (code: string) => national.actions.find((a) => a.code === code)!;
  expect(action("EX-014")!.progress).toBe(40); // Gao's own
  expect(action("EX-015")!.progress).toBe(60); // Sikasso's own
  expect(action("EX-009")!.progress).toBe(before("EX-009").progress); // shared: a proposal
  expect(action("EX-020")!.progress).toBe(before("EX-020").progress);
  expect(action("EX-101")).toMatchObject({ regions: ["GAO"], lead: "MATD" });
  expect(action("EX-101")!.budget.map((b) => [b.year, b.amount])).toEqual([[2021, 1_000_000]]);
  expect(action("EX-101")!.origin).toMatch(/^GAO — /);
  expect(action("EX-102")!.budget.map((b) => [b.year, b.amount])).toEqual([[2020, 2_000_000]]);
  expect(action("EX-102")!.origin).toMatch(/^SIK — /);

  // Every change landed once, with the region as its author.
  const log = await rowsOf(f("a1.xlsx"), "tblImports");
  const header: Record<string, string> = {
    progress: t("en", "col.progress"),
    text: t("en", "col.action"),
    amount: t("en", "col.amount"),
  };
  const logged = (key: string, column: string) =>
    log.filter((r) => r.Key === key && r.Column === header[column]);
  const one = (key: string, column: string, who: string, outcome: string) => {
    const rows = logged(key, column);
    expect({ key, column, rows: rows.map((r) => [r["Submitted by"], r.Outcome]) }).toEqual({
      key,
      column,
      rows: [[who, outcome]],
    });
  };
  one("EX-014", "progress", "GAO", "Settled");
  one("EX-015", "progress", "SIK", "Settled");
  one("EX-101", "text", "GAO", "Added");
  one("EX-102", "text", "SIK", "Added");
  one("EX-101|2021|BN", "amount", "GAO", "Added");
  one("EX-102|2020|BN", "amount", "SIK", "Added");
  const conflicts = await rowsOf(f("a1.xlsx"), "tblConflicts");
  const settled = conflicts.filter((c) => c.Key === "EX-014" && c.Column === header.progress);
  expect(settled.map((c) => [c.Decision, c["Settled by"], c["Proposed value"]])).toEqual([
    ["Accept", "GAO", 40],
  ]);
  const pending = conflicts.filter((c) => c.Decision === "Pending");
  expect(
    pending
      .map((c) => [c.Key, c.Column, String(c["Submitted by"]).split(" — ")[0], c["Proposed value"]])
      .sort()
  ).toEqual([
    ["EX-009", header.progress, "GAO", 33],
    ["EX-020", header.progress, "SIK", 44],
  ]);

  // Submission and approval: a region is a focal point.
  const subs = await rowsOf(f("a1.xlsx"), "tblSubmissions");
  expect(subs.map((s) => [s["Focal point"], s.Year, s.State]).sort()).toEqual([
    ["GAO", 2020, "Accepted"],
    ["SIK", 2020, "Submitted"],
  ]);
}, 900_000);

test("after consolidation: the regions' budgets are the national By region figures; Completeness has a row per region (LibreOffice)", async () => {
  if (!lo) return;
  {
    const [nat, ...copies] = await recalcMany([f("a1.xlsx"), copy("GAO"), copy("SIK")]);
    ["GAO", "SIK"].forEach((code, k) => {
      expect(copyByYear(copies[k], years)).toEqual(nationalByRegion(nat, code, years));
    });
    expect(nationalByRegion(nat, "GAO", years)[years.indexOf(2021)]).toBe(
      national.actions
        .filter((a) => a.regions.includes("GAO"))
        .flatMap((a) => a.budget)
        .filter((b) => b.year === 2021)
        .reduce((s, b) => s + b.amount, 1_000_000)
    );
    const sheet = sheetOf(nat, /Completeness/i);
    const header = sheet.find((r) => r.includes("State 2020"))!;
    const at = (code: string) => sheet.find((r) => r[0] === code)!;
    expect(at("GAO")[1]).toMatch(/\(region\)$/);
    expect([
      at("GAO")[header.indexOf("State 2020")],
      at("SIK")[header.indexOf("State 2020")],
    ]).toEqual(["Accepted", "Submitted"]);
  }
}, 900_000);

describe("merge: what a region may not do alone", () => {
  const national = regionalNational();
  const fromRegion = (code: string, plan: Plan) => ({
    file: `NAP1325-${code}-2020.xlsx`,
    focalPoint: code,
    region: true,
    submittedAt: "2021-01-20",
    plan: parsePlan(plan),
  });

  test("a new action that does not concern the region goes to the TMU, with its budget line", () => {
    const r = merge(
      national,
      [fromRegion("GAO", newAction(national, "EX-103", "KAY", 2020, 500))],
      "2021-02-01",
      2020
    );
    expect(r.plan.actions.some((a) => a.code === "EX-103")).toBe(false);
    const keys = new Set(r.newConflicts.map((c) => c.key));
    expect(keys).toEqual(new Set(["EX-103", "EX-103|2020|BN"]));
    expect(
      r.newConflicts.every((c) => c.decision === "pending" && c.source.startsWith("GAO"))
    ).toBe(true);
  });

  test("the same action from a stakeholder is added (the rule is the region's)", () => {
    const r = merge(
      national,
      [
        {
          ...fromRegion("MATD", newAction(national, "EX-103", "KAY", 2020, 500)),
          region: undefined,
        },
      ],
      "2021-02-01",
      2020
    );
    expect(r.plan.actions.some((a) => a.code === "EX-103")).toBe(true);
  });

  test("which regions its own action concerns stays the TMU's; its progress is its own", () => {
    const moved = national.actions.map((a) =>
      a.code === "EX-014" ? { ...a, regions: ["GAO", "KID"], progress: 70 } : a
    );
    const r = merge(
      national,
      [fromRegion("GAO", { ...national, actions: moved })],
      "2021-02-01",
      2020
    );
    const ex14 = r.plan.actions.find((a) => a.code === "EX-014")!;
    expect(ex14.regions).toEqual(["GAO"]);
    expect(ex14.progress).toBe(70);
    expect(r.newConflicts.map((c) => [c.key, c.column])).toEqual([["EX-014", "regions"]]);
    expect(r.ownerUpdates.map((c) => [c.key, c.column, c.settledBy])).toEqual([
      ["EX-014", "progress", "GAO"],
    ]);
  });

  test("a region's change to another region's action is a conflict; the lead's is still an update", () => {
    const edit = (p: Plan) => withProgress(p, "EX-015", 77);
    const r = merge(
      national,
      [
        fromRegion("GAO", edit(national)),
        { ...fromRegion("MJ", withProgress(national, "EX-015", 66)), region: undefined },
      ],
      "2021-02-01",
      2020
    );
    expect(r.plan.actions.find((a) => a.code === "EX-015")!.progress).toBe(66);
    expect(r.ownerUpdates.map((c) => c.settledBy)).toEqual(["MJ"]);
    expect(r.newConflicts.map((c) => [c.key, c.source.split(" — ")[0], c.proposed])).toEqual([
      ["EX-015", "GAO", 77],
    ]);
  });
});

test("a region's copy shades the actions it shares with other regions, not its own", async () => {
  const { xml } = await sheetXml(copy("GAO"), "Operational plan");
  const shaded = conditionalRanges(xml)
    .flatMap((r) => r.split(" "))
    .map((r) => /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(r)!)
    .reduce((n, m) => n + Number(m[2]) - Number(m[1]) + 1, 0);
  const actions = (await planOf(copy("GAO"))).actions;
  expect(actions.map((a) => a.code)).toEqual(expect.arrayContaining(["EX-014", "EX-101"]));
  expect(shaded).toBe(actions.filter((a) => a.regions.length > 1).length);
  expect(shaded).toBe(actions.length - 2);
}, 300_000);
