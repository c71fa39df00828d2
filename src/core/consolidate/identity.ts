/**
 * Is a submission a copy of this national plan? Its plan id, country and
 * period must be the national workbook's: a workbook of another plan (another
 * country's NAP with the same codes, an earlier plan) is refused by name,
 * never merged.
 */
import { t } from "../i18n";
import type { Lang, Plan } from "../model";

export function identityProblem(national: Plan, submission: Plan, lang: Lang): string | undefined {
  const same =
    submission.id === national.id &&
    submission.countryCode === national.countryCode &&
    submission.period.start === national.period.start &&
    submission.period.end === national.period.end;
  if (same) return undefined;
  return t(lang, "consolidate.otherPlan", {
    title: submission.title,
    period: `${submission.period.start}-${submission.period.end}`,
    national: national.title,
    nationalPeriod: `${national.period.start}-${national.period.end}`,
  });
}
