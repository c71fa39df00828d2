/**
 * A workbook plan: what to write, sheet by sheet, as plain data.
 * The template produces it; the Office.js and .xlsx adapters apply it.
 * Rows and columns are 0-based; ranges are A1 addresses within the sheet.
 */
import type { Lang } from "../model";

export type CellValue = string | number | boolean | null;
/**
 * A value, or a native Excel formula in file syntax (starting with "="), with
 * the result a file keeps for it when known (a person's formula written back).
 */
export type Cell = CellValue | { formula: string; result?: CellValue };

export function isFormula(c: Cell): c is { formula: string } {
  return typeof c === "object" && c !== null && "formula" in c;
}

export type SheetKey =
  | "guide"
  | "framework"
  | "indicators"
  /** refsheets (issue 14): the indicators' reference sheets. */
  | "refs"
  | "actions"
  | "budget"
  | "stakeholders"
  | "funding"
  | "regions"
  | "risks"
  | "values"
  | "imports"
  | "conflicts"
  | "submissions"
  | "changes"
  | "sumPillars"
  | "sumStakeholders"
  | "sumFunding"
  | "sumYears"
  | "sumRegions"
  | "sumIndicators"
  | "completeness"
  | "donor"
  /** donorprint (issue 18): one funding partner's page. */
  | "partnerPage"
  | "sumGlobal"
  | "report"
  | "lists"
  | "meta";

export type CellStyle =
  "title" | "subtitle" | "label" | "note" | "caption" | "entry" | "computed" | "wrap";

/** A rectangular block of cells written in one go. */
export interface CellBlock {
  row: number;
  col: number;
  cells: Cell[][];
}

export interface FormatPlan {
  /** A1 range, e.g. "D2:D40". */
  range: string;
  numberFormat?: string;
  style?: CellStyle;
}

export type ValidationPlan =
  | {
      range: string;
      type: "list";
      /** A formula giving the list, e.g. "=lst_status". */
      source: string;
      prompt?: string;
      error: string;
      /** "information": the message is shown, and what was typed is kept (a suggestion list). */
      alert?: "information";
    }
  | {
      range: string;
      type: "decimal" | "whole";
      min?: number;
      max?: number;
      prompt?: string;
      error: string;
    };

export interface TablePlan {
  /** Stable, language-independent name, e.g. "tblIndicators". */
  name: string;
  /** Top-left cell of the header row. */
  row: number;
  col: number;
  /** Header texts, in the workbook's language. */
  headers: string[];
  /** Column keys (language-independent), one per header. */
  keys: string[];
  /** Body rows (at least one: Excel tables need a data row). */
  rows: Cell[][];
  /** Columns a person fills in (unlocked when the sheet is protected). */
  entry: boolean[];
  numberFormats: (string | undefined)[];
  style: string;
  /** Comments (notes) a person left on the table's cells, kept through a rewrite: `row` -1 is the header. */
  notes?: { row: number; col: number; text: string }[];
  /** Hyperlinks a person put on the table's cells, kept through a rewrite. */
  links?: { row: number; col: number; target: string }[];
}

export interface SheetPlan {
  key: SheetKey;
  name: string;
  visibility: "visible" | "hidden" | "veryHidden";
  tabColor?: string;
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  /** Ranges merged into one cell (long notes across a table's width). */
  merges?: string[];
  /** Row heights in points, by 0-based row (rows of wrapped text). */
  rowHeights?: Record<number, number>;
  freeze?: { rows: number; columns: number };
  blocks: CellBlock[];
  tables: TablePlan[];
  formats: FormatPlan[];
  validations: ValidationPlan[];
  /** Protect the sheet (no password); ranges listed stay editable. */
  protection: null | { unlocked: string[] };
  /**
   * Conditional formats that flag impossible entries in the cell, even where
   * pasted values bypass data validation: a formula written for the range's
   * top-left cell (relative references move with each cell).
   */
  conditionalFormats?: { range: string; formula: string }[];
  /**
   * Red, amber and green on status and progress cells (the Indicator
   * progress sheet): a formula written for the range's top-left cell, true
   * where the colour applies. Plain data; an adapter that does not know it
   * writes nothing for it.
   */
  ragFormats?: RagFormat[];
  /** Native charts (the Office.js adapter draws them; exceljs cannot write charts). */
  charts?: ChartPlan[];
  /**
   * Printing, as wished: orientation (the other is taken where it prints
   * fewer pages), fit to one page wide (or, too wide for that at a readable
   * scale, across pages with `repeatColumns` on each), rows and columns
   * repeated on each page, header and footer text, and `columns`: the print
   * area, the columns a reader of the paper needs (all when not given).
   * src/core/template/print.ts resolves it into the page layout both
   * adapters write.
   */
  print?: {
    orientation: "portrait" | "landscape";
    fitToWidth: boolean;
    /** Fitted to one page whatever the scale (the Guide). */
    onePage?: boolean;
    /**
     * Prints nothing (a technical sheet: the drop-downs' sources): its print
     * area is one empty cell beyond the used range, an empty page that
     * LibreOffice and Excel leave out. Clearing the print area prints it whole.
     */
    nothing?: boolean;
    repeatRows?: { from: number; to: number };
    repeatColumns?: { from: number; to: number };
    columns?: { from: number; to: number };
    /** donorprint (issue 18): the print area's first row (0-based), below a note meant for typing. */
    firstRow?: number;
    header?: string;
    footer?: string;
  };
}

export interface RagFormat {
  range: string;
  formula: string;
  colour: "red" | "amber" | "green";
}

export interface ChartPlan {
  type: "ColumnClustered" | "BarClustered" | "Pie";
  title: string;
  /** The categories column and the values column (A1 ranges on the same sheet, same rows). */
  categories: string;
  values: string;
  /** Where it goes: the top-left cell. */
  at: string;
}

export interface NamePlan {
  name: string;
  /** A formula such as "='Lists'!$A$2:$A$6". */
  refersTo: string;
  comment?: string;
}

export interface WorkbookPlan {
  templateVersion: number;
  lang: Lang;
  sheets: SheetPlan[];
  names: NamePlan[];
  /**
   * Before anything is written: copy each existing sheet `from` to a hidden
   * sheet `to`, as it is (its tables become plain ranges), kept until a person
   * removes it (an upgrade's backup of the older template: src/core/template/backup.ts).
   */
  backups?: BackupSheet[];
}

/** A sheet to keep, hidden, under another name (see WorkbookPlan.backups). */
export interface BackupSheet {
  from: string;
  to: string;
  /** The tables on `from` (turned into plain ranges on the copy). */
  tables: string[];
}

/** Column index (0-based) to letters: 0 -> A, 27 -> AB. */
export function colLetter(index: number): string {
  let s = "";
  let n = index + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters to column index (0-based): A -> 0. */
export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 address of a 0-based cell. */
export function a1(row: number, col: number): string {
  return `${colLetter(col)}${row + 1}`;
}

/** A1 range of a 0-based rectangle. */
export function a1Range(row: number, col: number, rows: number, cols: number): string {
  return `${a1(row, col)}:${a1(row + rows - 1, col + cols - 1)}`;
}

/** Quote a sheet name for use in a formula. */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Escape a table column name inside a structured reference. */
export function structCol(header: string): string {
  return header.replace(/(['#[\]])/g, "'$1");
}
