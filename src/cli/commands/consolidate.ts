/**
 * nap1325 consolidate NATIONAL.xlsx FILES... --out OUT.xlsx [--dry-run]
 *         [--year YEAR] [--deadline YYYY-MM-DD] [--now ISO-DATETIME]
 * nap1325 settle NATIONAL.xlsx --out OUT.xlsx [--by NAME]
 * nap1325 roll-forward NATIONAL.xlsx --from YEAR --out OUT.xlsx
 *
 * The national workbook is never written in place: the result goes to --out.
 * The use cases are the task pane's (src/app/consolidate.ts).
 */
import path from "path";
import { t } from "../../core/i18n";
import type { Lang } from "../../core/model";
import {
  confirmImport,
  describeDryRun,
  planImport,
  rollPlanForward,
  settleConflicts,
  type LoadedSubmission,
  type SubmissionSource,
} from "../../app/consolidate";
import { readUntrustedFile } from "../../xlsx/gate";
import { loadUntrustedBytes } from "../../xlsx/untrusted";
import { openNational, parse, saveWorkbook, UsageError, type CliIO } from "../common";

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

/** A focal point's file on disk, read when the import comes to it. */
function fromDisk(file: string): SubmissionSource {
  return { name: path.basename(file), load: (lang) => loadUntrusted(file, lang, false) };
}

export async function consolidateCommand(args: string[], io: CliIO, msg: Lang): Promise<number> {
  const { values, positionals } = parse(
    args,
    {
      out: { type: "string", short: "o" },
      "dry-run": { type: "boolean" },
      year: { type: "string" },
      deadline: { type: "string" },
      now: { type: "string" },
    },
    msg
  );
  if (positionals.length < 2)
    throw new UsageError(t(msg, "error.missingValue", { option: "NATIONAL.xlsx FILES..." }));
  if (!values.out && !values["dry-run"])
    throw new UsageError(t(msg, "error.missingValue", { option: "--out" }));
  const [nationalFile, ...files] = positionals;
  const national = await openNational(nationalFile, msg);
  const now = values.now ? String(values.now) : new Date().toISOString();
  const year = values.year ? Number(values.year) : Number(now.slice(0, 4)) - 1;
  const { period } = national.read.plan;
  if (!Number.isInteger(year) || year < period.start || year > period.end) {
    throw new UsageError(
      t(msg, "error.missingValue", { option: `--year (${period.start}-${period.end})` })
    );
  }
  const deadline = values.deadline ? String(values.deadline) : undefined;
  const dry = await planImport(national.read.plan, files.map(fromDisk), {
    year,
    deadline,
    now,
    lang: msg,
  });
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
    return 0;
  }
  await confirmImport(national.workbook, dry);
  await saveWorkbook(national.workbook, String(values.out), positionals, msg);
  io.out(t(msg, "consolidate.wrote", { out: String(values.out) }));
  return dry.refused.length ? 1 : 0;
}

export async function settleCommand(args: string[], io: CliIO, msg: Lang): Promise<number> {
  const { values, positionals } = parse(
    args,
    { out: { type: "string", short: "o" }, by: { type: "string" }, now: { type: "string" } },
    msg
  );
  if (positionals.length !== 1)
    throw new UsageError(t(msg, "error.missingValue", { option: "NATIONAL.xlsx" }));
  if (!values.out) throw new UsageError(t(msg, "error.missingValue", { option: "--out" }));
  const national = await openNational(positionals[0], msg);
  const r = await settleConflicts(national.workbook, {
    now: values.now ? String(values.now) : new Date().toISOString(),
    by: values.by ? String(values.by) : undefined,
    lang: msg,
  });
  for (const id of r.ambiguous) io.err(t(msg, "consolidate.settleTwo", { id }));
  await saveWorkbook(national.workbook, String(values.out), positionals, msg);
  io.out(`${r.settled.length} settled: ${r.settled.join(", ") || "-"}`);
  return r.ambiguous.length ? 1 : 0;
}

export async function rollForwardCommand(args: string[], io: CliIO, msg: Lang): Promise<number> {
  const { values, positionals } = parse(
    args,
    { out: { type: "string", short: "o" }, from: { type: "string" } },
    msg
  );
  if (positionals.length !== 1)
    throw new UsageError(t(msg, "error.missingValue", { option: "NATIONAL.xlsx" }));
  if (!values.out) throw new UsageError(t(msg, "error.missingValue", { option: "--out" }));
  if (!values.from || !/^\d{4}$/.test(String(values.from)))
    throw new UsageError(t(msg, "error.missingValue", { option: "--from YEAR" }));
  const national = await openNational(positionals[0], msg);
  const r = await rollPlanForward(national.workbook, { from: Number(values.from), lang: msg });
  await saveWorkbook(national.workbook, String(values.out), positionals, msg);
  io.out(t(msg, "consolidate.rolled", { year: r.year, count: r.carried }));
  return 0;
}
