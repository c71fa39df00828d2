/** What a merge and a completeness check say, in the reader's language (CLI and task pane alike). */
import { t } from "../i18n";
import type { Lang } from "../model";
import type { Completeness } from "./completeness";
import type { FileOutcome } from "./merge";

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
      expected: c.expected.length,
      rate: pct(c.reportingRate),
      onTime: c.onTime.length,
      onTimeRate: pct(c.onTimeRate),
    }),
    ...(c.missing.length ? [t(lang, "consolidate.missing", { codes: c.missing.join(", ") })] : []),
    ...(c.late.length ? [t(lang, "consolidate.late", { codes: c.late.join(", ") })] : []),
  ];
}
