/**
 * What the gate lets through: limits on an untrusted .xlsx, derived from the
 * largest plausible national NAP workbook built from this template.
 *
 * The template (22 sheets, 23 tables, 73 zip parts; the Mali plan's workbook
 * is 84-90 KB, 3,800 cells) grows with the plan in rows, and with the period
 * in the indicators table's columns (19 + 2 per year). The largest plausible
 * national workbook, at the end of a plan's life:
 *   - 150 indicators (Mali: 63) over a 10-year period: 150 x 39 cells;
 *   - 1,000 actions (14 columns) and 10,000 budget lines (1,000 actions x 5
 *     years x 2 sources, 14 columns): 154,000 cells;
 *   - an import log of 20,000 records (20 focal points x 5 years x 200
 *     values, 8 columns): 160,000 cells; conflicts and submissions a few
 *     thousand rows; summaries and lists under 20,000 cells;
 * about 340,000 cells in all, no table over 25,000 rows, no sheet over 50
 * columns, well under 40 sheets and tables even with a report sheet, notes
 * and the pane's charts.
 *
 * The budget behind the cell limit: exceljs reads about 60,000-100,000
 * cells a second on this 2-core machine when it is loaded (measured: 280,000
 * cells in 3.2 s and 225 MB; 560,000 in 9.9 s and 340 MB; 1.1 million in
 * 17 s and 710 MB), and a command then reads the plan, checks it and may
 * write the workbook again. The aim is every command under 10 s and 1 GB.
 * So a workbook may hold 400,000 cells (the plausible maximum with some
 * room), tables and merged ranges that would make the reader create that
 * many cells, and no row or column beyond what the template could reach.
 */
export const LIMITS = {
  /** Largest file, in bytes. The Mali workbook is under 0.1 MB; 400,000 cells compress to 3-6 MB. */
  maxFileBytes: 20 * 1024 * 1024,
  /** Largest total of bytes the zip directory declares once inflated. */
  maxUncompressedBytes: 200 * 1024 * 1024,
  /**
   * Largest total of bytes actually inflated (counted while inflating, never
   * trusted from the zip's headers). 400,000 cells take 25-40 MB of XML.
   */
  maxInflatedBytes: 120 * 1024 * 1024,
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
  /** Highest row of any cell or range (the import log, the longest table, stays under 25,000). */
  maxRows: 50_000,
  /**
   * Most cells and rows the reader would create: cells and rows written in
   * the sheets, plus the cells of merged ranges. Table ranges count apart
   * (tables are read cell by cell over their whole declared range).
   */
  maxCells: 400_000,
  /** Most cells covered by data validation ranges (the reader keeps one entry per cell). */
  maxValidationCells: 2_000_000,
  /** Longest single XML tag, in characters (a cell's text is content, not a tag). */
  maxTagChars: 1024 * 1024,
} as const;

export type Limits = { [K in keyof typeof LIMITS]: number };
