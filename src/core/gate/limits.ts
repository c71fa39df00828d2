/**
 * What the gate lets through: limits on an untrusted .xlsx, derived from the
 * largest plausible national NAP workbook built from this template.
 *
 * The template (22 sheets, 23 tables, 73 zip parts; the Mali plan's workbook
 * is 84-90 KB, 3,800 cells) grows with the plan in rows, and with the period
 * in the indicators table's columns (19 + 2 per year). The largest plausible
 * national workbook, at the end of a plan's life:
 *   - 150 indicators (Mali: 63) over a 10-year period: 150 x 39 = 6,000 cells;
 *   - 1,000 actions x 14 columns: 14,000 cells;
 *   - 10,000 budget lines (1,000 actions x 5 years x 2 funding sources) x 14
 *     columns: 140,000 cells;
 *   - an import log of 10,000 records (20 focal points x 5 years x 100
 *     values) x 8 columns: 80,000 cells; conflicts and submissions a few
 *     thousand rows; summaries, lists and the guide under 20,000 cells;
 * about 260,000 cells in all, no table over 10,000 rows, no sheet over 50
 * columns, under 30 sheets and tables even with a report sheet, notes and
 * the pane's charts.
 *
 * The budget behind the cell limit: exceljs reads 30,000-90,000 cells a
 * second on this 2-core machine, depending on its load (measured: 280,000
 * cells in 3.2 s and 225 MB at load 7; 380,000 cells in 9.6 s and 264 MB at
 * load 13; 1.1 million in 17 s and 710 MB), and a command then reads the
 * plan, checks it and may write the workbook again. The aim is every
 * command under 10 s and 1 GB. So a workbook may hold 300,000 cells (the
 * plausible maximum with some room), tables and merged ranges that would
 * make the reader create as many, and no row or column beyond what the
 * template could reach (five times the plausible rows).
 */
export const LIMITS = {
  /** Largest file, in bytes. The Mali workbook is under 0.1 MB; 300,000 cells compress to 1-5 MB. */
  maxFileBytes: 20 * 1024 * 1024,
  /** Largest total of bytes the zip directory declares once inflated (as maxInflatedBytes). */
  maxUncompressedBytes: 50 * 1024 * 1024,
  /**
   * Largest total of bytes actually inflated (counted while inflating, never
   * trusted from the zip's headers). 300,000 cells take 10-30 MB of XML and
   * the plan's texts a few MB; exceljs holds a part as one string, and 96 MB
   * of shared strings cost it 7 s of CPU and 480 MB.
   */
  maxInflatedBytes: 50 * 1024 * 1024,
  /** Highest ratio of inflated to file size (the template's is 8; zip bombs go past 1,000). */
  maxRatio: 100,
  /** Most parts in the zip (the template has 73; with a report, notes and charts about 150). */
  maxEntries: 2000,
  /** Most sheets (the template has 22). */
  maxSheets: 64,
  /** Most tables (the template has 23). */
  maxTables: 64,
  /**
   * Highest column of any cell or range. The widest table is the indicators
   * table, 19 + 2 per year of the period: 241 columns for the longest period
   * the plan schema allows (1990-2100), 39 for a 10-year plan.
   */
  maxColumns: 256,
  /** Highest row of any cell or range (the longest tables, budget and import log, stay under 10,000). */
  maxRows: 50_000,
  /**
   * Most cells and rows the reader would create: cells and rows written in
   * the sheets, plus the cells of merged ranges. Table ranges count apart
   * (tables are read cell by cell over their whole declared range).
   */
  maxCells: 300_000,
  /** Most cells covered by data validation ranges (the reader keeps one entry per cell). */
  maxValidationCells: 2_000_000,
  /** Longest single XML tag, in characters (a cell's text is content, not a tag). */
  maxTagChars: 1024 * 1024,
} as const;

export type Limits = { [K in keyof typeof LIMITS]: number };
