/**
 * By money: no negative amounts; secured not above planned; the costing
 * (unit cost × quantity × times) agrees with the amount; an action's total,
 * where a number is cached in it, is the sum of its budget lines.
 *
 * Money disbursed and spent (issue 14 point 4), warnings at the cell: a
 * negative amount disbursed or spent (kept as typed, the execution rate
 * refuses it); spent above disbursed; disbursed above secured. Each
 * comparison needs both cells filled: a blank is not reported as 0.
 */
import { fmt, type Check } from "../context";

const AMOUNTS = ["unitCost", "amount", "secured"];
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

/** Money disbursed and spent on one budget line (money, issue 14 point 4). */
function checkExecution(
  c: Parameters<Check>[0],
  r: Parameters<Check>[1]["budget"][number],
  secured: number | null
) {
  const disbursed = r.num("disbursed");
  const spent = r.num("spent");
  for (const [col, v] of [
    ["disbursed", disbursed],
    ["spent", spent],
  ] as const)
    if (v !== null && v < 0)
      c.add(r, col, "warning", "money.execution-negative", "v.executionNegative", { value: v });
  if (spent !== null && disbursed !== null && spent > disbursed)
    c.add(r, "spent", "warning", "money.spent-above-disbursed", "v.spentAbove", {
      spent,
      disbursed,
    });
  if (disbursed !== null && secured !== null && disbursed > secured)
    c.add(r, "disbursed", "warning", "money.disbursed-above-secured", "v.disbursedAbove", {
      disbursed,
      secured,
    });
}

export const checkMoney: Check = (c, tables, env) => {
  const byAction = new Map<string, number>();
  for (const r of tables.budget) {
    for (const col of AMOUNTS) {
      const v = r.num(col);
      if (v !== null && v < 0) c.add(r, col, "error", "money.negative", "v.negative", { value: v });
    }
    const amount = r.num("amount");
    const secured = r.num("secured");
    if (amount !== null && secured !== null && secured > amount)
      c.add(r, "secured", "error", "money.secured-above-planned", "v.securedAbove", {
        secured,
        planned: amount,
      });
    // Money secured on a line still marked indicative: the line is committed, or the amount is not secured.
    if (secured !== null && secured > 0 && r.list("budgetStatus", "budgetStatus") === "indicative")
      c.add(r, "secured", "warning", "money.secured-indicative", "v.securedIndicative", {
        secured,
      });
    checkExecution(c, r, secured);
    const [unit, quantity, times] = [r.num("unitCost"), r.num("quantity"), r.num("times")];
    if (unit !== null && quantity !== null && amount !== null) {
      const cost = unit * quantity * (times ?? 1);
      if (!close(cost, amount))
        c.add(r, "amount", "warning", "money.cost", "v.cost", { cost: fmt(cost), amount });
    }
    const action = r.text("action");
    if (action && amount !== null) byAction.set(action, (byAction.get(action) ?? 0) + amount);
  }
  // Without the budget lines, no total can be checked.
  if (env.unread.has("budget")) return;
  for (const r of tables.actions) {
    // The total is a formula: check its cached value, when there is one (not yet calculated: none).
    const total = r.value("total");
    if (typeof total !== "number") continue;
    const sum = byAction.get(r.text("code") ?? "") ?? 0;
    if (!close(total, sum)) c.add(r, "total", "error", "money.total", "v.total", { total, sum });
  }
};
