import { parsePlan, planYears } from "../../src/core/model";
import { buildWorkbookPlan, TEMPLATE_VERSION } from "../../src/core/template/build";
import { readPlan, TemplateError, parseNumber } from "../../src/core/template/read";
import { isFormula, type WorkbookPlan } from "../../src/core/template/types";
import { TINY_PLAN } from "../fixtures/tiny-plan";
import { valuesOf } from "../support/values";
import { ALL_TABLES } from "../support/expected";

const plan = parsePlan(TINY_PLAN);

describe("workbook template", () => {
  test.each(["en", "fr"] as const)("round trip in %s gives the same plan", (lang) => {
    const wp = buildWorkbookPlan(plan, lang);
    const back = readPlan(valuesOf(wp));
    expect(back.problems).toEqual([]);
    expect(back.lang).toBe(lang);
    expect(back.templateVersion).toBe(TEMPLATE_VERSION);
    expect(back.plan).toEqual(plan);
  });

  test("headers follow the language; the plan text does not", () => {
    const en = buildWorkbookPlan(plan, "en");
    const fr = buildWorkbookPlan(plan, "fr");
    const ind = (wp: WorkbookPlan) => wp.sheets.find((s) => s.key === "indicators")!;
    expect(ind(en).name).toBe("Indicators");
    expect(ind(fr).name).toBe("Indicateurs");
    expect(ind(en).tables[0].headers).toContain("Target 2021");
    expect(ind(fr).tables[0].headers).toContain("Cible 2021");
    // same plan text in both
    expect(ind(fr).tables[0].rows[0][3]).toBe("% of women in decision-making");
    expect(ind(en).tables[0].rows[0][3]).toBe("% of women in decision-making");
  });

  test("stable table names and a version stamp", () => {
    const wp = buildWorkbookPlan(plan, "fr");
    const tables = wp.sheets.flatMap((s) => s.tables.map((t) => t.name)).sort();
    expect(tables).toEqual(ALL_TABLES);
    const meta = wp.sheets.find((s) => s.key === "meta")!;
    expect(meta.visibility).toBe("veryHidden");
    expect(meta.tables[0].rows[0]).toEqual(["templateVersion", TEMPLATE_VERSION]);
    expect(wp.names.find((n) => n.name === "NAP_TEMPLATE_VERSION")!.refersTo).toBe("=_NAP!$B$2");
  });

  test("sheet names are valid Excel sheet names", () => {
    for (const lang of ["en", "fr"] as const) {
      for (const s of buildWorkbookPlan(plan, lang).sheets) {
        expect(s.name.length).toBeLessThanOrEqual(31);
        expect(s.name).not.toMatch(/[:\\/?*[\]]/);
      }
    }
  });

  test("every list validation points to a defined name", () => {
    const wp = buildWorkbookPlan(plan, "en");
    const names = new Set(wp.names.map((n) => n.name));
    const lists = wp.sheets.flatMap((s) => s.validations).filter((v) => v.type === "list");
    expect(lists.length).toBeGreaterThan(10);
    for (const v of lists) expect(names.has((v as { source: string }).source.slice(1))).toBe(true);
  });

  test("entry columns are unlocked on protected sheets, definitions are not", () => {
    const wp = buildWorkbookPlan(plan, "en");
    const ind = wp.sheets.find((s) => s.key === "indicators")!;
    const headers = ind.tables[0].headers;
    const letter = (h: string) => String.fromCharCode(65 + headers.indexOf(h));
    const unlocked = ind.protection!.unlocked.map((r) => r.replace(/\d+/g, "").split(":")[0]);
    expect(unlocked).toContain(letter("Baseline value"));
    expect(unlocked).toContain(letter("Actual 2020"));
    expect(unlocked).not.toContain(letter("Indicator"));
    expect(unlocked).not.toContain(letter("Indicator code"));
  });

  test("computed columns are formulas over tables, by header name", () => {
    const wp = buildWorkbookPlan(plan, "fr");
    const actions = wp.sheets.find((s) => s.key === "actions")!.tables[0];
    const total = actions.rows[0][actions.keys.indexOf("total")];
    expect(isFormula(total)).toBe(true);
    expect((total as { formula: string }).formula).toBe(
      "=SUMIFS(tblBudget[[#Data],[Montant prévu]],tblBudget[[#Data],[Code action]],tblActions[[#This Row],[Code action]])"
    );
  });

  test("in-cell flags: conditional formats for impossible entries, in the workbook language", () => {
    const wp = buildWorkbookPlan(plan, "fr");
    const actions = wp.sheets.find((s) => s.key === "actions")!;
    const progress = String.fromCharCode(65 + actions.tables[0].keys.indexOf("progress"));
    const status = String.fromCharCode(65 + actions.tables[0].keys.indexOf("status"));
    const onProgress = actions
      .conditionalFormats!.filter((c) => c.range.startsWith(`${progress}2:`))
      .map((c) => c.formula);
    expect(onProgress).toContain(
      `=AND(ISNUMBER(${progress}2),OR(${progress}2<0,${progress}2>100))`
    );
    expect(
      onProgress.some((f) => f.includes(`${status}2="Réalisée"`) && f.includes(`${progress}2<>100`))
    ).toBe(true);
    const ind = wp.sheets.find((s) => s.key === "indicators")!;
    expect(ind.conditionalFormats!.some((c) => c.formula.includes('="Pourcentage"'))).toBe(true);
    const budget = wp.sheets.find((s) => s.key === "budget")!;
    expect(
      budget.conditionalFormats!.some((c) =>
        /^=AND\(ISNUMBER\([A-Z]+2\),[A-Z]+2<0\)$/.test(c.formula)
      )
    ).toBe(true);
    // Framework definitions are not entry cells: nothing to flag there.
    expect(wp.sheets.find((s) => s.key === "framework")!.conditionalFormats).toEqual([]);
  });

  test("year columns span the plan period", () => {
    const wp = buildWorkbookPlan(plan, "en");
    const headers = wp.sheets.find((s) => s.key === "indicators")!.tables[0].headers;
    for (const y of planYears(plan)) {
      expect(headers).toContain(`Target ${y}`);
      expect(headers).toContain(`Actual ${y}`);
    }
    expect(headers).not.toContain(`Target ${plan.period.end + 1}`);
  });

  test("an empty operational plan still gets a one-row table", () => {
    const wp = buildWorkbookPlan(parsePlan({ ...TINY_PLAN, actions: [] }), "en");
    const t = wp.sheets.find((s) => s.key === "budget")!.tables[0];
    expect(t.rows).toHaveLength(1);
    const back = readPlan(valuesOf(wp));
    expect(back.plan.actions).toEqual([]);
  });
});

describe("reading back", () => {
  const wp = buildWorkbookPlan(plan, "en");

  test("columns are found by header, in any order and either language", () => {
    const v = valuesOf(wp);
    const ind = v.tblIndicators!;
    // reverse the column order and translate one header to French
    ind.values = ind.values.map((r) => [...r].reverse());
    const i = ind.values[0].indexOf("Baseline value");
    ind.values[0][i] = "Valeur de référence";
    ind.values[0].push("An extra column");
    ind.values.slice(1).forEach((r) => r.push("ignored"));
    expect(readPlan(v).plan).toEqual(plan);
  });

  test("a renamed required column is named in the error", () => {
    const v = valuesOf(wp);
    const a = v.tblActions!;
    a.values[0][a.values[0].indexOf("Lead stakeholder")] = "Who";
    expect(() => readPlan(v)).toThrow(TemplateError);
    expect(() => readPlan(v)).toThrow(/no column "Lead stakeholder"/);
  });

  test("a workbook without a version stamp is not a NAP workbook", () => {
    const v = valuesOf(wp);
    delete v.tblNapMeta;
    expect(() => readPlan(v)).toThrow(expect.objectContaining({ code: "not-nap-workbook" }));
  });

  test("a newer template is refused, not misread", () => {
    const v = valuesOf(wp);
    v.tblNapMeta!.values[1][1] = TEMPLATE_VERSION + 1;
    expect(() => readPlan(v)).toThrow(expect.objectContaining({ code: "newer-template" }));
  });

  test("text in a number cell and Excel errors are reported with their cell, nothing is invented", () => {
    const v = valuesOf(wp);
    const ind = v.tblIndicators!;
    const col = ind.values[0].indexOf("Actual 2021");
    ind.values[1][col] = "twelve";
    const col2 = ind.values[0].indexOf("Actual 2022");
    ind.values[2][col2] = "#DIV/0!";
    const res = readPlan(v, "fr");
    expect(res.problems.map((p) => [p.rule, p.cell])).toEqual([
      ["not-a-number", `${String.fromCharCode(65 + col)}2`],
      ["excel-error", `${String.fromCharCode(65 + col2)}3`],
    ]);
    expect(res.problems[0].message).toMatch(/n’est pas un nombre/);
    expect(res.plan.indicators[0].actuals.find((a) => a.year === 2021)).toBeUndefined();
  });

  test("numbers typed the French way are read", () => {
    expect(parseNumber("1 000 000")).toBe(1000000);
    expect(parseNumber("12,5")).toBe(12.5);
    expect(parseNumber("1,250,000.75")).toBe(1250000.75);
    expect(parseNumber("45%")).toBe(45);
    expect(parseNumber("")).toBeNull();
    expect(parseNumber("12abc")).toBeUndefined();
    expect(parseNumber("1.2.3")).toBeUndefined();
  });

  test("labels are accepted in either language", () => {
    const v = valuesOf(buildWorkbookPlan(plan, "en"));
    const a = v.tblActions!;
    const col = a.values[0].indexOf("Status");
    a.values[1][col] = "Réalisée";
    expect(readPlan(v).plan.actions[0].status).toBe("completed");
  });
});
