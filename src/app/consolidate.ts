/**
 * The TMU's work on the national workbook: import focal points' workbooks
 * (a dry run that writes nothing, then the import), settle conflicts, roll
 * the plan forward to the next year.
 */
import { t } from "../core/i18n";
import type { Lang, Plan, SubmissionState } from "../core/model";
import { completeness, type Completeness } from "../core/consolidate/completeness";
import { checkIntegrity, type IntegrityFinding } from "../core/consolidate/integrity";
import {
  decide,
  isLocked,
  keepAcceptedYears,
  type DecisionRefused,
  type Verdict,
} from "../core/consolidate/approval";
import { attribute, identityProblem } from "../core/consolidate/identity";
import { merge, type Incoming, type MergeResult } from "../core/consolidate/merge";
import {
  describeChange,
  describeCompleteness,
  describeFile,
  describeNotTaken,
  describeRowNotTaken,
} from "../core/consolidate/messages";
import { rollForward, type RollForward } from "../core/consolidate/rollforward";
import type { SettleResult } from "../core/consolidate/settle";
import { showKey } from "../core/tables/merge-columns";
import { backupLines } from "../core/template/backup";
import { buildWorkbookPlan } from "../core/template/build";
import { readPlan, type ReadResult } from "../core/template/read";
import { readForRewrite, writeKept, writeLogged, type Created } from "./create";
import type { WorkbookPort, Written } from "./port";
import { settleWith, type Settled } from "./settle-list";

/** A focal point's workbook as read (untrusted: its bytes were checked before it was parsed). */
export interface Submission {
  file: string;
  read: ReadResult;
  integrity: IntegrityFinding[];
  /** The file system's time: never used for timeliness (a plain copy changes it). */
  mtime: Date;
  /** The package's own modified date (docProps/core.xml dcterms:modified), when it has one. */
  modified?: Date;
}

export type LoadedSubmission = { ok: true; wb: Submission } | { ok: false; reason: string };

/** A file to import, read on demand (from disk, or from the task pane's file picker). */
export interface SubmissionSource {
  name: string;
  load(lang: Lang): Promise<LoadedSubmission>;
  /** The focal point the TMU names for a file that carries no copy stamp. */
  as?: string;
}

/** A picked file's bytes (the task pane), and how to open such bytes (untrusted). */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
  lastModified: Date;
  /** The focal point the TMU names for this file when it carries no copy stamp. */
  as?: string;
}

export type OpenSubmission = (
  name: string,
  bytes: Uint8Array,
  mtime: Date,
  lang: Lang
) => Promise<LoadedSubmission>;

/** Picked files as submissions to import, opened by `open` when the import comes to each. */
export function submissionsFrom(files: ImportFile[], open: OpenSubmission): SubmissionSource[] {
  return files.map((f) => ({
    name: f.name,
    as: f.as,
    load: (lang) => open(f.name, f.bytes, f.lastModified, lang),
  }));
}

/**
 * When a focal point submitted: the submitted-at its copy's stamp carries
 * (written when it submits), else the package's own modified date
 * (docProps/core.xml), else the time of the import. Never the file system's
 * time: a plain copy (an e-mail download) changes that.
 */
export function submittedAtOf(
  wb: Pick<Submission, "modified">,
  stamped: string | undefined,
  now: string
): string {
  if (stamped) return stamped;
  const modified = wb.modified;
  if (modified instanceof Date && !Number.isNaN(modified.getTime())) return modified.toISOString();
  return now;
}

/**
 * The reporting year an import defaults to: the plan's current year when
 * today falls within its period, else its last year (a plan already over),
 * or its first (a plan not yet begun).
 */
export function defaultReportingYear(plan: Plan, today: string | Date = new Date()): number {
  const year = typeof today === "string" ? Number(today.slice(0, 4)) : today.getUTCFullYear();
  const { start, end } = plan.period;
  if (year < start) return start;
  if (year > end) return end;
  return year;
}

/** The reporting deadline stamped on the year's submissions that have none. */
export function stampDeadline(plan: Plan, year: number, deadline: string | undefined): Plan {
  if (!deadline) return plan;
  return {
    ...plan,
    submissions: plan.submissions.map((s) =>
      s.year === year && !s.deadline ? { ...s, deadline } : s
    ),
  };
}

/** An integrity finding as a planner reads it (the command line and the task pane alike). */
export function describeIntegrity(f: IntegrityFinding, lang: Lang): string {
  return t(lang, `integrity.${f.rule}`, { where: f.where, detail: f.detail });
}

/** What stops a submission from being merged: cells that cannot be read, duplicate rows. */
export function blockingProblems(wb: Submission, lang: Lang): string[] {
  return [
    ...wb.read.problems.map((p) => p.message),
    ...wb.integrity
      .filter((f) => f.rule === "duplicate-row")
      .map((f) => describeIntegrity(f, lang)),
  ];
}

export interface ImportOptions {
  year: number;
  deadline?: string;
  /** ISO datetime of the import (the merge's time stamp). */
  now: string;
  lang: Lang;
  /** The national workbook's own language (its plan texts are in it), when not `lang`. */
  workbookLang?: Lang;
}

export interface DryRun extends ImportOptions {
  incoming: Incoming[];
  refused: { file: string; reason: string }[];
  /** Integrity findings that do not stop the merge (altered formulas, links...), per file. */
  notes: { file: string; note: string }[];
  result: MergeResult;
  completeness: Completeness;
  /** No value would change and nothing goes to the TMU: the command line exits non-zero. */
  nothingTaken: boolean;
}

/** The content outside the template a rewrite of the national workbook would drop. */
export class ContentAtRisk extends Error {
  constructor(readonly what: string) {
    super(what);
    this.name = "ContentAtRisk";
  }
}

/**
 * Read the national workbook, refusing one that holds what a rewrite would
 * lose (cells the reader cannot take; an extra sheet or column, where the
 * adapter can list sheets).
 */
export async function readNational(port: WorkbookPort, lang: Lang): Promise<ReadResult> {
  const values = await port.read();
  const read = readPlan(values, lang);
  const problems = read.problems.map((p) => p.message);
  const sheets = port.sheetNames ? await port.sheetNames() : null;
  const extra = sheets
    ? checkIntegrity(read.plan, read.lang, values, sheets, { extraContent: true }).filter(
        (f) => f.rule === "extra-sheet" || f.rule === "extra-column"
      )
    : [];
  if (problems.length || extra.length)
    throw new ContentAtRisk([...problems, ...extra.map((f) => `${f.rule} ${f.detail}`)].join("; "));
  return read;
}

/** Merge the submissions into the national plan in memory: nothing is written. */
export async function planImport(
  national: Plan,
  sources: SubmissionSource[],
  options: ImportOptions,
  onProgress: (done: number, total: number) => void = () => undefined
): Promise<DryRun> {
  const incoming: Incoming[] = [];
  const refused: DryRun["refused"] = [];
  const notes: DryRun["notes"] = [];
  for (const [i, source] of sources.entries()) {
    onProgress(i, sources.length);
    const r = await source.load(options.lang);
    if (!r.ok) {
      refused.push({ file: source.name, reason: r.reason });
      continue;
    }
    const { wb } = r;
    for (const f of wb.integrity.filter((x) => x.rule !== "duplicate-row"))
      notes.push({ file: wb.file, note: describeIntegrity(f, options.lang) });
    const other = identityProblem(national, wb.read.plan, options.lang);
    const blocking = other ? [other] : blockingProblems(wb, options.lang);
    if (blocking.length) {
      refused.push({ file: wb.file, reason: blocking.join("; ") });
      continue;
    }
    const who = attribute(national, wb.read.plan, {
      year: options.year,
      as: source.as,
      lang: options.lang,
    });
    if (!who.ok) {
      refused.push({ file: wb.file, reason: who.reason });
      continue;
    }
    if (who.copyId && !who.submittedAt)
      notes.push({ file: wb.file, note: t(options.lang, "cycle.draftImported") });
    const again = who.copyId
      ? national.submissions.find((s) => s.copyId === who.copyId)
      : undefined;
    if (again)
      notes.push({
        file: wb.file,
        note: t(options.lang, "cycle.resubmission", {
          copyId: who.copyId,
          file: again.file,
          at: again.submittedAt,
        }),
      });
    incoming.push({
      file: wb.file,
      focalPoint: who.focalPoint,
      ...(who.region ? { region: true } : {}),
      copyId: who.copyId,
      submittedAt: submittedAtOf(wb, who.submittedAt, options.now),
      plan: wb.read.plan,
      lang: wb.read.lang,
    });
  }
  onProgress(sources.length, sources.length);
  const latest = latestOfEachCopy(incoming, refused, options.lang);
  const open = outsideAccepted(national, latest, options, refused, notes).map((f) => {
    if (!f.focalPoint) return f;
    const kept = keepAcceptedYears(national, f.plan, f.focalPoint, options.year);
    for (const y of kept.leftOut)
      notes.push({
        file: f.file,
        note: t(options.lang, "cycle.lockedYearLeftOut", { code: f.focalPoint, year: y }),
      });
    return kept.leftOut.length ? { ...f, plan: kept.plan } : f;
  });
  const merged = mergeEach(national, open, options, refused);
  const result = merged.result;
  // Regional plans: a region's new action that does not concern it is in conflict, and said.
  for (const f of merged.incoming.filter((x) => x.region)) {
    for (const a of f.plan.actions) {
      if (a.regions.includes(f.focalPoint ?? "")) continue;
      if (national.actions.some((x) => x.code === a.code)) continue;
      const id = result.notTaken.find((n) => n.file === f.file && n.key === a.code)?.id ?? "";
      const what = t(options.lang, "cycle.regionStray", {
        code: f.focalPoint,
        regions: a.regions.join("; ") || "—",
      });
      notes.push({ file: f.file, note: `${a.code} ${id}: ${what}` });
    }
  }
  return {
    ...options,
    incoming: merged.incoming,
    refused,
    notes,
    result,
    completeness: completeness(result.plan, options.year, options.deadline),
    nothingTaken:
      merged.incoming.length === 0 || (result.changes.length === 0 && result.notTaken.length === 0),
  };
}

/**
 * Two files of one copy in a batch: the one submitted last is taken, the
 * other refused by name (a copy is counted once).
 */
function latestOfEachCopy(
  incoming: Incoming[],
  refused: DryRun["refused"],
  lang: Lang
): Incoming[] {
  const last = new Map<string, Incoming>();
  for (const f of incoming) {
    if (!f.copyId) continue;
    const seen = last.get(f.copyId);
    if (!seen || f.submittedAt >= seen.submittedAt) last.set(f.copyId, f);
  }
  return incoming.filter((f) => {
    const keep = !f.copyId || last.get(f.copyId) === f;
    if (!keep)
      refused.push({
        file: f.file,
        reason: t(lang, "cycle.superseded", { copyId: f.copyId, file: last.get(f.copyId!)!.file }),
      });
    return keep;
  });
}

/**
 * A focal point's year the TMU has accepted is locked: a file of it that
 * would change anything (a value, a new row, a conflict) is refused by name
 * until the TMU reopens the year; one that changes nothing is left out, and said.
 */
function outsideAccepted(
  national: Plan,
  incoming: Incoming[],
  options: ImportOptions,
  refused: DryRun["refused"],
  notes: DryRun["notes"]
): Incoming[] {
  return incoming.filter((f) => {
    if (!f.focalPoint || !isLocked(national, f.focalPoint, options.year)) return true;
    let changes = 1;
    try {
      const r = merge(
        national,
        [f],
        options.now,
        options.year,
        options.workbookLang ?? options.lang
      );
      // A value row of the locked year left alone is a change the file asks for.
      const lockedRows = r.files[0]?.ignored.filter((x) => x.reason === "locked-year").length ?? 0;
      changes = r.changes.length + r.notTaken.length + lockedRows;
    } catch {
      changes = 1; // cannot even be merged alone: it would change something
    }
    const values = { code: f.focalPoint, year: options.year };
    if (changes) refused.push({ file: f.file, reason: t(options.lang, "cycle.locked", values) });
    else notes.push({ file: f.file, note: t(options.lang, "cycle.lockedUnchanged", values) });
    return false;
  });
}

/**
 * Merge every file; when the whole cannot be merged (a file's new action
 * under an output of its own, two files disagreeing on a new stakeholder),
 * take the files one by one and refuse by name each one that cannot join
 * those already taken: one file never sinks the others.
 */
function mergeEach(
  national: Plan,
  incoming: Incoming[],
  options: ImportOptions,
  refused: DryRun["refused"]
): { result: MergeResult; incoming: Incoming[] } {
  try {
    return {
      result: merge(
        national,
        incoming,
        options.now,
        options.year,
        options.workbookLang ?? options.lang
      ),
      incoming,
    };
  } catch {
    const taken: Incoming[] = [];
    let result = merge(
      national,
      [],
      options.now,
      options.year,
      options.workbookLang ?? options.lang
    );
    for (const f of incoming) {
      try {
        result = merge(
          national,
          [...taken, f],
          options.now,
          options.year,
          options.workbookLang ?? options.lang
        );
        taken.push(f);
      } catch (e) {
        const reason = e instanceof Error ? e.message.split("\n")[0] : String(e);
        refused.push({
          file: f.file,
          reason: t(options.lang, "consolidate.notMergeable", { reason }),
        });
      }
    }
    return { result, incoming: taken };
  }
}

/**
 * The dry run of an import from the workbook itself (Excel: 2 round trips
 * to read it), each file checked before it is parsed.
 */
export async function dryRunImport(
  port: WorkbookPort,
  sources: SubmissionSource[],
  options: Omit<ImportOptions, "year"> & { year?: number },
  onProgress?: (done: number, total: number) => void
): Promise<DryRun> {
  const read = readPlan(await port.read(), options.lang);
  // No year given: the plan's current year, else its last (or first), as the command line.
  const year = options.year ?? defaultReportingYear(read.plan, options.now);
  return planImport(read.plan, sources, { ...options, year, workbookLang: read.lang }, onProgress);
}

/**
 * The lines that report a dry run, in the planner's language: the files,
 * every value that would change (before → after, who, why), every value and
 * row not taken (with why), refusals, notes, completeness, and "nothing
 * could be taken" when so.
 */
export function describeDryRun(dry: DryRun, lang: Lang): string[] {
  return [
    ...dry.result.files.map((f) => describeFile(f, lang)),
    ...dry.result.changes.map((c) => describeChange(c, lang)),
    ...dry.result.notTaken.map((n) => describeNotTaken(n, lang)),
    ...dry.result.files.flatMap((f) => f.ignored.map((row) => describeRowNotTaken(f, row, lang))),
    ...dry.refused.map((r) => t(lang, "consolidate.refused", { file: r.file, reason: r.reason })),
    ...dry.notes.map((n) => `${n.file}: ${n.note}`),
    ...describeCompleteness(dry.completeness, lang),
    ...(dry.nothingTaken ? [t(lang, "consolidate.nothingTaken")] : []),
  ];
}

/**
 * Write the import: the merge is made again on the workbook as it is now
 * (an edit since the dry run is kept; Excel: 3 round trips), the deadline
 * stamped on the year's submissions.
 */
export async function confirmImport(port: WorkbookPort, dry: DryRun): Promise<Created> {
  let indicators = 0;
  const written = await writeLogged("import", dry.now)(port, dry.lang, (values) => {
    const read = readForRewrite(values, dry.lang);
    const merged = merge(read.plan, dry.incoming, dry.now, dry.year, read.lang).plan;
    const plan = stampDeadline(merged, dry.year, dry.deadline);
    indicators = plan.indicators.length;
    return buildWorkbookPlan(plan, read.lang);
  });
  return { written, indicators };
}

export type { Settled } from "./settle-list";

/** Apply the TMU's decisions on conflicts (Accept/Reject, typed in the Conflicts table), keeping a record. */
export async function settleConflicts(
  port: WorkbookPort,
  options: { now: string; by?: string; lang: Lang }
): Promise<Settled> {
  return settleWith(port, new Map(), options);
}

/** What settling did beyond the settled ids: owners' updates undone (for standard output). */
export function describeSettleDone(
  r: Omit<SettleResult, "plan"> & { written?: Pick<Written, "backup"> },
  lang: Lang
): string[] {
  const reversed = r.reversed.length
    ? [
        t(lang, "consolidate.settleReversed", {
          count: r.reversed.length,
          ids: r.reversed.join(", "),
        }),
      ]
    : [];
  return [...reversed, ...backupLines(r.written?.backup, lang)];
}

/**
 * What settling could not do, one line each (for standard error): two
 * accepted proposals, an Accept waiting on a pending proposal (named), an
 * accepted value that did not land (with why); then owners' updates undone.
 */
export function describeSettleProblems(r: Omit<SettleResult, "plan">, lang: Lang): string[] {
  return [
    ...r.ambiguous.map((id) => t(lang, "consolidate.settleTwo", { id })),
    ...r.waiting.map((w) =>
      t(lang, "consolidate.settleWaiting", { id: w.id, pending: w.pending.join(", ") })
    ),
    ...r.notLanded.map((n) =>
      t(lang, `consolidate.settleNotLanded.${n.reason}`, {
        id: n.id,
        table: t(lang, `mergeTable.${n.table}`),
        key: showKey(n.table, n.key, lang),
        detail: n.detail,
      })
    ),
  ];
}

/** The annual update: unfinished actions of `from` or earlier carried into the next year. */
export async function rollPlanForward(
  port: WorkbookPort,
  options: { from: number; lang: Lang }
): Promise<{ written: Written } & Omit<RollForward, "plan">> {
  let done: Omit<RollForward, "plan"> | undefined;
  const written = await writeLogged("roll-forward")(port, options.lang, (values) => {
    const read = readForRewrite(values, options.lang);
    const { plan, ...rest } = rollForward(read.plan, options.from, options.lang);
    done = rest;
    return buildWorkbookPlan(plan, read.lang);
  });
  return { written, ...done! };
}

/** The TMU's decision on a focal point's year could not be made (nothing was written). */
export class ApprovalRefused extends Error {
  constructor(
    readonly why: DecisionRefused,
    message: string
  ) {
    super(message);
    this.name = "ApprovalRefused";
  }
}

/**
 * The TMU accepts a focal point's year (locking it against later imports),
 * returns it with a comment, or reopens an accepted one. Shared by the
 * command line (nap1325 approve) and the task pane.
 */
export async function approveSubmission(
  port: WorkbookPort,
  options: {
    focalPoint: string;
    year: number;
    verdict: Verdict;
    comment?: string;
    lang: Lang;
  }
): Promise<{ written: Written; from: SubmissionState; to: SubmissionState }> {
  let from: SubmissionState = "submitted";
  let to: SubmissionState = "submitted";
  const written = await writeKept(port, options.lang, (values) => {
    const read = readForRewrite(values, options.lang);
    const { focalPoint, year } = options;
    const r = decide(read.plan, focalPoint, year, options.verdict, options.comment);
    if (!r.ok) {
      const state = r.state ? t(options.lang, `submissionState.${r.state}`) : "";
      throw new ApprovalRefused(
        r.why,
        t(options.lang, `cycle.decision.${r.why}`, { code: focalPoint, year, state })
      );
    }
    from = r.from;
    to = r.to;
    return buildWorkbookPlan(r.plan, read.lang);
  });
  return { written, from, to };
}
