/**
 * A recording double of the Excel JavaScript API subset the adapter uses.
 * It keeps cells, tables and names like a workbook would, counts syncs,
 * measures the JSON each batch carries, and — unlike Excel's own proxies —
 * THROWS when a property is read that was not loaded and synced first.
 */
import { colIndex, colLetter } from "../../src/core/template/types";

type V = string | number | boolean;

export class NotLoaded extends Error {}

interface Cell {
  value: V;
  formula: V;
  numberFormat?: string;
}

interface Box {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

function parse(address: string): Box {
  const a = address.replace(/\$/g, "").replace(/^.*!/, "");
  const whole = /^([A-Z]+):([A-Z]+)$/.exec(a);
  if (whole) return { r0: 0, c0: colIndex(whole[1]), r1: 1048575, c1: colIndex(whole[2]) };
  const rows = /^(\d+):(\d+)$/.exec(a);
  if (rows) return { r0: Number(rows[1]) - 1, c0: 0, r1: Number(rows[2]) - 1, c1: 16383 };
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a);
  if (!m) throw new Error(`bad address ${address}`);
  return {
    r0: Number(m[2]) - 1,
    c0: colIndex(m[1]),
    r1: Number(m[4] ?? m[2]) - 1,
    c1: colIndex(m[3] ?? m[1]),
  };
}

/**
 * How Excel takes a string written through `values` or `formulas`, as if typed:
 * a leading apostrophe makes text (and is not stored); numbers, percentages,
 * dates and booleans are converted; = + - @ start a formula. Anything else is text.
 */
export function asExcelTakesIt(x: V): { value: V; formula: boolean } {
  if (typeof x !== "string") return { value: x, formula: false };
  if (x.startsWith("'")) return { value: x.slice(1), formula: false };
  if (/^\s*[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?\s*$/i.test(x))
    return { value: Number(x), formula: false };
  if (/^\s*[-+]?\d+(\.\d*)?\s*%\s*$/.test(x)) return { value: parseFloat(x) / 100, formula: false };
  if (/^[=+\-@]/.test(x) && x.length > 1) return { value: x, formula: true };
  // A date: Excel stores its serial number.
  if (/^\s*\d{1,4}[-/]\d{1,2}([-/]\d{1,4})?\s*$/.test(x)) return { value: 43831, formula: false };
  if (/^(true|false)$/i.test(x.trim())) return { value: /true/i.test(x), formula: false };
  return { value: x, formula: false };
}

export class Recorder {
  syncs = 0;
  /** JSON bytes written in the batch under way, and in each batch synced. */
  pending = 0;
  batches: number[] = [];
  /** Properties loaded, waiting for the next sync to become readable. */
  private queuedLoads: (() => void)[] = [];
  log: string[] = [];

  write(what: string, payload: unknown): void {
    this.pending += JSON.stringify(payload ?? null).length;
    this.log.push(what);
  }

  queueLoad(f: () => void): void {
    this.queuedLoads.push(f);
  }

  async sync(): Promise<void> {
    this.syncs++;
    this.batches.push(this.pending);
    this.pending = 0;
    const loads = this.queuedLoads;
    this.queuedLoads = [];
    loads.forEach((f) => f());
  }
}

/** A proxy object whose listed properties must be loaded then synced before they are read. */
class Loadable {
  private readable = new Set<string>();
  constructor(protected readonly rec: Recorder) {}

  load(props: string | string[]): this {
    const list = (Array.isArray(props) ? props : props.split(",")).map((p) => p.trim());
    this.rec.queueLoad(() => list.forEach((p) => this.readable.add(p)));
    return this;
  }

  protected guard(prop: string): void {
    if (!this.readable.has(prop))
      throw new NotLoaded(`${this.constructor.name}.${prop} read before load and sync`);
  }
}

export class SheetDouble {
  cells = new Map<string, Cell>();
  visibility = "Visible";
  protectedOn = false;
  tabColor?: string;
  frozen?: string;
  merges: string[] = [];
  locked = new Set<string>();
  validations = new Map<string, unknown>();
  widths = new Map<string, number>();
  fontColors = new Map<string, string>();
  charts: { type: string; values: string; categories?: string; at?: string }[] = [];
  conditional: { range: string; type: string; rule: { formula: string } }[] = [];
  /** A password a person protected the sheet with (the add-in cannot unprotect it). */
  password?: string;
  /** Change handlers the add-in registered (Worksheet.onChanged). */
  handlers: ((e: { address: string }) => Promise<void>)[] = [];
  constructor(public name: string) {}

  get(row: number, col: number): Cell | undefined {
    return this.cells.get(`${colLetter(col)}${row + 1}`);
  }
}

export class WorkbookDouble {
  sheets: SheetDouble[] = [];
  /** Workbook structure protection (Review > Protect Workbook). */
  structureProtected = false;
  tables = new Map<string, { sheet: SheetDouble; address: string; style?: string }>();
  names = new Map<string, string>();

  sheet(name: string): SheetDouble | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** A table's cells (header first) as values. */
  tableValues(name: string): V[][] {
    const t = this.tables.get(name)!;
    const b = parse(t.address);
    const out: V[][] = [];
    for (let r = b.r0; r <= b.r1; r++) {
      const line: V[] = [];
      for (let c = b.c0; c <= b.c1; c++) line.push(t.sheet.get(r, c)?.value ?? "");
      out.push(line);
    }
    return out;
  }
}

class RangeDouble extends Loadable {
  constructor(
    rec: Recorder,
    private readonly wb: WorkbookDouble,
    private readonly ws: SheetDouble,
    readonly address: string
  ) {
    super(rec);
  }

  private get box() {
    return parse(this.address);
  }

  override load(props: string | string[]): this {
    this.rec.log.push(`load ${this.ws.name}!${this.address}`);
    return super.load(props);
  }

  private each(f: (r: number, c: number, i: number, j: number) => void) {
    const b = this.box;
    for (let r = b.r0; r <= Math.min(b.r1, b.r0 + 5000); r++)
      for (let c = b.c0; c <= Math.min(b.c1, b.c0 + 300); c++) f(r, c, r - b.r0, c - b.c0);
  }

  private grid(v: V[][], key: "values" | "formulas") {
    const b = this.box;
    if (v.length !== b.r1 - b.r0 + 1 || v.some((row) => row.length !== b.c1 - b.c0 + 1)) {
      throw new Error(`${key} of ${v.length}x${v[0]?.length} does not fit ${this.address}`);
    }
    this.rec.write(`${this.ws.name}!${this.address} ${key}`, v);
    this.each((r, c, i, j) => {
      const k = `${colLetter(c)}${r + 1}`;
      const x = v[i][j];
      const taken = asExcelTakesIt(x);
      const cell = this.ws.cells.get(k) ?? { value: "", formula: "" };
      // The double does not calculate: a formula's value stays blank.
      cell.value = taken.formula ? "" : taken.value;
      cell.formula = taken.formula ? x : taken.value;
      if (x === "") this.ws.cells.delete(k);
      else this.ws.cells.set(k, cell);
    });
  }

  set values(v: V[][]) {
    this.grid(v, "values");
  }
  get values(): V[][] {
    this.guard("values");
    const out: V[][] = [];
    this.each((r, c, i) => {
      (out[i] ??= []).push(this.ws.get(r, c)?.value ?? "");
    });
    return out;
  }
  set formulas(v: V[][]) {
    this.grid(v, "formulas");
  }
  get formulas(): V[][] {
    this.guard("formulas");
    const out: V[][] = [];
    this.each((r, c, i) => {
      (out[i] ??= []).push(this.ws.get(r, c)?.formula ?? "");
    });
    return out;
  }
  set numberFormat(v: string[][]) {
    this.rec.write(`${this.ws.name}!${this.address} numberFormat`, v);
  }
  get rowIndex(): number {
    this.guard("rowIndex");
    return this.box.r0;
  }
  get columnIndex(): number {
    this.guard("columnIndex");
    return this.box.c0;
  }

  format = (() => {
    const rec = this.rec;
    const self = this;
    const prop = (name: string) => ({
      set(v: unknown) {
        rec.write(`${self.ws.name}!${self.address} ${name}`, v);
      },
    });
    const font = {};
    ["bold", "italic", "size"].forEach((p) => Object.defineProperty(font, p, prop(`font.${p}`)));
    Object.defineProperty(font, "color", {
      set(v: string) {
        rec.write(`${self.ws.name}!${self.address} font.color`, v);
        self.ws.fontColors.set(self.address, v);
      },
    });
    const fill = {};
    Object.defineProperty(fill, "color", prop("fill"));
    const protection = {};
    Object.defineProperty(protection, "locked", {
      set(v: boolean) {
        rec.write(`${self.ws.name}!${self.address} locked`, v);
        if (!v) self.ws.locked.add(self.address);
      },
    });
    const f = { font, fill, protection };
    Object.defineProperty(f, "columnWidth", {
      set(v: number) {
        rec.write(`${self.ws.name}!${self.address} width`, v);
        self.ws.widths.set(self.address, v);
      },
    });
    ["rowHeight", "wrapText"].forEach((p) => Object.defineProperty(f, p, prop(p)));
    return f;
  })();

  dataValidation = (() => {
    const self = this;
    const dv = {
      clear() {
        self.ws.validations.delete(self.address);
      },
    };
    Object.defineProperty(dv, "rule", {
      set(v: unknown) {
        self.rec.write(`${self.ws.name}!${self.address} validation`, v);
        self.ws.validations.set(self.address, v);
      },
    });
    Object.defineProperty(dv, "errorAlert", {
      set: (v: unknown) => {
        self.rec.write("errorAlert", v);
      },
    });
    return dv;
  })();

  conditionalFormats = {
    add: (type: string) => {
      const rule = { formula: "" };
      this.ws.conditional.push({ range: this.address, type, rule });
      this.rec.write(`cf ${this.address}`, type);
      return { custom: { rule, format: { fill: {}, font: {} } } };
    },
  };

  select(): void {
    this.rec.log.push(`select ${this.ws.name}!${this.address}`);
  }

  merge(): void {
    this.rec.write(`merge ${this.address}`, null);
    this.ws.merges.push(this.address);
  }

  clear(): void {
    this.rec.write(`clear ${this.ws.name}`, null);
    this.ws.cells.clear();
  }
}

class TableDouble extends Loadable {
  constructor(
    rec: Recorder,
    private readonly wb: WorkbookDouble,
    private tableName: string
  ) {
    super(rec);
  }
  private get t() {
    const t = this.wb.tables.get(this.tableName);
    if (!t) throw new Error(`ItemNotFound: table ${this.tableName}`);
    return t;
  }
  get name(): string {
    this.guard("name");
    return this.tableName;
  }
  set name(v: string) {
    const t = this.t;
    this.wb.tables.delete(this.tableName);
    this.wb.tables.set(v, t);
    this.tableName = v;
  }
  set style(v: string) {
    this.t.style = v;
  }
  getRange(): RangeDouble {
    return new RangeDouble(this.rec, this.wb, this.t.sheet, this.t.address);
  }
  get worksheet(): WorksheetDouble {
    return new WorksheetDouble(this.rec, this.wb, this.t.sheet);
  }
  delete(): void {
    this.rec.write(`delete table ${this.tableName}`, null);
    const t = this.t;
    const b = parse(t.address);
    for (let r = b.r0; r <= b.r1; r++)
      for (let c = b.c0; c <= b.c1; c++) t.sheet.cells.delete(`${colLetter(c)}${r + 1}`);
    this.wb.tables.delete(this.tableName);
  }
}

class WorksheetDouble extends Loadable {
  constructor(
    rec: Recorder,
    private readonly wb: WorkbookDouble,
    readonly ws: SheetDouble
  ) {
    super(rec);
  }
  get name(): string {
    this.guard("name");
    return this.ws.name;
  }
  set visibility(v: string) {
    this.ws.visibility = v;
  }
  set tabColor(v: string) {
    this.ws.tabColor = v;
  }
  set position(i: number) {
    const list = this.wb.sheets;
    list.splice(list.indexOf(this.ws), 1);
    list.splice(i, 0, this.ws);
  }
  getRange(address?: string): RangeDouble {
    return new RangeDouble(this.rec, this.wb, this.ws, address ?? "A1:XFD1048576");
  }
  onChanged = {
    add: (handler: (e: { address: string }) => Promise<void>) => {
      this.ws.handlers.push(handler);
    },
  };
  delete(): void {
    this.rec.write(`delete sheet ${this.ws.name}`, null);
    for (const [name, t] of this.wb.tables) if (t.sheet === this.ws) this.wb.tables.delete(name);
    this.wb.sheets.splice(this.wb.sheets.indexOf(this.ws), 1);
  }
  charts = {
    add: (type: string, values: RangeDouble) => {
      this.ws.charts.push({ type, values: values.address });
      this.rec.write(`chart ${type} ${values.address}`, null);
      const chart = {
        title: {},
        legend: {},
        series: {
          getItemAt: () => ({
            setXAxisValues: (r: RangeDouble) =>
              (this.ws.charts[this.ws.charts.length - 1].categories = r.address),
          }),
        },
        setPosition: (at: string) => (this.ws.charts[this.ws.charts.length - 1].at = at),
      };
      return chart;
    },
  };
  activate(): void {
    this.rec.log.push(`activate ${this.ws.name}`);
  }
  protection = {
    protect: () => {
      this.ws.protectedOn = true;
    },
    unprotect: () => {
      // Excel fails the batch here; what was queued before stays done (no transaction).
      if (this.ws.password)
        throw Object.assign(new Error(`AccessDenied: ${this.ws.name} has a password`), {
          code: "AccessDenied",
        });
      this.rec.write(`unprotect ${this.ws.name}`, null);
      this.ws.protectedOn = false;
    },
  };
  freezePanes = {
    freezeAt: (r: RangeDouble) => {
      this.ws.frozen = r.address;
    },
  };
  tables = {
    add: (range: RangeDouble, hasHeaders: boolean) => {
      if (!hasHeaders) throw new Error("tables without headers are not used");
      const address = range.address;
      const name = `Table${this.wb.tables.size + 1}`;
      this.wb.tables.set(name, { sheet: this.ws, address });
      this.rec.write(`table ${address}`, null);
      return new TableDouble(this.rec, this.wb, name);
    },
  };
}

/** A collection: `items` (and their loaded properties) are readable after load and sync. */
class Collection<T extends Loadable> {
  private snapshot: T[] | null = null;
  private ready = false;
  constructor(
    private readonly rec: Recorder,
    private readonly list: () => T[]
  ) {}
  load(props: string): this {
    const children = this.list();
    this.snapshot = children;
    const childProps = props
      .split(",")
      .map((p) => p.trim())
      .filter((p) => p.startsWith("items/"))
      .map((p) => p.slice("items/".length));
    if (childProps.length) children.forEach((c) => c.load(childProps));
    this.rec.queueLoad(() => {
      this.ready = true;
    });
    return this;
  }
  get items(): T[] {
    if (!this.ready || !this.snapshot)
      throw new NotLoaded("collection items read before load and sync");
    return this.snapshot;
  }
}

class NameDouble extends Loadable {
  constructor(
    rec: Recorder,
    private readonly wb: WorkbookDouble,
    private readonly n: string
  ) {
    super(rec);
  }
  get name(): string {
    this.guard("name");
    return this.n;
  }
  delete(): void {
    this.wb.names.delete(this.n);
  }
}

class WorkbookProtectionDouble extends Loadable {
  constructor(
    rec: Recorder,
    private readonly wb: WorkbookDouble
  ) {
    super(rec);
  }
  get protected(): boolean {
    this.guard("protected");
    return this.wb.structureProtected;
  }
}

/** The request context the adapter gets, over a workbook double. */
export function contextFor(wb: WorkbookDouble, rec = new Recorder()) {
  const sheetsColl = new Collection(rec, () =>
    wb.sheets.map((s) => new WorksheetDouble(rec, wb, s))
  );
  const tablesColl = new Collection(rec, () =>
    [...wb.tables.keys()].map((n) => new TableDouble(rec, wb, n))
  );
  const namesColl = new Collection(rec, () =>
    [...wb.names.keys()].map((n) => new NameDouble(rec, wb, n))
  );
  const protection = new WorkbookProtectionDouble(rec, wb);
  const context = {
    sync: () => rec.sync(),
    application: {
      suspendApiCalculationUntilNextSync: () => rec.log.push("suspend calculation"),
      suspendScreenUpdatingUntilNextSync: () => rec.log.push("suspend screen"),
    },
    workbook: {
      worksheets: Object.assign(sheetsColl, {
        getItem: (name: string) => {
          const s = wb.sheet(name);
          if (!s) throw new Error(`ItemNotFound: sheet ${name}`);
          return new WorksheetDouble(rec, wb, s);
        },
        add: (name: string) => {
          if (wb.sheet(name)) throw new Error(`ItemAlreadyExists: ${name}`);
          const s = new SheetDouble(name);
          wb.sheets.push(s);
          rec.write(`add sheet ${name}`, null);
          return new WorksheetDouble(rec, wb, s);
        },
      }),
      protection,
      tables: Object.assign(tablesColl, {
        getItem: (name: string) => new TableDouble(rec, wb, name),
      }),
      names: Object.assign(namesColl, {
        getItem: (name: string) => new NameDouble(rec, wb, name),
        add: (name: string, refersTo: string) => {
          if (wb.names.has(name)) throw new Error(`ItemAlreadyExists: name ${name}`);
          rec.write(`name ${name}`, refersTo);
          wb.names.set(name, refersTo);
        },
      }),
    },
  };
  return { context: context as unknown as Excel.RequestContext, rec };
}
