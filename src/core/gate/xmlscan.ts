/**
 * Scan a workbook's XML as it is inflated, chunk by chunk, for what would
 * make the spreadsheet library's reader blow up: document type declarations
 * (XXE, billion laughs), cells and rows past the limits, and declared ranges
 * (sheet dimensions, tables, merged cells, data validation) whose size the
 * reader would materialise. Nothing is parsed into a tree; the scan stops at
 * the first limit passed.
 */
import type { Limits } from "./limits";

/** A reason to refuse, found while scanning. */
export interface ScanRefusal {
  code: "xml-dtd" | "too-big";
  detail: string;
}

/** A workbook's running totals over all its parts. */
export interface ScanTotals {
  cells: number;
  tableCells: number;
  validationCells: number;
  sheets: number;
  tables: number;
}

/** Tags whose attributes matter; a start tag with quoted attributes (a quoted value may hold ">"). */
const TAG =
  /<(c|row|dimension|mergeCell|dataValidation|table|autoFilter|sheet)((?:\s+[^\s=<>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/g;
const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const START_TAG = /^<\/?[^\s<>/!?]*(?:\s+[^\s=<>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*\/?>/;
const CELL_REF = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COL_ONLY = /^\$?([A-Za-z]{1,3})$/;
const ROW_ONLY = /^\$?(\d{1,7})$/;

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

interface Box {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

const MAX_ROW = 1048576;
const MAX_COL = 16384;

/** One end of a range: "B7", "$B$7", or a whole column ("B") or row ("7"). */
function end(ref: string, first: boolean): { r: number; c: number } | null {
  const m = CELL_REF.exec(ref);
  if (m) return { r: Number(m[2]), c: colNumber(m[1]) };
  const col = COL_ONLY.exec(ref);
  if (col) return { r: first ? 1 : MAX_ROW, c: colNumber(col[1]) };
  const row = ROW_ONLY.exec(ref);
  if (row) return { r: Number(row[1]), c: first ? 1 : MAX_COL };
  return null;
}

/** "A1:XFD1048576", "A1", "A:A" or "3:3" as a box; null when it is not a range. */
export function parseRange(ref: string): Box | null {
  const [a, b = a] = ref.trim().replace(/^.*!/, "").split(":");
  const p = end(a, true);
  const q = end(b, false);
  if (!p || !q) return null;
  return {
    r0: Math.min(p.r, q.r),
    c0: Math.min(p.c, q.c),
    r1: Math.max(p.r, q.r),
    c1: Math.max(p.c, q.c),
  };
}

const area = (b: Box) => (b.r1 - b.r0 + 1) * (b.c1 - b.c0 + 1);

function attrs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(text); m; m = ATTR.exec(text)) out[m[1]] = m[2] ?? m[3] ?? "";
  return out;
}

/** Scans one part; totals are shared by every part of the workbook. */
export class XmlScanner {
  private carry = "";
  private row = 0;
  private col = 0;
  refusal: ScanRefusal | null = null;

  constructor(
    private readonly part: string,
    private readonly limits: Limits,
    private readonly totals: ScanTotals
  ) {}

  /** Feed the next piece of text; false once a reason to refuse is found. */
  push(text: string): boolean {
    if (this.refusal) return false;
    const buf = this.carry + text;
    // A tag cannot hold "<" (not even in an attribute value): everything before
    // the last "<" is made of whole tags; the rest waits for the next piece.
    const last = buf.lastIndexOf("<");
    if (last < 0) {
      this.carry = "";
      return true;
    }
    this.scan(buf.slice(0, last));
    this.carry = buf.slice(last);
    if (!this.refusal && this.carry.length > this.limits.maxTagChars) {
      // Long text after a complete tag is content: keep the tag, drop the text.
      const tag = START_TAG.exec(this.carry);
      if (!tag)
        return this.refuse(
          "too-big",
          `${this.part}: an XML tag over ${this.limits.maxTagChars} characters`
        );
      this.scan(tag[0]);
      this.carry = "";
    }
    return !this.refusal;
  }

  /** The part is complete. */
  end(): boolean {
    if (!this.refusal) this.scan(this.carry);
    this.carry = "";
    return !this.refusal;
  }

  private refuse(code: ScanRefusal["code"], detail: string): false {
    this.refusal ??= { code, detail };
    return false;
  }

  private scan(text: string): void {
    if (this.refusal || !text) return;
    if (text.includes("<!DOCTYPE") || text.includes("<!ENTITY")) {
      this.refuse("xml-dtd", `${this.part} declares a document type`);
      return;
    }
    TAG.lastIndex = 0;
    for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
      if (!this.tag(m[1], m[2])) return;
    }
  }

  private range(what: string, ref: string | undefined): Box | null | false {
    if (ref === undefined) return null;
    const box = parseRange(ref);
    if (!box) return null;
    const { maxRows, maxColumns } = this.limits;
    if (box.r1 > maxRows || box.c1 > maxColumns) {
      return this.refuse(
        "too-big",
        `${this.part}: ${what} ${ref} reaches row ${box.r1}, column ${box.c1} (at most ${maxRows} rows, ${maxColumns} columns)`
      );
    }
    return box;
  }

  private addCells(n: number): boolean {
    this.totals.cells += n;
    if (this.totals.cells > this.limits.maxCells)
      return this.refuse("too-big", `more than ${this.limits.maxCells} cells`);
    return true;
  }

  private tag(name: string, attrText: string): boolean {
    const a = attrs(attrText);
    const L = this.limits;
    switch (name) {
      case "c": {
        const m = a.r !== undefined ? CELL_REF.exec(a.r) : null;
        this.col = m ? colNumber(m[1]) : this.col + 1;
        const r = m ? Number(m[2]) : this.row;
        if (r > L.maxRows || this.col > L.maxColumns)
          return this.refuse(
            "too-big",
            `${this.part}: cell ${a.r ?? `#${this.col}`} beyond row ${L.maxRows} or column ${L.maxColumns}`
          );
        return this.addCells(1);
      }
      case "row": {
        this.row = a.r !== undefined && /^\d+$/.test(a.r) ? Number(a.r) : this.row + 1;
        this.col = 0;
        if (this.row > L.maxRows)
          return this.refuse("too-big", `${this.part}: row ${this.row} beyond ${L.maxRows}`);
        return this.addCells(1);
      }
      case "dimension":
        return this.range("dimension", a.ref) !== false;
      case "mergeCell": {
        const box = this.range("merged range", a.ref);
        return box === false || (box ? this.addCells(area(box)) : true);
      }
      case "dataValidation": {
        for (const ref of (a.sqref ?? "").split(/\s+/).filter(Boolean)) {
          const box = this.range("data validation", ref);
          if (box === false) return false;
          if (box) this.totals.validationCells += area(box);
          if (this.totals.validationCells > L.maxValidationCells)
            return this.refuse(
              "too-big",
              `data validation over more than ${L.maxValidationCells} cells`
            );
        }
        return true;
      }
      case "table": {
        this.totals.tables++;
        if (this.totals.tables > L.maxTables)
          return this.refuse("too-big", `more than ${L.maxTables} tables`);
        const box = this.range(`table ${a.displayName ?? a.name ?? ""}`.trim(), a.ref);
        if (box === false) return false;
        if (box) this.totals.tableCells += area(box);
        if (this.totals.tableCells > L.maxCells)
          return this.refuse("too-big", `tables over more than ${L.maxCells} cells`);
        return true;
      }
      case "autoFilter":
        return this.range("filter", a.ref) !== false;
      case "sheet": {
        this.totals.sheets++;
        if (this.totals.sheets > L.maxSheets)
          return this.refuse("too-big", `more than ${L.maxSheets} sheets`);
        return true;
      }
      default:
        return true;
    }
  }
}
