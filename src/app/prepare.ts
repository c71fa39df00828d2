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
import type { ReadResult, WorkbookValues } from "../core/template/read";
import type { Outside } from "../core/template/outside";
import { defaultReportingYear } from "./consolidate";

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
    { why: "refresh-kept", extract: true, backup: false }
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

// Prepare from the task pane (issue 15 point 7): the copies built in memory from the open workbook.

/** What the pane offers to prepare: the national plan's focal points and its reporting years. */
export interface FocalPoints {
  /** The workbook's own language (the copies keep it). */
  lang: Lang;
  stakeholders: { code: string; name: string }[];
  regions: { code: string; name: string }[];
  period: { start: number; end: number };
  /** The plan's current year, else its last (or first): as the import defaults. */
  year: number;
}

/** The national workbook as read once: every copy is made from this same state. */
export interface NationalSnapshot {
  values: WorkbookValues;
  outside?: Outside;
  sheetNames?: string[];
}

/** A workbook in memory a copy is written into (the pane: exceljs, loaded on demand, src/xlsx/copy.ts). */
export interface CopyTarget extends WorkbookPort {
  bytes(): Promise<Uint8Array>;
}

export type NewCopyTarget = (national: NationalSnapshot) => Promise<CopyTarget>;

/** A copy prepared in memory, to be offered as a file named as the command line names it. */
export interface PreparedFile extends Omit<Prepared, "written"> {
  code: string;
  file: string;
  bytes: Uint8Array;
}

/** The open workbook's plan, refused when it is a focal point's copy (the command line's words). */
function nationalPlan(values: WorkbookValues, lang: Lang): ReadResult {
  const read = readForRewrite(values, lang);
  if (read.plan.stamp)
    throw new CopyRefused("is-copy", t(lang, "cycle.isCopy", { code: read.plan.stamp.focalPoint }));
  return read;
}

/** The focal points the open national workbook knows (stakeholders, regions), and the default year. */
export async function focalPointsOf(
  port: WorkbookPort,
  lang: Lang,
  today: string | Date = new Date()
): Promise<FocalPoints> {
  const { plan, lang: own } = nationalPlan(await port.read(), lang);
  const named = (xs: { code: string; name: string }[]) =>
    xs.map(({ code, name }) => ({ code, name }));
  return {
    lang: own,
    stakeholders: named(plan.stakeholders),
    regions: named(plan.regions),
    period: { start: plan.period.start, end: plan.period.end },
    year: defaultReportingYear(plan, today),
  };
}

/**
 * One copy per focal point of the open national workbook, each written into
 * a workbook of its own in memory (`newTarget`): the open workbook is read
 * once and not changed. An unknown code, or a year outside the plan's
 * period, refuses the whole run before any copy is made.
 */
export async function prepareCopies(
  port: WorkbookPort,
  codes: string[],
  options: { year: number; now: string; lang: Lang },
  newTarget: NewCopyTarget,
  onProgress: (done: number, total: number) => void = () => {}
): Promise<PreparedFile[]> {
  const values = await port.read();
  const snapshot: NationalSnapshot = {
    values,
    outside: port.outside ? await port.outside() : undefined,
    sheetNames: port.sheetNames ? await port.sheetNames() : undefined,
  };
  const { plan, lang } = nationalPlan(values, options.lang);
  const unknown = unknownFocalPoints(plan, codes);
  if (unknown.length)
    throw new CopyRefused(
      "not-copy",
      t(lang, "cycle.unknownCodesRegions", { codes: unknown.join(", ") })
    );
  if (
    !Number.isInteger(options.year) ||
    options.year < plan.period.start ||
    options.year > plan.period.end
  )
    throw new RangeError(`year ${options.year} outside ${plan.period.start}-${plan.period.end}`);
  const out: PreparedFile[] = [];
  const wanted = [...new Set(codes)];
  for (const [i, code] of wanted.entries()) {
    onProgress(i, wanted.length);
    const target = await newTarget(snapshot);
    const p = await prepareCopy(target, {
      focalPoint: code,
      year: options.year,
      copyId: newCopyId(code, options.year),
      now: options.now,
      lang,
    });
    out.push({
      stamp: p.stamp,
      own: p.own,
      others: p.others,
      leftOut: p.leftOut,
      code,
      file: copyFileName(code, options.year),
      bytes: await target.bytes(),
    });
  }
  onProgress(wanted.length, wanted.length);
  return out;
}
