/**
 * Progress toward target, direction-aware.
 *
 * increase / decrease: (actual - baseline) / (target - baseline), which for
 * an indicator that should fall is (baseline - actual) / (baseline - target):
 * 0 at the baseline, 1 at the target, above 1 beyond it, negative when the
 * indicator moved the wrong way. When the target equals the baseline:
 * 1 if the actual equals the target, else 0.
 * maintain: 1 when the actual is within `tolerance` (a fraction of the
 * target, MAINTAIN_TOLERANCE by default) of the target, else 0; the
 * baseline is not needed.
 * A missing value (null) gives null: there is nothing to say.
 *
 * On track: progress keeps pace with the share of the plan period elapsed
 * by the year of the latest actual; "no data" when there is no progress.
 *
 * One file, both halves: `progressToTarget` and `onTrack` (TypeScript) and
 * `progressFormula` and `onTrackFormula` (the native Excel formulas of the
 * Indicator progress sheet). The native progress is #N/A where the
 * calculation gives null (NAP.PROGRESS gives #N/A too); a summary shows a
 * blank.
 */
import { t, type MessageKey } from "../i18n";
import { DIRECTIONS, type Direction, type Lang } from "../model";
import { listValue } from "../template/tables";
import { literal, notNumber } from "./native";
import { fail, isBlank, type CellValue } from "./values";

/** An indicator to maintain is on target within this fraction of its target (5%). */
export const MAINTAIN_TOLERANCE = 0.05;

export function progressToTarget(
  baseline: number | null,
  actual: number | null,
  target: number | null,
  direction: Direction,
  tolerance: number = MAINTAIN_TOLERANCE
): number | null {
  if (direction === "maintain") {
    if (actual === null || target === null) return null;
    return Math.abs(actual - target) <= tolerance * Math.abs(target) ? 1 : 0;
  }
  if (baseline === null || actual === null || target === null) return null;
  if (target === baseline) return actual === target ? 1 : 0;
  return (actual - baseline) / (target - baseline);
}

/** A direction in French or English ("Baisse" = "decrease"); blank -> "increase"; unknown -> #VALUE!. */
export function directionOf(v: CellValue): Direction {
  if (isBlank(v)) return "increase";
  const d = typeof v === "string" ? listValue("direction", v) : undefined;
  return (
    (d as Direction | undefined) ??
    fail("#VALUE!", "cf.err.direction", {
      value: String(v),
      list: { list: DIRECTIONS, of: "direction" },
    })
  );
}

/**
 * progressToTarget as a native formula over cell expressions (numbers, or
 * anything else for "missing"); the direction is the indicator's, known
 * when the formula is written. #N/A where the calculation gives null.
 */
export function progressFormula(
  baseline: string,
  actual: string,
  target: string,
  direction: Direction,
  tolerance: number = MAINTAIN_TOLERANCE
): string {
  const [b, a, tg] = [baseline, actual, target];
  if (direction === "maintain") {
    return `IF(OR(${notNumber(a)},${notNumber(tg)}),NA(),IF(ABS(${a}-${tg})<=${tolerance}*ABS(${tg}),1,0))`;
  }
  const missing = `OR(${notNumber(b)},${notNumber(a)},${notNumber(tg)})`;
  return `IF(${missing},NA(),IF(${tg}=${b},IF(${a}=${tg},1,0),(${a}-${b})/(${tg}-${b})))`;
}

export type TrackStatus = "onTrack" | "offTrack" | "noData";

/** How each status is written on the sheet. */
export const TRACK_LABELS: Record<TrackStatus, MessageKey> = {
  onTrack: "progress.onTrack",
  offTrack: "progress.offTrack",
  noData: "progress.noData",
};

/**
 * On track when progress keeps pace with the share of the period `years`
 * elapsed by `latestYear` (the year of the latest actual), off track
 * otherwise, no data without progress.
 */
export function onTrack(
  progress: number | null,
  latestYear: number | null,
  years: readonly number[]
): TrackStatus {
  if (progress === null) return "noData";
  const elapsed = latestYear === null ? 0 : (latestYear - years[0] + 1) / years.length;
  return progress >= elapsed ? "onTrack" : "offTrack";
}

/** onTrack as a native formula giving the status's label in `lang`. */
export function onTrackFormula(
  progress: string,
  latestYear: string,
  years: readonly number[],
  lang: Lang
): string {
  const label = (s: TrackStatus) => literal(t(lang, TRACK_LABELS[s]));
  const elapsed = `IF(ISNUMBER(${latestYear}),(${latestYear}-${years[0] - 1})/${years.length},0)`;
  return `IF(${notNumber(progress)},${label("noData")},IF(${progress}>=${elapsed},${label("onTrack")},${label("offTrack")}))`;
}

/** The measure's wording: its summary headers, status labels and the messages its errors give. */
export const PROGRESS_WORDING = {
  headers: ["sum.progress", "col.status"],
  labels: Object.values(TRACK_LABELS),
  errors: ["cf.err.direction", "cf.err.missing", "cf.err.notNumber"],
} as const satisfies {
  headers: readonly MessageKey[];
  labels: readonly MessageKey[];
  errors: readonly MessageKey[];
};
