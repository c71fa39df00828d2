/**
 * tblValues: indicator values as M&E systems keep them, one row per value
 * (the long table): the indicator (a drop-down of the indicators' codes),
 * the year, the period within it (the year itself when blank, a half or a
 * quarter; no finer than the indicator's frequency), a breakdown (codes of
 * the dimensions the indicator declares, joined by a semicolon: "women",
 * "KAY", "femmes; KAY"; src/core/calc/breakdowns.ts),
 * and either a value or a numerator and a denominator (a "number and %"
 * indicator: 9 women of 38 ministers), with the comment or variance
 * explanation, the source or evidence link and who entered it; and
 * (ptargets) the period and breakdown's target, the last entry column (a
 * workbook written before it keeps every typed cell in its column: only the
 * computed columns after it move), on the row of the actual or on a row of
 * its own.
 *
 * Its rows make an indicator's yearly actual and yearly target where they
 * exist (src/core/calc/value-rows.ts); the typed yearly actual and target
 * of tblIndicators stay as typed and are used for the years without rows.
 */
import { breakdownGroupFormula } from "../calc/breakdowns";
import { rankFormula } from "../calc/value-rows";
import { PERIODS, type Period } from "../model";
import { listLabel, listValue } from "../vocabulary";
import { column, num, opt, str, type TableDef } from "./column";

export const values: TableDef = {
  key: "values",
  rowKey: ["indicator", "year", "period", "breakdown"],
  name: "tblValues",
  sheet: "values",
  growable: true,
  protect: false,
  optional: true,
  columns: () => [
    column("indicator", "col.indicatorCode", "code", {
      codeList: "indicators",
      entry: true,
      width: 12,
    }),
    column("year", "col.year", "year", { entry: true, width: 8 }),
    column("period", "col.period", "enum", {
      list: "period",
      entry: true,
      required: false,
      width: 10,
    }),
    // Typed as text ("0-17" is no date); a drop-down of single codes that accepts combinations.
    column("breakdown", "col.breakdown", "text", {
      entry: true,
      required: false,
      width: 14,
      numberFormat: "@",
      suggest: "breakdowns",
    }),
    column("value", "col.value", "number", { entry: true, width: 11 }),
    column("numerator", "col.numerator", "number", { entry: true, width: 11 }),
    column("denominator", "col.denominator", "number", { entry: true, width: 12 }),
    column("comment", "col.valueComment", "text", { entry: true, required: false, width: 36 }),
    column("evidence", "col.evidence", "text", { entry: true, required: false, width: 30 }),
    column("enteredBy", "col.enteredBy", "text", { entry: true, required: false, width: 16 }),
    // ptargets: the period and breakdown's target (optional: a workbook without the column reads).
    column("target", "col.periodTarget", "number", { entry: true, required: false, width: 11 }),
    // The row's order in its year (for the latest period's total natively): src/core/calc/value-rows.ts.
    column("rank", "col.valueOrder", "formula", {
      required: false,
      width: 16,
      formula: (x) =>
        rankFormula(
          {
            year: x.here("year"),
            period: x.here("period"),
            group: x.here("group"),
          },
          Object.fromEntries(
            PERIODS.map((p) => [p, [listLabel("en", "period", p), listLabel("fr", "period", p), p]])
          ) as Record<Period, string[]>
        ),
    }),
    // The row's breakdown group (0: a total; which rows make the year's actual): src/core/calc/breakdowns.ts.
    column("group", "col.breakdownGroup", "formula", {
      required: false,
      width: 12,
      formula: (x) => breakdownGroupFormula(x.here("breakdown"), x.col("regions", "code")),
    }),
  ],
  rows: (plan) =>
    plan.values.map((v) => ({
      indicator: v.indicator,
      year: v.year,
      period: opt(v.period),
      breakdown: opt(v.breakdown),
      value: v.value,
      numerator: v.numerator,
      denominator: v.denominator,
      comment: opt(v.comment),
      evidence: opt(v.evidence),
      enteredBy: opt(v.enteredBy),
      target: v.target ?? null,
    })),
  read: (rows, draft) => {
    for (const r of rows) {
      const period = str(r.period);
      draft.values.push({
        indicator: str(r.indicator) ?? "",
        year: num(r.year) ?? 0,
        period: (PERIODS as readonly string[]).includes(period ?? "")
          ? (period as Period)
          : undefined,
        breakdown: str(r.breakdown),
        value: num(r.value),
        numerator: num(r.numerator),
        denominator: num(r.denominator),
        comment: str(r.comment),
        evidence: str(r.evidence),
        enteredBy: str(r.enteredBy),
        target: num(r.target) ?? undefined,
      });
    }
  },
  // In red on the sheet: a year outside the plan's period; a negative
  // numerator or denominator; a denominator of 0; a numerator above its
  // denominator (the check names each: src/core/validate/rules/values.ts).
  flags: (x) => {
    const [n, d, y] = [x.ref("numerator"), x.ref("denominator"), x.ref("year")];
    return [
      {
        column: "year",
        formula: `=AND(ISNUMBER(${y}),OR(${y}<${x.plan.period.start},${y}>${x.plan.period.end}))`,
      },
      { column: "numerator", formula: `=AND(ISNUMBER(${n}),${n}<0)` },
      { column: "denominator", formula: `=AND(ISNUMBER(${d}),${d}<=0)` },
      {
        column: "numerator",
        formula: `=AND(ISNUMBER(${n}),ISNUMBER(${d}),${n}>${d})`,
      },
    ];
  },
  // Consolidation (issue 14, point 6): a row is an indicator's value for a
  // year, period and breakdown; a submission adds one when its value, or its
  // numerator and denominator, are agreed. The indicator's responsible
  // stakeholder owns its rows (src/core/consolidate/merge.ts). The logs show
  // the period by its label ("1.1|2021|T1|F" in French).
  merge: {
    table: "values",
    key: (r) => valueKey(r),
    keyColumns: (key) => {
      const [indicator, year, period, ...breakdown] = key.split("|");
      return {
        indicator,
        year: Number(year),
        period: period === "" ? null : period,
        breakdown: breakdown.join("|") === "" ? null : breakdown.join("|"),
      };
    },
    fields: ["value", "numerator", "denominator", "comment", "evidence", "enteredBy", "target"],
    required: [],
    requiredAny: [["value"], ["numerator", "denominator"], ["target"]],
    adds: true,
    showKey: (key, lang) => {
      const [indicator, year, period, ...breakdown] = key.split("|");
      if (year === undefined) return key;
      const shown = (PERIODS as readonly string[]).includes(period ?? "")
        ? listLabel(lang, "period", period)
        : (period ?? "");
      return [indicator, year, shown, ...breakdown].join("|");
    },
    parseKey: (text) => {
      const [indicator, year, period, ...breakdown] = text.split("|");
      if (year === undefined) return text;
      return [
        indicator,
        year,
        listValue("period", period ?? "") ?? period ?? "",
        ...breakdown,
      ].join("|");
    },
  },
};

/** A value row's key: indicator|year|period|breakdown (a blank period or breakdown: empty). */
export const valueKey = (r: {
  indicator?: unknown;
  year?: unknown;
  period?: unknown;
  breakdown?: unknown;
}): string =>
  [r.indicator, r.year, r.period, r.breakdown]
    .map((v) => (v === null || v === undefined ? "" : String(v)))
    .join("|");
