/**
 * The full check of a NAP workbook, over plain table values (what either
 * adapter reads): pasted values and API writes bypass Excel's own data
 * validation, so everything is checked again here. Each finding names its
 * sheet and cell, a stable rule id, and says in French or English what is
 * wrong and what would be right. The check changes nothing.
 *
 * Each rule lives in one place (rules/*.ts); cells are read through the
 * template's reader (parseNumber, listValue, mapColumns), whose problems
 * (text in a number cell, an Excel error, a label not in its list) are
 * findings too. A broken structure is a finding, never an exception.
 */
import { both, t, type MessageKey } from "../i18n";
import { planYears, type Lang, type Plan } from "../model";
import { buildWorkbookPlan, sheetName, tableGrid } from "../template/build";
import {
  isExcelError,
  mapColumns,
  readMeta,
  readStamp,
  rowsOf,
  TemplateError,
  type ReadProblem,
  type WorkbookValues,
} from "../template/read";
import {
  LISTS,
  listLabel,
  TABLE_BY_KEY,
  TABLES,
  tableSpecs,
  headerMatches,
  type TableSpec,
} from "../template/tables";
import { a1, colIndex, isFormula, type CellValue, type WorkbookPlan } from "../template/types";
import {
  Checker,
  type Check,
  type EntryTable,
  type Env,
  type Finding,
  type Tables,
} from "./context";
import { checkMeasures } from "./rules/measure";
import { checkMoney } from "./rules/money";
import { checkOrgIds } from "./rules/orgid";
import { checkOutliers } from "./rules/outliers";
import { checkStatus } from "./rules/status";
import { checkStructure } from "./rules/structure";
import { checkTime } from "./rules/time";
import { checkValues } from "./rules/values";
// ptargets (issue 14 point 1).
import { checkValueTargets } from "./rules/value-targets";
// refsheets (issue 14).
import { checkSchedule } from "./rules/schedule";

export { RULES, type Finding, type Rule, type Severity } from "./context";
export { MIN_OTHER_YEARS, RANGE_SD, Z_LIMIT } from "./rules/outliers";

/** The rule families, in the order their findings are listed. */
const CHECKS: Check[] = [
  checkMeasures,
  checkTime,
  checkStructure,
  checkMoney,
  checkOrgIds,
  checkStatus,
  checkValues,
  checkValueTargets,
  checkOutliers,
  checkSchedule,
];

/** The entry tables, and the column that names each row (its code; a budget line: its action). */
const CHECKED = TABLES.filter((d) => d.rowKey).map((d) => d.key) as EntryTable[];
/** The column each checked table's findings are tracked by (its row key's first column). */
const ENTRY = Object.fromEntries(CHECKED.map((k) => [k, TABLE_BY_KEY[k].rowKey![0]])) as Record<
  EntryTable,
  string
>;
const OPTIONAL = CHECKED.filter((k) => TABLE_BY_KEY[k].optional);

function workbookFinding(rule: Finding["rule"], message: string): Finding {
  return { severity: "error", rule, sheet: "", cell: "", message };
}

/** Check a workbook's tables. Never throws for bad content: a broken structure is a finding. */
export function validateWorkbook(values: WorkbookValues, lang: Lang = "en"): Finding[] {
  const meta = readMeta(values);
  const stamp = readStamp(meta, lang);
  if (!stamp.ok) {
    return [
      workbookFinding(
        stamp.error.code === "newer-template"
          ? "structure.newer-template"
          : "structure.not-nap-workbook",
        stamp.error.message
      ),
    ];
  }
  const { start, end } = stamp.period;
  const years = planYears({ period: { start, end } });
  const specs = tableSpecs(years);
  const problems: ReadProblem[] = [];
  const c = new Checker(lang);
  const structure: Finding[] = [];
  const tables = {} as Tables;
  const env: Env = {
    years,
    levels: levels(meta.levelScale),
    scale: scaleOf(meta.levelScale),
    sheets: {} as Env["sheets"],
    unread: new Set(),
  };
  for (const k of Object.keys(ENTRY) as EntryTable[]) {
    env.sheets[k] = values[specs[k].name]?.sheet ?? sheetName(lang, specs[k].sheet);
    try {
      tables[k] = rowsOf(k, specs, values, lang, problems, OPTIONAL.includes(k));
      c.track(tables[k], specs[k].name, ENTRY[k]);
    } catch (e) {
      if (!(e instanceof TemplateError)) throw e;
      structure.push(structureFinding(e, specs[k], values, lang));
      tables[k] = [];
      env.unread.add(k);
    }
  }
  for (const check of CHECKS) check(c, tables, env);
  return [
    ...structure,
    ...takenIn(values, lang),
    ...computedCells(values, specs, lang),
    ...readProblems(problems, values, specs, c, lang),
    ...c.findings,
  ];
}

/**
 * Live checking: the findings in some rows of one table, checked against
 * the whole workbook as last read (a changed code can make another row a
 * duplicate, a changed budget line another action's total wrong: those
 * findings are in other rows and wait for the next full check). Rows are
 * indexes in the table's values: 1 is the first row under the header.
 */
export function validateRows(
  values: WorkbookValues,
  table: string,
  rows: Iterable<number>,
  lang: Lang = "en"
): Finding[] {
  const tv = values[table];
  if (!tv) return [];
  const wanted = new Set(rows);
  return validateWorkbook(values, lang).filter((f) => {
    if (f.table !== table) return false;
    const m = /\d+$/.exec(f.cell);
    return m !== null && wanted.has(Number(m[0]) - 1 - tv.row);
  });
}

/**
 * The check of a plan (from JSON, or before writing it): the same rules over
 * the tables the template would write for it, so each finding names the
 * sheet and cell where the value would stand in that workbook.
 */
export function validatePlan(plan: Plan, lang: Lang = "en"): Finding[] {
  return validateWorkbook(tableValues(buildWorkbookPlan(plan, lang)), lang);
}

/** The values an adapter would read back from a freshly written workbook plan (formulas not yet calculated). */
export function tableValues(wp: WorkbookPlan): WorkbookValues {
  const out: WorkbookValues = {};
  for (const sheet of wp.sheets) {
    for (const table of sheet.tables) {
      out[table.name] = {
        sheet: sheet.name,
        row: table.row,
        col: table.col,
        values: tableGrid(table).map((r) => r.map((v) => (isFormula(v) ? null : v))),
      };
    }
  }
  return out;
}

/** Errors: what makes a workbook fail the check (warnings, acknowledged or not, do not). */
export function errors(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.severity === "error");
}

/** The level scale the _NAP sheet carries, with its labels (undefined when it carries none). */
function scaleOf(scale: CellValue | undefined): Env["scale"] {
  try {
    const parsed: unknown = typeof scale === "string" ? JSON.parse(scale) : undefined;
    return Array.isArray(parsed)
      ? parsed.filter(
          (l: { value?: unknown; en?: unknown; fr?: unknown }) =>
            typeof l.value === "number" && typeof l.en === "string" && typeof l.fr === "string"
        )
      : undefined;
  } catch {
    return undefined;
  }
}

function levels(scale: CellValue | undefined): number[] {
  try {
    const parsed: unknown = typeof scale === "string" ? JSON.parse(scale) : [];
    return Array.isArray(parsed)
      ? parsed
          .map((l: { value?: unknown }) => l.value)
          .filter((v): v is number => typeof v === "number")
      : [];
  } catch {
    return [];
  }
}

function structureFinding(
  e: TemplateError,
  spec: TableSpec,
  values: WorkbookValues,
  lang: Lang
): Finding {
  const tv = values[spec.name];
  const column =
    e.code === "missing-column"
      ? spec.columns.find((col) => both(col.header, col.headerValues)[0] === e.details.column)?.key
      : undefined;
  return {
    severity: "error",
    rule: `structure.${e.code}` as Finding["rule"],
    sheet: tv?.sheet ?? sheetName(lang, spec.sheet),
    // The header row's first cell, so that choosing the finding shows the table.
    cell: tv ? a1(tv.row, tv.col) : "",
    table: spec.name,
    column,
    message: e.message,
  };
}

/** Rows typed just below a growing table (read with it): the next rewrite takes them in. */
function takenIn(values: WorkbookValues, lang: Lang): Finding[] {
  const out: Finding[] = [];
  for (const [name, tv] of Object.entries(values)) {
    const n = tv?.takenIn ?? 0;
    if (!tv || !n) continue;
    const first = tv.row + tv.values.length - n;
    const last = tv.row + tv.values.length - 1;
    const cell = a1(first, tv.col);
    const code = tv.values[tv.values.length - n][0];
    out.push({
      severity: "warning",
      rule: "structure.taken-in",
      sheet: tv.sheet,
      cell,
      table: name,
      column: String(tv.values[0][0] ?? ""),
      ...(code !== null && code !== "" ? { key: String(code) } : {}),
      message: t(lang, "check.takenIn", {
        count: n,
        table: name,
        cell: `${tv.sheet}!${cell}`,
        first: first + 1,
        last: last + 1,
      }),
    });
  }
  return out;
}

/**
 * Computed cells of a row that are missing (a row added where the table's
 * calculated columns did not fill it: LibreOffice, a paste) or typed over:
 * the summaries would count the row without them, or count the typed value.
 */
function computedCells(
  values: WorkbookValues,
  specs: Record<EntryTable, TableSpec>,
  lang: Lang
): Finding[] {
  const out: Finding[] = [];
  for (const spec of Object.values(specs)) {
    const tv = values[spec.name];
    if (!tv?.formulas) continue;
    const header = tv.values[0] ?? [];
    const end = tv.values.length - (tv.takenIn ?? 0);
    for (const col of spec.columns) {
      if (col.kind !== "formula") continue;
      const at = header.findIndex((h) => h !== null && headerMatches(String(h), col));
      if (at < 0) continue;
      for (let r = 1; r < end; r++) {
        const row = tv.values[r];
        if (row.every((v, i) => i === at || v === null || v === "")) continue;
        if ((tv.formulas[r]?.[at] ?? null) !== null) continue;
        const typed = row[at] !== null && row[at] !== "";
        const cell = a1(tv.row + r, tv.col + at);
        out.push({
          severity: "warning",
          rule: typed ? "structure.computed-typed-over" : "structure.computed-missing",
          sheet: tv.sheet,
          cell,
          table: spec.name,
          column: col.key,
          message: t(lang, typed ? "check.computedTypedOver" : "check.computedMissing", {
            cell: `${tv.sheet}!${cell}`,
            column: String(header[at]),
          }),
        });
      }
    }
  }
  return out;
}

const PROBLEM_MESSAGE: Record<ReadProblem["rule"], MessageKey> = {
  "not-a-number": "v.notNumber",
  "excel-error": "v.excelError",
  "unknown-label": "v.unknownLabel",
  "below-fixed-table": "v.belowFixedTable",
};

/**
 * The reader's problems as findings: once per cell (several rules read a
 * cell), placed in their table, column and row, and worded to say what
 * would be right (for a label: the list's labels).
 */
function readProblems(
  problems: ReadProblem[],
  values: WorkbookValues,
  specs: Record<EntryTable, TableSpec>,
  c: Checker,
  lang: Lang
): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  const locate = problems.length ? locator(values, specs, lang) : () => undefined;
  for (const p of problems) {
    const ref = `${p.sheet}!${p.cell}`;
    if (seen.has(ref)) continue;
    seen.add(ref);
    const at = locate(p);
    const list = at?.spec.columns.find((col) => col.key === at.column)?.list;
    const labels = list ? LISTS[list].values.map((v) => listLabel(lang, list, v)).join(", ") : "";
    out.push({
      severity: "error",
      rule: p.rule,
      sheet: p.sheet,
      cell: p.cell,
      table: at?.spec.name,
      column: at?.column,
      key: at?.key,
      message: `${ref}: ${c.t(p.ambiguous ? "v.ambiguousNumber" : PROBLEM_MESSAGE[p.rule], { value: p.value, labels })}`,
    });
  }
  return out;
}

/** Find the table, column key and row code of a cell the reader reported. */
function locator(
  values: WorkbookValues,
  specs: Record<EntryTable, TableSpec>,
  lang: Lang
): (p: ReadProblem) => { spec: TableSpec; column?: string; key?: string } | undefined {
  const tables = (Object.keys(ENTRY) as EntryTable[]).flatMap((k) => {
    const tv = values[specs[k].name];
    if (!tv || tv.values.length === 0) return [];
    let columns;
    try {
      columns = mapColumns(specs[k], tv.values[0], lang);
    } catch {
      return []; // a table the reader could not map has no problems to place
    }
    return [
      {
        spec: specs[k],
        tv,
        byIndex: new Map([...columns].map(([key, x]) => [x.index, key])),
        keyIndex: columns.get(ENTRY[k])?.index,
      },
    ];
  });
  return (p) => {
    const m = /^([A-Z]+)(\d+)$/.exec(p.cell);
    if (!m) return undefined;
    for (const { spec, tv, byIndex, keyIndex } of tables) {
      const r = Number(m[2]) - 1 - tv.row;
      const i = colIndex(m[1]) - tv.col;
      if (tv.sheet !== p.sheet || r < 1 || r >= tv.values.length || i < 0) continue;
      if (i >= tv.values[0].length) continue;
      const key = keyIndex === undefined ? null : tv.values[r][keyIndex];
      return {
        spec,
        column: byIndex.get(i),
        key: key === null || key === "" || isExcelError(key) ? undefined : String(key),
      };
    }
    return undefined;
  };
}
