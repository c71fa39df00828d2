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
 * The use case is the task pane's update (src/app/create.ts).
 */
import { promises as fs } from "fs";
import path from "path";
import { t } from "../../core/i18n";
import type { Lang } from "../../core/model";
import { refresh } from "../../app/create";
import { openNational, parse, saveWorkbook, UsageError, type CliIO } from "../common";

export async function refreshCommand(args: string[], io: CliIO, msg: Lang): Promise<number> {
  const { values, positionals } = parse(args, { out: { type: "string", short: "o" } }, msg);
  if (positionals.length !== 1)
    throw new UsageError(t(msg, "error.missingValue", { option: "FILE.xlsx" }));
  const file = positionals[0];
  const started = Date.now();
  const { workbook } = await openNational(file, msg);
  await refresh(workbook, msg);
  const out = values.out
    ? String(values.out)
    : path.join(path.dirname(file), `.${path.basename(file)}.refresh-${process.pid}.xlsx`);
  await saveWorkbook(workbook, out, values.out ? [file] : [], msg);
  if (!values.out) await fs.rename(out, file);
  io.out(t(msg, "msg.refreshed", { file: values.out ? out : file, ms: Date.now() - started }));
  return 0;
}
