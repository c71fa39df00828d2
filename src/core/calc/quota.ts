/**
 * The quota of Law 2015-052 (Mali, 18 December 2015): at least 30% of
 * either sex in nominated and elected positions. The share of women and
 * whether the minimum is met.
 *
 * One file, both halves: `quotaCheck` (TypeScript) and `quotaFormula` /
 * `quotaMetFormula` (native Excel formulas). The native ones give #N/A for
 * a missing count and #DIV/0! for a total of 0, as the calculation does;
 * they cannot refuse text or a count of women above the total (#VALUE! in
 * the calculation).
 */
import type { MessageKey } from "../i18n";
import { notNumber } from "./native";
import { fail, numberArg, ratio, type CellValue } from "./values";

/** The minimum share of women, Law 2015-052. */
export const QUOTA_MINIMUM = 0.3;

export interface Quota {
  /** Women over total, 0 to 1. */
  share: number;
  /** The share reaches the minimum (to 12 decimal places: 3 of 10 meets 30%). */
  met: boolean;
}

/**
 * Women over total, and whether it reaches `minimum` (0.30 by default).
 * Errors: text, a negative, women above total -> #VALUE!; a minimum
 * outside 0..1 -> #NUM!; a total of 0 -> #DIV/0!; a missing count -> #N/A.
 */
export function quotaCheck(
  women: CellValue,
  total: CellValue,
  minimum: CellValue = QUOTA_MINIMUM
): Quota {
  const w = count(women, "cf.arg.women");
  const n = count(total, "cf.arg.total");
  const min = numberArg(minimum, "cf.arg.minimum") ?? QUOTA_MINIMUM;
  if (min < 0 || min > 1) fail("#NUM!", "cf.err.minimum", { value: String(minimum) });
  if (w > n) fail("#VALUE!", "cf.err.moreWomen", { women: w, total: n });
  const share = ratio(w, n, "cf.err.zeroPeople");
  return { share, met: share >= min - QUOTA_TOLERANCE };
}

function count(v: CellValue, name: "cf.arg.women" | "cf.arg.total"): number {
  const x = numberArg(v, name);
  if (x === null) return fail("#N/A", "cf.err.missing", { what: { key: name } });
  if (x < 0) fail("#VALUE!", "cf.err.notCount", { range: { key: name }, value: String(v) });
  return x;
}

/** Within this much, a share reaches the minimum (3 of 10 meets 30%). */
export const QUOTA_TOLERANCE = 1e-12;

const guarded = (women: string, total: string, body: string) =>
  `IF(OR(${notNumber(women)},${notNumber(total)}),NA(),${body})`;

/** quotaCheck's share as a native formula: women over total. */
export const quotaFormula = (women: string, total: string): string =>
  guarded(women, total, `${women}/${total}`);

/** quotaCheck's flag as a native formula: the share reaches the minimum (within QUOTA_TOLERANCE). */
export const quotaMetFormula = (
  women: string,
  total: string,
  minimum: string = String(QUOTA_MINIMUM)
): string =>
  guarded(women, total, `${women}/${total}>=${minimum}-${String(QUOTA_TOLERANCE).toUpperCase()}`);

/** The measure's wording: the messages its errors give. */
export const QUOTA_WORDING = {
  errors: ["cf.err.moreWomen", "cf.err.zeroPeople", "cf.err.minimum", "cf.err.missing"],
} as const satisfies { errors: readonly MessageKey[] };
