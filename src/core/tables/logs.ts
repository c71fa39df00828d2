/**
 * The consolidation logs: tblImports (every value a focal point's workbook
 * brought in and what became of it), tblConflicts (values in dispute, one row
 * per proposal, settled by the TMU) and tblSubmissions (who reported when).
 * Columns and values are shown by their header and label, never by key.
 */
import type { MergeTable, MergeValue } from "../model";
import { t } from "../i18n";
import { column, str, type Rec, type RecValue, type TableDef } from "./column";
import { parseColumn, parseKey, parseValue, showColumn, showKey, showValue } from "./merge-columns";

const table = (r: Rec) => str(r.table) as MergeTable | undefined;
const logColumn = () =>
  column("column", "col.column", "text", {
    width: 18,
    show: (v, r, lang) => (table(r) ? showColumn(table(r)!, String(v), lang) : (v as string)),
    parse: (cells, r) => {
      const text = cells.text("column");
      return text === undefined ? null : parseColumn(table(r), text);
    },
  });
const logValue = (key: string, header: "col.value" | "col.current" | "col.proposed") =>
  column(key, header, "any", {
    required: false,
    width: 18,
    show: (v, r, lang) =>
      table(r) ? showValue(table(r)!, String(r.column), v as MergeValue, lang) : (v as MergeValue),
    parse: (cells, r) => parseValue(table(r), String(r.column), cells.value(key)),
  });
/** The row's key, as the logs show it (a value row's period by its label) and read it back. */
const logKey = () =>
  column("key", "col.key", "text", {
    width: 14,
    show: (v, r, lang) => (table(r) ? showKey(table(r)!, String(v), lang) : (v as string)),
    parse: (cells, r) => {
      const text = cells.text("key");
      return text === undefined ? null : parseKey(table(r), text);
    },
  });
const mv = (v: RecValue): MergeValue => (Array.isArray(v) ? v.join("; ") : v);

export const imports: TableDef = {
  key: "imports",
  name: "tblImports",
  sheet: "imports",
  growable: true,
  protect: false,
  optional: true,
  columns: () => [
    column("importedAt", "col.importedAt", "text", { width: 20 }),
    column("file", "col.file", "text", { width: 24 }),
    column("focalPoint", "col.submittedBy", "code", {
      required: false,
      width: 14,
      formerHeaders: ["col.stakeholder"],
    }),
    column("table", "col.table", "enum", { list: "mergeTable", width: 18 }),
    logKey(),
    logColumn(),
    logValue("value", "col.value"),
    column("outcome", "col.outcome", "enum", { list: "outcome", width: 16 }),
  ],
  rows: (plan) =>
    plan.imports.map((r) => ({
      importedAt: r.importedAt,
      file: r.file,
      focalPoint: r.focalPoint ?? null,
      table: r.table,
      key: r.key,
      column: r.column,
      value: r.value,
      outcome: r.outcome,
    })),
  read: (rows, draft) => {
    for (const r of rows) {
      draft.imports.push({
        importedAt: str(r.importedAt) ?? "",
        file: str(r.file) ?? "",
        focalPoint: str(r.focalPoint),
        table: (str(r.table) ?? "actions") as "actions",
        key: str(r.key) ?? "",
        column: str(r.column) ?? "",
        value: mv(r.value ?? null),
        outcome: (str(r.outcome) ?? "unchanged") as "unchanged",
      });
    }
  },
};

export const conflicts: TableDef = {
  key: "conflicts",
  name: "tblConflicts",
  sheet: "conflicts",
  growable: true,
  protect: false,
  optional: true,
  columns: () => [
    column("id", "col.conflictId", "code", { width: 10 }),
    column("table", "col.table", "enum", { list: "mergeTable", width: 18 }),
    logKey(),
    logColumn(),
    logValue("current", "col.current"),
    column("source", "col.submittedBy", "text", { width: 28, formerHeaders: ["col.source"] }),
    logValue("proposed", "col.proposed"),
    column("decision", "col.decision", "enum", { list: "decision", entry: true, width: 12 }),
    column("settledBy", "col.settledBy", "text", { entry: true, required: false, width: 16 }),
    column("settledAt", "col.settledAt", "text", { required: false, width: 14 }),
  ],
  rows: (plan) =>
    plan.conflicts.map((c) => ({
      id: c.id,
      table: c.table,
      key: c.key,
      column: c.column,
      current: c.current,
      source: c.source,
      proposed: c.proposed,
      decision: c.decision,
      settledBy: c.settledBy ?? null,
      settledAt: c.settledAt ?? null,
    })),
  read: (rows, draft) => {
    for (const r of rows) {
      draft.conflicts.push({
        id: str(r.id) ?? "",
        table: (str(r.table) ?? "actions") as "actions",
        key: str(r.key) ?? "",
        column: str(r.column) ?? "",
        current: mv(r.current ?? null),
        source: str(r.source) ?? "",
        proposed: mv(r.proposed ?? null),
        decision: (str(r.decision) ?? "pending") as "pending",
        settledBy: str(r.settledBy),
        settledAt: str(r.settledAt),
      });
    }
  },
};

export const submissions: TableDef = {
  key: "submissions",
  name: "tblSubmissions",
  sheet: "submissions",
  growable: true,
  protect: false,
  optional: true,
  columns: () => [
    // Headed "Focal point": a region reports as well as a stakeholder (issue 19).
    // Workbooks written before say "Stakeholder" / "Partie prenante": still read.
    column("focalPoint", "col.focalPoint", "code", {
      codeList: "stakeholders",
      width: 14,
      formerHeaders: ["col.stakeholder"],
    }),
    column("year", "col.year", "year", { width: 8 }),
    column("file", "col.file", "text", { width: 28 }),
    column("submittedAt", "col.submittedAt", "text", { width: 14 }),
    column("deadline", "col.deadline", "text", { required: false, width: 14 }),
    // Where the submission stands with the TMU (approve), the TMU's comment, the copy's id (its stamp).
    column("state", "col.submissionState", "enum", {
      list: "submissionState",
      required: false,
      width: 14,
    }),
    column("comment", "col.tmuComment", "text", { required: false, width: 30 }),
    column("copyId", "col.copyId", "text", { required: false, width: 20 }),
    column("onTime", "col.onTime", "formula", {
      required: false,
      width: 12,
      // Dates are ISO text (YYYY-MM-DD): text order is date order.
      formula: (x) =>
        `IF(OR(${x.here("deadline")}="",${x.here("submittedAt")}<=${x.here("deadline")}),"${t(x.lang, "yes")}","${t(x.lang, "no")}")`,
    }),
  ],
  rows: (plan) =>
    plan.submissions.map((x) => ({
      focalPoint: x.focalPoint,
      year: x.year,
      file: x.file,
      submittedAt: x.submittedAt,
      deadline: x.deadline ?? null,
      state: x.state,
      comment: x.comment ?? null,
      copyId: x.copyId ?? null,
    })),
  read: (rows, draft) => {
    for (const r of rows) {
      draft.submissions.push({
        focalPoint: str(r.focalPoint) ?? "",
        year: typeof r.year === "number" ? r.year : 0,
        file: str(r.file) ?? "",
        submittedAt: str(r.submittedAt) ?? "",
        deadline: str(r.deadline),
        state: (str(r.state) ?? "submitted") as "submitted",
        comment: str(r.comment),
        copyId: str(r.copyId),
      });
    }
  },
};
