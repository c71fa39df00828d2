/**
 * Issue 13's last points, each on the plan's own figures where the issue
 * names them: natural entries kept as typed and read by the measures, the
 * funding gap without closed actions, entries to check instead of a
 * confident status, red/amber/green on the Indicator progress sheet, and
 * the definitions in the Guide (French and English) and the README.
 */
import fs from "fs";
import path from "path";
import {
  closedGap,
  entriesToCheck,
  indicatorNumber,
  openGap,
  valueLabels,
} from "../../src/core/calc";
import { parsePlan, type Plan } from "../../src/core/model";
import { withExampleOperationalPlan } from "../../src/core/plans/example-operational-plan";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";
import { summarize } from "../../src/core/summary/compute";
import { buildWorkbookPlan, GUIDE_DEFINITIONS } from "../../src/core/template/build";
import { changedEntries } from "../../src/core/template/guard";
import { readPlan } from "../../src/core/template/read";
import { t } from "../../src/core/i18n";
import { validateWorkbook } from "../../src/core/validate";
import { TINY_PLAN } from "../fixtures/tiny-plan";
import { setCell, valuesOf } from "../support/values";

const tiny = parsePlan(TINY_PLAN);

/** The tiny plan with a yes/no and a level indicator beside its own. */
function withNatural(): Plan {
  const base = {
    level: "output",
    parent: "1.1.1",
    direction: "increase",
    aggregation: "latest",
    baseline: { year: 2019, value: 0 },
  } as const;
  return parsePlan({
    ...TINY_PLAN,
    indicators: [
      ...(TINY_PLAN.indicators ?? []),
      { ...base, code: "YN", text: "Law adopted", measure: "yesno", endTarget: 1 },
      { ...base, code: "LV", text: "Capacity", measure: "level", endTarget: 3 },
    ],
  });
}

describe("natural entries: the cell keeps what was typed, the measures read it", () => {
  test("yes/no takes Oui, Non, Yes, No in any case and 1, 0; levels their labels and numbers", () => {
    const yn = valueLabels("yesno");
    expect(["Oui", "oui", "YES", "yes", 1].map((v) => indicatorNumber(v, yn))).toEqual([
      1, 1, 1, 1, 1,
    ]);
    expect(["Non", "NO", "no", 0].map((v) => indicatorNumber(v, yn))).toEqual([0, 0, 0, 0]);
    const lv = valueLabels("level");
    expect(
      ["Aucun", "low", "Moyen", "MEDIUM", "élevé", "High", 2].map((v) => indicatorNumber(v, lv))
    ).toEqual([0, 1, 2, 2, 3, 3, 2]);
    expect(indicatorNumber("peut-être", yn)).toBeNull();
    expect(indicatorNumber(null, yn)).toBeNull();
  });

  test("a workbook's Oui, Moyen and a Text indicator's text are read, kept and written back as typed", () => {
    for (const lang of ["fr", "en"] as const) {
      const v = valuesOf(buildWorkbookPlan(withNatural(), lang));
      const h = (key: "col.actual" | "col.target", year: number) => t(lang, key, { year });
      setCell(v, "tblIndicators", "YN", h("col.actual", 2020), "Oui");
      setCell(v, "tblIndicators", "YN", h("col.actual", 2021), "yes");
      setCell(v, "tblIndicators", "LV", h("col.actual", 2020), "Moyen");
      setCell(v, "tblIndicators", "LV", h("col.target", 2021), "élevé");
      setCell(v, "tblIndicators", "X-1", h("col.actual", 2020), "Comité installé");
      const read = readPlan(v, lang);
      expect(read.problems).toEqual([]);
      const ind = (code: string) => read.plan.indicators.find((i) => i.code === code)!;
      expect(ind("YN").actuals).toEqual([
        { year: 2020, value: "Oui" },
        { year: 2021, value: "yes" },
      ]);
      expect(ind("LV").actuals).toEqual([{ year: 2020, value: "Moyen" }]);
      expect(ind("X-1").actuals).toEqual([{ year: 2020, value: "Comité installé" }]);
      // Writing the plan read back changes no typed cell: "Oui" stays "Oui".
      const again = buildWorkbookPlan(read.plan, lang);
      expect(changedEntries(v, again, [2020, 2021, 2022], lang)).toEqual([]);
      // The summary reads them as numbers: yes = 1 reaches the target 1; Moyen = 2 of 3.
      const s = summarize(read.plan);
      const row = (code: string) => s.indicators.find((i) => i.code === code)!;
      expect(row("YN")).toMatchObject({ latest: 1, progress: 1, toCheck: 0 });
      expect(row("LV")).toMatchObject({ latest: 2, progress: 2 / 3, toCheck: 0 });
      // The check takes them; a yes/no that is neither, and text in a percent cell, are errors.
      expect(validateWorkbook(v, lang).filter((f) => f.severity === "error")).toEqual([]);
      setCell(v, "tblIndicators", "YN", h("col.actual", 2022), "peut-être");
      setCell(v, "tblIndicators", "I1", h("col.actual", 2022), "beaucoup");
      const rules = validateWorkbook(v, lang).map((f) => `${f.rule} ${f.key}`);
      expect(rules).toEqual(expect.arrayContaining(["measure.yesno YN", "not-a-number I1"]));
    }
  });

  test("indicator value cells get data validation by measure, and the Guide spells the scale out", () => {
    const wp = buildWorkbookPlan(withNatural(), "fr");
    const sheet = wp.sheets.find((s) => s.key === "indicators")!;
    const table = sheet.tables[0];
    const rowOf = (code: string) => table.rows.findIndex((r) => r[0] === code) + 2;
    const on = (code: string) =>
      sheet.validations.filter((v) =>
        new RegExp(`^[A-Z]+${rowOf(code)}:[A-Z]+${rowOf(code)}$`).test(v.range)
      );
    expect(on("I1")).toEqual([expect.objectContaining({ type: "decimal", min: 0, max: 100 })]);
    expect(on("I1.1.1")).toEqual([expect.objectContaining({ type: "whole", min: 0 })]);
    expect(on("YN")).toEqual([
      expect.objectContaining({ type: "list", source: "=lst_yesnoValues" }),
    ]);
    expect(on("LV")).toEqual([
      expect.objectContaining({
        type: "list",
        source: "=lst_levels",
        prompt: "0 = Aucun, 1 = Faible, 2 = Moyen, 3 = Élevé",
      }),
    ]);
    expect(on("X-1")).toEqual([]);
    expect(wp.names.map((n) => n.name)).toEqual(
      expect.arrayContaining(["lst_yesnoValues", "lst_levels"])
    );
    const guide = JSON.stringify(wp.sheets.find((s) => s.key === "guide")!.blocks);
    expect(guide).toContain(
      "0 = Aucun / None, 1 = Faible / Low, 2 = Moyen / Medium, 3 = Élevé / High"
    );
    expect(guide).toContain("Oui ou Non, Yes ou No");
  });
});

test("a level indicator averaged over the Mali plan's years stays within Excel's 8,192 characters a formula", () => {
  const plan = parsePlan(MALI_NAP_2019_2023);
  plan.indicators[0].measure = "level";
  plan.indicators[0].aggregation = "average";
  plan.indicators[1].measure = "yesno";
  plan.indicators[1].aggregation = "sum";
  for (const lang of ["fr", "en"] as const) {
    const sheet = buildWorkbookPlan(plan, lang).sheets.find((x) => x.key === "sumIndicators")!;
    const longest = Math.max(
      ...sheet.tables[0].rows.flat().map((c) => (c && typeof c === "object" ? c.formula.length : 0))
    );
    expect(longest).toBeLessThanOrEqual(8192);
  }
});

describe("the funding gap leaves cancelled and completed actions' lines out, and shows them apart", () => {
  const plan = withExampleOperationalPlan(parsePlan(MALI_NAP_2019_2023));
  const s = summarize(plan);
  const lines = plan.actions.flatMap((a) => a.budget.map((b) => ({ ...b, status: a.status })));
  const gapOf = (st: string[]) =>
    lines.filter((l) => st.includes(l.status)).reduce((x, l) => x + l.amount - (l.secured ?? 0), 0);

  test("the example plan's 80 M XOF of cancelled actions are no longer in the gap (the issue's figure)", () => {
    expect(gapOf(["cancelled"])).toBe(80_000_000);
    const closed = s.funding.reduce((x, f) => x + f.gapClosed, 0);
    const open = s.funding.reduce((x, f) => x + f.gap, 0);
    expect(closed).toBe(gapOf(["cancelled", "completed"]));
    expect(open).toBe(gapOf(["not-started", "in-progress", "postponed"]));
    // Every view agrees: by source, by year, and the donors' by pillar.
    expect(s.years.reduce((x, y) => x + y.gap, 0)).toBe(open);
    expect(s.donor.pillars.reduce((x, p) => x + p.gapClosed, 0)).toBe(closed);
  });

  test("the measure, on its own: statuses in either language, under a filter", () => {
    const planned = [[100], [50], [30], [20]];
    const secured = [[10], [null], [30], [5]];
    const lineActions = [["A"], ["B"], ["C"], ["A"]];
    const actions = {
      codes: [["A"], ["B"], ["C"]],
      statuses: [["Annulée"], ["Completed"], ["En cours"]],
    };
    expect(closedGap(planned, secured, lineActions, actions)).toBe(90 + 50 + 15);
    expect(openGap(planned, secured, lineActions, actions)).toBe(0);
    const years = [[2020], [2021], [2020], [2021]];
    expect(closedGap(planned, secured, lineActions, actions, [{ range: years, value: 2021 }])).toBe(
      65
    );
  });

  test("the sheets say so: a closed-actions column beside the gap, and a note", () => {
    for (const lang of ["fr", "en"] as const) {
      const wp = buildWorkbookPlan(plan, lang);
      for (const key of ["sumFunding", "sumYears", "donor"] as const) {
        const sheet = wp.sheets.find((x) => x.key === key)!;
        expect(sheet.tables.some((tb) => tb.keys.includes("gapClosed"))).toBe(true);
        expect(JSON.stringify(sheet.blocks)).toContain(t(lang, "sum.gapNote"));
      }
    }
  });
});

describe("a summary row whose inputs hold a check error says so instead of a confident status", () => {
  test("a typo (150 %) is counted and the status is To check, not On track", () => {
    const p = structuredClone(tiny);
    p.indicators[0].actuals = [{ year: 2020, value: 150 }];
    const row = summarize(p).indicators.find((i) => i.code === "I1")!;
    expect(row.progress).toBeGreaterThan(1); // the figures alone would say on track
    expect(row.status).toBe("onTrack");
    expect(row.toCheck).toBe(1);
    expect(row.shown).toBe("toCheck");
    expect(summarize(p).pillars[0].toCheck).toBe(1);
  });

  test("the count follows the measure: whole counts, yes/no, levels, text", () => {
    expect(entriesToCheck([150, -1, 50, null, "x"], "percent")).toBe(3);
    expect(entriesToCheck([2.5, -1, 3, null], "number")).toBe(2);
    expect(entriesToCheck(["Oui", "non", 1, 2, "peut-être"], "yesno")).toBe(2);
    expect(entriesToCheck(["Moyen", 4, 3, "beaucoup"], "level")).toBe(2);
    expect(entriesToCheck(["anything", 7], "text")).toBe(0);
  });

  test("the Indicator progress sheet counts them natively and its status says To check", () => {
    const wp = buildWorkbookPlan(tiny, "en");
    const sheet = wp.sheets.find((x) => x.key === "sumIndicators")!;
    const table = sheet.tables[0];
    const k = table.keys.indexOf("toCheck");
    expect(k).toBeGreaterThan(0);
    const f = JSON.stringify(table.rows[0][k]);
    expect(f).toContain("SUMPRODUCT");
    expect(f).toContain("tblIndicators[[#Data],[Baseline value]:[Actual 2022]]");
    const status = table.rows[0][table.keys.indexOf("status")] as { formula: string };
    expect(status.formula).toContain('>0,"To check",');
    expect(sheet.blocks.flatMap((b) => b.cells.flat()).join(" ")).toContain(
      t("en", "sum.toCheckNote")
    );
  });
});

describe("red, amber and green on the status and progress cells", () => {
  test("the Indicator progress sheet carries them, by its rows' status", () => {
    const wp = buildWorkbookPlan(tiny, "fr");
    const sheet = wp.sheets.find((x) => x.key === "sumIndicators")!;
    const rag = sheet.ragFormats ?? [];
    expect(rag.map((r) => r.colour).sort()).toEqual([
      "amber",
      "amber",
      "green",
      "green",
      "red",
      "red",
    ]);
    expect(rag.find((r) => r.colour === "green")!.formula).toMatch(/^=\$[A-Z]+5="En bonne voie"$/);
    expect(rag.find((r) => r.colour === "amber")!.formula).toContain("À vérifier");
  });
});

describe("the definitions, one sentence each, in French and English", () => {
  test("the Guide states progress, on-track, completion and gap", () => {
    for (const lang of ["fr", "en"] as const) {
      const guide = JSON.stringify(
        buildWorkbookPlan(tiny, lang).sheets.find((s) => s.key === "guide")!.blocks
      );
      for (const k of GUIDE_DEFINITIONS)
        expect(guide).toContain(JSON.stringify(t(lang, k)).slice(1, -1));
    }
    expect(t("fr", "guide.def.progress")).toMatch(/^Progrès\u202f:/);
    expect(t("en", "guide.def.gap")).toMatch(/^Funding gap: /);
  });

  test("the README states them too, in both languages", () => {
    const readme = fs.readFileSync(path.join(__dirname, "../../README.md"), "utf8");
    for (const k of [
      "guide.def.progress",
      "guide.def.onTrack",
      "guide.def.completion",
      "guide.def.gap",
    ] as const) {
      expect(readme).toContain(t("en", k));
      expect(readme).toContain(t("fr", k).replace(/\u202f/g, " "));
    }
  });
});
