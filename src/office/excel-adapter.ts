/**
 * The Office.js adapter: applies a workbook plan from the template to the
 * open workbook, and reads the template's tables back as plain values.
 *
 * Round trips are the cost, so every operation uses a fixed number of
 * context.sync calls whatever the plan's size:
 *   1. load what is there (sheet names, table names, defined names);
 *   2. (upgrade only) read the template's tables: where they are, then their
 *      cells in one batch (more only when a response would pass Excel on the
 *      web's 5 MB limit: one more sync per 4 MB, see readTables);
 *   3. (upgrade only) check, before anything is removed: the sheets to rewrite
 *      are unprotected (a password fails here) and the tables are read again,
 *      so that a co-author's edit since step 2 stops the write, naming its cells;
 *   4. write everything, in one batch (more only when a batch would pass
 *      Excel on the web's 5 MB request limit: one more sync per 4 MB).
 * A batch is not a transaction: when a write split into several syncs fails
 * part way, the template's tables are put back as step 2 read them (a copy is
 * also kept on a hidden sheet until the last batch has gone through) and a
 * WriteInterrupted error says whether the workbook was restored.
 * Calculation and screen updating are suspended while writing, and the
 * add-in's events are off from the first write batch to the last (its own
 * writes are not edits to check), where the Excel version allows.
 * Before an update the use case reads what the workbook holds outside its
 * tables (readOutside: a run of its own, 2 syncs), so the pane's update is
 * 2 + 6 syncs in all.
 */
import {
  a1,
  a1Range as addr,
  colIndex,
  colLetter,
  isFormula,
  type Cell,
  type CellStyle,
  type RagFormat,
  type SheetPlan,
  type TablePlan,
  type WorkbookPlan,
} from "../core/template/types";
import type { TableValues, WorkbookValues } from "../core/template/read";
import { readPlan } from "../core/template/read";
import { pageLayout } from "../core/template/print";
import { assertCreatable, UpgradeBlocked, type Existing } from "../core/template/upgrade";
import { checkIntegrity } from "../core/consolidate/integrity";
import type { Outside, OutsideCell } from "../core/template/outside";
import { TABLES } from "../core/tables";
import { meta } from "../core/tables/meta";
import {
  ChangedMeanwhile,
  PortError,
  WriteInterrupted,
  type ChangedRows,
  type LogAppend,
  type Feature,
  type LiveWorkbookPort,
  type PortErrorCode,
  type ReportWrite,
  type Written,
} from "../app/port";

/** Syncs of a create (no template in the workbook yet). */
export const SYNCS_CREATE = 2;
/**
 * Syncs of a read of the template's tables (readTables) whose cells fit one
 * response: where each table is and its size, then the cells. More only
 * past MAX_READ_BYTES: one more sync a slice of about 4 MB.
 */
export const SYNCS_READ = 2;
/**
 * Syncs of an upgrade in place: look, read the template's tables, check them
 * again just before writing (a co-author's edit is not overwritten), write.
 */
export const SYNCS_UPGRADE = 1 + SYNCS_READ + SYNCS_READ + 1;
/** Most JSON a write batch carries before it is split (Excel on the web refuses 5 MB). */
export const MAX_BATCH_BYTES = 4 * 1024 * 1024;

/** The requirement set every operation needs (names, null objects); below it nothing is written. */
export const MIN_API = "1.4";

export type AdapterErrorCode = PortErrorCode;

/** What Excel could not do, as the port's error (the pane explains it by its code). */
export class AdapterError extends PortError {
  constructor(code: AdapterErrorCode, details: string) {
    super(code, details);
    this.name = "AdapterError";
  }
}

/** Features that need more than the minimum, and the ExcelApi version that brings them. */
export const FEATURES: Record<Feature, string> = {
  validation: "1.8",
  conditionalFormats: "1.6",
  charts: "1.7",
  freeze: "1.7",
  tabColor: "1.7",
  suspendCalculation: "1.6",
  suspendScreen: "1.9",
  print: "1.9",
  backup: "1.10",
};
export type { Feature };

export type Supports = (version: string) => boolean;

/** What the running Excel supports, from Office's requirement sets. */
export function officeSupports(): Supports {
  return (v) => Office.context.requirements.isSetSupported("ExcelApi", v);
}

export type ApplyResult = Omit<Written, "upgraded">;

/** Excel compares sheet, table and defined names without regard to case; so does the adapter. */
export function sameName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

/** The name in `list` Excel would take for `name` ("budget" for "Budget"), if any. */
export function findName(list: readonly string[], name: string): string | undefined {
  return list.find((x) => sameName(x, name));
}

const hasName = (list: readonly string[], name: string) => findName(list, name) !== undefined;

/** The hidden sheet that keeps the template's tables as they were while a write is under way. */
export const BACKUP_SHEET = "_NAP_BACKUP";

const FILL: Partial<Record<CellStyle, string>> = { entry: "#FFF2CC", computed: "#E7E6E6" };

/** Red, amber and green: the fill and the font of each (Excel's own "good", "neutral", "bad"). */
export const RAG_COLOURS: Record<RagFormat["colour"], [fill: string, font: string]> = {
  green: ["#C6EFCE", "#006100"],
  amber: ["#FFEB9C", "#9C5700"],
  red: ["#FFC7CE", "#9C0006"],
};

/**
 * Text Excel might not keep as text when it is written through `values` or
 * `formulas`: a formula (= + - @), an error value (#), a boolean, and any text
 * with a digit in it: a number, a percentage, an amount, a fraction, a date
 * or time in any culture ("1.1", "00123", "1/2", "12:30", "Mar-21", "juin
 * 2021"). Text that begins with an apostrophe would lose it. Such text gets a
 * leading apostrophe, which Excel takes as "this is text" and does not store.
 */
const NOT_KEPT_AS_TEXT = /^\s*['=+\-@#]|\d|^\s*(?:true|false|vrai|faux)\s*$/i;

/** A cell as Office.js takes it in `values`/`formulas`: text stays text, whatever it looks like. */
export function officeCell(c: Cell): string | number | boolean {
  if (isFormula(c)) return c.formula;
  if (c === null) return "";
  if (typeof c === "string" && NOT_KEPT_AS_TEXT.test(c)) return `'${c}`;
  return c;
}

/** The values-only version of a grid (formulas left out), for creating tables. */
function valuesOnly(rows: Cell[][]): (string | number | boolean)[][] {
  return rows.map((r) => r.map((c) => (isFormula(c) ? "" : officeCell(c))));
}

/**
 * Queued writes, measured: each write records the size of what it sends, so
 * the caller can sync before a batch passes the request limit.
 */
class Batch {
  bytes = 0;
  largest = 0;
  syncs = 0;
  constructor(
    private readonly context: Excel.RequestContext,
    readonly max: number
  ) {}

  /**
   * `overhead`: the most bytes Office.js's request adds for the operations
   * `write` queues beyond the payload's JSON (object paths, actions), where
   * they outweigh the values (cell marks); proven against Office.js's own
   * serialiser (test/office/request-size.test.ts).
   */
  async add(payload: unknown, write: () => void, overhead = 0): Promise<void> {
    const size = JSON.stringify(payload ?? null).length + overhead;
    // A tenth of the limit is kept in hand: the estimate counts the values
    // sent, not every byte of the request around them.
    if (this.bytes > 0 && this.bytes + size > this.max * 0.9) await this.flush();
    if (size > this.max) throw new AdapterError("too-large", `one block of ${size} bytes`);
    write();
    this.bytes += size;
  }

  async flush(): Promise<void> {
    this.largest = Math.max(this.largest, this.bytes);
    await this.context.sync();
    this.syncs++;
    this.bytes = 0;
  }
}

/** How the template's protected sheets are protected (no password). */
const SHEET_PROTECTION = {
  allowFormatCells: false,
  allowFormatColumns: true,
  allowFormatRows: true,
  allowAutoFilter: true,
  allowSort: true,
};

/** Workbook protection can be read from ExcelApi 1.7; before it, Excel's refusal is mapped instead. */
const WORKBOOK_PROTECTION_API = "1.7";

/**
 * Step 1 (one sync): what is in the workbook, and is a NAP template there?
 * With `supports` (writers), a workbook whose structure is protected is
 * refused here, before any write.
 */
async function survey(context: Excel.RequestContext, supports?: Supports): Promise<Existing> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const tables = context.workbook.tables;
  tables.load("items/name");
  const names = context.workbook.names;
  names.load("items/name");
  const protection = supports?.(WORKBOOK_PROTECTION_API) ? context.workbook.protection : null;
  protection?.load("protected");
  await context.sync();
  if (protection?.protected) throw new AdapterError("protected", "workbook structure");
  return {
    sheets: sheets.items.map((s) => s.name),
    tables: tables.items.map((t) => t.name),
    names: names.items.map((n) => n.name),
  };
}

/** Most bytes a read's response carries (Excel on the web refuses 5 MB): a fifth kept in hand. */
export const MAX_READ_BYTES = 4 * 1024 * 1024;

/**
 * Bytes one cell adds to a response, for each of `values` and `formulas`
 * read: the allowance a read is sliced by. Proven against the template's
 * cells at 5,000 actions in test/office/request-size.test.ts (each slice
 * sync's response over the cells it read stays under it; measured: 30.5 B
 * on average, 133.8 B in the heaviest sync, the tail of the tables);
 * cells of long text average more, and a later slice of the same read is
 * sized by what the earlier ones weighed.
 */
export const READ_CELL_BYTES = 160;

/** The rows [from, from + rows) of table t, read in one sync among others. */
interface Slice {
  t: number;
  from: number;
  rows: number;
}

/**
 * The slices of each table (rows × columns given) and the syncs they go in:
 * each sync's cells × `cellBytes` within `budget`, tables in order, a table
 * split across syncs where it does not fit. At least one row a sync.
 */
export function readSlices(
  shapes: readonly { rows: number; cols: number }[],
  cellBytes: number,
  budget: number
): Slice[][] {
  const syncs: Slice[][] = [];
  let current: Slice[] = [];
  let left = budget;
  shapes.forEach(({ rows, cols }, t) => {
    const rowBytes = Math.max(1, cols) * cellBytes;
    let from = 0;
    while (from < rows) {
      let n = Math.min(rows - from, Math.floor(left / rowBytes));
      if (n === 0 && current.length) {
        syncs.push(current);
        current = [];
        left = budget;
        continue;
      }
      n = Math.max(1, n);
      current.push({ t, from, rows: n });
      left -= n * rowBytes;
      from += n;
    }
  });
  if (current.length) syncs.push(current);
  return syncs;
}

/**
 * Read the named tables' values and formulas, with their sheet and position:
 * one sync for where each table is and its size, then the cells in as few
 * syncs as keep each response within MAX_READ_BYTES (one for a plan of a
 * few hundred actions), sliced by rows at READ_CELL_BYTES a cell and
 * property. Syncs: 1 + the number of slices' syncs.
 * Formulas are read for every table: keepTyped and the guard keep a formula
 * typed in an entry cell (entered data), tell a value typed over a computed
 * column from its formula, and the copy put aside keeps them.
 */
export async function readTables(
  context: Excel.RequestContext,
  names: string[],
  budget = MAX_READ_BYTES
): Promise<{ values: WorkbookValues; syncs: number }> {
  const shapes = names.map((name) => {
    const table = context.workbook.tables.getItem(name);
    const range = table.getRange();
    range.load("rowIndex, columnIndex, rowCount, columnCount");
    // `worksheet` is a navigation property: a proxy, loaded on the next line, not data read here.
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
    const ws = table.worksheet;
    ws.load("name");
    return { name, range, ws };
  });
  await context.sync();
  let syncs = 1;
  const got = shapes.map(() => ({
    values: [] as TableValues["values"],
    formulas: [] as NonNullable<TableValues["formulas"]>,
  }));
  const dims = shapes.map(({ range }) => ({ rows: range.rowCount, cols: range.columnCount }));
  // Two properties a cell: values and formulas.
  let cellBytes = 2 * READ_CELL_BYTES;
  let done: Slice[] = [];
  for (;;) {
    const todo = remaining(dims, done);
    if (!todo.length) break;
    const [first] = readSlices(
      todo.map((x) => ({ rows: x.rows, cols: dims[x.t].cols })),
      cellBytes,
      budget
    );
    const batch = first.map((x) => ({ ...x, t: todo[x.t].t, from: todo[x.t].from + x.from }));
    const loaded = batch.map((x) => {
      const { range, ws } = shapes[x.t];
      const r = ws.getRange(
        addr(range.rowIndex + x.from, range.columnIndex, x.rows, dims[x.t].cols)
      );
      r.load("values, formulas");
      return { x, r };
    });
    // One sync a slice batch: their number is what keeps each response under the limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    syncs++;
    let bytes = 0;
    let cells = 0;
    for (const { x, r } of loaded) {
      const into = got[x.t];
      for (const line of r.values)
        into.values.push(line.map((v) => (v === "" ? null : (v as string | number | boolean))));
      for (const line of r.formulas)
        into.formulas.push(
          line.map((f) => (typeof f === "string" && f.startsWith("=") ? f.slice(1) : null))
        );
      bytes += JSON.stringify(r.values).length + JSON.stringify(r.formulas).length;
      cells += x.rows * dims[x.t].cols;
    }
    // The next slices are sized by what these weighed, where cells weigh more than allowed.
    cellBytes = Math.max(cellBytes, Math.ceil(bytes / Math.max(1, cells)));
    done = [...done, ...batch];
  }
  const out: WorkbookValues = {};
  shapes.forEach(({ name, range, ws }, t) => {
    out[name] = {
      sheet: ws.name,
      row: range.rowIndex,
      col: range.columnIndex,
      values: got[t].values,
      formulas: got[t].formulas,
    };
  });
  return { values: out, syncs };
}

/** What is left to read of each table once `done` is read: a slice for each table not read to its end. */
function remaining(dims: { rows: number }[], done: Slice[]): Slice[] {
  return dims
    .map(({ rows }, t) => {
      const from = done.filter((x) => x.t === t).reduce((n, x) => Math.max(n, x.from + x.rows), 0);
      return { t, from, rows: rows - from };
    })
    .filter((x) => x.rows > 0);
}

function style(range: Excel.Range, s: CellStyle): void {
  const f = range.format;
  const fill = FILL[s];
  if (fill) f.fill.color = fill;
  if (s === "title") {
    f.font.bold = true;
    f.font.size = 16;
    f.font.color = "#1F4E79";
  } else if (s === "subtitle") {
    f.font.bold = true;
    f.font.size = 13;
    f.font.color = "#1F4E79";
  } else if (s === "label") f.font.bold = true;
  else if (s === "note") {
    f.font.italic = true;
    f.font.color = "#C00000";
    f.wrapText = true;
  } else if (s === "caption") {
    f.font.italic = true;
    f.font.color = "#595959";
  } else if (s === "computed") f.font.italic = true;
  if (s === "wrap" || s === "entry") f.wrapText = true;
}

/** Events can be turned off for the add-in's own writes from ExcelApi 1.8. */
export const EVENTS_API = "1.8";

/**
 * Turn the add-in's events off (its own writes are not a person's edits) or on
 * again, where the Excel version allows; queued in the batch under way.
 */
function events(context: Excel.RequestContext, supports: Supports, on: boolean): void {
  if (supports(EVENTS_API)) context.runtime.enableEvents = on;
}

/** Events back on after a write that failed (best effort: one sync). */
async function eventsBackOn(context: Excel.RequestContext, supports: Supports): Promise<void> {
  if (!supports(EVENTS_API)) return;
  try {
    events(context, supports, true);
    await context.sync();
  } catch {
    // Excel turns them on again when the add-in is next loaded.
  }
}

/** Queue the unprotecting of the sheets a plan rewrites: a password fails the batch (harmless). */
function unprotect(context: Excel.RequestContext, plan: WorkbookPlan, existing: Existing): void {
  for (const sheet of plan.sheets) {
    const found = findName(existing.sheets, sheet.name);
    if (found) context.workbook.worksheets.getItem(found).protection.unprotect();
  }
}

/**
 * Apply a workbook plan. Sheets the plan names are cleared and rewritten
 * (their old tables removed first); other sheets are not touched.
 * `existing` is what survey() found; `backup`: the check has copied the
 * tables as read to a hidden sheet, which the last batch deletes;
 * `unprotected`: the check has unprotected the sheets already.
 */
async function write(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  existing: Existing,
  supports: Supports,
  maxBatch: number,
  options: { backup?: boolean; unprotected?: boolean } = {}
): Promise<{ batch: Batch; skipped: Feature[] }> {
  const skipped = (Object.keys(FEATURES) as Feature[]).filter(
    (f) => !supports(FEATURES[f]) && (f !== "backup" || !!plan.backups?.length)
  );
  const can = (f: Feature) => !skipped.includes(f);
  const batch = new Batch(context, maxBatch);
  if (can("suspendCalculation")) context.application.suspendApiCalculationUntilNextSync();
  if (can("suspendScreen")) context.application.suspendScreenUpdatingUntilNextSync();
  // The add-in's own writes are not edits to check: events off until the last batch.
  events(context, supports, false);

  // Sheets to rewrite are unprotected first: a sheet protected with a password
  // fails the batch here, before anything is removed (a batch is not a transaction).
  if (!options.unprotected) unprotect(context, plan, existing);

  if (can("backup")) await backupSheets(batch, context, plan, existing);

  // Names and tables the template owns are removed; the sheets are cleared.
  for (const n of existing.names)
    if (plan.names.some((x) => sameName(x.name, n))) context.workbook.names.getItem(n).delete();
  const planTables = plan.sheets.flatMap((s) => s.tables.map((t) => t.name));
  for (const t of existing.tables)
    if (hasName(planTables, t)) context.workbook.tables.getItem(t).delete();

  const sheetOf = new Map<string, Excel.Worksheet>();
  for (const sheet of plan.sheets) {
    let ws: Excel.Worksheet;
    const found = findName(existing.sheets, sheet.name);
    if (found && sheet.charts?.length) {
      // A sheet with charts holds nothing but what the template derives: it is
      // made anew, so that its old charts go too (clearing cells leaves charts).
      context.workbook.worksheets.getItem(found).delete();
      ws = context.workbook.worksheets.add(sheet.name);
    } else if (found) {
      ws = context.workbook.worksheets.getItem(found);
      ws.getRange().clear();
      ws.visibility = "Visible";
    } else ws = context.workbook.worksheets.add(sheet.name);
    sheetOf.set(sheet.name, ws);
  }
  // The template's order, whatever was there before.
  plan.sheets.forEach((sheet, i) => {
    sheetOf.get(sheet.name)!.position = i;
  });

  // Values and tables first (formulas refer to tables on other sheets)...
  for (const sheet of plan.sheets) {
    const ws = sheetOf.get(sheet.name)!;
    for (const block of sheet.blocks) {
      const grid = block.cells.map((r) => r.map(officeCell));
      const width = Math.max(...grid.map((r) => r.length));
      const full = grid.map((r) => [...r, ...Array(width - r.length).fill("")]);
      await writeRows(batch, full, (from, rows) => {
        ws.getRange(addr(block.row + from, block.col, rows.length, width)).formulas = rows;
      });
    }
    for (const t of sheet.tables) {
      const grid = [t.headers, ...valuesOnly(t.rows)];
      const width = t.headers.length;
      await batch.add(t.headers, () => {
        ws.getRange(addr(t.row, t.col, 1, width)).values = [t.headers.map(officeCell)];
        const table = ws.tables.add(ws.getRange(addr(t.row, t.col, grid.length, width)), true);
        table.name = t.name;
        table.style = t.style;
      });
      await writeRows(batch, grid.slice(1), (from, rows) => {
        ws.getRange(addr(t.row + 1 + from, t.col, rows.length, width)).values = rows;
      });
    }
  }
  // ...then the formulas of computed columns, one block per column.
  for (const sheet of plan.sheets) {
    const ws = sheetOf.get(sheet.name)!;
    for (const t of sheet.tables) await writeFormulas(batch, ws, t);
  }
  for (const sheet of plan.sheets) await format(batch, sheetOf.get(sheet.name)!, sheet, can);
  for (const n of plan.names) {
    await batch.add(n, () => {
      context.workbook.names.add(n.name, n.refersTo, n.comment);
    });
  }
  for (const sheet of plan.sheets) {
    const ws = sheetOf.get(sheet.name)!;
    if (sheet.protection) {
      ws.protection.protect(SHEET_PROTECTION);
    }
    ws.visibility =
      sheet.visibility === "veryHidden"
        ? "VeryHidden"
        : sheet.visibility === "hidden"
          ? "Hidden"
          : "Visible";
  }
  // The last batch: the copy is no longer needed once everything has gone through.
  if (options.backup) context.workbook.worksheets.getItem(BACKUP_SHEET).delete();
  return { batch, skipped };
}

/**
 * An upgrade's backup (WorkbookPlan.backups), before anything is removed:
 * each older sheet copied as it is (Worksheet.copy, ExcelApi 1.10) to a
 * hidden sheet, its tables turned into plain ranges (so that no reader takes
 * them for the template's). A copy already there is left as it is. No sync
 * of its own: it goes with the write's first batch.
 */
async function backupSheets(
  batch: Batch,
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  existing: Existing
): Promise<void> {
  for (const b of plan.backups ?? []) {
    const found = findName(existing.sheets, b.from);
    if (!found || hasName(existing.sheets, b.to)) continue;
    await batch.add(b, () => {
      const copy = context.workbook.worksheets.getItem(found).copy("End");
      copy.name = b.to;
      copy.visibility = "Hidden";
      // Each call takes the copy's first table left (the batch runs in order).
      for (let i = 0; i < b.tables.length; i++) copy.tables.getItemAt(0).convertToRange();
    });
  }
}

/**
 * Copy the template's tables, as read, to a hidden sheet: a line naming each
 * table and where it was (name, sheet, row, column, rows, columns), then its
 * cells, formulas kept. Nothing is removed in the batches before it.
 */
async function writeBackup(
  batch: Batch,
  context: Excel.RequestContext,
  existing: Existing,
  values: WorkbookValues
): Promise<Excel.Worksheet> {
  const found = findName(existing.sheets, BACKUP_SHEET);
  // A copy an earlier interrupted write left is replaced by the tables as they are now.
  if (found) context.workbook.worksheets.getItem(found).delete();
  const ws = context.workbook.worksheets.add(BACKUP_SHEET);
  ws.visibility = "Hidden";
  let row = 0;
  for (const [name, tv] of tablesOf(values)) {
    const width = Math.max(1, ...tv.values.map((r) => r.length));
    const head = [name, tv.sheet, tv.row, tv.col, tv.values.length, width].map((x) =>
      officeCell(x)
    );
    const at = row;
    await batch.add(head, () => {
      ws.getRange(addr(at, 0, 1, head.length)).values = [head];
    });
    // Formulas are kept as their text (live, they would turn to #REF! as the tables go).
    const grid = tv.values.map((r, i) =>
      Array.from({ length: width }, (_, j) => {
        const f = tv.formulas?.[i]?.[j];
        return f ? officeCell(`=${f}`) : j < r.length ? officeCell(r[j]) : "";
      })
    );
    await writeRows(batch, grid, (from, rows) => {
      ws.getRange(addr(at + 1 + from, 0, rows.length, width)).formulas = rows;
    });
    row += 1 + grid.length;
  }
  return ws;
}

/** Write a grid in slices of rows small enough for a request (one slice for most tables). */
async function writeRows<T>(
  batch: Batch,
  grid: T[][],
  write: (from: number, rows: T[][]) => void
): Promise<void> {
  let from = 0;
  while (from < grid.length) {
    let to = from;
    let size = 0;
    while (to < grid.length) {
      const s = JSON.stringify(grid[to]).length + 1;
      if (to > from && size + s > batch.max / 2) break;
      size += s;
      to++;
    }
    const rows = grid.slice(from, to);
    const at = from;
    await batch.add(rows, () => write(at, rows));
    from = to;
  }
}

async function writeFormulas(batch: Batch, ws: Excel.Worksheet, t: TablePlan): Promise<void> {
  for (let ci = 0; ci < t.headers.length; ci++) {
    if (!t.rows.some((r) => isFormula(r[ci]))) continue;
    const column = t.rows.map((r) => [officeCell(r[ci])]);
    await writeRows(batch, column, (from, rows) => {
      ws.getRange(addr(t.row + 1 + from, t.col + ci, rows.length, 1)).formulas = rows;
    });
  }
}

async function format(
  batch: Batch,
  ws: Excel.Worksheet,
  sheet: SheetPlan,
  can: (f: Feature) => boolean
): Promise<void> {
  // What is sent: each column width, each row height with its range, each merge.
  const rowHeights = Object.entries(sheet.rowHeights ?? {}).map(([row, h]) => [
    `${Number(row) + 1}:${Number(row) + 1}`,
    h,
  ]);
  await batch.add([sheet.columnWidths, rowHeights, sheet.merges ?? []], () => {
    // Excel measures column width in points; a character is about 7 points.
    sheet.columnWidths.forEach((w, i) => {
      ws.getRange(`${colLetter(i)}:${colLetter(i)}`).format.columnWidth = w * 7;
    });
    for (const [row, h] of Object.entries(sheet.rowHeights ?? {}))
      ws.getRange(`${Number(row) + 1}:${Number(row) + 1}`).format.rowHeight = h;
    for (const m of sheet.merges ?? []) ws.getRange(m).merge(false);
    if (sheet.tabColor && can("tabColor")) ws.tabColor = `#${sheet.tabColor}`;
    if (sheet.freeze && can("freeze"))
      ws.freezePanes.freezeAt(
        ws.getRange(addr(0, 0, Math.max(1, sheet.freeze.rows), Math.max(1, sheet.freeze.columns)))
      );
  });
  for (const f of sheet.formats) {
    // What is sent is measured: a number format goes as one string per cell.
    const [tl, br = tl] = f.range.split(":");
    const rows = Number(/\d+$/.exec(br)![0]) - Number(/\d+$/.exec(tl)![0]) + 1;
    const cols = colIndex(/^[A-Z]+/.exec(br)![0]) - colIndex(/^[A-Z]+/.exec(tl)![0]) + 1;
    const grid = f.numberFormat
      ? Array.from({ length: rows }, () => Array<string>(cols).fill(f.numberFormat!))
      : null;
    await batch.add([f, grid], () => {
      const range = ws.getRange(f.range);
      if (grid) range.numberFormat = grid;
      if (f.style) style(range, f.style);
    });
  }
  for (const cf of can("conditionalFormats") ? (sheet.conditionalFormats ?? []) : []) {
    await batch.add(cf, () => {
      const f = ws.getRange(cf.range).conditionalFormats.add("Custom");
      f.custom.rule.formula = cf.formula;
      f.custom.format.fill.color = "#FFC7CE";
      f.custom.format.font.color = "#9C0006";
    });
  }
  // Red, amber and green on status and progress cells (as the file adapter writes them).
  for (const rag of can("conditionalFormats") ? (sheet.ragFormats ?? []) : []) {
    await batch.add(rag, () => {
      const [fill, font] = RAG_COLOURS[rag.colour];
      const f = ws.getRange(rag.range).conditionalFormats.add("Custom");
      f.custom.rule.formula = rag.formula;
      f.custom.format.fill.color = fill;
      f.custom.format.font.color = font;
    });
  }
  for (const c of can("charts") ? (sheet.charts ?? []) : []) {
    await batch.add(c, () => {
      const chart = ws.charts.add(c.type, ws.getRange(c.values), "Columns");
      chart.title.text = c.title;
      chart.legend.visible = false;
      chart.series.getItemAt(0).setXAxisValues(ws.getRange(c.categories));
      chart.setPosition(c.at);
    });
  }
  // Page setup as print.ts resolves it (the file adapter writes the same): ExcelApi 1.9.
  const page = can("print") ? pageLayout(sheet) : null;
  if (page) {
    await batch.add(page, () => {
      const pl = ws.pageLayout;
      const m = page.margins;
      pl.paperSize = "A4";
      pl.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
      // Points, as Excel's page layout takes them (the plan gives inches).
      pl.leftMargin = m.left * 72;
      pl.rightMargin = m.right * 72;
      pl.topMargin = m.top * 72;
      pl.bottomMargin = m.bottom * 72;
      pl.headerMargin = m.header * 72;
      pl.footerMargin = m.footer * 72;
      // Pages tall left out when 0 (as many as the rows need: Excel's "automatic").
      pl.zoom = page.fit
        ? {
            horizontalFitToPages: page.fit.width,
            ...(page.fit.height ? { verticalFitToPages: page.fit.height } : {}),
          }
        : { scale: page.scale };
      if (page.titleRows) pl.setPrintTitleRows(`$${page.titleRows.replace(":", ":$")}`);
      if (page.titleColumns) pl.setPrintTitleColumns(`$${page.titleColumns.replace(":", ":$")}`);
      if (page.area) pl.setPrintArea(page.area);
      const hf = pl.headersFooters.defaultForAllPages;
      // In header and footer codes "&" starts a code: a literal one is doubled.
      if (page.header) hf.centerHeader = page.header.replace(/&/g, "&&");
      if (page.footer) hf.centerFooter = page.footer;
    });
  }
  if (sheet.protection) {
    for (const u of sheet.protection.unlocked) {
      await batch.add(u, () => {
        ws.getRange(u).format.protection.locked = false;
      });
    }
  }
  if (can("validation")) {
    for (const v of sheet.validations) {
      await batch.add(v, () => {
        const dv = ws.getRange(v.range).dataValidation;
        dv.clear();
        if (v.type === "list") dv.rule = { list: { inCellDropDown: true, source: v.source } };
        else {
          const basis =
            v.min !== undefined && v.max !== undefined
              ? { formula1: v.min, formula2: v.max, operator: "Between" as const }
              : v.min !== undefined
                ? { formula1: v.min, operator: "GreaterThanOrEqualTo" as const }
                : { formula1: v.max!, operator: "LessThanOrEqualTo" as const };
          dv.rule = v.type === "whole" ? { wholeNumber: basis } : { decimal: basis };
        }
        dv.errorAlert = {
          message: v.error,
          showAlert: true,
          style: v.type === "list" && v.alert === "information" ? "Information" : "Stop",
          title: "NAP 1325",
        };
      });
    }
  }
}

/** The table of the template's version stamp (on the very hidden _NAP sheet): a workbook with it holds a template. */
export const STAMP_TABLE = meta.name;

export type Applied = Written;

/**
 * Create or upgrade the template in the open workbook.
 * `build(values)` turns the workbook's current tables (null when it has no
 * template) into the plan to write: the caller reads them back into the
 * model (keeping every entry) and builds the new template. A create never
 * replaces a sheet, table or name already in the workbook (CreateBlocked).
 */
export async function applyTemplate(
  context: Excel.RequestContext,
  build: (values: WorkbookValues | null) => WorkbookPlan,
  supports: Supports,
  maxBatch = MAX_BATCH_BYTES
): Promise<Applied> {
  if (!supports(MIN_API)) throw new AdapterError("not-supported", `ExcelApi ${MIN_API}`);
  const existing = await survey(context, supports);
  const upgrading = hasName(existing.tables, STAMP_TABLE);
  let syncs = 1;
  let values: WorkbookValues | null = null;
  if (upgrading) {
    const read = await readTables(context, templateTables(existing));
    values = read.values;
    syncs += read.syncs;
  }
  // Everything that can refuse the write is decided before anything is removed.
  const plan = build(values);
  if (!values) assertCreatable(plan, existing);
  else {
    assertColumnsKept(values);
    syncs += await recheck(context, plan, existing, values, maxBatch);
  }
  let written: { batch: Batch; skipped: Feature[] } | null = null;
  try {
    written = await write(context, plan, existing, supports, maxBatch, {
      backup: upgrading,
      unprotected: upgrading,
    });
    events(context, supports, true);
    await written.batch.flush();
  } catch (e) {
    const error = await undo(context, e, plan, existing, values, maxBatch, supports);
    await eventsBackOn(context, supports);
    throw error;
  }
  const { batch, skipped } = written;
  syncs += batch.syncs;
  return {
    upgraded: upgrading,
    syncs,
    sheets: plan.sheets.length,
    tables: plan.sheets.reduce((n, s) => n + s.tables.length, 0),
    rows: plan.sheets.reduce((n, s) => n + s.tables.reduce((m, t) => m + t.rows.length, 0), 0),
    skipped,
    largestBatch: batch.largest,
  };
}

/** The tables in `values`, with their cells. */
function tablesOf(values: WorkbookValues): [string, TableValues][] {
  return Object.entries(values).filter((e): e is [string, TableValues] => e[1] !== undefined);
}

/** The template's tables among the workbook's, under the template's spelling ("tblbudget" is tblBudget). */
function templateTables(existing: Existing): string[] {
  const known = [...TABLES.map((d) => d.name), STAMP_TABLE];
  return existing.tables.filter((t) => /^tbl/i.test(t)).map((t) => findName(known, t) ?? t);
}

/**
 * A column a person added to one of the template's tables would be dropped
 * by any rewrite (an update, an import, settling conflicts): refused, named.
 */
function assertColumnsKept(values: WorkbookValues): void {
  const read = readPlan(values, "en");
  const added = checkIntegrity(read.plan, read.lang, values, [], { extraContent: true })
    .filter((f) => f.rule === "extra-column")
    .map((f) => ({ table: f.where, column: f.detail }));
  if (added.length) throw new UpgradeBlocked([], added);
}

/** The cells of `before` that differ in `now` (values, or formulas where there is one), named. */
function changedCells(before: WorkbookValues, now: WorkbookValues, most = 20): string[] {
  const out: string[] = [];
  for (const [name, b] of tablesOf(before)) {
    const n = now[name];
    const width = (tv: TableValues) => Math.max(0, ...tv.values.map((r) => r.length));
    if (
      !n ||
      !sameName(b.sheet, n.sheet) ||
      b.row !== n.row ||
      b.col !== n.col ||
      b.values.length !== n.values.length ||
      width(b) !== width(n)
    ) {
      out.push(name);
      continue;
    }
    b.values.forEach((line, r) =>
      line.forEach((v, c) => {
        const fb = b.formulas?.[r]?.[c] ?? null;
        const fn = n.formulas?.[r]?.[c] ?? null;
        const differs = fb !== null || fn !== null ? fb !== fn : v !== n.values[r][c];
        if (differs) out.push(`${b.sheet}!${a1(b.row + r, b.col + c)}`);
      })
    );
  }
  return out.length > most ? [...out.slice(0, most), `… (${out.length - most} more)`] : out;
}

/**
 * The write's first sync, before anything is removed: the sheets to rewrite
 * are unprotected (a password fails here, harmlessly), the tables as read are
 * copied to a hidden sheet, and they are read again. A co-author's edit since
 * they were read stops the write, naming its cells (the copy is removed).
 * Its syncs: one (more only for a copy past the request limit).
 */
async function recheck(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  existing: Existing,
  values: WorkbookValues,
  maxBatch: number
): Promise<number> {
  unprotect(context, plan, existing);
  const batch = new Batch(context, maxBatch);
  let backup: Excel.Worksheet;
  try {
    backup = await writeBackup(batch, context, existing, values);
  } catch (e) {
    await dropBackup(context);
    throw e;
  }
  let changed: string[];
  let reads: number;
  try {
    const now = await readTables(context, Object.keys(values));
    reads = now.syncs;
    changed = changedCells(values, now.values);
  } catch (e) {
    // Nothing was removed; the copy, if any of it went through, goes.
    await dropBackup(context);
    // A table removed since it was read is not found: that is a change too.
    if (!/ItemNotFound/i.test(String((e as { code?: string }).code ?? e))) throw e;
    throw new ChangedMeanwhile(Object.keys(values));
  }
  if (changed.length) {
    backup.delete();
    await context.sync();
    throw new ChangedMeanwhile(changed);
  }
  return reads + batch.syncs;
}

/** Remove the copy a check began, where it is there (best effort: two syncs). */
async function dropBackup(context: Excel.RequestContext): Promise<void> {
  try {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const found = findName(
      sheets.items.map((x) => x.name),
      BACKUP_SHEET
    );
    if (!found) return;
    sheets.getItem(found).delete();
    await context.sync();
  } catch {
    // The copy stays, hidden; the next write replaces it.
  }
}

/**
 * A write failed part way: put the template's tables back as they were read
 * (or, for a create, remove what was added), then say so. When the workbook
 * turns out untouched, the original error stands.
 */
async function undo(
  context: Excel.RequestContext,
  error: unknown,
  plan: WorkbookPlan,
  existing: Existing,
  values: WorkbookValues | null,
  maxBatch: number,
  supports: Supports
): Promise<unknown> {
  const cause = error instanceof Error ? error.message : String(error);
  try {
    return (await restore(context, plan, existing, values, maxBatch, supports))
      ? new WriteInterrupted(true, cause)
      : error;
  } catch {
    return new WriteInterrupted(false, cause, values ? BACKUP_SHEET : undefined);
  }
}

/**
 * Put the workbook back as `existing` and `values` describe it (at most four
 * syncs: look, read the tables that are there, write). Tables found as they
 * were are left alone. True when something had to be put back.
 */
async function restore(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  existing: Existing,
  values: WorkbookValues | null,
  maxBatch: number,
  supports: Supports
): Promise<boolean> {
  const now = await survey(context);
  const prior = values ?? {};
  const priorNames = Object.keys(prior);
  const there = priorNames.filter((t) => hasName(now.tables, t));
  const read = there.length ? (await readTables(context, there)).values : {};
  const intact = there.filter((t) => changedCells({ [t]: prior[t] }, read).length === 0);
  const planTables = plan.sheets.flatMap((s) => s.tables.map((t) => t.name));
  // The template's tables that are not as they were (the write's own among them) go;
  // those that were there are made again as they were.
  const removing = now.tables.filter(
    (t) => (hasName(planTables, t) || hasName(priorNames, t)) && !hasName(intact, t)
  );
  const remake = priorNames.filter((t) => !hasName(intact, t));
  const addedSheets = now.sheets.filter(
    (s) =>
      !hasName(existing.sheets, s) &&
      (sameName(s, BACKUP_SHEET) || plan.sheets.some((p) => sameName(p.name, s))) &&
      !tablesOf(prior).some(([, tv]) => sameName(tv.sheet, s))
  );
  const addedNames = now.names.filter(
    (n) => !hasName(existing.names, n) && plan.names.some((p) => sameName(p.name, n))
  );
  const lostNames = plan.names.filter(
    (p) => hasName(existing.names, p.name) && !hasName(now.names, p.name)
  );
  // Only the copy to remove: the write changed nothing (its first batch was lost whole).
  const changed =
    remake.length ||
    removing.length ||
    addedSheets.some((x) => !sameName(x, BACKUP_SHEET)) ||
    addedNames.length ||
    lostNames.length;
  if (!changed && !addedSheets.length) return false;

  const batch = new Batch(context, maxBatch);
  for (const n of addedNames) context.workbook.names.getItem(n).delete();
  for (const t of removing) context.workbook.tables.getItem(t).delete();
  for (const s of addedSheets) context.workbook.worksheets.getItem(s).delete();
  const sheetOf = new Map<string, Excel.Worksheet>();
  const sheetFor = (name: string): Excel.Worksheet => {
    const key = name.toUpperCase();
    let ws = sheetOf.get(key);
    if (!ws) {
      const found = findName(now.sheets, name);
      ws = found
        ? context.workbook.worksheets.getItem(found)
        : context.workbook.worksheets.add(name);
      sheetOf.set(key, ws);
    }
    return ws;
  };
  const styleOf = (t: string) =>
    plan.sheets.flatMap((s) => s.tables).find((x) => sameName(x.name, t))?.style ??
    "TableStyleMedium2";
  // Values and tables first, then formulas (they refer to tables).
  for (const t of remake) {
    const tv = prior[t]!;
    const ws = sheetFor(tv.sheet);
    const width = Math.max(1, ...tv.values.map((r) => r.length));
    const grid = tv.values.map((r, i) =>
      Array.from({ length: width }, (_, j) =>
        tv.formulas?.[i]?.[j] ? "" : j < r.length ? officeCell(r[j]) : ""
      )
    );
    await batch.add(null, () => {
      ws.getRange(addr(tv.row, tv.col, grid.length, width)).clear();
    });
    await writeRows(batch, grid, (from, rows) => {
      ws.getRange(addr(tv.row + from, tv.col, rows.length, width)).values = rows;
    });
    await batch.add(t, () => {
      const table = ws.tables.add(ws.getRange(addr(tv.row, tv.col, grid.length, width)), true);
      table.name = t;
      table.style = styleOf(t);
    });
  }
  for (const t of remake) {
    const tv = prior[t]!;
    const ws = sheetFor(tv.sheet);
    for (const [i, line] of (tv.formulas ?? []).entries())
      for (const [j, f] of line.entries())
        if (f)
          await batch.add(f, () => {
            ws.getRange(a1(tv.row + i, tv.col + j)).formulas = [[`=${f}`]];
          });
  }
  for (const n of lostNames) {
    await batch.add(n, () => {
      context.workbook.names.add(n.name, n.refersTo, n.comment);
    });
  }
  events(context, supports, true);
  await batch.flush();
  return Boolean(changed);
}

/** Syncs of a check: look, read the tables, write the report and the marks. */
export const SYNCS_CHECK = 1 + SYNCS_READ + 1;

/** The report to write and the cells to mark (a message, when given, is for files' notes). */
export interface Marks {
  plan: WorkbookPlan;
  mark: { sheet: string; cell: string; severity: "error" | "warning"; message?: string }[];
  unmark: { sheet: string; cell: string }[];
}

const MARK_COLOR = { error: "#C00000", warning: "#B26B00" } as const;

/**
 * The most one mark or unmark adds to a request beyond its JSON (the sheet,
 * the range, its format and font, two properties): Office.js serialises
 * about 880 B (test/office/request-size.test.ts), where the JSON alone counts
 * about 60, so batches of marks are sized by this bound.
 */
export const MARK_REQUEST_BYTES = 1024;

/**
 * Read the workbook's tables, let `make` decide the report (pure), write it
 * and mark the cells it names (red or amber bold text), unmarking the cells
 * an earlier report marked. Nothing else is changed.
 */
export async function applyReport(
  context: Excel.RequestContext,
  make: (values: WorkbookValues) => Marks,
  supports: Supports,
  maxBatch = MAX_BATCH_BYTES
): Promise<{ syncs: number }> {
  if (!supports(MIN_API)) throw new AdapterError("not-supported", `ExcelApi ${MIN_API}`);
  const existing = await survey(context, supports);
  const read = await readTables(context, templateTables(existing));
  const { plan, mark, unmark } = make(read.values);
  let batch: Batch;
  try {
    ({ batch } = await write(context, plan, existing, supports, maxBatch));
    const present = [...existing.sheets, ...plan.sheets.map((s) => s.name)];
    await queueMarks(
      batch,
      context,
      unmark.filter((x) => hasName(present, x.sheet)),
      mark.filter((x) => hasName(present, x.sheet))
    );
    events(context, supports, true);
    await batch.flush();
  } catch (e) {
    await eventsBackOn(context, supports);
    throw e;
  }
  return { syncs: 1 + read.syncs + batch.syncs };
}

async function queueMarks(
  batch: Batch,
  context: Excel.RequestContext,
  unmark: Marks["unmark"],
  mark: Marks["mark"]
): Promise<void> {
  for (const u of unmark) {
    await batch.add(
      u,
      () => {
        const f = context.workbook.worksheets.getItem(u.sheet).getRange(u.cell).format.font;
        f.color = "#000000";
        f.bold = false;
      },
      MARK_REQUEST_BYTES
    );
  }
  for (const m of mark) {
    await batch.add(
      m,
      () => {
        const f = context.workbook.worksheets.getItem(m.sheet).getRange(m.cell).format.font;
        f.color = MARK_COLOR[m.severity];
        f.bold = true;
      },
      MARK_REQUEST_BYTES
    );
  }
}

/**
 * Update marks after a live re-check and add the edit's rows to the change log
 * (one sync: the log's protected sheet is unprotected, grown and protected
 * again in the same batch).
 */
export async function remark(
  context: Excel.RequestContext,
  unmark: Marks["unmark"],
  mark: Marks["mark"],
  log?: LogAppend
): Promise<void> {
  const batch = new Batch(context, MAX_BATCH_BYTES);
  await queueMarks(batch, context, unmark, mark);
  if (log?.rows.length)
    await batch.add(log.rows, () => {
      const ws = context.workbook.worksheets.getItem(log.sheet);
      // The log's sheet is hidden while empty (nothing to print): shown with its first row.
      ws.visibility = "Visible";
      ws.protection.unprotect();
      context.workbook.tables.getItem(log.table).rows.add(
        undefined,
        log.rows.map((r) => r.map(officeCell))
      );
      ws.protection.protect(SHEET_PROTECTION);
    });
  await batch.flush();
}

/** Select a cell for the person (clicking a finding in the task pane): one sync. */
export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  cell: string
): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  await context.sync();
}

/** Live checking needs worksheet change events. */
export const LIVE_API = "1.7";

export type { ChangedRows };

/** Read only the rows an edit touched (one sync), as far right as `width` columns. */
export async function readRows(
  context: Excel.RequestContext,
  sheet: string,
  address: string,
  width: number
): Promise<ChangedRows> {
  const m = /([A-Z]+)?(\d+)(?::([A-Z]+)?(\d+))?$/.exec(
    address.replace(/\$/g, "").replace(/^.*!/, "")
  );
  if (!m) throw new AdapterError("unknown", `address ${address}`);
  const first = Number(m[2]) - 1;
  const last = Number(m[4] ?? m[2]) - 1;
  const range = context.workbook.worksheets
    .getItem(sheet)
    .getRange(addr(first, 0, last - first + 1, width));
  range.load("values");
  await context.sync();
  return {
    sheet,
    row: first,
    values: range.values.map((r) =>
      r.map((v) => (v === "" ? null : (v as string | number | boolean)))
    ),
  };
}

/**
 * Run a batch in the context an event handler was added in (Excel removes a
 * handler only there). Outside Office (the double in tests) that context is
 * used as it is.
 */
export type RunIn = (
  context: OfficeExtension.ClientRequestContext,
  batch: (context: Excel.RequestContext) => Promise<void>
) => Promise<void>;

const excelRunIn: RunIn = (context, batch) =>
  typeof Excel !== "undefined" && typeof Excel.run === "function"
    ? Excel.run(context, batch)
    : batch(context as Excel.RequestContext);

/**
 * Watch the named sheets for edits (one sync); the handler gets the sheet name
 * and the address changed. Gives back a remover: it removes every handler
 * added here, in the context they were added in (one sync).
 */
export async function watchSheets(
  context: Excel.RequestContext,
  sheets: string[],
  onChange: (sheet: string, address: string) => void,
  runIn: RunIn = excelRunIn
): Promise<() => Promise<void>> {
  const added = sheets.map((name) =>
    context.workbook.worksheets
      .getItem(name)
      .onChanged.add(async (e: Excel.WorksheetChangedEventArgs) => {
        onChange(name, e.address);
      })
  );
  await context.sync();
  let removed = false;
  return async () => {
    if (removed || !added.length) return;
    removed = true;
    await runIn(added[0].context, async (ctx) => {
      for (const result of added) result.remove();
      await ctx.sync();
    });
  };
}

/** Comments (Excel's threaded comments, and their place) can be read from ExcelApi 1.10. */
export const COMMENTS_API = "1.10";

/** Syncs of reading what the workbook holds outside its tables: look, then read. */
export const SYNCS_OUTSIDE = 2;

/** The 0-based top-left cell and size of an address ("Sheet 1'!B3:D9", "B3"). */
function box(address: string): { r0: number; c0: number; r1: number; c1: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(
    address.slice(address.lastIndexOf("!") + 1)
  );
  if (!m) throw new AdapterError("unknown", `address ${address}`);
  return {
    r0: Number(m[2]) - 1,
    c0: colIndex(m[1]),
    r1: Number(m[4] ?? m[2]) - 1,
    c1: colIndex(m[3] ?? m[1]),
  };
}

/** The sheet an address names ("'Sheet 1'!B3" is Sheet 1). */
function sheetOfAddress(address: string): string {
  const at = address.lastIndexOf("!");
  const sheet = at < 0 ? "" : address.slice(0, at);
  return /^'.*'$/.test(sheet) ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/**
 * What the workbook holds outside its tables, in two syncs whatever its size:
 * 1. the sheets, tables, defined names (and comments, from ExcelApi 1.10);
 * 2. each sheet's used range (values only: formats alone do not count), each
 *    table's range and sheet (and each comment's place).
 * Cells inside a table are left out; a formula is given as "=...", a value as
 * text; a comment outside the tables is the cell's note.
 */
export async function readOutside(
  context: Excel.RequestContext,
  supports: Supports
): Promise<Outside> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const tables = context.workbook.tables;
  tables.load("items/name");
  const names = context.workbook.names;
  names.load("items/name");
  const comments = supports(COMMENTS_API) ? context.workbook.comments : null;
  comments?.load("items/content");
  await context.sync();

  const used = sheets.items.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load("values, formulas, address");
    return { sheet: ws.name, range };
  });
  const placed = tables.items.map((table) => {
    const range = table.getRange();
    range.load("address");
    // `worksheet` is a navigation property: a proxy, loaded on the next line, not data read here.
    const ws = table.worksheet;
    ws.load("name");
    return { name: table.name, range, ws };
  });
  const located = (comments?.items ?? []).map((comment) => {
    const where = comment.getLocation();
    where.load("address");
    return { content: comment.content, where };
  });
  await context.sync();

  const rects = placed.map((t) => ({ sheet: t.ws.name, ...box(t.range.address) }));
  const inTable = (sheet: string, r: number, c: number) =>
    rects.some((x) => sameName(x.sheet, sheet) && r >= x.r0 && r <= x.r1 && c >= x.c0 && c <= x.c1);
  const cells = new Map<string, OutsideCell>();
  const key = (sheet: string, r: number, c: number) => `${sheet.toUpperCase()}!${r},${c}`;
  for (const { sheet, range } of used) {
    if (range.isNullObject) continue;
    const at = box(range.address);
    range.values.forEach((line, i) =>
      line.forEach((v, j) => {
        const r = at.r0 + i;
        const c = at.c0 + j;
        const f = range.formulas[i]?.[j];
        const value =
          typeof f === "string" && f.startsWith("=")
            ? f
            : v === "" || v === null || v === undefined
              ? ""
              : String(v);
        if (value === "" || inTable(sheet, r, c)) return;
        cells.set(key(sheet, r, c), { sheet, row: r, col: c, value });
      })
    );
  }
  for (const { content, where } of located) {
    const sheet = sheetOfAddress(where.address);
    const at = box(where.address);
    if (inTable(sheet, at.r0, at.c0)) continue;
    const k = key(sheet, at.r0, at.c0);
    const cell = cells.get(k) ?? { sheet, row: at.r0, col: at.c0, value: "" };
    cells.set(k, { ...cell, note: content });
  }
  return {
    cells: [...cells.values()],
    names: names.items.map((n) => n.name),
    tables: placed.map((t) => ({ name: t.name, sheet: t.ws.name })),
  };
}

/** Read the template's tables as they are (which tables, then readTables: three syncs for most plans). */
export async function readTemplate(context: Excel.RequestContext): Promise<WorkbookValues> {
  const existing = await survey(context);
  return (await readTables(context, templateTables(existing))).values;
}

/** The Excel the task pane talks to: Excel.run and the requirement sets (a double in tests). */
export interface ExcelHost {
  run<T>(f: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  supports: Supports;
  /** Excel.run in a given context (to remove event handlers); Excel's own where not given. */
  runIn?: RunIn;
}

/** The running Excel. */
export function officeHost(): ExcelHost {
  return { run: (f) => Excel.run(f), supports: officeSupports() };
}

/**
 * The open workbook as the use cases' port. Each call is one Excel.run on
 * `host` (looked up at the call, so a test can swap it).
 */
export function officeWorkbook(host: ExcelHost): LiveWorkbookPort {
  return {
    read: () => host.run((context) => readTemplate(context)),
    write: (build) => host.run((context) => applyTemplate(context, build, host.supports)),
    report: (make: (values: WorkbookValues) => ReportWrite) =>
      host.run((context) => applyReport(context, make, host.supports)),
    outside: () => host.run((context) => readOutside(context, host.supports)),
    sheetNames: () =>
      host.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        return sheets.items.map((s) => s.name);
      }),
    canWatch: () => host.supports(LIVE_API),
    watch: (sheets, onChange) =>
      host.run((context) => watchSheets(context, sheets, onChange, host.runIn)),
    readRows: (sheet, address, width) =>
      host.run((context) => readRows(context, sheet, address, width)),
    remark: (unmark, mark, log) => host.run((context) => remark(context, unmark, mark, log)),
    select: (sheet, cell) => host.run((context) => selectCell(context, sheet, cell)),
  };
}

// The first screen's Office.js calls (Office ready, its display language) are in ./ready and ./display-language.
export { onOfficeReady } from "./ready";
export { displayLanguage as officeDisplayLanguage } from "./display-language";
