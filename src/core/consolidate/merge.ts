/**
 * Consolidation: merge focal points' plans into the national plan.
 *
 * Rules (entered data is sacred):
 * - a national value is never overwritten: where a submission disagrees with
 *   it, both stay (the national value in place, the proposal in the
 *   conflicts table) until the TMU settles it;
 * - a blank national value is filled when every submission that gives it
 *   agrees; when submissions disagree, the cell stays blank and every
 *   proposal is listed as a conflict — whatever order the files come in;
 * - a new row (action, budget line, stakeholder, funding source, region) is
 *   added when its required fields are agreed; otherwise every proposal for
 *   it is a conflict;
 * - indicator definitions belong to the national framework: only entry
 *   fields (baseline, targets, actuals, verification, responsible, comment)
 *   are imported; unknown indicators are left alone and reported;
 * - every submitted value is logged with its provenance and outcome (the
 *   workbook's import log leaves out values equal to the national ones).
 */
import {
  budgetKey,
  emptyDraft,
  MERGED_TABLES,
  planInput,
  TABLES,
  type ColumnSpec,
  type Rec,
  type RecValue,
  type TableDef,
} from "../tables";
import { splitList } from "../vocabulary";
import {
  parsePlan,
  planYears,
  type Conflict,
  type ImportRecord,
  type MergeOutcome,
  type MergeTable,
  type MergeValue,
  type Plan,
  type PlanInput,
  type Submission,
} from "../model";

export interface Incoming {
  /** The file's name, as the TMU knows it. */
  file: string;
  /** The focal point's stakeholder code. */
  focalPoint?: string;
  /** When it was submitted (YYYY-MM-DD...). */
  submittedAt: string;
  plan: Plan;
}

export interface FileOutcome {
  file: string;
  focalPoint?: string;
  counts: Record<MergeOutcome, number> & { ignored: number };
  /** Rows or values left alone, with why. */
  ignored: { table: MergeTable; key: string; reason: string }[];
}

export interface MergeResult {
  plan: Plan;
  files: FileOutcome[];
  /** Conflict rows added by this merge. */
  newConflicts: Conflict[];
  log: ImportRecord[];
}

type Row = Record<string, MergeValue>;
type Table = Map<string, Row>;

/** The columns a table merges: those its table file marks `merge`. */
const mergeFields = (def: TableDef, years: number[]): ColumnSpec[] =>
  def.columns(years).filter((c) => c.merge);

const blank = (v: MergeValue | undefined): boolean => v === null || v === undefined || v === "";

/** Two values are the same when equal as numbers (relative 1e-9) or as trimmed text. */
export function same(a: MergeValue, b: MergeValue): boolean {
  if (blank(a) && blank(b)) return true;
  if (typeof a === "number" && typeof b === "number") {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  }
  return String(a).trim() === String(b).trim();
}

export { budgetKey };

/** A row's value as consolidation compares it: lists as "a; b". */
const toMerge = (v: RecValue | undefined): MergeValue =>
  v === undefined ? null : Array.isArray(v) ? (v.length ? v.map(String).join("; ") : null) : v;

/** A merged value back into its column's kind. */
function fromMerge(col: ColumnSpec, v: MergeValue | undefined): RecValue {
  if (v === undefined || v === null || v === "") {
    return col.kind === "codes" || col.kind === "years" || col.kind === "enums" ? [] : null;
  }
  switch (col.kind) {
    case "codes":
    case "enums":
      return splitList(String(v));
    case "years":
      return splitList(String(v)).map(Number);
    case "number":
    case "percent":
    case "amount":
    case "year":
      return typeof v === "number" ? v : Number(v);
    case "bool":
      return v === true || v === "yes";
    default:
      return v;
  }
}

/** The plan's mergeable values, table by table, row key to field values. */
export function flatten(plan: Plan): Record<MergeTable, Table> {
  const years = planYears(plan);
  const out = {} as Record<MergeTable, Table>;
  for (const def of MERGED_TABLES) {
    const fields = mergeFields(def, years);
    const table: Table = new Map();
    for (const rec of def.rows(plan, "en")) {
      const row: Row = {};
      for (const col of fields) row[col.key] = toMerge(rec[col.key]);
      table.set(def.merge!.key(rec), row);
    }
    out[def.merge!.table] = table;
  }
  return out;
}

/** Rebuild a plan from the national plan and merged table values (and provenance). */
function unflatten(
  base: Plan,
  tables: Record<MergeTable, Table>,
  origins: Map<string, string>,
  extra: Pick<PlanInput, "imports" | "conflicts" | "submissions">
): Plan {
  const years = planYears(base);
  const lang = base.languages[0] ?? "en";
  const draft = emptyDraft();
  for (const def of TABLES) {
    let rows = def.rows(base, lang);
    const m = def.merge;
    if (m) {
      const fields = mergeFields(def, years);
      const before = new Map(rows.map((r) => [m.key(r), r]));
      rows = [...tables[m.table]].map(([key, merged]) => {
        const row: Rec = {
          ...(before.get(key) ?? {
            ...m.keyColumns(key),
            origin: origins.get(`${m.table}|${key}`) ?? null,
          }),
        };
        for (const col of fields) row[col.key] = fromMerge(col, merged[col.key]);
        return row;
      });
    }
    def.read(rows, draft);
  }
  return parsePlan({ ...planInput(draft, lang, base.period), ...extra });
}

interface Proposal {
  file: number;
  value: MergeValue;
}

function nextConflictId(existing: Conflict[]): () => string {
  let n = existing.reduce((max, c) => {
    const m = /^C-(\d+)$/.exec(c.id);
    return m ? Math.max(max, Number(m[1])) : max;
  }, 0);
  return () => `C-${String(++n).padStart(4, "0")}`;
}

/**
 * Merge submissions for a reporting year into the national plan.
 * Pure: the national plan object is not changed.
 */
export function merge(
  national: Plan,
  incoming: Incoming[],
  importedAt: string,
  year: number
): MergeResult {
  const years = planYears(national);
  const tables = flatten(national);
  const submitted = incoming.map((f) => flatten(f.plan));
  const files: FileOutcome[] = incoming.map((f) => ({
    file: f.file,
    focalPoint: f.focalPoint,
    counts: { added: 0, filled: 0, unchanged: 0, conflict: 0, settled: 0, ignored: 0 },
    ignored: [],
  }));
  const log: ImportRecord[] = [];
  const newConflicts: Conflict[] = [];
  const origins = new Map<string, string>();
  const newId = nextConflictId(national.conflicts);
  const sourceOf = (i: number) =>
    [incoming[i].focalPoint, incoming[i].file].filter(Boolean).join(" — ");
  const record = (
    i: number,
    table: MergeTable,
    key: string,
    column: string,
    value: MergeValue,
    outcome: MergeOutcome
  ) => {
    files[i].counts[outcome]++;
    log.push({
      importedAt,
      file: incoming[i].file,
      focalPoint: incoming[i].focalPoint,
      table,
      key,
      column,
      value,
      outcome,
    });
  };
  const pendingId = new Map<string, string>();
  for (const c of national.conflicts) {
    if (!c.settledAt) pendingId.set(`${c.table}|${c.key}|${c.column}`, c.id);
  }
  const conflict = (
    table: MergeTable,
    key: string,
    column: string,
    current: MergeValue,
    proposals: Proposal[]
  ) => {
    const cell = `${table}|${key}|${column}`;
    const id = pendingId.get(cell) ?? newId();
    pendingId.set(cell, id);
    for (const p of proposals) {
      const already = [...national.conflicts, ...newConflicts].some(
        (c) => c.id === id && c.source === sourceOf(p.file) && same(c.proposed, p.value)
      );
      if (!already) {
        newConflicts.push({
          id,
          table,
          key,
          column,
          current,
          source: sourceOf(p.file),
          proposed: p.value,
          decision: "pending",
        });
      }
      record(p.file, table, key, column, p.value, "conflict");
    }
  };

  for (const def of MERGED_TABLES) {
    const spec = def.merge!;
    const table = spec.table;
    const fields = mergeFields(def, years).map((c) => c.key);
    const keys = new Set<string>();
    submitted.forEach((s) => s[table].forEach((_r, k) => keys.add(k)));
    for (const key of [...keys].sort()) {
      const current = tables[table].get(key);
      if (!current && !spec.adds) {
        submitted.forEach((s, i) => {
          if (s.indicators.has(key)) {
            files[i].counts.ignored++;
            files[i].ignored.push({ table, key, reason: "unknown-indicator" });
          }
        });
        continue;
      }
      if (!current && table === "budget" && !tables.actions.has(key.split("|")[0])) {
        submitted.forEach((s, i) => {
          if (s.budget.has(key)) {
            files[i].counts.ignored++;
            files[i].ignored.push({ table, key, reason: "unknown-action" });
          }
        });
        continue;
      }
      // Proposals per field, from every file that has this row.
      const proposals = new Map<string, Proposal[]>();
      submitted.forEach((s, i) => {
        const row = s[table].get(key);
        if (!row) return;
        for (const f of fields) {
          if (blank(row[f])) continue;
          const list = proposals.get(f) ?? [];
          list.push({ file: i, value: row[f] });
          proposals.set(f, list);
        }
      });
      const agreed = (f: string) => {
        const ps = proposals.get(f) ?? [];
        return ps.length > 0 && ps.every((p) => same(p.value, ps[0].value));
      };
      if (!current) {
        if (!spec.required.every(agreed)) {
          for (const [f, ps] of proposals) conflict(table, key, f, null, ps);
          continue;
        }
        const row: Row = {};
        for (const f of fields) {
          const ps = proposals.get(f) ?? [];
          if (ps.length === 0) row[f] = null;
          else if (agreed(f)) {
            row[f] = ps[0].value;
            ps.forEach((p) => record(p.file, table, key, f, p.value, "added"));
          } else {
            row[f] = null;
            conflict(table, key, f, null, ps);
          }
        }
        tables[table].set(key, row);
        const first = [...proposals.values()][0]?.[0];
        if (first)
          origins.set(
            `${table}|${key}`,
            `${sourceOf(first.file)} — ${incoming[first.file].submittedAt.slice(0, 10)}`
          );
        continue;
      }
      for (const [f, ps] of proposals) {
        const now = current[f];
        if (blank(now)) {
          if (agreed(f)) {
            current[f] = ps[0].value;
            ps.forEach((p) => record(p.file, table, key, f, p.value, "filled"));
          } else conflict(table, key, f, null, ps);
        } else {
          const differ = ps.filter((p) => !same(p.value, now));
          ps.filter((p) => same(p.value, now)).forEach((p) =>
            record(p.file, table, key, f, p.value, "unchanged")
          );
          if (differ.length) conflict(table, key, f, now, differ);
        }
      }
    }
  }

  const submissions: Submission[] = incoming
    .filter((f) => f.focalPoint)
    .map((f) => ({
      focalPoint: f.focalPoint!,
      year,
      file: f.file,
      submittedAt: f.submittedAt.slice(0, 10),
    }));
  const plan = unflatten(national, tables, origins, {
    // The workbook's log keeps what changed something or awaits the TMU;
    // values equal to the national ones are counted, not logged.
    imports: [...national.imports, ...log.filter((l) => l.outcome !== "unchanged")],
    conflicts: [...national.conflicts, ...newConflicts],
    submissions: [...national.submissions, ...submissions],
  });
  return { plan, files, newConflicts, log };
}

/** Set one merged cell in a plan's tables (used to apply settled conflicts). */
export function withValue(
  plan: Plan,
  table: MergeTable,
  key: string,
  column: string,
  value: MergeValue
): Plan {
  const tables = flatten(plan);
  const row = tables[table].get(key);
  if (!row) return plan;
  row[column] = value;
  return unflatten(plan, tables, new Map(), {
    imports: plan.imports,
    conflicts: plan.conflicts,
    submissions: plan.submissions,
  });
}

/**
 * Which focal point a workbook comes from: the stakeholder whose code or
 * acronym its file name carries (e.g. "MPFEF-2020.xlsx"), if exactly one.
 */
export function focalPointOf(plan: Plan, fileName: string): string | undefined {
  const words = fileName
    .replace(/^.*[\\/]/, "")
    .replace(/\.xlsx$/i, "")
    .toUpperCase()
    .split(/[^A-Z0-9-]+/);
  const hits = plan.stakeholders.filter((s) =>
    words.some(
      (w) =>
        w === s.code.toUpperCase() ||
        (s.acronym && w === s.acronym.toUpperCase()) ||
        w.startsWith(`${s.code.toUpperCase()}-`)
    )
  );
  return hits.length === 1 ? hits[0].code : undefined;
}
