/**
 * Submission states, per focal point and reporting year (tblSubmissions): a
 * copy is a draft until its focal point submits it (its stamp's submitted-at,
 * src/core/tables/meta.ts); once imported it is submitted, then the TMU
 * accepts it or returns it with a comment. An accepted period is locked: an
 * import that would change anything for that focal point and year is refused
 * until the TMU reopens it (back to submitted).
 */
import type { Plan, Submission, SubmissionState } from "../model";

/** The state of a focal point's year: its last Submissions row's, or undefined when nothing came. */
export function stateOf(plan: Plan, focalPoint: string, year: number): SubmissionState | undefined {
  return plan.submissions.filter((s) => s.focalPoint === focalPoint && s.year === year).at(-1)
    ?.state;
}

/** Whether a focal point's year is accepted (locked against imports). */
export function isLocked(plan: Plan, focalPoint: string, year: number): boolean {
  return stateOf(plan, focalPoint, year) === "accepted";
}

export type Verdict = "accept" | "return" | "reopen";

/** Why a decision cannot be made: nothing submitted, already so, accepted (reopen first), not accepted. */
export type DecisionRefused = "nothing-submitted" | "already" | "reopen-first" | "not-accepted";

export type Decided =
  | { ok: true; plan: Plan; from: SubmissionState; to: SubmissionState }
  | { ok: false; why: DecisionRefused; state?: SubmissionState };

const TO: Record<Verdict, SubmissionState> = {
  accept: "accepted",
  return: "returned",
  reopen: "submitted",
};

/**
 * The TMU's decision on a focal point's year: every Submissions row of that
 * focal point and year takes the new state (and the comment, when given).
 * Pure: the plan given is not changed.
 */
export function decide(
  plan: Plan,
  focalPoint: string,
  year: number,
  decision: Verdict,
  comment?: string
): Decided {
  const from = stateOf(plan, focalPoint, year);
  if (!from) return { ok: false, why: "nothing-submitted" };
  const to = TO[decision];
  if (decision === "reopen" && from !== "accepted")
    return { ok: false, why: "not-accepted", state: from };
  if (decision === "return" && from === "accepted")
    return { ok: false, why: "reopen-first", state: from };
  if (from === to && decision !== "return") return { ok: false, why: "already", state: from };
  const submissions: Submission[] = plan.submissions.map((s) =>
    s.focalPoint === focalPoint && s.year === year
      ? { ...s, state: to, comment: comment ?? (decision === "reopen" ? s.comment : undefined) }
      : s
  );
  return { ok: true, plan: { ...plan, submissions }, from, to };
}
