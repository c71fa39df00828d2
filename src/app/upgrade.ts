/**
 * Upgrade a workbook made with an older template (its _NAP stamp says a
 * lower version) to the current one, for the command line (nap1325 upgrade)
 * and the task pane (its update of an older workbook). The workbook is read
 * back into the plan and written again from the current template with every
 * typed cell as typed (src/app/create.ts writeKept; a cell that would change
 * refuses the whole write). The tables an older template lacked come empty
 * (tblValues, tblChanges...); the yearly actuals typed in tblIndicators stay
 * there as typed. When asked, the sheets holding the old tables are first
 * copied to hidden sheets ("Indicators (v1)"), kept until a person deletes them.
 */
import { t } from "../core/i18n";
import { planYears, type Lang } from "../core/model";
import { TEMPLATE_VERSION } from "../core/tables";
import { readMeta, readStamp, TemplateError, type WorkbookValues } from "../core/template/read";
import type { WorkbookPlan } from "../core/template/types";
import { typedCounts, type TypedCount } from "../core/template/upgrade";
import { rebuilt, writeKept } from "./create";
import type { WorkbookPort, Written } from "./port";

export interface Upgraded {
  written: Written;
  /** The template version the workbook had, and the one written. */
  from: number;
  to: number;
  /** Typed values of each table, as read before the write (each proven kept by the guard). */
  carried: TypedCount[];
  total: number;
  /** The hidden copies kept of the older sheets (none when not asked, or when Excel cannot copy). */
  backups: string[];
}

export interface UpgradePlan {
  plan: WorkbookPlan;
  from: number;
  carried: TypedCount[];
}

/**
 * What upgrading `values` writes: the workbook's own plan rebuilt from the
 * current template (every typed cell proven kept). The backup of the older
 * sheets is writeKept's (src/app/create.ts), when asked.
 */
export function upgradePlan(values: WorkbookValues | null, lang: Lang): UpgradePlan {
  if (!values) throw new TemplateError("not-nap-workbook", t(lang, "pane.error.not-nap-workbook"));
  const stamp = readStamp(readMeta(values), lang);
  if (!stamp.ok) throw stamp.error;
  const carried = typedCounts(values, planYears({ period: stamp.period }));
  return { plan: rebuilt(values, lang), from: stamp.version, carried };
}

/** Upgrade the workbook behind `port` to the current template. */
export async function upgradeWorkbook(
  port: WorkbookPort,
  lang: Lang,
  options: { backup: boolean }
): Promise<Upgraded> {
  let made: UpgradePlan | undefined;
  const written = await writeKept(
    port,
    lang,
    (values) => {
      made = upgradePlan(values, lang);
      return made.plan;
    },
    { why: "upgrade", backup: options.backup }
  );
  const done = made!;
  return {
    written,
    from: done.from,
    to: TEMPLATE_VERSION,
    carried: done.carried,
    total: done.carried.reduce((n, c) => n + c.count, 0),
    backups: written.backup?.sheets ?? [],
  };
}

/** The lines that report an upgrade, in the planner's language. */
export function describeUpgraded(u: Upgraded, file: string, lang: Lang): string[] {
  const tables = u.carried
    .filter((c) => c.count > 0)
    .map((c) => t(lang, "upgrade.table", { sheet: c.sheet, count: c.count }))
    .join(", ");
  const lines = [t(lang, "upgrade.done", { file, from: u.from, to: u.to, total: u.total, tables })];
  if (u.backups.length) lines.push(t(lang, "upgrade.backups", { sheets: u.backups.join(", ") }));
  return lines;
}
