/**
 * tblActions: the operational plan's actions under outputs, with lead and
 * partners, regions, years, start and end, status and progress (entry
 * cells), and the computed pillar, budget total, secured total and gap.
 */
import { listLabel } from "../vocabulary";
import { column, num, nums, opt, str, strs, type TableDef } from "./column";

export const actions: TableDef = {
  key: "actions",
  rowKey: ["code"],
  name: "tblActions",
  sheet: "actions",
  growable: true,
  protect: false,
  optional: false,
  // On paper, the actions from the code to the indicators they serve: one page wide at a
  // readable scale. Their amounts print on the Budget sheet and the summaries.
  printTo: "indicators",
  columns: () => [
    column("code", "col.actionCode", "code", { entry: true, width: 11 }),
    column("output", "col.output", "code", {
      codeList: "outputs",
      entry: true,
      merge: true,
      width: 9,
    }),
    column("text", "col.action", "text", {
      entry: true,
      merge: true,
      translated: true,
      width: 60,
    }),
    column("lead", "col.lead", "code", {
      codeList: "stakeholders",
      entry: true,
      merge: true,
      width: 13,
    }),
    column("partners", "col.partners", "codes", {
      entry: true,
      required: false,
      merge: true,
      width: 20,
    }),
    column("regions", "col.regionsList", "codes", {
      entry: true,
      required: false,
      merge: true,
      width: 18,
    }),
    column("years", "col.years", "years", { entry: true, merge: true, width: 16 }),
    column("status", "col.status", "enum", { list: "status", entry: true, merge: true, width: 13 }),
    column("progress", "col.progress", "percent", { entry: true, merge: true, width: 11 }),
    column("start", "col.start", "text", { entry: true, required: false, merge: true, width: 10 }),
    column("end", "col.end", "text", { entry: true, required: false, merge: true, width: 10 }),
    // refsheets (issue 14): milestones, and the indicators served beyond the output's
    // (codes, checked against the plan: src/core/validate/rules/schedule.ts).
    column("milestones", "col.milestones", "text", {
      entry: true,
      required: false,
      merge: true,
      width: 30,
    }),
    column("indicators", "col.actionIndicators", "codes", {
      entry: true,
      required: false,
      merge: true,
      width: 14,
    }),
    column("origin", "col.origin", "text", { required: false, width: 24 }),
    column("pillar", "col.pillar", "formula", {
      required: false,
      width: 7,
      formula: (x) =>
        `IFERROR(INDEX(${x.col("framework", "pillar")},MATCH(${x.here("output")},${x.col("framework", "code")},0)),"")`,
    }),
    column("total", "col.total", "formula", {
      required: false,
      width: 15,
      formula: (x) =>
        `SUMIFS(${x.col("budget", "amount")},${x.col("budget", "action")},${x.here("code")})`,
    }),
    column("securedTotal", "col.secured", "formula", {
      required: false,
      width: 15,
      formula: (x) =>
        `SUMIFS(${x.col("budget", "secured")},${x.col("budget", "action")},${x.here("code")})`,
    }),
    column("gap", "sum.gap", "formula", {
      required: false,
      width: 15,
      formula: (x) => `${x.here("total")}-${x.here("securedTotal")}`,
    }),
  ],
  rows: (plan) =>
    plan.actions.map((a) => ({
      code: a.code,
      output: a.output,
      text: a.text,
      lead: a.lead,
      partners: [...a.partners],
      regions: [...a.regions],
      years: [...a.years],
      start: opt(a.start),
      end: opt(a.end),
      milestones: opt(a.milestones),
      indicators: [...(a.indicators ?? [])],
      status: a.status,
      progress: a.progress,
      origin: opt(a.origin),
    })),
  read: (rows, draft) => {
    for (const r of rows) {
      draft.actions.push({
        code: str(r.code) ?? "",
        output: str(r.output) ?? "",
        text: str(r.text) ?? "",
        lead: str(r.lead) ?? "",
        partners: strs(r.partners),
        regions: strs(r.regions),
        years: nums(r.years),
        start: str(r.start),
        end: str(r.end),
        milestones: str(r.milestones),
        indicators: strs(r.indicators).length ? strs(r.indicators) : undefined,
        budget: [],
        status: (str(r.status) ?? "not-started") as "not-started",
        progress: num(r.progress),
        origin: str(r.origin),
      });
    }
  },
  // A completed action not at 100 %, one not started above 0 %.
  flags: (x) => {
    const status = x.ref("status");
    const progress = x.ref("progress");
    const is = (v: string) => `${status}=${x.text(listLabel(x.lang, "status", v))}`;
    return [
      {
        column: "progress",
        formula: `=OR(AND(${is("completed")},ISNUMBER(${progress}),${progress}<>100),AND(${is("not-started")},ISNUMBER(${progress}),${progress}<>0))`,
      },
    ];
  },
  merge: {
    table: "actions",
    key: (r) => String(r.code),
    keyColumns: (key) => ({ code: key }),
    required: ["output", "text", "lead"],
    adds: true,
  },
};
