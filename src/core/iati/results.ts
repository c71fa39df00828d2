/**
 * An indicator's IATI periods as the workbook holds them (issue 14 point 6,
 * issue 18 point 3): one period per year, carrying the year's target and
 * the workbook's yearly actual, and one per half-year or quarter that the
 * values table (tblValues) holds rows for. Pure data; `index.ts` writes it.
 *
 * - The yearly actual is the Indicator progress sheet's: from the year's
 *   rows where they hold a figure (`yearActualOf`, src/core/calc/value-rows.ts,
 *   the one calculation), else the actual typed in tblIndicators.
 * - A half-year's or quarter's actual applies the same calculation to that
 *   period's rows: a count adds its rows up, a rate is the sum of the
 *   numerators over the sum of the denominators (x 100 for a percentage),
 *   any other value is the period's total row (no breakdown).
 * - A row with a breakdown is a disaggregated actual of its period: an
 *   `actual` of its own carrying a `dimension` (name: the indicator's
 *   disaggregation, sex, region or age, when it has exactly one, else
 *   "breakdown"; value: the breakdown as typed), its value from its own
 *   rows. IATI 2.03 allows any number of actuals per period and dimensions
 *   on each ("Multiple actuals can be published for each period",
 *   results guidance; the reference's example: name "sex", value "female").
 * - The row's comment is the actual's comment; its evidence, when it is a
 *   web address, a `document-link` on the actual (category A08 "Results,
 *   outcomes and outputs"; the format read from the address's extension,
 *   a web page otherwise). Evidence that is not a web address cannot be a
 *   document-link (its @url is required, an xsd:anyURI pointing to "an
 *   online, publicly accessible web page or document"): it stays in the
 *   workbook and the readiness check counts it.
 * - Targets (ptargets): the yearly period's target is the workbook's yearly
 *   target: from the year's rows holding a target (`yearTargetFromRows`,
 *   src/core/calc/value-rows.ts), else the target typed in tblIndicators.
 *   A half-year's or quarter's target applies the same calculation to that
 *   period's rows; a breakdown's rows holding a target give a `target` of
 *   their own with its `dimension`, as the actuals do (IATI 2.03 allows any
 *   number of targets per period, each with dimensions).
 * - A qualitative indicator (measure 5) never carries @value: its values
 *   are comments.
 */
import {
  codeKey,
  holdsFigure,
  rowsByIndicatorYear,
  yearActualOf,
  yearTargetFromRows,
  type ValueRow,
} from "../calc/value-rows";
import type { Indicator, IndicatorValue as ValueRowOfPlan, Period, Plan } from "../model";

/** The first and last day of a period of a year (ISO dates). */
export const PERIOD_SPAN: Record<Period, [string, string]> = {
  year: ["01-01", "12-31"],
  H1: ["01-01", "06-30"],
  H2: ["07-01", "12-31"],
  Q1: ["01-01", "03-31"],
  Q2: ["04-01", "06-30"],
  Q3: ["07-01", "09-30"],
  Q4: ["10-01", "12-31"],
};

/** The order periods are written in within a year: the year, its halves, its quarters. */
export const PERIOD_WRITE_ORDER: readonly Period[] = ["year", "H1", "H2", "Q1", "Q2", "Q3", "Q4"];

export const periodDates = (year: number, p: Period) => ({
  start: `${year}-${PERIOD_SPAN[p][0]}`,
  end: `${year}-${PERIOD_SPAN[p][1]}`,
});

/** DocumentCategory A08: Results, outcomes and outputs. */
export const EVIDENCE_CATEGORY = "A08";

/** IANA media types (IATI FileFormat codelist) by file extension; a web page otherwise. */
const FORMATS: Record<string, string> = {
  pdf: "application/pdf",
  doc: "application/msword",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xls: "application/vnd.ms-excel",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ppt: "application/vnd.ms-powerpoint",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  csv: "text/csv",
  txt: "text/plain",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  zip: "application/zip",
};
const WEB_PAGE = "text/html";

export interface EvidenceLink {
  url: string;
  format: string;
}

/**
 * An evidence cell as a document-link: a single http(s) address, written as
 * the URL parser normalises it (spaces and accents escaped, so xsd:anyURI
 * takes it); null for anything else (a report's title, several addresses).
 */
export function evidenceLink(evidence: string | null | undefined): EvidenceLink | null {
  const text = (evidence ?? "").trim();
  // One address: http(s), nothing before it, no second address after it (spaces inside are escaped).
  if (!/^https?:\/\/\S/i.test(text) || text.split("://").length !== 2) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (!url.hostname) return null;
  const ext = /\.([a-z0-9]+)$/i.exec(url.pathname)?.[1]?.toLowerCase() ?? "";
  return { url: url.href, format: FORMATS[ext] ?? WEB_PAGE };
}

/** A value as IATI writes it: a number in @value, or a qualitative text in a comment. */
export interface IndicatorValue {
  attrs: { value?: string };
  comment?: string;
}

export interface ActualOut extends IndicatorValue {
  dimension?: { name: string; value: string };
  links: EvidenceLink[];
}

/** A period's target: its total (no dimension), or a breakdown's (ptargets). */
export interface TargetOut extends IndicatorValue {
  dimension?: { name: string; value: string };
}

export interface PeriodOut {
  year: number;
  period: Period;
  start: string;
  end: string;
  targets: TargetOut[];
  actuals: ActualOut[];
}

/**
 * A computed number as xsd:decimal takes it: plain digits, never an
 * exponent, to 6 decimals (a rate such as 9 of 38 is 23.684211).
 */
export const decimalValue = (n: number): string =>
  n.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 6 });

/** The dimension name of an indicator's breakdowns: its one disaggregation, else "breakdown". */
export const dimensionName = (ind: Pick<Indicator, "disaggregation">): string =>
  ind.disaggregation.length === 1 ? ind.disaggregation[0] : "breakdown";

const blank = (s: string | null | undefined) => (s ?? "").trim() === "";
const periodOf = (r: ValueRow): Period => r.period ?? "year";

/** The rows of the plan's values table by indicator and year (codeKey|year), once per export. */
export const valueRowsIndex = (plan: Pick<Plan, "values">) => rowsByIndicatorYear(plan.values);

/**
 * An indicator's periods. `value` reads a typed target or actual (a number,
 * a label read as its number, a qualitative text); `byYear` is
 * `valueRowsIndex(plan)`; `regions` the plan's region codes (a breakdown
 * by region is told from an unknown code by them, as the workbook does).
 */
export function indicatorPeriods(
  ind: Indicator,
  years: readonly number[],
  byYear: Map<string, ValueRow[]>,
  value: (v: Indicator["targets"][number]["value"]) => IndicatorValue | null,
  regions: readonly string[]
): PeriodOut[] {
  const qualitative = ind.measure === "text";
  const out: PeriodOut[] = [];
  for (const y of years) {
    const rows = (byYear.get(`${codeKey(ind.code)}|${y}`) ?? []) as ValueRowOfPlan[];
    for (const p of PERIOD_WRITE_ORDER) {
      const inPeriod = rows.filter((r) => periodOf(r) === p);
      const actuals: ActualOut[] = [];
      const targets: TargetOut[] = [];
      // The period's total: the workbook's yearly actual for the year, its rows' for a half or quarter.
      const totals = inPeriod.filter((r) => blank(r.breakdown));
      const own = yearActualOf(
        p === "year" ? rows : inPeriod,
        ind.measure,
        ind.aggregation,
        regions
      );
      // The period's target: the year's (or the period's) rows holding one, else the typed yearly one.
      const ownTarget = qualitative
        ? { has: false, value: null }
        : yearTargetFromRows(p === "year" ? rows : inPeriod, ind.measure, ind.aggregation, regions);
      if (ownTarget.has) {
        if (ownTarget.value !== null && Number.isFinite(ownTarget.value))
          targets.push({ attrs: { value: decimalValue(ownTarget.value) } });
      } else if (p === "year") {
        const typedTarget = ind.targets.find((x) => x.year === y);
        const tv = typedTarget && value(typedTarget.value);
        if (tv) targets.push(tv);
      }
      if (qualitative) {
        const typed = p === "year" ? ind.actuals.find((x) => x.year === y) : undefined;
        const a = typed && value(typed.value);
        const comment = joined([a ? a.comment : undefined, ...totals.map((r) => r.comment)]);
        if (comment !== undefined) actuals.push({ attrs: {}, comment, links: links(totals) });
      } else if (own.has) {
        if (own.value !== null && Number.isFinite(own.value))
          actuals.push({
            attrs: { value: decimalValue(own.value) },
            comment: joined(totals.map((r) => r.comment)),
            links: links(totals),
          });
      } else if (p === "year") {
        const typed = ind.actuals.find((x) => x.year === y);
        const a = typed && value(typed.value);
        if (a) actuals.push({ ...a, links: [] });
      }
      // Disaggregated: one actual per breakdown of the period, from its own rows.
      const breakdowns = new Map<string, ValueRowOfPlan[]>();
      for (const r of inPeriod) {
        if (blank(r.breakdown)) continue;
        const b = r.breakdown!.trim();
        breakdowns.set(b, [...(breakdowns.get(b) ?? []), r]);
      }
      for (const [b, of] of breakdowns) {
        const dimension = { name: dimensionName(ind), value: b };
        const comment = joined(of.map((r) => r.comment));
        if (qualitative) {
          if (comment !== undefined)
            actuals.push({ attrs: {}, dimension, comment, links: links(of) });
          continue;
        }
        // ptargets: the breakdown's own rows holding a target, taken as a total: its target.
        const asTotal = of.map((r) => ({ ...r, breakdown: null }));
        const tg = yearTargetFromRows(asTotal, ind.measure, ind.aggregation, regions).value;
        if (tg !== null && Number.isFinite(tg))
          targets.push({ attrs: { value: decimalValue(tg) }, dimension });
        if (!of.some(holdsFigure)) continue;
        // The breakdown's own rows, taken as a total: its value, or its rate.
        const v = yearActualOf(asTotal, ind.measure, ind.aggregation, regions).value;
        if (v === null || !Number.isFinite(v)) continue;
        actuals.push({ attrs: { value: decimalValue(v) }, dimension, comment, links: links(of) });
      }
      if (targets.length === 0 && actuals.length === 0) continue;
      out.push({ year: y, period: p, ...periodDates(y, p), targets, actuals });
    }
  }
  return out;
}

/** The distinct non-blank comments of rows, joined; undefined when none. */
function joined(comments: (string | null | undefined)[]): string | undefined {
  const distinct = [...new Set(comments.map((c) => (c ?? "").trim()).filter((c) => c !== ""))];
  return distinct.length ? distinct.join(" ; ") : undefined;
}

/** The rows' evidence that are web addresses, each once. */
function links(rows: readonly ValueRowOfPlan[]): EvidenceLink[] {
  const seen = new Map<string, EvidenceLink>();
  for (const r of rows) {
    const l = evidenceLink(r.evidence);
    if (l) seen.set(l.url, l);
  }
  return [...seen.values()];
}

/** Rows whose evidence is given but is not a web address (not linkable in IATI). */
export function evidenceNotLinked(plan: Pick<Plan, "values">): number {
  return plan.values.filter((v) => !blank(v.evidence) && !evidenceLink(v.evidence)).length;
}
