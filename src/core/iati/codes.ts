/**
 * How the plan model maps onto IATI 2.03 codelists. The plan carries no IATI
 * codes of its own: each mapping here is derived from fields the model has
 * (see the report of issue 8 for the fields that would make them explicit).
 */
import type {
  BudgetStatus,
  FundingSource,
  IatiOrgType,
  Indicator,
  Pillar,
  Plan,
  Stakeholder,
} from "../model";

/**
 * The language of the plan's own text (titles, objectives, indicators) when
 * the export is not told it (IatiOptions.textLang): the embedded plans are in English.
 */
export const TEXT_LANG = "en";

/**
 * OrganisationType codelist (IATI 2.03, non-embedded: 10 Government, 11 Local Government,
 * 15 Other Public Sector, 21 International NGO, 22 National NGO, 23 Regional NGO, 24 Partner
 * Country based NGO, 30 Public Private Partnership, 40 Multilateral, 60 Foundation, 70-73
 * Private Sector, 80 Academic, Training and Research, 90 Other; IATI_ORG_TYPES in the model).
 *
 * donor (issue 18): a stakeholder's type is the one typed in the Stakeholders sheet's
 * "IATI organisation type" column; where that is blank, the one its category implies
 * without doubt: a ministry, a State body or the parliament is 10 Government (the central
 * State), a UN entity 40 Multilateral (the OECD DAC channel codes put the UN's agencies,
 * funds and commissions, 41000, under 40000 Multilateral organisations). Civil society
 * (international, regional or national NGO?), technical and financial partners (bilateral
 * or multilateral?) and "other" imply none: no type is written for them, and the
 * readiness check counts them.
 */
const CATEGORY_ORG_TYPE: Partial<Record<Stakeholder["type"], IatiOrgType>> = {
  ministry: "10",
  state: "10",
  parliament: "10",
  un: "40",
};

/** A stakeholder's IATI organisation type: typed, else implied by its category, else none. */
export const orgType = (s: Pick<Stakeholder, "type" | "iatiType">): IatiOrgType | undefined =>
  s.iatiType ?? CATEGORY_ORG_TYPE[s.type];

/**
 * Organisation type of a funding source that names no stakeholder: the national budget
 * is the State's (10 Government); a mutual fund or a partner without a stakeholder is
 * not known.
 */
export const FUNDING_ORG_TYPE: Partial<Record<FundingSource["type"], IatiOrgType>> = {
  "national-budget": "10",
};

/** OrganisationRole codelist: 1 Funding, 2 Accountable, 3 Extending, 4 Implementing. */
export const ROLE = { funding: "1", accountable: "2", extending: "3", implementing: "4" } as const;

/**
 * The form of an organisation identifier (org-id.guide, IATI "Organisation
 * identifiers" guidance): the prefix of a list in the Organisation
 * Registration Agency codelist (a country code, or XI/XM for international
 * lists, a hyphen, the list's code: "ML-COA", "XM-DAC"), a hyphen, and the
 * identifier that list gives the organisation, without spaces nor the
 * characters /, &, | and ? (which IATI identifiers must not contain, rule
 * 1.3.13). Whether the prefix is registered is not checked here: the
 * codelist is not shipped.
 */
export const ORG_ID = /^[A-Z]{2}-[A-Z0-9]{2,}-[^\s/&|?]+$/;

/** A stakeholder's organisation identifier: the one the plan gives it, when well formed; none is ever made up. */
export const orgRef = (s: Pick<Stakeholder, "iatiRef">): string | undefined =>
  s.iatiRef && ORG_ID.test(s.iatiRef) ? s.iatiRef : undefined;

/** BudgetStatus codelist: 1 Indicative, 2 Committed. */
export const BUDGET_STATUS: Record<BudgetStatus, string> = { indicative: "1", committed: "2" };
/**
 * BudgetType codelist: 1 Original ("the original budget allocated to the
 * activity"), 2 Revised ("the updated budget for an activity"). A revised
 * budget is written beside the original where the change log shows a
 * year's lines changed (./budgets.ts).
 */
export const BUDGET_TYPE = { original: "1", revised: "2" } as const;

/** TransactionType codelist: 11 Incoming Commitment, "a firm, written obligation from a donor or provider to provide a specified amount of funds ... reported by a recipient for this activity". */
export const TRANSACTION_TYPE = {
  incomingCommitment: "11",
  // Money disbursed and spent (money, issue 14 point 4): 3 Disbursement, 4 Expenditure.
  disbursement: "3",
  expenditure: "4",
} as const;

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
