/**
 * The rows of tblValues: an indicator code that exists, a year of the plan,
 * a numerator and a denominator that make a rate (neither negative, a
 * denominator above 0, a numerator not above it), a value that agrees with
 * its numerator and denominator when both are typed; and the typed yearly
 * actual of tblIndicators against the actual the rows make
 * (src/core/calc/value-rows.ts), naming both cells.
 * Issue 14: a breakdown code that is unknown, or of a dimension the
 * indicator does not declare (its Disaggregation column); a period finer
 * than the indicator's frequency (a quarter on a yearly indicator); two
 * rows with the same indicator, year, period and breakdown (the same codes
 * in any order, language or case).
 */
import { codeKey, yearActualOf, type ValueRow } from "../../calc";
import { AGE_GROUPS, breakdownKey, readBreakdown, type BreakdownPart } from "../../calc/breakdowns";
import { t } from "../../i18n";
import type { Aggregation, Disaggregation, Frequency, Measure, Period } from "../../model";
import { listLabel, listValues } from "../../vocabulary";
import type { RowReader } from "../../template/read";
import { fmt, type Check } from "../context";
import { valueNum } from "./measure";

/** A typed figure agrees with the one computed when they round alike to one decimal. */
export const AGREE = 0.05;

/** The periods an indicator of each frequency may be entered for ("year": the whole year, or a blank). */
export const PERIODS_OF: Record<Frequency, readonly Period[]> = {
  quarterly: ["year", "H1", "H2", "Q1", "Q2", "Q3", "Q4"],
  biannual: ["year", "H1", "H2"],
  annual: ["year"],
  midterm: ["year"],
  endline: ["year"],
};
const agree = (a: number, b: number) => Math.abs(a - b) < AGREE + 1e-9;

export const checkValues: Check = (c, tables, env) => {
  if (env.unread.has("values")) return;
  const [start, end] = [env.years[0], env.years[env.years.length - 1]];
  const indicators = new Map<string, RowReader>();
  for (const r of tables.indicators) {
    const code = r.text("code");
    if (code && !indicators.has(codeKey(code))) indicators.set(codeKey(code), r);
  }
  const measureOf = (r: RowReader | undefined) =>
    r?.list("measure", "measure") as Measure | undefined;
  // The rows of each indicator and year, for the typed actuals below.
  const byYear = new Map<string, { reader: RowReader; row: ValueRow }[]>();
  // Issue 14: the regions' codes, each row's key (duplicates), each indicator's declared breakdowns.
  const regions = tables.regions.map((r) => r.text("code")).filter((x): x is string => !!x);
  const firstRow = new Map<string, RowReader>();
  const lang = c.lang;
  // Read once per indicator and per breakdown text (the same few texts fill thousands of rows).
  const declaredBy = new Map<RowReader, Disaggregation[]>();
  const declaredOf = (ind: RowReader): Disaggregation[] => {
    let d = declaredBy.get(ind);
    if (!d) {
      d = listValues("disaggregation", ind.text("disaggregation") ?? "").values as Disaggregation[];
      declaredBy.set(ind, d);
    }
    return d;
  };
  const frequencies = new Map<RowReader, Frequency | undefined>();
  const frequencyOf = (ind: RowReader): Frequency | undefined => {
    if (!frequencies.has(ind))
      frequencies.set(ind, ind.list("frequency", "frequency") as Frequency | undefined);
    return frequencies.get(ind);
  };
  const parts = new Map<string, BreakdownPart[]>();
  const partsOf = (breakdown: string): BreakdownPart[] => {
    let p = parts.get(breakdown);
    if (!p) parts.set(breakdown, (p = readBreakdown(breakdown, regions)));
    return p;
  };
  const keys = new Map<string, string>();
  const keyOf = (breakdown: string | undefined): string => {
    if (breakdown === undefined) return breakdownKey(breakdown, regions);
    let k = keys.get(breakdown);
    if (k === undefined) keys.set(breakdown, (k = breakdownKey(breakdown, regions)));
    return k;
  };

  for (const r of tables.values) {
    const code = r.text("indicator");
    const year = r.num("year");
    const [value, n, d] = [r.num("value"), r.num("numerator"), r.num("denominator")];
    const ind = code ? indicators.get(codeKey(code)) : undefined;
    if (code && !ind && !env.unread.has("indicators"))
      c.add(r, "indicator", "error", "values.unknown-indicator", "v.values.unknownIndicator", {
        code,
      });
    if (year !== null && (!Number.isInteger(year) || year < start || year > end))
      c.add(r, "year", "error", "time.outside-period", "v.outsidePeriod", { year, start, end });
    if (n !== null && n < 0)
      c.add(r, "numerator", "error", "values.negative", "v.values.negative", { value: n });
    if (d !== null && d < 0)
      c.add(r, "denominator", "error", "values.negative", "v.values.negative", { value: d });
    if (d === 0)
      c.add(r, "denominator", "error", "values.zero-denominator", "v.values.zeroDenominator");
    if (n !== null && d !== null && d > 0 && n > d)
      c.add(
        r,
        "numerator",
        "error",
        "values.numerator-above-denominator",
        "v.values.numeratorAboveDenominator",
        { numerator: n, denominator: d }
      );
    if (value !== null && n !== null && d !== null && d > 0 && n >= 0) {
      const rate = (n / d) * (measureOf(ind) === "percent" ? 100 : 1);
      if (!agree(value, rate))
        c.add(r, "value", "error", "values.value-disagrees", "v.values.valueDisagrees", {
          value,
          rate: fmt(rate),
          numerator: n,
          denominator: d,
          cells: `${r.sheet}!${r.address("numerator")}, ${r.address("denominator")}`,
        });
    }
    const period = (r.list("period", "period") as Period | undefined) ?? null;
    const breakdown = r.text("breakdown");
    // Issue 14: the breakdown's codes, against the dimensions the indicator declares.
    if (breakdown) {
      const declared = ind ? declaredOf(ind) : null;
      for (const part of partsOf(breakdown)) {
        if (!part.dimension)
          c.add(r, "breakdown", "error", "values.breakdown-unknown", "v.values.breakdownUnknown", {
            code: part.typed,
            ages: AGE_GROUPS.join(", "),
            regions: regions.join(", "),
          });
        else if (declared && !declared.includes(part.dimension) && !env.unread.has("indicators"))
          c.add(
            r,
            "breakdown",
            "error",
            "values.breakdown-undeclared",
            "v.values.breakdownUndeclared",
            {
              code: part.typed,
              dimension: listLabel(lang, "disaggregation", part.dimension).toLowerCase(),
              indicator: code!,
              declared: declared.length
                ? declared.map((d) => listLabel(lang, "disaggregation", d)).join("; ")
                : t(lang, "v.values.none"),
            }
          );
      }
    }
    // A period finer than the indicator's frequency.
    const frequency = ind ? frequencyOf(ind) : undefined;
    if (period && frequency && !PERIODS_OF[frequency].includes(period))
      c.add(r, "period", "error", "values.period-finer", "v.values.periodFiner", {
        period: r.text("period")!,
        indicator: code!,
        frequency: listLabel(lang, "frequency", frequency),
        allowed: PERIODS_OF[frequency].map((p) => listLabel(lang, "period", p)).join(", "),
      });
    // The same indicator, year, period and breakdown twice: the later row is named.
    if (code && year !== null) {
      const k = `${codeKey(code)}|${year}|${period ?? "year"}|${keyOf(breakdown)}`;
      const first = firstRow.get(k);
      if (first)
        c.add(r, "indicator", "error", "values.duplicate", "v.values.duplicate", {
          cell: `${first.sheet}!${first.address("indicator")}`,
        });
      else firstRow.set(k, r);
    }
    if (ind && year !== null) {
      const k = `${codeKey(code!)}|${year}`;
      const row: ValueRow = {
        indicator: code!,
        year,
        period,
        breakdown: breakdown ?? null,
        value,
        numerator: n,
        denominator: d,
      };
      const list = byYear.get(k);
      if (list) list.push({ reader: r, row });
      else byYear.set(k, [{ reader: r, row }]);
    }
  }

  // A typed yearly actual that the rows contradict: the rows make the year's actual.
  for (const ind of tables.indicators) {
    const code = ind.text("code");
    const measure = measureOf(ind);
    const aggregation = ind.list("aggregation", "aggregation") as Aggregation | undefined;
    if (!code || !measure || !aggregation) continue;
    for (const y of env.years) {
      const rows = byYear.get(`${codeKey(code)}|${y}`);
      if (!rows) continue;
      const typed = valueNum(ind, `actual:${y}`, env);
      if (typed === null) continue;
      const own = yearActualOf(
        rows.map((x) => x.row),
        measure,
        aggregation,
        regions
      );
      if (!own.has || own.value === null || agree(typed, own.value)) continue;
      const cells = rows
        .filter((x) => x.row.value !== null || x.row.denominator !== null)
        .map((x) => `${x.reader.sheet}!${x.reader.address("indicator")}`);
      c.add(ind, `actual:${y}`, "warning", "values.actual-disagrees", "v.values.actualDisagrees", {
        typed,
        year: y,
        value: fmt(own.value),
        cells: cells.join(", "),
      });
    }
  }
};
