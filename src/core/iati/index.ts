/**
 * The plan as IATI 2.03 activity XML, the form donors read aid activities,
 * budgets and results in. Pure: a plan in, an XML string out. Built with
 * xmlbuilder2, which escapes every text and attribute.
 *
 * Structure: the NAP is a parent activity (hierarchy 1) and each pillar a
 * child activity (hierarchy 2), linked both ways by related-activity (1
 * parent, 2 child).
 * - Why not one activity: an IATI budget has no sector or component, so a
 *   single activity can only say how the NAP's budget splits across pillars
 *   through sector percentages fixed for the whole period; donors reviewing
 *   a costed NAP ask "how much for protection in 2021, and how much of it is
 *   committed?". A child per pillar answers that exactly, with one DAC
 *   sector at 100 %, its own implementing organisations and its own results.
 * - Why not one activity per action: the plan's actions are the
 *   government's operational detail (and change yearly); donors fund and
 *   follow pillars, and dozens of activities would bury them.
 * - Budgets sit on the children only, so nothing is counted twice: the sum
 *   of the budgets as they stand (each pillar-year's revised budget where
 *   it has one, else its original) is the plan's total. One original budget
 *   per pillar and year, and a revised one beside it where the workbook's
 *   change log shows the year's lines changed (./budgets.ts; see
 *   `budgetStatus` for their status); the money secured is
 *   reported as incoming commitments (see `commitmentDate`), the money
 *   disbursed and spent as disbursements and expenditure (see
 *   `executionDate`), each per funding source and year with the funder as
 *   provider. The parent carries what
 *   is the NAP's as a whole: every funding source, sectors weighted by each
 *   pillar's budget, and the cross-cutting indicators (coordination,
 *   monitoring...) as results of type 9 (other).
 */
import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import { t, type MessageKey } from "../i18n";
import {
  CROSSCUTTING_AREAS,
  pillarIndex,
  planYears,
  type Action,
  type Indicator,
  type Lang,
  type Pillar,
  type Plan,
  type Stakeholder,
} from "../model";
import type { ReadProblem } from "../template/read";
import { indicatorNumber, valueLabels, type LevelScale } from "../calc/entries";
import {
  activityStatus,
  BUDGET_STATUS,
  BUDGET_TYPE,
  TRANSACTION_TYPE,
  DEFAULT_SECTOR,
  FUNDING_ORG_TYPE,
  GENDER_MARKER,
  MEASURE,
  orgType,
  orgRef,
  pillarSector,
  RESULT_TYPE,
  ROLE,
  TEXT_LANG,
} from "./codes";
import { checkIatiReady, reporter, type IatiFinding } from "./ready";
import {
  budgetHistory,
  revisedValueDate,
  total as linesTotal,
  type BudgetLineState,
} from "./budgets";
import {
  EVIDENCE_CATEGORY,
  indicatorPeriods,
  valueRowsIndex,
  type IndicatorValue,
} from "./results";

export { checkIatiReady, type IatiFinding, type IatiRule } from "./ready";

export interface IatiOptions {
  /** ISO datetime of the export (passed in, so the same plan gives the same file). */
  generatedAt: string;
  /** Language of the findings and of the labels the tool adds. */
  lang?: Lang;
  /**
   * The language of the plan's own texts (title, names, objectives,
   * indicators): each activity's default language (`xml:lang`). The
   * workbook's language when the plan was read from one (a French workbook
   * gives French texts); English, the embedded plans' language, when not
   * given. The labels the tool adds are tagged with `lang` where it differs.
   */
  textLang?: Lang;
  /** Cells the workbook reader could not take: each is an error finding. */
  readProblems?: readonly ReadProblem[];
}

export interface IatiExport {
  /** Empty when a finding is an error. */
  xml: string;
  findings: IatiFinding[];
  /** Number of iati-activity elements. */
  activities: number;
  /** Number of budget elements. */
  budgets: number;
  /**
   * Total of the budgets as they stand, in the plan's currency: each
   * pillar-year's revised budget where it has one, else its original (the
   * plan's total now; a revised year's original is not added to it).
   */
  total: number;
  /** Number of revised budgets (type 2) among `budgets`: pillar-years the change log shows changed. */
  revised: number;
  /** Number of transaction elements (incoming commitments, disbursements, expenditure). */
  transactions: number;
  /** Total of the incoming commitments written (the amounts secured), in the plan's currency. */
  committed: number;
  /** Totals of the disbursements (type 3) and expenditure (type 4) written, in the plan's currency. */
  disbursed: number;
  spent: number;
  /** Organisations named in the file without an identifier (@ref left out, the name kept). */
  withoutRef: number;
}

/** An organisation taking part, with the attributes IATI gives it. */
interface Org {
  key: string;
  name: string;
  /** Its IATI organisation type, when known (donor, issue 18): none is never made up. */
  type?: string;
  ref?: string;
}

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Amounts to the cent, written as plain decimals (never exponents, which xsd:decimal refuses). */
const cents = (n: number) => Math.round(n * 100) / 100;
const decimal = (n: number) =>
  cents(n).toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 2 });

/**
 * The IATI XML of a plan; no XML when the readiness check finds an error.
 * `opts` may also be the export datetime alone, with the language third
 * (the form the task pane calls).
 */
export function planToIati(plan: Plan, opts: IatiOptions | string, lang?: Lang): IatiExport {
  if (typeof opts === "string") return planToIati(plan, { generatedAt: opts, lang });
  if (!ISO_DATETIME.test(opts.generatedAt))
    throw new Error(`generatedAt must be an ISO datetime, not "${opts.generatedAt}"`);
  const findings = checkIatiReady(plan, opts.lang, opts.readProblems);
  if (findings.some((f) => f.severity === "error"))
    return {
      xml: "",
      findings,
      activities: 0,
      budgets: 0,
      total: 0,
      revised: 0,
      transactions: 0,
      committed: 0,
      disbursed: 0,
      spent: 0,
      withoutRef: 0,
    };
  return {
    ...write(plan, opts.generatedAt, opts.lang ?? "en", opts.textLang ?? TEXT_LANG),
    findings,
  };
}

function write(plan: Plan, generatedAt: string, lang: Lang, textLang: Lang) {
  /** A narrative of the plan's text, or of `of` language (tagged when it is not the plan's). */
  const narrative = (parent: XMLBuilder, text: string, of: Lang = textLang) =>
    parent.ele("narrative", of !== textLang ? { "xml:lang": of } : {}).txt(text);
  const lead = reporter(plan)!;
  const years = planYears(plan);
  const stakeholders = new Map(plan.stakeholders.map((s) => [s.code, s]));
  const sources = new Map(plan.fundingSources.map((f) => [f.code, f]));
  const { ofOutput } = pillarIndex(plan);
  const valueRows = valueRowsIndex(plan);
  const regionCodes = plan.regions.map((r) => r.code);
  const actionsOf = (p: Pillar) => plan.actions.filter((a) => ofOutput.get(a.output) === p.code);
  const amount = (actions: Action[]) =>
    actions.reduce((s, a) => s + a.budget.reduce((t, b) => t + b.amount, 0), 0);

  const stakeholderOrg = (s: Stakeholder): Org => ({
    key: s.code,
    name: s.name,
    type: orgType(s),
    ref: orgRef(s),
  });
  /** Every organisation named, by key: those without a reference are counted. */
  const named = new Map<string, Org>();
  const name = (org: Org) => (named.set(org.key, org), org);
  const funder = (code: string): Org => {
    const f = sources.get(code)!;
    const s = f.stakeholder ? stakeholders.get(f.stakeholder) : undefined;
    return s
      ? stakeholderOrg(s)
      : { key: `source:${f.code}`, name: f.name, type: FUNDING_ORG_TYPE[f.type] };
  };

  const doc = create({ version: "1.0", encoding: "UTF-8" }).ele("iati-activities", {
    version: "2.03",
    "generated-datetime": generatedAt,
  });
  // The readiness check refuses a reporter without a well-formed identifier (@ref is required).
  const leadRef = orgRef(lead)!;
  const parentId = `${leadRef}-${plan.id}`;
  const childId = (p: Pillar) => `${parentId}-${p.code}`;
  let budgets = 0;
  let total = 0;
  let revised = 0;
  const history = budgetHistory(plan);
  let transactions = 0;
  let committed = 0;
  const executed = { disbursed: 0, spent: 0 };

  /** The elements every activity opens with, in the schema's order, up to the sectors. */
  const open = (o: {
    id: string;
    hierarchy: "1" | "2";
    title: string;
    description: { type: "1" | "2"; text: string };
    funders: Org[];
    implementers: Org[];
    /** The actions it covers: the first one under way dates its actual start. */
    actions: Action[];
  }) => {
    const act = doc.ele("iati-activity", {
      "last-updated-datetime": generatedAt,
      "xml:lang": textLang,
      "default-currency": plan.currency,
      hierarchy: o.hierarchy,
    });
    act.ele("iati-identifier").txt(o.id);
    // The reporter is a ministry (reporter()): its type is always known (@type is required).
    narrative(act.ele("reporting-org", { ref: leadRef, type: orgType(lead) ?? "10" }), lead.name);
    narrative(act.ele("title"), o.title);
    narrative(act.ele("description", { type: o.description.type }), o.description.text);
    const roles: [string, Org[]][] = [
      [ROLE.funding, o.funders],
      [ROLE.accountable, [stakeholderOrg(lead)]],
      [ROLE.implementing, o.implementers],
    ];
    for (const [role, orgs] of roles)
      for (const org of unique(orgs).map(name))
        narrative(
          act.ele("participating-org", {
            ...(org.ref ? { ref: org.ref } : {}),
            role,
            ...(org.type ? { type: org.type } : {}),
          }),
          org.name
        );
    act.ele("activity-status", { code: activityStatus(plan.period, generatedAt) });
    act.ele("activity-date", { "iso-date": `${plan.period.start}-01-01`, type: "1" });
    const started = actualStart(o.actions, generatedAt);
    if (started) act.ele("activity-date", { "iso-date": started, type: "2" });
    act.ele("activity-date", { "iso-date": `${plan.period.end}-12-31`, type: "3" });
    act.ele("recipient-country", { code: plan.countryCode, percentage: "100" });
    return act;
  };
  const marker = (act: XMLBuilder) => act.ele("policy-marker", GENDER_MARKER);
  const related = (act: XMLBuilder, ref: string, type: "1" | "2") =>
    act.ele("related-activity", { ref, type });

  // The parent: the NAP as a whole.
  const parent = open({
    id: parentId,
    hierarchy: "1",
    title: plan.title,
    description: {
      type: "1",
      text: plan.pillars.map((p) => `${p.code}. ${p.name}: ${p.objective}`).join(" "),
    },
    funders: plan.fundingSources.map((f) => funder(f.code)),
    implementers: plan.actions.map((a) => stakeholderOrg(stakeholders.get(a.lead)!)),
    actions: plan.actions,
  });
  for (const [code, pct] of sectorShares(plan, (p) => amount(actionsOf(p))))
    parent.ele("sector", { code, vocabulary: "1", percentage: String(pct) });
  marker(parent);
  for (const p of plan.pillars) related(parent, childId(p), "2");
  for (const area of CROSSCUTTING_AREAS)
    result(
      parent,
      RESULT_TYPE.other,
      [t(lang, `crosscutting.${area}` as MessageKey), lang],
      "crosscutting",
      area
    );

  // A child per pillar, carrying its actions' budgets.
  for (const p of plan.pillars) {
    const actions = actionsOf(p);
    const lines = actions.flatMap((a) => a.budget);
    const child = open({
      id: childId(p),
      hierarchy: "2",
      title: `${plan.title}: ${p.code}. ${p.name}`,
      description: { type: "2", text: p.objective },
      funders: lines.map((b) => funder(b.source)),
      implementers: actions.map((a) => stakeholderOrg(stakeholders.get(a.lead)!)),
      actions,
    });
    child.ele("sector", {
      code: pillarSector(p) ?? DEFAULT_SECTOR,
      vocabulary: "1",
      percentage: "100",
    });
    marker(child);
    // Per year: the original budget, and the revised one where the change log shows the
    // year's lines changed since (./budgets.ts); each with its status by budgetStatus.
    for (const y of years) {
      const h = history.get(`${p.code}|${y}`);
      if (!h) continue;
      const budget = (type: string, of: BudgetLineState[], valueDate: string) => {
        const value = linesTotal(of);
        const b = child.ele("budget", { type, status: budgetStatus(of) });
        b.ele("period-start", { "iso-date": `${y}-01-01` });
        b.ele("period-end", { "iso-date": `${y}-12-31` });
        b.ele("value", { currency: plan.currency, "value-date": valueDate }).txt(decimal(value));
        budgets++;
        return value;
      };
      if (!h.revised) {
        if (linesTotal(h.current) !== 0)
          total += budget(BUDGET_TYPE.original, h.current, `${y}-01-01`);
        continue;
      }
      budget(BUDGET_TYPE.original, h.original, `${y}-01-01`);
      // Written even at 0: a year whose lines were all cut is revised to nothing.
      total += budget(BUDGET_TYPE.revised, h.current, revisedValueDate(y, h.revisedOn));
      revised++;
    }
    // The money secured, per funding source and year: an incoming commitment from the funder.
    for (const f of plan.fundingSources)
      for (const y of years) {
        const value = cents(
          lines
            .filter((b) => b.source === f.code && b.year === y)
            .reduce((s, b) => s + (b.secured ?? 0), 0)
        );
        if (value === 0) continue;
        const date = commitmentDate(y, generatedAt);
        const tx = child.ele("transaction");
        tx.ele("transaction-type", { code: TRANSACTION_TYPE.incomingCommitment });
        tx.ele("transaction-date", { "iso-date": date });
        tx.ele("value", { currency: plan.currency, "value-date": date }).txt(decimal(value));
        narrative(tx.ele("description"), t(lang, "iati.txSecured", { year: y }), lang);
        const org = name(funder(f.code));
        narrative(
          tx.ele("provider-org", {
            ...(org.ref ? { ref: org.ref } : {}),
            ...(org.type ? { type: org.type } : {}),
          }),
          org.name
        );
        transactions++;
        committed += value;
      }
    // Money disbursed and spent (money, issue 14 point 4), per funding source and year: a
    // disbursement (3) and an expenditure (4), the funder as provider as for the commitments.
    const kinds = [
      ["disbursed", TRANSACTION_TYPE.disbursement, "iati.txDisbursed"],
      ["spent", TRANSACTION_TYPE.expenditure, "iati.txSpent"],
    ] as const;
    for (const [field, type, text] of kinds)
      for (const f of plan.fundingSources)
        for (const y of years) {
          const value = cents(
            lines
              .filter((b) => b.source === f.code && b.year === y)
              .reduce((s, b) => s + (b[field] ?? 0), 0)
          );
          if (value === 0) continue;
          const date = executionDate(y, generatedAt);
          const tx = child.ele("transaction");
          tx.ele("transaction-type", { code: type });
          tx.ele("transaction-date", { "iso-date": date });
          tx.ele("value", { currency: plan.currency, "value-date": date }).txt(decimal(value));
          narrative(tx.ele("description"), t(lang, text, { year: y }), lang);
          const org = name(funder(f.code));
          narrative(
            tx.ele("provider-org", {
              ...(org.ref ? { ref: org.ref } : {}),
              ...(org.type ? { type: org.type } : {}),
            }),
            org.name
          );
          transactions++;
          executed[field] += value;
        }
    related(child, parentId, "1");
    result(child, RESULT_TYPE.impact, [p.objective], "objective", p.code);
    for (const r of plan.results.filter((x) => x.pillar === p.code)) {
      result(child, RESULT_TYPE.outcome, [`${r.code} ${r.text}`], "result", r.code);
      for (const o of plan.outputs.filter((x) => x.result === r.code))
        result(child, RESULT_TYPE.output, [`${o.code} ${o.text}`], "output", o.code);
    }
  }

  /** A result with the indicators measuring a framework entry (none: no result, IATI needs one). */
  function result(
    act: XMLBuilder,
    type: string,
    [title, titleLang]: [string, Lang?],
    level: Indicator["level"],
    of: string
  ) {
    const inds = plan.indicators.filter((i) => i.level === level && i.parent === of);
    if (inds.length === 0) return;
    const r = act.ele("result", { type, "aggregation-status": "0" });
    narrative(r.ele("title"), title, titleLang);
    for (const ind of inds) indicator(r, ind);
  }

  function indicator(r: XMLBuilder, ind: Indicator) {
    const e = r.ele("indicator", {
      measure: MEASURE[ind.measure],
      // Higher is better unless the plan aims at a decrease; meaningless for qualitative ones.
      ...(ind.measure === "text" ? {} : { ascending: ind.direction === "decrease" ? "0" : "1" }),
    });
    narrative(e.ele("title"), `${ind.code} ${ind.text}`);
    const value = indicatorValue(ind, plan.levelScale);
    const baseline = ind.baseline && value(ind.baseline.value);
    if (ind.baseline && baseline)
      comment(
        e.ele("baseline", {
          year: String(ind.baseline.year),
          "iso-date": `${ind.baseline.year}-01-01`,
          ...baseline.attrs,
        }),
        baseline
      );
    // One period per year, half-year and quarter the workbook holds (./results.ts).
    for (const period of indicatorPeriods(ind, years, valueRows, value, regionCodes)) {
      const p = e.ele("period");
      p.ele("period-start", { "iso-date": period.start });
      p.ele("period-end", { "iso-date": period.end });
      // ptargets: the period's target, and a target per breakdown where the rows carry them.
      for (const tg of period.targets) {
        const x = p.ele("target", tg.attrs);
        if (tg.dimension) x.ele("dimension", tg.dimension);
        comment(x, tg);
      }
      for (const a of period.actuals) {
        const x = p.ele("actual", a.attrs);
        if (a.dimension) x.ele("dimension", a.dimension);
        comment(x, a);
        for (const link of a.links) {
          const d = x.ele("document-link", { url: link.url, format: link.format });
          const when =
            period.period === "year" ? `${period.year}` : `${period.year} ${period.period}`;
          narrative(
            d.ele("title"),
            t(lang, "iati.evidenceTitle", { code: ind.code, period: when }),
            lang
          );
          d.ele("category", { code: EVIDENCE_CATEGORY });
        }
      }
    }
  }

  /** A baseline, target or actual's comment: a qualitative value, or a value row's comment. */
  function comment(e: XMLBuilder, v: IndicatorValue) {
    if (v.comment !== undefined) narrative(e.ele("comment"), v.comment);
  }

  return {
    xml: doc.end({ prettyPrint: true }),
    activities: 1 + plan.pillars.length,
    budgets,
    total: cents(total),
    revised,
    transactions,
    committed: cents(committed),
    disbursed: cents(executed.disbursed),
    spent: cents(executed.spent),
    withoutRef: [...named.values()].filter((o) => !o.ref).length,
  };
}

/**
 * A pillar's budget status for a year, from its budget lines: committed (2)
 * when every line is committed, else indicative (1).
 *
 * One budget per period, not one per status: IATI asks that the budgets of a
 * type each cover their own period, so that a user can add them up ("a data
 * user should be able to add up all the revised budget values which each
 * cover different time periods", https://iatistandard.org/en/guidance/standard-guidance/activity-budgets/;
 * "the periods of multiple budgets with the same @type should not be the
 * same or overlap", IATI Publisher's budget rules, IATI/iatipublisher#1010).
 * An indicative and a committed budget over the same year broke that.
 * Status 2 means "a binding agreement for the described budget"
 * (BudgetStatus codelist): a year only partly committed is not one, so it
 * stays indicative. What is committed is not lost: the money secured is
 * reported as incoming commitments (transaction type 11), which the Standard
 * uses for "the total committed budget" ("the sum of budgets may or may not
 * match the sum of commitments", activity-standard overview: budgets). The
 * indicative remainder is not a planned disbursement: that element is "only
 * used to report specific planned cash transfers" (2.03 schema), which the
 * budget lines are not.
 */
export function budgetStatus(lines: readonly { status: Action["budget"][number]["status"] }[]) {
  return lines.length > 0 && lines.every((b) => b.status === "committed")
    ? BUDGET_STATUS.committed
    : BUDGET_STATUS.indicative;
}

/**
 * The date of an incoming commitment of money secured for `year`. Budget
 * lines carry a year, not the date the money was secured, so: the 1 January
 * of the year, the first day the line speaks for; for a year after the
 * export, the export's day, the day the workbook shows the money secured (a
 * transaction must not be dated in the future, Validator rule 11.2.1). The
 * value date is the same day.
 */
export function commitmentDate(year: number, generatedAt: string): string {
  const first = `${year}-01-01`;
  const today = generatedAt.slice(0, 10);
  return first <= today ? first : today;
}

/**
 * The date of a disbursement or expenditure of `year` (money, issue 14
 * point 4). A budget line's amounts disbursed and spent are what the year
 * has seen so far, so: the 31 December of the year, the day its amounts are
 * complete; for a year not over at the export, the export's day, the day
 * the workbook shows them (never a date in the future, Validator rule
 * 11.2.1). The value date is the same day.
 */
export function executionDate(year: number, generatedAt: string): string {
  const last = `${year}-12-31`;
  const today = generatedAt.slice(0, 10);
  return last <= today ? last : today;
}

/**
 * The actual start date of the activities covering `actions`: the start
 * (its year's or quarter's first day, else its first year's) of the
 * earliest action under way or completed, when that is not after the
 * export (Validator rule 11.1.4). None when no action has started: the plan
 * records no start of its own.
 */
export function actualStart(actions: readonly Action[], generatedAt: string): string | null {
  const QUARTER_MONTH = { "1": "01", "2": "04", "3": "07", "4": "10" } as const;
  const dates = actions
    .filter((a) => a.status === "in-progress" || a.status === "completed")
    .map((a) => {
      const m = /^(\d{4})(?:-Q([1-4]))?$/.exec(a.start ?? "");
      if (m) return `${m[1]}-${m[2] ? QUARTER_MONTH[m[2] as "1"] : "01"}-01`;
      const first = Math.min(...a.years);
      return Number.isFinite(first) ? `${first}-01-01` : null;
    })
    .filter((d): d is string => d !== null && d <= generatedAt.slice(0, 10))
    .sort();
  return dates[0] ?? null;
}

/**
 * An indicator's value as IATI takes it (Validator rules 8.8-8.10): a number
 * for the measures 1-4, a yes/no or level label read as its number (Yes 1,
 * No 0, a level its scale value); no @value but a comment for a qualitative
 * indicator (measure 5). Null when a non-qualitative value is text no label
 * reads: the value is left out (the workbook check, nap1325 validate, flags
 * that cell).
 */
export function indicatorValue(
  ind: Pick<Indicator, "measure">,
  scale: LevelScale
): (v: Indicator["targets"][number]["value"]) => IndicatorValue | null {
  if (ind.measure === "text") return (v) => ({ attrs: {}, comment: String(v) });
  const labels = valueLabels(ind.measure, scale);
  return (v) => {
    const n = indicatorNumber(v, labels);
    return n === null ? null : { attrs: { value: String(n) } };
  };
}

/** Each organisation once, in order of first appearance. */
function unique(orgs: Org[]): Org[] {
  return [...new Map(orgs.map((o) => [o.key, o])).values()];
}

/**
 * The parent's sectors: each pillar's sector weighted by the pillar's budget
 * (equal weights when nothing is costed), percentages to two decimals that
 * sum to exactly 100.
 */
function sectorShares(plan: Plan, budgetOf: (p: Pillar) => number): [string, number][] {
  const weights = plan.pillars.map(budgetOf);
  const sum = weights.reduce((a, b) => a + b, 0);
  const bySector = new Map<string, number>();
  plan.pillars.forEach((p, i) => {
    const code = pillarSector(p) ?? DEFAULT_SECTOR;
    const share = sum > 0 ? (100 * weights[i]) / sum : 100 / plan.pillars.length;
    bySector.set(code, (bySector.get(code) ?? 0) + share);
  });
  const rounded = [...bySector]
    .map(([code, pct]) => [code, cents(pct)] as [string, number])
    .filter(([, pct]) => pct > 0);
  const drift = cents(100 - rounded.reduce((a, [, p]) => a + p, 0));
  rounded[rounded.length - 1][1] = cents(rounded[rounded.length - 1][1] + drift);
  return rounded;
}
