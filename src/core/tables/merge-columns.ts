/**
 * The columns consolidation works on, by merge table: the logs (Import log,
 * Conflicts) name a column by its key and show it by its header, in the
 * workbook's language; reading accepts the header in either language or the
 * key itself (workbooks written before headers were shown).
 */
import { both, fold } from "../i18n";
import type { Lang, MergeTable, MergeValue } from "../model";
import { listLabel, listValue, LISTS } from "../vocabulary";
import { actions } from "./actions";
import { budget } from "./budget";
import { header, type ColumnSpec, type TableDef } from "./column";
import { funding } from "./funding";
import { indicators } from "./indicators";
import { regions } from "./regions";
import { stakeholders } from "./stakeholders";
import { values } from "./values";

export const MERGE_DEFS: Record<MergeTable, TableDef> = {
  actions,
  budget,
  indicators,
  stakeholders,
  funding,
  regions,
  values,
};

/** Keys of earlier versions, mapped to today's. */
const FORMER_KEYS: Partial<Record<MergeTable, Record<string, string>>> = {
  budget: { status: "budgetStatus" },
};

const yearsIn = (s: string) => {
  const m = /(\d{4})\s*$/.exec(s);
  return m ? [Number(m[1])] : [];
};

/** The column a log row names, by key. */
export function mergeColumn(table: MergeTable, key: string): ColumnSpec | undefined {
  const def = MERGE_DEFS[table];
  const k = FORMER_KEYS[table]?.[key] ?? key;
  return def?.columns(yearsIn(k)).find((c) => c.key === k);
}

/** A column key as a planner reads it: the column's header in the workbook's language. */
export function showColumn(table: MergeTable, key: string, lang: Lang): string {
  const col = mergeColumn(table, key);
  return col ? header(lang, col) : key;
}

/** A column named in a log cell (header in either language, or key) back to its key. */
export function parseColumn(table: MergeTable | undefined, text: string): string {
  if (!table || !MERGE_DEFS[table]) return text;
  const f = fold(text);
  const former = FORMER_KEYS[table]?.[text];
  if (former) return former;
  const col = MERGE_DEFS[table]
    .columns(yearsIn(text))
    .find((c) => fold(c.key) === f || both(c.header, c.headerValues).some((h) => fold(h) === f));
  return col ? col.key : text;
}

/** A logged value as a planner reads it: list values by their label. */
export function showValue(table: MergeTable, key: string, v: MergeValue, lang: Lang): MergeValue {
  const col = mergeColumn(table, key);
  if (typeof v !== "string" || !col?.list) return v;
  return (LISTS[col.list].values as readonly string[]).includes(v)
    ? listLabel(lang, col.list, v)
    : v;
}

/** A logged value read back: a label of the column's list becomes its value. */
export function parseValue(table: MergeTable | undefined, key: string, v: MergeValue): MergeValue {
  if (!table || typeof v !== "string") return v;
  const col = mergeColumn(table, key);
  return col?.list ? (listValue(col.list, v) ?? v) : v;
}

/** A row key as a planner reads it (a value row's period by its label), in the workbook's language. */
export function showKey(table: MergeTable, key: string, lang: Lang): string {
  const show = MERGE_DEFS[table]?.merge?.showKey;
  return show ? show(key, lang) : key;
}

/** A row key shown in a log cell, in either language, back to the key. */
export function parseKey(table: MergeTable | undefined, text: string): string {
  const parse = table ? MERGE_DEFS[table]?.merge?.parseKey : undefined;
  return parse ? parse(text) : text;
}
