/**
 * nap1325 prepare NATIONAL.xlsx --for CODE... --out DIR [--year YEAR] [--now ISO] [--lang en|fr]
 *
 * One copy of the national workbook per focal point (a stakeholder, or a
 * region of tblRegions: its regional plan), written into DIR as
 * NAP1325-CODE-YEAR.xlsx: stamped with the focal point, the reporting year
 * and a fresh copy id; the focal point's own rows open, others' locked
 * (Indicators) or shaded (Operational plan, Budget): see src/app/prepare.ts.
 * --for takes codes separated by commas or spaces, and may be repeated
 * (`--for MJ MPFEF`, `--for MJ,MPFEF`, `--for MJ --for MPFEF`). Every code
 * is checked, and every target file, before anything is written: an
 * unknown code, or a copy already in DIR, refuses the whole run by name.
 */
import { promises as fs } from "fs";
import path from "path";
import { t } from "../../core/i18n";
import type { Lang } from "../../core/model";
import { defaultReportingYear } from "../../app/consolidate";
import {
  copyFileName,
  CopyRefused,
  newCopyId,
  prepareCopy,
  unknownFocalPoints,
} from "../../app/prepare";
import {
  explicitLang,
  nowOption,
  openNational,
  parse,
  reason,
  UsageError,
  yearOption,
  type CliIO,
} from "../common";
import { saveWorkbook } from "../output";

export async function prepareCommand(args: string[], io: CliIO, locale: Lang): Promise<number> {
  const { values, positionals } = parse(
    args,
    {
      for: { type: "string", multiple: true },
      out: { type: "string", short: "o" },
      year: { type: "string" },
      now: { type: "string" },
      lang: { type: "string" },
    },
    locale
  );
  const explicit = explicitLang(values.lang, io, locale);
  const early = explicit ?? locale;
  if (positionals.length < 1)
    throw new UsageError(t(early, "error.missingValue", { option: "NATIONAL.xlsx" }));
  if (!values.for?.length)
    throw new UsageError(t(early, "error.missingValue", { option: "--for CODE..." }));
  if (values.out === undefined)
    throw new UsageError(t(early, "error.missingValue", { option: "--out DIR" }));
  const [nationalFile, ...more] = positionals;
  const codes = [
    ...new Set(
      [...values.for, ...more].flatMap((v) => v.split(/[\s,;]+/)).filter((c) => c.length > 0)
    ),
  ];
  const now = nowOption(values.now, early);
  const dir = String(values.out);
  const national = await openNational(nationalFile, locale, explicit);
  const msg = national.lang;
  const plan = national.read.plan;
  if (plan.stamp)
    throw new UsageError(
      `${nationalFile}: ${t(msg, "cycle.isCopy", { code: plan.stamp.focalPoint })}`
    );
  const year =
    values.year === undefined
      ? defaultReportingYear(plan, now)
      : yearOption("--year", values.year, plan.period, msg);
  const unknown = unknownFocalPoints(plan, codes);
  if (unknown.length)
    throw new UsageError(t(msg, "cycle.unknownCodesRegions", { codes: unknown.join(", ") }));
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (e) {
    throw new UsageError(t(msg, "error.writeFile", { file: dir, reason: reason(e) }));
  }
  const targets = codes.map((code) => ({ code, file: path.join(dir, copyFileName(code, year)) }));
  for (const { file } of targets) {
    const there = await fs.lstat(file).then(
      () => true,
      () => false
    );
    if (there) throw new UsageError(t(msg, "cycle.exists", { file }));
  }
  for (const { code, file } of targets) {
    // Each copy from the national file as it is on disk (every typed cell kept as typed).
    const { workbook } = await openNational(nationalFile, locale, explicit);
    let r;
    try {
      r = await prepareCopy(workbook, {
        focalPoint: code,
        year,
        copyId: newCopyId(code, year),
        now,
        lang: msg,
      });
    } catch (e) {
      if (e instanceof CopyRefused) throw new UsageError(`${nationalFile}: ${e.message}`);
      throw e;
    }
    await saveWorkbook(workbook, file, [nationalFile], msg);
    io.out(
      t(msg, r.stamp.focalPointKind === "region" ? "cycle.preparedRegion" : "cycle.prepared", {
        leftOut: r.leftOut,
        file,
        code,
        year,
        copyId: r.stamp.copyId,
        actions: r.own.actions,
        indicators: r.own.indicators,
        otherActions: r.others.actions,
        otherIndicators: r.others.indicators,
      })
    );
  }
  io.out(t(msg, "cycle.preparedAll", { count: targets.length, dir }));
  return 0;
}
