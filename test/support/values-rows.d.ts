/** Types of values-rows.js (plain JavaScript, shared with bench/values.js). */
import type { Indicator, IndicatorValue, Plan } from "../../src/core/model";

/** The sexes of the rows' breakdowns, as typed in a French workbook. */
export declare const SEXES: readonly string[];

/** The rows of `plan` (parsed) for `years`, and its indicators made quarterly by sex and region. */
export declare function nationalValues(
  plan: Plan,
  years: readonly number[]
): { indicators: Indicator[]; values: IndicatorValue[] };
