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

type FocalPointKind = NonNullable<CopyStamp["focalPointKind"]>;
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

/**
 * Whose code a focal point is: a stakeholder's, a region's (tblRegions:
 * regional and local plans), or undefined when the national plan knows it as
 * neither, or as both (a region's code that is also a stakeholder's is
 * ambiguous: refused rather than guessed).
 */
export function focalPointKindOf(national: Plan, code: string): FocalPointKind | undefined {
  const stakeholder = national.stakeholders.some((s) => s.code === code);
  const region = national.regions.some((r) => r.code === code);
  return stakeholder === region ? undefined : stakeholder ? "stakeholder" : "region";
}

/** Codes the national plan does not know as stakeholders nor regions (each named), in the order given. */
export function unknownFocalPoints(national: Plan, codes: string[]): string[] {
  return [...new Set(codes)].filter((c) => !focalPointKindOf(national, c));
}

/**
 * A region's copy: the national framework whole, and of the operational plan
 * only the actions that concern the region (their regions include it), with
 * their budget lines; so the copy's summaries are the region's. Pure.
 */
export function regionalPlan(plan: Plan, region: string): Plan {
  return { ...plan, actions: plan.actions.filter((a) => a.regions.includes(region)) };
}

/** Whether a region owns an action: it concerns that region only. */
export const regionOwns = (a: { regions: string[] }, region: string): boolean =>
  a.regions.length === 1 && a.regions[0] === region;

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
  /** The focal point's own rows: actions it leads (a region: that concern it only), indicators it is responsible for. */
  own: { actions: number; indicators: number };
  /** Other stakeholders' rows, marked (actions) or locked (indicators). */
  others: { actions: number; indicators: number };
  /** A region's copy: the national plan's actions left out (they do not concern the region). */
  leftOut: number;
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
  let stamp: CopyStamp | undefined;
  let own = { actions: 0, indicators: 0 };
  let others = { actions: 0, indicators: 0 };
  let leftOut = 0;
  const written = await writeKept(
    port,
    options.lang,
    (values) => {
      const read = readForRewrite(values, options.lang);
      if (read.plan.stamp)
        throw new CopyRefused(
          "is-copy",
          t(options.lang, "cycle.isCopy", { code: read.plan.stamp.focalPoint })
        );
      const kind = focalPointKindOf(read.plan, options.focalPoint);
      if (!kind)
        throw new CopyRefused(
          "not-copy",
          t(options.lang, "cycle.unknownCodesRegions", { codes: options.focalPoint })
        );
      stamp = {
        copyId: options.copyId,
        focalPoint: options.focalPoint,
        focalPointKind: kind,
        year: options.year,
        preparedAt: options.now,
      };
      const code = options.focalPoint;
      const region = kind === "region";
      const plan: Plan = { ...(region ? regionalPlan(read.plan, code) : read.plan), stamp };
      leftOut = read.plan.actions.length - plan.actions.length;
      const owns = (a: Plan["actions"][number]) => (region ? regionOwns(a, code) : a.lead === code);
      own = {
        actions: plan.actions.filter(owns).length,
        indicators: region ? 0 : plan.indicators.filter((i) => i.responsible === code).length,
      };
      others = {
        actions: plan.actions.filter((a) => !owns(a)).length,
        indicators: plan.indicators.filter(
          (i) => i.responsible !== undefined && (region || i.responsible !== code)
        ).length,
      };
      return buildWorkbookPlan(plan, read.lang);
    },
    { why: "refresh-kept", extract: true }
  );
  return { written, stamp: stamp!, own, others, leftOut };
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
