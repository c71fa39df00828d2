/** What a merge and a completeness check say, in the reader's language (CLI and task pane alike). */
import { t } from "../i18n";
import type { Lang } from "../model";
import type { Completeness } from "./completeness";
import type { MergeTable, MergeValue } from "../model";
import { showColumn } from "../tables";
import { showKey, showValue } from "../tables/merge-columns";
import type { FileOutcome, NotTaken, ValueChange } from "./merge";

export function describeFile(f: FileOutcome, lang: Lang): string {
  return t(lang, "consolidate.file", {
    file: f.file,
    focalPoint: f.focalPoint ?? "?",
    added: f.counts.added,
    filled: f.counts.filled,
    unchanged: f.counts.unchanged,
    conflicts: f.counts.conflict,
    ignored: f.counts.ignored,
  });
}

export function describeCompleteness(c: Completeness, lang: Lang): string[] {
  const pct = (x: number | null) => (x === null ? "-" : x.toFixed(0));
  return [
    t(lang, "consolidate.completeness", {
      year: c.year,
      submitted: c.submitted.length,
      count: c.submitted.length,
      expected: c.expected.length,
      rate: pct(c.reportingRate),
      onTime: c.onTime.length,
      onTimeRate: pct(c.onTimeRate),
    }),
    ...(c.missing.length ? [t(lang, "consolidate.missing", { codes: c.missing.join(", ") })] : []),
    ...(c.late.length ? [t(lang, "consolidate.late", { codes: c.late.join(", ") })] : []),
    ...(c.submitted.length
      ? [
          t(lang, "cycle.states", {
            year: c.year,
            states: c.submitted
              .map((code) => `${code} ${t(lang, `submissionState.${c.states[code]}`)}`)
              .join(", "),
          }),
        ]
      : []),
  ];
}

const shown = (table: MergeTable, column: string, v: MergeValue, lang: Lang): string =>
  v === null || v === "" ? t(lang, "consolidate.blank") : String(showValue(table, column, v, lang));

/** A value an import changes: before → after, who and why. */
export function describeChange(c: ValueChange, lang: Lang): string {
  return t(lang, "consolidate.change", {
    file: c.file,
    who: c.focalPoint ?? "?",
    table: t(lang, `mergeTable.${c.table}`),
    key: showKey(c.table, c.key, lang),
    column: showColumn(c.table, c.column, lang),
    before: shown(c.table, c.column, c.before, lang),
    after: shown(c.table, c.column, c.after, lang),
    why: t(lang, `consolidate.why.${c.why}`),
  });
}

/** A submitted value left for the TMU, with why. */
export function describeNotTaken(n: NotTaken, lang: Lang): string {
  return t(lang, "consolidate.notTaken", {
    file: n.file,
    who: n.focalPoint ?? "?",
    table: t(lang, `mergeTable.${n.table}`),
    key: showKey(n.table, n.key, lang),
    column: showColumn(n.table, n.column, lang),
    before: shown(n.table, n.column, n.current, lang),
    after: shown(n.table, n.column, n.proposed, lang),
    reason: n.owner
      ? t(lang, "consolidate.reason.conflict", { id: n.id, owner: n.owner })
      : t(lang, "consolidate.reason.conflictNoOwner", { id: n.id }),
  });
}

/** A row of a file left alone (an unknown indicator, a budget line of an unknown action, a locked year's value). */
export function describeRowNotTaken(
  f: FileOutcome,
  row: FileOutcome["ignored"][number],
  lang: Lang
): string {
  return t(lang, "consolidate.rowNotTaken", {
    file: f.file,
    who: f.focalPoint ?? "?",
    table: t(lang, `mergeTable.${row.table}`),
    key: showKey(row.table, row.key, lang),
    reason: t(lang, `consolidate.reason.${row.reason}`, {
      who: f.focalPoint ?? "?",
      year: row.year,
    }),
  });
}
