/**
 * The TMU's work on the national workbook: import focal points' workbooks
 * (a dry run that writes nothing, then the import), settle conflicts, roll
 * the plan forward to the next year.
 */
import { t } from "../core/i18n";
import type { Lang, Plan } from "../core/model";
import { completeness, type Completeness } from "../core/consolidate/completeness";
import { checkIntegrity, type IntegrityFinding } from "../core/consolidate/integrity";
import { identityProblem } from "../core/consolidate/identity";
import { focalPointOf, merge, type Incoming, type MergeResult } from "../core/consolidate/merge";
import { describeCompleteness, describeFile } from "../core/consolidate/messages";
import { rollForward } from "../core/consolidate/rollforward";
import { settle } from "../core/consolidate/settle";
import { buildWorkbookPlan } from "../core/template/build";
import { readPlan, type ReadResult } from "../core/template/read";
import { readForRewrite, type Created } from "./create";
import type { WorkbookPort, Written } from "./port";

/** A focal point's workbook as read (untrusted: its bytes were checked before it was parsed). */
export interface Submission {
  file: string;
  read: ReadResult;
  integrity: IntegrityFinding[];
  mtime: Date;
}

export type LoadedSubmission = { ok: true; wb: Submission } | { ok: false; reason: string };

/** A file to import, read on demand (from disk, or from the task pane's file picker). */
export interface SubmissionSource {
  name: string;
  load(lang: Lang): Promise<LoadedSubmission>;
}

/** A picked file's bytes (the task pane), and how to open such bytes (untrusted). */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
  lastModified: Date;
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
    load: (lang) => open(f.name, f.bytes, f.lastModified, lang),
  }));
}

/**
 * Which focal point a submission comes from: the one its workbook's last
 * submission names, else the national plan's stakeholder its file name carries.
 */
export function focalPointFor(national: Plan, submission: Plan, file: string): string | undefined {
  return submission.submissions.at(-1)?.focalPoint ?? focalPointOf(national, file);
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
}

export interface DryRun extends ImportOptions {
  incoming: Incoming[];
  refused: { file: string; reason: string }[];
  /** Integrity findings that do not stop the merge (altered formulas, links...), per file. */
  notes: { file: string; note: string }[];
  result: MergeResult;
  completeness: Completeness;
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
    incoming.push({
      file: wb.file,
      focalPoint: focalPointFor(national, wb.read.plan, wb.file),
      submittedAt: wb.mtime.toISOString(),
      plan: wb.read.plan,
    });
  }
  onProgress(sources.length, sources.length);
  const merged = mergeEach(national, incoming, options, refused);
  const result = merged.result;
  return {
    ...options,
    incoming: merged.incoming,
    refused,
    notes,
    result,
    completeness: completeness(result.plan, options.year, options.deadline),
  };
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
    return { result: merge(national, incoming, options.now, options.year), incoming };
  } catch {
    const taken: Incoming[] = [];
    let result = merge(national, [], options.now, options.year);
    for (const f of incoming) {
      try {
        result = merge(national, [...taken, f], options.now, options.year);
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
  options: ImportOptions,
  onProgress?: (done: number, total: number) => void
): Promise<DryRun> {
  const national = readPlan(await port.read(), options.lang).plan;
  return planImport(national, sources, options, onProgress);
}

/** The lines that report a dry run, in the planner's language (the files, refusals, notes, completeness). */
export function describeDryRun(dry: DryRun, lang: Lang): string[] {
  return [
    ...dry.result.files.map((f) => describeFile(f, lang)),
    ...dry.refused.map((r) => t(lang, "consolidate.refused", { file: r.file, reason: r.reason })),
    ...dry.notes.map((n) => `${n.file}: ${n.note}`),
    ...describeCompleteness(dry.completeness, lang),
  ];
}

/**
 * Write the import: the merge is made again on the workbook as it is now
 * (an edit since the dry run is kept; Excel: 3 round trips), the deadline
 * stamped on the year's submissions.
 */
export async function confirmImport(port: WorkbookPort, dry: DryRun): Promise<Created> {
  let indicators = 0;
  const written = await port.write((values) => {
    const read = readForRewrite(values, dry.lang);
    const merged = merge(read.plan, dry.incoming, dry.now, dry.year).plan;
    const plan = stampDeadline(merged, dry.year, dry.deadline);
    indicators = plan.indicators.length;
    return buildWorkbookPlan(plan, read.lang);
  });
  return { written, indicators };
}

/** Apply the TMU's decisions on conflicts (Accept/Reject), keeping a record. */
export async function settleConflicts(
  port: WorkbookPort,
  options: { now: string; by?: string; lang: Lang }
): Promise<{ written: Written; settled: string[]; ambiguous: string[] }> {
  let settled: string[] = [];
  let ambiguous: string[] = [];
  const written = await port.write((values) => {
    const read = readForRewrite(values, options.lang);
    const r = settle(read.plan, options.now, options.by);
    settled = r.settled;
    ambiguous = r.ambiguous;
    return buildWorkbookPlan(r.plan, read.lang);
  });
  return { written, settled, ambiguous };
}

/** The annual update: unfinished actions of `from` carried into the next year. */
export async function rollPlanForward(
  port: WorkbookPort,
  options: { from: number; lang: Lang }
): Promise<{ written: Written; year: number; carried: number }> {
  let year = options.from + 1;
  let carried = 0;
  const written = await port.write((values) => {
    const read = readForRewrite(values, options.lang);
    const r = rollForward(read.plan, options.from, options.lang);
    year = r.year;
    carried = r.carried.length;
    return buildWorkbookPlan(r.plan, read.lang);
  });
  return { written, year, carried };
}
