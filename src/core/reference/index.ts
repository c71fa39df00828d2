/**
 * Reference lists an indicator maps to (SDG targets and indicators, the
 * Secretary-General's global indicators for resolution 1325), and the
 * mapping of a plan's indicators to them, each with its status: "source"
 * (the plan's source gives it), "proposed" (inferred by the tool, not part
 * of the plan until a person confirms it) or "confirmed". A code given with
 * no status is proposed.
 */
import type { Indicator, Lang, MappingStatus, Plan } from "../model";
import { GLOBAL_1325_ITEMS } from "./global1325";
import { SDG_ITEMS } from "./sdg";
import type { ReferenceItem } from "./types";

export type { ReferenceItem } from "./types";
export { SDG_ITEMS } from "./sdg";
export { GLOBAL_1325_ITEMS, GLOBAL_1325_SOURCE } from "./global1325";

export type Scheme = "sdg" | "un1325";
export const SCHEMES: readonly Scheme[] = ["sdg", "un1325"];

export const REFERENCE_LISTS: Record<Scheme, readonly ReferenceItem[]> = {
  sdg: SDG_ITEMS,
  un1325: GLOBAL_1325_ITEMS,
};

const byCode = Object.fromEntries(
  SCHEMES.map((s) => [s, new Map(REFERENCE_LISTS[s].map((i) => [i.code, i]))])
) as Record<Scheme, Map<string, ReferenceItem>>;

/** A list item by its code, if the list holds it. */
export function referenceItem(scheme: Scheme, code: string): ReferenceItem | undefined {
  return byCode[scheme].get(code);
}

/** An item's official wording in a language (undefined for a code off the list). */
export function referenceText(scheme: Scheme, code: string, lang: Lang): string | undefined {
  return referenceItem(scheme, code)?.[lang];
}

/** The SDG target a code belongs to ("5.5.1" → "5.5"; a target is its own). */
export function sdgTarget(code: string): string {
  return code.split(".").slice(0, 2).join(".");
}

/** One mapping of an indicator to a list's code. */
export interface Mapping {
  indicator: string;
  scheme: Scheme;
  code: string;
  status: MappingStatus;
}

/** An indicator's mappings in a scheme, with their status (none given: proposed). */
export function indicatorMappings(ind: Indicator, scheme: Scheme): Mapping[] {
  const status = (scheme === "sdg" ? ind.sdgStatus : ind.un1325Status) ?? "proposed";
  return ind[scheme].map((code) => ({ indicator: ind.code, scheme, code, status }));
}

/** Every mapping of a plan, in a scheme, indicator by indicator. */
export function planMappings(plan: Pick<Plan, "indicators">, scheme: Scheme): Mapping[] {
  return plan.indicators.flatMap((i) => indicatorMappings(i, scheme));
}

/** How many mappings of a plan have each status, over both schemes. */
export function mappingCounts(plan: Pick<Plan, "indicators">): Record<MappingStatus, number> {
  const out: Record<MappingStatus, number> = { source: 0, proposed: 0, confirmed: 0 };
  for (const s of SCHEMES) for (const m of planMappings(plan, s)) out[m.status]++;
  return out;
}
