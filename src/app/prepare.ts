/**
 * The focal point's copy of the national workbook: the TMU prepares one per
 * focal point (stamped with the focal point, the reporting year and a fresh
 * copy id, src/core/tables/meta.ts), the focal point fills in its own rows
 * and submits it (the stamp's submitted-at), the TMU imports it
 * (src/app/consolidate.ts), which reads who sent it from the stamp.
 *
 * In a copy, the focal point's own rows are the ones to fill in: on the
 * protected Indicators sheet, the entry cells of indicators another
 * stakeholder is responsible for are locked (own and unowned ones stay
 * open); on the Operational plan and Budget sheets, which stay unprotected
 * so that new actions and budget lines can be added, the rows another
 * stakeholder leads are shaded amber. A change to them still reaches the
 * TMU, as a proposal (a conflict), never as an update.
 */
import { t } from "../core/i18n";
import type { CopyStamp, Lang, Plan } from "../core/model";
import { buildWorkbookPlan } from "../core/template/build";
import { readForRewrite, writeKept } from "./create";
import type { WorkbookPort, Written } from "./port";

/** The workbook is a focal point's copy where the national one is expected (prepare), or the reverse (submit). */
export class CopyRefused extends Error {
  constructor(
    readonly why: "is-copy" | "not-copy",
    message: string
  ) {
    super(message);
    this.name = "CopyRefused";
  }
}

/** Codes the national plan does not know as stakeholders (each named), in the order given. */
export function unknownFocalPoints(national: Plan, codes: string[]): string[] {
  const known = new Set(national.stakeholders.map((s) => s.code));
  return [...new Set(codes)].filter((c) => !known.has(c));
}

/** A copy's file name: the focal point's code and the reporting year. */
export function copyFileName(focalPoint: string, year: number): string {
  return `NAP1325-${focalPoint}-${year}.xlsx`;
}

/** A fresh copy id: the focal point, the year and 12 random hex digits. */
export function newCopyId(focalPoint: string, year: number): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${focalPoint}-${year}-${hex}`;
}

export interface Prepared {
  written: Written;
  stamp: CopyStamp;
  /** The focal point's own rows: actions it leads, indicators it is responsible for. */
  own: { actions: number; indicators: number };
  /** Other stakeholders' rows, marked (actions) or locked (indicators). */
  others: { actions: number; indicators: number };
}

/**
 * Turn a workbook holding the national plan into a focal point's copy for a
 * reporting year: stamped, its own rows open, others' locked or marked.
 * Every typed cell is kept as typed (writeKept). The code must be one of the
 * plan's stakeholders (see unknownFocalPoints); a workbook that is itself a
 * copy is refused.
 */
export async function prepareCopy(
  port: WorkbookPort,
  options: { focalPoint: string; year: number; copyId: string; now: string; lang: Lang }
): Promise<Prepared> {
  const stamp: CopyStamp = {
    copyId: options.copyId,
    focalPoint: options.focalPoint,
    year: options.year,
    preparedAt: options.now,
  };
  let own = { actions: 0, indicators: 0 };
  let others = { actions: 0, indicators: 0 };
  const written = await writeKept(port, options.lang, (values) => {
    const read = readForRewrite(values, options.lang);
    if (read.plan.stamp)
      throw new CopyRefused(
        "is-copy",
        t(options.lang, "cycle.isCopy", { code: read.plan.stamp.focalPoint })
      );
    if (unknownFocalPoints(read.plan, [options.focalPoint]).length)
      throw new CopyRefused(
        "not-copy",
        t(options.lang, "cycle.unknownCodes", { codes: options.focalPoint })
      );
    const plan: Plan = { ...read.plan, stamp };
    own = {
      actions: plan.actions.filter((a) => a.lead === options.focalPoint).length,
      indicators: plan.indicators.filter((i) => i.responsible === options.focalPoint).length,
    };
    others = {
      actions: plan.actions.filter((a) => a.lead !== options.focalPoint).length,
      indicators: plan.indicators.filter(
        (i) => i.responsible !== undefined && i.responsible !== options.focalPoint
      ).length,
    };
    return buildWorkbookPlan(plan, read.lang);
  });
  return { written, stamp, own, others };
}

/**
 * The focal point submits its copy: the stamp's submitted-at is set to `now`
 * (ISO), the one time the TMU's import counts for timeliness. Submitting
 * again moves it (the TMU takes the latest). A workbook without a copy stamp
 * is refused: only a prepared copy can be submitted.
 */
export async function submitCopy(
  port: WorkbookPort,
  options: { now: string; lang: Lang }
): Promise<{ written: Written; stamp: CopyStamp; before?: string }> {
  let stamp: CopyStamp | undefined;
  let before: string | undefined;
  const written = await writeKept(port, options.lang, (values) => {
    const read = readForRewrite(values, options.lang);
    if (!read.plan.stamp) throw new CopyRefused("not-copy", t(options.lang, "cycle.notCopy"));
    before = read.plan.stamp.submittedAt;
    stamp = { ...read.plan.stamp, submittedAt: options.now };
    return buildWorkbookPlan({ ...read.plan, stamp }, read.lang);
  });
  return { written, stamp: stamp!, before };
}
