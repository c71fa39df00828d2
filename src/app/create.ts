/**
 * Create or update the template in a workbook (the update is also the
 * refresh: the summaries are rebuilt over the entry tables as they are).
 */
import { t } from "../core/i18n";
import { parsePlan, planYears, type ChangeReason, type Lang, type Plan } from "../core/model";
import { appendChanges, changeRows, entryChanges, writerOf } from "../core/template/changelog";
import { changedEntries } from "../core/template/guard";
import { keepTyped } from "../core/template/keep";
import { contentAtRisk, type AtRisk } from "../core/template/outside";
import { blankPlan } from "../core/plans/blank";
import { buildWorkbookPlan } from "../core/template/build";
import {
  readMeta,
  readPlan,
  readStamp,
  TemplateError,
  type ReadResult,
  type WorkbookValues,
} from "../core/template/read";
import type { WorkbookPlan } from "../core/template/types";
import { planForWorkbook, typedCounts, UpgradeBlocked } from "../core/template/upgrade";
import { backupLines, withBackups, type UpgradeBackup } from "../core/template/backup";
import { TEMPLATE_VERSION } from "../core/tables";
import type { WorkbookPort, Written } from "./port";

export type PlanChoice = "mali" | "example" | "blank";

export interface Choice {
  plan: PlanChoice;
  lang: Lang;
  start: number;
  end: number;
}

export { validYears } from "./years";

/** The embedded Mali plan, with the fictitious example operational plan when asked. */
export async function embeddedPlan(example: boolean): Promise<Plan> {
  // The embedded plans load when a workbook is written, not with the task pane's first screen.
  const [{ MALI_NAP_2019_2023 }, { withExampleOperationalPlan }] = await Promise.all([
    import(/* webpackChunkName: "plans" */ "../core/plans/mali-2019-2023"),
    import(/* webpackChunkName: "plans" */ "../core/plans/example-operational-plan"),
  ]);
  const mali = parsePlan(MALI_NAP_2019_2023);
  return example ? withExampleOperationalPlan(mali) : mali;
}

/** The plan a choice names. A blank plan has the four WPS pillars, to be filled in. */
export async function choosePlan(c: Choice): Promise<Plan> {
  if (c.plan === "blank") return blankPlan(c.lang, c);
  return embeddedPlan(c.plan === "example");
}

export interface Created {
  written: Written;
  /** Indicators in the workbook as written. */
  indicators: number;
  /** When the workbook was made with an older template: what its upgrade carried and kept. */
  upgrade?: {
    from: number;
    to: number;
    total: number;
    /** The hidden copies of the older sheets (none where Excel cannot copy sheets). */
    backups: string[];
  };
}

/**
 * Write the template for `plan` into a workbook without one, or update in
 * place the one it holds (every entry kept; its own language kept). A
 * workbook made with an older template is upgraded: its sheets holding the
 * old tables are first copied to hidden sheets (src/core/template/backup.ts).
 */
export async function createOrUpdate(port: WorkbookPort, plan: Plan, lang: Lang): Promise<Created> {
  let indicators = plan.indicators.length;
  let total = 0;
  const written = await writeKept(
    port,
    lang,
    (values) => {
      const wp = planForWorkbook(values, plan, lang);
      indicators = countIndicators(wp) ?? indicators;
      const stamp = values && readStamp(readMeta(values), lang);
      if (values && stamp && stamp.ok && stamp.version < TEMPLATE_VERSION) {
        // Upgrade (issue 14): writeKept keeps the older sheets, hidden, before anything is written.
        total = typedCounts(values, planYears({ period: stamp.period })).reduce(
          (n, c) => n + c.count,
          0
        );
      }
      return wp;
    },
    "upgrade"
  );
  const upgrade = written.backup && {
    from: written.backup.from,
    to: TEMPLATE_VERSION,
    total,
    backups: written.backup.sheets ?? [],
  };
  return { written, indicators, ...(upgrade ? { upgrade } : {}) };
}

/**
 * Every write of a workbook that may hold entries goes through here: the
 * plan `build` makes of what was read is written with each typed cell as it
 * was typed where the plan's value means the same (src/core/template/keep.ts),
 * comments and hyperlinks moved with their rows; content outside the tables
 * that the write would drop (src/core/template/outside.ts) refuses it, naming
 * each piece, before anything is written. Each entry cell the write changes
 * is a row of the change log (src/core/template/changelog.ts), with `reason`.
 */
export async function writeKept(
  port: WorkbookPort,
  lang: Lang,
  build: (values: WorkbookValues | null) => WorkbookPlan,
  reason: ChangeReason | WriteReason = "refresh-kept"
): Promise<Written> {
  const why: WriteReason = typeof reason === "string" ? { why: reason } : reason;
  const outside = port.outside ? await port.outside() : null;
  let backup: UpgradeBackup | undefined;
  const written = await port.write((values) => {
    let plan = build(values);
    if (!values) return plan;
    const before = readStamp(readMeta(values), lang);
    // A workbook of an older template written again keeps its older sheets,
    // hidden, whatever the write (refresh, import, settle...): not only the
    // update and `nap1325 upgrade --in-place` (src/core/template/backup.ts).
    if (before.ok && before.version < TEMPLATE_VERSION) {
      const asked = why.backup !== false;
      if (asked) plan = withBackups(plan, values, before.version);
      backup = {
        from: before.version,
        sheets: asked ? (plan.backups ?? []).map((b) => b.to) : null,
      };
    }
    const kept = keepTyped(values, plan, { relabel: before.ok && before.lang !== plan.lang });
    const problems: AtRisk[] = outside ? contentAtRisk(outside, values, kept.plan, lang) : [];
    for (const u of kept.unplaced) {
      const cell = `${u.sheet}!${u.cell}`;
      problems.push({
        sheet: u.sheet,
        cell: u.cell,
        rule: u.what === "note" ? "outside-note" : "outside-link",
        value: "",
        message: t(lang, "error.unplaced", { cell, what: t(lang, `word.${u.what}`) }),
      });
    }
    if (problems.length) throw new UpgradeBlocked(problems);
    const changed = entryChanges(values, kept.plan);
    if (!changed.length || why.extract) return kept.plan;
    const who = writerOf(values, t(kept.plan.lang, "changes.tmu"), why.by);
    const at = why.at ?? new Date().toISOString();
    return appendChanges(kept.plan, changeRows(changed, at, who, why.why), kept.plan.lang);
  });
  if (!backup) return written;
  // A backup Excel could not make (no sheet copy before ExcelApi 1.10) is none.
  const sheets = backup.sheets && written.skipped.includes("backup") ? [] : backup.sheets;
  return { ...written, backup: { from: backup.from, sheets } };
}

/** `writeKept` with the change log's reason, when (ISO; now when not given) and by whom. */
export function writeLogged(why: ChangeReason, at?: string, by?: string): typeof writeKept {
  return (port, lang, build) => writeKept(port, lang, build, { why, at, by });
}

/** Why a write changes entry cells, for the change log: the reason, when and by whom. */
export interface WriteReason {
  why: ChangeReason;
  /** When (ISO); now when not given. */
  at?: string;
  /** The person named for the TMU (settle's --by), when the workbook names no focal point. */
  by?: string;
  /** Regional plans: a region's copy is an extract (other regions' actions left out), not an edit: not logged. */
  extract?: boolean;
  /**
   * Whether a workbook of an older template keeps its older sheets, hidden
   * (default true). False where what is written is a new file and the
   * original stays as it was (a focal point's copy, `nap1325 upgrade --out`).
   */
  backup?: boolean;
}

function countIndicators(wp: WorkbookPlan): number | undefined {
  return wp.sheets.find((s) => s.key === "indicators")?.tables[0]?.rows.length;
}

/**
 * The workbook's plan, read to be written again: a workbook without the
 * template, or a cell the reader cannot take (it would be lost), refuses the rewrite.
 */
export function readForRewrite(values: WorkbookValues | null, lang: Lang): ReadResult {
  return readChecked(values, lang).read;
}

/** Read, and write back as read: the plan that rewrite gives, once every typed cell is proven kept. */
function readChecked(
  values: WorkbookValues | null,
  lang: Lang
): { read: ReadResult; rewrite: WorkbookPlan } {
  if (!values) throw new TemplateError("not-nap-workbook", t(lang, "pane.error.not-nap-workbook"));
  const read = readPlan(values, lang);
  if (read.problems.length) throw new UpgradeBlocked(read.problems);
  // Written again as read, every typed cell must come back exactly: else nothing is written.
  const rewrite = keepTyped(values, buildWorkbookPlan(read.plan, read.lang)).plan;
  const changed = changedEntries(values, rewrite, planYears(read.plan), lang);
  if (changed.length) throw new UpgradeBlocked(changed);
  return { read, rewrite };
}

/** The workbook's plan rebuilt from its entry tables (the plan the guard has checked). */
export function rebuilt(values: WorkbookValues | null, lang: Lang): WorkbookPlan {
  return readChecked(values, lang).rewrite;
}

/** Refresh: the summaries brought up to date with the entry tables, entry cells unchanged. */
export async function refresh(port: WorkbookPort, lang: Lang): Promise<Written> {
  return writeKept(port, lang, (values) => rebuilt(values, lang));
}

/** The workbook's plan as read, with the cells the reader could not take. */
export async function readWorkbookPlan(port: WorkbookPort, lang: Lang): Promise<ReadResult> {
  return readPlan(await port.read(), lang);
}

/** The lines that report a create or update, in the planner's language. */
export function describeCreated(c: Created, lang: Lang): string[] {
  const { written } = c;
  const values = {
    sheets: written.sheets,
    rows: written.rows,
    indicators: c.indicators,
    syncs: written.syncs,
  };
  const lines = [t(lang, written.upgraded ? "pane.upgraded" : "pane.created", values)];
  if (!c.upgrade) lines.push(...backupLines(written.backup, lang));
  else {
    lines.push(t(lang, "pane.upgradedFrom", c.upgrade));
    lines.push(
      c.upgrade.backups.length
        ? t(lang, "upgrade.backups", { sheets: c.upgrade.backups.join(", ") })
        : t(lang, "upgrade.noBackup")
    );
  }
  // A backup Excel could not make is said by its own line (below).
  const skipped = written.skipped.filter((f) => f !== "backup");
  if (skipped.length) {
    const features = skipped.map((f) => t(lang, `pane.feature.${f}`)).join(", ");
    lines.push(t(lang, "pane.skipped", { features }));
  }
  return lines;
}
