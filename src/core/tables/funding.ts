/** tblFunding: the funding sources (national budget, NAP 1325 mutual fund, partners). */
import { column, opt, str, type TableDef } from "./column";

export const funding: TableDef = {
  key: "funding",
  rowKey: ["code"],
  name: "tblFunding",
  sheet: "funding",
  growable: true,
  protect: false,
  optional: false,
  columns: () => [
    column("code", "col.code", "code", { entry: true, width: 12 }),
    column("name", "col.name", "text", {
      entry: true,
      merge: true,
      translated: true,
      width: 40,
    }),
    column("type", "col.type", "enum", {
      list: "fundingType",
      entry: true,
      merge: true,
      width: 18,
    }),
    column("stakeholder", "col.stakeholder", "code", {
      codeList: "stakeholders",
      entry: true,
      required: false,
      merge: true,
      width: 14,
    }),
  ],
  rows: (plan) =>
    plan.fundingSources.map((f) => ({
      code: f.code,
      name: f.name,
      type: f.type,
      stakeholder: opt(f.stakeholder),
    })),
  read: (rows, draft) => {
    for (const r of rows) {
      draft.fundingSources.push({
        code: str(r.code) ?? "",
        name: str(r.name) ?? "",
        type: (str(r.type) ?? "partner") as "partner",
        stakeholder: str(r.stakeholder),
      });
    }
  },
  merge: {
    table: "funding",
    key: (r) => String(r.code),
    keyColumns: (key) => ({ code: key }),
    required: ["name", "type"],
    adds: true,
  },
};
