/**
 * Completeness of reporting, as DHIS2 defines it: reporting rate = reports
 * received / reports expected; on-time rate = reports received by the
 * deadline / reports expected. Expected reporters are the National
 * Monitoring Committee members and the regions that report (or a list the
 * TMU gives).
 */
import type { Plan, SubmissionState } from "../model";
import { stateOf } from "./approval";

export interface Completeness {
  year: number;
  expected: string[];
  submitted: string[];
  onTime: string[];
  late: string[];
  missing: string[];
  /** Percentages, 0-100, or null when nobody is expected. */
  reportingRate: number | null;
  onTimeRate: number | null;
  /** Where each submitted focal point's year stands with the TMU (submitted, accepted, returned). */
  states: Record<string, SubmissionState>;
}

/**
 * Regional plans (issue 19.2): the regions that report (a region with a
 * Submissions row, any year: it is in the regional cycle) are expected
 * reporters beside the committee members, in the plan's order of regions.
 */
export function reportingRegions(plan: Plan): Plan["regions"] {
  const reported = new Set(plan.submissions.map((s) => s.focalPoint));
  const stakeholders = new Set(plan.stakeholders.map((s) => s.code));
  return plan.regions.filter((r) => reported.has(r.code) && !stakeholders.has(r.code));
}

export function completeness(
  plan: Plan,
  year: number,
  deadline?: string,
  expected?: string[]
): Completeness {
  const exp = expected ?? [
    ...plan.stakeholders.filter((s) => s.committee).map((s) => s.code),
    ...reportingRegions(plan).map((r) => r.code),
  ];
  const expSet = new Set(exp);
  const subs = plan.submissions.filter((s) => s.year === year && expSet.has(s.focalPoint));
  const first = new Map<string, string>();
  for (const s of subs) {
    const prev = first.get(s.focalPoint);
    if (!prev || s.submittedAt < prev) first.set(s.focalPoint, s.submittedAt);
  }
  const submitted = exp.filter((c) => first.has(c));
  const due = (code: string) =>
    deadline ?? subs.find((s) => s.focalPoint === code && s.deadline)?.deadline;
  const onTime = submitted.filter((c) => {
    const d = due(c);
    return d === undefined || first.get(c)!.slice(0, 10) <= d.slice(0, 10);
  });
  const rate = (n: number) => (exp.length ? (100 * n) / exp.length : null);
  return {
    year,
    expected: exp,
    submitted,
    onTime,
    late: submitted.filter((c) => !onTime.includes(c)),
    missing: exp.filter((c) => !first.has(c)),
    reportingRate: rate(submitted.length),
    onTimeRate: rate(onTime.length),
    states: Object.fromEntries(submitted.map((c) => [c, stateOf(plan, c, year) ?? "submitted"])),
  };
}
