/**
 * By structure: codes unique in each table; every result, output,
 * indicator, action and budget line under a parent that exists; every
 * stakeholder, region and funding source from its list.
 */
import type { MessageKey } from "../../i18n";
import { CROSSCUTTING_AREAS } from "../../model";
import type { RowReader } from "../../template/read";
import { listLabel, listValue } from "../../template/tables";
import type { Check, EntryTable } from "../context";

type Id = (r: RowReader) => string | undefined;
const byCode: Id = (r) => r.text("code");

/** What makes a row unique in each table, and the column a duplicate is reported in. */
const UNIQUE: [EntryTable, Id, string][] = [
  ["framework", byCode, "code"],
  ["indicators", byCode, "code"],
  ["actions", byCode, "code"],
  ["stakeholders", byCode, "code"],
  ["funding", byCode, "code"],
  ["regions", byCode, "code"],
  ["risks", byCode, "code"],
  // A budget line: one per action, year and funding source.
  [
    "budget",
    (r) => r.text("action") && [r.text("action"), r.num("year"), r.text("source")].join(" | "),
    "action",
  ],
];

export const checkStructure: Check = (c, tables, env) => {
  for (const [k, id, col] of UNIQUE) {
    const seen = new Set<string>();
    for (const r of tables[k]) {
      const code = id(r);
      if (!code) continue;
      if (seen.has(code))
        c.add(r, col, "error", "structure.duplicate-code", "v.duplicate", { code, table: r.sheet });
      seen.add(code);
    }
  }

  const codes = (k: EntryTable, level?: string) =>
    new Set(
      tables[k]
        .filter((r) => level === undefined || r.list("level", "frameworkLevel") === level)
        .map((r) => r.text("code"))
        .filter((x): x is string => Boolean(x))
    );
  const parents = {
    pillar: { codes: codes("framework", "pillar"), what: "level.pillar", in: "framework" },
    result: { codes: codes("framework", "result"), what: "level.result", in: "framework" },
    output: { codes: codes("framework", "output"), what: "level.output", in: "framework" },
    action: { codes: codes("actions"), what: "col.action", in: "actions" },
  } as const;
  const lists = {
    stakeholders: codes("stakeholders"),
    regions: codes("regions"),
    funding: codes("funding"),
  };

  const parent = (r: RowReader, col: string, of: keyof typeof parents) => {
    const code = r.text(col);
    const p = parents[of];
    if (code && !env.unread.has(p.in) && !p.codes.has(code))
      c.add(r, col, "error", "structure.unknown-parent", "v.unknownParent", {
        code,
        what: c.t(p.what as MessageKey),
        table: env.sheets[p.in],
      });
  };
  const area = (r: RowReader, col: string) => {
    const code = r.text(col);
    if (code && listValue("crosscutting", code) === undefined)
      c.add(r, col, "error", "structure.unknown-parent", "v.unknownArea", {
        code,
        areas: CROSSCUTTING_AREAS.map((a) => `${a} (${listLabel(c.lang, "crosscutting", a)})`).join(
          ", "
        ),
      });
  };
  const ref = (r: RowReader, col: string, list: keyof typeof lists, many = false) => {
    if (env.unread.has(list)) return;
    for (const code of many ? r.codes(col) : [r.text(col)]) {
      if (code && !lists[list].has(code))
        c.add(r, col, "error", "structure.unknown-reference", "v.unknownReference", {
          code,
          list: env.sheets[list],
        });
    }
  };

  for (const r of tables.framework) {
    const level = r.list("level", "frameworkLevel");
    if (level === "result") parent(r, "parent", "pillar");
    if (level === "output") parent(r, "parent", "result");
  }
  for (const r of tables.indicators) {
    const level = r.list("level", "indicatorLevel");
    if (level === "objective") parent(r, "parent", "pillar");
    if (level === "result" || level === "output") parent(r, "parent", level);
    if (level === "crosscutting") area(r, "parent");
    ref(r, "responsible", "stakeholders");
  }
  for (const r of tables.actions) {
    parent(r, "output", "output");
    ref(r, "lead", "stakeholders");
    ref(r, "partners", "stakeholders", true);
    ref(r, "regions", "regions", true);
  }
  for (const r of tables.budget) {
    parent(r, "action", "action");
    ref(r, "source", "funding");
  }
  for (const r of tables.funding) ref(r, "stakeholder", "stakeholders");
  for (const r of tables.risks) ref(r, "owner", "stakeholders");
};
