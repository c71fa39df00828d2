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
  parsePlan,
  planYears,
  type Action,
  type BudgetLine,
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

/** The fields each table merges, and which are needed to add a row. */
const TABLES: Record<MergeTable, { required: string[]; fields: (years: number[]) => string[] }> = {
  actions: {
    required: ["output", "text", "lead"],
    fields: () => ["output", "text", "lead", "partners", "regions", "years", "status", "progress"],
  },
  budget: {
    required: ["amount"],
    fields: () => ["unitCost", "quantity", "times", "amount", "secured", "status"],
  },
  indicators: {
    required: [],
    fields: (years) => [
      "baselineYear",
      "baselineValue",
      ...years.map((y) => `target:${y}`),
      "endTarget",
      ...years.map((y) => `actual:${y}`),
      "verification",
      "responsible",
      "comment",
    ],
  },
  stakeholders: {
    required: ["name", "type"],
    fields: () => ["name", "acronym", "type", "focalPoint", "email"],
  },
  funding: { required: ["name", "type"], fields: () => ["name", "type", "stakeholder"] },
  regions: { required: ["name"], fields: () => ["name"] },
};

const TABLE_ORDER: MergeTable[] = [
  "stakeholders",
  "funding",
  "regions",
  "actions",
  "budget",
  "indicators",
];

const list = (xs: (string | number)[]): MergeValue =>
  xs.length ? xs.map(String).join("; ") : null;
const blank = (v: MergeValue | undefined): boolean => v === null || v === undefined || v === "";

/** Two values are the same when equal as numbers (relative 1e-9) or as trimmed text. */
export function same(a: MergeValue, b: MergeValue): boolean {
  if (blank(a) && blank(b)) return true;
  if (typeof a === "number" && typeof b === "number") {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  }
  return String(a).trim() === String(b).trim();
}

export const budgetKey = (action: string, b: Pick<BudgetLine, "year" | "source">) =>
  `${action}|${b.year}|${b.source}`;

/** The plan's mergeable values, table by table, row key to field values. */
export function flatten(plan: Plan): Record<MergeTable, Table> {
  const years = planYears(plan);
  const t = (): Table => new Map();
  const out: Record<MergeTable, Table> = {
    actions: t(),
    budget: t(),
    indicators: t(),
    stakeholders: t(),
    funding: t(),
    regions: t(),
  };
  for (const a of plan.actions) {
    out.actions.set(a.code, {
      output: a.output,
      text: a.text,
      lead: a.lead,
      partners: list(a.partners),
      regions: list(a.regions),
      years: list(a.years),
      status: a.status,
      progress: a.progress,
    });
    for (const b of a.budget) {
      out.budget.set(budgetKey(a.code, b), {
        unitCost: b.unitCost,
        quantity: b.quantity,
        times: b.times,
        amount: b.amount,
        secured: b.secured,
        status: b.status,
      });
    }
  }
  for (const i of plan.indicators) {
    const row: Row = {
      baselineYear: i.baseline?.year ?? null,
      baselineValue: i.baseline?.value ?? null,
      endTarget: i.endTarget,
      verification: i.verification ?? null,
      responsible: i.responsible ?? null,
      comment: i.comment ?? null,
    };
    for (const y of years) {
      row[`target:${y}`] = i.targets.find((x) => x.year === y)?.value ?? null;
      row[`actual:${y}`] = i.actuals.find((x) => x.year === y)?.value ?? null;
    }
    out.indicators.set(i.code, row);
  }
  for (const s of plan.stakeholders) {
    out.stakeholders.set(s.code, {
      name: s.name,
      acronym: s.acronym ?? null,
      type: s.type,
      focalPoint: s.focalPoint ?? null,
      email: s.email ?? null,
    });
  }
  for (const f of plan.fundingSources) {
    out.funding.set(f.code, { name: f.name, type: f.type, stakeholder: f.stakeholder ?? null });
  }
  for (const r of plan.regions) out.regions.set(r.code, { name: r.name });
  return out;
}

const str = (v: MergeValue | undefined): string | undefined =>
  blank(v ?? null) ? undefined : String(v);
const num = (v: MergeValue | undefined): number | null =>
  typeof v === "number" ? v : blank(v ?? null) ? null : Number(v);
const codes = (v: MergeValue | undefined): string[] =>
  blank(v ?? null)
    ? []
    : String(v)
        .split(/[;,]/)
        .map((x) => x.trim())
        .filter(Boolean);

/** Rebuild a plan from the national plan and merged table values (and provenance). */
function unflatten(
  base: Plan,
  tables: Record<MergeTable, Table>,
  origins: Map<string, string>,
  extra: Pick<PlanInput, "imports" | "conflicts" | "submissions">
): Plan {
  const years = planYears(base);
  const budgetOf = new Map<string, BudgetLine[]>();
  for (const [key, row] of tables.budget) {
    const [action, year, source] = key.split("|");
    const lines = budgetOf.get(action) ?? [];
    lines.push({
      year: Number(year),
      source,
      unitCost: num(row.unitCost),
      quantity: num(row.quantity),
      times: num(row.times),
      amount: num(row.amount) ?? 0,
      secured: num(row.secured),
      status: (str(row.status) ?? "indicative") as BudgetLine["status"],
      origin:
        origins.get(`budget|${key}`) ??
        base.actions
          .find((a) => a.code === action)
          ?.budget.find((b) => budgetKey(action, b) === key)?.origin,
    });
    budgetOf.set(action, lines);
  }
  const actions: Action[] = [...tables.actions].map(([code, row]) => {
    const before = base.actions.find((a) => a.code === code);
    return {
      code,
      output: str(row.output) ?? "",
      text: str(row.text) ?? "",
      lead: str(row.lead) ?? "",
      partners: codes(row.partners),
      regions: codes(row.regions),
      years: codes(row.years).map(Number),
      budget: budgetOf.get(code) ?? [],
      status: (str(row.status) ?? "not-started") as Action["status"],
      progress: num(row.progress),
      origin: before?.origin ?? origins.get(`actions|${code}`),
    };
  });
  const indicators = base.indicators.map((i) => {
    const row = tables.indicators.get(i.code)!;
    const by = (prefix: string) =>
      years.flatMap((y) => {
        const v = num(row[`${prefix}:${y}`]);
        return v === null ? [] : [{ year: y, value: v }];
      });
    const by0 = num(row.baselineYear);
    const bv = num(row.baselineValue);
    return {
      ...i,
      baseline: by0 !== null && bv !== null ? { year: by0, value: bv } : null,
      targets: by("target"),
      endTarget: num(row.endTarget),
      actuals: by("actual"),
      verification: str(row.verification),
      responsible: str(row.responsible),
      comment: str(row.comment),
    };
  });
  return parsePlan({
    ...base,
    indicators,
    actions,
    stakeholders: [...tables.stakeholders].map(([code, r]) => ({
      code,
      name: str(r.name) ?? "",
      acronym: str(r.acronym),
      type: str(r.type) ?? "other",
      committee: base.stakeholders.find((s) => s.code === code)?.committee ?? false,
      focalPoint: str(r.focalPoint),
      email: str(r.email),
    })),
    fundingSources: [...tables.funding].map(([code, r]) => ({
      code,
      name: str(r.name) ?? "",
      type: str(r.type) ?? "partner",
      stakeholder: str(r.stakeholder),
    })),
    regions: [...tables.regions].map(([code, r]) => ({ code, name: str(r.name) ?? "" })),
    ...extra,
  });
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

  for (const table of TABLE_ORDER) {
    const spec = TABLES[table];
    const fields = spec.fields(years);
    const keys = new Set<string>();
    submitted.forEach((s) => s[table].forEach((_r, k) => keys.add(k)));
    for (const key of [...keys].sort()) {
      const current = tables[table].get(key);
      if (!current && table === "indicators") {
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
