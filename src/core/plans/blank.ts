/**
 * A blank plan for a chosen period: the four pillars of the Women, Peace and
 * Security agenda, named in the chosen language, each with an objective to
 * write. The planner fills in the rest in the workbook.
 */
import { t } from "../i18n";
import { parsePlan, type Lang, type Plan } from "../model";

/** The four WPS pillars, in the order UNSCR 1325 plans list them. */
export const WPS_PILLARS = ["participation", "prevention", "protection", "relief"] as const;

export function blankPlan(lang: Lang, period: { start: number; end: number }): Plan {
  const objective = t(lang, "pane.blankObjective");
  return parsePlan({
    id: "nap-1325",
    country: "-",
    countryCode: "ZZ",
    title: t(lang, "pane.blankTitle"),
    period: { start: period.start, end: period.end },
    languages: [lang],
    currency: "XOF",
    pillars: WPS_PILLARS.map((key, i) => ({
      code: String(i + 1),
      name: t(lang, `pillar.${key}`),
      objective,
    })),
  });
}
