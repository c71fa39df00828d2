/** tblRegions: the country's regions (Mali's regions and the Bamako District). */
import { column, str, type TableDef } from "./column";

export const regions: TableDef = {
  key: "regions",
  rowKey: ["code"],
  name: "tblRegions",
  sheet: "regions",
  growable: true,
  protect: false,
  optional: false,
  columns: () => [
    column("code", "col.code", "code", { entry: true, width: 10 }),
    column("name", "col.name", "text", {
      entry: true,
      merge: true,
      translated: true,
      width: 30,
    }),
  ],
  rows: (plan) => plan.regions.map((r) => ({ code: r.code, name: r.name })),
  read: (rows, draft) => {
    for (const r of rows) draft.regions.push({ code: str(r.code) ?? "", name: str(r.name) ?? "" });
  },
  merge: {
    table: "regions",
    key: (r) => String(r.code),
    keyColumns: (key) => ({ code: key }),
    required: ["name"],
    adds: true,
  },
};
