/**
 * The task pane's first-screen catalogue: the one list of the keys its first
 * screen needs (what shows before any click, in either language, the
 * language switcher, and the busy and failed states of the first click, when
 * the code behind the buttons may not have come: src/taskpane/App.tsx,
 * components/*). The pane starts with these texts only, its language's
 * (first-screen-en.ts, first-screen-fr.ts: a few KB where the whole
 * catalogue is 17 KB gzipped); the whole catalogue comes with the code
 * behind the buttons (all.ts, first click) or when the language changes
 * (i18n.ts, loadCatalogue), and merges over them.
 *
 * test/taskpane/first-screen-keys.test.ts reads the first screen's modules
 * (everything the pane's and the custom functions' entries import, the way
 * webpack bundles them into start.js) and fails when one uses a key missing
 * here, or when a key here is used by none of them: the list cannot drift.
 */
import type { Catalogue, MessageKey } from "../i18n";

export const FIRST_SCREEN_KEYS = [
  // The pane's frame and the plan picker (with the language switcher)
  "pane.title",
  "pane.intro",
  "pane.language",
  "pane.lang.en",
  "pane.lang.fr",
  "pane.plan",
  "pane.plan.mali",
  "pane.plan.example",
  "pane.plan.blank",
  "pane.start",
  "pane.end",
  "pane.badYears",
  // Busy and failed states of a click, before the code behind it has come
  "pane.busy",
  "pane.working",
  "pane.checking",
  "pane.error.title",
  "pane.error.details",
  "pane.error.unknown",
  // Create, check, export
  "pane.create",
  "pane.check",
  "pane.findings",
  "sheet.report",
  "pane.iati",
  "pane.iatiReady",
  "pane.download",
  // Submit (a focal point)
  "pane.submit.title",
  "pane.submit.intro",
  "pane.submit.apply",
  "pane.submit.done",
  "pane.submit.again",
  // Prepare copies (the TMU)
  "pane.prepare.title",
  "pane.prepare.intro",
  "pane.prepare.load",
  "pane.prepare.stakeholders",
  "pane.prepare.regions",
  "pane.prepare.chosen",
  "pane.prepare.year",
  "pane.prepare.yearRange",
  "pane.prepare.apply",
  "pane.prepare.making",
  "pane.prepare.done",
  "pane.prepare.file",
  // Import focal points' workbooks
  "pane.import.title",
  "pane.import.year",
  "pane.import.yearDefault",
  "pane.import.deadline",
  "pane.import.choose",
  "pane.import.chosen",
  "pane.import.as",
  "pane.import.asHint",
  "pane.import.check",
  "pane.import.reading",
  "pane.import.confirm",
  "pane.import.writing",
  // Settle conflicts
  "pane.settle.title",
  "pane.settle.load",
  "pane.settle.none",
  "pane.settle.conflict",
  "pane.settle.accept",
  "pane.settle.reject",
  "pane.settle.later",
  "pane.settle.apply",
  "pane.settle.writing",
  "consolidate.settled",
  // Roll the plan forward
  "pane.roll.title",
  "pane.roll.from",
  "pane.roll.apply",
  "pane.roll.writing",
] as const satisfies readonly MessageKey[];

/** i18next's plural forms of a key (the key itself is the general form). */
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** A catalogue's first-screen texts: the keys above, with their plural forms. */
export function firstScreenOf(catalogue: Catalogue): Partial<Catalogue> {
  const wanted = new Set<string>(FIRST_SCREEN_KEYS);
  const texts: Partial<Catalogue> = {};
  for (const [key, text] of Object.entries(catalogue) as [MessageKey, string][])
    if (wanted.has(key) || wanted.has(key.replace(PLURAL, ""))) texts[key] = text;
  return texts;
}
