/**
 * nap1325 approve NATIONAL.xlsx --for CODE --year YEAR --out OUT.xlsx
 *         [--return "COMMENT" | --reopen] [--comment TEXT] [--lang en|fr]
 *
 * The TMU's decision on a focal point's submission for a year: accepted
 * (the default), returned with a comment saying what to correct, or, once
 * accepted, reopened. One command with two switches rather than three
 * commands: the focal point, the year and the output are the same for each,
 * and accepting is what the TMU does most. Accepting locks the year: a later
 * import that would change anything of it is refused until it is reopened.
 * The national workbook is written to --out (never in place), as consolidate
 * and settle do. The use case is the task pane's (src/app/consolidate.ts).
 */
import { backupLines } from "../../core/template/backup";
import { t } from "../../core/i18n";
import type { Lang } from "../../core/model";
import { ApprovalRefused, approveSubmission } from "../../app/consolidate";
import { unknownFocalPoints } from "../../app/prepare";
import {
  explicitLang,
  nameOption,
  openNational,
  parse,
  requireArgs,
  UsageError,
  yearOption,
  type CliIO,
} from "../common";
import { checkOutput, saveWorkbook } from "../output";

export async function approveCommand(args: string[], io: CliIO, locale: Lang): Promise<number> {
  const { values, positionals } = parse(
    args,
    {
      for: { type: "string" },
      year: { type: "string" },
      out: { type: "string", short: "o" },
      return: { type: "string" },
      reopen: { type: "boolean" },
      comment: { type: "string" },
      lang: { type: "string" },
    },
    locale
  );
  const explicit = explicitLang(values.lang, io, locale);
  const early = explicit ?? locale;
  requireArgs(early, positionals, "NATIONAL.xlsx", values, {
    for: "--for CODE",
    year: "--year YEAR",
    out: "--out",
  });
  if (values.return !== undefined && values.reopen)
    throw new UsageError(t(early, "cycle.oneVerdict"));
  if (values.return !== undefined && !values.return.trim())
    throw new UsageError(t(early, "cycle.returnComment"));
  const comment =
    values.return !== undefined
      ? nameOption("--return", values.return, early)
      : values.comment !== undefined
        ? nameOption("--comment", values.comment, early)
        : undefined;
  yearOption("--year", values.year, { start: 1990, end: 2100 }, early);
  await checkOutput(values.out, positionals, early);
  const national = await openNational(positionals[0], locale, explicit);
  const msg = national.lang;
  const year = yearOption("--year", values.year, national.read.plan.period, msg);
  const code = values.for.trim();
  // A focal point is a stakeholder or a region (regional plans).
  if (unknownFocalPoints(national.read.plan, [code]).length)
    throw new UsageError(t(msg, "cycle.unknownCodesRegions", { codes: code }));
  let r;
  try {
    r = await approveSubmission(national.workbook, {
      focalPoint: code,
      year,
      verdict: values.reopen ? "reopen" : values.return !== undefined ? "return" : "accept",
      comment,
      lang: msg,
    });
  } catch (e) {
    if (e instanceof ApprovalRefused) {
      io.err(`nap1325: ${e.message}`);
      return 1;
    }
    throw e;
  }
  await saveWorkbook(national.workbook, values.out, positionals, msg);
  io.out(
    t(msg, "cycle.decided", {
      code,
      year,
      from: t(msg, `submissionState.${r.from}`),
      to: t(msg, `submissionState.${r.to}`),
    })
  );
  io.out(t(msg, "consolidate.wrote", { out: values.out }));
  for (const line of backupLines(r.written.backup, msg)) io.out(line);
  return 0;
}
