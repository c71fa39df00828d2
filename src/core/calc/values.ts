/**
 * Ranges as Excel hands them to custom functions, and the typed errors the
 * calculations give. Every calculation in src/core/calc reads its input
 * through these helpers, so blank rows, sizes, amounts and matching behave
 * the same everywhere.
 *
 * Errors: a calculation throws a CalcError, which is a CalcFailure
 * ({ error: "#VALUE!" | "#DIV/0!" | "#N/A" | "#NUM!", message, messageFr });
 * `attempt` turns it into a value for callers that prefer one. Messages
 * come from the locales (keys "cf.*"), in English and French.
 */
import { fold, t, type MessageKey } from "../i18n";
import type { Lang } from "../model";
import { listLabel, listValue, type ListKey } from "../template/tables";

/** A cell as Excel passes it: blank cells arrive as null, undefined or "". */
export type CellValue = string | number | boolean | null | undefined;
/** A range as Excel passes it: rows of cells. */
export type Range = CellValue[][];

export type ErrorCode = "#VALUE!" | "#DIV/0!" | "#N/A" | "#NUM!";

/** A typed error: the Excel error code and what is wrong, in English and French. */
export interface CalcFailure {
  error: ErrorCode;
  message: string;
  messageFr: string;
}

/** A piece of a message: text as is, or a locale key rendered in the message's language. */
export type MessagePart =
  | string
  | number
  | { key: MessageKey; values?: Record<string, MessagePart> }
  | { list: readonly string[]; of: ListKey | "policy" }
  | { concat: MessagePart[] }
  /** Listed, separated by commas. */
  | MessagePart[];

function render(lang: Lang, part: MessagePart): string {
  if (typeof part === "string" || typeof part === "number") return String(part);
  if (Array.isArray(part)) return part.map((p) => render(lang, p)).join(", ");
  if ("concat" in part) return part.concat.map((p) => render(lang, p)).join("");
  if ("list" in part)
    return part.list
      .map((v) =>
        part.of === "policy"
          ? t(lang, `cf.policy.${v}` as MessageKey)
          : listLabel(lang, part.of, v).toLowerCase()
      )
      .join(", ");
  return text(lang, part.key, part.values);
}

function text(lang: Lang, key: MessageKey, values: Record<string, MessagePart> = {}): string {
  const v = Object.fromEntries(Object.entries(values).map(([k, p]) => [k, render(lang, p)]));
  return t(lang, key, v);
}

export class CalcError extends Error implements CalcFailure {
  readonly messageFr: string;
  constructor(
    readonly error: ErrorCode,
    key: MessageKey,
    values: Record<string, MessagePart> = {}
  ) {
    super(text("en", key, values));
    this.name = "CalcError";
    this.messageFr = text("fr", key, values);
  }

  /** The failure as plain data. */
  failure(): CalcFailure {
    return { error: this.error, message: this.message, messageFr: this.messageFr };
  }
}

export const fail = (
  error: ErrorCode,
  key: MessageKey,
  values?: Record<string, MessagePart>
): never => {
  throw new CalcError(error, key, values);
};

/** Run a calculation: its value, or the typed error it gave. Other exceptions pass through. */
export function attempt<T>(f: () => T): T | CalcFailure {
  try {
    return f();
  } catch (e) {
    if (e instanceof CalcError) return e.failure();
    throw e;
  }
}

export function isFailure(x: unknown): x is CalcFailure {
  return (
    typeof x === "object" &&
    x !== null &&
    typeof (x as CalcFailure).error === "string" &&
    typeof (x as CalcFailure).messageFr === "string"
  );
}

export const isBlank = (v: CellValue): boolean =>
  v === null || v === undefined || (typeof v === "string" && blankText(v));

/** Only white space: a first character that is none says no without trimming. */
function blankText(v: string): boolean {
  if (v.length === 0) return true;
  const c = v.charCodeAt(0);
  if (c > 32 && c !== 160 && c < 0x1680 && c !== 0x85) return false;
  return v.trim() === "";
}

/** How a range is named in messages; with its address (from Excel), cells are named by address. */
export interface RangeRef {
  name: MessageKey;
  n?: number;
  /** The range's address as Excel gives it, e.g. "Budget!H5:H200" or "'Plan opérationnel'!$H$5:$H$90". */
  address?: string;
}

const rangeName = (r: RangeRef): MessagePart => ({
  key: r.name,
  values: r.n === undefined ? {} : { n: r.n },
});

/**
 * One column of values read from a range, with how to name its cells.
 * A column of rows is read in place: its rows are the range's, each cell
 * at [i][0] (a call over 10,000 rows allocates no column); a single row (or
 * value) is made into rows of one cell each, so every loop reads
 * `rows[i][0]` the one way (a single row is short: at most a sheet's width).
 */
export interface Column {
  ref: RangeRef;
  /** The range ran across (a single row): cells are named by column. */
  across: boolean;
  length: number;
  /** The cells, each at [i][0]. */
  rows: Range;
}

/** The i-th cell of a column. */
export const cellAt = (c: Column, i: number): CellValue => c.rows[i][0];

/** A range as one list of cells: a single row or column, or one value. Otherwise #VALUE!. */
export function column(range: Range | CellValue, ref: RangeRef): Column {
  if (!Array.isArray(range)) return { ref, across: false, length: 1, rows: [[range]] };
  const rows = range.length;
  const cols = rows ? Math.max(...range.slice(0, 2).map((r) => r?.length ?? 0)) : 0;
  if (rows <= 1) {
    const flat = range[0] ?? [];
    // Array.from, not map: a hole in the row reads as undefined (blank), as it did.
    return { ref, across: true, length: flat.length, rows: Array.from(flat, (v) => [v]) };
  }
  if (cols === 1) return { ref, across: false, length: rows, rows: range };
  return fail("#VALUE!", "cf.err.shape", { range: rangeName(ref), rows, cols });
}

/** Column letters to a 1-based index and back. */
const colIndex = (s: string) =>
  [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
function colLetters(n: number): string {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A cell of a column, named by its address when Excel gave the range's, else by its position. */
export function cellName(c: Column, i: number): MessagePart {
  const m = c.ref.address?.match(/^(?:(.*)!)?\$?([A-Za-z]{1,3})\$?(\d+)/);
  if (!m) return { key: "cf.cell", values: { n: i + 1 } };
  const [, sheet, letters, row] = m;
  const col = colIndex(letters) + (c.across ? i : 0);
  const r = Number(row) + (c.across ? 0 : i);
  return `${sheet ? `${sheet}!` : ""}${colLetters(col)}${r}`;
}

/** The ranges must be the same size as the first. */
export function sameSize(columns: Column[]): void {
  const [first] = columns;
  for (const c of columns.slice(1)) {
    if (c.length !== first.length) {
      fail("#VALUE!", "cf.err.sizes", {
        range: rangeName(c.ref),
        n: c.length,
        first: rangeName(first.ref),
        m: first.length,
      });
    }
  }
}

/** An amount: a number, 0 or more; blank counts 0. Text, a negative or an error -> #VALUE!. */
export function amountAt(c: Column, i: number): number {
  const v = cellAt(c, i);
  if (isBlank(v)) return 0;
  if (typeof v === "number" && Number.isFinite(v) && v >= 0) return v;
  return fail("#VALUE!", "cf.err.notAmount", {
    range: rangeName(c.ref),
    cell: cellName(c, i),
    value: String(v),
  });
}

/** A single number argument: blank -> null; text -> #VALUE!. */
export function numberArg(v: CellValue, name: MessageKey): number | null {
  if (isBlank(v)) return null;
  if (typeof v === "number" && Number.isFinite(v)) return v;
  return fail("#VALUE!", "cf.err.notNumber", { range: { key: name }, value: String(v) });
}

/**
 * Lists whose labels are recognised in either language when matching a
 * category or a filter value: "Réalisée" matches "Completed", "Engagé"
 * matches "committed".
 */
const MATCHED_LISTS: readonly ListKey[] = [
  "status",
  "budgetStatus",
  "fundingType",
  "stakeholderType",
];

const keys = new Map<string, string>();
/**
 * The key two cells match on: a list value when the text is a label of
 * one (in French or English), else the text folded (case, accents,
 * spaces); numbers and numeric text alike ("2020" = 2020).
 */
export function matchKey(v: CellValue): string {
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  const s = v ?? "";
  const known = keys.get(s);
  if (known !== undefined) return known;
  let key: string;
  if (/^\s*-?\d+(\.\d+)?\s*$/.test(s)) key = String(Number(s));
  else {
    key = fold(s);
    for (const list of MATCHED_LISTS) {
      const value = listValue(list, s);
      if (value !== undefined) {
        key = `${list}:${value}`;
        break;
      }
    }
  }
  if (keys.size > 10000) keys.clear(); // a bound on memory in a long-lived runtime
  keys.set(s, key);
  return key;
}

/**
 * `f` of a cell, computed once per distinct cell: a range repeats few
 * distinct texts (codes, labels, years), so a row costs a few === on a
 * short list (a map past a dozen distinct cells), not a fold. `row` is the
 * first row holding the cell, for messages. A class, so a loop's `get` is
 * one shape the engine inlines; texts and numbers are kept apart, so each
 * === compares one type.
 */
export class Distinct<T> {
  private readonly texts: string[] = [];
  private readonly textValues: T[] = [];
  private readonly numbers: number[] = [];
  private readonly numberValues: T[] = [];
  private readonly many = new Map<CellValue, T>();
  constructor(private readonly f: (v: CellValue, row: number) => T) {}

  get(v: CellValue, row: number): T {
    if (typeof v === "string") {
      const texts = this.texts;
      for (let k = 0; k < texts.length; k++) if (texts[k] === v) return this.textValues[k];
    } else if (typeof v === "number") {
      const numbers = this.numbers;
      for (let k = 0; k < numbers.length; k++) if (numbers[k] === v) return this.numberValues[k];
    }
    return this.other(v, row);
  }

  private other(v: CellValue, row: number): T {
    if (this.many.has(v)) return this.many.get(v)!;
    const x = this.f(v, row);
    if (typeof v === "string" && this.texts.length < 12) {
      this.texts.push(v);
      this.textValues.push(x);
    } else if (typeof v === "number" && this.numbers.length < 12 && v === v) {
      this.numbers.push(v);
      this.numberValues.push(x);
    } else this.many.set(v, x);
    return x;
  }
}

/** Distinct's get as a function. */
export function perDistinct<T>(
  f: (v: CellValue, row: number) => T
): (v: CellValue, row: number) => T {
  const d = new Distinct(f);
  return (v, row) => d.get(v, row);
}

/**
 * What a test that a cell matches `value` (as matchKey says) holds, for a
 * loop over many rows: the value is folded once, and each distinct text
 * once. The loops call `test` on one of the two classes below, Matcher (a
 * category) and FilterMatcher (a filter of a Selection): the same code, on
 * purpose twice. The engine optimises a method once for all its callers,
 * from the cells it has seen: a filter over four pillars or years sharing
 * its `test` with a category over 25 stakeholders was optimised for both
 * and ran about a third slower (bench/custom-functions.js). A number costs
 * one === (with the number the value reads as); a text a few === on the
 * texts seen (in the order first met); past a dozen texts, one map lookup.
 * A Matcher first compares the first four texts met, kept in fields (t0-t3:
 * no array to index, no loop; the list alone was a third slower on a
 * category of three labels); a FilterMatcher does not (the fields made a
 * filter over four pillars a third slower: bench/custom-functions.js).
 */
abstract class KeyTest {
  /** The number the value's key reads as ("2020" = 2020), NaN if none: numbers match with no fold. */
  protected readonly wantNumber: number;
  private readonly want: string;
  /** The first four distinct texts met and whether each matched. */
  protected t0: string | undefined = undefined;
  protected t1: string | undefined = undefined;
  protected t2: string | undefined = undefined;
  protected t3: string | undefined = undefined;
  protected h0 = false;
  protected h1 = false;
  protected h2 = false;
  protected h3 = false;
  /** The distinct texts seen and whether each matched. */
  protected readonly few: string[] = [];
  protected readonly fewHits: boolean[] = [];
  private readonly many = new Map<CellValue, boolean>();
  /** More distinct texts than `few` holds: they are all in `many`. */
  private crowded = false;
  constructor(readonly value: CellValue) {
    this.want = matchKey(value);
    this.wantNumber = String(Number(this.want)) === this.want ? Number(this.want) : NaN;
  }

  abstract test(v: CellValue): boolean;

  /** A text not in t0-t3: looked up, or its key computed once; the first four go to the fields. */
  protected text(v: string): boolean {
    const few = this.few;
    for (let k = 0; k < few.length; k++) if (few[k] === v) return this.fewHits[k];
    const hit = this.other(v);
    if (this.t0 === undefined) {
      this.t0 = v;
      this.h0 = hit;
    } else if (this.t1 === undefined) {
      this.t1 = v;
      this.h1 = hit;
    } else if (this.t2 === undefined) {
      this.t2 = v;
      this.h2 = hit;
    } else if (this.t3 === undefined) {
      this.t3 = v;
      this.h3 = hit;
    }
    return hit;
  }

  /** A cell neither in the fields nor in `few`: its key, once. */
  protected other(v: CellValue): boolean {
    if (typeof v === "number") return v === this.wantNumber;
    const known = this.many.get(v);
    if (known !== undefined) return known;
    const hit = v === this.value || matchKey(v) === this.want;
    if (typeof v === "string" && !this.crowded) {
      if (this.few.length < 12) {
        this.few.push(v);
        this.fewHits.push(hit);
        return hit;
      }
      // Past a dozen texts a scan costs more than a map lookup: all texts go to the map.
      this.few.forEach((x, k) => this.many.set(x, this.fewHits[k]));
      this.few.length = 0;
      this.fewHits.length = 0;
      this.crowded = true;
    }
    this.many.set(v, hit);
    return hit;
  }
}

/** Does a cell hold the category `value`? (See KeyTest.) */
export class Matcher extends KeyTest {
  test(v: CellValue): boolean {
    if (typeof v === "string") {
      if (v === this.t0) return this.h0;
      if (v === this.t1) return this.h1;
      if (v === this.t2) return this.h2;
      if (v === this.t3) return this.h3;
      return this.text(v);
    }
    if (typeof v === "number") return v === this.wantNumber;
    return this.other(v);
  }
}

/** Does a cell hold a filter's value? For Selection's filters only (see KeyTest). */
export class FilterMatcher extends KeyTest {
  test(v: CellValue): boolean {
    if (typeof v === "string") {
      const few = this.few;
      for (let k = 0; k < few.length; k++) if (few[k] === v) return this.fewHits[k];
    } else if (typeof v === "number") return v === this.wantNumber;
    return this.other(v);
  }
}

/** Matcher's test as a function. */
export function matcher(value: CellValue): (v: CellValue) => boolean {
  const m = new Matcher(value);
  return (v) => m.test(v);
}

/** A filter as the functions take it: a range, and the value its rows must hold. */
export interface Filter {
  range: Range | CellValue;
  value: CellValue;
  /** How messages name the range (default "filter n"). */
  name?: MessageKey;
}

/**
 * Filters from (range, value) pairs as Excel passes optional arguments: a
 * pair with neither is skipped; a range without a value, or a value
 * without a range, is #VALUE! (never silently ignored).
 */
export function filters(...pairs: [Range | CellValue | undefined, CellValue][]): Filter[] {
  return namedFilters(pairs.map(([range, value]) => ({ range, value })));
}

/** As `filters`, each pair possibly named ("pillars"). */
export function namedFilters(
  pairs: { range: Range | CellValue | undefined; value: CellValue; name?: MessageKey }[]
): Filter[] {
  const out: Filter[] = [];
  pairs.forEach(({ range, value, name }, k) => {
    const ref = filterName({ range: null, value, name }, k);
    const noRange = range === null || range === undefined;
    if (noRange && isBlank(value)) return;
    if (noRange) fail("#VALUE!", "cf.err.filterRange", { range: ref, value: String(value) });
    if (isBlank(value)) fail("#VALUE!", "cf.err.filterValue", { range: ref });
    out.push({ range: range as Range, value, name });
  });
  return out;
}

function filterName(f: Filter, k: number): MessagePart {
  return f.name ? { key: f.name } : { key: "cf.range.filter", values: { n: k + 1 } };
}

/**
 * The filters of one calculation over its ranges, for one pass over the
 * rows with no list of row indexes: a calculation loops over the rows
 * `next` gives (a row left out by a filter needs no other read; without
 * filters, every row), leaves out the rows blank in its own ranges, and
 * calls `end(n)` after the loop with the number of rows it counted. Checks
 * that all ranges are the same size (as it is made, before any row is
 * read); `end(n)` gives #N/A when there are filters and no row was kept.
 * O(rows × filters), each distinct cell folded once.
 */
export class Selection {
  /** The number of rows (the ranges' common size). */
  readonly length: number;
  /** Are there filters? Without, a loop need not ask `next`. */
  readonly filtered: boolean;
  private readonly cols: Column[];
  private readonly tests: FilterMatcher[];
  constructor(
    main: Column[],
    private readonly fs: Filter[],
    addresses: (string | undefined)[] = []
  ) {
    this.cols = fs.map((f, k) =>
      column(
        f.range,
        f.name
          ? { name: f.name, address: addresses[k] }
          : { name: "cf.range.filter", n: k + 1, address: addresses[k] }
      )
    );
    sameSize([...main, ...this.cols]);
    this.tests = fs.map((f) => new FilterMatcher(f.value));
    this.length = main[0].length;
    this.filtered = fs.length > 0;
  }

  /** Does row i match every filter? */
  keeps(i: number): boolean {
    const cols = this.cols;
    for (let k = 0; k < cols.length; k++) if (!this.tests[k].test(cols[k].rows[i][0])) return false;
    return true;
  }

  /**
   * The first row from i on that every filter keeps, or `length` when none
   * is left: i itself without filters. A loop over the rows kept is
   * `for (let i = sel.next(0); i < sel.length; i = sel.next(i + 1))`: the
   * rows left out are skipped here, in a loop of their own for one filter
   * and for two (the usual calls), each filter's rows and test read once.
   */
  next(i: number): number {
    const n = this.length;
    const tests = this.tests;
    if (tests.length === 0) return i;
    if (tests.length === 1) {
      const r0 = this.cols[0].rows;
      const t0 = tests[0];
      while (i < n && !t0.test(r0[i][0])) i++;
      return i;
    }
    if (tests.length === 2) {
      const r0 = this.cols[0].rows;
      const r1 = this.cols[1].rows;
      const t0 = tests[0];
      const t1 = tests[1];
      while (i < n && !(t0.test(r0[i][0]) && t1.test(r1[i][0]))) i++;
      return i;
    }
    while (i < n && !this.keeps(i)) i++;
    return i;
  }

  /** After the loop, given how many rows it counted: with filters and none, #N/A. */
  end(counted: number): void {
    const fs = this.fs;
    if (fs.length && counted === 0) {
      fail("#N/A", "cf.err.noMatch", {
        filters: fs.map((f, k) => ({
          concat: [filterName(f, k), ` = ${String(f.value)}`],
        })),
      });
    }
  }
}

/**
 * The rows a calculation counts: those where `counted` holds (a row blank
 * in the calculation's own ranges is left out), matching every filter, as
 * row indexes in order. Checks that all ranges are the same size. With
 * filters and no row left: #N/A. (The calculations loop with a Selection
 * instead: no list of indexes.)
 */
export function selectRows(
  main: Column[],
  fs: Filter[],
  counted: (i: number) => boolean,
  addresses: (string | undefined)[] = []
): number[] {
  const sel = new Selection(main, fs, addresses);
  const kept: number[] = [];
  for (let i = 0; i < sel.length; i++)
    if (counted(i) && (!sel.filtered || sel.keeps(i))) kept.push(i);
  sel.end(kept.length);
  return kept;
}

/**
 * An amount whose cell `v` (row i of c) is already read: a number, 0 or
 * more, as it is; anything else as amountAt says (blank 0, else #VALUE!).
 * The loops inline the first test.
 */
export const amountOf = (v: CellValue, c: Column, i: number): number =>
  typeof v === "number" && v >= 0 && v !== Infinity ? v : amountAt(c, i);

/** n / d; a zero denominator is #DIV/0! with the message given. The one division of the module. */
export function ratio(
  n: number,
  d: number,
  key: MessageKey,
  values?: Record<string, MessagePart>
): number {
  if (d === 0) fail("#DIV/0!", key, values);
  return n / d;
}
