/**
 * nap1325 export-iati FILE.xlsx --out FILE.xml [--lang en|fr] [--now ISO-DATETIME]
 * The workbook's plan as IATI 2.03 XML, through the use case the task pane
 * runs too (src/app/donors.ts). Findings come first; when one is an error (a
 * cell the reader cannot take, a plan the model refuses, a budget year
 * outside the period...) nothing is written and the exit code is 1.
 */
import { t } from "../../core/i18n";
import type { Lang } from "../../core/model";
import { TemplateError } from "../../core/template/read";
import { describeIatiFinding, exportForDonors, iatiNow, type IatiOutcome } from "../../app/donors";
import {
  explicitLang,
  openWorkbook,
  parse,
  reason,
  speak,
  UsageError,
  type CliIO,
} from "../common";
import { checkOutput, writeOutput } from "../output";

export async function exportIatiCommand(args: string[], io: CliIO, locale: Lang): Promise<number> {
  const { values, positionals } = parse(
    args,
    { out: { type: "string", short: "o" }, lang: { type: "string" }, now: { type: "string" } },
    locale
  );
  if (positionals.length !== 1)
    throw new UsageError(t(locale, "error.missingValue", { option: "FILE.xlsx" }));
  if (!values.out) throw new UsageError(t(locale, "error.missingValue", { option: "--out" }));
  const explicit = explicitLang(values.lang, io, locale);
  const now = values.now ? String(values.now) : iatiNow();
  const file = positionals[0];
  const out = String(values.out);
  await checkOutput(out, [file], explicit ?? locale);
  const workbook = await openWorkbook(file, explicit ?? locale);
  // The language of the messages and of the file's narratives: --lang, else the workbook's.
  const lang = await speak(workbook, explicit, locale);

  let result: IatiOutcome;
  try {
    result = await exportForDonors(workbook, { lang, now });
  } catch (e) {
    if (e instanceof TemplateError) throw new UsageError(`${file}: ${e.message}`);
    throw new UsageError(reason(e)); // a malformed --now
  }
  for (const f of result.findings) io.err(describeIatiFinding(f, lang));
  if (!result.ok) {
    io.err(result.message);
    return 1;
  }
  await writeOutput(out, result.xml, [file], lang);
  io.out(
    t(lang, "iati.wrote", {
      file: out,
      activities: result.activities,
      budgets: result.budgets,
      total: result.total,
      currency: result.currency,
    })
  );
  return 0;
}
