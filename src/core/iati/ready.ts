/**
 * What stops an IATI export, or deserves a look, before anything is written.
 * An error means no XML at all: a file donors download must be complete and
 * schema-valid, never a best effort.
 */
import { t, type MessageKey } from "../i18n";
import { pillarIndex, planYears, type Lang, type Plan, type Stakeholder } from "../model";
import type { ReadProblem } from "../template/read";
import { codeKey } from "../calc/value-rows";
import { FUNDING_ORG_TYPE, ORG_ID, orgType, pillarSector } from "./codes";
import { evidenceNotLinked } from "./results";
import { MAX_CHANGE_ROWS } from "../template/changelog";

export type IatiRule =
  | "cell"
  | "no-reporter"
  | "no-reporter-ref"
  | "bad-org-ref"
  | "org-without-ref"
  | "unknown-reference"
  | "outside-period"
  | "no-budget"
  | "source-without-org"
  | "org-without-type"
  | "no-sector"
  | "no-indicator"
  | "example"
  // issue 14.6 / 18.3 (iatires): the values table's rows in the results.
  | "evidence-not-link"
  | "values-left-out"
  // budgethistory (issue 18): the change log is full, the budget history may start late.
  | "history-truncated";

export interface IatiFinding {
  severity: "error" | "warning";
  rule: IatiRule;
  message: string;
}

/**
 * The organisation that reports and is accountable: the plan's lead ministry,
 * taken as its first ministry (Mali: the MPFEF). The model names no lead.
 */
export function reporter(plan: Pick<Plan, "stakeholders">): Stakeholder | undefined {
  return plan.stakeholders.find((s) => s.type === "ministry");
}

/**
 * Check a plan for export. `readProblems` are the cells the workbook reader
 * could not take (text in an amount cell...): the plan holds blanks in their
 * place, so exporting would understate the budget.
 */
export function checkIatiReady(
  plan: Plan,
  lang: Lang = "en",
  readProblems: readonly ReadProblem[] = []
): IatiFinding[] {
  const out: IatiFinding[] = [];
  const add = (
    severity: IatiFinding["severity"],
    rule: IatiRule,
    key: MessageKey,
    values: Record<string, unknown> = {}
  ) => out.push({ severity, rule, message: t(lang, key, values) });
  for (const p of readProblems) out.push({ severity: "error", rule: "cell", message: p.message });

  const lead = reporter(plan);
  if (!lead) add("error", "no-reporter", "iati.noReporter");

  const stakeholders = new Map(plan.stakeholders.map((s) => [s.code, s]));
  const sources = new Map(plan.fundingSources.map((f) => [f.code, f]));
  const years = new Set(planYears(plan));
  const ofOutput = pillarIndex(plan).ofOutput;
  const unknown = (where: string, column: MessageKey, ref: string) =>
    add("error", "unknown-reference", "iati.unknownRef", {
      where,
      column: t(lang, column),
      ref,
    });

  // Organisations that take part: funders, the reporter, the actions' leads.
  const taking = new Set<string>(lead ? [lead.code] : []);
  for (const f of plan.fundingSources) {
    if (!f.stakeholder)
      add("warning", "source-without-org", "iati.sourceWithoutOrg", { code: f.code, name: f.name });
    else if (!stakeholders.has(f.stakeholder))
      unknown(`${t(lang, "col.source")} ${f.code}`, "col.stakeholder", f.stakeholder);
    else taking.add(f.stakeholder);
  }
  for (const a of plan.actions) {
    const where = `${t(lang, "col.actionCode")} ${a.code}`;
    if (!ofOutput.get(a.output)) unknown(where, "col.output", a.output);
    if (!stakeholders.has(a.lead)) unknown(where, "col.lead", a.lead);
    else taking.add(a.lead);
    if (a.budget.length === 0) add("warning", "no-budget", "iati.noBudget", { code: a.code });
    for (const b of a.budget) {
      if (!sources.has(b.source)) unknown(where, "col.source", b.source);
      if (!years.has(b.year))
        add("error", "outside-period", "iati.outsidePeriod", {
          code: a.code,
          year: b.year,
          start: plan.period.start,
          end: plan.period.end,
        });
    }
  }
  // Organisation identifiers: never made up; a malformed one stops the export, a missing one is counted.
  const column = t(lang, "col.iatiRef");
  const without: string[] = plan.fundingSources.filter((f) => !f.stakeholder).map((f) => f.code);
  for (const code of taking) {
    const s = stakeholders.get(code)!;
    if (s.iatiRef && !ORG_ID.test(s.iatiRef))
      add("error", "bad-org-ref", "iati.badOrgRef", { code: s.code, column, ref: s.iatiRef });
    else if (!s.iatiRef && s !== lead) without.push(s.code);
  }
  if (lead && !lead.iatiRef)
    add("error", "no-reporter-ref", "iati.noReporterRef", { code: lead.code, column });
  if (without.length)
    add("warning", "org-without-ref", "iati.orgWithoutRef", {
      count: without.length,
      codes: without.join(", "),
      column,
    });
  // donor (issue 18): organisations whose IATI type is neither typed nor implied by their category.
  const untyped = [
    ...plan.fundingSources
      .filter((f) => !f.stakeholder && !FUNDING_ORG_TYPE[f.type])
      .map((f) => f.code),
    ...[...taking].filter((code) => !orgType(stakeholders.get(code)!)),
  ];
  if (untyped.length)
    add("warning", "org-without-type", "iati.orgWithoutType", {
      count: untyped.length,
      codes: untyped.join(", "),
      column: t(lang, "col.iatiType"),
    });

  for (const p of plan.pillars)
    if (!pillarSector(p))
      add("warning", "no-sector", "iati.noSector", { code: p.code, name: p.name });

  // IATI results need at least one indicator: framework entries without one are left out.
  const measured = new Set(plan.indicators.map((i) => `${i.level}:${i.parent}`));
  const bare = [
    ...plan.pillars.map((p) => ["objective", p.code]),
    ...plan.results.map((r) => ["result", r.code]),
    ...plan.outputs.map((o) => ["output", o.code]),
  ]
    .filter(([level, code]) => !measured.has(`${level}:${code}`))
    .map(([, code]) => code);
  if (bare.length)
    add("warning", "no-indicator", "iati.noIndicator", {
      count: bare.length,
      codes: bare.join(", "),
    });

  // The values table (./results.ts): rows the results cannot carry, evidence IATI cannot link.
  const codes = new Set(plan.indicators.map((i) => codeKey(i.code)));
  const leftOut = plan.values.filter((v) => !codes.has(codeKey(v.indicator)) || !years.has(v.year));
  if (leftOut.length)
    add("warning", "values-left-out", "iati.valuesLeftOut", { count: leftOut.length });
  const unlinked = evidenceNotLinked(plan);
  if (unlinked) add("warning", "evidence-not-link", "iati.evidenceNotLink", { count: unlinked });

  if (plan.example) add("warning", "example", "iati.example");
  // The log keeps its newest rows only: originals may be later than the workbook's first amounts (./budgets.ts).
  if ((plan.changes?.length ?? 0) >= MAX_CHANGE_ROWS)
    add("warning", "history-truncated", "iati.historyTruncated", { max: MAX_CHANGE_ROWS });
  // Errors first (stable: each group keeps the plan's order).
  return [
    ...out.filter((f) => f.severity === "error"),
    ...out.filter((f) => f.severity === "warning"),
  ];
}
