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
 */
import { DIRECTIONS, type Direction } from "../model";
import { listValue } from "../template/tables";
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
