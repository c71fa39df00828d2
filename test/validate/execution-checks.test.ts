/**
 * Money disbursed and spent in the full check (src/core/validate/rules/money.ts):
 * a negative amount, spent above disbursed and disbursed above secured are
 * warnings naming the cell, in French and English; blanks are no finding.
 */
import { parsePlan } from "../../src/core/model";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { validateWorkbook } from "../../src/core/validate";
import { TINY_PLAN } from "../fixtures/tiny-plan";
import { setCell, valuesOf } from "../support/values";

const tiny = parsePlan(TINY_PLAN);
const headers = {
  en: { disbursed: "Amount disbursed", spent: "Amount spent", sheet: "Budget" },
  fr: { disbursed: "Montant décaissé", spent: "Montant dépensé", sheet: "Budget" },
} as const;

describe.each(["en", "fr"] as const)("disbursed and spent checked (%s)", (lang) => {
  const h = headers[lang];
  const fresh = () => valuesOf(buildWorkbookPlan(tiny, lang));
  const found = (edit: (set: (header: string, v: number | null) => void) => void) => {
    const v = fresh();
    // A1's 2020 line: 1,000,000 planned, 500,000 secured.
    edit((header, value) => setCell(v, "tblBudget", "A1", header, value));
    return validateWorkbook(v, lang).map((f) => ({
      severity: f.severity,
      rule: f.rule,
      message: f.message,
    }));
  };

  test("blank amounts, and amounts in order, give no finding", () => {
    expect(found(() => undefined)).toEqual([]);
    expect(
      found((set) => {
        set(h.disbursed, 500000);
        set(h.spent, 500000);
      })
    ).toEqual([]);
    // Spent with nothing disbursed typed: not compared (a blank is not 0).
    expect(found((set) => set(h.spent, 900000))).toEqual([]);
  });

  test("spent above disbursed, disbursed above secured: two warnings, each at its cell", () => {
    const f = found((set) => {
      set(h.disbursed, 600000);
      set(h.spent, 650000);
    });
    // tblBudget: A action, B year, C source, D-F costing, G cost, H planned, I secured, J disbursed, K spent.
    expect(f).toEqual([
      {
        severity: "warning",
        rule: "money.spent-above-disbursed",
        message: expect.stringMatching(new RegExp(`^${h.sheet}!K2: `)),
      },
      {
        severity: "warning",
        rule: "money.disbursed-above-secured",
        message: expect.stringMatching(new RegExp(`^${h.sheet}!J2: `)),
      },
    ]);
    const words =
      lang === "en"
        ? [
            /amount spent \(650000\) is above the amount disbursed \(600000\)/,
            /disbursed \(600000\) is above the amount secured \(500000\)/,
          ]
        : [
            /montant dépensé \(650000\) dépasse le montant décaissé \(600000\)/,
            /décaissé \(600000\) dépasse le montant acquis \(500000\)/,
          ];
    expect(f[0].message).toMatch(words[0]);
    expect(f[1].message).toMatch(words[1]);
  });

  test("a negative amount disbursed or spent is a warning at its cell", () => {
    const f = found((set) => set(h.spent, -20));
    expect(f).toEqual([
      {
        severity: "warning",
        rule: "money.execution-negative",
        message: expect.stringMatching(
          new RegExp(`^${h.sheet}!K2: -20 ${lang === "en" ? "is negative" : "est négatif"}`)
        ),
      },
    ]);
    expect(found((set) => set(h.disbursed, -1)).map((x) => x.message)).toEqual([
      expect.stringMatching(new RegExp(`^${h.sheet}!J2: -1 `)),
    ]);
  });
});
