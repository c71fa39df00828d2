/**
 * The native formulas of src/core/calc/formulas.ts give the numbers the
 * pure calculations give: a workbook built from the template (its tables
 * filled with a random plan), plus a sheet of native formulas, is
 * recalculated by LibreOffice; the calculations run on the same table
 * columns as LibreOffice computed them. Tolerance 1e-9, relative.
 */
import fs from "fs";
import os from "os";
import path from "path";
import {
  attempt,
  budgetShare,
  completionRate,
  filters,
  fundingGap,
  aggregateRate,
  quotaCheck,
  POLICIES,
  type CellValue,
  type Policy,
} from "../../src/core/calc";
import {
  completionRateFormula,
  literal,
  templateFormulas,
  type BudgetDimension,
} from "../../src/core/calc/formulas";
import { t } from "../../src/core/i18n";
import { planYears, type Lang, type Plan } from "../../src/core/model";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { toExcelJs } from "../../src/xlsx/workbook";
import { libreOfficeAvailable, recalc } from "../support/libreoffice";
import { randomPlan } from "../support/random-plan";

const describeLO = libreOfficeAvailable() ? describe : describe.skip;

/** What a check expects: a number, or an Excel error code. */
type Expected = number | string;

interface Check {
  label: string;
  formula: string;
  /** The pure calculation, on the recalculated table columns. */
  expected: (cols: Columns) => Expected;
}

type Columns = (table: "budget" | "actions", key: string) => CellValue[][];

const value = (r: number | boolean | { error: string }): Expected =>
  typeof r === "object" ? r.error : typeof r === "boolean" ? (r ? 1 : 0) : r;

function checks(plan: Plan, lang: Lang): Check[] {
  const f = templateFormulas(lang);
  const out: Check[] = [];
  const budgetBy = (
    by: BudgetDimension,
    v: string | number,
    where: Record<string, string | number> = {}
  ) => {
    const w = Object.fromEntries(Object.entries(where).map(([k, x]) => [k, literal(x)]));
    out.push({
      label: `share ${by}=${v} ${JSON.stringify(where)}`,
      formula: f.budgetShare(by, literal(v), w),
      expected: (c) =>
        value(
          attempt(() =>
            budgetShare(
              c("budget", "amount"),
              c("budget", by),
              v,
              filters(
                ...Object.entries(where).map(([k, x]): [CellValue[][], CellValue] => [
                  c("budget", k),
                  x,
                ])
              )
            )
          )
        ),
    });
  };
  for (const s of plan.stakeholders.slice(0, 8)) budgetBy("lead", s.code);
  for (const p of plan.pillars) budgetBy("pillar", p.code);
  for (const y of planYears(plan)) budgetBy("year", y);
  for (const s of plan.fundingSources) budgetBy("source", s.code);
  budgetBy("lead", plan.stakeholders[0].code, {
    pillar: plan.pillars[0].code,
    year: planYears(plan)[1],
  });
  budgetBy("source", plan.fundingSources[0].code, { year: 1999 }); // matches nothing: #N/A

  const gap = (where: Record<string, string | number>) => {
    const w = Object.fromEntries(Object.entries(where).map(([k, x]) => [k, literal(x)]));
    out.push({
      label: `gap ${JSON.stringify(where)}`,
      formula: f.fundingGap(w),
      expected: (c) =>
        value(
          attempt(() =>
            fundingGap(
              c("budget", "amount"),
              c("budget", "secured"),
              filters(
                ...Object.entries(where).map(([k, x]): [CellValue[][], CellValue] => [
                  c("budget", k),
                  x,
                ])
              )
            )
          )
        ),
    });
  };
  gap({});
  for (const s of plan.fundingSources) gap({ source: s.code });
  for (const y of planYears(plan)) gap({ year: y });
  gap({ pillar: plan.pillars[1].code, source: plan.fundingSources[0].code });
  gap({ pillar: "99" });

  const completion = (policy: Policy, pillar?: string) =>
    out.push({
      label: `completion ${policy} pillar=${pillar ?? "all"}`,
      formula: f.completionRate(pillar === undefined ? {} : { pillar: literal(pillar) }, policy),
      expected: (c) =>
        value(
          attempt(() =>
            completionRate(c("actions", "status"), {
              pillars: pillar === undefined ? undefined : c("actions", "pillar"),
              pillar,
              policy,
            })
          )
        ),
    });
  for (const policy of POLICIES) {
    completion(policy);
    for (const p of plan.pillars) completion(policy, p.code);
  }
  completion("standard", "99");

  out.push(
    {
      label: "quota 9 of 38",
      formula: f.quota("9", "38"),
      expected: () => quotaCheck(9, 38).share,
    },
    {
      label: "quota met 9 of 38",
      formula: `IF(${f.quotaMet("9", "38")},1,0)`,
      expected: () => value(quotaCheck(9, 38).met),
    },
    {
      label: "quota met 3 of 10 (exactly 30%)",
      formula: `IF(${f.quotaMet("3", "10")},1,0)`,
      expected: () => value(quotaCheck(3, 10).met),
    },
    {
      label: "rate: secured over planned",
      formula: f.rate(f.column("budget", "secured"), f.column("budget", "amount")),
      expected: (c) => aggregateRate(c("budget", "secured"), c("budget", "amount")),
    }
  );
  return out;
}

function column(sheet: string[][], header: string): CellValue[][] {
  const h = sheet.findIndex((r) => r.includes(header));
  if (h < 0) throw new Error(`no column ${header}`);
  const i = sheet[h].indexOf(header);
  return sheet.slice(h + 1).map((r) => {
    const v = r[i] ?? "";
    return [v !== "" && !Number.isNaN(Number(v)) ? Number(v) : v];
  });
}

const close = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describeLO("native formulas = pure calculations (LibreOffice recalculation)", () => {
  test.each(["fr", "en"] as const)(
    "%s workbook",
    async (lang) => {
      const plan = randomPlan(lang === "fr" ? 11 : 12, 150);
      const wb = toExcelJs(buildWorkbookPlan(plan, lang));
      const list = checks(plan, lang);
      const ws = wb.addWorksheet("Checks");
      list.forEach((c, i) => {
        ws.getCell(i + 1, 1).value = c.label;
        ws.getCell(i + 1, 2).value = { formula: c.formula };
      });
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-formulas-"));
      const file = path.join(dir, "w.xlsx");
      await wb.xlsx.writeFile(file);
      const sheets = await recalc(file);
      fs.rmSync(dir, { recursive: true, force: true });

      const tables = {
        budget: sheets.get(t(lang, "sheet.budget"))!,
        actions: sheets.get(t(lang, "sheet.actions"))!,
      };
      const headerOf = (table: "budget" | "actions", key: string) => {
        const ref = templateFormulas(lang).column(table, key);
        return ref.slice(ref.indexOf("[[#Data],[") + 10, -2).replace(/'(.)/g, "$1");
      };
      const cols: Columns = (table, key) => column(tables[table], headerOf(table, key));
      const got = sheets.get("Checks")!;
      let numbers = 0;
      const errors: string[] = [];
      list.forEach((c, i) => {
        const native = got[i]?.[1] ?? "";
        const expected = c.expected(cols);
        const ok =
          typeof expected === "number"
            ? native !== "" && close(Number(native), expected)
            : native === expected;
        if (typeof expected === "number") numbers++;
        if (!ok)
          errors.push(`${c.label}: native ${native}, calculation ${expected} (${c.formula})`);
      });
      expect(errors).toEqual([]);
      // Most checks are numbers; a few are the errors both give (#N/A, #DIV/0!).
      expect(numbers).toBeGreaterThan(list.length * 0.8);
      expect(got.map((r) => r[1])).toContain("#N/A");
    },
    180000
  );
});

describe("native formula text", () => {
  test.each(["fr", "en"] as const)("%s: file syntax LibreOffice 7.4 reads", (lang) => {
    const f = templateFormulas(lang);
    const all = [
      f.budgetShare("lead", literal("MPFEF"), { pillar: literal("1"), year: "2020", source: "C5" }),
      f.fundingGap({ source: literal("BN") }),
      f.completionRate({ pillar: literal("2") }, "include-cancelled"),
      f.quotaMet("B2", "C2"),
    ];
    for (const x of all) {
      expect(x).not.toMatch(/XLOOKUP|\[@|#This Row|tbl\w+(?![\w[])/);
      expect(x).not.toMatch(/^=/);
    }
    expect(f.column("budget", "amount")).toBe(
      lang === "fr" ? "tblBudget[[#Data],[Montant prévu]]" : "tblBudget[[#Data],[Amount planned]]"
    );
  });

  test("statuses are counted under every label they are written with", () => {
    const x = completionRateFormula("S", [], "standard");
    expect(x).toContain('"Réalisée"');
    expect(x).toContain('"Completed"');
    expect(x).not.toMatch(/"completed"/); // the same as "Completed" to COUNTIFS, counted once
    expect(x).not.toContain("Annulée"); // cancelled leave the planned under "standard"
    expect(completionRateFormula("S", [], "include-cancelled")).toContain("Annulée");
  });
});
