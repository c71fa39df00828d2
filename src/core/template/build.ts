/**
 * The workbook template as a pure function of a plan and a language.
 */
import { breakdownChoices } from "../calc/breakdowns";
import { markOwnRows } from "./copy";
import { t } from "../i18n";
import { planIn, planYears, type Lang, type Plan } from "../model";
import {
  codeListName,
  enumListName,
  header,
  META_KEYS,
  TABLE_BY_KEY,
  TABLES,
  tableSpecs,
  TEMPLATE_VERSION,
  toCell,
  type CodeListKey,
  type ColumnSpec,
  type FlagContext,
  type Rec,
  type TableKey,
  type TableSpec,
} from "../tables";
import { listLabel, LISTS, type ListKey } from "../vocabulary";
import { indicatorValidations, LEVEL_LIST, valueLists, YESNO_LIST } from "../tables/indicators";
import { emptyReferenceList, mappingGuideLines, referenceListColumns } from "./reference";
import { SUMMARY_SHEETS, summarySheetPlan, summarySheets, type SummaryKey } from "./summaries";
import { LINE_HEIGHT, wrappedLines as lines } from "./wrap";
import {
  a1,
  a1Range,
  colLetter,
  sheetRef,
  structCol,
  isFormula,
  type Cell,
  type CellBlock,
  type FormatPlan,
  type NamePlan,
  type SheetKey,
  type SheetPlan,
  type TablePlan,
  type ValidationPlan,
  type WorkbookPlan,
} from "./types";

export { TEMPLATE_VERSION, META_KEYS };

/** The Lists sheet column of the breakdown codes (lst_breakdowns). */
const BREAKDOWN_LIST = "breakdowns";
/** Empty rows below growable tables that still carry drop-downs and checks. */
export const SPARE_ROWS = 500;

const SHEET_ORDER: SheetKey[] = [
  "guide",
  "framework",
  "indicators",
  // refsheets (issue 14): the indicators' reference sheets, beside the indicators.
  "refs",
  "values",
  "actions",
  "budget",
  ...SUMMARY_SHEETS,
  "stakeholders",
  "funding",
  "regions",
  "risks",
  "imports",
  "conflicts",
  "submissions",
  "changes",
  "lists",
  "meta",
];

export function sheetName(lang: Lang, key: SheetKey): string {
  return t(lang, `sheet.${key}`);
}

const NUMBER_FORMATS: Partial<Record<ColumnSpec["kind"], string>> = {
  number: "#,##0.##",
  percent: "0.0",
  amount: "#,##0",
  year: "0",
};

interface Layout {
  lang: Lang;
  specs: Record<TableKey, TableSpec>;
  names: Record<SheetKey, string>;
  /** Body rows of each table as written (at least 1). */
  bodyRows: Record<TableKey, number>;
}

function structuredContext(layout: Layout, own: TableSpec) {
  const headerOf = (table: TableKey, key: string) => {
    const spec = layout.specs[table];
    const col = spec.columns.find((x) => x.key === key);
    if (!col) throw new Error(`no column ${key} in ${table}`);
    return structCol(header(layout.lang, col));
  };
  return {
    lang: layout.lang,
    col: (table: TableKey, key: string) =>
      `${layout.specs[table].name}[[#Data],[${headerOf(table, key)}]]`,
    here: (key: string) => `${own.name}[[#This Row],[${headerOf(own.key, key)}]]`,
  };
}

/** Where the code lists live: a column of a table, or a column of the lists sheet. */
function codeListRef(
  layout: Layout,
  list: CodeListKey,
  listsColumn: Map<string, { col: number; rows: number }>
): string {
  const tableCol = (table: TableKey, key: string) => {
    const spec = layout.specs[table];
    const ci = spec.columns.findIndex((x) => x.key === key);
    const rows = layout.bodyRows[table] + (spec.growable ? SPARE_ROWS : 0);
    const L = colLetter(ci);
    return `${sheetRef(layout.names[spec.sheet])}!$${L}$2:$${L}$${rows + 1}`;
  };
  switch (list) {
    case "stakeholders":
      return tableCol("stakeholders", "code");
    case "regions":
      return tableCol("regions", "code");
    case "funding":
      return tableCol("funding", "code");
    case "actions":
      return tableCol("actions", "code");
    case "indicators":
      return tableCol("indicators", "code");
    case "outputs":
    case "pillars":
    case "sdg":
    case "global1325": {
      const at = listsColumn.get(list);
      if (!at) throw new Error(`no list column for ${list}`);
      const L = colLetter(at.col);
      return `${sheetRef(layout.names.lists)}!$${L}$2:$${L}$${Math.max(2, at.rows + 1)}`;
    }
  }
}

function tablePlan(plan: Plan, layout: Layout, spec: TableSpec): TablePlan {
  const lang = layout.lang;
  const def = TABLE_BY_KEY[spec.key];
  let rows: Cell[][] = def
    .rows(plan, lang)
    .map((r) => spec.columns.map((col) => (col.formula ? null : toCell(col, r, lang))));
  if (rows.length === 0) rows = [spec.columns.map(() => null)];
  const ctx = structuredContext(layout, spec);
  // checkspeed: a computed column's formula is the same in every row (its context names no
  // row): made once, not per row (27,720 value rows made two long formulas each).
  const formulas = spec.columns.map((col) => (col.formula ? `=${col.formula(ctx)}` : null));
  rows = rows.map((r) =>
    r.map((cell, i) => {
      const formula = formulas[i];
      return formula !== null ? { formula } : cell;
    })
  );
  return {
    name: spec.name,
    row: 0,
    col: 0,
    headers: spec.columns.map((c) => header(lang, c)),
    keys: spec.columns.map((c) => c.key),
    rows,
    entry: spec.columns.map((c) => c.entry),
    numberFormats: spec.columns.map((c) => c.numberFormat ?? NUMBER_FORMATS[c.kind]),
    style: spec.key === "meta" ? "TableStyleLight1" : "TableStyleMedium2",
  };
}

function tableSheet(plan: Plan, layout: Layout, key: TableKey, protect: boolean): SheetPlan {
  const spec = layout.specs[key];
  const table = tablePlan(plan, layout, spec);
  const lang = layout.lang;
  const lastRow = table.rows.length + (spec.growable ? SPARE_ROWS : 0); // 0-based index of last body row
  const formats: FormatPlan[] = [];
  const validations: ValidationPlan[] = [];
  const unlocked: string[] = [];
  spec.columns.forEach((col, ci) => {
    const L = colLetter(ci);
    // Checks cover the spare rows below a growable table; formats cover the
    // table's rows only (Excel carries a table's formats into rows it adds).
    const range = `${L}2:${L}${lastRow + 1}`;
    const bodyRange = `${L}2:${L}${table.rows.length + 1}`;
    const nf = col.numberFormat ?? NUMBER_FORMATS[col.kind];
    if (nf || col.entry || col.kind === "formula" || col.kind === "text") {
      formats.push({
        range: bodyRange,
        numberFormat: nf,
        style: col.entry
          ? "entry"
          : col.kind === "formula"
            ? "computed"
            : col.kind === "text"
              ? "wrap"
              : undefined,
      });
    }
    // refsheets: a computed column whose text wraps (an indicator's text shown by formula).
    if (col.wrap) formats.push({ range: bodyRange, style: "wrap" });
    if (col.entry) unlocked.push(bodyRange);
    const hdr = header(lang, col);
    const list =
      col.kind === "enum" && col.list
        ? enumListName(col.list)
        : col.kind === "bool"
          ? enumListName("yesno")
          : col.kind === "code" && col.codeList && !emptyReferenceList(col.codeList)
            ? codeListName(col.codeList)
            : undefined;
    if (!col.entry) {
      // Computed and fixed columns carry no check.
    } else if (list) {
      validations.push({
        range,
        type: "list",
        source: `=${list}`,
        error: t(lang, "error.unknownLabel", { cell: hdr, value: "…" }),
      });
    } else if (col.suggest === "breakdowns") {
      // Issue 14: single codes offered, combinations ("women; KAY") kept with a note.
      validations.push({
        range,
        type: "list",
        source: `=lst_${BREAKDOWN_LIST}`,
        prompt: t(lang, "v.breakdown.prompt"),
        error: t(lang, "v.breakdown.prompt"),
        alert: "information",
      });
    } else if (col.kind === "percent") {
      validations.push({ range, type: "decimal", min: 0, max: 100, error: `${hdr}: 0 – 100` });
    } else if (col.kind === "amount") {
      validations.push({ range, type: "decimal", min: 0, error: `${hdr}: ≥ 0` });
    } else if (col.kind === "year") {
      validations.push({
        range,
        type: "whole",
        min: key === "indicators" ? 1990 : plan.period.start,
        max: plan.period.end,
        error: `${hdr}: ${key === "indicators" ? 1990 : plan.period.start} – ${plan.period.end}`,
      });
    }
  });
  if (key === "indicators")
    validations.push(...indicatorValidations(plan, lang, spec.columns, table.row + 1));
  const conditionalFormats = flags(plan, lang, spec, lastRow);
  return {
    key: spec.sheet,
    name: layout.names[spec.sheet],
    // The logs the tools keep are hidden while empty: nothing to read, nothing printed.
    visibility:
      key === "meta" ? "veryHidden" : LOGS.has(spec.sheet) && isEmpty(table) ? "hidden" : "visible",
    tabColor: key === "indicators" || key === "actions" || key === "budget" ? "FFC000" : undefined,
    columnWidths: spec.columns.map((c) => c.width),
    freeze:
      key === "meta"
        ? undefined
        : {
            rows: 1,
            columns: key === "indicators" || key === "framework" || key === "refs" ? 2 : 1,
          },
    blocks: [],
    tables: [table],
    formats,
    validations,
    conditionalFormats,
    rowHeights: wrappedRowHeights(spec.columns, table, TABLE_BY_KEY[key].rows(plan, lang)),
    print: {
      orientation: spec.columns.reduce((w, c) => w + c.width, 0) > 100 ? "landscape" : "portrait",
      fitToWidth: true,
      repeatRows: { from: 0, to: 0 },
      // The code column on every page, should a table print across pages.
      repeatColumns: { from: 0, to: 0 },
      // A table too wide for one page prints up to its `printTo` column (the table's file says why).
      ...(TABLE_BY_KEY[key].printTo
        ? {
            columns: {
              from: 0,
              to: spec.columns.findIndex((c) => c.key === TABLE_BY_KEY[key].printTo),
            },
          }
        : {}),
      header: `${plan.title} — ${layout.names[spec.sheet]}${SENTENCES.has(key) && plan.workingTranslation.includes(lang) ? ` — ${t(lang, "guide.workingTranslationMark")}` : ""}`,
      footer: "&P / &N — &D",
    },
    protection: protect ? { unlocked } : null,
  };
}

/** A table whose body is its one blank row (formulas aside). */
const isEmpty = (table: TablePlan): boolean =>
  table.rows.every((r) => r.every((c) => c === null || isFormula(c)));

/** Sheets of the logs the tools keep (imports, conflicts, submissions): shown and printed only with rows. */
const LOGS = new Set<SheetKey>(["imports", "conflicts", "submissions", "changes"]);

/** Tables that show the plan's sentences (marked when those are a working translation). */
const SENTENCES = new Set<TableKey>(["framework", "indicators", "actions", "risks"]);

/**
 * Row heights for wrapped text, from each cell's length and its column's
 * width: spreadsheet engines that do not fit rows on opening (LibreOffice,
 * its PDF export) would otherwise draw long texts over the next rows. The
 * header row is sized too; rows of one line keep the default height.
 */
export function wrappedRowHeights(
  columns: ColumnSpec[],
  table: TablePlan,
  /** The table's rows as the plan gives them: what its wrapping computed columns show (refsheets). */
  recs?: Rec[]
): Record<number, number> {
  const out: Record<number, number> = {};
  [table.headers, ...table.rows].forEach((row, r) => {
    let most = 1;
    row.forEach((cell, ci) => {
      const shows = r > 0 && columns[ci]?.wrap ? recs?.[r - 1]?.[columns[ci].key] : undefined;
      if (typeof shows === "string") most = Math.max(most, lines(shows, columns[ci].width));
      // Body cells wrap in text and entry columns (the entry style wraps: "Somme des
      // années" in a narrow Aggregation column); headers wrap in any column.
      if (r > 0 && columns[ci]?.kind !== "text" && !columns[ci]?.entry) return;
      if (typeof cell === "string" && ci < columns.length)
        most = Math.max(most, lines(cell, columns[ci].width));
    });
    if (most > 1) out[table.row + r] = most * LINE_HEIGHT;
  });
  return out;
}

/**
 * In-cell flags for impossible entries (shown in red without the add-in):
 * text in a number cell, a percentage outside 0-100, a negative amount,
 * more secured than planned, a budget year outside the plan's period, a
 * completed action not at 100% or one not started above 0%, and an
 * indicator's value against its measure (a percentage outside 0-100, a count
 * negative or not whole, a level off the plan's scale, a yes/no not 0 or 1).
 * The full check (src/core/validate) holds the same rules and more.
 */
function flags(
  plan: Plan,
  lang: Lang,
  spec: TableSpec,
  lastRow: number
): { range: string; formula: string }[] {
  const out: { range: string; formula: string }[] = [];
  const at = (key: string) => spec.columns.findIndex((c) => c.key === key);
  const range = (ci: number) => `${colLetter(ci)}2:${colLetter(ci)}${lastRow + 1}`;
  spec.columns.forEach((col, ci) => {
    if (!col.entry) return;
    const me = `${colLetter(ci)}2`;
    if (
      col.kind === "number" ||
      col.kind === "percent" ||
      col.kind === "amount" ||
      col.kind === "year"
    ) {
      out.push({ range: range(ci), formula: `=AND(NOT(ISBLANK(${me})),NOT(ISNUMBER(${me})))` });
    }
    if (col.kind === "percent")
      out.push({ range: range(ci), formula: `=AND(ISNUMBER(${me}),OR(${me}<0,${me}>100))` });
    if (col.kind === "amount")
      out.push({ range: range(ci), formula: `=AND(ISNUMBER(${me}),${me}<0)` });
  });
  // What each table's file adds of its own.
  const ctx: FlagContext = {
    plan,
    lang,
    columns: spec.columns,
    ref: (key, absolute = false) => `${absolute ? "$" : ""}${colLetter(at(key))}2`,
    text: (x) => `"${x.replace(/"/g, '""')}"`,
  };
  for (const f of TABLE_BY_KEY[spec.key].flags?.(ctx) ?? []) {
    out.push({ range: range(at(f.column)), formula: f.formula });
  }
  return out;
}

function listsSheet(
  plan: Plan,
  layout: Layout
): { sheet: SheetPlan; columns: Map<string, { col: number; rows: number }>; names: NamePlan[] } {
  const lang = layout.lang;
  // Numbers stay numbers (a typed 2019 or 1 matches a list item only as the same kind of value).
  const cols: { id: string; title: string; values: (string | number)[] }[] = [];
  for (const key of Object.keys(LISTS) as ListKey[]) {
    cols.push({
      id: key,
      title: t(lang, `listTitle.${key}`),
      values: LISTS[key].values.map((v) => listLabel(lang, key, v)),
    });
  }
  cols.push({
    id: "pillars",
    title: t(lang, "listTitle.pillars"),
    values: plan.pillars.map((p) => p.code),
  });
  cols.push({
    id: "outputs",
    title: t(lang, "listTitle.outputs"),
    values: plan.outputs.map((o) => o.code),
  });
  cols.push({ id: "years", title: t(lang, "listTitle.years"), values: planYears(plan) });
  // The reference lists' codes (src/core/reference), as text.
  cols.push(...referenceListColumns(lang));
  // What an indicator's yes/no and level cells offer (src/core/tables/indicators.ts).
  const values = valueLists(plan, lang);
  cols.push({
    id: YESNO_LIST.slice(4),
    title: t(lang, "listTitle.yesnoValues"),
    values: values.yesno,
  });
  cols.push({ id: LEVEL_LIST.slice(4), title: t(lang, "listTitle.levels"), values: values.levels });
  // Issue 14: the breakdown codes a tblValues cell offers (sex, age groups, the plan's regions).
  cols.push({
    id: BREAKDOWN_LIST,
    title: t(lang, "listTitle.breakdowns"),
    values: breakdownChoices(
      lang,
      plan.regions.map((r) => r.code)
    ),
  });
  const height = Math.max(...cols.map((c) => c.values.length));
  const grid: Cell[][] = [cols.map((c) => c.title)];
  for (let r = 0; r < height; r++) grid.push(cols.map((c) => c.values[r] ?? null));
  const columns = new Map<string, { col: number; rows: number }>();
  const names: NamePlan[] = [];
  const ref = sheetRef(layout.names.lists);
  cols.forEach((c, i) => {
    columns.set(c.id, { col: i, rows: c.values.length });
    const L = colLetter(i);
    if (!["pillars", "outputs", "sdg", "global1325"].includes(c.id)) {
      names.push({
        name: `lst_${c.id}`,
        refersTo: `=${ref}!$${L}$2:$${L}$${Math.max(2, c.values.length + 1)}`,
      });
    }
  });
  return {
    sheet: {
      key: "lists",
      name: layout.names.lists,
      visibility: "visible",
      // Wide enough for the longest label (a cut label misleads), one page wide on paper.
      columnWidths: cols.map((c) =>
        Math.min(40, Math.max(12, ...[c.title, ...c.values].map((v) => String(v).length + 2)))
      ),
      // print: the drop-downs' sources are not printed (4 pages of lists in the blank workbook).
      print: {
        orientation: "landscape",
        fitToWidth: true,
        repeatRows: { from: 0, to: 0 },
        nothing: true,
      },
      freeze: { rows: 1, columns: 0 },
      blocks: [{ row: 0, col: 0, cells: grid }],
      tables: [],
      formats: [{ range: a1Range(0, 0, 1, cols.length), style: "label" }],
      validations: [],
      protection: { unlocked: [] },
    },
    columns,
    names,
  };
}

/** The definitions the Guide states, one sentence each (the README says the same). */
export const GUIDE_DEFINITIONS = [
  "guide.def.progress",
  "guide.def.aggregation",
  "guide.def.onTrack",
  "guide.def.completion",
  "guide.def.gap",
  "guide.def.toCheck",
] as const;

/**
 * The guide's text column: wide, so its texts take few lines and the guide
 * prints on one page (fitted to one page at a readable scale, print.ts), and
 * about how many characters fit on one of its lines.
 */
const GUIDE_TEXT_WIDTH = 120;
const GUIDE_CHARS_PER_LINE = Math.floor(GUIDE_TEXT_WIDTH * 0.9);

function guideSheet(plan: Plan, layout: Layout): SheetPlan {
  const lang = layout.lang;
  const rows: Cell[][] = [];
  const formats: FormatPlan[] = [];
  const push = (cells: Cell[], style?: FormatPlan["style"]) => {
    rows.push(cells);
    if (style) formats.push({ range: a1(rows.length - 1, 0), style });
  };
  push([t(lang, "guide.title"), null], "title");
  push([null, null]);
  push([t(lang, "guide.plan"), plan.title], "label");
  push([t(lang, "guide.country"), plan.country], "label");
  push([t(lang, "guide.period"), `${plan.period.start}-${plan.period.end}`], "label");
  push([t(lang, "guide.currency"), plan.currency], "label");
  push([t(lang, "guide.version"), TEMPLATE_VERSION], "label");
  if (plan.example) push([null, t(lang, "guide.example")], "note");
  if (plan.workingTranslation.includes(lang))
    push([null, t(lang, "guide.workingTranslation")], "note");
  push([null, null]);
  push([t(lang, "guide.howTo"), null], "subtitle");
  (
    [
      "guide.step1",
      "guide.step2",
      "guide.step3",
      "guide.step4",
      "guide.step5",
      "guide.step6",
    ] as const
  ).forEach((k, i) => push([`${i + 1}.`, t(lang, k)]));
  push([null, null]);
  push([t(lang, "guide.sheets"), null], "subtitle");
  // Every sheet a planner sees, in the order of the tabs.
  const described = SHEET_ORDER.filter((k) => k !== "guide" && k !== "meta");
  for (const k of described) {
    push([layout.names[k], t(lang, `guide.sheet.${k}` as "guide.sheet.framework")], "label");
  }
  // How to type an indicator's value (the level scale spelled out), and what the summaries mean.
  push([null, null]);
  push([t(lang, "guide.entries"), null], "subtitle");
  const scale = plan.levelScale.map((l) => `${l.value} = ${l.fr} / ${l.en}`).join(", ");
  push([listLabel(lang, "measure", "yesno"), t(lang, "guide.entries.yesno")], "label");
  push([listLabel(lang, "measure", "level"), t(lang, "guide.entries.level", { scale })], "label");
  push([listLabel(lang, "measure", "text"), t(lang, "guide.entries.text")], "label");
  push([listLabel(lang, "measure", "percent"), t(lang, "guide.entries.rate")], "label");
  // Issue 14: a quarterly and a disaggregated value on the Values sheet.
  push([listLabel(lang, "frequency", "quarterly"), t(lang, "guide.entries.quarterly")], "label");
  push([t(lang, "col.breakdown"), t(lang, "guide.entries.breakdown")], "label");
  // ptargets: a period's target on the Values sheet.
  push([t(lang, "col.periodTarget"), t(lang, "guide.entries.target")], "label");
  // refsheets (issue 14): actions in time, indicators served, assumptions.
  push([null, t(lang, "guide.schedule")]);
  push([null, null]);
  push([t(lang, "guide.definitions"), null], "subtitle");
  for (const k of GUIDE_DEFINITIONS) push([null, t(lang, k)]);
  // How many SDG and global-indicator mappings are proposed (src/core/reference).
  push([null, null]);
  push([t(lang, "guide.mappings"), null], "subtitle");
  for (const line of mappingGuideLines(plan, lang)) push([null, line]);
  push([null, null]);
  push([t(lang, "guide.legend.entry"), null]);
  formats.push({ range: a1(rows.length - 1, 1), style: "entry" });
  push([t(lang, "guide.legend.computed"), null]);
  formats.push({ range: a1(rows.length - 1, 1), style: "computed" });
  formats.push({ range: `B1:B${rows.length}`, style: "wrap" });
  // Spreadsheet engines do not all fit row heights to wrapped text: size them.
  const rowHeights: Record<number, number> = {};
  rows.forEach((r, i) => {
    const text = typeof r[1] === "string" ? r[1] : "";
    const lines = Math.ceil(text.length / GUIDE_CHARS_PER_LINE);
    if (lines > 1) rowHeights[i] = lines * 15;
  });
  return {
    key: "guide",
    name: layout.names.guide,
    visibility: "visible",
    tabColor: "1F4E79",
    print: {
      orientation: "portrait",
      fitToWidth: true,
      // One printed page, as the issue asks, even a little under the minimum scale.
      onePage: true,
      header: plan.title,
      footer: "&P / &N — &D",
    },
    columnWidths: [28, GUIDE_TEXT_WIDTH],
    rowHeights,
    blocks: [{ row: 0, col: 0, cells: rows }],
    tables: [],
    formats,
    validations: [],
    protection: { unlocked: [] },
  };
}

/** The exchange-rate table the donor sheet carries (an entry table). */
function exchangeTable(plan: Plan, layout: Layout): TablePlan {
  return tablePlan(plan, layout, layout.specs.exchange);
}

/** What to write for a plan in a language. */
export function buildWorkbookPlan(source: Plan, lang: Lang): WorkbookPlan {
  // The plan's texts in the workbook's language (the source text where none is given).
  const plan = planIn(source, lang);
  const years = planYears(plan);
  const specs = tableSpecs(years);
  const names = Object.fromEntries(SHEET_ORDER.map((k) => [k, sheetName(lang, k)])) as Record<
    SheetKey,
    string
  >;
  const count = Object.fromEntries(TABLES.map((d) => [d.key, d.rows(plan, lang).length])) as Record<
    TableKey,
    number
  >;
  const bodyRows = Object.fromEntries(
    Object.entries(count).map(([k, n]) => [k, Math.max(1, n)])
  ) as Record<TableKey, number>;
  const layout: Layout = { lang, specs, names, bodyRows };

  const lists = listsSheet(plan, layout);
  const sheets: Record<Exclude<SheetKey, "report">, SheetPlan> = {
    guide: guideSheet(plan, layout),
    ...(Object.fromEntries(
      TABLES.filter((d) => d.sheet === d.key).map((d) => [
        d.sheet,
        tableSheet(plan, layout, d.key, d.protect),
      ])
    ) as Record<TableKey, SheetPlan>),
    ...(Object.fromEntries(
      summarySheets(plan, lang).map((spec) => [
        spec.key,
        summarySheetPlan(
          plan,
          lang,
          names[spec.key],
          spec,
          exchangeTable(plan, layout),
          tablePlan(plan, layout, layout.specs.partnerChoice)
        ),
      ])
    ) as Record<SummaryKey, SheetPlan>),
    lists: lists.sheet,
  };
  const codeLists: CodeListKey[] = [
    "stakeholders",
    "regions",
    "funding",
    "actions",
    "outputs",
    "pillars",
    "sdg",
    "global1325",
    "indicators",
  ];
  const names2: NamePlan[] = [
    ...lists.names,
    ...codeLists.map((l) => ({
      name: codeListName(l),
      refersTo: `=${codeListRef(layout, l, lists.columns)}`,
    })),
    {
      name: "NAP_TEMPLATE_VERSION",
      refersTo: `=${sheetRef(names.meta)}!$B$2`,
      comment: "Template version stamp of the NAP 1325 workbook",
    },
  ];
  const wp: WorkbookPlan = {
    templateVersion: TEMPLATE_VERSION,
    lang,
    sheets: SHEET_ORDER.map((k) => sheets[k as Exclude<SheetKey, "report">]),
    names: names2,
  };
  // A focal point's copy: others' rows locked or marked on every write of it.
  return source.stamp
    ? markOwnRows(wp, plan, source.stamp.focalPoint, source.stamp.focalPointKind === "region")
    : wp;
}

/** The cell grid of a table plan: header row then body. */
export function tableGrid(table: TablePlan): Cell[][] {
  return [table.headers, ...table.rows];
}

export type { CellBlock };
