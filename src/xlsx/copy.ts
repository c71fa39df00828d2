/**
 * A focal point's copy written in memory (issue 15 point 7, the task pane's
 * Prepare): a port whose reads give what was read of the national workbook
 * (a snapshot, each read a fresh clone) and whose write makes a new exceljs
 * workbook from the plan, to be offered as bytes. The national workbook is
 * not written. The task pane loads this module (and exceljs) on demand.
 */
import type { WorkbookValues } from "../core/template/read";
import type { WorkbookPlan } from "../core/template/types";
import type { Outside } from "../core/template/outside";
import { PortError, type Written } from "../app/port";
import type { CopyTarget, NationalSnapshot } from "../app/prepare";
import { packageArray, toExcelJs } from "./workbook";
import type ExcelJS from "exceljs";

/** A deep copy of plain data (cells are strings, numbers, booleans, null: JSON keeps them; older webviews lack structuredClone). */
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

export class CopyInMemory implements CopyTarget {
  private wb: ExcelJS.Workbook | undefined;

  constructor(private readonly national: NationalSnapshot) {}

  async read(): Promise<WorkbookValues> {
    return clone(this.national.values);
  }

  // What the national workbook holds outside its tables, and its sheets, where its adapter could tell.
  readonly outside = this.national.outside
    ? async (): Promise<Outside> => clone(this.national.outside!)
    : undefined;

  readonly sheetNames = this.national.sheetNames
    ? async (): Promise<string[]> => [...this.national.sheetNames!]
    : undefined;

  async write(build: (values: WorkbookValues | null) => WorkbookPlan): Promise<Written> {
    const plan = build(clone(this.national.values));
    this.wb = toExcelJs(plan);
    return {
      upgraded: true,
      syncs: 0,
      sheets: plan.sheets.length,
      tables: plan.sheets.reduce((n, s) => n + s.tables.length, 0),
      rows: plan.sheets.reduce((n, s) => n + s.tables.reduce((m, t) => m + t.rows.length, 0), 0),
      skipped: [],
      largestBatch: 0,
    };
  }

  async report(): Promise<{ syncs: number }> {
    throw new PortError("not-supported", "a copy in memory takes no report");
  }

  async bytes(): Promise<Uint8Array> {
    if (!this.wb) throw new Error("the copy has not been written yet");
    return packageArray(this.wb);
  }
}

/** A new copy of the national workbook as read (the pane's NewCopyTarget). */
export async function copyInMemory(national: NationalSnapshot): Promise<CopyTarget> {
  return new CopyInMemory(national);
}
