/**
 * The quota of Law 2015-052 (Mali, 18 December 2015): at least 30% of
 * either sex in nominated and elected positions. The share of women and
 * whether the minimum is met.
 */
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
  return { share, met: share >= min - 1e-12 };
}

function count(v: CellValue, name: "cf.arg.women" | "cf.arg.total"): number {
  const x = numberArg(v, name);
  if (x === null) return fail("#N/A", "cf.err.missing", { what: { key: name } });
  if (x < 0) fail("#VALUE!", "cf.err.notCount", { range: { key: name }, value: String(v) });
  return x;
}
