/**
 * How the plan model maps onto IATI 2.03 codelists. The plan carries no IATI
 * codes of its own: each mapping here is derived from fields the model has
 * (see the report of issue 8 for the fields that would make them explicit).
 */
import type { BudgetStatus, FundingSource, Indicator, Pillar, Plan, Stakeholder } from "../model";

/**
 * The language of the plan's own text (titles, objectives, indicators) when
 * the export is not told it (IatiOptions.textLang): the embedded plans are in English.
 */
export const TEXT_LANG = "en";

/** OrganisationType codelist: 10 Government, 22 National NGO, 40 Multilateral, 90 Other. */
export const ORG_TYPE: Record<Stakeholder["type"], string> = {
  ministry: "10",
  state: "10",
  parliament: "10",
  "civil-society": "22",
  un: "40",
  // Technical and financial partners may be bilateral (10) or multilateral (40): the model does not say.
  tfp: "90",
  other: "90",
};
export const ORG_TYPE_OTHER = "90";

/** Organisation type of a funding source that names no stakeholder. */
export const FUNDING_ORG_TYPE: Record<FundingSource["type"], string> = {
  "national-budget": "10",
  "mutual-fund": "90",
  partner: "90",
};

/** OrganisationRole codelist. */
export const ROLE = { funding: "1", accountable: "2", implementing: "4" } as const;

/**
 * An organisation reference built from the plan: stable, but not a registered
 * IATI organisation identifier (no registration agency issues `ML-NAP`).
 */
export const orgRef = (plan: Pick<Plan, "countryCode">, s: Pick<Stakeholder, "code">) =>
  `${plan.countryCode}-NAP-${s.code}`;

/** BudgetStatus codelist: 1 Indicative, 2 Committed. */
export const BUDGET_STATUS: Record<BudgetStatus, string> = { indicative: "1", committed: "2" };
/** BudgetType codelist: 1 Original (the model has no revised budgets yet). */
export const BUDGET_TYPE_ORIGINAL = "1";

/** IndicatorMeasure codelist: 1 Unit, 2 Percentage, 3 Nominal, 4 Ordinal, 5 Qualitative. */
export const MEASURE: Record<Indicator["measure"], string> = {
  number: "1",
  percent: "2",
  yesno: "3",
  level: "4",
  text: "5",
};

/** ResultType codelist. */
export const RESULT_TYPE = { output: "1", outcome: "2", impact: "3", other: "9" } as const;

/** DAC 5-digit sectors (vocabulary 1) of the four pillars of a WPS plan, found by the pillar's name. */
const PILLAR_SECTORS: { match: RegExp; code: string }[] = [
  // Women's rights organisations and movements, and government institutions.
  { match: /particip/, code: "15170" },
  // Civilian peace-building, conflict prevention and resolution.
  { match: /prevent/, code: "15220" },
  // Ending violence against women and girls.
  { match: /protect/, code: "15180" },
  // Reintegration and small arms and light weapons control.
  { match: /relief|recovery|secours|relevement|redressement|reintegr/, code: "15240" },
];
/** The sector of a pillar no name matches. */
export const DEFAULT_SECTOR = "15220";

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

/** The DAC sector of a pillar, or null when its name says nothing the mapping knows. */
export function pillarSector(p: Pick<Pillar, "name">): string | null {
  const name = fold(p.name);
  return PILLAR_SECTORS.find((s) => s.match.test(name))?.code ?? null;
}

/** PolicyMarker vocabulary 1 code 1 (gender equality), significance 2 (principal objective). */
export const GENDER_MARKER = { vocabulary: "1", code: "1", significance: "2" } as const;

/**
 * ActivityStatus codelist from the export date and the plan's period:
 * 1 Pipeline before it starts, 2 Implementation during it, 3 Finalisation
 * after it ends (it stays open until the final report: 4 Closed is never
 * assumed).
 */
export function activityStatus(period: Plan["period"], generatedAt: string): "1" | "2" | "3" {
  const year = Number(generatedAt.slice(0, 4));
  return year < period.start ? "1" : year > period.end ? "3" : "2";
}
