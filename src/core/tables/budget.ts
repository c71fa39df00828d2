/**
 * tblBudget: one line per action, year and funding source: costing (unit
 * cost × quantity × times), amount planned, secured, disbursed and spent
 * (optional), indicative or committed (entry cells); computed cost, output,
 * pillar and lead.
 */
import { costFormula } from "../calc/cost";
import { column, num, opt, str, type TableDef } from "./column";

export const budgetKey = (action: string, line: { year: number; source: string }) =>
  `${action}|${line.year}|${line.source}`;

export const budget: TableDef = {
  key: "budget",
  rowKey: ["action", "year", "source"],
  name: "tblBudget",
  sheet: "budget",
  growable: true,
  protect: false,
  optional: false,
  columns: () => [
    column("action", "col.actionCode", "code", { codeList: "actions", entry: true, width: 11 }),
    column("year", "col.year", "year", { entry: true, width: 8 }),
    column("source", "col.source", "code", { codeList: "funding", entry: true, width: 14 }),
    column("unitCost", "col.unitCost", "amount", {
      entry: true,
      required: false,
      merge: true,
      width: 13,
    }),
    column("quantity", "col.quantity", "number", {
      entry: true,
      required: false,
      merge: true,
      width: 10,
    }),
    column("times", "col.times", "number", {
      entry: true,
      required: false,
      merge: true,
      width: 10,
    }),
    column("cost", "col.cost", "formula", {
      required: false,
      width: 15,
      // The measure's own formula (src/core/calc/cost.ts), beside its TypeScript half.
      formula: (x) => costFormula(x.here("unitCost"), x.here("quantity"), x.here("times")),
    }),
    column("amount", "col.amount", "amount", { entry: true, merge: true, width: 16 }),
    column("secured", "col.secured", "amount", { entry: true, merge: true, width: 16 }),
    // Money disbursed and spent so far (optional: a workbook without the columns reads).
    column("disbursed", "col.disbursed", "amount", {
      entry: true,
      required: false,
      merge: true,
      width: 16,
    }),
    column("spent", "col.spent", "amount", {
      entry: true,
      required: false,
      merge: true,
      width: 16,
    }),
    column("budgetStatus", "col.budgetStatus", "enum", {
      list: "budgetStatus",
      entry: true,
      merge: true,
      width: 13,
    }),
    column("origin", "col.origin", "text", { required: false, width: 24 }),
    column("output", "col.output", "formula", {
      required: false,
      width: 9,
      formula: (x) =>
        `IFERROR(INDEX(${x.col("actions", "output")},MATCH(${x.here("action")},${x.col("actions", "code")},0)),"")`,
    }),
    column("pillar", "col.pillar", "formula", {
      required: false,
      width: 7,
      formula: (x) =>
        `IFERROR(INDEX(${x.col("actions", "pillar")},MATCH(${x.here("action")},${x.col("actions", "code")},0)),"")`,
    }),
    column("lead", "col.lead", "formula", {
      required: false,
      width: 13,
      formula: (x) =>
        `IFERROR(INDEX(${x.col("actions", "lead")},MATCH(${x.here("action")},${x.col("actions", "code")},0)),"")`,
    }),
  ],
  rows: (plan) =>
    plan.actions.flatMap((a) =>
      a.budget.map((b) => ({
        action: a.code,
        year: b.year,
        source: b.source,
        unitCost: b.unitCost,
        quantity: b.quantity,
        times: b.times,
        amount: b.amount,
        secured: b.secured,
        disbursed: b.disbursed,
        spent: b.spent,
        budgetStatus: b.status,
        origin: opt(b.origin),
      }))
    ),
  read: (rows, draft) => {
    for (const r of rows) {
      draft.budget.push({
        action: str(r.action) ?? "",
        line: {
          year: num(r.year) ?? 0,
          source: str(r.source) ?? "",
          unitCost: num(r.unitCost),
          quantity: num(r.quantity),
          times: num(r.times),
          amount: num(r.amount) ?? 0,
          secured: num(r.secured),
          disbursed: num(r.disbursed),
          spent: num(r.spent),
          status: (str(r.budgetStatus) ?? "indicative") as "indicative",
          origin: str(r.origin),
        },
      });
    }
  },
  // A year outside the plan's period; more secured than planned.
  flags: (x) => [
    {
      column: "year",
      formula: `=AND(ISNUMBER(${x.ref("year")}),OR(${x.ref("year")}<${x.plan.period.start},${x.ref("year")}>${x.plan.period.end}))`,
    },
    {
      column: "secured",
      formula: `=AND(ISNUMBER(${x.ref("secured")}),ISNUMBER(${x.ref("amount")}),${x.ref("secured")}>${x.ref("amount")})`,
    },
  ],
  merge: {
    table: "budget",
    key: (r) => budgetKey(String(r.action), { year: Number(r.year), source: String(r.source) }),
    keyColumns: (key) => {
      const [action, year, source] = key.split("|");
      return { action, year: Number(year), source };
    },
    required: ["amount"],
    adds: true,
  },
};
