/**
 * Original and revised budgets from a workbook's history, end to end through
 * the command line (issue 18): a national workbook is made, a focal point's
 * copy raises one of its action's budget lines and adds another (an import:
 * the owner's change updates the national value, and the change log holds
 * it), and `nap1325 export-iati` writes, for that pillar and year, an
 * original budget (type 1) with the amounts before the import and a revised
 * one (type 2) with the workbook's amounts, dated the import's day; every
 * other pillar-year keeps its one original budget.
 *
 * Rules (references in src/core/iati/budgets.ts): BudgetType codelist (1
 * Original, 2 Revised); the activity-budgets guidance (an amended budget is
 * a new type-2 budget with the new value); no two budgets of one type over
 * one period (IATI/iatipublisher#1010; ./rules.ts budget-overlap,
 * budget-overlap-type, budget-one-per-period); a value date within its
 * budget's period (11.3.1 applied to budgets).
 *
 * The expected figures are worked out here from the plan and the edits made
 * to the copy; the workbook's amounts are read from the saved package's XML
 * (test/support/xlsx-cells.ts), the XML file with its own DOM (./support.ts),
 * never through the exporter.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { exportForDonors } from "../../src/app/donors";
import { parsePlan, type Plan } from "../../src/core/model";
import type { Incoming } from "../../src/core/consolidate/merge";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { writeXlsx, XlsxWorkbook } from "../../src/xlsx/workbook";
import { cli } from "../support/cli";
import { readXlsxCells, tableRows } from "../support/xlsx-cells";
import { nationalPlan, stamped } from "../consolidate/fixtures";
import { checkRules, lines } from "./rules";
import { NOW, parseIati, validate } from "./support";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-iati-history-cli-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const f = (name: string) => path.join(dir, name);
const cents = (n: number) => Math.round(n * 100) / 100;

const national = nationalPlan();
// An action MPFEF leads, with a budget line: MPFEF's copy may change its lines (ownership).
const action = national.actions.find(
  (a) => a.lead === "MPFEF" && a.budget.some((b) => b.amount > 0)
)!;
const line = action.budget.find((b) => b.amount > 0)!;
const YEAR = line.year;
const IMPORTED_AT = `${YEAR}-06-15T09:00:00Z`;
const RAISE = 2500000;
const ADDED = 1000000;
const newSource = national.fundingSources
  .map((s) => s.code)
  .find((s) => !action.budget.some((b) => b.year === YEAR && b.source === s))!;

const pillarOf = (plan: Plan, code: string) => {
  const a = plan.actions.find((x) => x.code === code)!;
  const r = plan.outputs.find((o) => o.code === a.output)!.result;
  return plan.results.find((x) => x.code === r)!.pillar;
};
const PILLAR = pillarOf(national, action.code);

/** The plan's amounts (> 0) per "pillar year", summed. */
function perYear(plan: Plan): Map<string, number> {
  const out = new Map<string, number>();
  for (const a of plan.actions)
    for (const b of a.budget)
      if (b.amount > 0) {
        const k = `${pillarOf(plan, a.code)} ${b.year}`;
        out.set(k, cents((out.get(k) ?? 0) + b.amount));
      }
  return out;
}

let xml = "";

beforeAll(async () => {
  expect(action).toBeDefined();
  expect(newSource).toBeDefined();
  const base = parsePlan({ ...national, imports: [], conflicts: [], submissions: [] });
  const copy = parsePlan({
    ...base,
    actions: base.actions.map((a) =>
      a.code !== action.code
        ? a
        : {
            ...a,
            budget: [
              ...a.budget.map((b) =>
                b === a.budget[action.budget.indexOf(line)] ? { ...b, amount: b.amount + RAISE } : b
              ),
              {
                year: YEAR,
                source: newSource,
                amount: ADDED,
                unitCost: null,
                quantity: null,
                times: null,
                secured: null,
                disbursed: null,
                spent: null,
                status: "indicative" as const,
              },
            ],
          }
    ),
  });
  const sub: Incoming = {
    file: "mpfef.xlsx",
    focalPoint: "MPFEF",
    submittedAt: `${YEAR}-06-10`,
    plan: copy,
  };
  await writeXlsx(buildWorkbookPlan(national, "en"), f("national.xlsx"));
  await writeXlsx(buildWorkbookPlan(stamped(sub, YEAR), "en"), f("MPFEF.xlsx"));
  const imported = await cli([
    "consolidate",
    f("national.xlsx"),
    f("MPFEF.xlsx"),
    "--year",
    String(YEAR),
    "--now",
    IMPORTED_AT,
    "--out",
    f("imported.xlsx"),
    "--lang",
    "en",
  ]);
  expect(imported.err).toBe("");
  expect(imported.code).toBe(0);
  const exported = await cli([
    "export-iati",
    f("imported.xlsx"),
    "--out",
    f("imported.xml"),
    "--now",
    NOW,
    "--lang",
    "en",
  ]);
  expect(exported.code).toBe(0);
  xml = fs.readFileSync(f("imported.xml"), "utf8");
}, 240000);

test("the import left the changes in the change log", async () => {
  const book = await readXlsxCells(f("imported.xlsx"));
  const { table, rows } = tableRows(book, "tblChanges");
  const at = (h: string) => table.columns.indexOf(h);
  const log = rows.map((r) =>
    ["Key", "Column", "Before", "After", "Why", "When"].map((h) => r.cells[at(h)]?.value ?? "")
  );
  expect(log).toContainEqual([
    `${action.code}|${YEAR}|${line.source}`,
    "Amount planned",
    line.amount,
    line.amount + RAISE,
    "Import",
    IMPORTED_AT,
  ]);
  expect(log).toContainEqual([
    `${action.code}|${YEAR}|${newSource}`,
    "Amount planned",
    "",
    ADDED,
    "Import",
    IMPORTED_AT,
  ]);
});

test("the pillar-year changed has its original (type 1) and revised (type 2) budgets; every other one its original", async () => {
  const [parent, ...children] = parseIati(xml);
  const budgets = children.flatMap((c) =>
    c.budgets.map((b) => ({ ...b, pillar: c.id.slice(parent.id.length + 1) }))
  );
  const key = (b: { pillar: string; year: number }) => `${b.pillar} ${b.year}`;
  const before = perYear(national);
  const changed = `${PILLAR} ${YEAR}`;

  // The workbook's amounts after the import, from the package's XML, per pillar and year.
  const book = await readXlsxCells(f("imported.xlsx"));
  const { table, rows } = tableRows(book, "tblBudget");
  const col = (h: string) => table.columns.indexOf(h);
  const workbook = new Map<string, number>();
  for (const r of rows) {
    const code = String(r.cells[col("Action code")]?.value ?? "");
    const amount = Number(r.cells[col("Amount planned")]?.value ?? 0);
    if (!code || !(amount > 0)) continue;
    const k = `${pillarOf(national, code)} ${Number(r.cells[col("Year")]?.value)}`;
    workbook.set(k, cents((workbook.get(k) ?? 0) + amount));
  }
  expect(workbook.get(changed)).toBe(cents(before.get(changed)! + RAISE + ADDED));

  const originals = budgets.filter((b) => b.type === "1");
  const revised = budgets.filter((b) => b.type === "2");
  expect(new Map(originals.map((b) => [key(b), b.value]))).toEqual(before);
  expect(revised.map((b) => [key(b), b.value, b.valueDate])).toEqual([
    [changed, workbook.get(changed), IMPORTED_AT.slice(0, 10)],
  ]);
  // Originals are the amounts before the import; where no revision, they are the workbook's too.
  for (const [k, v] of workbook) if (k !== changed) expect(before.get(k)).toBe(v);

  // No two budgets of one type over one period: each type's periods are apart.
  for (const type of ["1", "2"])
    for (const c of children) {
      const spans = c.budgets
        .filter((b) => b.type === type)
        .map((b) => [b.start, b.end])
        .sort();
      spans.slice(1).forEach(([start], i) => expect(start > spans[i][1]).toBe(true));
    }
  expect(lines(checkRules(xml, new Date(NOW)))).toEqual([]);
  await validate(f("imported.xml"));
});

test("the task pane's export (the same use case over its port) gives the same file", async () => {
  const r = await exportForDonors(await XlsxWorkbook.open(f("imported.xlsx")), {
    lang: "en",
    now: NOW,
  });
  expect(r.ok && r.xml).toBe(xml);
  expect(r.ok && r.budgets).toBe(parseIati(xml).flatMap((a) => a.budgets).length);
});
