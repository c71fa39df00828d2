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
  budgets: { year: number; status: string; value: number; currency: string }[];
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
      value: Number(kid(b, "value").textContent),
      currency: attr(kid(b, "value"), "currency"),
    })),
    narratives: [...a.getElementsByTagName("narrative")].map((n) => n.textContent ?? ""),
  }));
}

export const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
