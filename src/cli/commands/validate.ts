/**
 * nap1325 validate FILE.xlsx [--json] [--lang en|fr] [--report OUT.xlsx]
 *
 * Prints the findings of the full check (text grouped by sheet and
 * severity, or JSON), and exits 1 when there are errors, 0 otherwise (2 for
 * usage errors and unreadable files). --report writes a copy with a report
 * sheet and the offending cells marked; the file checked is never changed.
 * The check is the task pane's (src/app/check.ts).
 */
import path from "path";
import { t } from "../../core/i18n";
import type { Lang } from "../../core/model";
import { errors, type Finding } from "../../core/validate";
import { checkWorkbook, describeCheck, severityLabel } from "../../app/check";
import { explicitLang, openChecked, parse, speak, UsageError, type CliIO } from "../common";
import { checkOutput, saveWorkbook } from "../output";

/** The findings as text: by sheet, errors then warnings, then a count. */
function text(findings: Finding[], file: string, lang: Lang): string[] {
  const lines: string[] = [];
  for (const sheet of new Set(findings.map((f) => f.sheet))) {
    lines.push(`== ${sheet || path.basename(file)}`);
    for (const severity of ["error", "warning"] as const) {
      for (const f of findings.filter((x) => x.sheet === sheet && x.severity === severity)) {
        lines.push(`  ${severityLabel(f, lang)} [${f.rule}] ${f.message}`);
      }
    }
  }
  lines.push(describeCheck(findings, lang));
  return lines;
}

export async function validateCommand(args: string[], io: CliIO, locale: Lang): Promise<number> {
  const { values, positionals } = parse(
    args,
    { json: { type: "boolean" }, lang: { type: "string" }, report: { type: "string" } },
    locale
  );
  if (positionals.length !== 1) throw new UsageError(t(locale, "v.usage"));
  const explicit = explicitLang(values.lang, io, locale);
  const file = positionals[0];
  const out = values.report === undefined ? undefined : String(values.report);
  const reportIsInput = (lang: Lang) => () => t(lang, "v.reportIsInput", { file: out });
  if (out !== undefined)
    await checkOutput(out, [file], explicit ?? locale, reportIsInput(explicit ?? locale));

  // A submission is untrusted: its bytes are inspected before it is parsed.
  const workbook = await openChecked(file, explicit ?? locale);
  const lang = await speak(workbook, explicit, locale);
  const { findings } = await checkWorkbook(workbook, lang, { report: out !== undefined });
  if (values.json) io.out(JSON.stringify(findings, null, 2));
  else for (const line of text(findings, file, lang)) io.out(line);

  if (out !== undefined) {
    await saveWorkbook(workbook, out, [file], lang, reportIsInput(lang));
    // With --json, standard output holds the JSON only.
    const written = t(lang, "v.reportWritten", { file: out });
    if (values.json) io.err(written);
    else io.out(written);
  }
  return errors(findings).length ? 1 : 0;
}
