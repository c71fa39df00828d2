/**
 * tblBudget's Amount disbursed and Amount spent: written from the plan,
 * read back, kept by a rewrite (the guard proves every typed cell comes
 * back), merged by consolidation; a workbook made before the columns
 * existed still reads (they are optional).
 */
import { readForRewrite } from "../../src/app/create";
import { parsePlan } from "../../src/core/model";
import { budget } from "../../src/core/tables/budget";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { readPlan } from "../../src/core/template/read";
import { TINY_PLAN } from "../fixtures/tiny-plan";
import { setCell, valuesOf } from "../support/values";

const tiny = parsePlan(TINY_PLAN);
const lineOf = (p: ReturnType<typeof parsePlan>) =>
  p.actions.find((a) => a.code === "A1")!.budget[0];

describe.each([
  ["en", "Amount disbursed", "Amount spent"],
  ["fr", "Montant décaissé", "Montant dépensé"],
] as const)("disbursed and spent in a %s workbook", (lang, disbursedHeader, spentHeader) => {
  test("typed amounts are read into the plan and come back on a rewrite", () => {
    const v = valuesOf(buildWorkbookPlan(tiny, lang));
    setCell(v, "tblBudget", "A1", disbursedHeader, 400000.25);
    setCell(v, "tblBudget", "A1", spentHeader, 0);
    const read = readForRewrite(v, lang);
    expect(lineOf(read.plan)).toMatchObject({ disbursed: 400000.25, spent: 0, secured: 500000 });
    // The other line left blank stays blank: nothing is invented.
    const other = read.plan.actions.find((a) => a.code === "A1")!.budget[1];
    expect([other.disbursed, other.spent]).toEqual([null, null]);
    // Written again from the plan read: the same cells.
    const again = valuesOf(buildWorkbookPlan(read.plan, lang));
    expect(again.tblBudget!.values).toEqual(v.tblBudget!.values);
  });

  test("a workbook without the two columns (made before them) reads, with no figures", () => {
    const v = valuesOf(buildWorkbookPlan(tiny, lang));
    const tv = v.tblBudget!;
    const drop = [disbursedHeader, spentHeader].map((h) => tv.values[0].indexOf(h));
    expect(drop.every((i) => i > 0)).toBe(true);
    tv.values = tv.values.map((r) => r.filter((_c, i) => !drop.includes(i)));
    const read = readPlan(v, lang);
    expect(read.problems).toEqual([]);
    expect(lineOf(read.plan)).toMatchObject({ disbursed: null, spent: null, amount: 1000000 });
  });
});

test("consolidation compares and carries them; reading does not require them", () => {
  const cols = budget.columns([2020]).filter((c) => c.key === "disbursed" || c.key === "spent");
  expect(cols.map((c) => [c.key, c.entry, c.merge, c.required, c.kind])).toEqual([
    ["disbursed", true, true, false, "amount"],
    ["spent", true, true, false, "amount"],
  ]);
});
