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
 *   workbook's import log leaves out values equal to the national ones);
 * - ownership decides: a focal point's change to a row it owns (an action it
 *   leads and that action's budget lines, an indicator it is responsible
 *   for, its own contact details) updates the national value: logged as
 *   settled, and kept in the conflicts table as a row already accepted and
 *   settled by the owner, with the value before (the TMU undoes it by
 *   marking it Reject and settling). An action's output, wording and lead,
 *   and an indicator's responsible, stay the TMU's (a hand-off or a reword
 *   is a conflict); funding sources and
 *   regions have no owner and follow the rules above;
 * - indicator values (tblValues, one row per indicator, year, period and
 *   breakdown) follow the same rules: a new row is added when its value, or
 *   its numerator and denominator, are agreed; the indicator's responsible
 *   stakeholder owns its rows; rows of an indicator not in the national
 *   framework are left alone and reported, and so are a focal point's rows
 *   that would change a year the TMU has accepted for it (locked);
 * - a budget line of a new action that is itself in conflict goes to the
 *   conflicts table too (so settling can add it with its action), never
 *   dropped.
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
import { isLocked } from "./approval";
import {
  parsePlan,
  planYears,
  type Lang,
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
  /** The focal point's stakeholder code (or region code, when `region`). */
  focalPoint?: string;
  /** The focal point is a region of tblRegions (a regional plan's copy), not a stakeholder. */
  region?: boolean;
  /** When it was submitted (YYYY-MM-DD...). */
  submittedAt: string;
  /** The copy's id from its stamp: a later submission of the same copy replaces its Submissions row. */
  copyId?: string;
  plan: Plan;
  /** The workbook's language: the plan's texts it shows are in it. */
  lang?: Lang;
}

export interface FileOutcome {
  file: string;
  focalPoint?: string;
  counts: Record<MergeOutcome, number> & { ignored: number };
  /** Rows or values left alone, with why. */
  ignored: {
    table: MergeTable;
    key: string;
    reason: "unknown-indicator" | "unknown-action" | "locked-year";
    /** The locked year, for "locked-year". */
    year?: number;
  }[];
}

/** A value the merge changes in the national plan: before → after, who and why. */
export interface ValueChange {
  table: MergeTable;
  key: string;
  column: string;
  before: MergeValue;
  after: MergeValue;
  file: string;
  focalPoint?: string;
  /** A new row, a blank filled by agreement, or the owner's update of its own row. */
  why: "added" | "filled" | "owner";
}

/** A submitted value not taken: it waits in the conflicts table for the TMU. */
export interface NotTaken {
  table: MergeTable;
  key: string;
  column: string;
  current: MergeValue;
  proposed: MergeValue;
  file: string;
  focalPoint?: string;
  /** The conflict's id. */
  id: string;
  /** Who owns the value (undefined: no one, or a column that stays the TMU's). */
  owner?: string;
}

export interface MergeResult {
  plan: Plan;
  files: FileOutcome[];
  /** Conflict rows added by this merge (awaiting the TMU). */
  newConflicts: Conflict[];
  /** Owners' updates, recorded as conflict rows already accepted and settled by the owner. */
  ownerUpdates: Conflict[];
  /** Every value that changes, in merge order. */
  changes: ValueChange[];
  /** Every submitted value left for the TMU (a conflict), with the row's owner if any. */
  notTaken: NotTaken[];
  log: ImportRecord[];
}

/** Columns that stay the TMU's even in an owner's row (a hand-off or a move is a conflict). */
const NOT_OWNED: Partial<Record<MergeTable, string[]>> = {
  actions: ["output", "text", "lead"],
  indicators: ["responsible"],
};

const text = (v: MergeValue | undefined): string | undefined =>
  v === null || v === undefined || v === "" ? undefined : String(v);

/**
 * Who owns a row of the national plan: an action's lead owns it and its
 * budget lines, an indicator's responsible stakeholder owns its values, a
 * stakeholder its own row; funding sources and regions are no one's.
 */
export function ownerOf(
  tables: Record<MergeTable, Table>,
  table: MergeTable,
  key: string
): string | undefined {
  switch (table) {
    case "actions":
      return text(tables.actions.get(key)?.lead);
    case "budget":
      return text(tables.actions.get(key.split("|")[0])?.lead);
    case "indicators":
      return text(tables.indicators.get(key)?.responsible);
    case "values":
      return text(tables.indicators.get(key.split("|")[0])?.responsible);
    case "stakeholders":
      return key;
    default:
      return undefined;
  }
}

/**
 * Regional plans (issue 19.2): a region owns the actions that concern it
 * alone (their regions are just it) and their budget lines, beside their
 * lead; which regions an action concerns stays the TMU's.
 */
export function regionOf(
  tables: Record<MergeTable, Table>,
  table: MergeTable,
  key: string
): string | undefined {
  if (table !== "actions" && table !== "budget") return undefined;
  const regions = splitList(text(tables.actions.get(key.split("|")[0])?.regions) ?? "");
  return regions.length === 1 ? regions[0] : undefined;
}

/** A stakeholder owns only its contact details in its own row (its name and type are the TMU's). */
const STAKEHOLDER_OWNS = ["focalPoint", "email"];

/** Whether a focal point owns a column of a row it owns. */
const ownedColumn = (table: MergeTable, column: string): boolean =>
  table === "stakeholders"
    ? STAKEHOLDER_OWNS.includes(column)
    : !(NOT_OWNED[table] ?? []).includes(column);

/** A conflict row that records an owner's update (accepted and settled by the owner at import). */
export const isOwnerUpdate = (c: Conflict): boolean =>
  c.decision !== "pending" && !!c.settledBy && c.source.split(" — ")[0] === c.settledBy;

type Row = Record<string, MergeValue>;
type Table = Map<string, Row>;

/** The columns a table merges: those its table file marks `merge` (or lists in its merge block). */
const mergeFields = (def: TableDef, years: number[]): ColumnSpec[] => {
  const listed = def.merge?.fields;
  return def.columns(years).filter((c) => (listed ? listed.includes(c.key) : c.merge));
};

/** Whether a row's columns make it whole: every required one, and one set of `requiredAny`. */
const complete = (spec: NonNullable<TableDef["merge"]>, has: (f: string) => boolean): boolean =>
  spec.required.every(has) && (!spec.requiredAny || spec.requiredAny.some((set) => set.every(has)));

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
      // A duplicate row (the check names it) stays as typed: the first of a key is the one merged.
      const key = def.merge!.key(rec);
      if (!table.has(key)) table.set(key, row);
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
      const merged = tables[m.table];
      const seen = new Set<string>();
      // Every row of the plan stays, in its place; a second row with the same
      // key (a duplicate the check names) is kept as it is, never dropped.
      const kept = rows.map((r) => {
        const key = m.key(r);
        const values = merged.get(key);
        if (seen.has(key) || !values) return r;
        seen.add(key);
        const row: Rec = { ...r };
        for (const col of fields) row[col.key] = fromMerge(col, values[col.key]);
        return row;
      });
      const added = [...merged]
        .filter(([key]) => !seen.has(key))
        .map(([key, values]) => {
          const row: Rec = {
            ...m.keyColumns(key),
            origin: origins.get(`${m.table}|${key}`) ?? null,
          };
          for (const col of fields) row[col.key] = fromMerge(col, values[col.key]);
          return row;
        });
      rows = [...kept, ...added];
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
  year: number,
  /** The national workbook's language (a file in the other one proposes none of the plan's texts). */
  lang?: Lang
): MergeResult {
  const years = planYears(national);
  const tables = flatten(national);
  const nationalKeys = new Map(
    Object.entries(tables).map(([k, rows]) => [k, new Set(rows.keys())] as const)
  );
  const submitted = incoming.map((f) => flatten(f.plan));
  const files: FileOutcome[] = incoming.map((f) => ({
    file: f.file,
    focalPoint: f.focalPoint,
    counts: { added: 0, filled: 0, unchanged: 0, conflict: 0, settled: 0, ignored: 0 },
    ignored: [],
  }));
  const log: ImportRecord[] = [];
  const newConflicts: Conflict[] = [];
  const ownerUpdates: Conflict[] = [];
  const changes: ValueChange[] = [];
  const notTaken: NotTaken[] = [];
  const change = (
    i: number,
    table: MergeTable,
    key: string,
    column: string,
    before: MergeValue,
    after: MergeValue,
    why: ValueChange["why"]
  ) =>
    changes.push({
      table,
      key,
      column,
      before,
      after,
      file: incoming[i].file,
      focalPoint: incoming[i].focalPoint,
      why,
    });
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
  const listed = new Map<string, MergeValue[]>();
  const listedKey = (id: string, source: string) => `${id}\u0000${source}`;
  const list = (c: Conflict) => {
    const k = listedKey(c.id, c.source);
    const vs = listed.get(k);
    if (vs) vs.push(c.proposed);
    else listed.set(k, [c.proposed]);
  };
  for (const c of national.conflicts) {
    if (!c.settledAt) pendingId.set(`${c.table}|${c.key}|${c.column}`, c.id);
    list(c);
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
      const already = (listed.get(listedKey(id, sourceOf(p.file))) ?? []).some((v) =>
        same(v, p.value)
      );
      if (!already) {
        list({ id, source: sourceOf(p.file), proposed: p.value } as Conflict);
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
      notTaken.push({
        table,
        key,
        column,
        current,
        proposed: p.value,
        file: incoming[p.file].file,
        focalPoint: incoming[p.file].focalPoint,
        id,
        owner: ownedColumn(table, column) ? ownerOf(tables, table, key) : undefined,
      });
    }
  };

  for (const def of MERGED_TABLES) {
    const spec = def.merge!;
    const table = spec.table;
    const fields = mergeFields(def, years).map((c) => c.key);
    const translated = new Set(
      mergeFields(def, years)
        .filter((c) => c.translated)
        .map((c) => c.key)
    );
    // The plan's texts in a file of the other language are translations, not changes.
    const otherLanguage = (i: number) =>
      lang !== undefined && incoming[i].lang !== undefined && incoming[i].lang !== lang;
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
      const action = key.split("|")[0];
      if (table === "values" && !tables.indicators.has(action)) {
        // A value of an indicator the national framework does not have.
        submitted.forEach((s, i) => {
          if (s.values.has(key)) {
            files[i].counts.ignored++;
            files[i].ignored.push({ table, key, reason: "unknown-indicator" });
          }
        });
        continue;
      }
      if (!current && table === "budget" && !tables.actions.has(action)) {
        if (submitted.some((s) => s.actions.has(action))) {
          // Its action is new and in conflict: the line waits with it for the TMU.
          submitted.forEach((s, i) => {
            const row = s.budget.get(key);
            if (!row) return;
            for (const f of fields)
              if (!blank(row[f])) conflict(table, key, f, null, [{ file: i, value: row[f] }]);
          });
          continue;
        }
        submitted.forEach((s, i) => {
          if (s.budget.has(key)) {
            files[i].counts.ignored++;
            files[i].ignored.push({ table, key, reason: "unknown-action" });
          }
        });
        continue;
      }
      // A value row of a year the TMU has accepted for this focal point is locked:
      // a change to it is left alone, and said (a copy holding it as it is asks nothing).
      const lockedYear = table === "values" ? Number(key.split("|")[1]) : undefined;
      const locked = (i: number, row: Row) => {
        const fp = incoming[i].focalPoint;
        if (lockedYear === undefined || !fp || !isLocked(national, fp, lockedYear)) return false;
        const changes = fields.some((f) => !blank(row[f]) && !same(row[f], current?.[f] ?? null));
        if (changes) {
          files[i].counts.ignored++;
          files[i].ignored.push({ table, key, reason: "locked-year", year: lockedYear });
        }
        return changes;
      };
      // Proposals per field, from every file that has this row.
      const proposals = new Map<string, Proposal[]>();
      submitted.forEach((s, i) => {
        const row = s[table].get(key);
        if (!row || locked(i, row)) return;
        for (const f of fields) {
          if (blank(row[f])) continue;
          if (current && translated.has(f) && otherLanguage(i)) continue;
          const list = proposals.get(f) ?? [];
          list.push({ file: i, value: row[f] });
          proposals.set(f, list);
        }
      });
      const agreed = (f: string) => {
        const ps = proposals.get(f) ?? [];
        return ps.length > 0 && ps.every((p) => same(p.value, ps[0].value));
      };
      if (!current && table === "actions") {
        // Regional plans: a region's new action must concern it; else it goes to the TMU.
        const stray = (i: number) =>
          !!incoming[i].region &&
          !splitList(text(submitted[i].actions.get(key)?.regions) ?? "").includes(
            incoming[i].focalPoint ?? ""
          );
        for (const [f, ps] of [...proposals]) {
          const out = ps.filter((p) => stray(p.file));
          if (!out.length) continue;
          conflict(table, key, f, null, out);
          const kept = ps.filter((p) => !stray(p.file));
          if (kept.length) proposals.set(f, kept);
          else proposals.delete(f);
        }
        if (!proposals.size) continue;
      }
      if (!current) {
        if (!complete(spec, agreed)) {
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
            change(ps[0].file, table, key, f, null, ps[0].value, "added");
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
      const owner = ownerOf(tables, table, key);
      // Regional plans: the lead's value first, else the region's that owns the row.
      const region = regionOf(tables, table, key);
      const byRegion = (ps: Proposal[], f: string) =>
        region !== undefined && f !== "regions"
          ? ps.find((p) => incoming[p.file].region && incoming[p.file].focalPoint === region)
          : undefined;
      for (const [f, ps] of proposals) {
        const now = current[f];
        const own = !ownedColumn(table, f)
          ? undefined
          : ((owner !== undefined
              ? ps.find((p) => !incoming[p.file].region && incoming[p.file].focalPoint === owner)
              : undefined) ?? byRegion(ps, f));
        if (own) {
          // The owner's value is the national value; the others are weighed against it.
          if (same(own.value, now)) record(own.file, table, key, f, own.value, "unchanged");
          else if (blank(now)) {
            current[f] = own.value;
            record(own.file, table, key, f, own.value, "filled");
            change(own.file, table, key, f, null, own.value, "filled");
          } else {
            current[f] = own.value;
            record(own.file, table, key, f, own.value, "settled");
            change(own.file, table, key, f, now, own.value, "owner");
            ownerUpdates.push({
              id: newId(),
              table,
              key,
              column: f,
              current: now,
              source: sourceOf(own.file),
              proposed: own.value,
              decision: "accept",
              settledBy: incoming[own.file].focalPoint,
              settledAt: importedAt.slice(0, 10),
            });
          }
          // A copy that still holds the value before (sent back unchanged) asks for no change.
          const value = current[f];
          const others = ps.filter((p) => p !== own);
          const stale = (p: Proposal) => same(p.value, value) || same(p.value, now);
          others.filter(stale).forEach((p) => record(p.file, table, key, f, p.value, "unchanged"));
          const differ = others.filter((p) => !stale(p));
          if (differ.length) conflict(table, key, f, value, differ);
          continue;
        }
        if (blank(now)) {
          if (agreed(f)) {
            current[f] = ps[0].value;
            ps.forEach((p) => record(p.file, table, key, f, p.value, "filled"));
            change(ps[0].file, table, key, f, null, ps[0].value, "filled");
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
    // New rows come after the national ones in the order the files hold them
    // (the first file's first), not in key order: a focal point's Q1 before its Q2.
    const had = nationalKeys.get(table)!;
    const order = new Map<string, number>();
    submitted.forEach((s) => s[table].forEach((_r, k) => order.has(k) || order.set(k, order.size)));
    const rows = [...tables[table]];
    const added = rows.filter(([k]) => !had.has(k));
    added.sort(([a], [b]) => order.get(a)! - order.get(b)!);
    tables[table] = new Map([...rows.filter(([k]) => had.has(k)), ...added]);
  }

  const submissions: Submission[] = incoming
    .filter((f) => f.focalPoint)
    .map((f) => ({
      focalPoint: f.focalPoint!,
      year,
      file: f.file,
      submittedAt: f.submittedAt.slice(0, 10),
      copyId: f.copyId,
      state: "submitted" as const,
    }));
  // A copy submitted again replaces its earlier row (one row per copy: never counted twice).
  const again = new Set(incoming.map((f) => f.copyId).filter(Boolean));
  const plan = unflatten(national, tables, origins, {
    // The workbook's log keeps what changed something or awaits the TMU;
    // values equal to the national ones are counted, not logged.
    imports: [...national.imports, ...log.filter((l) => l.outcome !== "unchanged")],
    conflicts: [...national.conflicts, ...newConflicts, ...ownerUpdates],
    submissions: [
      ...national.submissions.filter((x) => !x.copyId || !again.has(x.copyId)),
      ...submissions,
    ],
  });
  return { plan, files, newConflicts, ownerUpdates, changes, notTaken, log };
}

/** One merged cell to set; `only`: set it only while it still holds this value. */
export interface CellValueChange {
  table: MergeTable;
  key: string;
  column: string;
  value: MergeValue;
  only?: MergeValue;
  /** Who proposed it (a new row's origin). */
  source?: string;
}

export interface AppliedValues {
  plan: Plan;
  /** Per change: whether it was applied (false: not landed, or `only` no longer held). */
  changed: boolean[];
  /** New rows that could not be added, with why. */
  notLanded: {
    table: MergeTable;
    key: string;
    reason: "required-missing" | "action-missing" | "indicator-missing" | "refused-by-plan";
    detail: string;
  }[];
}

/**
 * Set many merged cells at once (settling): the plan is flattened and rebuilt
 * once. A cell of a row the plan does not have builds that row, added when
 * its required columns are all given (and, for a budget line, its action is
 * in the plan); otherwise the row is reported, never silently dropped.
 */
export function applyValues(plan: Plan, changes: CellValueChange[]): AppliedValues {
  const tables = flatten(plan);
  const changed = changes.map(() => false);
  const created = new Map<
    string,
    { table: MergeTable; key: string; row: Row; at: number[]; source?: string }
  >();
  changes.forEach((c, i) => {
    const row = tables[c.table].get(c.key);
    if (row) {
      if (c.only !== undefined && !same(row[c.column] ?? null, c.only)) return;
      if (c.only !== undefined && same(row[c.column] ?? null, c.value)) return;
      row[c.column] = c.value;
      changed[i] = true;
      return;
    }
    const id = `${c.table}|${c.key}`;
    const entry = created.get(id) ?? {
      table: c.table,
      key: c.key,
      row: {},
      at: [],
      source: c.source,
    };
    entry.row[c.column] = c.value;
    entry.at.push(i);
    created.set(id, entry);
  });
  const notLanded: AppliedValues["notLanded"] = [];
  const origins = new Map<string, string>();
  const added: string[] = [];
  const order = new Map(MERGED_TABLES.map((d, i) => [d.merge!.table, i]));
  const specs = new Map(MERGED_TABLES.map((d) => [d.merge!.table, d.merge!]));
  const pending = [...created.values()].sort((a, b) => order.get(a.table)! - order.get(b.table)!);
  for (const e of pending) {
    const spec = specs.get(e.table)!;
    const has = (f: string) => !blank(e.row[f]);
    const missing = spec.required.filter((f) => !has(f));
    // None of the alternatives whole (a value, or a numerator and a denominator): name them.
    if (spec.requiredAny && !spec.requiredAny.some((set) => set.every(has)))
      missing.push(
        spec.requiredAny.map((set) => set.filter((f) => !has(f)).join(" + ")).join(" | ")
      );
    const action = e.key.split("|")[0];
    if (!spec.adds || missing.length || !complete(spec, has)) {
      notLanded.push({
        table: e.table,
        key: e.key,
        reason: "required-missing",
        detail: missing.join(", "),
      });
    } else if (e.table === "budget" && !tables.actions.has(action)) {
      notLanded.push({ table: e.table, key: e.key, reason: "action-missing", detail: action });
    } else if (e.table === "values" && !tables.indicators.has(action)) {
      notLanded.push({ table: e.table, key: e.key, reason: "indicator-missing", detail: action });
    } else {
      tables[e.table].set(e.key, e.row);
      if (e.source) origins.set(`${e.table}|${e.key}`, e.source);
      added.push(`${e.table}|${e.key}`);
      e.at.forEach((i) => (changed[i] = true));
    }
  }
  const extra = { imports: plan.imports, conflicts: plan.conflicts, submissions: plan.submissions };
  try {
    return { plan: unflatten(plan, tables, origins, extra), changed, notLanded };
  } catch (e) {
    if (!added.length) throw e;
    // The plan refuses a new row (an output or stakeholder it does not have): leave the new rows out, say why.
    const detail = (e instanceof Error ? e.message : String(e)).split("\n")[0];
    for (const e2 of pending) {
      const id = `${e2.table}|${e2.key}`;
      if (!added.includes(id)) continue;
      tables[e2.table].delete(e2.key);
      e2.at.forEach((i) => (changed[i] = false));
      notLanded.push({ table: e2.table, key: e2.key, reason: "refused-by-plan", detail });
    }
    return { plan: unflatten(plan, tables, origins, extra), changed, notLanded };
  }
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
