/**
 * The custom functions, called on the workbook's own columns as LibreOffice
 * recalculated them, give the same numbers as the summary sheets' native
 * formulas.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { writeXlsx } from "../../src/xlsx/workbook";
import { libreOfficeAvailable, recalc } from "../support/libreoffice";
import { randomPlan } from "../support/random-plan";
import { installCustomFunctionsDouble } from "./excel-double";

installCustomFunctionsDouble();

const fn =
  require("../../src/functions/functions") as typeof import("../../src/functions/functions");

const describeLO = libreOfficeAvailable() ? describe : describe.skip;

/** A column of a sheet as Excel passes a range: a 2-D array, numbers as numbers. */
function column(sheet: string[][], header: string, headerRow = 0): (string | number)[][] {
  const i = sheet[headerRow].indexOf(header);
  if (i < 0) throw new Error(`no column ${header}`);
  return sheet.slice(headerRow + 1).map((r) => {
    const v = r[i] ?? "";
    return [v !== "" && !Number.isNaN(Number(v)) ? Number(v) : v];
  });
}

function summaryRow(sheet: string[][], first: string, key: string): Record<string, string> {
  const h = sheet.findIndex((r) => r[0] === first);
  const row = sheet.slice(h + 1).find((r) => r[0] === key)!;
  return Object.fromEntries(sheet[h].map((x, i) => [x, row[i]]));
}

const pct = (s: string) => Number(s.replace("%", "")) / 100;

describeLO("custom functions agree with the native summary formulas (LibreOffice)", () => {
  let csv: Map<string, string[][]>;
  const plan = randomPlan(42, 300);
  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-cfn-"));
    const file = path.join(dir, "w.xlsx");
    await writeXlsx(buildWorkbookPlan(plan, "fr"), file);
    csv = await recalc(file);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 180000);

  test("BUDGETSHARE = the proportion of the NAP budget by stakeholder", async () => {
    const budget = csv.get("Budget")!;
    const amounts = column(budget, "Montant prévu");
    const leads = column(budget, "Responsable principal");
    let checked = 0;
    for (const s of plan.stakeholders) {
      const native = summaryRow(csv.get("Par partie prenante")!, "Partie prenante", s.code)[
        "Part du budget du PAN"
      ];
      expect(await fn.budgetShareFn(amounts, leads, s.code)).toBeCloseTo(pct(native), 9);
      checked++;
    }
    expect(checked).toBe(plan.stakeholders.length);
  });

  test("COMPLETIONRATE by pillar = the pillar summary's completion rate", async () => {
    const actions = csv.get("Plan opérationnel")!;
    const statuses = column(actions, "Statut");
    const pillars = column(actions, "Axe");
    for (const p of plan.pillars) {
      const native = summaryRow(csv.get("Par axe")!, "Axe", p.code)["Taux de réalisation"];
      expect(await fn.completionRateFn(statuses, pillars, Number(p.code), undefined)).toBeCloseTo(
        pct(native),
        9
      );
    }
  });

  test("FUNDINGGAP by source = the funding summary's gap", async () => {
    const budget = csv.get("Budget")!;
    const planned = column(budget, "Montant prévu");
    const secured = column(budget, "Montant acquis");
    const sources = column(budget, "Source de financement");
    for (const f of plan.fundingSources) {
      const row = summaryRow(
        csv.get("Par source de financement")!,
        "Source de financement",
        f.code
      );
      // The sheet shows the gap of open actions and that of closed ones apart; the function,
      // which knows no statuses, gives both together.
      const native = Number(row["Écart de financement"]) + Number(row["Écart, actions closes"]);
      expect(await fn.fundingGapFn(planned, secured, sources, f.code)).toBeCloseTo(native, 6);
    }
  });
});
