/**
 * nap1325 consolidate NATIONAL.xlsx FILES... --out OUT.xlsx [--dry-run]
 *         [--year YEAR] [--deadline YYYY-MM-DD] [--now ISO-DATETIME]
 * nap1325 settle NATIONAL.xlsx --out OUT.xlsx [--by NAME]
 * nap1325 roll-forward NATIONAL.xlsx --from YEAR --out OUT.xlsx
 *
 * The national workbook is never written in place: the result goes to --out.
 */
import { promises as fs } from "fs";
import path from "path";
import { t } from "../../core/i18n";
import type { Lang, Plan } from "../../core/model";
import { completeness } from "../../core/consolidate/completeness";
import { describeCompleteness, describeFile } from "../../core/consolidate/messages";
import { focalPointOf, merge, type Incoming } from "../../core/consolidate/merge";
import { rollForward } from "../../core/consolidate/rollforward";
import { settle } from "../../core/consolidate/settle";
import { buildWorkbookPlan } from "../../core/template/build";
import { writeXlsx } from "../../xlsx/workbook";
import {
  blockingProblems,
  loadUntrustedBytes,
  type Loaded,
  type LoadedWorkbook,
} from "../../xlsx/untrusted";
import { parse, reason, UsageError, type CliIO } from "../common";

/** Read an untrusted workbook from disk (see loadUntrustedBytes). */
export async function loadUntrusted(
  file: string,
  msg: Lang,
  extraContent: boolean
): Promise<Loaded> {
  const name = path.basename(file);
  try {
    const bytes = await fs.readFile(file);
    const mtime = (await fs.stat(file)).mtime;
    return await loadUntrustedBytes(name, bytes, mtime, msg, extraContent);
  } catch (e) {
    return { ok: false, reason: t(msg, "error.readFile", { file: name, reason: reason(e) }) };
  }
}

export async function loadNational(file: string, msg: Lang): Promise<LoadedWorkbook> {
  const r = await loadUntrusted(file, msg, true);
  if (!r.ok) throw new UsageError(t(msg, "consolidate.notNational", { file, reason: r.reason }));
  const problems = r.wb.read.problems.map((p) => p.message);
  const extra = r.wb.integrity.filter((f) => f.rule === "extra-sheet" || f.rule === "extra-column");
  if (problems.length || extra.length) {
    const what = [...problems, ...extra.map((f) => `${f.rule} ${f.detail}`)].join("; ");
    throw new UsageError(t(msg, "consolidate.extraContent", { file, what }));
  }
  return r.wb;
}

export async function writeOut(
  plan: Plan,
  lang: Lang,
  out: string,
  inputs: string[],
  msg: Lang
): Promise<void> {
  const target = path.resolve(out);
  if (inputs.some((f) => path.resolve(f) === target)) {
    throw new UsageError(
      t(msg, "error.writeFile", { file: out, reason: "it is one of the input files" })
    );
  }
  try {
    await writeXlsx(buildWorkbookPlan(plan, lang), out);
  } catch (e) {
    throw new UsageError(t(msg, "error.writeFile", { file: out, reason: reason(e) }));
  }
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
  const national = await loadNational(nationalFile, msg);
  const now = values.now ? String(values.now) : new Date().toISOString();
  const year = values.year ? Number(values.year) : Number(now.slice(0, 4)) - 1;
  const { period } = national.read.plan;
  if (!Number.isInteger(year) || year < period.start || year > period.end) {
    throw new UsageError(
      t(msg, "error.missingValue", { option: `--year (${period.start}-${period.end})` })
    );
  }
  const incoming: Incoming[] = [];
  let refused = 0;
  for (const file of files) {
    const r = await loadUntrusted(file, msg, false);
    if (!r.ok) {
      refused++;
      io.err(t(msg, "consolidate.refused", { file: path.basename(file), reason: r.reason }));
      continue;
    }
    const { read, integrity } = r.wb;
    const blocking = blockingProblems(r.wb);
    for (const f of integrity.filter((x) => x.rule !== "duplicate-row")) {
      io.out(`${r.wb.file}: ${f.rule}: ${f.where} ${f.detail}`);
    }
    if (blocking.length) {
      refused++;
      io.err(t(msg, "consolidate.refused", { file: r.wb.file, reason: blocking.join("; ") }));
      continue;
    }
    incoming.push({
      file: r.wb.file,
      focalPoint: read.plan.submissions.at(-1)?.focalPoint ?? focalPointOf(read.plan, r.wb.file),
      submittedAt: r.wb.mtime.toISOString(),
      plan: read.plan,
    });
  }
  const result = merge(national.read.plan, incoming, now, year);
  for (const f of result.files) io.out(describeFile(f, msg));
  const c = completeness(result.plan, year, values.deadline ? String(values.deadline) : undefined);
  for (const line of describeCompleteness(c, msg)) io.out(line);
  io.out(
    t(msg, "consolidate.summary", {
      files: files.length,
      refused,
      conflicts: new Set(result.newConflicts.map((x) => x.id)).size,
    })
  );
  if (values["dry-run"]) {
    io.out(t(msg, "consolidate.dryRun", { out: String(values.out ?? "OUT.xlsx") }));
    return 0;
  }
  const deadline = values.deadline ? String(values.deadline) : undefined;
  const plan = deadline
    ? {
        ...result.plan,
        submissions: result.plan.submissions.map((s) =>
          s.year === year && !s.deadline ? { ...s, deadline } : s
        ),
      }
    : result.plan;
  await writeOut(plan, national.read.lang, String(values.out), positionals, msg);
  io.out(t(msg, "consolidate.wrote", { out: String(values.out) }));
  return refused ? 1 : 0;
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
  const national = await loadNational(positionals[0], msg);
  const r = settle(
    national.read.plan,
    values.now ? String(values.now) : new Date().toISOString(),
    values.by ? String(values.by) : undefined
  );
  for (const id of r.ambiguous) io.err(t(msg, "consolidate.settleTwo", { id }));
  await writeOut(r.plan, national.read.lang, String(values.out), positionals, msg);
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
  const national = await loadNational(positionals[0], msg);
  const r = rollForward(national.read.plan, Number(values.from));
  await writeOut(r.plan, national.read.lang, String(values.out), positionals, msg);
  io.out(t(msg, "consolidate.rolled", { year: r.year, count: r.carried.length }));
  return 0;
}
