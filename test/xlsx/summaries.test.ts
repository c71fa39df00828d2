import fs from "fs";
import os from "os";
import path from "path";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { summarize } from "../../src/core/summary/compute";
import { writeXlsx } from "../../src/xlsx/workbook";
import { libreOfficeAvailable, recalc } from "../support/libreoffice";
import { randomPlan } from "../support/random-plan";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-sum-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A summary table read from LibreOffice's CSV: rows keyed by their first cell. */
function table(
  sheet: string[][] | undefined,
  firstHeader: string
): Map<string, Record<string, string>> {
  if (!sheet) throw new Error("sheet missing");
  const h = sheet.findIndex((r) => r[0] === firstHeader);
  const headers = sheet[h];
  const out = new Map<string, Record<string, string>>();
  for (const r of sheet.slice(h + 1)) {
    if (!r[0]) break;
    out.set(r[0], Object.fromEntries(headers.map((x, i) => [x, r[i]])));
  }
  return out;
}

/** LibreOffice writes percentages as "12.5%" in CSV; numbers as plain text; blanks as "". */
function num(s: string | undefined): number | null {
  if (s === undefined || s === "") return null;
  return s.endsWith("%") ? Number(s.slice(0, -1)) / 100 : Number(s);
}

function close(got: number | null, want: number | null, what: string) {
  if (want === null) return expect({ what, got }).toEqual({ what, got: null });
  expect(got).not.toBeNull();
  const tol = 1e-9 * Math.max(1, Math.abs(want));
  if (Math.abs((got as number) - want) > tol)
    throw new Error(`${what}: LibreOffice ${got}, TypeScript ${want}`);
}

const describeLO = libreOfficeAvailable() ? describe : describe.skip;

describeLO("summary formulas recalculated by LibreOffice equal the pure calculations", () => {
  const plan = {
    ...randomPlan(1325, 400),
    exchangeRate: { currency: "EUR", rate: 655.957, date: "2020-01-01" },
  };
  const want = summarize(plan);
  let csv: Map<string, string[][]>;
  beforeAll(async () => {
    const file = path.join(dir, "random.xlsx");
    await writeXlsx(buildWorkbookPlan(plan, "en"), file);
    csv = await recalc(file);
  }, 180000);

  test("the random plan is big enough to mean something", () => {
    expect(plan.actions.length).toBe(400);
    expect(want.total).toBeGreaterThan(0);
    expect(want.indicators.filter((i) => i.status === "onTrack").length).toBeGreaterThan(0);
    expect(want.indicators.filter((i) => i.status === "offTrack").length).toBeGreaterThan(0);
  });

  test("by pillar", () => {
    const got = table(csv.get("By pillar"), "Pillar");
    for (const p of want.pillars) {
      const g = got.get(p.pillar)!;
      close(num(g["Actions planned"]), p.planned, `${p.pillar} planned`);
      close(num(g["Completed"]), p.completed, `${p.pillar} completed`);
      close(num(g["In progress"]), p.inProgress, `${p.pillar} in progress`);
      close(num(g["Not started"]), p.notStarted, `${p.pillar} not started`);
      close(num(g["Postponed"]), p.postponed, `${p.pillar} postponed`);
      close(num(g["Cancelled"]), p.cancelled, `${p.pillar} cancelled`);
      close(num(g["Completion rate"]), p.completionRate, `${p.pillar} rate`);
      close(num(g["Budget"]), p.budget, `${p.pillar} budget`);
      close(num(g["Share of total"]), p.share, `${p.pillar} share`);
      close(num(g["On track"]), p.onTrack, `${p.pillar} on track`);
      close(num(g["Off track"]), p.offTrack, `${p.pillar} off track`);
      close(num(g["No data"]), p.noData, `${p.pillar} no data`);
    }
    close(num(got.get("Total")!["Budget"]), want.total, "total budget");
    // The Total row carries the overall completion rate and the pillars' share of the budget.
    close(num(got.get("Total")!["Completion rate"]), want.totals.completionRate, "overall rate");
    close(num(got.get("Total")!["Share of total"]), want.totals.pillarsShare, "pillars' share");
    expect(want.totals.completionRate).not.toBeNull();
  });

  test("by stakeholder: budget and its proportion of the NAP budget, actions led and as partner", () => {
    const got = table(csv.get("By stakeholder"), "Stakeholder");
    for (const s of want.stakeholders) {
      const g = got.get(s.code)!;
      close(num(g["Budget of actions led"]), s.budget, `${s.code} budget`);
      close(num(g["Share of the NAP budget"]), s.share, `${s.code} share`);
      close(num(g["Actions led"]), s.led, `${s.code} led`);
      close(num(g["Actions as partner"]), s.partner, `${s.code} partner`);
    }
    close(
      num(got.get("Total")!["Share of the NAP budget"]),
      want.totals.stakeholdersShare,
      "stakeholders' share"
    );
  });

  test("by funding source, by year, by region", () => {
    const f = table(csv.get("By funding source"), "Funding source");
    for (const s of want.funding) {
      close(num(f.get(s.code)!["Amount planned"]), s.planned, `${s.code} planned`);
      close(num(f.get(s.code)!["Amount secured"]), s.secured, `${s.code} secured`);
      close(num(f.get(s.code)!["Funding gap"]), s.gap, `${s.code} gap`);
    }
    close(num(f.get("Total")!["Share of total"]), want.totals.fundingShare, "sources' share");
    const y = table(csv.get("By year"), "Year");
    for (const s of want.years) {
      close(num(y.get(String(s.year))!["Amount planned"]), s.planned, `${s.year} planned`);
      close(num(y.get(String(s.year))!["Actions"]), s.actions, `${s.year} actions`);
    }
    const r = table(csv.get("By region"), "Code");
    for (const s of want.regions) {
      close(num(r.get(s.code)!["Actions"]), s.actions, `${s.code} actions`);
      close(num(r.get(s.code)!["Budget of actions in the region"]), s.budget, `${s.code} budget`);
    }
  });

  test("the donors' sheet: committed, indicative, secured, gap, in the donor currency", () => {
    const sheet = csv.get("Donor summary")!;
    const section = (first: string) =>
      table(sheet.slice(sheet.findIndex((r) => r[0] === first)), first);
    const check = (
      rows: Map<string, Record<string, string>>,
      want: ReturnType<typeof summarize>["donor"]["pillars"]
    ) => {
      for (const d of want) {
        const g = rows.get(d.code)!;
        close(num(g["Amount planned"]), d.planned, `${d.code} planned`);
        close(num(g["Committed"]), d.committed, `${d.code} committed`);
        close(num(g["Indicative"]), d.indicative, `${d.code} indicative`);
        close(num(g["Amount secured"]), d.secured, `${d.code} secured`);
        close(num(g["Funding gap"]), d.gap, `${d.code} gap`);
        close(num(g["Amount planned (EUR)"]), d.plannedDonor, `${d.code} in EUR`);
      }
    };
    check(section("Pillar"), want.donor.pillars);
    check(section("Funding source"), want.donor.sources);
    check(section("Output"), want.donor.outputs);
    expect(want.donor.pillars.reduce((s, d) => s + d.planned, 0)).toBeCloseTo(want.total, 3);
  });

  test("indicator progress, direction-aware, and status", () => {
    const got = table(csv.get("Indicator progress"), "Indicator code");
    for (const i of want.indicators) {
      const g = got.get(i.code)!;
      close(num(g["Baseline value"]), i.baseline, `${i.code} baseline`);
      close(num(g["Latest year"]), i.latestYear, `${i.code} latest year`);
      close(num(g["Latest actual"]), i.latest, `${i.code} latest`);
      close(num(g["Actual compared"]), i.actual, `${i.code} actual compared`);
      close(num(g["Target"]), i.target, `${i.code} target`);
      close(num(g["Target for that year"]), i.yearTarget, `${i.code} year's target`);
      close(num(g["Progress toward target"]), i.progress, `${i.code} progress`);
      // What the sheet shows: the status, or "To check" while a value cell is wrong for the measure.
      expect({ code: i.code, status: g["Status"] }).toEqual({
        code: i.code,
        status: {
          onTrack: "On track",
          offTrack: "Off track",
          noData: "No data",
          toCheck: "To check",
        }[i.shown],
      });
    }
  });
});
