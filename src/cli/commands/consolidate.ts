/**
 * nap1325 consolidate NATIONAL.xlsx FILES... --out OUT.xlsx [--dry-run]
 *         [--year YEAR] [--deadline YYYY-MM-DD|DD/MM/YYYY] [--now ISO-DATETIME]
 *         [--as CODE] (the focal point of a single file that carries no copy stamp)
 * nap1325 settle NATIONAL.xlsx --out OUT.xlsx [--by NAME]
 * nap1325 roll-forward NATIONAL.xlsx --from YEAR --out OUT.xlsx
 * (each also takes --lang en|fr)
 *
 * The national workbook is never written in place: the result goes to --out,
 * which may be none of the input files nor a link onto one (src/cli/output.ts).
 * Every option is checked before anything is read or written.
 * The use cases are the task pane's (src/app/consolidate.ts).
 */
import path from "path";
import { describeRollForward } from "../../core/consolidate/rollforward";
import { backupLines } from "../../core/template/backup";
import { t } from "../../core/i18n";
import type { Lang } from "../../core/model";
import {
  confirmImport,
  defaultReportingYear,
  describeDryRun,
  describeSettleDone,
  describeSettleProblems,
  planImport,
  rollPlanForward,
  settleConflicts,
  type LoadedSubmission,
  type SubmissionSource,
} from "../../app/consolidate";
import { readUntrustedFile } from "../../xlsx/gate";
import { loadUntrustedBytes } from "../../xlsx/untrusted";
import {
  dateOption,
  explicitLang,
  nameOption,
  nowOption,
  openNational,
  parse,
  requireArgs,
  UsageError,
  yearOption,
  type CliIO,
} from "../common";
import { checkOutput, saveWorkbook } from "../output";

/** Read an untrusted workbook from disk: its size checked before it is read (see loadUntrustedBytes). */
export async function loadUntrusted(
  file: string,
  msg: Lang,
  extraContent: boolean
): Promise<LoadedSubmission> {
  const name = path.basename(file);
  const read = await readUntrustedFile(file, msg, name);
  if (!read.ok) return { ok: false, reason: read.reason };
  return loadUntrustedBytes(name, read.bytes, read.mtime, msg, extraContent);
}

/** A focal point's file on disk, read when the import comes to it (`as`: its focal point, named by the TMU). */
function fromDisk(file: string, as?: string): SubmissionSource {
  return { name: path.basename(file), as, load: (lang) => loadUntrusted(file, lang, false) };
}

export async function consolidateCommand(args: string[], io: CliIO, locale: Lang): Promise<number> {
  const { values, positionals } = parse(
    args,
    {
      out: { type: "string", short: "o" },
      "dry-run": { type: "boolean" },
      year: { type: "string" },
      deadline: { type: "string" },
      now: { type: "string" },
      as: { type: "string" },
      lang: { type: "string" },
    },
    locale
  );
  const explicit = explicitLang(values.lang, io, locale);
  const early = explicit ?? locale;
  if (positionals.length < 2)
    throw new UsageError(t(early, "error.missingValue", { option: "NATIONAL.xlsx FILES..." }));
  if (values.as !== undefined && positionals.length !== 2)
    throw new UsageError(t(early, "cycle.asSeveral"));
  const as = values.as === undefined ? undefined : values.as.trim();
  if (values.out === undefined && !values["dry-run"])
    throw new UsageError(t(early, "error.missingValue", { option: "--out" }));
  const [nationalFile, ...files] = positionals;
  const now = nowOption(values.now, early);
  const deadline =
    values.deadline === undefined ? undefined : dateOption("--deadline", values.deadline, early);
  if (values.out !== undefined && !values["dry-run"])
    await checkOutput(values.out, positionals, early);
  const national = await openNational(nationalFile, locale, explicit);
  const msg = national.lang;
  const { period } = national.read.plan;
  // By default the plan's current year (today within its period), else its last (or first).
  const year =
    values.year === undefined
      ? defaultReportingYear(national.read.plan, now)
      : yearOption("--year", values.year, period, msg);
  const dry = await planImport(
    national.read.plan,
    files.map((f) => fromDisk(f, as)),
    {
      year,
      deadline,
      now,
      lang: msg,
      workbookLang: national.read.lang,
    }
  );
  // Refusals go to standard error, everything else to standard output.
  const refusals = new Set(
    dry.refused.map((r) => t(msg, "consolidate.refused", { file: r.file, reason: r.reason }))
  );
  for (const line of describeDryRun(dry, msg)) (refusals.has(line) ? io.err : io.out)(line);
  io.out(
    t(msg, "consolidate.summary", {
      files: files.length,
      refused: dry.refused.length,
      conflicts: new Set(dry.result.newConflicts.map((x) => x.id)).size,
    })
  );
  if (values["dry-run"]) {
    io.out(t(msg, "consolidate.dryRun", { out: String(values.out ?? "OUT.xlsx") }));
    return dry.nothingTaken ? 1 : 0;
  }
  const out = String(values.out);
  const { written } = await confirmImport(national.workbook, dry);
  await saveWorkbook(national.workbook, out, positionals, msg);
  io.out(t(msg, "consolidate.wrote", { out }));
  for (const line of backupLines(written.backup, msg)) io.out(line);
  return dry.refused.length || dry.nothingTaken ? 1 : 0;
}

export async function settleCommand(args: string[], io: CliIO, locale: Lang): Promise<number> {
  const { values, positionals } = parse(
    args,
    {
      out: { type: "string", short: "o" },
      by: { type: "string" },
      now: { type: "string" },
      lang: { type: "string" },
    },
    locale
  );
  const explicit = explicitLang(values.lang, io, locale);
  const early = explicit ?? locale;
  requireArgs(early, positionals, "NATIONAL.xlsx", values, { out: "--out" });
  const now = nowOption(values.now, early);
  const by = values.by === undefined ? undefined : nameOption("--by", values.by, early);
  await checkOutput(values.out, positionals, early);
  const national = await openNational(positionals[0], locale, explicit);
  const msg = national.lang;
  const r = await settleConflicts(national.workbook, { now, by, lang: msg });
  for (const line of describeSettleProblems(r, msg)) io.err(line);
  await saveWorkbook(national.workbook, values.out, positionals, msg);
  io.out(
    t(msg, "consolidate.settled", { count: r.settled.length, ids: r.settled.join(", ") || "-" })
  );
  for (const line of describeSettleDone(r, msg)) io.out(line);
  return r.ambiguous.length || r.notLanded.length || r.waiting.length ? 1 : 0;
}

export async function rollForwardCommand(args: string[], io: CliIO, locale: Lang): Promise<number> {
  const { values, positionals } = parse(
    args,
    { out: { type: "string", short: "o" }, from: { type: "string" }, lang: { type: "string" } },
    locale
  );
  const explicit = explicitLang(values.lang, io, locale);
  const early = explicit ?? locale;
  requireArgs(early, positionals, "NATIONAL.xlsx", values, { out: "--out", from: "--from YEAR" });
  // Four digits before anything is read; the plan's period once it is.
  yearOption("--from", values.from, { start: 1990, end: 2100 }, early);
  await checkOutput(values.out, positionals, early);
  const national = await openNational(positionals[0], locale, explicit);
  const msg = national.lang;
  const from = yearOption("--from", values.from, national.read.plan.period, msg);
  const r = await rollPlanForward(national.workbook, { from, lang: msg });
  await saveWorkbook(national.workbook, values.out, positionals, msg);
  const said = describeRollForward(r, msg);
  for (const line of said.done) io.out(line);
  for (const line of said.toLook) io.err(line);
  return 0;
}
