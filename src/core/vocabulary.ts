/**
 * The workbook's vocabulary: every enumeration a planner picks from a
 * drop-down, and the translated label of each value. Everything that writes
 * or reads a label goes through here (tables, summaries, checks, custom
 * functions), so a label is defined once.
 */
import { both, fold, t, type MessageKey } from "./i18n";
import {
  ACTION_STATUSES,
  AGGREGATIONS,
  BUDGET_STATUSES,
  CROSSCUTTING_AREAS,
  DECISIONS,
  DIRECTIONS,
  DISAGGREGATIONS,
  FREQUENCIES,
  FUNDING_TYPES,
  IATI_ORG_TYPES,
  INDICATOR_LEVELS,
  MAPPING_STATUSES,
  MEASURES,
  MERGE_OUTCOMES,
  MERGE_TABLES,
  PERIODS,
  STAKEHOLDER_TYPES,
  SUBMISSION_STATES,
  type Lang,
} from "./model";

/** Enumerations shown as drop-down lists of translated labels. */
export const LISTS = {
  frameworkLevel: { prefix: "level", values: ["pillar", "result", "output"] },
  indicatorLevel: { prefix: "level", values: INDICATOR_LEVELS },
  measure: { prefix: "measure", values: MEASURES },
  direction: { prefix: "direction", values: DIRECTIONS },
  aggregation: { prefix: "aggregation", values: AGGREGATIONS },
  frequency: { prefix: "frequency", values: FREQUENCIES },
  stakeholderType: { prefix: "stakeholderType", values: STAKEHOLDER_TYPES },
  fundingType: { prefix: "fundingType", values: FUNDING_TYPES },
  status: { prefix: "status", values: ACTION_STATUSES },
  budgetStatus: { prefix: "budgetStatus", values: BUDGET_STATUSES },
  rating: { prefix: "rating", values: ["low", "medium", "high"] },
  period: { prefix: "period", values: PERIODS },
  yesno: { prefix: "", values: ["yes", "no"] },
  crosscutting: { prefix: "crosscutting", values: CROSSCUTTING_AREAS },
  outcome: { prefix: "outcome", values: MERGE_OUTCOMES },
  decision: { prefix: "decision", values: DECISIONS },
  mergeTable: { prefix: "mergeTable", values: MERGE_TABLES },
  mappingStatus: { prefix: "mappingStatus", values: MAPPING_STATUSES },
  submissionState: { prefix: "submissionState", values: SUBMISSION_STATES },
  // donor (issue 18): the IATI organisation types, labelled "10 Government" / "10 Gouvernement".
  iatiOrgType: { prefix: "iatiOrgType", values: IATI_ORG_TYPES },
} as const satisfies Record<string, { prefix: string; values: readonly string[] }>;
export type ListKey = keyof typeof LISTS;

/** Lists written as several labels in one cell ("Sex; Region"), not offered as a drop-down. */
export const MULTI_LISTS = {
  disaggregation: { prefix: "disaggregation", values: DISAGGREGATIONS },
} as const satisfies Record<string, { prefix: string; values: readonly string[] }>;
export type MultiListKey = keyof typeof MULTI_LISTS;

type AnyList = ListKey | MultiListKey;
const ALL: Record<AnyList, { prefix: string; values: readonly string[] }> = {
  ...LISTS,
  ...MULTI_LISTS,
};

export function listLabelKey(list: AnyList, value: string): MessageKey {
  const { prefix } = ALL[list];
  return (prefix ? `${prefix}.${value}` : value) as MessageKey;
}

export function listLabel(lang: Lang, list: AnyList, value: string): string {
  return t(lang, listLabelKey(list, value));
}

const labelIndex = new Map<AnyList, Map<string, string>>();
// checkspeed: each label exactly as the list writes it, to what its folded form finds (the
// check reads a period label per value row, twice; folding each cost a tenth of the check).
const exactLabels = new Map<AnyList, Map<string, string | undefined>>();

/** Map a label in either language (or the value itself) back to its value. */
export function listValue(list: AnyList, label: string): string | undefined {
  let index = labelIndex.get(list);
  if (!index) {
    index = new Map();
    for (const v of ALL[list].values) {
      for (const l of [v, ...both(listLabelKey(list, v))])
        if (!index.has(fold(l))) index.set(fold(l), v);
    }
    labelIndex.set(list, index);
    const exact = new Map<string, string | undefined>();
    for (const v of ALL[list].values)
      for (const l of [v, ...both(listLabelKey(list, v))]) exact.set(l, index.get(fold(l)));
    exactLabels.set(list, exact);
  }
  const exact = exactLabels.get(list)!;
  if (exact.has(label)) return exact.get(label);
  return index.get(fold(label));
}

/** The values of a multi-value cell ("Sex; Region"), each mapped back; unknown ones reported. */
export function listValues(list: AnyList, text: string): { values: string[]; unknown: string[] } {
  const values: string[] = [];
  const unknown: string[] = [];
  for (const part of splitList(text)) {
    const v = listValue(list, part);
    if (v === undefined) unknown.push(part);
    else if (!values.includes(v)) values.push(v);
  }
  return { values, unknown };
}

/** Split a cell holding several codes or labels ("A; B", "A, B"). */
export function splitList(text: string): string[] {
  return text
    .split(/[;,]/)
    .map((x) => x.trim())
    .filter(Boolean);
}
