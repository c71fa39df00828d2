/**
 * Rules of the IATI Standard 2.03 on results periods, actuals and their
 * dimensions and document links that the XSD cannot express, checked on an
 * activity file (beside ./rules.ts, which holds the Validator's 8.6.1 "an
 * indicator period starts before it ends" and 8.8-8.10 "values of a
 * non-qualitative indicator are numbers, a qualitative one has none").
 * Each rule names its reference: a Validator / Standard Ruleset id where
 * one exists (IATI/js-validator-api docs/data-quality-rules.csv), else the
 * Standard's element reference or guidance it reads. Read from the rules'
 * published text, not from the export's code.
 */
import { create } from "xmlbuilder2";
import type { Rule, RuleFinding } from "./rules";

const REF =
  "https://iatistandard.org/en/iati-standard/203/activity-standard/iati-activities/iati-activity/result/indicator/period/";
const GUIDE = "https://iatistandard.org/en/guidance/standard-guidance/results/";
const VALIDATOR =
  "IATI Validator / Standard Ruleset 2.03 (js-validator-api data-quality-rules.csv)";

export const RESULT_RULES: Record<string, Rule> = Object.fromEntries(
  (
    [
      [
        "period-overlap",
        "error",
        "Two periods of an indicator that measure over the same length of time (two years, two halves, two quarters) do not overlap: each covers its own stretch, so a user can follow the indicator over time.",
        `${GUIDE} ("You can track the progress of an indicator over time; to enable this an indicator needs to have multiple time periods. e.g. yearly time periods for 2018, 2019 and 2020"); ${REF} ("The period covered for the results reported")`,
      ],
      [
        "period-within-year",
        "warning",
        "A results period of a workbook's year, half or quarter starts and ends in that year (the plan reports by calendar year).",
        `${GUIDE} ("the period in which an indicator is measured should be meaningful to the activity"); ${REF}period-start/ and period-end/ (dates in the format YYYY-MM-DD)`,
      ],
      [
        "dimension-name-value",
        "error",
        "A dimension has a name (the category disaggregated, such as sex) and a value (such as female), neither empty.",
        `${REF}actual/dimension/ (@name "Freetext description of a category being disaggregated", @value "Description of the value being disaggregated"); ${GUIDE} ("A name and value for the aggregation can be provided ... the dimension's name as sex, with a value of female")`,
      ],
      [
        "actual-once",
        "error",
        "A period carries at most one actual per set of dimensions: one total (no dimension) and one actual per disaggregated value.",
        `${GUIDE} ("Multiple actuals can be published for each period"; a dimension is "a category used for disaggregating the results"): two actuals of one period for the same category would give it two values`,
      ],
      [
        "document-link-url",
        "error",
        "A document link of a result's actual points at an online document: an absolute http(s) address.",
        `${REF}actual/document-link/ ("A link to an online, publicly accessible web page or document expanding on the result"; @url "The target URL of the external document")`,
      ],
      [
        "9.68.1",
        "error",
        "The document format of an actual's document link is a FileFormat code (an IANA media type, type/subtype).",
        VALIDATOR,
      ],
      [
        "9.69.1",
        "error",
        "The document category of an actual's document link is a DocumentCategory code (A01-A12, B01-B18).",
        VALIDATOR,
      ],
      [
        "document-link-title",
        "error",
        "A document link has a title with narrative content.",
        `${REF}actual/document-link/title/ (title: "A short, human-readable title"; occurs once)`,
      ],
    ] as const
  ).map(([id, severity, text, reference]) => [id, { id, severity, text, reference }])
);

type El = Element;
const kids = (e: El, name: string): El[] =>
  [...e.childNodes].filter((n): n is El => n.nodeType === 1 && (n as El).tagName === name);
const kid = (e: El | undefined, name: string): El | undefined => (e ? kids(e, name)[0] : undefined);
const attr = (e: El | undefined, name: string): string | null =>
  e && e.hasAttribute(name) ? e.getAttribute(name) : null;
const all = (e: El, name: string): El[] => [...e.getElementsByTagName(name)];
const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
const isDate = (s: string | null): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s);
/** Months a period spans, first and last counted: 12 a year, 6 a half, 3 a quarter. */
const months = (s: string, e: string) =>
  Number(e.slice(0, 4)) * 12 +
  Number(e.slice(5, 7)) -
  Number(s.slice(0, 4)) * 12 -
  Number(s.slice(5, 7)) +
  1;

const MEDIA_TYPE =
  /^(application|audio|font|image|message|model|multipart|text|video)\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*$/;
const DOCUMENT_CATEGORY = /^(A(0[1-9]|1[0-2])|B(0[1-9]|1[0-8]))$/;

export function checkResultRules(xml: string): RuleFinding[] {
  const doc = create(xml).node as unknown as Document;
  const out: RuleFinding[] = [];
  for (const act of kids(doc.documentElement, "iati-activity")) {
    const id = (kid(act, "iati-identifier")?.textContent ?? "").trim();
    const add = (rule: string, message: string) => {
      if (!RESULT_RULES[rule]) throw new Error(`unknown rule ${rule}`);
      out.push({ rule, severity: RESULT_RULES[rule].severity, activity: id, message });
    };
    for (const ind of all(act, "indicator")) {
      const title = kid(kid(ind, "title"), "narrative")?.textContent ?? "";
      const what = `indicator "${title.slice(0, 40)}"`;
      const spans: { start: string; end: string; length: number }[] = [];
      for (const p of kids(ind, "period")) {
        const s = attr(kid(p, "period-start"), "iso-date");
        const e = attr(kid(p, "period-end"), "iso-date");
        if (isDate(s) && isDate(e)) {
          spans.push({ start: s, end: e, length: months(s, e) });
          if (s.slice(0, 4) !== e.slice(0, 4) && months(s, e) <= 12)
            add("period-within-year", `${what}: period ${s}..${e} spans two years`);
        }
        const seen = new Set<string>();
        for (const a of kids(p, "actual")) {
          const dims = kids(a, "dimension");
          for (const d of dims)
            if ((attr(d, "name") ?? "").trim() === "" || (attr(d, "value") ?? "").trim() === "")
              add(
                "dimension-name-value",
                `${what}, period ${s}..${e}: dimension name "${attr(d, "name") ?? ""}" value "${attr(d, "value") ?? ""}"`
              );
          const key = dims
            .map((d) => `${attr(d, "name")}=${attr(d, "value")}`)
            .sort()
            .join("&");
          if (seen.has(key))
            add("actual-once", `${what}, period ${s}..${e}: two actuals for "${key || "total"}"`);
          seen.add(key);
          for (const l of kids(a, "document-link")) {
            const url = attr(l, "url") ?? "";
            if (!/^https?:\/\/[^\s/]+/i.test(url))
              add("document-link-url", `${what}: document link "${url}"`);
            const format = attr(l, "format") ?? "";
            if (!MEDIA_TYPE.test(format)) add("9.68.1", `${what}: document format "${format}"`);
            for (const c of kids(l, "category"))
              if (!DOCUMENT_CATEGORY.test(attr(c, "code") ?? ""))
                add("9.69.1", `${what}: document category "${attr(c, "code")}"`);
            const narratives = kids(kid(l, "title") ?? l, "narrative");
            if (!kid(l, "title") || !narratives.some((n) => (n.textContent ?? "").trim() !== ""))
              add("document-link-title", `${what}: document link "${url}" without a title`);
          }
        }
      }
      spans.forEach((a, i) =>
        spans.slice(i + 1).forEach((b) => {
          if (a.length !== b.length) return;
          if (day(a.start) <= day(b.end) && day(b.start) <= day(a.end))
            add(
              "period-overlap",
              `${what}: periods ${a.start}..${a.end} and ${b.start}..${b.end} overlap`
            );
        })
      );
    }
  }
  return out;
}
