/**
 * The template's tables, in the order their sheets come. Each table's file
 * declares it once; everything else loops over this list: writing
 * (src/core/template/build.ts), reading (src/core/template/read.ts), merging
 * (src/core/consolidate/merge.ts), the integrity and structure checks.
 */
import { both, fold } from "../i18n";
import type { Lang, PlanInput } from "../model";
import { actions } from "./actions";
import { budget } from "./budget";
import type { CodeListKey, ColumnSpec, Draft, TableDef, TableKey } from "./column";
import { exchange } from "./exchange";
import { partnerChoice } from "./partner-choice";
import { framework } from "./framework";
import { funding } from "./funding";
import { indicators } from "./indicators";
import { changes } from "./changes";
import { conflicts, imports, submissions } from "./logs";
import { copyStampOf, meta } from "./meta";
import { regions } from "./regions";
// refsheets (issue 14): the indicators' reference sheets.
import { refs } from "./refs";
import { risks } from "./risks";
import { values } from "./values";
import { stakeholders } from "./stakeholders";
import type { ListKey } from "../vocabulary";

export * from "./column";
export { budgetKey } from "./budget";
export { changes as changesTable, changeRec, LOGGED, logValue } from "./changes";
export { META_KEYS, STAMP_KEYS, TEMPLATE_VERSION, copyStampOf } from "./meta";
export { MERGE_DEFS, mergeColumn, showColumn } from "./merge-columns";

/** Every table, in the order of its sheet in the workbook. */
export const TABLES: readonly TableDef[] = [
  framework,
  indicators,
  // refsheets (issue 14): read after the indicators.
  refs,
  values,
  actions,
  budget,
  stakeholders,
  funding,
  regions,
  risks,
  imports,
  conflicts,
  submissions,
  changes,
  exchange,
  partnerChoice,
  meta,
];

export const TABLE_BY_KEY = Object.fromEntries(TABLES.map((d) => [d.key, d])) as Record<
  TableKey,
  TableDef
>;

/** Tables whose rows consolidation merges, in the order it merges them (references first). */
export const MERGED_TABLES: readonly TableDef[] = [
  stakeholders,
  funding,
  regions,
  actions,
  budget,
  indicators,
  // The long values table, after its indicators (vmerge, issue 14 point 6).
  values,
];

/** A table with its columns for a plan's years. */
export interface TableSpec {
  key: TableKey;
  name: string;
  sheet: TableDef["sheet"];
  growable: boolean;
  columns: ColumnSpec[];
}

export function tableSpecs(years: number[]): Record<TableKey, TableSpec> {
  return Object.fromEntries(
    TABLES.map((d) => [
      d.key,
      { key: d.key, name: d.name, sheet: d.sheet, growable: d.growable, columns: d.columns(years) },
    ])
  ) as Record<TableKey, TableSpec>;
}

/** Does a header cell name this column, in either language (or an earlier header)? */
export function headerMatches(text: string, col: ColumnSpec): boolean {
  const f = fold(text);
  return (
    fold(col.key) === f ||
    both(col.header, col.headerValues).some((h) => fold(h) === f) ||
    (col.formerHeaders ?? []).some((k) => both(k, col.headerValues).some((h) => fold(h) === f))
  );
}

/** The code list a column's drop-down draws from: defined name. */
export function codeListName(list: CodeListKey): string {
  return `lst_${list}`;
}

export function enumListName(list: ListKey): string {
  return `lst_${list}`;
}

/** The plan input the tables' rows make: budget lines under their actions, identity from meta. */
export function planInput(
  draft: Draft,
  lang: Lang,
  period: { start: number; end: number }
): PlanInput {
  const m = draft.meta;
  const byAction = new Map<string, Draft["budget"][number]["line"][]>();
  for (const { action, line } of draft.budget) {
    byAction.set(action, [...(byAction.get(action) ?? []), line]);
  }
  const json = (v: unknown): unknown => {
    try {
      return typeof v === "string" ? JSON.parse(v) : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    id: String(m.planId ?? "plan"),
    country: String(m.country ?? ""),
    countryCode: String(m.countryCode ?? ""),
    title: String(m.title ?? ""),
    period,
    languages: String(m.languages ?? lang)
      .split(";")
      .filter((l): l is Lang => l === "en" || l === "fr"),
    currency: String(m.currency ?? ""),
    exchangeRate: draft.exchangeRate,
    partnerPage: draft.partnerPage,
    source: m.source === null || m.source === undefined ? undefined : String(m.source),
    example: m.example === true || m.example === "TRUE" || m.example === 1,
    levelScale: json(m.levelScale) as PlanInput["levelScale"],
    workingTranslation: String(m.workingTranslation ?? "")
      .split(";")
      .filter((l): l is Lang => l === "en" || l === "fr"),
    pillars: draft.pillars,
    results: draft.results,
    outputs: draft.outputs,
    indicators: draft.indicators,
    stakeholders: draft.stakeholders,
    fundingSources: draft.fundingSources,
    regions: draft.regions,
    actions: draft.actions.map((a) => ({ ...a, budget: byAction.get(a.code) ?? [] })),
    risks: draft.risks,
    values: draft.values,
    imports: draft.imports,
    conflicts: draft.conflicts,
    submissions: draft.submissions,
    stamp: copyStampOf(m),
    changes: draft.changes,
    // refsheets (issue 14).
    indicatorRefs: draft.indicatorRefs.length ? draft.indicatorRefs : undefined,
  };
}
