/**
 * A recording double of the Excel JavaScript API subset the adapter uses.
 * It keeps cells, tables and names like a workbook would, counts syncs,
 * measures the JSON each batch carries, and — unlike Excel's own proxies —
 * THROWS when a property is read that was not loaded and synced first.
 */
import { colIndex, colLetter } from "../../src/core/template/types";

type V = string | number | boolean;

/** Excel's comparison of sheet, table and defined names: case does not count. */
const same = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

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

function inBox(key: string, b: Box): boolean {
  const m = /^([A-Z]+)(\d+)$/.exec(key)!;
  const r = Number(m[2]) - 1;
  const c = colIndex(m[1]);
  return r >= b.r0 && r <= b.r1 && c >= b.c0 && c <= b.c1;
}

/**
 * How Excel takes a string written through `values` or `formulas`, as if typed:
 * a leading apostrophe makes text (and is not stored); numbers, percentages,
 * dates and booleans are converted; = + - @ start a formula. Anything else is text.
 */
export function asExcelTakesIt(x: V, numberFormat?: string): { value: V; formula: boolean } {
  if (typeof x !== "string") return { value: x, formula: false };
  if (x.startsWith("'")) return { value: x.slice(1), formula: false };
  // A cell formatted as text ("@") keeps what is written, as typed.
  if (numberFormat === "@") return { value: x, formula: false };
  if (/^\s*[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?\s*$/i.test(x))
    return { value: Number(x), formula: false };
  if (/^\s*[-+]?\d+(\.\d*)?\s*%\s*$/.test(x)) return { value: parseFloat(x) / 100, formula: false };
  if (/^[=+\-@]/.test(x) && x.length > 1) return { value: x, formula: true };
  // A date: Excel stores its serial number.
  if (/^\s*\d{1,4}[-/]\d{1,2}([-/]\d{1,4})?\s*$/.test(x)) return { value: 43831, formula: false };
  // A month by its name with a day or a year ("Mar-21", "21 March", "juin 2021" in a French culture).
  const month = `(?:${MONTHS})[a-zéû]*\\.?`;
  if (
    new RegExp(
      `^\\s*(?:\\d{1,2}[-/ ]+${month}(?:[-/ ,]+\\d{1,4})?|${month}[-/ ,]+\\d{1,4})\\s*$`,
      "i"
    ).test(x)
  )
    return { value: 44256, formula: false };
  // A time.
  if (/^\s*\d{1,2}:\d{2}(:\d{2})?\s*$/.test(x)) return { value: 0.5, formula: false };
  if (/^(true|false)$/i.test(x.trim())) return { value: /true/i.test(x), formula: false };
  return { value: x, formula: false };
}

/** Month names Excel takes in a date, in English and French cultures. */
const MONTHS =
  "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|déc";

/** An error a sync fails with (the network, throttling, a co-author's conflicting change). */
export class SyncFailed extends Error {
  readonly code = "GeneralException";
}

export class Recorder {
  /** The sync (1 for the first) that fails: its queued operations are not applied, as in Excel when the request is lost. */
  failAt?: number | number[];
  /** Called after each successful sync with its number (a co-author's edit lands then). */
  afterSync?: (n: number) => void;
  /** Puts the workbook back as it was after the last successful sync (set by contextFor). */
  private rollback?: () => void;
  private save?: () => () => void;
  syncs = 0;
  /** The request context over this recorder (set by contextFor): event handlers are removed in it. */
  context?: unknown;
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

  /** Keep the workbook's state at each sync, so a failing sync can leave it as it was. */
  attach(save: () => () => void): void {
    this.save = save;
    // Kept only when a test makes a sync fail (set failAt before contextFor).
    if (this.failAt !== undefined) this.rollback = save();
  }

  async sync(): Promise<void> {
    this.syncs++;
    this.batches.push(this.pending);
    this.pending = 0;
    const loads = this.queuedLoads;
    this.queuedLoads = [];
    if ([this.failAt ?? []].flat().includes(this.syncs)) {
      this.log.push(`sync ${this.syncs} failed`);
      this.rollback?.();
      throw new SyncFailed(`GeneralException: sync ${this.syncs} failed (network)`);
    }
    loads.forEach((f) => f());
    if (this.failAt !== undefined && this.save) this.rollback = this.save();
    this.afterSync?.(this.syncs);
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
  /** Page layout as written (ExcelApi 1.9): plain properties, print titles and area, header and footer. */
  page: Record<string, unknown> & {
    headersFooters: { defaultForAllPages: { centerHeader?: string; centerFooter?: string } };
  } = { headersFooters: { defaultForAllPages: {} } };
  /** Cells formatted as text ("@"), by address. */
  textFormat = new Set<string>();
  conditional: {
    range: string;
    type: string;
    rule: { formula: string };
    format: { fill: { color?: string }; font: { color?: string } };
  }[] = [];
  /** A password a person protected the sheet with (the add-in cannot unprotect it). */
  password?: string;
  /** Comments, by cell address ("B3"): their text. */
  notes = new Map<string, string>();
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
  /** Whether the add-in's events fire (context.runtime.enableEvents). */
  events = true;

  /** Excel finds sheets, tables and names whatever their case. */
  sheet(name: string): SheetDouble | undefined {
    return this.sheets.find((s) => same(s.name, name));
  }

  /** The name a table or defined name is kept under, found whatever its case. */
  key<T>(map: Map<string, T>, name: string): string | undefined {
    return [...map.keys()].find((k) => same(k, name));
  }

  /** The state of the workbook, and a function that puts it back (a failed sync's writes undone). */
  save(): () => void {
    const sheets = [...this.sheets];
    const copies = sheets.map((s) => {
      const { handlers, ...rest } = s;
      return { s, handlers, copy: structuredClone(rest) };
    });
    const tables = [...this.tables].map(([k, v]) => [k, { ...v }] as const);
    const names = [...this.names];
    const prot = this.structureProtected;
    const events = this.events;
    return () => {
      this.events = events;
      this.sheets.splice(0, this.sheets.length, ...sheets);
      for (const { s, handlers, copy } of copies)
        Object.assign(s, structuredClone(copy), { handlers });
      this.tables = new Map(tables.map(([k, v]) => [k, { ...v }]));
      this.names = new Map(names);
      this.structureProtected = prot;
    };
  }

  /** A table's cells (header first) as values. */
  tableValues(name: string): V[][] {
    const t = this.tables.get(this.key(this.tables, name) ?? name)!;
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
    readonly address: string,
    /** A null object (the used range of an empty sheet): its properties are not to be read. */
    private readonly nothing = false
  ) {
    super(rec);
  }

  /** True for a null object, once a sync has passed since it was loaded. */
  get isNullObject(): boolean {
    if (!this.synced) throw new NotLoaded("RangeDouble.isNullObject read before load and sync");
    return this.nothing;
  }

  private get box() {
    return parse(this.address);
  }

  /** What the last sync read (a range's values are as of the sync, as in Excel). */
  private synced?: { values: V[][]; formulas: V[][] };

  override load(props: string | string[]): this {
    this.rec.log.push(`load ${this.ws.name}!${this.address}`);
    super.load(props);
    this.rec.queueLoad(() => {
      this.synced = { values: this.read("value"), formulas: this.read("formula") };
    });
    return this;
  }

  private read(key: "value" | "formula"): V[][] {
    const out: V[][] = [];
    this.each((r, c, i) => {
      (out[i] ??= []).push(this.ws.get(r, c)?.[key] ?? "");
    });
    return out;
  }

  private each(f: (r: number, c: number, i: number, j: number) => void) {
    const b = this.box;
    // Capped at Excel's rows (was 5,000: a 27,720-row tblValues read back short; values bench).
    for (let r = b.r0; r <= Math.min(b.r1, b.r0 + 1_048_575); r++)
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
      const taken = asExcelTakesIt(x, this.ws.textFormat.has(k) ? "@" : undefined);
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
    if (this.nothing) throw new Error("a null object has no values");
    return this.synced!.values;
  }
  set formulas(v: V[][]) {
    this.grid(v, "formulas");
  }
  get formulas(): V[][] {
    this.guard("formulas");
    return this.synced!.formulas;
  }
  set numberFormat(v: string[][]) {
    this.rec.write(`${this.ws.name}!${this.address} numberFormat`, v);
    const b = this.box;
    for (const k of [...this.ws.textFormat]) if (inBox(k, b)) this.ws.textFormat.delete(k);
    if (!v.some((row) => row.includes("@"))) return;
    this.each((r, c, i, j) => {
      if ((v[i]?.[j] ?? v[0]?.[0]) === "@") this.ws.textFormat.add(`${colLetter(c)}${r + 1}`);
    });
  }
  get rowIndex(): number {
    this.guard("rowIndex");
    return this.box.r0;
  }
  get columnIndex(): number {
    this.guard("columnIndex");
    return this.box.c0;
  }
  get rowCount(): number {
    this.guard("rowCount");
    return this.box.r1 - this.box.r0 + 1;
  }
  get columnCount(): number {
    this.guard("columnCount");
    return this.box.c1 - this.box.c0 + 1;
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
      const format: { fill: { color?: string }; font: { color?: string } } = { fill: {}, font: {} };
      this.ws.conditional.push({ range: this.address, type, rule, format });
      this.rec.write(`cf ${this.address}`, type);
      return { custom: { rule, format } };
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
    this.rec.write(`clear ${this.ws.name}!${this.address}`, null);
    const b = this.box;
    for (const k of [...this.ws.cells.keys()]) if (inBox(k, b)) this.ws.cells.delete(k);
    for (const k of [...this.ws.textFormat]) if (inBox(k, b)) this.ws.textFormat.delete(k);
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
  private get stored(): string {
    const k = this.wb.key(this.wb.tables, this.tableName);
    if (k === undefined) throw new Error(`ItemNotFound: table ${this.tableName}`);
    return k;
  }
  private get t() {
    return this.wb.tables.get(this.stored)!;
  }
  get name(): string {
    this.guard("name");
    return this.stored;
  }
  set name(v: string) {
    const t = this.t;
    const other = this.wb.key(this.wb.tables, v);
    if (other !== undefined && other !== this.stored)
      throw new Error(`ItemAlreadyExists: table ${v} (as ${other})`);
    this.wb.tables.delete(this.stored);
    this.wb.tables.set(v, t);
    this.tableName = v;
  }
  set style(v: string) {
    this.t.style = v;
  }
  getRange(): RangeDouble {
    return new RangeDouble(this.rec, this.wb, this.t.sheet, this.t.address);
  }
  /** Rows added at the end of the table (Excel refuses them on a protected sheet). */
  get rows() {
    return {
      add: (_index: number | undefined, values: V[][]) => {
        const t = this.t;
        if (t.sheet.protectedOn)
          throw Object.assign(new Error(`AccessDenied: ${t.sheet.name} is protected`), {
            code: "AccessDenied",
          });
        const b = parse(t.address);
        const from = `${colLetter(b.c0)}${b.r1 + 2}`;
        const to = `${colLetter(b.c1)}${b.r1 + 1 + values.length}`;
        new RangeDouble(this.rec, this.wb, t.sheet, `${from}:${to}`).values = values;
        t.address = `${colLetter(b.c0)}${b.r0 + 1}:${to}`;
      },
    };
  }
  get worksheet(): WorksheetDouble {
    return new WorksheetDouble(this.rec, this.wb, this.t.sheet);
  }
  delete(): void {
    this.rec.write(`delete table ${this.tableName}`, null);
    const t = this.t;
    const stored = this.stored;
    const b = parse(t.address);
    for (let r = b.r0; r <= b.r1; r++)
      for (let c = b.c0; c <= b.c1; c++) t.sheet.cells.delete(`${colLetter(c)}${r + 1}`);
    this.wb.tables.delete(stored);
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
  // Upgrade (session 5): renaming, copying a sheet (ExcelApi 1.10) and turning its tables into ranges.
  set name(v: string) {
    const other = this.wb.sheet(v);
    if (other && other !== this.ws) throw new Error(`ItemAlreadyExists: ${v} (as ${other.name})`);
    this.rec.write(`rename sheet ${this.ws.name} ${v}`, null);
    this.ws.name = v;
  }
  /** A copy at the end, named as Excel names it ("Budget (2)"), its tables copied under new names. */
  copy(position: string): WorksheetDouble {
    if (position !== "End") throw new Error(`copy ${position}: only "End" is modelled`);
    const rest: Partial<SheetDouble> = { ...this.ws };
    delete rest.handlers;
    let n = 2;
    while (this.wb.sheet(`${this.ws.name} (${n})`)) n++;
    const s = Object.assign(new SheetDouble(""), structuredClone(rest), {
      name: `${this.ws.name} (${n})`,
      handlers: [],
    });
    this.wb.sheets.push(s);
    this.rec.write(`copy sheet ${this.ws.name}`, null);
    for (const [name, t] of [...this.wb.tables])
      if (t.sheet === this.ws) {
        let k = 2;
        while (this.wb.key(this.wb.tables, `${name}${k}`) !== undefined) k++;
        this.wb.tables.set(`${name}${k}`, { ...t, sheet: s });
      }
    return new WorksheetDouble(this.rec, this.wb, s);
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
  /** The smallest range holding every cell with content (the double keeps no formats), or a null object. */
  getUsedRangeOrNullObject(): RangeDouble {
    const keys = [...this.ws.cells.keys()].map((k) => parse(k));
    this.rec.log.push(`used range ${this.ws.name}`);
    if (!keys.length) return new RangeDouble(this.rec, this.wb, this.ws, "A1", true);
    const r0 = Math.min(...keys.map((b) => b.r0));
    const c0 = Math.min(...keys.map((b) => b.c0));
    const r1 = Math.max(...keys.map((b) => b.r0));
    const c1 = Math.max(...keys.map((b) => b.c0));
    return new RangeDouble(
      this.rec,
      this.wb,
      this.ws,
      `${colLetter(c0)}${r0 + 1}:${colLetter(c1)}${r1 + 1}`
    );
  }
  onChanged = {
    /** Added at once; removed at the next sync of the context it was added in (as Excel does). */
    add: (handler: (e: { address: string }) => Promise<void>) => {
      this.ws.handlers.push(handler);
      return {
        context: this.rec.context,
        remove: () => {
          this.rec.log.push(`remove handler ${this.ws.name}`);
          this.rec.queueLoad(() => {
            const i = this.ws.handlers.indexOf(handler);
            if (i >= 0) this.ws.handlers.splice(i, 1);
          });
        },
      };
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
  /** Page layout: what is set is kept on the sheet as plain data. */
  get pageLayout() {
    const page = this.ws.page;
    // The methods live on the proxy, never on the sheet's data (it is cloned to roll back a failed sync).
    const methods: Record<string, (v: string) => void> = {
      setPrintTitleRows: (rows) => void (page.titleRows = rows),
      setPrintTitleColumns: (cols) => void (page.titleColumns = cols),
      setPrintArea: (area) => void (page.area = area),
    };
    return new Proxy(page, {
      get: (target, prop: string) => methods[prop] ?? target[prop],
      set: (target, prop: string, v: unknown) => {
        target[prop] = v;
        return true;
      },
    });
  }
  tables = {
    /** The sheet's tables in the order they were made; converting one keeps its cells, without the table. */
    getItemAt: (index: number) => ({
      convertToRange: () => {
        const mine = [...this.wb.tables].filter(([, t]) => t.sheet === this.ws);
        if (!mine[index]) throw new Error(`ItemNotFound: table ${index} of ${this.ws.name}`);
        this.rec.write(`convert table ${mine[index][0]}`, null);
        this.wb.tables.delete(mine[index][0]);
      },
    }),
    add: (range: RangeDouble, hasHeaders: boolean) => {
      if (!hasHeaders) throw new Error("tables without headers are not used");
      const address = range.address;
      const box = parse(address);
      for (const [other, t] of this.wb.tables) {
        const o = parse(t.address);
        if (
          t.sheet === this.ws &&
          box.r0 <= o.r1 &&
          o.r0 <= box.r1 &&
          box.c0 <= o.c1 &&
          o.c0 <= box.c1
        )
          throw new Error(`InvalidArgument: ${address} overlaps the table ${other}`);
      }
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
    const k = this.wb.key(this.wb.names, this.n);
    if (k === undefined) throw new Error(`ItemNotFound: name ${this.n}`);
    this.wb.names.delete(k);
  }
}

/** A comment (ExcelApi 1.10): its text, and where it is (an address with its sheet, as Excel gives it). */
class CommentDouble extends Loadable {
  constructor(
    rec: Recorder,
    private readonly wb: WorkbookDouble,
    private readonly ws: SheetDouble,
    private readonly cell: string
  ) {
    super(rec);
  }
  get content(): string {
    this.guard("content");
    return this.ws.notes.get(this.cell) ?? "";
  }
  getLocation(): RangeDouble {
    const sheet = /^[A-Za-z_][A-Za-z0-9_]*$/.test(this.ws.name)
      ? this.ws.name
      : `'${this.ws.name.replace(/'/g, "''")}'`;
    return new RangeDouble(this.rec, this.wb, this.ws, `${sheet}!${this.cell}`);
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
  const commentsColl = new Collection(rec, () =>
    wb.sheets.flatMap((s) => [...s.notes.keys()].map((k) => new CommentDouble(rec, wb, s, k)))
  );
  const protection = new WorkbookProtectionDouble(rec, wb);
  rec.attach(() => wb.save());
  const context = {
    sync: () => rec.sync(),
    runtime: {
      set enableEvents(on: boolean) {
        rec.log.push(on ? "events on" : "events off");
        wb.events = on;
      },
    },
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
          const other = wb.sheet(name);
          if (other) throw new Error(`ItemAlreadyExists: ${name} (as ${other.name})`);
          const s = new SheetDouble(name);
          wb.sheets.push(s);
          rec.write(`add sheet ${name}`, null);
          return new WorksheetDouble(rec, wb, s);
        },
      }),
      protection,
      comments: commentsColl,
      tables: Object.assign(tablesColl, {
        getItem: (name: string) => new TableDouble(rec, wb, name),
      }),
      names: Object.assign(namesColl, {
        getItem: (name: string) => new NameDouble(rec, wb, name),
        add: (name: string, refersTo: string) => {
          const other = wb.key(wb.names, name);
          if (other !== undefined) throw new Error(`ItemAlreadyExists: name ${name} (as ${other})`);
          rec.write(`name ${name}`, refersTo);
          wb.names.set(name, refersTo);
        },
      }),
    },
  };
  rec.context = context;
  return { context: context as unknown as Excel.RequestContext, rec };
}
