/**
 * How a sheet prints: paper, orientation, scale and pages, resolved from the
 * sheet's print wishes (SheetPlan.print) and its size. Both adapters write
 * what this gives (the file adapter as the package's pageSetup, the Office.js
 * adapter through pageLayout), so a workbook prints the same whichever wrote it.
 *
 * The rule: A4 (the paper of Mali's administration), narrow side margins;
 * one page wide when that keeps the text at MIN_PRINT_SCALE or larger, in
 * whichever orientation takes fewer pages (the wished one on a tie); a
 * sheet a page or so too tall is fitted to fewer pages tall while its scale
 * stays readable. A sheet too wide to fit one page wide at MIN_PRINT_SCALE
 * prints at that scale across pages, its key columns repeated on each (print
 * titles), rather than shrunk to a size no one reads; none of the template's
 * does, since the two widest tables (Indicators, Operational plan) print up to
 * the column their table's file names (`printTo`). A sheet that asks for one page (the Guide) is fitted to one
 * page whatever the scale. Sizes are estimated from column widths and row heights, as
 * Excel measures them; the estimate leaves a margin so the printing engine's
 * own page breaks do not push the scale below the minimum.
 */
import { colLetter, type SheetPlan } from "./types";

/** The smallest scale a sheet is printed at, in percent (11-point text prints at 6 points). */
export const MIN_PRINT_SCALE = 55;

/** A4 in points. */
const A4 = { short: 595.3, long: 841.9 };

/** Margins in inches (Excel's unit in the package): narrow at the sides, room for the header and footer. */
export const PRINT_MARGINS = {
  left: 0.4,
  right: 0.4,
  top: 0.75,
  bottom: 0.75,
  header: 0.3,
  footer: 0.3,
};

/** Height of a row without one of its own (Calibri 11). */
const DEFAULT_ROW = 15;
/** Share of a page an estimate may fill: rows are not split across pages, widths are rounded. */
const SAFETY = 0.95;

export interface PageLayout {
  orientation: "portrait" | "landscape";
  paper: "A4";
  /** Fit to one page wide and this many pages tall (0: as many as needed); null prints at `scale`. */
  fit: { width: 1; height: number } | null;
  /** Percent: the fixed scale when `fit` is null; the estimated scale otherwise. */
  scale: number;
  /** Estimated pages (across × down). */
  pages: { across: number; down: number };
  margins: typeof PRINT_MARGINS;
  /** Rows and columns printed on every page ("1:1", "A:A"). */
  titleRows?: string;
  titleColumns?: string;
  /** The print area (A1), when not the whole sheet. */
  area?: string;
  header?: string;
  footer?: string;
}

/** Points a column of `width` (Excel's character units) takes: 7 pixels a character and 5 of padding. */
export function columnPoints(width: number): number {
  return (Math.trunc(width * 7 + 0.5) + 5) * 0.75;
}

/** Rows the sheet uses (its blocks and tables, a table's empty body as one row). */
function usedRows(sheet: SheetPlan): number {
  let rows = 0;
  for (const b of sheet.blocks) rows = Math.max(rows, b.row + b.cells.length);
  for (const t of sheet.tables) rows = Math.max(rows, t.row + 1 + Math.max(1, t.rows.length));
  return rows;
}

function printable(orientation: PageLayout["orientation"]): { width: number; height: number } {
  const [w, h] = orientation === "portrait" ? [A4.short, A4.long] : [A4.long, A4.short];
  const m = PRINT_MARGINS;
  return { width: w - (m.left + m.right) * 72, height: h - (m.top + m.bottom) * 72 };
}

interface Option {
  orientation: PageLayout["orientation"];
  fit: PageLayout["fit"];
  scale: number;
  across: number;
  down: number;
}

/** The layout of a sheet on paper (see the file's comment for the rule). */
export function pageLayout(sheet: SheetPlan): PageLayout | null {
  const p = sheet.print;
  if (!p) return null;
  if (p.nothing) {
    // One empty cell past the last column: an empty page, left out by the printing engine.
    const cell = `${colLetter(sheet.columnWidths.length)}1`;
    return {
      orientation: p.orientation,
      paper: "A4",
      fit: { width: 1, height: 1 },
      scale: 100,
      pages: { across: 0, down: 0 },
      margins: PRINT_MARGINS,
      area: `${cell}:${cell}`,
    };
  }
  const widths = sheet.columnWidths
    .slice(p.columns?.from ?? 0, (p.columns?.to ?? Infinity) + 1)
    .map(columnPoints);
  const width = widths.reduce((a, b) => a + b, 0) || 1;
  const rows = Math.max(1, usedRows(sheet));
  let height = 0;
  for (let r = p.firstRow ?? 0; r < rows; r++) height += sheet.rowHeights?.[r] ?? DEFAULT_ROW;
  const repeat = p.repeatColumns
    ? widths.slice(p.repeatColumns.from, p.repeatColumns.to + 1).reduce((a, b) => a + b, 0)
    : 0;
  const options: Option[] = [];
  const orientations: PageLayout["orientation"][] =
    p.orientation === "portrait" ? ["portrait", "landscape"] : ["landscape", "portrait"];
  for (const orientation of orientations) {
    const page = printable(orientation);
    const pw = page.width;
    const ph = page.height * SAFETY;
    const fitWidth = Math.min(100, Math.floor((100 * pw) / width));
    if (p.onePage) {
      const scale = Math.min(fitWidth, Math.floor((100 * ph) / height));
      options.push({ orientation, fit: { width: 1, height: 1 }, scale, across: 1, down: 1 });
    } else if (p.fitToWidth && fitWidth >= MIN_PRINT_SCALE) {
      const down = Math.max(1, Math.ceil((height * fitWidth) / 100 / ph));
      options.push({ orientation, fit: { width: 1, height: 0 }, scale: fitWidth, across: 1, down });
      // Fewer pages tall, while the text stays readable.
      for (let n = down - 1; n >= 1; n--) {
        const scale = Math.floor((100 * n * ph) / height);
        if (scale < MIN_PRINT_SCALE) break;
        options.push({ orientation, fit: { width: 1, height: n }, scale, across: 1, down: n });
      }
    } else {
      const scale = p.fitToWidth ? MIN_PRINT_SCALE : 100;
      const s = scale / 100;
      const across = Math.max(1, Math.ceil((width - repeat) / (pw / s - repeat)));
      const down = Math.max(1, Math.ceil((height * s) / ph));
      options.push({ orientation, fit: null, scale, across, down });
    }
  }
  // Fewest pages; then the larger print; then the wished orientation (listed first).
  const best = options.reduce((a, b) => {
    const pa = a.across * a.down;
    const pb = b.across * b.down;
    if (pb !== pa) return pb < pa ? b : a;
    return b.scale > a.scale ? b : a;
  });
  return {
    orientation: best.orientation,
    paper: "A4",
    fit: best.fit,
    scale: best.scale,
    pages: { across: best.across, down: best.down },
    margins: PRINT_MARGINS,
    ...(p.repeatRows ? { titleRows: `${p.repeatRows.from + 1}:${p.repeatRows.to + 1}` } : {}),
    ...(p.repeatColumns
      ? {
          titleColumns: `${colLetter(p.repeatColumns.from)}:${colLetter(p.repeatColumns.to)}`,
        }
      : {}),
    ...(p.columns || p.firstRow
      ? {
          area: `${colLetter(p.columns?.from ?? 0)}${(p.firstRow ?? 0) + 1}:${colLetter(
            p.columns?.to ?? sheet.columnWidths.length - 1
          )}${rows}`,
        }
      : {}),
    ...(p.header ? { header: p.header } : {}),
    ...(p.footer ? { footer: p.footer } : {}),
  };
}
