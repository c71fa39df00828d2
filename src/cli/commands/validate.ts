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
import { openChecked, parse, saveWorkbook, UsageError, type CliIO } from "../common";

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

export async function validateCommand(args: string[], io: CliIO, msg: Lang): Promise<number> {
  const { values, positionals } = parse(
    args,
    { json: { type: "boolean" }, lang: { type: "string" }, report: { type: "string" } },
    msg
  );
  if (positionals.length !== 1) throw new UsageError(t(msg, "v.usage"));
  if (values.lang !== undefined && values.lang !== "fr" && values.lang !== "en")
    throw new UsageError(t(msg, "error.badLang", { value: String(values.lang) }));
  const lang: Lang = values.lang === "fr" || values.lang === "en" ? values.lang : msg;
  const file = positionals[0];
  const out = values.report === undefined ? undefined : String(values.report);
  if (out !== undefined && path.resolve(out) === path.resolve(file))
    throw new UsageError(t(msg, "v.reportIsInput", { file: out }));

  // A submission is untrusted: its bytes are inspected before it is parsed.
  const workbook = await openChecked(file, msg);
  const { findings } = await checkWorkbook(workbook, lang, { report: out !== undefined });
  if (values.json) io.out(JSON.stringify(findings, null, 2));
  else for (const line of text(findings, file, lang)) io.out(line);

  if (out !== undefined) {
    await saveWorkbook(workbook, out, [file], msg);
    // With --json, standard output holds the JSON only.
    const written = t(lang, "v.reportWritten", { file: out });
    if (values.json) io.err(written);
    else io.out(written);
  }
  return errors(findings).length ? 1 : 0;
}
