/**
 * Check the workbook: every entry validated, a report sheet written, the
 * offending cells marked; then, in Excel, each edit checked live.
 */
import { t } from "../core/i18n";
import type { Lang } from "../core/model";
import { TEMPLATE_VERSION } from "../core/template/build";
import {
  changeCells,
  changeRows,
  editChanges,
  stampYears,
  writerOf,
  type EntryChange,
} from "../core/template/changelog";
import { readMeta, readStamp, TemplateError, type WorkbookValues } from "../core/template/read";
import { errors, validateWorkbook, type Finding } from "../core/validate";
import { markedCells, marks, reportSheet } from "../core/validate/report";
import type { LiveWorkbookPort, LogAppend, WorkbookPort } from "./port";

/** The change log's table: the pane adds a planner's edits to it, and does not watch it. */
const LOG_TABLE = "tblChanges";

export interface Checked {
  findings: Finding[];
  /** The tables as read (the live check starts from them). */
  values: WorkbookValues;
  syncs: number;
}

/**
 * The full check. With `report` (the default), the report sheet is written
 * and the cells marked (earlier marks removed); without it nothing is written.
 * A workbook that is not a NAP workbook is refused (TemplateError
 * "not-nap-workbook") before anything is written: no report sheet is added to
 * someone else's workbook.
 */
export async function checkWorkbook(
  port: WorkbookPort,
  lang: Lang,
  options: { report?: boolean } = {}
): Promise<Checked> {
  if (options.report === false) {
    const values = await port.read();
    return { findings: validateWorkbook(values, lang), values, syncs: 0 };
  }
  let findings: Finding[] = [];
  let read: WorkbookValues = {};
  const { syncs } = await port.report((values) => {
    read = values;
    findings = validateWorkbook(values, lang);
    if (findings.some((f) => f.rule === "structure.not-nap-workbook"))
      throw new TemplateError("not-nap-workbook", t(lang, "pane.error.not-nap-workbook"));
    return {
      plan: {
        templateVersion: TEMPLATE_VERSION,
        lang,
        sheets: [reportSheet(findings, lang)],
        names: [],
      },
      mark: marks(findings),
      unmark: markedCells(values),
    };
  });
  return { findings, values: read, syncs };
}

/** Findings grouped by sheet, errors before warnings (acknowledged ones last). */
export function groupFindings(findings: Finding[]): { sheet: string; findings: Finding[] }[] {
  const sheets = [...new Set(findings.map((f) => f.sheet))];
  const rank = (f: Finding) => (f.severity === "error" ? 0 : 1) + (f.acknowledged ? 2 : 0);
  return sheets.map((sheet) => ({
    sheet,
    findings: findings.filter((f) => f.sheet === sheet).sort((a, b) => rank(a) - rank(b)),
  }));
}

/** A finding's severity as a planner reads it ("Error", "Warning (acknowledged)"). */
export function severityLabel(f: Pick<Finding, "severity" | "acknowledged">, lang: Lang): string {
  return (
    t(lang, `severity.${f.severity}`) + (f.acknowledged ? ` ${t(lang, "v.acknowledged")}` : "")
  );
}

/** The one-line count of a check's findings. */
export function describeCheck(findings: Finding[], lang: Lang, report?: string): string {
  const warnings = findings.filter((f) => f.severity === "warning");
  if (!findings.length) return t(lang, "v.none");
  const counts = {
    errors: t(lang, "v.errorCount", { count: errors(findings).length }),
    warnings: t(lang, "v.warningCount", { count: warnings.length }),
  };
  if (report !== undefined) return t(lang, "pane.checked", { ...counts, sheet: report });
  return t(lang, "v.summary", {
    ...counts,
    acknowledged: t(lang, "v.acknowledgedCount", {
      count: warnings.filter((w) => w.acknowledged).length,
    }),
  });
}

/**
 * Live checking: after a full check, each edit re-reads only the rows it
 * touched (1 round trip), checks them against the rest of the workbook as
 * last read, and updates their marks (1 round trip) and findings.
 */
export class LiveCheck {
  constructor(
    private values: WorkbookValues,
    public findings: Finding[],
    private readonly lang: Lang
  ) {}

  /** The sheets whose tables a person edits (not the change log's). */
  sheets(): string[] {
    const log = this.values[LOG_TABLE]?.sheet;
    return [
      ...new Set(
        Object.values(this.values)
          .map((tv) => tv!.sheet)
          .filter((sheet) => sheet !== log)
      ),
    ];
  }

  /** Watch the workbook's tables; `onFindings` gets the findings after each edit. */
  async watch(port: LiveWorkbookPort, onFindings: (findings: Finding[]) => void): Promise<void> {
    await port.watch(this.sheets(), (sheet, address) => {
      void this.changed(port, sheet, address).then(onFindings);
    });
  }

  /** Re-check the rows an edit touched; returns the findings now. */
  async changed(port: LiveWorkbookPort, sheet: string, address: string): Promise<Finding[]> {
    const tables = Object.entries(this.values).filter(([, tv]) => tv!.sheet === sheet);
    if (!tables.length) return this.findings;
    const width = Math.max(...tables.map(([, tv]) => tv!.col + tv!.values[0].length));
    const rows = await port.readRows(sheet, address, width);
    // Put the fresh rows into the tables they belong to; entry cells that changed go to the log.
    const years = stampYears(this.values);
    const edited: EntryChange[] = [];
    for (const [name, tv] of tables) {
      const table = tv!;
      rows.values.forEach((line, i) => {
        const r = rows.row + i - table.row;
        if (r >= 1 && r < table.values.length) {
          const fresh = line.slice(table.col, table.col + table.values[0].length);
          edited.push(...editChanges(name, table, r, fresh, years));
          table.values[r] = fresh;
        }
      });
    }
    const inRows = (f: Finding) => {
      const m = /\d+$/.exec(f.cell);
      const row = m ? Number(m[0]) - 1 : -1;
      return f.sheet === sheet && row >= rows.row && row < rows.row + rows.values.length;
    };
    const all = validateWorkbook(this.values, this.lang);
    const before = this.findings.filter(inRows);
    const now = all.filter(inRows);
    this.findings = [...this.findings.filter((f) => !inRows(f)), ...now];
    await port.remark(
      before.map((f) => ({ sheet: f.sheet, cell: f.cell })),
      marks(now),
      this.logOf(edited)
    );
    return this.findings;
  }

  /** A planner's edits as rows of the change log, in the workbook's language (none without a log). */
  private logOf(edited: EntryChange[]): LogAppend | undefined {
    const log = this.values[LOG_TABLE];
    if (!log || !edited.length) return undefined;
    const stamp = readStamp(readMeta(this.values), this.lang);
    const lang = stamp.ok ? stamp.lang : this.lang;
    const who = writerOf(this.values, t(lang, "changes.tmu"));
    const rows = changeRows(edited, new Date().toISOString(), who, "edit");
    return { sheet: log.sheet, table: LOG_TABLE, rows: changeCells(rows, lang) };
  }
}

/**
 * The task pane's one change watcher. Each check hands it the fresh tables and
 * findings; edits are then checked against them. Excel is asked to watch a
 * sheet once: a later check only replaces what the handler checks against
 * (where the port gives back a remover, the old handler is removed and a new
 * one added instead). Either way one edit costs one read and one write,
 * however many checks came before. While `paused()` (the pane is writing),
 * change events are the add-in's own and are ignored.
 */
export class CheckWatcher {
  private live: LiveCheck | null = null;
  private onFindings: (findings: Finding[]) => void = () => undefined;
  private onError: (e: unknown) => void = () => undefined;
  private readonly watched = new Set<string>();
  private remove: (() => Promise<void>) | null = null;

  constructor(
    private readonly port: LiveWorkbookPort,
    private readonly paused: () => boolean = () => false
  ) {}

  /** Check each edit from now on against `checked`; `onFindings` gets the findings after each. */
  async start(
    checked: Checked,
    lang: Lang,
    onFindings: (findings: Finding[]) => void,
    onError: (e: unknown) => void = () => undefined
  ): Promise<void> {
    if (!this.port.canWatch()) return;
    const live = new LiveCheck(checked.values, checked.findings, lang);
    this.live = live;
    this.onFindings = onFindings;
    this.onError = onError;
    if (this.remove) {
      const remove = this.remove;
      this.remove = null;
      this.watched.clear();
      await remove();
    }
    const sheets = live.sheets().filter((s) => !this.watched.has(s));
    if (!sheets.length) return;
    for (const s of sheets) this.watched.add(s);
    // The port's watch may give back a remover (`() => Promise<void>`); its type says void until it does.
    const remover: unknown = await this.port.watch(sheets, (sheet, address) =>
      this.changed(sheet, address)
    );
    if (typeof remover === "function") this.remove = remover as () => Promise<void>;
  }

  /** Stop checking edits (the handlers stay registered but do nothing). */
  stop(): void {
    this.live = null;
  }

  private changed(sheet: string, address: string): void {
    const live = this.live;
    if (!live || this.paused()) return;
    live.changed(this.port, sheet, address).then(
      (findings) => {
        if (this.live === live) this.onFindings(findings);
      },
      (e: unknown) => this.onError(e)
    );
  }
}
