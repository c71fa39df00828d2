/**
 * Progress toward target, direction-aware, and on-track.
 *
 * increase / decrease, target beyond the baseline in the indicator's
 * direction: (actual - baseline) / (target - baseline): 0 at the baseline,
 * 1 at the target, above 1 beyond it, negative when the indicator moved
 * away from its target (a fall is never success for an increase).
 * A target already reached at the baseline (an increase target at or below
 * it, a decrease target at or above it: `isHeldTarget`) is a level to hold:
 * 1 while the actual is at or beyond it, else minus the shortfall as a
 * share of the target. The cabinet: 34.4% women, a 30% quota, 23.7% now:
 * (23.7 - 30) / 30 = -21%, off track.
 * maintain: 1 when the actual is within `tolerance` (a fraction of the
 * target, MAINTAIN_TOLERANCE by default) of the target, else 0; the
 * baseline is not needed.
 * A missing value (null) gives null: there is nothing to say.
 * The actual and target are the indicator's aggregated ones (latest.ts).
 *
 * On track: see `onTrack` (negative progress is off track; the year's
 * target with a tolerance band when typed; else the share of the period
 * elapsed).
 *
 * One file, both halves: `progressToTarget` and `onTrack` (TypeScript) and
 * `progressFormula` and `onTrackFormula` (the native Excel formulas of the
 * Indicator progress sheet). The native progress is #N/A where the
 * calculation gives null (NAP.PROGRESS gives #N/A too); a summary shows a
 * blank.
 */
import { fold, t, type MessageKey } from "../i18n";
import { DIRECTIONS, type Aggregation, type Direction, type Lang } from "../model";
import { listValue } from "../template/tables";
import { aggregateOf, latestOf, targetFor, yearTargetOf, type YearValue } from "./latest";
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
  const up = direction === "increase";
  // The target lies beyond the baseline in the indicator's direction: along baseline -> target.
  if (up ? target > baseline : target < baseline) return (actual - baseline) / (target - baseline);
  // Already reached at the baseline: a target to hold.
  return heldProgress(actual, target, up);
}

/**
 * A target already reached at the baseline (an increase target at or below
 * the baseline, a decrease target at or above it) is a level to hold: 1
 * while the actual is at or beyond it, else minus the shortfall as a share
 * of the target (-1 for a target of 0).
 */
function heldProgress(actual: number, target: number, up: boolean): number {
  if (up ? actual >= target : actual <= target) return 1;
  if (target === 0) return -1;
  return (up ? actual - target : target - actual) / Math.abs(target);
}

/**
 * A target on the wrong side of the baseline for its direction (an increase
 * target at or below the baseline, a decrease target at or above it): it
 * was already reached when the plan began, and progress reads it as a level
 * to hold. For the check to report.
 */
export function isHeldTarget(
  baseline: number | null,
  target: number | null,
  direction: Direction
): boolean {
  if (direction === "maintain" || baseline === null || target === null) return false;
  return direction === "increase" ? target <= baseline : target >= baseline;
}

/** Direction words a planner types besides the list's labels, folded (case and accents ignored). */
const DIRECTION_SYNONYMS: Record<string, Direction> = {
  up: "increase",
  rise: "increase",
  higher: "increase",
  augmentation: "increase",
  hausse: "increase",
  croissance: "increase",
  down: "decrease",
  fall: "decrease",
  lower: "decrease",
  reduction: "decrease",
  diminution: "decrease",
  baisse: "decrease",
  maintenir: "maintain",
  stable: "maintain",
};

/** A direction in French or English ("Baisse" = "decrease"); blank -> "increase"; unknown -> #VALUE!. */
export function directionOf(v: CellValue): Direction {
  if (isBlank(v)) return "increase";
  const d =
    typeof v === "string"
      ? (listValue("direction", v) ?? DIRECTION_SYNONYMS[fold(v).replace(/[^a-z]/g, "")])
      : undefined;
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
  const up = direction === "increase";
  const along = `${tg}${up ? ">" : "<"}${b}`;
  const held = `IF(${a}${up ? ">=" : "<="}${tg},1,IF(${tg}=0,-1,(${up ? `${a}-${tg}` : `${tg}-${a}`})/ABS(${tg})))`;
  return `IF(${missing},NA(),IF(${along},(${a}-${b})/(${tg}-${b}),${held}))`;
}

export type TrackStatus = "onTrack" | "offTrack" | "noData";

/** How each status is written on the sheet. */
export const TRACK_LABELS: Record<TrackStatus, MessageKey> = {
  onTrack: "progress.onTrack",
  offTrack: "progress.offTrack",
  noData: "progress.noData",
};

/**
 * What the Indicator progress sheet shows: the status, or "To check" where
 * a value cell is wrong for the indicator's measure
 * (src/core/calc/entries.ts): no confident status on figures the check
 * refuses.
 */
export type ShownStatus = TrackStatus | "toCheck";
export const SHOWN_LABELS: Record<ShownStatus, MessageKey> = {
  ...TRACK_LABELS,
  toCheck: "progress.toCheck",
};

/** The status shown, given the count of entries to check. */
export const shownStatus = (status: TrackStatus, toCheck: number): ShownStatus =>
  toCheck > 0 ? "toCheck" : status;

/**
 * The tolerance band around a year's target: an increase is on track from
 * 85% of the year's target up (TolaData's 85-115% band, open above), a
 * decrease up to 115% of it; an indicator to maintain within
 * MAINTAIN_TOLERANCE of it.
 */
export const TRACK_BAND = 0.15;

/** The year's figures on-track compares: the latest year's actual and the target typed for that year. */
export interface YearCheck {
  actual: number | null;
  target: number | null;
  direction: Direction;
}

/** The actual is within the band of the year's target (see TRACK_BAND). */
export function withinBand(actual: number, target: number, direction: Direction): boolean {
  if (direction === "maintain")
    return Math.abs(actual - target) <= MAINTAIN_TOLERANCE * Math.abs(target);
  return direction === "increase"
    ? actual >= target - TRACK_BAND * Math.abs(target)
    : actual <= target + TRACK_BAND * Math.abs(target);
}

/**
 * On track or not, in this order:
 * - no progress (no baseline, actual or target): no data;
 * - negative progress (the indicator moved away from its target, or fell
 *   short of a target to hold): off track, whatever else holds;
 * - a target typed for the year of the latest actual (`year`): on track
 *   when that year's actual is within the band of that year's target;
 * - else: on track when progress keeps pace with the share of the period
 *   `years` elapsed by `latestYear`.
 */
export function onTrack(
  progress: number | null,
  latestYear: number | null,
  years: readonly number[],
  year?: YearCheck
): TrackStatus {
  if (progress === null) return "noData";
  if (progress < 0) return "offTrack";
  if (year && year.actual !== null && year.target !== null)
    return withinBand(year.actual, year.target, year.direction) ? "onTrack" : "offTrack";
  const elapsed = latestYear === null ? 0 : (latestYear - years[0] + 1) / years.length;
  return progress >= elapsed ? "onTrack" : "offTrack";
}

/** withinBand as a native formula over the actual's and target's cells. */
export function bandFormula(actual: string, target: string, direction: Direction): string {
  if (direction === "maintain")
    return `ABS(${actual}-${target})<=${MAINTAIN_TOLERANCE}*ABS(${target})`;
  return direction === "increase"
    ? `${actual}>=${target}-${TRACK_BAND}*ABS(${target})`
    : `${actual}<=${target}+${TRACK_BAND}*ABS(${target})`;
}

/**
 * onTrack as a native formula giving the status's label in `lang`; `year`
 * holds the cells of the latest year's actual and that year's target.
 */
export function onTrackFormula(
  progress: string,
  latestYear: string,
  years: readonly number[],
  lang: Lang,
  year?: { actual: string; target: string; direction: Direction }
): string {
  const label = (s: TrackStatus) => literal(t(lang, TRACK_LABELS[s]));
  const [on, off] = [label("onTrack"), label("offTrack")];
  const elapsed = `IF(ISNUMBER(${latestYear}),(${latestYear}-${years[0] - 1})/${years.length},0)`;
  const pace = `IF(${progress}>=${elapsed},${on},${off})`;
  const body = year
    ? `IF(AND(ISNUMBER(${year.actual}),ISNUMBER(${year.target})),IF(${bandFormula(year.actual, year.target, year.direction)},${on},${off}),${pace})`
    : pace;
  return `IF(${notNumber(progress)},${label("noData")},IF(${progress}<0,${off},${body}))`;
}

/** An indicator's figures as the indicators table holds them: one cell per plan year. */
export interface IndicatorFigures {
  baseline: number | null;
  actuals: readonly YearValue[];
  targets: readonly YearValue[];
  endTarget: CellValue;
  direction: Direction;
  aggregation: Aggregation;
  /** The plan years, in order (the period on-track measures elapsed time in). */
  years: readonly number[];
}

/**
 * Every figure of an indicator's row on the Indicator progress sheet: the
 * latest actual and its year, the actual and target compared (by
 * aggregation), the year's target, progress and on-track. One composition
 * for the TypeScript summary and NAP.ONTRACK.
 */
export function indicatorProgress(f: IndicatorFigures) {
  const latest = latestOf(f.actuals);
  const actual = aggregateOf(f.actuals, f.aggregation);
  const target = targetFor(f.endTarget, f.targets, f.aggregation);
  const yearTarget = yearTargetOf(f.targets, latest?.year ?? null);
  const progress = progressToTarget(f.baseline, actual, target, f.direction);
  const status = onTrack(progress, latest?.year ?? null, f.years, {
    actual: latest?.value ?? null,
    target: yearTarget,
    direction: f.direction,
  });
  return { latest, actual, target, yearTarget, progress, status };
}

/** The measure's wording: its summary headers, status labels and the messages its errors give. */
export const PROGRESS_WORDING = {
  headers: ["sum.progress", "col.status"],
  labels: Object.values(SHOWN_LABELS),
  errors: ["cf.err.direction", "cf.err.missing", "cf.err.notNumber"],
} as const satisfies {
  headers: readonly MessageKey[];
  labels: readonly MessageKey[];
  errors: readonly MessageKey[];
};
