/** What the IATI tests share: the plan they export, schema validation, and the XML read back. */
import { findTool, XMLLINT as XMLLINT_TOOL } from "../support/tools";
import { execFile } from "child_process";
import fs from "fs";
import path from "path";
import { promisify } from "util";
import { create } from "xmlbuilder2";
import { parsePlan, type Plan } from "../../src/core/model";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";
import { withExampleOperationalPlan } from "../../src/core/plans/example-operational-plan";

export const NOW = "2026-11-22T12:00:00Z";

const SCHEMA = [
  path.resolve(__dirname, "../../../shared/standards/iati-2.03/iati-activities-schema.xsd"),
  path.resolve(__dirname, "../fixtures/iati-2.03/iati-activities-schema.xsd"),
].find((p) => fs.existsSync(p));
const xmllint = () => findTool(XMLLINT_TOOL);

/** The Mali plan with the example operational plan, and a few indicator values to carry. */
export function mali(): Plan {
  const p = withExampleOperationalPlan(parsePlan(MALI_NAP_2019_2023));
  return parsePlan({
    ...p,
    indicators: p.indicators.map((i, k) =>
      k % 5 === 0
        ? {
            ...i,
            baseline: { year: 2018, value: 10 },
            targets: [{ year: 2021, value: 30 }],
            actuals: [{ year: 2020, value: 18 }],
          }
        : i
    ),
  });
}

/** Validate a file against the shipped IATI 2.03 schema with xmllint; false when it cannot be run. */
export async function validate(xmlFile: string): Promise<boolean> {
  const XMLLINT = xmllint();
  if (!SCHEMA) throw new Error("the IATI 2.03 schema is missing from test/fixtures/iati-2.03");
  if (!XMLLINT) {
    console.warn(
      "xmllint or the IATI 2.03 schema is missing: schema validation skipped (apt-get install libxml2-utils)"
    );
    return false;
  }
  try {
    await promisify(execFile)(XMLLINT, ["--noout", "--schema", SCHEMA, xmlFile]);
  } catch (e) {
    throw new Error(`${xmlFile} is not valid IATI 2.03: ${(e as { stderr?: string }).stderr ?? e}`);
  }
  return true;
}

export interface ParsedActivity {
  id: string;
  hierarchy: string;
  related: { ref: string; type: string }[];
  sectors: { code: string; percentage: number }[];
  markers: number;
  budgets: {
    year: number;
    status: string;
    type: string;
    value: number;
    currency: string;
    /** period-start and period-end's dates and the value's value-date (budget history, issue 18). */
    start: string;
    end: string;
    valueDate: string;
  }[];
  transactions: {
    type: string;
    date: string;
    valueDate: string;
    value: number;
    provider: { ref: string; name: string; type: string };
  }[];
  /** Every narrative's text in the activity, in document order, entities decoded. */
  narratives: string[];
}

/** The activities of an IATI file, read back with an XML parser (xmlbuilder2's DOM). */
export function parseIati(xml: string): ParsedActivity[] {
  const doc = create(xml).node as unknown as Document;
  const kids = (e: Element, name: string) =>
    [...e.childNodes].filter(
      (n): n is Element => n.nodeType === 1 && (n as Element).tagName === name
    );
  const kid = (e: Element, name: string) => kids(e, name)[0];
  const attr = (e: Element, name: string) => e.getAttribute(name) ?? "";
  return kids(doc.documentElement, "iati-activity").map((a) => ({
    id: kid(a, "iati-identifier").textContent ?? "",
    hierarchy: attr(a, "hierarchy"),
    related: kids(a, "related-activity").map((r) => ({
      ref: attr(r, "ref"),
      type: attr(r, "type"),
    })),
    sectors: kids(a, "sector").map((s) => ({
      code: attr(s, "code"),
      percentage: Number(attr(s, "percentage")),
    })),
    markers: kids(a, "policy-marker").length,
    budgets: kids(a, "budget").map((b) => ({
      year: Number(attr(kid(b, "period-start"), "iso-date").slice(0, 4)),
      status: attr(b, "status"),
      type: attr(b, "type"),
      value: Number(kid(b, "value").textContent),
      currency: attr(kid(b, "value"), "currency"),
      start: attr(kid(b, "period-start"), "iso-date"),
      end: attr(kid(b, "period-end"), "iso-date"),
      valueDate: attr(kid(b, "value"), "value-date"),
    })),
    transactions: kids(a, "transaction").map((t) => {
      const p = kid(t, "provider-org");
      return {
        type: attr(kid(t, "transaction-type"), "code"),
        date: attr(kid(t, "transaction-date"), "iso-date"),
        valueDate: attr(kid(t, "value"), "value-date"),
        value: Number(kid(t, "value").textContent),
        provider: {
          ref: p ? attr(p, "ref") : "",
          name: p ? (kid(p, "narrative")?.textContent ?? "") : "",
          type: p ? attr(p, "type") : "",
        },
      };
    }),
    narratives: [...a.getElementsByTagName("narrative")].map((n) => n.textContent ?? ""),
  }));
}

export const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * What the file must hold for a plan's budget lines, computed here from the
 * lines (not by the export's code), per "pillar year":
 * - budgets: the year's planned amount, committed ("2") when every line of
 *   the pillar and year is committed, else indicative ("1");
 * - commitments, per "pillar year source": the amounts secured, which the
 *   file reports as incoming commitments (type 11).
 */
export function expected(plan: Plan) {
  const output = new Map(plan.outputs.map((o) => [o.code, o.result]));
  const result = new Map(plan.results.map((r) => [r.code, r.pillar]));
  const budgets = new Map<string, { value: number; all: boolean }>();
  const commitments = new Map<string, number>();
  for (const a of plan.actions) {
    const pillar = result.get(output.get(a.output)!)!;
    for (const b of a.budget) {
      if (b.amount > 0) {
        const k = `${pillar} ${b.year}`;
        const was = budgets.get(k) ?? { value: 0, all: true };
        budgets.set(k, { value: was.value + b.amount, all: was.all && b.status === "committed" });
      }
      if (b.secured) {
        const k = `${pillar} ${b.year} ${b.source}`;
        commitments.set(k, (commitments.get(k) ?? 0) + b.secured);
      }
    }
  }
  return {
    budgets: new Map(
      [...budgets].map(([k, v]) => [k, { value: cents(v.value), status: v.all ? "2" : "1" }])
    ),
    commitments: new Map([...commitments].map(([k, v]) => [k, cents(v)])),
  };
}

/**
 * The same, read from a file: the pillar is the child activity's identifier
 * after its parent's, the source the provider's name in `sourceOf`.
 */
export function found(xml: string, sourceOf: (providerName: string) => string) {
  const [parent, ...children] = parseIati(xml);
  const budgets = new Map<string, { value: number; status: string }>();
  const commitments = new Map<string, number>();
  for (const c of children) {
    const pillar = c.id.slice(parent.id.length + 1);
    for (const b of c.budgets) {
      const k = `${pillar} ${b.year}`;
      if (budgets.has(k)) throw new Error(`two budgets for ${k}`);
      budgets.set(k, { value: b.value, status: b.status });
    }
    for (const t of c.transactions) {
      const k = `${pillar} ${Number(t.date.slice(0, 4))} ${sourceOf(t.provider.name)}`;
      commitments.set(k, cents((commitments.get(k) ?? 0) + t.value));
    }
  }
  return { budgets, commitments };
}

const cents = (n: number) => Math.round(n * 100) / 100;

/** The provider name → funding source code of a plan (the stakeholder's name when the source names one). */
export function sourceByName(plan: Plan): (name: string) => string {
  const names = new Map<string, string>();
  for (const f of plan.fundingSources) {
    const s = f.stakeholder ? plan.stakeholders.find((x) => x.code === f.stakeholder) : undefined;
    names.set(s ? s.name : f.name, f.code);
  }
  return (name) => names.get(name) ?? `?${name}`;
}
