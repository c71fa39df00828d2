/**
 * nap1325 submit COPY.xlsx [--out OUT.xlsx] [--now ISO] [--lang en|fr]
 *
 * The focal point submits its copy: the submitted-at stamp (ISO date and
 * time) is written into the copy's meta (tblNapMeta), in place unless --out
 * is given (atomically: src/cli/output.ts). The TMU's import takes the
 * submission's time from it, never from the file's date on disk. The use
 * case is the task pane's Submit (src/app/prepare.ts).
 */
import { backupLines } from "../../core/template/backup";
import { t } from "../../core/i18n";
import type { Lang } from "../../core/model";
import { CopyRefused, submitCopy } from "../../app/prepare";
import {
  explicitLang,
  nowOption,
  openNational,
  parse,
  requireArgs,
  UsageError,
  type CliIO,
} from "../common";
import { checkOutput, saveWorkbook } from "../output";

export async function submitCommand(args: string[], io: CliIO, locale: Lang): Promise<number> {
  const { values, positionals } = parse(
    args,
    { out: { type: "string", short: "o" }, now: { type: "string" }, lang: { type: "string" } },
    locale
  );
  const explicit = explicitLang(values.lang, io, locale);
  const early = explicit ?? locale;
  requireArgs(early, positionals, "COPY.xlsx", values, {});
  const file = positionals[0];
  const out = values.out === undefined ? file : String(values.out);
  const inputs = values.out === undefined ? [] : [file];
  const now = nowOption(values.now, early);
  await checkOutput(out, inputs, early);
  const { workbook, lang } = await openNational(file, locale, explicit);
  let r;
  try {
    r = await submitCopy(workbook, { now, lang });
  } catch (e) {
    if (e instanceof CopyRefused) throw new UsageError(`${file}: ${e.message}`);
    throw e;
  }
  await saveWorkbook(workbook, out, inputs, lang);
  const values2 = { file: out, code: r.stamp.focalPoint, year: r.stamp.year, at: now };
  io.out(
    r.before
      ? t(lang, "cycle.submittedAgain", { ...values2, before: r.before })
      : t(lang, "cycle.submitted", values2)
  );
  for (const line of backupLines(r.written.backup, lang)) io.out(line);
  return 0;
}
