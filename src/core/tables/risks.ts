/** tblRisks: risks with likelihood, impact, mitigation and owner. */
import { column, opt, str, type TableDef } from "./column";

export const risks: TableDef = {
  key: "risks",
  rowKey: ["code"],
  name: "tblRisks",
  sheet: "risks",
  growable: true,
  protect: false,
  optional: true,
  columns: () => [
    column("code", "col.code", "code", { entry: true, width: 10 }),
    column("text", "col.risk", "text", { entry: true, width: 50 }),
    column("likelihood", "col.likelihood", "enum", {
      list: "rating",
      entry: true,
      required: false,
      width: 12,
    }),
    column("impact", "col.impact", "enum", {
      list: "rating",
      entry: true,
      required: false,
      width: 12,
    }),
    column("mitigation", "col.mitigation", "text", { entry: true, required: false, width: 50 }),
    column("owner", "col.owner", "code", {
      codeList: "stakeholders",
      entry: true,
      required: false,
      width: 14,
    }),
  ],
  rows: (plan) =>
    plan.risks.map((r) => ({
      code: r.code,
      text: r.text,
      likelihood: opt(r.likelihood),
      impact: opt(r.impact),
      mitigation: opt(r.mitigation),
      owner: opt(r.owner),
    })),
  read: (rows, draft) => {
    for (const r of rows) {
      draft.risks.push({
        code: str(r.code) ?? "",
        text: str(r.text) ?? "",
        likelihood: str(r.likelihood) as "low" | undefined,
        impact: str(r.impact) as "low" | undefined,
        mitigation: str(r.mitigation),
        owner: str(r.owner),
      });
    }
  },
};
