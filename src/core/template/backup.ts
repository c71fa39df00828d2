/**
 * The backup an upgrade keeps: before a workbook made with an older template
 * is written again from the current one, each sheet holding its entry tables
 * is copied, as it is, to a hidden sheet named after it and its version
 * ("Indicators (v1)"). The copies stay until a person deletes them: a later
 * rewrite carries them over (the file adapter) or leaves them alone (Excel),
 * and the integrity check does not count them as sheets of one's own.
 */
import { t } from "../i18n";
import type { Lang } from "../model";
import { TABLES, TEMPLATE_VERSION } from "../tables";
import type { WorkbookValues } from "./read";
import type { BackupSheet, WorkbookPlan } from "./types";

/** Excel's longest sheet name. */
const MAX_SHEET = 31;

const BACKUP = /\s\(v\d{1,3}\)$/;

/** The hidden copy's name of `sheet` from template `version`, within Excel's 31 characters. */
export function backupSheetName(sheet: string, version: number): string {
  const suffix = ` (v${version})`;
  return sheet.slice(0, MAX_SHEET - suffix.length).trimEnd() + suffix;
}

/** Is this named as one of the backups an upgrade keeps? */
export function isBackupSheet(name: string): boolean {
  return BACKUP.test(name);
}

/** Is this the backup of one of `sheets` (the template's sheet names)? */
export function isBackupOf(name: string, sheets: Iterable<string>): boolean {
  if (!BACKUP.test(name)) return false;
  const base = name.replace(BACKUP, "").toLocaleLowerCase();
  return base.length > 0 && [...sheets].some((s) => s.toLocaleLowerCase().startsWith(base));
}

/**
 * `plan` with the backup of the sheets holding the workbook's tables (every
 * table the template declares but the version stamp), made from template
 * `version`. An adapter leaves a copy already there (an earlier attempt's) as it is.
 */
export function withBackups(
  plan: WorkbookPlan,
  values: WorkbookValues,
  version: number
): WorkbookPlan {
  const sheets: string[] = [];
  for (const def of TABLES) {
    if (def.key === "meta") continue;
    const sheet = values[def.name]?.sheet;
    if (sheet && !sheets.some((s) => s.toLocaleLowerCase() === sheet.toLocaleLowerCase()))
      sheets.push(sheet);
  }
  const same = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();
  const backups: BackupSheet[] = sheets.map((from) => ({
    from,
    to: backupSheetName(from, version),
    tables: Object.entries(values)
      .filter(([, tv]) => tv && same(tv.sheet, from))
      .map(([name]) => name),
  }));
  return backups.length ? { ...plan, backups } : plan;
}

/**
 * A write of a workbook of an older template: that version, and the hidden
 * copies kept of its older sheets (none when Excel cannot copy sheets; null
 * when none was asked: what was written is a new file, the original stays).
 */
export interface UpgradeBackup {
  from: number;
  sheets: string[] | null;
}

/** The lines that say a write upgraded an older workbook, and where its older sheets are kept. */
export function backupLines(backup: UpgradeBackup | undefined, lang: Lang): string[] {
  if (!backup) return [];
  const lines = [t(lang, "upgrade.olderWritten", { from: backup.from, to: TEMPLATE_VERSION })];
  if (backup.sheets)
    lines.push(
      backup.sheets.length
        ? t(lang, "upgrade.backups", { sheets: backup.sheets.join(", ") })
        : t(lang, "upgrade.noBackup")
    );
  return lines;
}
