/**
 * Creating or upgrading the template in a workbook, decided on plain values:
 * a workbook without a template gets the chosen plan; one with a template is
 * read back into the model (every entry with it) and written again from the
 * current template. Cells the reader cannot take (text in a number cell,
 * an Excel error) would be lost by a rewrite: the upgrade is refused and
 * names them instead.
 */
import type { Lang, Plan } from "../model";
import { buildWorkbookPlan } from "./build";
import { readPlan, type ReadProblem, type WorkbookValues } from "./read";
import type { WorkbookPlan } from "./types";

export class UpgradeBlocked extends Error {
  constructor(readonly problems: ReadProblem[]) {
    super(problems.map((p) => p.message).join("; "));
    this.name = "UpgradeBlocked";
  }
}

/**
 * The plan to write into a workbook. `values` are its template tables (null
 * when it has none); `plan` is what to write into a workbook without one.
 * In an upgrade the workbook's own language is kept unless `lang` is given.
 */
export function planForWorkbook(
  values: WorkbookValues | null,
  plan: Plan,
  lang: Lang,
  keepLanguage = true
): WorkbookPlan {
  if (!values) return buildWorkbookPlan(plan, lang);
  const read = readPlan(values, lang);
  if (read.problems.length) throw new UpgradeBlocked(read.problems);
  return buildWorkbookPlan(read.plan, keepLanguage ? read.lang : lang);
}
