/**
 * The NAP 1325 plan model: pure data, validated at load with zod.
 *
 * A plan is the strategic framework (pillars, results, outputs, indicators),
 * the operational plan (actions with costed budget lines), and the reference
 * lists (stakeholders, funding sources, regions), plus risks.
 * The plan's own text stays as the source gives it (`name`, `text`...); a
 * French form may stand beside it (`fr`), which a French workbook shows in its
 * place: official names, and for the plan's sentences a working translation
 * unless the plan file gives the official text (see `workingTranslation`).
 */
import { z } from "zod";

export const LANGS = ["en", "fr"] as const;
export type Lang = (typeof LANGS)[number];

export const MEASURES = ["percent", "number", "level", "yesno", "text"] as const;
export type Measure = (typeof MEASURES)[number];

export const DIRECTIONS = ["increase", "decrease", "maintain"] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** How yearly values combine into an end-of-plan value. */
export const AGGREGATIONS = ["sum", "latest", "average", "max"] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

export const INDICATOR_LEVELS = ["objective", "result", "output", "crosscutting"] as const;
export type IndicatorLevel = (typeof INDICATOR_LEVELS)[number];

export const DISAGGREGATIONS = ["sex", "region", "age"] as const;
export type Disaggregation = (typeof DISAGGREGATIONS)[number];

export const FREQUENCIES = ["quarterly", "biannual", "annual", "midterm", "endline"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** The period an indicator value covers within its year: the whole year, a half or a quarter. */
export const PERIODS = ["year", "H1", "H2", "Q1", "Q2", "Q3", "Q4"] as const;
export type Period = (typeof PERIODS)[number];

export const STAKEHOLDER_TYPES = [
  "ministry",
  "state",
  "parliament",
  "civil-society",
  "un",
  "tfp",
  "other",
] as const;
export type StakeholderType = (typeof STAKEHOLDER_TYPES)[number];

export const FUNDING_TYPES = ["national-budget", "mutual-fund", "partner"] as const;
export type FundingType = (typeof FUNDING_TYPES)[number];

export const ACTION_STATUSES = [
  "not-started",
  "in-progress",
  "completed",
  "postponed",
  "cancelled",
] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const BUDGET_STATUSES = ["indicative", "committed"] as const;

/**
 * Where an indicator's SDG or global-1325 mapping comes from: the source
 * gives it, the tool proposed it (not part of the plan until a person
 * confirms it), or a person confirmed it (src/core/reference).
 */
export const MAPPING_STATUSES = ["source", "proposed", "confirmed"] as const;
export type MappingStatus = (typeof MAPPING_STATUSES)[number];
export type BudgetStatus = (typeof BUDGET_STATUSES)[number];

/** Cross-cutting areas of the plan's coordination mechanism. */
export const CROSSCUTTING_AREAS = [
  "coordination",
  "monitoring",
  "civil-society",
  "decentralisation",
  "communication",
  "budget",
] as const;
export type CrosscuttingArea = (typeof CROSSCUTTING_AREAS)[number];

const code = z
  .string()
  .trim()
  .min(1, "a code cannot be empty")
  .max(40)
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
    "a code holds letters, digits, dots, dashes or underscores"
  );
/**
 * Characters an .xlsx (XML 1.0) cannot carry: control characters other than
 * tab, line feed and carriage return, U+FFFE and U+FFFF, and halves of a
 * surrogate pair standing alone. Refused at input, naming the field, never
 * stripped or written into a corrupt workbook.
 */

const NOT_XML = new RegExp(
  "[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]" +
    "|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]"
);
export function notXmlCharacter(s: string): string | undefined {
  const m = NOT_XML.exec(s);
  return m ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}` : undefined;
}
const xmlSafe = (s: z.ZodString) =>
  s.refine((v) => notXmlCharacter(v) === undefined, {
    message:
      "holds a character a workbook cannot carry (a control character, U+FFFE, U+FFFF or half a surrogate pair)",
  });
const text = xmlSafe(z.string().trim().min(1, "text cannot be empty").max(4000));
const optText = xmlSafe(z.string().trim().max(4000)).optional();
const year = z.number().int().min(1990).max(2100);
const num = z.number().finite();

/** French forms beside the source texts: each optional, a blank one is no form. */
const fr = <T extends z.ZodRawShape>(shape: T) => z.object(shape).strict().optional();

/**
 * An indicator's value as typed: a number, or text a measure reads (a yes/no
 * "Oui", a level "Moyen") or holds (a "Text" indicator). Never rewritten:
 * src/core/calc/entries.ts reads it as a number.
 */
const indicatorValue = z.union([num, text]);
export const YearValueSchema = z.object({ year, value: indicatorValue });
export type YearValue = z.infer<typeof YearValueSchema>;

export const PillarSchema = z.object({
  code,
  name: text,
  objective: text,
  fr: fr({ name: optText, objective: optText }),
});
export type Pillar = z.infer<typeof PillarSchema>;

export const ResultSchema = z.object({
  code,
  pillar: code,
  text,
  fr: fr({ text: optText }),
  /** refsheets (issue 14): the logframe's assumptions for this result, as the planner typed them. */
  assumptions: optText,
});
export type Result = z.infer<typeof ResultSchema>;

export const OutputSchema = z.object({
  code,
  /** The code the source printed, where it differs from `code`. */
  codeAsPrinted: code.optional(),
  result: code,
  text,
  fr: fr({ text: optText }),
});
export type Output = z.infer<typeof OutputSchema>;

export const IndicatorSchema = z.object({
  code,
  level: z.enum(INDICATOR_LEVELS),
  /** Pillar code (objective), result code, output code, or cross-cutting area. */
  parent: z.string().trim().min(1),
  text,
  measure: z.enum(MEASURES),
  unit: optText,
  direction: z.enum(DIRECTIONS),
  aggregation: z.enum(AGGREGATIONS),
  disaggregation: z.array(z.enum(DISAGGREGATIONS)).default([]),
  baseline: z.object({ year, value: indicatorValue }).nullable().default(null),
  targets: z.array(YearValueSchema).default([]),
  endTarget: indicatorValue.nullable().default(null),
  actuals: z.array(YearValueSchema).default([]),
  verification: optText,
  frequency: z.enum(FREQUENCIES).default("annual"),
  responsible: code.optional(),
  sdg: z.array(z.string().trim().min(1).max(20)).default([]),
  un1325: z.array(z.string().trim().min(1).max(20)).default([]),
  /** Where the `sdg` and `un1325` mappings come from (none given: proposed). */
  sdgStatus: z.enum(MAPPING_STATUSES).optional(),
  un1325Status: z.enum(MAPPING_STATUSES).optional(),
  /** Where the tool inferred measure/direction/aggregation (and breakdowns) rather than reading them in the source. */
  inferred: z.boolean().default(false),
  comment: optText,
  fr: fr({ text: optText, comment: optText, verification: optText }),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

/**
 * donor (issue 18): the IATI OrganisationType codelist (non-embedded, IATI 2.03:
 * github.com/IATI/IATI-Codelists-NonEmbedded, xml/OrganisationType.xml), every code.
 */
export const IATI_ORG_TYPES = [
  "10",
  "11",
  "15",
  "21",
  "22",
  "23",
  "24",
  "30",
  "40",
  "60",
  "70",
  "71",
  "72",
  "73",
  "80",
  "90",
] as const;
export type IatiOrgType = (typeof IATI_ORG_TYPES)[number];

export const StakeholderSchema = z.object({
  code,
  name: text,
  acronym: z.string().trim().max(40).optional(),
  type: z.enum(STAKEHOLDER_TYPES),
  /** Member of the National Monitoring Committee. */
  committee: z.boolean().default(false),
  focalPoint: optText,
  email: optText,
  /**
   * Its IATI organisation identifier (org-id.guide: a registration agency's
   * prefix, a hyphen, the identifier it issued), as typed: the full check
   * names a malformed one (src/core/validate/rules/orgid.ts).
   */
  iatiRef: optText,
  // donor (issue 18): its IATI organisation type (IATI_ORG_TYPES), blank where not known.
  iatiType: z.enum(IATI_ORG_TYPES).optional(),
  fr: fr({ name: optText, acronym: z.string().trim().max(40).optional() }),
});
export type Stakeholder = z.infer<typeof StakeholderSchema>;

export const FundingSourceSchema = z.object({
  code,
  name: text,
  type: z.enum(FUNDING_TYPES),
  /** The stakeholder that provides it (partners). */
  stakeholder: code.optional(),
  fr: fr({ name: optText }),
});
export type FundingSource = z.infer<typeof FundingSourceSchema>;

export const RegionSchema = z.object({ code, name: text, fr: fr({ name: optText }) });
export type Region = z.infer<typeof RegionSchema>;

export const BudgetLineSchema = z.object({
  year,
  source: code,
  /** Costing: unit cost × quantity × times a year (optional; the amount is what counts). */
  unitCost: num.min(0).nullable().default(null),
  quantity: num.min(0).nullable().default(null),
  times: num.min(0).nullable().default(null),
  amount: num.min(0),
  secured: num.min(0).nullable().default(null),
  // Money disbursed and spent (issue 14 point 4): entered amounts, optional. A negative is
  // kept as typed (a reversal): the full check warns, the execution rate refuses it.
  disbursed: num.nullable().default(null),
  spent: num.nullable().default(null),
  status: z.enum(BUDGET_STATUSES).default("indicative"),
  /** Provenance of an imported line: focal point, file, date. */
  origin: optText,
});
export type BudgetLine = z.infer<typeof BudgetLineSchema>;

export const ActionSchema = z.object({
  code,
  output: code,
  text,
  lead: code,
  partners: z.array(code).default([]),
  regions: z.array(code).default([]),
  years: z.array(year).default([]),
  /**
   * refsheets (issue 14): when the action starts and ends, a year or a year
   * and quarter ("2021-Q3", "T3 2021"), kept as typed: the check reads it
   * (src/core/validate/rules/schedule.ts) and names a cell it cannot read,
   * an end before its start or outside the plan.
   */
  start: optText,
  end: optText,
  /** refsheets: its milestones (text), and the indicators it serves beyond its output's. */
  milestones: optText,
  indicators: z.array(z.string().trim().min(1).max(40)).optional(),
  budget: z.array(BudgetLineSchema).default([]),
  status: z.enum(ACTION_STATUSES).default("not-started"),
  /** Progress in percent, 0 to 100. */
  progress: z.number().min(0).max(100).nullable().default(null),
  /** Provenance of an imported action: focal point, file, date. */
  origin: optText,
  fr: fr({ text: optText }),
});
export type Action = z.infer<typeof ActionSchema>;

export const RiskSchema = z.object({
  code,
  text,
  likelihood: z.enum(["low", "medium", "high"]).optional(),
  impact: z.enum(["low", "medium", "high"]).optional(),
  mitigation: optText,
  owner: code.optional(),
  fr: fr({ text: optText, mitigation: optText }),
});
export type Risk = z.infer<typeof RiskSchema>;

/**
 * One indicator value (tblValues, the long table): an indicator, a year, an
 * optional period within it and breakdown (sex, region...), and a value or a
 * numerator and denominator (a rate), with its comment, evidence and who
 * entered it, and (ptargets) the period and breakdown's target. The indicator code and year are checked, not refused here (the
 * check names the cell of an unknown code or a year outside the plan).
 */
export const IndicatorValueSchema = z.object({
  indicator: z.string().trim().min(1).max(40),
  year: z.number().int(),
  period: z.enum(PERIODS).optional(),
  breakdown: optText,
  value: num.nullable().default(null),
  numerator: num.nullable().default(null),
  denominator: num.nullable().default(null),
  comment: optText,
  evidence: optText,
  enteredBy: optText,
  // ptargets (issue 14 point 1): the period and breakdown's target (tblValues' Target column).
  target: num.nullable().optional(),
});
export type IndicatorValue = z.infer<typeof IndicatorValueSchema>;

/**
 * refsheets (issue 14): an indicator's reference sheet, what the planner
 * writes (the rest is the indicator's own row, shown by formulas). The code
 * is checked, not refused (a sheet whose indicator went is kept and named).
 */
export const IndicatorRefSchema = z.object({
  indicator: z.string().trim().min(1).max(40),
  definition: optText,
  calculation: optText,
  source: optText,
  collection: optText,
});
export type IndicatorRef = z.infer<typeof IndicatorRefSchema>;

/** What consolidation touches: a table, a row key and a column key. */
export const MERGE_TABLES = [
  "actions",
  "budget",
  "indicators",
  "stakeholders",
  "funding",
  "regions",
  // tblValues, merged by row (vmerge, issue 14 point 6).
  "values",
] as const;
export type MergeTable = (typeof MERGE_TABLES)[number];
export const MERGE_OUTCOMES = ["added", "filled", "unchanged", "conflict", "settled"] as const;
export type MergeOutcome = (typeof MERGE_OUTCOMES)[number];
export const DECISIONS = ["pending", "accept", "reject"] as const;
export type Decision = (typeof DECISIONS)[number];

const mergeValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type MergeValue = z.infer<typeof mergeValue>;

/** One value a focal point's workbook brought in, and what became of it. */
export const ImportRecordSchema = z.object({
  importedAt: z.string().trim().min(1),
  file: text,
  focalPoint: code.optional(),
  table: z.enum(MERGE_TABLES),
  key: text,
  column: text,
  value: mergeValue,
  outcome: z.enum(MERGE_OUTCOMES),
});
export type ImportRecord = z.infer<typeof ImportRecordSchema>;

/**
 * A value in dispute: one row per proposed value. The national value stays
 * in place until the TMU accepts a proposal; settling leaves the record.
 */
export const ConflictSchema = z.object({
  id: code,
  table: z.enum(MERGE_TABLES),
  key: text,
  column: text,
  current: mergeValue,
  source: text,
  proposed: mergeValue,
  decision: z.enum(DECISIONS).default("pending"),
  settledBy: optText,
  settledAt: optText,
});
export type Conflict = z.infer<typeof ConflictSchema>;

/** Where a focal point's submission for a year stands with the TMU (a copy not yet submitted is a draft). */
export const SUBMISSION_STATES = ["submitted", "accepted", "returned"] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];
/** Why an entry cell changed (the change log, src/core/tables/changes.ts). */
export const CHANGE_REASONS = [
  "import",
  "settle",
  "roll-forward",
  "upgrade",
  "refresh-kept",
  "edit",
] as const;
export type ChangeReason = (typeof CHANGE_REASONS)[number];

/** One entry cell changed by the add-in, the command line or a planner's edit seen by the pane. */
export const ChangeSchema = z.object({
  at: z.string().trim().min(1),
  who: z.string().default(""),
  table: text,
  key: z.string().default(""),
  column: text,
  before: mergeValue,
  after: mergeValue,
  why: z.enum(CHANGE_REASONS),
});
export type Change = z.infer<typeof ChangeSchema>;

/** A focal point's submission for a reporting year. */
export const SubmissionSchema = z.object({
  focalPoint: code,
  year,
  file: text,
  submittedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}/, "a date as YYYY-MM-DD"),
  deadline: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/, "a date as YYYY-MM-DD")
    .optional(),
  /** The copy's id from its stamp (a re-submission of the same copy replaces the row). */
  copyId: optText,
  state: z.enum(SUBMISSION_STATES).default("submitted"),
  /** The TMU's comment when it returns (or accepts) a submission. */
  comment: optText,
});
export type Submission = z.infer<typeof SubmissionSchema>;

/**
 * A focal point's copy of the national workbook, as the TMU prepared it
 * (tblNapMeta): who it is for, which reporting year, and when it was
 * prepared and submitted. The national workbook has none.
 */
export const CopyStampSchema = z.object({
  copyId: z.string().trim().min(1).max(64),
  focalPoint: code,
  // Regional plans (issue 19.2): whose code the focal point is, a stakeholder's (absent: old copies) or a region's.
  focalPointKind: z.enum(["stakeholder", "region"]).optional(),
  year,
  preparedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/, "a date as YYYY-MM-DD")
    .optional(),
  submittedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/, "a date as YYYY-MM-DD")
    .optional(),
});
export type CopyStamp = z.infer<typeof CopyStampSchema>;

export const LevelScaleSchema = z.array(z.object({ value: z.number().int(), en: text, fr: text }));

export const PlanSchema = z
  .object({
    id: code,
    country: text,
    /** ISO 3166-1 alpha-2. */
    countryCode: z.string().regex(/^[A-Z]{2}$/),
    title: text,
    period: z.object({ start: year, end: year }),
    languages: z.array(z.enum(LANGS)).min(1),
    currency: z.string().regex(/^[A-Z]{3}$/, "an ISO 4217 currency code such as XOF"),
    /** Optional conversion for donors: units of the plan currency per unit of `currency`. */
    exchangeRate: z
      .object({
        currency: z.string().regex(/^[A-Z]{3}$/, "an ISO 4217 currency code such as EUR"),
        rate: z.number().positive(),
        date: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD")
          .optional(),
      })
      .optional(),
    /** The funding source the Partner page shows (its chooser, typed in the workbook). */
    partnerPage: z.string().optional(),
    source: optText,
    fr: fr({ title: optText, country: optText, source: optText }),
    /**
     * Languages in which the plan's sentences (objectives, results, outputs,
     * indicators, actions, risks) are a working translation, not an official
     * text: the workbook says so on the Guide and in the print header of the
     * sheets that show them. A plan file giving the official French text
     * leaves "fr" out.
     */
    workingTranslation: z.array(z.enum(LANGS)).default([]),
    /** True for example data that is not part of the source. */
    example: z.boolean().default(false),
    levelScale: LevelScaleSchema.default([
      { value: 0, en: "None", fr: "Aucun" },
      { value: 1, en: "Low", fr: "Faible" },
      { value: 2, en: "Medium", fr: "Moyen" },
      { value: 3, en: "High", fr: "Élevé" },
    ]),
    pillars: z.array(PillarSchema).min(1),
    results: z.array(ResultSchema).default([]),
    outputs: z.array(OutputSchema).default([]),
    indicators: z.array(IndicatorSchema).default([]),
    stakeholders: z.array(StakeholderSchema).default([]),
    fundingSources: z.array(FundingSourceSchema).default([]),
    regions: z.array(RegionSchema).default([]),
    actions: z.array(ActionSchema).default([]),
    risks: z.array(RiskSchema).default([]),
    /** Indicator values by period and breakdown (tblValues). */
    values: z.array(IndicatorValueSchema).default([]),
    /** refsheets: the indicators' reference sheets (tblIndicatorRefs). */
    indicatorRefs: z.array(IndicatorRefSchema).optional(),
    imports: z.array(ImportRecordSchema).default([]),
    conflicts: z.array(ConflictSchema).default([]),
    submissions: z.array(SubmissionSchema).default([]),
    /** Present in a focal point's copy only (see CopyStampSchema). */
    stamp: CopyStampSchema.optional(),
    changes: z.array(ChangeSchema).default([]),
  })
  .superRefine((plan, ctx) => {
    if (plan.period.end < plan.period.start) {
      ctx.addIssue({
        code: "custom",
        path: ["period"],
        message: "the period ends before it starts",
      });
    }
    // Each reference must point to something that exists. Duplicate codes
    // are allowed here (the source prints some) and reported by validation.
    const has = (list: { code: string }[]) => new Set(list.map((x) => x.code));
    const pillars = has(plan.pillars);
    const results = has(plan.results);
    const outputs = has(plan.outputs);
    const stakeholders = has(plan.stakeholders);
    const sources = has(plan.fundingSources);
    const regions = has(plan.regions);
    const missing = (path: (string | number)[], what: string, value: string) =>
      ctx.addIssue({ code: "custom", path, message: `unknown ${what} "${value}"` });
    plan.results.forEach((r, i) => {
      if (!pillars.has(r.pillar)) missing(["results", i, "pillar"], "pillar", r.pillar);
    });
    plan.outputs.forEach((o, i) => {
      if (!results.has(o.result)) missing(["outputs", i, "result"], "result", o.result);
    });
    plan.indicators.forEach((ind, i) => {
      const ok =
        (ind.level === "objective" && pillars.has(ind.parent)) ||
        (ind.level === "result" && results.has(ind.parent)) ||
        (ind.level === "output" && outputs.has(ind.parent)) ||
        (ind.level === "crosscutting" &&
          (CROSSCUTTING_AREAS as readonly string[]).includes(ind.parent));
      if (!ok) missing(["indicators", i, "parent"], `${ind.level} parent`, ind.parent);
      if (ind.responsible && !stakeholders.has(ind.responsible)) {
        missing(["indicators", i, "responsible"], "stakeholder", ind.responsible);
      }
    });
    plan.fundingSources.forEach((f, i) => {
      if (f.stakeholder && !stakeholders.has(f.stakeholder)) {
        missing(["fundingSources", i, "stakeholder"], "stakeholder", f.stakeholder);
      }
    });
    plan.actions.forEach((a, i) => {
      if (!outputs.has(a.output)) missing(["actions", i, "output"], "output", a.output);
      if (!stakeholders.has(a.lead)) missing(["actions", i, "lead"], "stakeholder", a.lead);
      a.partners.forEach((p, j) => {
        if (!stakeholders.has(p)) missing(["actions", i, "partners", j], "stakeholder", p);
      });
      a.regions.forEach((r, j) => {
        if (!regions.has(r)) missing(["actions", i, "regions", j], "region", r);
      });
      a.budget.forEach((b, j) => {
        if (!sources.has(b.source))
          missing(["actions", i, "budget", j, "source"], "funding source", b.source);
      });
    });
  });

export type Plan = z.infer<typeof PlanSchema>;
/** What a plan file may leave out (defaults are filled in by `parsePlan`). */
export type PlanInput = z.input<typeof PlanSchema>;

export class PlanError extends Error {
  constructor(
    message: string,
    readonly issues: { path: string; message: string }[] = []
  ) {
    super(message);
    this.name = "PlanError";
  }
}

/** Validate and complete a plan; throws a PlanError naming the first problem. */
export function parsePlan(input: unknown): Plan {
  const parsed = PlanSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({
    path: i.path.map(String).join(".") || "(plan)",
    message: i.message,
  }));
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
  throw new PlanError(`invalid plan at ${first.path}: ${first.message}${more}`, issues);
}

/** The plan's years, in order. */
export function planYears(plan: Pick<Plan, "period">): number[] {
  const years: number[] = [];
  for (let y = plan.period.start; y <= plan.period.end; y++) years.push(y);
  return years;
}

/** Which pillar each result, output and indicator falls under (a cross-cutting indicator: none). */
export function pillarIndex(plan: Pick<Plan, "results" | "outputs" | "indicators">) {
  const ofResult = new Map(plan.results.map((r) => [r.code, r.pillar]));
  const ofOutput = new Map(plan.outputs.map((o) => [o.code, ofResult.get(o.result) ?? null]));
  const ofIndicator = new Map(
    plan.indicators.map((i) => [
      i.code,
      i.level === "objective"
        ? i.parent
        : i.level === "result"
          ? (ofResult.get(i.parent) ?? null)
          : i.level === "output"
            ? (ofOutput.get(i.parent) ?? null)
            : null,
    ])
  );
  return { ofResult, ofOutput, ofIndicator };
}

/**
 * The plan as a workbook in `lang` shows it: each text replaced by its French
 * form where `lang` is French and the plan gives one (else the source text
 * stays), the French forms themselves left out. English shows the source.
 */
export function planIn(plan: Plan, lang: Lang): Plan {
  if (lang !== "fr") return plan;
  const pick = (source: string, form: string | undefined) => (form?.trim() ? form : source);
  const pickOpt = (source: string | undefined, form: string | undefined) =>
    form?.trim() ? form : source;
  return {
    ...plan,
    title: pick(plan.title, plan.fr?.title),
    country: pick(plan.country, plan.fr?.country),
    source: pickOpt(plan.source, plan.fr?.source),
    fr: undefined,
    pillars: plan.pillars.map(({ fr, ...p }) => ({
      ...p,
      name: pick(p.name, fr?.name),
      objective: pick(p.objective, fr?.objective),
    })),
    results: plan.results.map(({ fr, ...r }) => ({ ...r, text: pick(r.text, fr?.text) })),
    outputs: plan.outputs.map(({ fr, ...o }) => ({ ...o, text: pick(o.text, fr?.text) })),
    indicators: plan.indicators.map(({ fr, ...i }) => ({
      ...i,
      text: pick(i.text, fr?.text),
      comment: pickOpt(i.comment, fr?.comment),
      verification: pickOpt(i.verification, fr?.verification),
    })),
    stakeholders: plan.stakeholders.map(({ fr, ...s }) => ({
      ...s,
      name: pick(s.name, fr?.name),
      acronym: pickOpt(s.acronym, fr?.acronym),
    })),
    fundingSources: plan.fundingSources.map(({ fr, ...f }) => ({
      ...f,
      name: pick(f.name, fr?.name),
    })),
    regions: plan.regions.map(({ fr, ...r }) => ({ ...r, name: pick(r.name, fr?.name) })),
    actions: plan.actions.map(({ fr, ...a }) => ({ ...a, text: pick(a.text, fr?.text) })),
    risks: plan.risks.map(({ fr, ...r }) => ({
      ...r,
      text: pick(r.text, fr?.text),
      mitigation: pickOpt(r.mitigation, fr?.mitigation),
    })),
  };
}
