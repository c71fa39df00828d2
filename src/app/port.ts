/**
 * The port the use cases talk to: a workbook that holds (or will hold) the
 * template. Two adapters implement it: the .xlsx file (exceljs, for the
 * command line: src/xlsx/workbook.ts) and the open workbook in Excel
 * (Office.js, for the task pane: src/office/excel-adapter.ts).
 *
 * Everything crossing it is plain data: the template's tables as values, a
 * workbook plan to write, a report (a sheet and the cells to mark). Writes
 * take a function of what was read, so an adapter can read and write in a
 * fixed number of round trips (Excel: create 2 syncs, update 6, check 4;
 * reading what is outside the tables 2).
 */
import type { UpgradeBackup } from "../core/template/backup";
import type { WorkbookValues } from "../core/template/read";
import type { Cell, WorkbookPlan } from "../core/template/types";
import type { Mark } from "../core/validate/report";
import type { Outside } from "../core/template/outside";

/** What an adapter could not do, by code (a planner's message is written for each). */
export type PortErrorCode = "not-supported" | "protected" | "too-large" | "unknown";

export class PortError extends Error {
  constructor(
    readonly code: PortErrorCode,
    readonly details: string
  ) {
    super(`${code}: ${details}`);
    this.name = "PortError";
  }
}

/**
 * The workbook changed between the read and the write (a co-author's edit, in
 * the cells named): nothing was written; reading again and writing again is safe.
 */
export class ChangedMeanwhile extends PortError {
  readonly kind = "changed-meanwhile";
  constructor(readonly cells: string[]) {
    super("unknown", `changed since it was read: ${cells.join(", ")}`);
    this.name = "ChangedMeanwhile";
  }
}

/**
 * A write failed part way (the network, throttling, a co-author). `restored`:
 * the template's tables were put back as they were before the write (the pane
 * can offer to write again, or leave it); otherwise the previous tables are
 * kept on the hidden sheet `backup` (the pane can offer to finish or roll back).
 */
export class WriteInterrupted extends PortError {
  readonly kind = "write-interrupted";
  constructor(
    readonly restored: boolean,
    readonly failure: string,
    readonly backup?: string
  ) {
    super(
      "unknown",
      restored
        ? `the write failed part way and the workbook was restored: its tables are as they were (write again to bring back the titles and formats around them): ${failure}`
        : `the write failed part way and could not be undone; the previous tables are on the sheet ${backup}: ${failure}`
    );
    this.name = "WriteInterrupted";
  }
}

/** Parts of the template an older Excel cannot take (left out, and named). */
export type Feature =
  | "validation"
  | "conditionalFormats"
  | "charts"
  | "freeze"
  | "tabColor"
  | "suspendCalculation"
  | "suspendScreen"
  | "print"
  // An upgrade's hidden copy of the older sheets (Worksheet.copy, ExcelApi 1.10).
  | "backup";

export interface Written {
  /** True when the workbook held the template already (updated in place). */
  upgraded: boolean;
  /** Round trips to the workbook (0 for a file). */
  syncs: number;
  sheets: number;
  tables: number;
  rows: number;
  /** Features left out because the workbook's application lacks them. */
  skipped: Feature[];
  /** Largest write batch, in bytes of JSON (0 for a file). */
  largestBatch: number;
  /**
   * When the workbook was of an older template (src/app/create.ts writeKept):
   * that version, and the hidden copies kept of its older sheets (none when
   * Excel cannot copy sheets; null when not asked: the original file stays).
   */
  backup?: UpgradeBackup;
}

/** A cell whose mark an earlier report left. */
export interface Unmark {
  sheet: string;
  cell: string;
}

/** A report to write: its sheet(s), the cells to mark and those to unmark. */
export interface ReportWrite {
  plan: WorkbookPlan;
  mark: Mark[];
  unmark: Unmark[];
}

export interface WorkbookPort {
  /** The template's tables as plain values (header row first), with their formulas. */
  read(): Promise<WorkbookValues>;
  /**
   * Create or update the template: `build` gets the template's tables (null
   * when the workbook has none) and gives the plan to write. A create never
   * replaces a sheet, table or name already there (CreateBlocked).
   */
  write(build: (values: WorkbookValues | null) => WorkbookPlan): Promise<Written>;
  /** Read the tables, write the report `make` gives and mark its cells; nothing else changes. */
  report(make: (values: WorkbookValues) => ReportWrite): Promise<{ syncs: number }>;
  /** Every sheet's name, where the adapter can tell (to refuse content a rewrite would drop). */
  sheetNames?(): Promise<string[]>;
  /**
   * What the workbook holds outside its tables (cells, comments, hyperlinks,
   * names), where the adapter can tell: a rewrite refuses what it would drop.
   */
  outside?(): Promise<Outside>;
}

/** The rows an edit touched, as read again. */
export interface ChangedRows {
  sheet: string;
  /** 0-based index of the first row read, and the rows' values (whole rows, from column A). */
  row: number;
  values: (string | number | boolean | null)[][];
}

/** Rows to add at the end of the change log (tblChanges), as cells, on its sheet. */
export interface LogAppend {
  sheet: string;
  table: string;
  rows: Cell[][];
}

/** A workbook open in a spreadsheet application: a person edits it while the pane watches. */
export interface LiveWorkbookPort extends WorkbookPort {
  /** Whether edits can be watched (Excel 2019 and later). */
  canWatch(): boolean;
  /** Watch the sheets for edits; where the adapter can, it gives back a remover of the handlers. */
  watch(
    sheets: string[],
    onChange: (sheet: string, address: string) => void
  ): Promise<(() => Promise<void>) | void>;
  /** Read only the rows an edit touched, as far right as `width` columns (1 round trip). */
  readRows(sheet: string, address: string, width: number): Promise<ChangedRows>;
  /**
   * Update marks after a live re-check, and add the edit's rows to the change
   * log when given (the same round trip).
   */
  remark(unmark: Unmark[], mark: Omit<Mark, "message">[], log?: LogAppend): Promise<void>;
  /** Select a cell for the person. */
  select(sheet: string, cell: string): Promise<void>;
}
