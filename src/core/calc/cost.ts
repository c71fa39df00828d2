/**
 * Cost of a budget line from its costing: unit cost × quantity × number of
 * times (1 when blank). Without a unit cost or a quantity there is no cost
 * (null in TypeScript, a blank cell natively): the planned amount is typed.
 *
 * One file, both halves: `lineCost` (TypeScript) and `costFormula` (the
 * native Excel formula of the budget table's Cost column).
 */
import type { MessageKey } from "../i18n";
import { numberOrNull } from "./latest";
import type { CellValue } from "./values";

export function lineCost(
  unitCost: CellValue,
  quantity: CellValue,
  times: CellValue
): number | null {
  const [u, q, n] = [numberOrNull(unitCost), numberOrNull(quantity), numberOrNull(times)];
  if (u === null || q === null) return null;
  return u * q * (n ?? 1);
}

/** lineCost as a native formula over cell expressions; "" where lineCost gives null. */
export const costFormula = (unitCost: string, quantity: string, times: string): string =>
  `IF(AND(ISNUMBER(${unitCost}),ISNUMBER(${quantity})),${unitCost}*${quantity}*IF(ISNUMBER(${times}),${times},1),"")`;

/** The measure's wording: its column header. */
export const COST_WORDING = {
  headers: ["col.cost"],
} as const satisfies { headers: readonly MessageKey[] };
