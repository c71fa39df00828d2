/**
 * A budget line of a year outside the plan period (2025 in a 2019-2023 plan)
 * is in every total but the years': the By year sheet names it on a row of
 * its own, so its years and that row add up to the total every other summary
 * shows (issue 13), as LibreOffice recalculates the workbook.
 */
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { parsePlan } from "../../src/core/model";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";
import { withExampleOperationalPlan } from "../../src/core/plans/example-operational-plan";
import { t } from "../../src/core/i18n";
import { buildWorkbookPlan, sheetName } from "../../src/core/template/build";
import { writeXlsx } from "../../src/xlsx/workbook";
import { libreOfficeAvailable, recalc } from "../support/libreoffice";

(libreOfficeAvailable() ? test : test.skip)(
  "By year: its years plus the lines outside the period equal By pillar's total",
  async () => {
    const plan = withExampleOperationalPlan(parsePlan(MALI_NAP_2019_2023));
    const action = plan.actions.find((a) => a.budget.length > 0)!;
    action.budget.push({ ...action.budget[0], year: 2025, amount: 9_000_000, secured: 1_000_000 });
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "nap-years-"));
    const file = path.join(dir, "years.xlsx");
    await writeXlsx(buildWorkbookPlan(plan, "en"), file);
    const sheets = await recalc(file);
    const row = (sheet: string, label: string) =>
      sheets.get(sheetName("en", sheet as never))!.find((r) => r[0] === label)!;
    const total = t("en", "sum.total");
    const years = row("sumYears", total);
    const outside = row("sumYears", t("en", "sum.outsidePeriod"));
    const pillars = row("sumPillars", total);
    const planned = plan.actions.flatMap((a) => a.budget).reduce((n, b) => n + b.amount, 0);
    expect(Number(outside[1])).toBe(9_000_000);
    expect(Number(outside[2])).toBe(1_000_000);
    expect(Number(years[1]) + Number(outside[1])).toBe(planned);
    expect(pillars).toContain(String(planned));
    await fs.rm(dir, { recursive: true, force: true });
  }
);
