/**
 * nap1325 refresh FILE.xlsx [--out OUT.xlsx]
 *
 * Brings the summary sheets up to date with the entry tables: the workbook
 * is read back into the plan and written again from the template, so the
 * summaries cover every stakeholder, year and region the tables now hold.
 * Entry cells come back as they were (the template writes the plan's own
 * values); a workbook with content the template would not carry over (extra
 * sheets or columns, unreadable cells) is refused, never trimmed.
 * Without --out the file is replaced atomically (src/cli/output.ts: written
 * beside its real target, then renamed; its mode kept, a link kept a link).
 * The use case is the task pane's update (src/app/create.ts).
 */
import { t } from "../../core/i18n";
import type { Lang } from "../../core/model";
import { refresh } from "../../app/create";
import { backupLines } from "../../core/template/backup";
import { explicitLang, openNational, parse, requireArgs, type CliIO } from "../common";
import { checkOutput, saveWorkbook } from "../output";

export async function refreshCommand(args: string[], io: CliIO, locale: Lang): Promise<number> {
  const { values, positionals } = parse(
    args,
    { out: { type: "string", short: "o" }, lang: { type: "string" } },
    locale
  );
  requireArgs(locale, positionals, "FILE.xlsx", values, {});
  const explicit = explicitLang(values.lang, io, locale);
  const file = positionals[0];
  // Without --out the file itself is the output: no input to keep apart from it.
  const out = values.out === undefined ? file : String(values.out);
  const inputs = values.out === undefined ? [] : [file];
  await checkOutput(out, inputs, explicit ?? locale);
  const started = Date.now();
  const { workbook, lang } = await openNational(file, locale, explicit);
  const written = await refresh(workbook, lang);
  await saveWorkbook(workbook, out, inputs, lang);
  io.out(t(lang, "msg.refreshed", { file: out, ms: Date.now() - started }));
  for (const line of backupLines(written.backup, lang)) io.out(line);
  return 0;
}
