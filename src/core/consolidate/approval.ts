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

/**
 * A file of another year cannot change an accepted one either: in a focal
 * point's file for `year`, every value of its other accepted years
 * (indicator targets and actuals, budget lines of that year) is put back to
 * the national one before merging, and those years are named when something
 * was put back. Value rows (tblValues) are left to the merge, which names
 * each row of a locked year it leaves alone. Pure: the plans given are not changed.
 */
export function keepAcceptedYears(
  national: Plan,
  incoming: Plan,
  focalPoint: string,
  year: number
): { plan: Plan; leftOut: number[] } {
  const locked = [...new Set(national.submissions.map((s) => s.year))].filter(
    (y) => y !== year && isLocked(national, focalPoint, y)
  );
  if (!locked.length) return { plan: incoming, leftOut: [] };
  const inLocked = (y: number) => locked.includes(y);
  const byCode = <T extends { code: string }>(xs: T[]) => new Map(xs.map((x) => [x.code, x]));
  const nInd = byCode(national.indicators);
  const nAct = byCode(national.actions);
  const plan: Plan = {
    ...incoming,
    indicators: incoming.indicators.map((i) => {
      const n = nInd.get(i.code);
      const from = (mine: typeof i.targets, theirs: typeof i.targets | undefined) => [
        ...mine.filter((v) => !inLocked(v.year)),
        ...(theirs ?? []).filter((v) => inLocked(v.year)),
      ];
      return { ...i, targets: from(i.targets, n?.targets), actuals: from(i.actuals, n?.actuals) };
    }),
    actions: incoming.actions.map((a) => ({
      ...a,
      budget: [
        ...a.budget.filter((l) => !inLocked(l.year)),
        ...(nAct.get(a.code)?.budget ?? []).filter((l) => inLocked(l.year)),
      ],
    })),
  };
  // A year is named when the file held something else for it than the national workbook.
  const slice = (p: Plan, y: number) =>
    JSON.stringify([
      p.indicators
        .map((i) => [
          i.code,
          i.targets.filter((v) => v.year === y).sort((a, b) => a.year - b.year),
          i.actuals.filter((v) => v.year === y),
        ])
        .filter(([, t, a]) => (t as unknown[]).length || (a as unknown[]).length)
        .sort(),
      p.actions
        .map((a) => [a.code, a.budget.filter((l) => l.year === y)])
        .filter(([, b]) => (b as unknown[]).length)
        .sort(),
    ]);
  const leftOut = locked.filter((y) => slice(incoming, y) !== slice(plan, y)).sort();
  return { plan, leftOut };
}
