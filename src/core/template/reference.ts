/**
 * What the workbook shows of the reference lists (src/core/reference): the
 * lists sheet's columns of codes (the drop-downs of the
 * Indicators sheet's SDG and global-indicator columns), the Guide's count of
 * mappings by status, and the report by global indicator: the plan's
 * indicators and their latest values grouped by SDG target and by global
 * 1325 indicator, each mapping with its status (a proposal is never shown as
 * part of the plan), as native formulas over tblIndicators.
 */
import { cellFormulaFor, latestValueFormula, latestYearFormula, orBlank } from "../calc";
import { t } from "../i18n";
import { planYears, type Indicator, type Lang, type Measure, type Plan } from "../model";
import {
  mappingCounts,
  planMappings,
  REFERENCE_LISTS,
  referenceItem,
  sdgTarget,
  type Mapping,
  type Scheme,
} from "../reference";
import { header, tableSpecs, type CodeListKey, type TableKey } from "../tables";
import { listLabel } from "../vocabulary";
import { structCol } from "./types";
import type { SummarySpec } from "./summaries";

const SCHEME_OF: Partial<Record<CodeListKey, Scheme>> = { sdg: "sdg", global1325: "un1325" };

/** A reference list with no item yet: its column takes any code (no drop-down to refuse it). */
export function emptyReferenceList(list: CodeListKey): boolean {
  const scheme = SCHEME_OF[list];
  return scheme !== undefined && REFERENCE_LISTS[scheme].length === 0;
}

/**
 * The lists sheet's columns: each list's codes, as text (the drop-downs).
 * Their official wording is shown where a code is used (the report by
 * global indicator) and kept in src/core/reference: on the lists sheet a
 * long text would run under its neighbour list when printed.
 */
export function referenceListColumns(
  lang: Lang
): { id: string; title: string; values: (string | number)[] }[] {
  return (Object.entries(SCHEME_OF) as [CodeListKey, Scheme][]).map(([id, scheme]) => ({
    id,
    title: t(lang, id === "sdg" ? "ref.list.sdg" : "ref.list.global1325"),
    values: REFERENCE_LISTS[scheme].map((i) => i.code),
  }));
}

/**
 * A code's wording as the workbook shows it: the list's text in the
 * language, marked when the French is a working translation (undefined for
 * a code off the list).
 */
export function referenceWording(scheme: Scheme, code: string, lang: Lang): string | undefined {
  const item = referenceItem(scheme, code);
  if (!item) return undefined;
  return lang === "fr" && item.frWorkingTranslation
    ? `${item.fr} (${t(lang, "guide.workingTranslationMark")})`
    : item[lang];
}

/** The Guide's lines: how many mappings come from the source, are proposed, are confirmed. */
export function mappingGuideLines(plan: Pick<Plan, "indicators">, lang: Lang): string[] {
  const n = mappingCounts(plan);
  return [
    t(lang, "guide.mappings.count", {
      proposed: n.proposed,
      source: n.source,
      confirmed: n.confirmed,
    }),
    t(lang, "guide.mappings.rule"),
    // No official text of the global 1325 list was found: its column takes any code, unchecked.
    ...(emptyReferenceList("global1325") ? [t(lang, "guide.mappings.global1325Empty")] : []),
  ];
}

/** A report row: one mapping of one indicator, in the order of the report (by target, by code). */
export interface ReportRow {
  mapping: Mapping;
  indicator: Indicator;
  /** The SDG target (SDG), or the global indicator's code. */
  group: string;
}

const codeOrder = (a: string, b: string) => a.localeCompare(b, "en", { numeric: true });

/** The report's rows for a scheme: every mapping, grouped by target (SDG) or indicator (1325). */
export function reportRows(plan: Pick<Plan, "indicators">, scheme: Scheme): ReportRow[] {
  const byCode = new Map(plan.indicators.map((i) => [i.code, i]));
  return planMappings(plan, scheme)
    .map((m) => ({
      mapping: m,
      indicator: byCode.get(m.indicator)!,
      group: scheme === "sdg" ? sdgTarget(m.code) : m.code,
    }))
    .sort(
      (a, b) =>
        codeOrder(a.group, b.group) ||
        codeOrder(a.mapping.code, b.mapping.code) ||
        codeOrder(a.mapping.indicator, b.mapping.indicator)
    );
}

export const REPORT_SHEET = "sumGlobal" as const;

/** The report by global indicator: one section per scheme (src/core/template/summaries.ts lays it out). */
export function referenceReportSpecs(plan: Plan, lang: Lang): SummarySpec[] {
  const years = planYears(plan);
  const specs = tableSpecs(years);
  const col = (table: TableKey, key: string) => {
    const s = specs[table];
    const c = s.columns.find((x) => x.key === key);
    if (!c) throw new Error(`no column ${key} in ${table}`);
    return `${s.name}[[#Data],[${structCol(header(lang, c))}]]`;
  };
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const proposed = q(listLabel(lang, "mappingStatus", "proposed"));
  return (["sdg", "un1325"] as const).map((scheme): SummarySpec => {
    const table = scheme === "sdg" ? "tblReportSdg" : "tblReportGlobal1325";
    const codeHeader = t(lang, "col.indicatorCode");
    const row = `MATCH(${table}[[#This Row],[${structCol(codeHeader)}]],${col("indicators", "code")},0)`;
    const cell = (key: string) => `INDEX(${col("indicators", key)},${row})`;
    const value = (measure: string) => cellFormulaFor(measure as Measure, plan.levelScale);
    return {
      key: scheme === "sdg" ? "reportSdg" : "reportGlobal1325",
      table,
      title: scheme === "sdg" ? "ref.report.bySdg" : "ref.report.byGlobal",
      rows: (p) =>
        reportRows(p, scheme).map((r) => ({
          id: r.mapping.code,
          name: referenceWording(scheme, r.mapping.code, lang) ?? null,
          extra: {
            group: r.group,
            indicator: r.indicator.code,
            text: r.indicator.text,
            measure: r.indicator.measure,
          },
        })),
      columns: [
        {
          key: "group",
          header: scheme === "sdg" ? "ref.col.target" : "ref.col.global",
          width: 10,
          value: (r) => r.extra.group,
        },
        { key: "code", header: "ref.col.code", width: 9, value: (r) => String(r.id) },
        { key: "wording", header: "ref.col.wording", width: 40, value: (r) => r.name },
        {
          key: "indicator",
          header: "col.indicatorCode",
          width: 11,
          value: (r) => r.extra.indicator,
        },
        { key: "text", header: "col.indicator", width: 40, value: (r) => r.extra.text },
        {
          // Live from the Indicators sheet: a blank status is a proposal.
          key: "status",
          header: "col.mappingStatus",
          width: 12,
          formula: () =>
            `IFERROR(IF(${cell(`${scheme}Status`)}="",${proposed},${cell(`${scheme}Status`)}),${proposed})`,
        },
        {
          key: "latestYear",
          header: "sum.latestYear",
          width: 10,
          numberFormat: "0",
          formula: (r) =>
            orBlank(
              latestYearFormula(years, (y) => value(String(r.extra.measure))(cell(`actual:${y}`)))
            ),
        },
        {
          key: "latest",
          header: "sum.latestActual",
          width: 11,
          formula: (r) =>
            orBlank(
              latestValueFormula(years, (y) => value(String(r.extra.measure))(cell(`actual:${y}`)))
            ),
        },
      ],
    };
  });
}
