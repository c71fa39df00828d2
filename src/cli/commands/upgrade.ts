/**
 * nap1325 upgrade FILE.xlsx [--out OUT.xlsx | --in-place] [--lang en|fr]
 *
 * A workbook made with an older template (its _NAP stamp) written again
 * from the current one, every typed value carried as typed (or nothing is
 * written, naming the cells). By default the upgraded copy is written next to
 * the file, as NAME-v2.xlsx (refused when that file exists), and the file
 * itself is left untouched: it is the backup. --in-place replaces the file
 * (atomically: src/cli/output.ts), keeping the older sheets in it, hidden.
 * Prints what was carried: the typed values of each sheet, in the workbook's
 * language. A workbook at the current template already is left alone.
 * The use case is the task pane's (src/app/upgrade.ts).
 */
import { promises as fs } from "fs";
import path from "path";
import { t } from "../../core/i18n";
import type { Lang } from "../../core/model";
import { TEMPLATE_VERSION } from "../../core/tables";
import { describeUpgraded, upgradeWorkbook } from "../../app/upgrade";
import { explicitLang, openNational, parse, requireArgs, UsageError, type CliIO } from "../common";
import { checkOutput, saveWorkbook } from "../output";

/** The upgraded copy's default name: beside the file, NAME-v2.xlsx. */
export function upgradedName(file: string, version = TEMPLATE_VERSION): string {
  const ext = path.extname(file);
  const base = path.basename(file, ext);
  return path.join(path.dirname(file), `${base}-v${version}${ext || ".xlsx"}`);
}

export async function upgradeCommand(args: string[], io: CliIO, locale: Lang): Promise<number> {
  const { values, positionals } = parse(
    args,
    {
      out: { type: "string", short: "o" },
      "in-place": { type: "boolean" },
      lang: { type: "string" },
    },
    locale
  );
  const explicit = explicitLang(values.lang, io, locale);
  const early = explicit ?? locale;
  requireArgs(early, positionals, "FILE.xlsx", values, {});
  const file = positionals[0];
  const inPlace = values["in-place"] === true;
  if (inPlace && values.out !== undefined) throw new UsageError(t(early, "upgrade.inPlaceOut"));
  const out = inPlace ? file : values.out !== undefined ? String(values.out) : upgradedName(file);
  const inputs = inPlace ? [] : [file];
  // A copy of its own name is never written over: another --out names another file.
  if (!inPlace && values.out === undefined && (await exists(out)))
    throw new UsageError(t(early, "upgrade.exists", { file: out }));
  await checkOutput(out, inputs, early);
  const { workbook, read, lang } = await openNational(file, locale, explicit);
  if (read.templateVersion >= TEMPLATE_VERSION) {
    io.out(t(lang, "upgrade.current", { file, version: read.templateVersion }));
    return 0;
  }
  const upgraded = await upgradeWorkbook(workbook, lang, { backup: inPlace });
  await saveWorkbook(workbook, out, inputs, lang);
  for (const line of describeUpgraded(upgraded, out, lang)) io.out(line);
  return 0;
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}
