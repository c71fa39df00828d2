/**
 * Summary sheets: native Excel formulas (COUNTIFS, SUMIFS, INDEX/MATCH)
 * over the entry tables, so the numbers stay live in a workbook opened
 * without the add-in. One table per sheet; its rows (pillars,
 * stakeholders, years...) come from the plan, so a refresh (rebuilding the
 * workbook from its own tables) covers what the entry tables have grown to.
 *
 * Every measure (completion rate, budget share, funding gap, latest actual
 * and target, progress and on-track) is rendered by its own file in
 * src/core/calc, beside the TypeScript calculation the custom functions and
 * the TypeScript summary use: this module only lays the measures out and
 * counts. Where a measure gives an error (nothing to divide by, no data) a
 * summary shows a blank, as the TypeScript summary gives null.
 */
import { LINE_HEIGHT, wrappedLines } from "./wrap";
import { referenceReportSpecs } from "./reference";
import {
  aggregateFormula,
  budgetShareFormula,
  completionRateFormula,
  latestValueFormula,
  latestYearFormula,
  cellFormulaFor,
  closedGapFormula,
  entriesToCheckFormula,
  executionRateFormula,
  numberFormula,
  onTrackFormula,
  openGapFormula,
  orBlank,
  progressFormula,
  SHOWN_LABELS,
  targetForFormula,
  yearActualFormula,
  yearTargetFormula,
  yearTargetRowsFormula,
  type ShownStatus,
} from "../calc";
import { valueKeys } from "../tables/indicators";
import { t, type MessageKey } from "../i18n";
import { reportingRegions } from "../consolidate/completeness";
import { donorStatus } from "../summary/compute";
import {
  pillarIndex,
  planYears,
  type Aggregation,
  type Direction,
  type Lang,
  type Measure,
  type Plan,
} from "../model";
import { header, listLabel, tableSpecs, type TableKey } from "./tables";
import {
  a1,
  a1Range,
  colLetter,
  structCol,
  type Cell,
  type CellBlock,
  type ChartPlan,
  type FormatPlan,
  type RagFormat,
  type SheetKey,
  type SheetPlan,
  type TablePlan,
} from "./types";

export const SUMMARY_SHEETS = [
  "sumPillars",
  "sumStakeholders",
  "sumFunding",
  "sumYears",
  "sumRegions",
  "sumIndicators",
  "completeness",
  "donor",
  // donorprint (issue 18): one funding partner's page, to print.
  "partnerPage",
  // The report by global indicator (src/core/template/reference.ts).
  "sumGlobal",
] as const satisfies readonly SheetKey[];
export type SummaryKey = (typeof SUMMARY_SHEETS)[number];

interface SumColumn {
  key: string;
  header: MessageKey;
  headerValues?: Record<string, string | number>;
  width: number;
  numberFormat?: string;
  /** A value for a row... */
  value?: (row: RowCtx) => Cell;
  /** ...or a formula body (without "="). */
  formula?: (row: RowCtx) => string;
}

interface RowCtx {
  /** The row's own key (pillar code, stakeholder code, year...). */
  id: string | number;
  name: string | null;
  extra: Record<string, string | number | null>;
  /** This row's cell in a column of the summary table. */
  here: (key: string) => string;
}

/** A section of a summary sheet: one table of formulas, with rows below it. */
export interface SummarySpec {
  key: string;
  table: string;
  title: MessageKey;
  columns: SumColumn[];
  rows: (plan: Plan) => Omit<RowCtx, "here">[];
  /** Rows below the table (totals, rates): a label, and a formula over each listed column's data. */
  footer?: {
    label: MessageKey;
    columns: string[];
    formula: (colRef: string) => string;
    /** Columns whose total is not a sum (a rate, a share): a formula over the table's columns by key. */
    special?: Record<string, (ref: (key: string) => string) => string>;
    numberFormat?: string;
  }[];
}

const PCT = "0.0%";
/** A count, blank when 0. */
const COUNT_OR_BLANK = "0;-0;;@";
const AMOUNT = "#,##0";
const INT = "0";

/** A summary sheet: its sections, and how it prints. */
export interface SummarySheet {
  key: SummaryKey;
  title: MessageKey;
  notes: MessageKey[];
  /** Notes for the reader of the print, below `notes` (the donor sheet's: `notes` are for whoever types). */
  readerNotes?: MessageKey[];
  sections: SummarySpec[];
  /** The print wishes; `repeatRows` may name a section whose header row repeats on each page. */
  print?: Omit<NonNullable<SheetPlan["print"]>, "repeatRows"> & {
    repeatRows?: NonNullable<SheetPlan["print"]>["repeatRows"] | string;
  };
  /** A chart of one column against the first, beside the table. */
  chart?: { type: ChartPlan["type"]; column: string; title: MessageKey };
}

/** Build the summary sections for a plan in a language. */
export function summarySpecs(plan: Plan, lang: Lang): SummarySpec[] {
  const specs = tableSpecs(planYears(plan));
  const col = (table: TableKey, key: string) => {
    const s = specs[table];
    const c = s.columns.find((x) => x.key === key);
    if (!c) throw new Error(`no column ${key} in ${table}`);
    return `${s.name}[[#Data],[${structCol(header(lang, c))}]]`;
  };
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const status = (v: string) => q(listLabel(lang, "status", v));
  /**
   * A list column ("A; B", "A;B" or "A, B", or one number) holds `x`: the test
   * for each row, as an array, for SUMPRODUCT. Codes hold no spaces.
   */
  const holds = (column: string, x: string) =>
    `ISNUMBER(SEARCH(";"&${x}&";",";"&SUBSTITUTE(SUBSTITUTE(${column}," ",""),",",";")&";"))`;
  const countIn = (column: string, x: string) => `SUMPRODUCT(--${holds(column, x)})`;
  const years = planYears(plan);
  const { ofOutput: outputPillar, ofIndicator: indicatorPillar } = pillarIndex(plan);
  const amounts = col("budget", "amount");
  const secured = col("budget", "secured");
  /** The share of the NAP budget of this row's category in a budget column. */
  const shareBy = (by: string, key: string) => orBlank(budgetShareFormula(amounts, by, key, [], 0));
  /**
   * Planned minus secured in the budget lines whose `by` column holds this
   * row's key (0 for none), of actions still open; the lines of cancelled and
   * completed actions apart (closedBy).
   */
  const lineActions = col("budget", "action");
  const actionCols = { codes: col("actions", "code"), statuses: col("actions", "status") };
  const gapBy = (by: string, key: string) =>
    openGapFormula(amounts, secured, lineActions, actionCols, [{ column: by, value: key }]);
  const closedBy = (by: string, key: string) =>
    closedGapFormula(amounts, secured, lineActions, actionCols, [{ column: by, value: key }]);
  const closedColumn = (by: string, key: (r: RowCtx) => string): SumColumn => ({
    key: "gapClosed",
    header: "sum.gapClosed",
    width: 16,
    numberFormat: AMOUNT,
    formula: (r) => closedBy(by, key(r)),
  });
  const yes = q(t(lang, "yes"));
  const sumOf = (c: string) => `SUM(${c})`;

  // Money disbursed and spent (money, issue 14 point 4): the sums and the execution rates
  // (src/core/calc/execution.ts) of the budget lines whose `by` column holds this row's key.
  const disbursedCol = col("budget", "disbursed");
  const spentCol = col("budget", "spent");
  const execution = (by: string, key: (r: RowCtx) => string): SumColumn[] => [
    {
      key: "disbursed",
      header: "col.disbursed",
      width: 16,
      numberFormat: AMOUNT,
      formula: (r) => `SUMIFS(${disbursedCol},${by},${key(r)})`,
    },
    {
      key: "spent",
      header: "col.spent",
      width: 16,
      numberFormat: AMOUNT,
      formula: (r) => `SUMIFS(${spentCol},${by},${key(r)})`,
    },
    ...(
      [
        ["execPlanned", "sum.execPlanned", amounts],
        ["execSecured", "sum.execSecured", secured],
      ] as const
    ).map(([k, header, base]) => ({
      key: k,
      header,
      width: 11,
      numberFormat: PCT,
      formula: (r: RowCtx) =>
        orBlank(executionRateFormula(spentCol, base, [{ column: by, value: key(r) }])),
    })),
  ];
  /** The Total row's execution: disbursed and spent summed, the rates over every budget line. */
  const executionTotal = {
    columns: ["disbursed", "spent", "execPlanned", "execSecured"],
    special: {
      execPlanned: () => orBlank(executionRateFormula(spentCol, amounts)),
      execSecured: () => orBlank(executionRateFormula(spentCol, secured)),
    },
  };

  const pillars: SummarySpec = {
    key: "sumPillars",
    table: "tblSumPillars",
    title: "sum.pillars.title",
    rows: (p) => p.pillars.map((x) => ({ id: x.code, name: x.name, extra: {} })),
    columns: [
      { key: "pillar", header: "col.pillar", width: 8, value: (r) => String(r.id) },
      { key: "name", header: "col.name", width: 24, value: (r) => r.name },
      {
        key: "planned",
        header: "sum.planned",
        width: 11,
        numberFormat: INT,
        formula: (r) => `COUNTIFS(${col("actions", "pillar")},${r.here("pillar")})`,
      },
      ...(["completed", "in-progress", "not-started", "postponed", "cancelled"] as const).map(
        (s) => ({
          key: s,
          header: `status.${s}` as MessageKey,
          width: 11,
          numberFormat: INT,
          formula: (r: RowCtx) =>
            `COUNTIFS(${col("actions", "pillar")},${r.here("pillar")},${col("actions", "status")},${status(s)})`,
        })
      ),
      {
        key: "rate",
        header: "sum.completionRate",
        width: 12,
        numberFormat: PCT,
        // Only actions with a status count (a blank status is in neither planned nor completed).
        formula: (r) =>
          orBlank(
            completionRateFormula(col("actions", "status"), [
              { column: col("actions", "pillar"), value: r.here("pillar") },
            ])
          ),
      },
      {
        key: "budget",
        header: "sum.budget",
        width: 16,
        numberFormat: AMOUNT,
        formula: (r) =>
          `SUMIFS(${col("budget", "amount")},${col("budget", "pillar")},${r.here("pillar")})`,
      },
      {
        key: "share",
        header: "sum.share",
        width: 10,
        numberFormat: PCT,
        formula: (r) => shareBy(col("budget", "pillar"), r.here("pillar")),
      },
      ...execution(col("budget", "pillar"), (r) => r.here("pillar")),
      ...(
        ["onTrack", "offTrack", "noData", "toCheck"] as const satisfies readonly ShownStatus[]
      ).map((key) => ({
        key,
        header: SHOWN_LABELS[key],
        width: 11,
        numberFormat: INT,
        formula: (r: RowCtx) =>
          `COUNTIFS(tblSumIndicators[[#Data],[${structCol(t(lang, "col.pillar"))}]],${r.here("pillar")},tblSumIndicators[[#Data],[${structCol(t(lang, "col.status"))}]],${q(t(lang, SHOWN_LABELS[key]))})`,
      })),
    ],
    footer: [
      {
        label: "sum.total",
        columns: [
          "planned",
          "completed",
          "in-progress",
          "not-started",
          "postponed",
          "cancelled",
          "rate",
          "budget",
          "share",
          "onTrack",
          "offTrack",
          "noData",
          "toCheck",
          ...executionTotal.columns,
        ],
        formula: sumOf,
        special: {
          // The overall completion rate (every action with a status), and the pillars' share of the NAP budget.
          rate: () => orBlank(completionRateFormula(col("actions", "status"))),
          share: (ref) => orBlank(`${sumOf(ref("budget"))}/${sumOf(amounts)}`),
          ...executionTotal.special,
        },
      },
    ],
  };

  const stakeholders: SummarySpec = {
    key: "sumStakeholders",
    table: "tblSumStakeholders",
    title: "sum.stakeholders.title",
    rows: (p) => p.stakeholders.map((x) => ({ id: x.code, name: x.name, extra: {} })),
    columns: [
      { key: "code", header: "col.stakeholder", width: 13, value: (r) => String(r.id) },
      { key: "name", header: "col.name", width: 44, value: (r) => r.name },
      {
        key: "budget",
        header: "sum.budgetLed",
        width: 16,
        numberFormat: AMOUNT,
        formula: (r) =>
          `SUMIFS(${col("budget", "amount")},${col("budget", "lead")},${r.here("code")})`,
      },
      {
        key: "share",
        header: "sum.shareOfNap",
        width: 12,
        numberFormat: PCT,
        formula: (r) => shareBy(col("budget", "lead"), r.here("code")),
      },
      ...execution(col("budget", "lead"), (r) => r.here("code")),
      {
        key: "led",
        header: "sum.actionsLed",
        width: 11,
        numberFormat: INT,
        formula: (r) => `COUNTIFS(${col("actions", "lead")},${r.here("code")})`,
      },
      {
        key: "partner",
        header: "sum.actionsPartner",
        width: 12,
        numberFormat: INT,
        formula: (r) => countIn(col("actions", "partners"), r.here("code")),
      },
    ],
    footer: [
      {
        label: "sum.total",
        columns: ["budget", "share", "led", ...executionTotal.columns],
        formula: sumOf,
        special: {
          share: (ref) => orBlank(`${sumOf(ref("budget"))}/${sumOf(amounts)}`),
          ...executionTotal.special,
        },
      },
    ],
  };

  const funding: SummarySpec = {
    key: "sumFunding",
    table: "tblSumFunding",
    title: "sum.funding.title",
    rows: (p) =>
      p.fundingSources.map((x) => ({
        id: x.code,
        name: x.name,
        extra: { type: listLabel(lang, "fundingType", x.type) },
      })),
    columns: [
      { key: "code", header: "col.source", width: 13, value: (r) => String(r.id) },
      { key: "name", header: "col.name", width: 36, value: (r) => r.name },
      { key: "type", header: "col.type", width: 18, value: (r) => r.extra.type },
      {
        key: "planned",
        header: "col.amount",
        width: 16,
        numberFormat: AMOUNT,
        formula: (r) =>
          `SUMIFS(${col("budget", "amount")},${col("budget", "source")},${r.here("code")})`,
      },
      {
        key: "secured",
        header: "col.secured",
        width: 16,
        numberFormat: AMOUNT,
        formula: (r) =>
          `SUMIFS(${col("budget", "secured")},${col("budget", "source")},${r.here("code")})`,
      },
      {
        key: "gap",
        header: "sum.gap",
        width: 16,
        numberFormat: AMOUNT,
        formula: (r) => gapBy(col("budget", "source"), r.here("code")),
      },
      closedColumn(col("budget", "source"), (r) => r.here("code")),
      {
        key: "share",
        header: "sum.share",
        width: 10,
        numberFormat: PCT,
        formula: (r) => shareBy(col("budget", "source"), r.here("code")),
      },
      ...execution(col("budget", "source"), (r) => r.here("code")),
    ],
    footer: [
      {
        label: "sum.total",
        columns: ["planned", "secured", "gap", "gapClosed", "share", ...executionTotal.columns],
        formula: sumOf,
        special: {
          share: (ref) => orBlank(`${sumOf(ref("planned"))}/${sumOf(amounts)}`),
          ...executionTotal.special,
        },
      },
    ],
  };

  const yearsSheet: SummarySpec = {
    key: "sumYears",
    table: "tblSumYears",
    title: "sum.years.title",
    rows: () => years.map((y) => ({ id: y, name: null, extra: {} })),
    columns: [
      { key: "year", header: "col.year", width: 8, numberFormat: INT, value: (r) => Number(r.id) },
      {
        key: "planned",
        header: "col.amount",
        width: 16,
        numberFormat: AMOUNT,
        formula: (r) =>
          `SUMIFS(${col("budget", "amount")},${col("budget", "year")},${r.here("year")})`,
      },
      {
        key: "secured",
        header: "col.secured",
        width: 16,
        numberFormat: AMOUNT,
        formula: (r) =>
          `SUMIFS(${col("budget", "secured")},${col("budget", "year")},${r.here("year")})`,
      },
      {
        key: "gap",
        header: "sum.gap",
        width: 16,
        numberFormat: AMOUNT,
        formula: (r) => gapBy(col("budget", "year"), r.here("year")),
      },
      closedColumn(col("budget", "year"), (r) => r.here("year")),
      {
        key: "actions",
        header: "sum.actions",
        width: 10,
        numberFormat: INT,
        formula: (r) => countIn(col("actions", "years"), r.here("year")),
      },
      ...execution(col("budget", "year"), (r) => r.here("year")),
    ],
    footer: [
      {
        label: "sum.total",
        columns: ["planned", "secured", "gap", "gapClosed", ...executionTotal.columns],
        formula: sumOf,
        special: executionTotal.special,
      },
      // Lines of a year outside the period are in every other total: named here, so the
      // years reconcile with them (the check reports each such line).
      {
        label: "sum.outsidePeriod",
        columns: ["planned", "secured", "disbursed", "spent"],
        formula: sumOf,
        special: {
          planned: (ref) => `SUM(${col("budget", "amount")})-SUM(${ref("planned")})`,
          secured: (ref) => `SUM(${col("budget", "secured")})-SUM(${ref("secured")})`,
          disbursed: (ref) => `SUM(${disbursedCol})-SUM(${ref("disbursed")})`,
          spent: (ref) => `SUM(${spentCol})-SUM(${ref("spent")})`,
        },
      },
    ],
  };

  const regions: SummarySpec = {
    key: "sumRegions",
    table: "tblSumRegions",
    title: "sum.regions.title",
    rows: (p) => p.regions.map((x) => ({ id: x.code, name: x.name, extra: {} })),
    columns: [
      { key: "code", header: "col.code", width: 10, value: (r) => String(r.id) },
      { key: "name", header: "col.name", width: 24, value: (r) => r.name },
      {
        key: "actions",
        header: "sum.actions",
        width: 10,
        numberFormat: INT,
        formula: (r) => countIn(col("actions", "regions"), r.here("code")),
      },
      {
        key: "budget",
        header: "sum.budgetRegion",
        width: 18,
        numberFormat: AMOUNT,
        formula: (r) =>
          `SUMPRODUCT(${col("actions", "total")},--${holds(col("actions", "regions"), r.here("code"))})`,
      },
      // Regional plans (issue 19.2): the region's budget per year, what its copy's By year sheet totals.
      ...years.map((y) => ({
        key: `year:${y}`,
        header: "sum.regionYearBudget" as MessageKey,
        headerValues: { year: y },
        width: 14,
        numberFormat: AMOUNT,
        formula: (r: RowCtx) =>
          `SUMPRODUCT(SUMIFS(${col("budget", "amount")},${col("budget", "action")},${col("actions", "code")},${col("budget", "year")},${y}),--${holds(col("actions", "regions"), r.here("code"))})`,
      })),
    ],
  };

  const indicatorRow = `MATCH(tblSumIndicators[[#This Row],[${structCol(t(lang, "col.indicatorCode"))}]],${col("indicators", "code")},0)`;
  const raw = (key: string) => `INDEX(${col("indicators", key)},${indicatorRow})`;
  /** An indicator's value cell as the measures read it: a yes/no or level label as its number. */
  const value = (r: { extra: Record<string, string | number | null> }) =>
    cellFormulaFor(r.extra.measure as Measure, plan.levelScale);
  const ind = (key: string, r?: { extra: Record<string, string | number | null> }) =>
    r ? value(r)(raw(key)) : raw(key);
  /** The indicator's value cells, baseline value to its last actual (one block of the table). */
  const valueRow = (() => {
    const keys = valueKeys(years);
    const first = header(
      lang,
      specs.indicators.columns.find((c) => c.key === keys[0])!
    );
    const last = header(
      lang,
      specs.indicators.columns.find((c) => c.key === keys[keys.length - 1])!
    );
    return `INDEX(tblIndicators[[#Data],[${structCol(first)}]:[${structCol(last)}]],${indicatorRow},0)`;
  })();
  const measureNames = Object.fromEntries(
    (["percent", "number", "yesno", "level"] as const).map((m) => [
      m,
      listLabel(lang, "measure", m),
    ])
  ) as Record<"percent" | "number" | "yesno" | "level", string>;
  // An indicator's actual for each year: from the rows of tblValues where the year has some
  // (a rate from its numerators and denominators), else the typed actual (src/core/calc/value-rows.ts).
  const valueCols = {
    indicator: col("values", "indicator"),
    year: col("values", "year"),
    period: col("values", "period"),
    breakdown: col("values", "breakdown"),
    value: col("values", "value"),
    numerator: col("values", "numerator"),
    denominator: col("values", "denominator"),
    target: col("values", "target"),
    rank: col("values", "rank"),
    group: col("values", "group"),
  };
  const yearActual = (r: RowCtx, y: number) =>
    orBlank(
      yearActualFormula(
        valueCols,
        r.here("code"),
        y,
        r.extra.measure as Measure,
        r.extra.agg as Aggregation,
        numberFormula(ind(`actual:${y}`, r))
      )
    );
  // ptargets: an indicator's target for each year, from the rows of tblValues holding a target
  // where the year has some, else the typed yearly target (src/core/calc/value-rows.ts).
  const yearTarget = (r: RowCtx, y: number) =>
    orBlank(
      yearTargetRowsFormula(
        valueCols,
        r.here("code"),
        y,
        r.extra.measure as Measure,
        r.extra.agg as Aggregation,
        numberFormula(ind(`target:${y}`, r))
      )
    );
  const indicators: SummarySpec = {
    key: "sumIndicators",
    table: "tblSumIndicators",
    title: "sum.indicators.title",
    rows: (p) =>
      p.indicators.map((x) => ({
        id: x.code,
        name: x.text,
        extra: {
          pillar: indicatorPillar.get(x.code) ?? null,
          direction: listLabel(lang, "direction", x.direction),
          dir: x.direction,
          aggregation: listLabel(lang, "aggregation", x.aggregation),
          agg: x.aggregation,
          measure: x.measure,
        },
      })),
    columns: [
      { key: "code", header: "col.indicatorCode", width: 12, value: (r) => String(r.id) },
      { key: "pillar", header: "col.pillar", width: 7, value: (r) => r.extra.pillar },
      // print (issue 16): one page wide in landscape at 55 % with each year's actual and
      // target (ptargets): the text 46 wide, each year's figures 8, the closing columns 9.
      { key: "text", header: "col.indicator", width: 46, value: (r) => r.name },
      { key: "direction", header: "col.direction", width: 10, value: (r) => r.extra.direction },
      {
        key: "aggregation",
        header: "col.aggregation",
        width: 12,
        value: (r) => r.extra.aggregation,
      },
      {
        key: "baseline",
        header: "col.baselineValue",
        width: 11,
        formula: (r) => orBlank(numberFormula(ind("baselineValue", r))),
      },
      ...years.flatMap((y): SumColumn[] => [
        {
          key: `actual:${y}`,
          header: "sum.actualYear",
          headerValues: { year: y },
          width: 8,
          formula: (r) => yearActual(r, y),
        },
        // ptargets: the year's target beside its actual.
        {
          key: `target:${y}`,
          header: "col.target",
          headerValues: { year: y },
          width: 8,
          formula: (r) => yearTarget(r, y),
        },
      ]),
      {
        key: "latestYear",
        header: "sum.latestYear",
        width: 6,
        numberFormat: INT,
        formula: (r) => orBlank(latestYearFormula(years, (y) => r.here(`actual:${y}`))),
      },
      {
        key: "latest",
        header: "sum.latestActual",
        width: 9,
        formula: (r) => orBlank(latestValueFormula(years, (y) => r.here(`actual:${y}`))),
      },
      {
        key: "actual",
        header: "sum.actualToDate",
        width: 9,
        formula: (r) =>
          orBlank(
            aggregateFormula(years, (y) => r.here(`actual:${y}`), r.extra.agg as Aggregation)
          ),
      },
      {
        key: "target",
        header: "sum.target",
        width: 9,
        formula: (r) =>
          orBlank(
            targetForFormula(
              ind("endTarget", r),
              years,
              (y) => r.here(`target:${y}`),
              r.extra.agg as Aggregation
            )
          ),
      },
      {
        key: "yearTarget",
        header: "sum.yearTarget",
        width: 9,
        formula: (r) =>
          orBlank(yearTargetFormula(r.here("latestYear"), years, (y) => r.here(`target:${y}`))),
      },
      {
        key: "progress",
        header: "sum.progress",
        width: 9,
        numberFormat: PCT,
        formula: (r) =>
          orBlank(
            progressFormula(
              r.here("baseline"),
              r.here("actual"),
              r.here("target"),
              r.extra.dir as Direction
            )
          ),
      },
      {
        // The indicator's value cells wrong for its measure: what the full check reports as errors.
        key: "toCheck",
        header: "sum.toCheck",
        width: 7,
        numberFormat: COUNT_OR_BLANK,
        formula: () =>
          entriesToCheckFormula(valueRow, raw("measure"), measureNames, plan.levelScale),
      },
      {
        key: "status",
        header: "col.status",
        width: 12,
        formula: (r) =>
          `IF(${r.here("toCheck")}>0,${q(t(lang, SHOWN_LABELS.toCheck))},${onTrackFormula(
            r.here("progress"),
            r.here("latestYear"),
            years,
            lang,
            {
              actual: r.here("latest"),
              target: r.here("yearTarget"),
              direction: r.extra.dir as Direction,
            }
          )})`,
      },
    ],
  };

  const late = q(t(lang, "sum.late"));
  const onTimeLabel = q(t(lang, "sum.onTime"));
  const missing = q("—");
  const completenessSheet: SummarySpec = {
    key: "completeness",
    table: "tblCompleteness",
    title: "sum.completeness.title",
    rows: (p) => [
      ...p.stakeholders
        .filter((s) => s.committee)
        .map((x) => ({ id: x.code, name: x.name, extra: {} })),
      // Regional plans: a region that reports is a focal point too (completeness.ts).
      ...reportingRegions(p).map((x) => ({
        id: x.code,
        name: t(lang, "cycle.regionRow", { name: x.name }),
        extra: {},
      })),
    ],
    columns: [
      { key: "code", header: "col.stakeholder", width: 13, value: (r) => String(r.id) },
      { key: "name", header: "col.name", width: 44, value: (r) => r.name },
      ...years.map((y) => ({
        key: `year:${y}`,
        header: "sum.yearHeader" as MessageKey,
        headerValues: { year: y },
        width: 10,
        formula: (r: RowCtx) => {
          const base = `${col("submissions", "focalPoint")},${r.here("code")},${col("submissions", "year")},${y}`;
          return `IF(COUNTIFS(${base})=0,${missing},IF(COUNTIFS(${base},${col("submissions", "onTime")},${yes})>0,${onTimeLabel},${late}))`;
        },
      })),
      // Where each year stands with the TMU (approve sets every row of a focal point's year alike).
      ...years.map((y) => ({
        key: `state:${y}`,
        header: "sum.stateHeader" as MessageKey,
        headerValues: { year: y },
        width: 12,
        formula: (r: RowCtx) => {
          const base = `${col("submissions", "focalPoint")},${r.here("code")},${col("submissions", "year")},${y}`;
          const state = (s: "accepted" | "returned") =>
            `COUNTIFS(${base},${col("submissions", "state")},${q(listLabel(lang, "submissionState", s))})>0`;
          const label = (s: "submitted" | "accepted" | "returned") =>
            q(listLabel(lang, "submissionState", s));
          return `IF(COUNTIFS(${base})=0,"",IF(${state("accepted")},${label("accepted")},IF(${state("returned")},${label("returned")},${label("submitted")})))`;
        },
      })),
    ],
    footer: [
      {
        label: "sum.reportingRate",
        columns: years.map((y) => `year:${y}`),
        formula: (c) => `IF(ROWS(${c})=0,"",1-COUNTIF(${c},${missing})/ROWS(${c}))`,
        numberFormat: PCT,
      },
      {
        label: "sum.onTimeRate",
        columns: years.map((y) => `year:${y}`),
        formula: (c) => `IF(ROWS(${c})=0,"",COUNTIF(${c},${onTimeLabel})/ROWS(${c}))`,
        numberFormat: PCT,
      },
    ],
  };

  // The donors' view: committed and indicative amounts, secured and gap, by pillar, source and output,
  // and in the donor's currency when an exchange rate is given.
  const committed = q(listLabel(lang, "budgetStatus", "committed"));
  const rate = `INDEX(${col("exchange", "rate")},1)`;
  const donorCurrency = plan.exchangeRate?.currency;
  const money = (by: string, key: (r: RowCtx) => string): SumColumn[] => [
    {
      key: "planned",
      header: "col.amount",
      width: 16,
      numberFormat: AMOUNT,
      formula: (r) => `SUMIFS(${col("budget", "amount")},${by},${key(r)})`,
    },
    {
      key: "committed",
      header: "budgetStatus.committed",
      width: 16,
      numberFormat: AMOUNT,
      formula: (r) =>
        `SUMIFS(${col("budget", "amount")},${by},${key(r)},${col("budget", "budgetStatus")},${committed})`,
    },
    {
      key: "indicative",
      header: "budgetStatus.indicative",
      width: 16,
      numberFormat: AMOUNT,
      formula: (r) => `${r.here("planned")}-${r.here("committed")}`,
    },
    {
      key: "secured",
      header: "col.secured",
      width: 16,
      numberFormat: AMOUNT,
      formula: (r) => `SUMIFS(${col("budget", "secured")},${by},${key(r)})`,
    },
    // Money disbursed and spent (money): beside planned and secured, converted as planned is.
    ...execution(by, key).slice(0, 2),
    {
      key: "gap",
      header: "sum.gap",
      width: 16,
      numberFormat: AMOUNT,
      formula: (r) => gapBy(by, key(r)),
    },
    closedColumn(by, key),
    ...(donorCurrency
      ? [
          {
            key: "plannedDonor",
            header: "sum.inCurrency" as MessageKey,
            headerValues: { currency: donorCurrency },
            width: 16,
            numberFormat: "#,##0.00",
            formula: (r: RowCtx) => `IFERROR(${r.here("planned")}/${rate},"")`,
          },
          ...(
            [
              ["disbursedDonor", "sum.disbursedIn", "disbursed"],
              ["spentDonor", "sum.spentIn", "spent"],
            ] as const
          ).map(([k, header, from]) => ({
            key: k,
            header,
            headerValues: { currency: donorCurrency },
            width: 16,
            numberFormat: "#,##0.00",
            formula: (r: RowCtx) => `IFERROR(${r.here(from)}/${rate},"")`,
          })),
        ]
      : []),
  ];
  const moneyTotals = [
    "planned",
    "committed",
    "indicative",
    "secured",
    "disbursed",
    "spent",
    "gap",
    "gapClosed",
    ...(donorCurrency ? ["plannedDonor", "disbursedDonor", "spentDonor"] : []),
  ];
  const donorPillars: SummarySpec = {
    key: "donorPillars",
    table: "tblDonorPillars",
    title: "donor.byPillar",
    rows: pillars.rows,
    columns: [
      { key: "pillar", header: "col.pillar", width: 10, value: (r) => String(r.id) },
      { key: "name", header: "col.name", width: 30, value: (r) => r.name },
      ...money(col("budget", "pillar"), (r) => r.here("pillar")),
    ],
    footer: [{ label: "sum.total", columns: moneyTotals, formula: sumOf }],
  };
  const donorSources: SummarySpec = {
    key: "donorSources",
    table: "tblDonorSources",
    title: "donor.bySource",
    rows: funding.rows,
    columns: [
      { key: "code", header: "col.source", width: 10, value: (r) => String(r.id) },
      { key: "name", header: "col.name", width: 30, value: (r) => r.name },
      ...money(col("budget", "source"), (r) => r.here("code")),
    ],
    footer: [{ label: "sum.total", columns: moneyTotals, formula: sumOf }],
  };
  const donorOutputs: SummarySpec = {
    key: "donorOutputs",
    table: "tblDonorOutputs",
    title: "donor.byOutput",
    rows: (p) =>
      p.outputs.map((o) => ({
        id: o.code,
        // donorprint (issue 18): outputs printed with their names, not codes only.
        name: o.text,
        extra: { pillar: outputPillar.get(o.code) ?? null },
      })),
    columns: [
      { key: "code", header: "col.output", width: 10, value: (r) => String(r.id) },
      { key: "name", header: "col.name", width: 50, value: (r) => r.name },
      { key: "pillar", header: "col.pillar", width: 8, value: (r) => r.extra.pillar },
      ...money(col("budget", "output"), (r) => r.here("code")),
    ],
    footer: [{ label: "sum.total", columns: moneyTotals, formula: sumOf }],
  };

  // donor (issue 18): per funding partner and year, as the Budget table names the funder of each
  // line (its funding source): planned, committed, secured, disbursed, spent, the gap (planned -
  // secured, every line) and the fundable gap (planned - secured in the lines of actions neither
  // completed nor cancelled: money still useful to find), and each in the donor's currency.
  const sourceCol = col("budget", "source");
  const yearCol = col("budget", "year");
  /**
   * The money columns of a funding partner's budget lines in a year: `code` and `year` give the
   * partner and the year for a row (this row's cells on the Donor summary, the chooser cell on
   * the partner page). One set of formulas for both tables.
   */
  const partnerMoneyFor = (
    code: (r: RowCtx) => string,
    year: (r: RowCtx) => string
  ): SumColumn[] => {
    const by = (r: RowCtx) => `${sourceCol},${code(r)},${yearCol},${year(r)}`;
    return [
      {
        key: "planned",
        header: "col.amount",
        width: 16,
        numberFormat: AMOUNT,
        formula: (r) => `SUMIFS(${amounts},${by(r)})`,
      },
      {
        key: "committed",
        header: "budgetStatus.committed",
        width: 16,
        numberFormat: AMOUNT,
        formula: (r) => `SUMIFS(${amounts},${by(r)},${col("budget", "budgetStatus")},${committed})`,
      },
      {
        key: "secured",
        header: "col.secured",
        width: 16,
        numberFormat: AMOUNT,
        formula: (r) => `SUMIFS(${secured},${by(r)})`,
      },
      {
        key: "disbursed",
        header: "col.disbursed",
        width: 16,
        numberFormat: AMOUNT,
        formula: (r) => `SUMIFS(${disbursedCol},${by(r)})`,
      },
      {
        key: "spent",
        header: "col.spent",
        width: 16,
        numberFormat: AMOUNT,
        formula: (r) => `SUMIFS(${spentCol},${by(r)})`,
      },
      {
        key: "gap",
        header: "donor.gapAll",
        width: 16,
        numberFormat: AMOUNT,
        formula: (r) => `${r.here("planned")}-${r.here("secured")}`,
      },
      {
        key: "fundableGap",
        header: "donor.fundableGap",
        width: 16,
        numberFormat: AMOUNT,
        formula: (r) =>
          openGapFormula(amounts, secured, lineActions, actionCols, [
            { column: sourceCol, value: code(r) },
            { column: yearCol, value: year(r) },
          ]),
      },
    ];
  };
  const partnerMoney = partnerMoneyFor(
    (r) => r.here("code"),
    (r) => r.here("year")
  );
  /** An amount in the donor's currency: blank where no rate is given. */
  const inDonor = (amount: string) => `IFERROR(${amount}/${rate},"")`;
  const PARTNER_IN: Record<string, MessageKey> = {
    planned: "donor.plannedIn",
    committed: "donor.committedIn",
    secured: "donor.securedIn",
    disbursed: "donor.disbursedIn",
    spent: "donor.spentIn",
    gap: "donor.gapIn",
    fundableGap: "donor.fundableGapIn",
  };
  const donorPartners: SummarySpec = {
    key: "donorPartners",
    table: "tblDonorPartners",
    title: "donor.byPartner",
    rows: (p) =>
      p.fundingSources.flatMap((f) =>
        years.map((y) => ({ id: f.code, name: f.name, extra: { year: y } }))
      ),
    columns: [
      { key: "code", header: "col.source", width: 10, value: (r) => String(r.id) },
      { key: "name", header: "col.name", width: 30, value: (r) => r.name },
      { key: "year", header: "col.year", width: 8, value: (r) => r.extra.year },
      ...partnerMoney,
      ...(donorCurrency
        ? partnerMoney.map((m): SumColumn => ({
            key: `${m.key}Donor`,
            header: PARTNER_IN[m.key],
            headerValues: { currency: donorCurrency },
            width: 16,
            numberFormat: "#,##0.00",
            formula: (r) => inDonor(r.here(m.key)),
          }))
        : []),
    ],
    footer: [
      {
        label: "sum.total",
        columns: [
          ...partnerMoney.map((m) => m.key),
          ...(donorCurrency ? partnerMoney.map((m) => `${m.key}Donor`) : []),
        ],
        formula: sumOf,
      },
    ],
  };

  // donorprint (issue 18): the partner page, one funding partner (chosen in PARTNER_CHOOSER) by
  // year, with the Donor summary's formulas (partnerMoneyFor) and the same conversion (inDonor).
  const chooser = `$${colLetter(PARTNER_CHOOSER.col)}$${PARTNER_CHOOSER.row + 1}`;
  const pageYears = (): Omit<RowCtx, "here">[] =>
    years.map((y) => ({ id: y, name: null, extra: { year: y } }));
  const pageMoney = partnerMoneyFor(
    () => chooser,
    (r) => r.here("year")
  );
  const yearColumn: SumColumn = {
    key: "year",
    header: "col.year",
    width: 24,
    value: (r) => r.extra.year,
  };
  const partnerPage: SummarySpec = {
    key: "partnerPage",
    table: "tblPartnerPage",
    title: "partner.inPlanCurrency",
    rows: pageYears,
    columns: [yearColumn, ...pageMoney],
    footer: [{ label: "sum.total", columns: pageMoney.map((m) => m.key), formula: sumOf }],
  };
  const pageHeader = (key: string) =>
    structCol(t(lang, pageMoney.find((m) => m.key === key)!.header));
  const partnerPageDonor: SummarySpec | null = donorCurrency
    ? {
        key: "partnerPageDonor",
        table: "tblPartnerPageDonor",
        title: "partner.inDonorCurrency",
        rows: pageYears,
        columns: [
          yearColumn,
          ...pageMoney.map((m): SumColumn => ({
            key: `${m.key}Donor`,
            header: PARTNER_IN[m.key],
            headerValues: { currency: donorCurrency },
            width: 16,
            numberFormat: "#,##0.00",
            // The same year's amount of the table above, converted.
            formula: (r) =>
              inDonor(
                `INDEX(tblPartnerPage[[#Data],[${pageHeader(m.key)}]],MATCH(${r.here("year")},tblPartnerPage[[#Data],[${structCol(t(lang, "col.year"))}]],0))`
              ),
          })),
        ],
        footer: [
          {
            label: "sum.total",
            columns: pageMoney.map((m) => `${m.key}Donor`),
            formula: sumOf,
          },
        ],
      }
    : null;

  return [
    pillars,
    stakeholders,
    funding,
    yearsSheet,
    regions,
    indicators,
    completenessSheet,
    donorPillars,
    donorSources,
    donorOutputs,
    donorPartners,
    partnerPage,
    ...(partnerPageDonor ? [partnerPageDonor] : []),
  ];
}

/** The summary sheets: one section each, and the donors' sheet of three, ready to print. */
export function summarySheets(plan: Plan, lang: Lang): SummarySheet[] {
  const specs = summarySpecs(plan, lang);
  const one = (key: SummaryKey, notes: MessageKey[] = ["sum.note"]): SummarySheet => {
    const spec = specs.find((x) => x.key === key)!;
    return { key, title: spec.title, notes, sections: [spec] };
  };
  return [
    {
      ...one("sumPillars", ["sum.note", "sum.executionNote", "sum.chartsNote"]),
      chart: { type: "ColumnClustered", column: "rate", title: "chart.completion" },
    },
    {
      ...one("sumStakeholders", ["sum.note", "sum.executionNote", "sum.chartsNote"]),
      chart: { type: "BarClustered", column: "share", title: "chart.share" },
    },
    {
      ...one("sumFunding", ["sum.note", "sum.gapNote", "sum.executionNote", "sum.chartsNote"]),
      chart: { type: "ColumnClustered", column: "gap", title: "chart.gap" },
    },
    one("sumYears", ["sum.note", "sum.gapNote", "sum.executionNote"]),
    one("sumRegions", ["sum.note", "sum.regionNote"]),
    one("sumIndicators", ["sum.note", "sum.toCheckNote"]),
    one("completeness"),
    // The report by global indicator: by SDG target and by global 1325 indicator.
    {
      key: "sumGlobal",
      title: "ref.report.title",
      notes: ["sum.note", "ref.report.note"],
      sections: referenceReportSpecs(plan, lang),
    },
    {
      key: "donor",
      title: "donor.title",
      // donorprint (issue 18): the note for whoever types (not printed), then the readers' notes.
      notes: ["sum.note", "donor.rateNote"],
      readerNotes: ["sum.gapNote", "donor.partnerNote"],
      sections: specs.filter((x) => x.key.startsWith("donor")),
      print: {
        orientation: "landscape",
        fitToWidth: true,
        // From the readers' notes: the title row, with the note on typing, stays on screen.
        firstRow: 1,
        // Excel keeps one range of print titles a sheet: the outputs' header (the longest
        // table, named outputs in wrapped rows) is repeated on each page after its first.
        repeatRows: "donorOutputs",
        header: `${plan.title} — ${t(lang, "donor.title")} (${plan.currency})`,
        footer: "&P / &N — &D",
      },
    },
    // donorprint (issue 18): one funding partner's page, printed on one page.
    {
      key: "partnerPage",
      title: "partner.title",
      notes: ["partner.note"],
      sections: specs.filter((x) => x.key.startsWith("partnerPage")),
      print: {
        orientation: "portrait",
        fitToWidth: true,
        onePage: true,
        // From the partner's name (two rows above the chooser cell) down.
        firstRow: PARTNER_CHOOSER.row - 2,
        header: `${plan.title} — ${t(lang, "sheet.partnerPage")}`,
        footer: "&D",
      },
    },
  ];
}

/** donorprint (issue 18): the column of the Donor summary's note on typing, right of its title (row 0). */
const TYPING_NOTE_COL = 3;

/**
 * donorprint (issue 18): the partner page's chooser cell (0-based), holding a funding source's
 * code: the body cell of tblPartnerChoice, whose header is the cell above it.
 */
export const PARTNER_CHOOSER = { row: 4, col: 1 } as const;

/** Lay a summary sheet out: title, notes, then each section's title, table and rows below it. */
export function summarySheetPlan(
  plan: Plan,
  lang: Lang,
  name: string,
  sheet: SummarySheet,
  exchange: TablePlan,
  /** The Partner page's chooser table (tblPartnerChoice). */
  choice?: TablePlan
): SheetPlan {
  const width = Math.max(
    ...sheet.sections.map((s) => s.columns.length),
    sheet.key === "donor" ? exchange.headers.length : 0
  );
  const widths = Array.from({ length: width }, (_x, i) =>
    Math.max(...sheet.sections.map((s) => s.columns[i]?.width ?? 0), sheet.key === "donor" ? 16 : 0)
  );
  // Notes are wrapped in one cell merged across the tables' width, sized to their text.
  const note = sheet.notes.map((n) => t(lang, n)).join(" ");
  const chars = widths.reduce((a, b) => a + b, 0);
  const formats: FormatPlan[] = [
    { range: a1(0, 0), style: "title" },
    { range: a1(1, 0), style: "note" },
  ];
  const blocks: CellBlock[] = [{ row: 0, col: 0, cells: [[t(lang, sheet.title)], [note]] }];
  const rowHeights: Record<number, number> = {
    1: Math.ceil((note.length * 1.1) / chars + 0.5) * 15,
  };
  const merges = [a1Range(1, 0, 1, width)];
  const tables: TablePlan[] = [];
  const validations: SheetPlan["validations"] = [];
  const unlocked: string[] = [];
  let row = SUMMARY_TABLE_ROW;
  let donorLine: string | undefined;
  // donorprint (issue 18): the readers' notes take the note's row (1, printed); the note on
  // typing goes right of the title, on row 0, which is not printed (the page header names the
  // sheet). The rows stay where earlier workbooks have them.
  if (sheet.readerNotes?.length) {
    const reader = sheet.readerNotes.map((n) => t(lang, n)).join(" ");
    blocks[0] = { row: 0, col: 0, cells: [[t(lang, sheet.title)], [reader]] };
    blocks.push({ row: 0, col: TYPING_NOTE_COL, cells: [[note]] });
    formats.push({ range: a1(0, TYPING_NOTE_COL), style: "note" });
    merges.push(a1Range(0, TYPING_NOTE_COL, 1, width - TYPING_NOTE_COL));
    const right = widths.slice(TYPING_NOTE_COL).reduce((a, b) => a + b, 0);
    rowHeights[0] = Math.max(21, Math.ceil((note.length * 1.1) / right + 0.5) * 15);
    rowHeights[1] = Math.ceil((reader.length * 1.1) / chars + 0.5) * 15;
  }
  // donorprint (issue 18): the partner page's chooser, the partner's name, the donor currency and rate.
  if (sheet.key === "partnerPage") {
    const specs = tableSpecs(planYears(plan));
    const col = (table: TableKey, key: string) =>
      `${specs[table].name}[[#Data],[${structCol(
        header(
          lang,
          specs[table].columns.find((c) => c.key === key)!
        )
      )}]]`;
    const { row: cr, col: cc } = PARTNER_CHOOSER;
    const chooser = `$${colLetter(cc)}$${cr + 1}`;
    const name = `IFERROR(INDEX(${col("funding", "name")},MATCH(${chooser},${col("funding", "code")},0)),"")`;
    // The chooser is a table of one cell (tblPartnerChoice), so every write keeps what was chosen.
    if (choice) {
      tables.push({ ...choice, row: cr - 1, col: cc });
      // Its header ("Funding partner (code)") wraps to two lines.
      rowHeights[cr - 1] = 30;
    }
    blocks.push(
      { row: cr - 2, col: 0, cells: [[{ formula: `=${name}` }]] },
      {
        // A row apart from the chooser's table: right below it, it would read as typed into it.
        row: cr + 2,
        col: 0,
        cells: [
          [
            t(lang, "partner.currency"),
            { formula: `=IFERROR(""&INDEX(${col("exchange", "currency")},1),"")` },
            t(lang, "col.rate"),
            { formula: `=IFERROR(INDEX(${col("exchange", "rate")},1)*1,"")` },
          ],
        ],
      }
    );
    formats.push(
      { range: a1(cr - 2, 0), style: "title" },
      { range: a1(cr + 2, 0), style: "label" },
      { range: a1(cr + 2, 2), style: "label" },
      { range: a1(cr, cc), style: "entry" }
    );
    merges.push(a1Range(cr - 2, 0, 1, width));
    unlocked.push(a1(cr, cc));
    validations.push({
      range: a1(cr, cc),
      type: "list",
      source: "=lst_funding",
      prompt: t(lang, "partner.chooserPrompt"),
      error: t(lang, "partner.chooserError"),
    });
    const status = donorStatus(plan);
    donorLine = status.asOf
      ? t(lang, "donor.asOf", {
          date: status.asOf.date,
          source: t(lang, `donor.asOf.${status.asOf.source}`),
        })
      : t(lang, "donor.asOf.none");
    row = cr + 5;
  }
  if (sheet.key === "donor") {
    blocks.push({ row: row - 1, col: 0, cells: [[t(lang, "donor.rate")]] });
    formats.push({ range: a1(row - 1, 0), style: "subtitle" });
    tables.push({ ...exchange, row, col: 0 });
    rowHeights[row] = 30;
    const body = a1Range(row + 1, 0, exchange.rows.length, exchange.headers.length);
    unlocked.push(body);
    formats.push({ range: body, style: "entry" });
    validations.push({
      range: a1(row + 1, 1),
      type: "decimal",
      min: 0,
      error: `${exchange.headers[1]} > 0`,
    });
    // donor (issue 18): how recent the data is, and the period's reporting completeness.
    const status = donorStatus(plan);
    const c = status.completeness;
    const pct =
      c.reportingRate === null ? "" : `${Math.round(c.reportingRate)}${lang === "fr" ? " %" : "%"}`;
    // One line below the last table (after the loop): the tables stay where earlier workbooks
    // have them, and a text right below the rate table would read as typed into it.
    const asOf = status.asOf
      ? t(lang, "donor.asOf", {
          date: status.asOf.date,
          source: t(lang, `donor.asOf.${status.asOf.source}`),
        })
      : t(lang, "donor.asOf.none");
    const reporting = c.expected.length
      ? t(lang, "donor.completeness", {
          year: c.year,
          submitted: c.submitted.length,
          expected: c.expected.length,
          rate: pct,
        })
      : t(lang, "donor.completeness.none");
    donorLine = `${asOf} ${reporting}`;
    row += exchange.rows.length + 3;
  }
  for (const spec of sheet.sections) {
    if (sheet.sections.length > 1) {
      blocks.push({ row: row - 1, col: 0, cells: [[t(lang, spec.title)]] });
      formats.push({ range: a1(row - 1, 0), style: "subtitle" });
    }
    const headers = spec.columns.map((c) => t(lang, c.header, c.headerValues));
    const here = (key: string) => {
      const i = spec.columns.findIndex((x) => x.key === key);
      if (i < 0) throw new Error(`no column ${key} in ${spec.table}`);
      return `${spec.table}[[#This Row],[${structCol(headers[i])}]]`;
    };
    const rowsIn = spec.rows(plan);
    const rows: Cell[][] = (rowsIn.length ? rowsIn : [null]).map((r) =>
      spec.columns.map((c): Cell => {
        if (!r) return null;
        const ctx = { ...r, here };
        return c.formula ? { formula: `=${c.formula(ctx)}` } : c.value ? c.value(ctx) : null;
      })
    );
    spec.columns.forEach((c, i) => {
      if (c.numberFormat)
        formats.push({ range: a1Range(row + 1, i, rows.length, 1), numberFormat: c.numberFormat });
    });
    rowHeights[row] = 30;
    // Names and texts wrap within their column (never cut), rows as high as their text.
    spec.columns.forEach((c, i) => {
      if (rows.some((r) => typeof r[i] === "string" && wrappedLines(r[i] as string, c.width) > 1))
        formats.push({ range: a1Range(row + 1, i, rows.length, 1), style: "wrap" });
    });
    rows.forEach((r, k) => {
      const most = Math.max(
        1,
        ...r.map((cell, i) =>
          typeof cell === "string" ? wrappedLines(cell, spec.columns[i].width) : 1
        )
      );
      if (most > 1) rowHeights[row + 1 + k] = most * LINE_HEIGHT;
    });
    tables.push({
      name: spec.table,
      row,
      col: 0,
      headers,
      keys: spec.columns.map((c) => c.key),
      rows,
      entry: spec.columns.map(() => false),
      numberFormats: spec.columns.map((c) => c.numberFormat),
      style: "TableStyleMedium4",
    });
    const footer: Cell[][] = [];
    for (const f of spec.footer ?? []) {
      const line: Cell[] = spec.columns.map(() => null);
      const at = row + 1 + rows.length + footer.length;
      line[0] = t(lang, f.label);
      formats.push({ range: a1(at, 0), style: "label" });
      for (const key of f.columns) {
        const i = spec.columns.findIndex((c) => c.key === key);
        const ref = (k: string) => {
          const j = spec.columns.findIndex((c) => c.key === k);
          if (j < 0) throw new Error(`no column ${k} in ${spec.table}`);
          return `${spec.table}[[#Data],[${structCol(headers[j])}]]`;
        };
        const special = f.special?.[key];
        line[i] = { formula: `=${special ? special(ref) : f.formula(ref(key))}` };
        const nf = f.numberFormat ?? spec.columns[i].numberFormat;
        if (nf) formats.push({ range: a1(at, i), numberFormat: nf });
      }
      footer.push(line);
    }
    if (footer.length) blocks.push({ row: row + 1 + rows.length, col: 0, cells: footer });
    row += 1 + rows.length + footer.length + 3;
  }
  // donor (issue 18): "as of" and the period's reporting completeness, below the last table.
  if (donorLine) blocks.push({ row: row - 1, col: 0, cells: [[donorLine]] });
  const ragFormats = sheet.key === "sumIndicators" ? indicatorRag(lang, sheet, tables) : [];
  /** A section's header row, as print titles. */
  const headerRow = (key: string) => {
    const spec = sheet.sections.find((x) => x.key === key);
    const table = spec && tables.find((x) => x.name === spec.table);
    return table ? { from: table.row, to: table.row } : undefined;
  };
  const charts: ChartPlan[] = [];
  if (sheet.chart) {
    const spec = sheet.sections[0];
    const table = tables[tables.length - 1];
    const ci = spec.columns.findIndex((c) => c.key === sheet.chart!.column);
    const n = table.rows.length;
    charts.push({
      type: sheet.chart.type,
      title: t(lang, sheet.chart.title),
      categories: a1Range(table.row + 1, 0, n, 1),
      values: a1Range(table.row + 1, ci, n, 1),
      at: a1(table.row, spec.columns.length + 1),
    });
  }
  return {
    key: sheet.key,
    name,
    visibility: "visible",
    charts,
    ...(ragFormats.length ? { ragFormats } : {}),
    tabColor: sheet.key === "donor" ? "7030A0" : "70AD47",
    columnWidths: widths,
    rowHeights,
    merges,
    freeze:
      sheet.sections.length === 1 && sheet.key !== "partnerPage"
        ? { rows: SUMMARY_TABLE_ROW + 1, columns: 1 }
        : undefined,
    blocks,
    tables,
    formats,
    validations,
    protection: { unlocked },
    print: sheet.print
      ? {
          ...sheet.print,
          // donorprint (issue 18): a section named for its header row repeated on each page.
          repeatRows:
            typeof sheet.print.repeatRows === "string"
              ? headerRow(sheet.print.repeatRows)
              : sheet.print.repeatRows,
        }
      : {
          orientation: "landscape",
          fitToWidth: true,
          repeatRows: { from: SUMMARY_TABLE_ROW, to: SUMMARY_TABLE_ROW },
          header: `${plan.title} — ${name}`,
          footer: "&P / &N — &D",
        },
  };
}

/**
 * Red, amber and green on the Indicator progress sheet: the status cell and
 * the progress cell of each row by the row's status — green on track, red
 * off track, amber to check. No data stays plain.
 */
export function indicatorRag(lang: Lang, sheet: SummarySheet, tables: TablePlan[]): RagFormat[] {
  const spec = sheet.sections[0];
  const table = tables.find((x) => x.name === spec.table);
  if (!table || table.rows.length === 0) return [];
  const ci = (key: string) => spec.columns.findIndex((c) => c.key === key);
  const first = table.row + 1;
  const status = `$${a1(first, ci("status")).replace(/\d+$/, "")}${first + 1}`;
  const colours: [ShownStatus, RagFormat["colour"]][] = [
    ["onTrack", "green"],
    ["offTrack", "red"],
    ["toCheck", "amber"],
  ];
  return ["progress", "status"].flatMap((key) =>
    colours.map(([s, colour]) => ({
      range: a1Range(first, ci(key), table.rows.length, 1),
      formula: `=${status}="${t(lang, SHOWN_LABELS[s]).replace(/"/g, '""')}"`,
      colour,
    }))
  );
}

/** The first row of a summary table's header (0-based): a title and a note come first. */
export const SUMMARY_TABLE_ROW = 3;
