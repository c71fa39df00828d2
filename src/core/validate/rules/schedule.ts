/**
 * refsheets (issue 14): actions planned in time and tied to results, and the
 * indicators' reference sheets.
 *
 * - An action's Start and End are kept as typed; read as a year and quarter
 *   ("2021-Q3", "2021 T3", "Q3 2021", "T3-2021", or a year alone: its first
 *   quarter for a start, its last for an end). A cell that reads as neither is
 *   named (a warning: it is kept), one outside the plan's period and an end
 *   before its start are errors.
 * - The indicators an action serves beyond its output's are codes of the
 *   plan's indicators.
 * - A reference sheet's code is an indicator of the plan (a sheet kept after
 *   its indicator went is named).
 * - Assumptions are written on a result's row of the framework (on another
 *   row a rewrite would refuse them: said here first).
 */
import { codeKey } from "../../calc";
import { listLabel } from "../../vocabulary";
import type { Check } from "../context";

/** A point in time as a quarter: year and quarter (1-4), null quarter for a year alone. */
export interface YearQuarter {
  year: number;
  quarter: number | null;
}

/** Read a typed start or end: a year and quarter, in English or French, or a year alone. */
export function parseYearQuarter(text: string): YearQuarter | undefined {
  const s = text.trim();
  const year = /^(\d{4})$/.exec(s);
  if (year) return { year: Number(year[1]), quarter: null };
  const yq = /^(\d{4})\s*[-/ ]?\s*[QT]([1-4])$/i.exec(s);
  if (yq) return { year: Number(yq[1]), quarter: Number(yq[2]) };
  const qy = /^[QT]([1-4])\s*[-/ ]?\s*(\d{4})$/i.exec(s);
  if (qy) return { year: Number(qy[2]), quarter: Number(qy[1]) };
  return undefined;
}

/** Quarters since year 0: a year alone counts as its first quarter (a start) or its last (an end). */
export const quarterIndex = (p: YearQuarter, as: "start" | "end"): number =>
  p.year * 4 + (p.quarter ?? (as === "start" ? 1 : 4)) - 1;

export const checkSchedule: Check = (c, tables, env) => {
  const [start, end] = [env.years[0], env.years[env.years.length - 1]];
  const indicatorCodes = new Set(
    tables.indicators
      .map((r) => r.text("code"))
      .filter((x): x is string => !!x)
      .map(codeKey)
  );
  const knowIndicators = !env.unread.has("indicators");

  for (const r of tables.actions) {
    const at: Partial<Record<"start" | "end", YearQuarter>> = {};
    for (const key of ["start", "end"] as const) {
      const typed = r.text(key);
      if (typed === undefined) continue;
      const p = parseYearQuarter(typed);
      if (!p) {
        c.add(r, key, "warning", "schedule.unread", "v.scheduleUnread", { value: typed });
      } else if (p.year < start || p.year > end) {
        c.add(r, key, "error", "schedule.outside-period", "v.scheduleOutside", {
          value: typed,
          start,
          end,
        });
      } else at[key] = p;
    }
    if (at.start && at.end && quarterIndex(at.end, "end") < quarterIndex(at.start, "start"))
      c.add(r, "end", "error", "schedule.end-before-start", "v.endBeforeStart", {
        start: r.text("start") ?? "",
        end: r.text("end") ?? "",
      });
    if (knowIndicators)
      for (const code of r.codes("indicators"))
        if (!indicatorCodes.has(codeKey(code)))
          c.add(r, "indicators", "error", "schedule.unknown-indicator", "v.actionIndicator", {
            code,
          });
  }

  if (knowIndicators && !env.unread.has("refs"))
    for (const r of tables.refs) {
      const code = r.text("code");
      if (code && !indicatorCodes.has(codeKey(code)))
        c.add(r, "code", "error", "refs.unknown-indicator", "v.refIndicator", { code });
    }

  if (!env.unread.has("framework"))
    for (const r of tables.framework) {
      const level = r.list("level", "frameworkLevel");
      if (r.text("assumptions") !== undefined && level !== undefined && level !== "result")
        c.add(
          r,
          "assumptions",
          "warning",
          "framework.assumption-not-result",
          "v.assumptionNotResult",
          {
            level: listLabel(c.lang, "frameworkLevel", level).toLowerCase(),
          }
        );
    }
};
