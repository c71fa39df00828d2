/** tblStakeholders: the National Monitoring Committee's members and other stakeholders. */
import type { IatiOrgType } from "../model";
import { column, opt, str, type TableDef } from "./column";

export const stakeholders: TableDef = {
  key: "stakeholders",
  rowKey: ["code"],
  name: "tblStakeholders",
  sheet: "stakeholders",
  growable: true,
  protect: false,
  optional: false,
  columns: () => [
    column("code", "col.code", "code", { entry: true, width: 12 }),
    column("name", "col.name", "text", {
      entry: true,
      merge: true,
      translated: true,
      width: 60,
    }),
    column("acronym", "col.acronym", "text", {
      entry: true,
      required: false,
      merge: true,
      translated: true,
      width: 12,
    }),
    column("type", "col.type", "enum", {
      list: "stakeholderType",
      entry: true,
      merge: true,
      width: 28,
    }),
    column("committee", "col.committee", "bool", { entry: true, width: 14 }),
    column("focalPoint", "col.focalPoint", "text", {
      entry: true,
      required: false,
      merge: true,
      width: 22,
    }),
    column("email", "col.email", "text", { entry: true, required: false, merge: true, width: 24 }),
    // Optional: a workbook without this column reads as before (no identifier).
    column("iatiRef", "col.iatiRef", "text", {
      entry: true,
      required: false,
      merge: true,
      width: 22,
    }),
    // donor (issue 18): its IATI organisation type, a drop-down of the codelist's codes with
    // their labels ("10 Government"); optional, so a workbook without the column reads as before.
    column("iatiType", "col.iatiType", "enum", {
      list: "iatiOrgType",
      entry: true,
      required: false,
      merge: true,
      width: 26,
    }),
  ],
  rows: (plan) =>
    plan.stakeholders.map((s) => ({
      code: s.code,
      name: s.name,
      acronym: opt(s.acronym),
      type: s.type,
      committee: s.committee,
      focalPoint: opt(s.focalPoint),
      email: opt(s.email),
      iatiRef: opt(s.iatiRef),
      iatiType: opt(s.iatiType),
    })),
  read: (rows, draft) => {
    for (const r of rows) {
      draft.stakeholders.push({
        code: str(r.code) ?? "",
        name: str(r.name) ?? "",
        acronym: str(r.acronym),
        type: (str(r.type) ?? "other") as "other",
        committee: r.committee === true,
        focalPoint: str(r.focalPoint),
        email: str(r.email),
        iatiRef: str(r.iatiRef),
        iatiType: str(r.iatiType) as IatiOrgType | undefined,
      });
    }
  },
  merge: {
    table: "stakeholders",
    key: (r) => String(r.code),
    keyColumns: (key) => ({ code: key }),
    required: ["name", "type"],
    adds: true,
  },
};
