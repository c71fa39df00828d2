/**
 * What every rule shares: the finding's shape, the rule ids, and the
 * checker the rules report through (it knows each row's table and code, so
 * a rule names only the column and the message).
 */
import { t, type MessageKey } from "../i18n";
import type { Lang } from "../model";
import type { RowReader } from "../template/read";

export type Severity = "error" | "warning";

/** Stable rule ids (JSON output, the report sheet, tests). */
export const RULES = [
  "structure.not-nap-workbook",
  "structure.newer-template",
  "structure.missing-table",
  "structure.missing-column",
  "structure.duplicate-column",
  "not-a-number",
  "excel-error",
  "unknown-label",
  "below-fixed-table",
  "structure.taken-in",
  "structure.computed-missing",
  "structure.computed-typed-over",
  "measure.percent",
  "measure.count",
  "measure.level",
  "measure.yesno",
  "measure.target-direction",
  "time.outside-period",
  "time.baseline-after-actual",
  "time.baseline-after-period",
  "time.end-target",
  "structure.duplicate-code",
  "structure.unknown-parent",
  "structure.unknown-reference",
  "money.negative",
  "money.secured-above-planned",
  "money.secured-indicative",
  "money.total",
  "money.cost",
  // Money disbursed and spent (money, issue 14 point 4).
  "money.execution-negative",
  "money.spent-above-disbursed",
  "money.disbursed-above-secured",
  "org.identifier",
  "status.completed-progress",
  "status.not-started-progress",
  "values.unknown-indicator",
  "values.negative",
  "values.zero-denominator",
  "values.numerator-above-denominator",
  "values.value-disagrees",
  "values.actual-disagrees",
  // Issue 14 point 1 (breakdowns): breakdown codes, periods by frequency, repeated rows.
  "values.breakdown-unknown",
  "values.breakdown-undeclared",
  "values.period-finer",
  "values.duplicate",
  "outlier.zscore",
  "outlier.range",
  // refsheets (issue 14): src/core/validate/rules/schedule.ts.
  "schedule.unread",
  "schedule.outside-period",
  "schedule.end-before-start",
  "schedule.unknown-indicator",
  "refs.unknown-indicator",
  "framework.assumption-not-result",
  // ptargets (issue 14 point 1): src/core/validate/rules/value-targets.ts.
  "values.target-not-number",
  "values.target-disagrees",
] as const;
export type Rule = (typeof RULES)[number];

export interface Finding {
  severity: Severity;
  rule: Rule;
  /** The sheet and the cell (A1); empty when the finding is about the whole workbook. */
  sheet: string;
  cell: string;
  /** The table (tblIndicators...), when the finding is in one. */
  table?: string;
  /** The column's key (actual:2021, amount...), language-independent. */
  column?: string;
  /** The row's code: the indicator, action, stakeholder... (a budget line's action). */
  key?: string;
  /** "Sheet!A1: what is wrong: what would be right", in the chosen language. */
  message: string;
  /**
   * An outlier warning on an indicator whose Comment column explains it:
   * kept in the list (marked so), but neither counted nor marked in the cell.
   */
  acknowledged?: boolean;
}

/** The entry tables the rules read, by table key. */
export interface Tables {
  framework: RowReader[];
  indicators: RowReader[];
  actions: RowReader[];
  budget: RowReader[];
  stakeholders: RowReader[];
  funding: RowReader[];
  regions: RowReader[];
  risks: RowReader[];
  values: RowReader[];
  /** refsheets (issue 14). */
  refs: RowReader[];
}
export type EntryTable = keyof Tables;

/** What rules know about the plan besides its tables. */
export interface Env {
  years: number[];
  /** The plan's level scale values (empty when the workbook carries none). */
  levels: number[];
  /** The plan's level scale with its labels, which level indicators' cells may hold. */
  scale?: { value: number; en: string; fr: string }[];
  /** Each table's sheet, as the workbook names it. */
  sheets: Record<EntryTable, string>;
  /**
   * Tables that could not be read (missing, or a column missing): already a
   * finding, so rules that look things up in them stay silent.
   */
  unread: Set<EntryTable>;
}

export type Check = (c: Checker, tables: Tables, env: Env) => void;

export const fmt = (x: number): string => String(Math.round(x * 1000) / 1000);

/** Collects findings; each row is known by its table and code. */
export class Checker {
  readonly findings: Finding[] = [];
  private readonly rows = new Map<RowReader, { table: string; key?: string }>();

  constructor(readonly lang: Lang) {}

  /** Register a table's rows, with the column that names each row. */
  track(rows: RowReader[], table: string, keyColumn: string): void {
    for (const r of rows) this.rows.set(r, { table, key: r.text(keyColumn) });
  }

  keyOf(r: RowReader): string | undefined {
    return this.rows.get(r)?.key;
  }

  t(key: MessageKey, values?: Record<string, string | number>): string {
    return t(this.lang, key, values);
  }

  /** A finding at a row's cell in a column. Returns it (to mark it acknowledged). */
  add(
    r: RowReader,
    column: string,
    severity: Severity,
    rule: Rule,
    message: MessageKey,
    values: Record<string, string | number> = {}
  ): Finding {
    const cell = r.address(column);
    const row = this.rows.get(r);
    const f: Finding = {
      severity,
      rule,
      sheet: r.sheet,
      cell,
      table: row?.table,
      column,
      key: row?.key,
      message: `${r.sheet}!${cell}: ${this.t(message, values)}`,
    };
    this.findings.push(f);
    return f;
  }
}
