/**
 * The rules of the IATI Standard 2.03 that its XSD cannot express, as the
 * IATI Validator applies them, checked on an activity file. Each rule names
 * its reference:
 * - a number (`11.1.2`) is the rule id of the Standard Ruleset and the IATI
 *   Validator (IATI/IATI-Rulesets, branch version-2.03, rulesets/standard.json;
 *   the Validator's list, IATI/js-validator-api docs/data-quality-rules.csv),
 *   with its severity there;
 * - a name (`budget-overlap`) is a rule the Standard states in its guidance
 *   or element definitions without a Validator id; its reference says where.
 *
 * Read from the rules' published text, not from any implementation. A few
 * Validator rules need data this checker does not have (the registry of
 * organisation identifier prefixes: 1.x.8) and are left out.
 */
import { create } from "xmlbuilder2";

export interface RuleFinding {
  rule: string;
  severity: "error" | "warning";
  /** The activity's identifier ("" for the file), and what is wrong. */
  activity: string;
  message: string;
}

export interface Rule {
  id: string;
  severity: "error" | "warning";
  /** What the rule says, as the reference states it. */
  text: string;
  reference: string;
}

const VALIDATOR = "IATI Validator / Standard Ruleset 2.03";
const GUIDE = "https://iatistandard.org/en/guidance/standard-guidance/";
const REF =
  "https://iatistandard.org/en/iati-standard/203/activity-standard/iati-activities/iati-activity/";

/** Every rule applied, by id. */
export const RULES: Record<string, Rule> = Object.fromEntries(
  (
    [
      ["1.1.2", "error", "The activity identifier must be unique for each activity.", VALIDATOR],
      [
        "1.1.3",
        "error",
        "The activity identifier must differ from the reporting organisation's identifier.",
        VALIDATOR,
      ],
      [
        "1.1.21",
        "warning",
        "The activity identifier should be the reporting organisation's identifier, a hyphen and a unique string.",
        VALIDATOR,
      ],
      [
        "1.3.1",
        "warning",
        "The iati-identifier should not start or end with spaces or newlines.",
        VALIDATOR,
      ],
      ["1.3.13", "warning", "The iati-identifier must not contain /, &, | or ?.", VALIDATOR],
      [
        "1.7.13",
        "warning",
        "A related activity identifier must not contain /, &, | or ?.",
        VALIDATOR,
      ],
      [
        "4.1.1",
        "error",
        "The activity should specify a default language or each narrative its language.",
        VALIDATOR,
      ],
      ["4.3.1", "error", "The title must contain narrative content.", VALIDATOR],
      ["4.4.1", "error", "The description must contain narrative content.", VALIDATOR],
      [
        "narrative-empty",
        "error",
        "No narrative is empty (a narrative is human-readable text; an empty one is text missing).",
        `${REF}title/narrative/ and rules 4.3.1, 4.4.1`,
      ],
      [
        "narrative-lang",
        "error",
        "A narrative whose language differs from the activity's default declares it in @xml:lang.",
        `${REF}title/narrative/ (@xml:lang: the language of the text; when omitted, the activity's default is assumed)`,
      ],
      ["6.2.1", "error", "The activity status code must be present.", VALIDATOR],
      ["6.3.1", "error", "The reporting organisation's type must be present.", VALIDATOR],
      [
        "6.10.1",
        "error",
        "A participating organisation must have an identifier or a narrative.",
        VALIDATOR,
      ],
      [
        "6.9.1",
        "error",
        "A provider or receiver organisation must have an identifier or a narrative.",
        VALIDATOR,
      ],
      ["6.11.1", "error", "The activity must have a planned or an actual start date.", VALIDATOR],
      [
        "end-date",
        "error",
        "The activity must have a planned or an actual end date.",
        `${GUIDE}activity-dates-status/ (Standard Ruleset 1.0x: at least one of end-planned, end-actual)`,
      ],
      [
        "status-start",
        "warning",
        "An activity in implementation or later (status 2 to 4) has an actual start date.",
        `${GUIDE}activity-dates-status/ (the actual start date is given once the activity has started; status follows the dates)`,
      ],
      [
        "11.1.1",
        "error",
        "The last updated datetime of the activity must not be in the future.",
        VALIDATOR,
      ],
      ["11.1.2", "error", "The planned start date must be before the planned end date.", VALIDATOR],
      ["11.1.3", "error", "The actual start date must be before the actual end date.", VALIDATOR],
      ["11.1.4", "error", "The actual start date must not be in the future.", VALIDATOR],
      ["11.1.5", "error", "The actual end date must not be in the future.", VALIDATOR],
      [
        "6.2.2",
        "error",
        "The activity must have a sector, at activity level or for all transactions.",
        VALIDATOR,
      ],
      [
        "6.6.2",
        "error",
        "Sectors must be declared at activity level or for all transactions, not both.",
        VALIDATOR,
      ],
      [
        "2.1.1",
        "error",
        "When multiple sectors of a vocabulary are declared, each must have a percentage.",
        VALIDATOR,
      ],
      ["2.1.2", "error", "Sector percentages within a vocabulary must add up to 100.", VALIDATOR],
      ["2.1.4", "error", "A single sector of a vocabulary has no percentage or 100.", VALIDATOR],
      ["12.3.1", "error", "A sector percentage is between 0 and 100.", VALIDATOR],
      [
        "3.1.1",
        "error",
        "When multiple recipient countries are declared, each must have a percentage.",
        VALIDATOR,
      ],
      ["3.1.2", "error", "Recipient country percentages must add up to 100.", VALIDATOR],
      ["3.1.4", "error", "A single recipient country has no percentage or 100.", VALIDATOR],
      [
        "3.4.2",
        "error",
        "Recipient country and region percentages (per region vocabulary) must add up to 100.",
        VALIDATOR,
      ],
      ["12.1.1", "error", "A country or region percentage is between 0 and 100.", VALIDATOR],
      ["7.8.1", "error", "A value has a currency, or the activity a default currency.", VALIDATOR],
      ["6.14.1", "error", "A policy marker of vocabulary 1 has a significance.", VALIDATOR],
      ["8.6.3", "error", "A budget's period starts before it ends.", VALIDATOR],
      ["7.5.3", "error", "A budget period must not be longer than one year.", VALIDATOR],
      ["7.5.2", "error", "A budget value must include a value date.", VALIDATOR],
      [
        "budget-value-date",
        "warning",
        "A budget's value date falls within its period (as 11.3.1 asks of budget lines).",
        `${VALIDATOR} 11.3.1, applied to activity budgets`,
      ],
      [
        "budget-overlap",
        "error",
        "Budgets of the same type (original, revised) and status do not overlap: a user adds up the budgets of a type, each covering its own period.",
        `${GUIDE}activity-budgets/ ("a data user should be able to add up all the revised budget values which each cover different time periods"); IATI Publisher's budget rules (IATI/iatipublisher#1010)`,
      ],
      [
        "budget-overlap-type",
        "warning",
        "Budgets of the same type do not overlap whatever their status (IATI Publisher's stricter reading).",
        "IATI/iatipublisher#1010: the periods of budgets with the same @type should not be the same or overlap",
      ],
      [
        "revised-has-original",
        "warning",
        "A revised budget (type 2) covers the period of an original budget (type 1): it updates that budget.",
        "BudgetType codelist (2 Revised: \"the updated budget for an activity\"); IATI/iatipublisher#1010 (\"the budget with type 'Revised' should match period with one of the budgets with type 'Original'\"; IATI Publisher dropped it as a save check in 2024, #1478, the Validator having no such rule: a warning here)",
      ],
      [
        "budget-one-per-period",
        "error",
        "An activity has one budget per type and period: the status (indicative, committed) is the budget's, not a second budget over the same period.",
        `IATI/iatipublisher#1010 ("the periods of multiple budgets with the same @type should not be the same or overlap"); ${GUIDE}activity-budgets/ (budgets of a type each cover their own period, to be added up)`,
      ],
      [
        "org-ref",
        "error",
        "An organisation reference (reporting-org, participating-org, provider-org, receiver-org @ref) is {RegistrationAgency}-{RegistrationNumber}: a registration agency's prefix (country or XI/XM, a hyphen, the list's code), a hyphen, the identifier; no space and none of /, &, | or ?.",
        "https://iatistandard.org/en/iati-standard/203/organisation-standard/iati-organisations/iati-organisation/organisation-identifier/ (format; rules 1.12.1 and 1.12.13 for spaces and symbols) and the Standard's Organisation Identifiers guidance (namespace code, a dash, the base identifier)",
      ],
      [
        "incoming-provider",
        "warning",
        "An incoming commitment or incoming funds (transaction types 11, 1) names the organisation that provides the funds.",
        `${REF}transaction/provider-org/ and the TransactionType codelist (11: "a firm, written obligation from a donor or provider ... reported by a recipient")`,
      ],
      ["11.2.1", "error", "A transaction date must not be in the future.", VALIDATOR],
      ["11.2.2", "error", "A transaction value date must not be in the future.", VALIDATOR],
      [
        "transaction-value-date",
        "error",
        "A transaction value has a value date (the date its currency is converted at).",
        `${REF}transaction/value/ (@value-date) and 7.5.2 for budgets`,
      ],
      [
        "transaction-date",
        "error",
        "A transaction date is not before the activity's start year (planned or actual) minus 5 years: dates within reason.",
        `${GUIDE}financial-transactions/`,
      ],
      ["8.6.1", "error", "An indicator period starts before it ends.", VALIDATOR],
      ["8.8.1", "error", "A baseline of a non-qualitative indicator has a value.", VALIDATOR],
      [
        "8.8.2",
        "warning",
        "A baseline value of a non-qualitative indicator is a number.",
        VALIDATOR,
      ],
      ["8.8.3", "warning", "A baseline value is omitted for a qualitative indicator.", VALIDATOR],
      ["8.9.1", "error", "A target of a non-qualitative indicator has a value.", VALIDATOR],
      ["8.9.2", "warning", "A target value of a non-qualitative indicator is a number.", VALIDATOR],
      ["8.9.3", "warning", "A target value is omitted for a qualitative indicator.", VALIDATOR],
      ["8.10.1", "error", "An actual of a non-qualitative indicator has a value.", VALIDATOR],
      [
        "8.10.2",
        "warning",
        "An actual value of a non-qualitative indicator is a number.",
        VALIDATOR,
      ],
      ["8.10.3", "warning", "An actual value is omitted for a qualitative indicator.", VALIDATOR],
      [
        "baseline-date",
        "error",
        "A baseline's iso-date falls in its year.",
        `${REF}result/indicator/baseline/ (@year: the year the baseline value was taken; @iso-date: the date it was taken)`,
      ],
    ] as const
  ).map(([id, severity, text, reference]) => [id, { id, severity, text, reference }])
);

type El = Element;
const kids = (e: El, name?: string) =>
  [...e.childNodes].filter(
    (n): n is El => n.nodeType === 1 && (name === undefined || (n as El).tagName === name)
  );
const kid = (e: El, name: string): El | undefined => kids(e, name)[0];
const attr = (e: El | undefined, name: string) => e?.getAttribute(name) ?? null;
const all = (e: El, name: string) => [...e.getElementsByTagName(name)];
const day = (s: string) => Date.parse(`${s.slice(0, 10)}T00:00:00Z`);
const isDate = (s: string | null): s is string =>
  !!s && /^\d{4}-\d{2}-\d{2}/.test(s) && !isNaN(day(s));
/** {RegistrationAgency}-{RegistrationNumber}: "XM-DAC-41146", "GB-COH-06368740", "ML-COA-640". */
const ORG_REF = /^(?:[A-Z]{2})-[A-Z0-9]+-[^\s/&|?]+$/;
const isNumber = (s: string) => /^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/.test(s);

/** `start` + 1 year, as xs:date + P1Y: 29 February goes to 28 February. */
function plusYear(start: string): number {
  const [y, m, d] = start.slice(0, 10).split("-").map(Number);
  const last = new Date(Date.UTC(y + 1, m, 0)).getUTCDate();
  return Date.UTC(y + 1, m - 1, Math.min(d, last));
}

/**
 * The language of a text when it is clearly English or French (function
 * words counted, accents weighed), else null: too short or too mixed to say.
 * Enough to catch French names under an English default and the reverse.
 */
export function guessLang(text: string): "en" | "fr" | null {
  const words = text.toLowerCase().match(/[a-zà-ÿ']+/g) ?? [];
  // Words of one language only ("budget", "national", "proportion" are both).
  const EN = new Set([
    "the",
    "of",
    "and",
    "for",
    "to",
    "in",
    "on",
    "with",
    "by",
    "women",
    "ministry",
    "number",
  ]);
  const FR = new Set([
    "le",
    "la",
    "les",
    "des",
    "du",
    "de",
    "et",
    "pour",
    "dans",
    "sur",
    "aux",
    "au",
    "une",
    "femmes",
    "ministère",
    "nationale",
    "nombre",
    "l'",
    "d'",
  ]);
  let en = 0;
  let fr = 0;
  for (const w of words) {
    if (EN.has(w)) en++;
    if (FR.has(w) || /^[ld]'/.test(w)) fr++;
  }
  fr += (text.match(/[éèêàùçôî]/gi) ?? []).length / 2;
  if (en + fr < 1) return null;
  if (fr >= 2 * en + 1) return "fr";
  if (en >= 2 * fr + 1) return "en";
  return null;
}

/**
 * Check an IATI activity file against RULES. `now` is the time of the check
 * (the Validator's "NOW"): dates after it are in the future.
 */
export function checkRules(xml: string, now: Date = new Date()): RuleFinding[] {
  const doc = create(xml).node as unknown as Document;
  const out: RuleFinding[] = [];
  const nowMs = now.getTime();
  const seen = new Map<string, number>();
  for (const act of kids(doc.documentElement, "iati-activity")) {
    const id = kid(act, "iati-identifier")?.textContent ?? "";
    const add = (rule: string, message: string) => {
      if (!RULES[rule]) throw new Error(`unknown rule ${rule}`);
      out.push({ rule, severity: RULES[rule].severity, activity: id.trim(), message });
    };
    seen.set(id, (seen.get(id) ?? 0) + 1);
    if (seen.get(id) === 2) add("1.1.2", `"${id}" is the identifier of more than one activity`);

    // Identifiers.
    const orgRef = attr(kid(act, "reporting-org"), "ref");
    if (orgRef !== null && id === orgRef)
      add("1.1.3", `the identifier is the organisation's, "${orgRef}"`);
    if (
      (orgRef !== null && !id.startsWith(`${orgRef}-`)) ||
      (orgRef !== null && id.length <= orgRef.length + 1)
    )
      add("1.1.21", `"${id}" does not begin with "${orgRef}-" and an activity string`);
    if (id !== id.trim()) add("1.3.1", `"${id}" has leading or trailing space`);
    if (/[/&|?]/.test(id)) add("1.3.13", `"${id}" contains /, &, | or ?`);
    for (const r of kids(act, "related-activity"))
      if (/[/&|?]/.test(attr(r, "ref") ?? ""))
        add("1.7.13", `related activity "${attr(r, "ref")}"`);

    // Narratives: language, content.
    const defaultLang = attr(act, "xml:lang");
    for (const n of all(act, "narrative")) {
      const own = attr(n, "xml:lang");
      const text = n.textContent ?? "";
      const where = (n.parentNode as El).tagName;
      if (!defaultLang && !own)
        add("4.1.1", `a narrative of ${where} has no language and the activity no default`);
      if (text.trim() === "") add("narrative-empty", `an empty narrative in ${where}`);
      const said = own ?? defaultLang;
      const guessed = guessLang(text);
      if (said && guessed && guessed !== said)
        add(
          "narrative-lang",
          `${where}: "${text.slice(0, 60)}" reads as ${guessed}, declared ${said}`
        );
    }
    for (const [el, rule] of [
      ["title", "4.3.1"],
      ["description", "4.4.1"],
    ] as const)
      for (const e of kids(act, el))
        if (!kids(e, "narrative").some((n) => (n.textContent ?? "").trim() !== ""))
          add(rule, `${el} without narrative content`);

    // Organisations and status.
    if (!kid(act, "activity-status")) add("6.2.1", "no activity-status");
    const rep = kid(act, "reporting-org");
    if (rep && !attr(rep, "type")) add("6.3.1", "reporting-org has no type");
    for (const p of kids(act, "participating-org"))
      if (!attr(p, "ref") && !kids(p, "narrative").length)
        add("6.10.1", `participating-org (role ${attr(p, "role")}) without ref or name`);
    for (const p of all(act, "provider-org").concat(all(act, "receiver-org")))
      if (!attr(p, "ref") && !kids(p, "narrative").length)
        add("6.9.1", `${p.tagName} without ref or name`);
    for (const o of [
      ...kids(act, "reporting-org"),
      ...kids(act, "participating-org"),
      ...all(act, "provider-org"),
      ...all(act, "receiver-org"),
    ]) {
      const ref = attr(o, "ref");
      if (ref !== null && !ORG_REF.test(ref))
        add("org-ref", `${o.tagName} ref "${ref}" is not an organisation identifier`);
    }

    // Activity dates.
    const dates = (type: string) =>
      kids(act, "activity-date")
        .filter((d) => attr(d, "type") === type)
        .map((d) => attr(d, "iso-date"))
        .filter(isDate);
    const [ps, as, pe, ae] = ["1", "2", "3", "4"].map((t) => dates(t)[0]);
    if (!ps && !as) add("6.11.1", "no planned or actual start date");
    if (!pe && !ae) add("end-date", "no planned or actual end date");
    const status = attr(kid(act, "activity-status"), "code");
    if (!as && ["2", "3", "4"].includes(status ?? ""))
      add("status-start", `activity status ${status} without an actual start date`);
    if (ps && pe && day(ps) > day(pe)) add("11.1.2", `planned start ${ps} after planned end ${pe}`);
    if (as && ae && day(as) > day(ae)) add("11.1.3", `actual start ${as} after actual end ${ae}`);
    if (as && day(as) > nowMs) add("11.1.4", `actual start ${as} is in the future`);
    if (ae && day(ae) > nowMs) add("11.1.5", `actual end ${ae} is in the future`);
    const updated = attr(act, "last-updated-datetime");
    if (updated && Date.parse(updated) > nowMs)
      add("11.1.1", `last updated ${updated} is in the future`);

    // Sectors and places.
    const sectors = kids(act, "sector");
    const txs = kids(act, "transaction");
    const txSectors = txs.filter((t) => kid(t, "sector"));
    if (!sectors.length && (!txs.length || txSectors.length < txs.length))
      add("6.2.2", "no sector");
    if (sectors.length && txSectors.length)
      add("6.6.2", "sectors at activity and transaction level");
    const pct = (e: El) => attr(e, "percentage");
    const shares = (rule: [string, string, string], group: El[], what: string) => {
      if (group.length > 1) {
        if (group.some((e) => pct(e) === null)) add(rule[0], `${what}: a percentage is missing`);
        const total = group.reduce((s, e) => s + Number(pct(e) ?? 0), 0);
        if (Math.abs(total - 100) > 0.0101) add(rule[1], `${what}: percentages add up to ${total}`);
      } else if (group.length === 1 && pct(group[0]) !== null && Number(pct(group[0])) !== 100)
        add(rule[2], `${what}: the only one is at ${pct(group[0])}%`);
    };
    const vocabularies = new Set(sectors.map((s) => attr(s, "vocabulary") || "1"));
    for (const v of vocabularies)
      shares(
        ["2.1.1", "2.1.2", "2.1.4"],
        sectors.filter((s) => (attr(s, "vocabulary") || "1") === v),
        `sectors of vocabulary ${v}`
      );
    for (const s of sectors)
      if (pct(s) !== null && !(Number(pct(s)) >= 0 && Number(pct(s)) <= 100))
        add("12.3.1", `sector ${attr(s, "code")} at ${pct(s)}%`);
    const countries = kids(act, "recipient-country");
    const regions = kids(act, "recipient-region");
    if (!regions.length) shares(["3.1.1", "3.1.2", "3.1.4"], countries, "recipient countries");
    for (const v of new Set(regions.map((r) => attr(r, "vocabulary") || "1"))) {
      const group = [...regions.filter((r) => (attr(r, "vocabulary") || "1") === v), ...countries];
      const total = group.reduce((s, e) => s + Number(pct(e) ?? 0), 0);
      if (group.length > 1 && Math.abs(total - 100) > 0.0101)
        add("3.4.2", `countries and regions of vocabulary ${v} add up to ${total}`);
    }
    for (const e of [...countries, ...regions])
      if (pct(e) !== null && !(Number(pct(e)) >= 0 && Number(pct(e)) <= 100))
        add("12.1.1", `${e.tagName} ${attr(e, "code")} at ${pct(e)}%`);

    if (!attr(act, "default-currency"))
      for (const v of all(act, "value"))
        if (!attr(v, "currency")) add("7.8.1", "a value without currency and no default currency");
    for (const m of kids(act, "policy-marker"))
      if ((attr(m, "vocabulary") || "1") === "1" && !attr(m, "significance"))
        add("6.14.1", `policy marker ${attr(m, "code")} without significance`);

    // Budgets.
    type Span = { type: string; status: string; start: number; end: number; label: string };
    const spans: Span[] = [];
    for (const b of kids(act, "budget")) {
      const start = attr(kid(b, "period-start"), "iso-date");
      const end = attr(kid(b, "period-end"), "iso-date");
      const label = `budget ${start}..${end}`;
      const valueDate = attr(kid(b, "value"), "value-date");
      if (!valueDate) add("7.5.2", `${label} has no value date`);
      if (!isDate(start) || !isDate(end)) continue;
      if (day(start) > day(end)) add("8.6.3", `${label} ends before it starts`);
      if (plusYear(start) < day(end)) add("7.5.3", `${label} is longer than a year`);
      if (isDate(valueDate) && (day(valueDate) < day(start) || day(valueDate) > day(end)))
        add("budget-value-date", `${label} has value date ${valueDate}`);
      spans.push({
        type: attr(b, "type") || "1",
        status: attr(b, "status") || "1",
        start: day(start),
        end: day(end),
        label: `${label} (type ${attr(b, "type") || "1"}, status ${attr(b, "status") || "1"})`,
      });
    }
    for (const sp of spans)
      if (
        sp.type === "2" &&
        !spans.some((o) => o.type === "1" && o.start === sp.start && o.end === sp.end)
      )
        add("revised-has-original", `${sp.label} has no original budget over its period`);
    const periods = new Map<string, number>();
    for (const sp of spans) {
      const k = `${sp.type} ${sp.start} ${sp.end}`;
      periods.set(k, (periods.get(k) ?? 0) + 1);
      if (periods.get(k) === 2) add("budget-one-per-period", `two budgets for ${sp.label}`);
    }
    spans.forEach((a, i) =>
      spans.slice(i + 1).forEach((b) => {
        if (a.type !== b.type || a.start > b.end || b.start > a.end) return;
        add(
          a.status === b.status ? "budget-overlap" : "budget-overlap-type",
          `${a.label} overlaps ${b.label}`
        );
      })
    );

    // Transactions.
    const startYear = Number((as ?? ps ?? "").slice(0, 4)) || null;
    for (const t of txs) {
      const date = attr(kid(t, "transaction-date"), "iso-date");
      const valueDate = attr(kid(t, "value"), "value-date");
      if (isDate(date) && day(date) > nowMs)
        add("11.2.1", `transaction dated ${date}, in the future`);
      if (isDate(valueDate) && day(valueDate) > nowMs)
        add("11.2.2", `transaction value dated ${valueDate}, in the future`);
      if (!valueDate) add("transaction-value-date", "a transaction value without value date");
      if (isDate(date) && startYear && Number(date.slice(0, 4)) < startYear - 5)
        add("transaction-date", `transaction dated ${date}, long before the activity starts`);
      const type = attr(kid(t, "transaction-type"), "code");
      if ((type === "1" || type === "11") && !kid(t, "provider-org"))
        add("incoming-provider", `an incoming transaction (type ${type}) without provider-org`);
    }

    // Results.
    for (const ind of all(act, "indicator")) {
      const title = kid(kid(ind, "title") ?? ind, "narrative")?.textContent ?? "";
      const what = `indicator "${title.slice(0, 40)}"`;
      const qualitative = attr(ind, "measure") === "5";
      const values: [El, string][] = [
        ...kids(ind, "baseline").map((e): [El, string] => [e, "8.8"]),
        ...kids(ind, "period").flatMap((p) => [
          ...kids(p, "target").map((e): [El, string] => [e, "8.9"]),
          ...kids(p, "actual").map((e): [El, string] => [e, "8.10"]),
        ]),
      ];
      for (const [e, base] of values) {
        const v = attr(e, "value");
        if (qualitative) {
          if (v !== null)
            add(`${base}.3`, `${what}: ${e.tagName} value "${v}" on a qualitative indicator`);
        } else if (v === null) add(`${base}.1`, `${what}: ${e.tagName} without value`);
        else if (!isNumber(v))
          add(`${base}.2`, `${what}: ${e.tagName} value "${v}" is not a number`);
      }
      for (const b of kids(ind, "baseline")) {
        const iso = attr(b, "iso-date");
        if (iso && iso.slice(0, 4) !== attr(b, "year"))
          add("baseline-date", `${what}: baseline of ${attr(b, "year")} dated ${iso}`);
      }
      for (const p of kids(ind, "period")) {
        const s = attr(kid(p, "period-start"), "iso-date");
        const e = attr(kid(p, "period-end"), "iso-date");
        if (isDate(s) && isDate(e) && day(s) > day(e)) add("8.6.1", `${what}: period ${s}..${e}`);
      }
    }
  }
  return out;
}

/** The findings as lines "severity rule activity: message", for readable test failures. */
export const lines = (fs: RuleFinding[]) =>
  fs.map((f) => `${f.severity} ${f.rule} ${f.activity}: ${f.message}`);
