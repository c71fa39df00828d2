/**
 * Is a submission a copy of this national plan? Its plan id, country and
 * period must be the national workbook's: a workbook of another plan (another
 * country's NAP with the same codes, an earlier plan) is refused by name,
 * never merged.
 */
import { t } from "../i18n";
import type { Lang, Plan } from "../model";

export function identityProblem(national: Plan, submission: Plan, lang: Lang): string | undefined {
  const same =
    submission.id === national.id &&
    submission.countryCode === national.countryCode &&
    submission.period.start === national.period.start &&
    submission.period.end === national.period.end;
  if (same) return undefined;
  return t(lang, "consolidate.otherPlan", {
    title: submission.title,
    period: `${submission.period.start}-${submission.period.end}`,
    national: national.title,
    nationalPeriod: `${national.period.start}-${national.period.end}`,
  });
}

/** Who a submission comes from and for which year, as its stamp (or the TMU) says. */
export type Attribution =
  | {
      ok: true;
      focalPoint: string;
      /** A region of tblRegions (a regional plan), not a stakeholder: from the stamp, or the code's table for `as`. */
      region?: boolean;
      /** The copy's id (undefined: an unstamped file the TMU named). */
      copyId?: string;
      /** When the focal point submitted it (undefined: a draft, or an unstamped file). */
      submittedAt?: string;
    }
  | { ok: false; reason: string };

/**
 * The focal point of a submission comes from its copy's stamp (tblNapMeta),
 * never from its file name nor from its Submissions table (a region's copy
 * says so in its stamp, focalPointKind): a stamp for
 * another reporting year, or for a focal point the national plan does not
 * know, is refused by name; an unstamped file is taken only when the TMU
 * names its focal point (`as`), and a stamp naming another one is refused.
 */
export function attribute(
  national: Plan,
  submission: Plan,
  options: { year: number; as?: string; lang: Lang }
): Attribution {
  const { year, as, lang } = options;
  const known = (c: string) => national.stakeholders.some((s) => s.code === c);
  // Regional plans: a region's code, known as such in tblRegions (and as no stakeholder's).
  const isRegion = (c: string) => national.regions.some((r) => r.code === c) && !known(c);
  const unknown = (c: string) => t(lang, "cycle.unknownFocalPointRegions", { code: c });
  const stamp = submission.stamp;
  if (!stamp) {
    if (as === undefined) return { ok: false, reason: t(lang, "cycle.unstamped") };
    if (!known(as) && !isRegion(as)) return { ok: false, reason: unknown(as) };
    return { ok: true, focalPoint: as, ...(isRegion(as) ? { region: true } : {}) };
  }
  const region = stamp.focalPointKind === "region";
  if (as !== undefined && as !== stamp.focalPoint)
    return {
      ok: false,
      reason: t(lang, "cycle.asDiffers", { code: as, stamped: stamp.focalPoint }),
    };
  if (region ? !isRegion(stamp.focalPoint) : !known(stamp.focalPoint))
    return { ok: false, reason: unknown(stamp.focalPoint) };
  if (stamp.year !== year)
    return {
      ok: false,
      reason: t(lang, "cycle.otherYear", { code: stamp.focalPoint, stamped: stamp.year, year }),
    };
  return {
    ok: true,
    focalPoint: stamp.focalPoint,
    ...(region ? { region: true } : {}),
    copyId: stamp.copyId,
    submittedAt: stamp.submittedAt,
  };
}
