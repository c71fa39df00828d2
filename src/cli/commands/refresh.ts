/**
 * nap1325 refresh FILE.xlsx [--out OUT.xlsx]
 *
 * Brings the summary sheets up to date with the entry tables: the workbook
 * is read back into the plan and written again from the template, so the
 * summaries cover every stakeholder, year and region the tables now hold.
 * Entry cells come back as they were (the template writes the plan's own
 * values); a workbook with content the template would not carry over (extra
 * sheets or columns, unreadable cells) is refused, never trimmed.
 * Without --out the file is replaced atomically (written beside it, then renamed).
 */
import { promises as fs } from "fs";
import path from "path";
import { t } from "../../core/i18n";
import type { Lang } from "../../core/model";
import { parse, UsageError, type CliIO } from "../common";
import { loadNational, writeOut } from "./consolidate";

export async function refreshCommand(args: string[], io: CliIO, msg: Lang): Promise<number> {
  const { values, positionals } = parse(args, { out: { type: "string", short: "o" } }, msg);
  if (positionals.length !== 1)
    throw new UsageError(t(msg, "error.missingValue", { option: "FILE.xlsx" }));
  const file = positionals[0];
  const started = Date.now();
  const wb = await loadNational(file, msg);
  const out = values.out
    ? String(values.out)
    : path.join(path.dirname(file), `.${path.basename(file)}.refresh-${process.pid}.xlsx`);
  await writeOut(wb.read.plan, wb.read.lang, out, values.out ? [file] : [], msg);
  if (!values.out) await fs.rename(out, file);
  io.out(t(msg, "msg.refreshed", { file: values.out ? out : file, ms: Date.now() - started }));
  return 0;
}
