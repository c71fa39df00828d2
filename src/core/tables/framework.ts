/** tblFramework: pillars with their objectives, results and outputs (protected; from the plan). */
import { column, opt, str, type TableDef } from "./column";

export const framework: TableDef = {
  key: "framework",
  rowKey: ["code"],
  name: "tblFramework",
  sheet: "framework",
  growable: false,
  protect: true,
  optional: false,
  columns: () => [
    column("level", "col.level", "enum", { list: "frameworkLevel", width: 11 }),
    column("code", "col.code", "code", { width: 9 }),
    column("codeAsPrinted", "col.codeAsPrinted", "code", { required: false, width: 10 }),
    column("parent", "col.parent", "code", { width: 9 }),
    column("pillar", "col.pillar", "code", { width: 7 }),
    column("name", "col.name", "text", { required: false, width: 20 }),
    column("text", "col.text", "text", { width: 90 }),
    // refsheets (issue 14): the logframe's assumptions, on a result's row (an entry cell).
    column("assumptions", "col.assumptions", "text", { entry: true, required: false, width: 30 }),
  ],
  rows: (plan) => {
    const pillarOfResult = new Map(plan.results.map((r) => [r.code, r.pillar]));
    return [
      ...plan.pillars.map((p) => ({
        level: "pillar",
        code: p.code,
        codeAsPrinted: null,
        parent: null,
        pillar: p.code,
        name: p.name,
        text: p.objective,
      })),
      ...plan.results.map((r) => ({
        level: "result",
        code: r.code,
        codeAsPrinted: null,
        parent: r.pillar,
        pillar: r.pillar,
        name: null,
        text: r.text,
        assumptions: opt(r.assumptions),
      })),
      ...plan.outputs.map((o) => ({
        level: "output",
        code: o.code,
        codeAsPrinted: opt(o.codeAsPrinted),
        parent: o.result,
        pillar: pillarOfResult.get(o.result) ?? null,
        name: null,
        text: o.text,
      })),
    ];
  },
  read: (rows, draft) => {
    for (const r of rows) {
      const code = str(r.code) ?? "";
      const text = str(r.text) ?? "";
      if (r.level === "pillar")
        draft.pillars.push({ code, name: str(r.name) ?? "", objective: text });
      else if (r.level === "result")
        draft.results.push({
          code,
          pillar: str(r.parent) ?? "",
          text,
          assumptions: str(r.assumptions),
        });
      else if (r.level === "output")
        draft.outputs.push({
          code,
          codeAsPrinted: str(r.codeAsPrinted),
          result: str(r.parent) ?? "",
          text,
        });
    }
  },
};
