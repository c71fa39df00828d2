/**
 * The plan as IATI 2.03 activity XML, the form donors read aid activities,
 * budgets and results in. One activity for the NAP as a whole: budgets per
 * year and status (indicative or committed), participating organisations
 * with their IATI roles, sectors weighted by each pillar's budget, the
 * gender-equality policy marker as principal objective, and the framework's
 * results (outcomes) and outputs with their indicators, baselines, targets
 * and actuals per year. Built with xmlbuilder2, which escapes every text.
 */
import { create } from "xmlbuilder2";
import { t } from "../i18n";
import {
  pillarIndex,
  planYears,
  type Indicator,
  type Lang,
  type Plan,
  type Stakeholder,
} from "../model";

export interface IatiFinding {
  severity: "error" | "warning";
  message: string;
}

/** Organisation type (IATI OrganisationType codelist) of each kind of stakeholder. */
const ORG_TYPE: Record<Stakeholder["type"], string> = {
  ministry: "10",
  state: "10",
  parliament: "10",
  "civil-society": "22",
  un: "40",
  tfp: "90",
  other: "90",
};

/** DAC 5-digit sector of each pillar of a WPS plan (by position: participation, prevention, protection, relief). */
const PILLAR_SECTOR = ["15170", "15220", "15180", "15240"];

const MEASURE: Record<Indicator["measure"], string> = {
  number: "1",
  percent: "2",
  yesno: "3",
  level: "4",
  text: "5",
};

/** The organisation that reports: the plan's lead ministry (for Mali the MPFEF), else its first ministry. */
function reporter(plan: Plan): Stakeholder | undefined {
  return (
    plan.stakeholders.find((s) => s.acronym === "MPFEF") ??
    plan.stakeholders.find((s) => s.type === "ministry")
  );
}

/** An organisation reference: not a registered IATI identifier (the plan has none), but stable. */
const orgRef = (plan: Plan, s: Stakeholder) => `${plan.countryCode}-NAP-${s.code}`;

/** What stops an export, or deserves a look, before anything is written. */
export function checkIatiReady(plan: Plan, lang: Lang = "en"): IatiFinding[] {
  const out: IatiFinding[] = [];
  const years = new Set(planYears(plan));
  if (!reporter(plan)) out.push({ severity: "error", message: t(lang, "iati.noReporter") });
  for (const a of plan.actions) {
    if (a.budget.length === 0)
      out.push({ severity: "warning", message: t(lang, "iati.noBudget", { code: a.code }) });
    for (const b of a.budget) {
      if (!years.has(b.year)) {
        out.push({
          severity: "error",
          message: t(lang, "iati.outsidePeriod", {
            code: a.code,
            year: b.year,
            start: plan.period.start,
            end: plan.period.end,
          }),
        });
      }
    }
  }
  if (plan.example) out.push({ severity: "warning", message: t(lang, "iati.example") });
  return out;
}

export interface IatiExport {
  xml: string;
  findings: IatiFinding[];
  /** Total of the budget values written. */
  total: number;
}

/** The IATI XML of a plan; no XML when the readiness check finds an error. */
export function planToIati(plan: Plan, generatedAt: string, lang: Lang = "en"): IatiExport {
  const findings = checkIatiReady(plan, lang);
  if (findings.some((f) => f.severity === "error")) return { xml: "", findings, total: 0 };
  const lead = reporter(plan)!;
  const years = planYears(plan);
  const lines = plan.actions.flatMap((a) => a.budget.map((b) => ({ ...b, action: a })));
  const doc = create({ version: "1.0", encoding: "UTF-8" }).ele("iati-activities", {
    version: "2.03",
    "generated-datetime": generatedAt,
  });
  const act = doc.ele("iati-activity", {
    "last-updated-datetime": generatedAt,
    "xml:lang": "en",
    "default-currency": plan.currency,
    hierarchy: "1",
  });
  const narrative = (parent: ReturnType<typeof doc.ele>, text: string) =>
    parent.ele("narrative").txt(text);
  act.ele("iati-identifier").txt(`${orgRef(plan, lead)}-${plan.id}`);
  narrative(
    act.ele("reporting-org", { ref: orgRef(plan, lead), type: ORG_TYPE[lead.type] }),
    lead.name
  );
  narrative(act.ele("title"), plan.title);
  narrative(
    act.ele("description", { type: "1" }),
    plan.pillars.map((p) => `${p.name}: ${p.objective}`).join(" ")
  );

  // Funding: the funding sources' providers; accountable: the reporter; implementing: the actions' leads.
  const funders = new Map<string, string>();
  for (const f of plan.fundingSources) {
    const s = plan.stakeholders.find((x) => x.code === f.stakeholder);
    funders.set(s ? s.code : `source:${f.code}`, s ? s.name : f.name);
  }
  for (const [key, name] of funders) {
    const s = plan.stakeholders.find((x) => x.code === key);
    narrative(
      act.ele("participating-org", {
        role: "1",
        type: s ? ORG_TYPE[s.type] : "10",
        ...(s ? { ref: orgRef(plan, s) } : {}),
      }),
      name
    );
  }
  narrative(
    act.ele("participating-org", { role: "2", ref: orgRef(plan, lead), type: ORG_TYPE[lead.type] }),
    lead.name
  );
  const implementers = [...new Set(plan.actions.map((a) => a.lead))].map((c) =>
    plan.stakeholders.find((s) => s.code === c)!
  );
  for (const s of implementers)
    narrative(
      act.ele("participating-org", { role: "4", ref: orgRef(plan, s), type: ORG_TYPE[s.type] }),
      s.name
    );

  act.ele("activity-status", { code: "2" });
  act.ele("activity-date", { type: "1", "iso-date": `${plan.period.start}-01-01` });
  act.ele("activity-date", { type: "3", "iso-date": `${plan.period.end}-12-31` });
  act.ele("recipient-country", { code: plan.countryCode, percentage: "100" });

  // Sectors weighted by each pillar's budget (equal shares when nothing is costed).
  const outputPillar = pillarIndex(plan).ofOutput;
  const weights = plan.pillars.map((p) =>
    lines
      .filter((l) => outputPillar.get(l.action.output) === p.code)
      .reduce((s, l) => s + l.amount, 0)
  );
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = plan.pillars.map((_p, i) =>
    sum > 0 ? (100 * weights[i]) / sum : 100 / plan.pillars.length
  );
  const bySector = new Map<string, number>();
  plan.pillars.forEach((_p, i) => {
    const code = PILLAR_SECTOR[i % PILLAR_SECTOR.length];
    bySector.set(code, (bySector.get(code) ?? 0) + shares[i]);
  });
  const rounded = [...bySector]
    .map(([code, pct]) => [code, Math.round(pct * 100) / 100] as const)
    .filter(([, pct]) => pct > 0);
  const drift = Math.round((100 - rounded.reduce((a, [, p]) => a + p, 0)) * 100) / 100;
  rounded.forEach(([code, pct], i) => {
    const p = i === rounded.length - 1 ? Math.round((pct + drift) * 100) / 100 : pct;
    act.ele("sector", { vocabulary: "1", code, percentage: String(p) });
  });
  act.ele("policy-marker", { vocabulary: "1", code: "1", significance: "2" });

  // Budgets: per year and status (2 Committed, 1 Indicative), original.
  let total = 0;
  for (const y of years) {
    for (const [status, code] of [
      ["indicative", "1"],
      ["committed", "2"],
    ] as const) {
      const value = lines
        .filter((l) => l.year === y && l.status === status)
        .reduce((s, l) => s + l.amount, 0);
      if (value === 0) continue;
      total += value;
      const b = act.ele("budget", { type: "1", status: code });
      b.ele("period-start", { "iso-date": `${y}-01-01` });
      b.ele("period-end", { "iso-date": `${y}-12-31` });
      b.ele("value", { currency: plan.currency, "value-date": `${y}-01-01` }).txt(String(value));
    }
  }

  // Results: the framework's results (outcomes) and outputs, with their indicators.
  const indicatorsOf = (parent: string) => plan.indicators.filter((i) => i.parent === parent);
  const result = (type: "1" | "2", text: string, inds: Indicator[]) => {
    if (inds.length === 0) return; // IATI results carry at least one indicator
    const r = act.ele("result", { type, "aggregation-status": "0" });
    narrative(r.ele("title"), text);
    for (const ind of inds) {
      const attrs: Record<string, string> = { measure: MEASURE[ind.measure] };
      if (ind.measure !== "text") attrs.ascending = ind.direction === "decrease" ? "0" : "1";
      const e = r.ele("indicator", attrs);
      narrative(e.ele("title"), ind.text);
      if (ind.baseline)
        e.ele("baseline", {
          year: String(ind.baseline.year),
          "iso-date": `${ind.baseline.year}-01-01`,
          value: String(ind.baseline.value),
        });
      for (const y of years) {
        const target = ind.targets.find((x) => x.year === y);
        const actual = ind.actuals.find((x) => x.year === y);
        if (!target && !actual) continue;
        const p = e.ele("period");
        p.ele("period-start", { "iso-date": `${y}-01-01` });
        p.ele("period-end", { "iso-date": `${y}-12-31` });
        if (target) p.ele("target", { value: String(target.value) });
        if (actual) p.ele("actual", { value: String(actual.value) });
      }
    }
  };
  for (const r of plan.results) {
    result("2", `${r.code} ${r.text}`, indicatorsOf(r.code));
    for (const o of plan.outputs.filter((x) => x.result === r.code))
      result("1", `${o.code} ${o.text}`, indicatorsOf(o.code));
  }
  return { xml: doc.end({ prettyPrint: true }), findings, total };
}
