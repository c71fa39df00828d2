/**
 * The pure calculations, called with values as Excel hands them (2-D
 * arrays, optional arguments null), against figures from the sources, and
 * every kind of bad input.
 */
import fs from "fs";
import path from "path";
import {
  aggregateRate,
  attempt,
  budgetShare,
  completionRate,
  filters,
  fundingGap,
  isFailure,
  PLANNED_UNDER,
  POLICIES,
  policyOf,
  progressToTarget,
  quotaCheck,
  type CalcFailure,
  type CellValue,
} from "../../src/core/calc";

/** A source text: the shared seeds when present, else the copy under test/fixtures/source. */
function source(name: string): string {
  const shared = path.resolve(__dirname, "../../../shared/seeds", name);
  const file = fs.existsSync(shared) ? shared : path.resolve(__dirname, "../fixtures/source", name);
  return fs.readFileSync(file, "utf8").replace(/\s+/g, " ");
}

const col = (xs: CellValue[]): CellValue[][] => xs.map((x) => [x]);
const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

describe("completion rates of the previous plan (Appendix 2 of the 2019-2023 NAP)", () => {
  const text = source("001_532a9898be8d0150.txt");
  const appendix = text.slice(text.indexOf("APPENDIX 2"));
  const found = [
    ...appendix.matchAll(
      /(\d+) of the (\d+) initially planned activities were completed\. This represents a completion rate of (\d+)%/g
    ),
  ].map((m) => ({ done: Number(m[1]), planned: Number(m[2]), printed: Number(m[3]) }));

  test("the appendix reports five priorities: counts and printed rates", () => {
    expect(found).toEqual([
      { done: 9, planned: 14, printed: 64 },
      { done: 14, planned: 24, printed: 58 },
      { done: 6, planned: 9, printed: 67 },
      { done: 4, planned: 15, printed: 27 },
      { done: 4, planned: 13, printed: 30 },
    ]);
  });

  test.each([0, 1, 2, 3, 4])(
    "priority %# in order of the appendix: the rate from the counts",
    (k) => {
      const { done, planned, printed } = found[k];
      // French statuses, as a French workbook holds them; the rest not started.
      const statuses = col([
        ...Array(done).fill("Réalisée"),
        ...Array(planned - done).fill("Non démarrée"),
      ]);
      const rate = completionRate(statuses, { pillars: null, pillar: null });
      expect(rate).toBe(done / planned);
      if (done === 4 && planned === 13) {
        // Mis-rounded in the source: 4/13 = 30.77%, which rounds to 31%, not the printed 30%
        // (truncated). The calculation gives the right rate.
        expect(round(rate * 100, 2)).toBe(30.77);
        expect(Math.round(rate * 100)).toBe(31);
        expect(printed).toBe(30);
      } else {
        // 9/14 = 64.29% -> 64, 14/24 = 58.33% -> 58, 6/9 = 66.67% -> 67, 4/15 = 26.67% -> 27: as printed.
        expect(Math.round(rate * 100)).toBe(printed);
      }
    }
  );

  test("the whole previous plan, aggregated from the counts (never averaging the five rates)", () => {
    const done = found.reduce((n, x) => n + x.done, 0);
    const planned = found.reduce((n, x) => n + x.planned, 0);
    const rate = aggregateRate(col(found.map((x) => x.done)), col(found.map((x) => x.planned)));
    expect([done, planned]).toEqual([37, 75]);
    expect(rate).toBe(37 / 75); // 49.3%
    const meanOfRates = found.reduce((s, x) => s + x.done / x.planned, 0) / found.length;
    // Averaging the five percentages would say 49.34%, the counts say 49.33%: close here by chance,
    // not by rule (the ministers below differ by 0.5 points).
    expect(round(meanOfRates * 100, 2)).toBe(49.34);
    expect(round(rate * 100, 2)).toBe(49.33);
  });
});

describe("the 30% quota of Law 2015-052 against the 2020 figures (source 002)", () => {
  const text = source("002_a9b46820cb5dbcd4.txt");

  test("9 women among 38 ministers (since May 2019): 23.7%, not met", () => {
    expect(text).toContain("the government comprises 38 ministers, including 9 women");
    const q = quotaCheck(9, 38, null);
    expect(round(q.share * 100, 1)).toBe(23.7);
    expect(q.met).toBe(false);
    // The note prints "decreased from 34 percent to 23 percent": 23.68% rounds to 24 (mis-rounded, truncated).
    expect(text).toContain("from 34 percent to 23 percent");
    expect(Math.round(q.share * 100)).toBe(24);
  });

  test("11 women among 32 ministers the year before: 34.4%, met", () => {
    expect(text).toContain("32 ministers, including 11 women");
    const q = quotaCheck(11, 32);
    expect(q.share).toBe(0.34375);
    expect(q.met).toBe(true);
  });

  test("426 women among 1447 candidates (March 2020): 29.4%, not met (the note prints 29.5)", () => {
    expect(text).toContain(
      "426 women were registered as candidates for the election (out of 1447 total candidates, or 29.5 percent)"
    );
    const q = quotaCheck(426, 1447);
    expect(round(q.share * 100, 2)).toBe(29.44); // mis-rounded in the source: 29.44% is 29.4, not 29.5
    expect(q.met).toBe(false);
    expect(quotaCheck(426, 1447, 0.25).met).toBe(true);
  });

  test("administrative and elected positions: all far below the minimum", () => {
    expect(text).toContain("2019 included two women among its 11 members");
    expect(text).toContain("16 women in the corps préfectoral");
    expect(text).toContain("only 9 women out of 703 mayors");
    expect(text).toContain(
      "only one woman out of 69 interim authorities at the regional level and 14 out of 288 at the district level"
    );
    expect(round(quotaCheck(2, 11).share * 100, 1)).toBe(18.2);
    expect(round(quotaCheck(16, 301).share * 100, 1)).toBe(5.3);
    expect(round(quotaCheck(9, 703).share * 100, 1)).toBe(1.3);
    for (const [w, n] of [
      [2, 11],
      [16, 301],
      [9, 703],
      [1, 69],
      [14, 288],
    ])
      expect(quotaCheck(w, n).met).toBe(false);
    // Interim authorities, regional and district together: 15 of 357, from the counts.
    expect(aggregateRate(col([1, 14]), col([69, 288]))).toBe(15 / 357);
  });

  test("both governments together, from the counts: 20 of 70 (28.6%), not the mean 29.0%", () => {
    const r = aggregateRate(col([9, 11]), col([38, 32]));
    expect(r).toBe(20 / 70);
    expect(round(r * 100, 1)).toBe(28.6);
    expect(round(((9 / 38 + 11 / 32) / 2) * 100, 1)).toBe(29.0);
  });

  test("the boundary: exactly 30% meets the minimum", () => {
    expect(quotaCheck(3, 10).met).toBe(true);
    expect(quotaCheck(9, 30).met).toBe(true);
    expect(quotaCheck(29, 100).met).toBe(false);
  });
});

describe("budget share", () => {
  const amounts = col([100, 300, null, 600, ""]);
  const leads = col(["MPFEF", "MEF", null, "mpfef ", "MEF"]);
  const years = col([2020, "2020", null, 2021, 2021]);
  const types = col(["Partenaire", "National budget", null, "Partner", ""]);

  test("a stakeholder's share; blank rows and blank amounts ignored; codes matched ignoring case and spaces", () => {
    expect(budgetShare(amounts, leads, "MPFEF")).toBe(700 / 1000);
    // A category in no row is a typo or a stakeholder without budget: #N/A, or 0 when the caller says so.
    expect(attempt(() => budgetShare(amounts, leads, "NOBODY"))).toMatchObject({ error: "#N/A" });
    expect(budgetShare(amounts, leads, "NOBODY", [], {}, 0)).toBe(0);
    // A category whose only rows have a blank amount is not counted either.
    expect(attempt(() => budgetShare(amounts, col([1, 2, "X", 3, "X"]), "X"))).toMatchObject({
      error: "#N/A",
    });
  });

  test("filters: a year as a number or as text", () => {
    expect(budgetShare(amounts, leads, "MPFEF", filters([years, 2020]))).toBe(100 / 400);
    expect(budgetShare(amounts, leads, "MEF", filters([years, "2020"]))).toBe(300 / 400);
  });

  test("categories and filter values in French or English", () => {
    expect(budgetShare(amounts, types, "partner")).toBe(700 / 1000);
    expect(budgetShare(amounts, types, "Budget national")).toBe(300 / 1000);
    expect(budgetShare(amounts, leads, "MPFEF", filters([types, "Partenaire"]))).toBe(1);
  });

  test("a single row range and a single value work as well as a column", () => {
    expect(budgetShare([[100, 300]], [["A", "B"]], "A")).toBe(0.25);
    expect(budgetShare(5, "A", "A")).toBe(1);
  });
});

describe("funding gap", () => {
  const planned = col([1000, 500, null, 200]);
  const secured = col([400, null, null, 300]);
  const sources = col(["BN", "PTF", null, "BN"]);

  test("planned minus secured; a blank secured counts 0; more secured than planned gives a negative gap", () => {
    expect(fundingGap(planned, secured)).toBe(1000);
    expect(fundingGap(planned, secured, filters([sources, "BN"]))).toBe(500);
    expect(fundingGap(col([100]), col([150]))).toBe(-50);
  });

  test("no rows: a gap of 0 (nothing planned, nothing missing)", () => {
    expect(fundingGap([[]], [[]])).toBe(0);
  });
});

describe("completion rate policies", () => {
  // 2 completed, 1 in progress, 1 not started, 1 postponed, 1 cancelled.
  const statuses = col([
    "Completed",
    "Réalisée",
    "En cours",
    "not-started",
    "Postponed",
    "Annulée",
    null,
  ]);
  const pillars = col(["1", "1", "2", 2, "1", "1", null]);

  test.each([
    ["standard", 2 / 5],
    ["include-cancelled", 2 / 6],
    ["exclude-postponed", 2 / 4],
    ["include-cancelled-exclude-postponed", 2 / 5],
  ] as const)("%s", (policy, rate) => {
    expect(completionRate(statuses, { policy })).toBe(rate);
    expect(PLANNED_UNDER[policy]).toContain("completed");
  });

  test("policies by their French names; blank is standard", () => {
    expect(policyOf("inclure-annulées")).toBe("include-cancelled");
    expect(policyOf("Exclure-Reportees")).toBe("exclude-postponed");
    expect(policyOf(null)).toBe("standard");
    expect(POLICIES).toHaveLength(4);
  });

  test("by pillar (a number or its text)", () => {
    expect(completionRate(statuses, { pillars, pillar: 1 })).toBe(2 / 3);
    expect(completionRate(statuses, { pillars, pillar: "2" })).toBe(0);
  });

  test("a plain list of statuses, as the summaries pass the model's", () => {
    expect(completionRate(["completed", "cancelled", "postponed"])).toBe(0.5);
  });
});

describe("progress toward target", () => {
  test.each([
    ["increase: halfway", 10, 20, 30, "increase", 0.5],
    ["decrease: (baseline - actual) / (baseline - target)", 40, 30, 20, "decrease", 0.5],
    ["decrease, moved the wrong way: negative", 40, 45, 20, "decrease", -0.25],
    ["increase beyond the target: above 1", 10, 40, 30, "increase", 1.5],
    ["target = baseline, reached", 5, 5, 5, "increase", 1],
    ["maintain, within 5% of the target", 0, 51, 50, "maintain", 1],
    ["maintain, 20% off", 0, 60, 50, "maintain", 0],
  ] as const)("%s", (_what, b, a, tg, dir, expected) => {
    expect(progressToTarget(b, a, tg, dir)).toBeCloseTo(expected, 12);
  });

  test("maintain with a tolerance of the caller's; a missing value gives null", () => {
    expect(progressToTarget(null, 60, 50, "maintain", 0.25)).toBe(1);
    expect(progressToTarget(null, 20, 30, "increase")).toBeNull();
  });
});

describe("bad input: the Excel error a user expects, with a message in English and French", () => {
  const fails = (f: () => unknown): CalcFailure => {
    const r = attempt(f);
    if (!isFailure(r)) throw new Error(`expected a failure, got ${JSON.stringify(r)}`);
    return r;
  };

  test.each([
    [
      "mismatched range sizes, naming both ranges",
      () => budgetShare(col([1, 2]), col(["A"]), "A"),
      "#VALUE!",
      "categories has 1 cells but amounts has 2: the ranges must be the same size",
      "catégories a 1 cellules mais montants en a 2 : les plages doivent avoir la même taille",
    ],
    [
      "a filter range of another size",
      () => fundingGap(col([1, 2]), col([0, 0]), filters([col([2020]), 2020])),
      "#VALUE!",
      "filter 1 has 1 cells but planned has 2: the ranges must be the same size",
      "filtre 1 a 1 cellules mais prévus en a 2 : les plages doivent avoir la même taille",
    ],
    [
      "text in an amount cell, naming its position",
      () => budgetShare(col([1, "lots"]), col(["A", "B"]), "A"),
      "#VALUE!",
      "amounts, cell 2: “lots” is not a number (0 or more)",
      "montants, cellule 2 : « lots » n’est pas un nombre (0 ou plus)",
    ],
    [
      "a negative amount",
      () => fundingGap(col([10]), col([-5])),
      "#VALUE!",
      "secured, cell 1: “-5” is not a number (0 or more)",
      "acquis, cellule 1 : « -5 » n’est pas un nombre (0 ou plus)",
    ],
    [
      "an unknown status, with the value",
      () => completionRate(col(["Completed", "Done-ish"])),
      "#VALUE!",
      "statuses, cell 2: “Done-ish” is not an action status (not started, in progress, completed, postponed, cancelled)",
      "statuts, cellule 2 : « Done-ish » n’est pas un statut d’action (non démarrée, en cours, réalisée, reportée, annulée)",
    ],
    [
      "an unknown policy",
      () => completionRate(col(["Completed"]), { policy: policyOf("lenient") }),
      "#VALUE!",
      "unknown policy “lenient” (use standard, include-cancelled, exclude-postponed, include-cancelled-exclude-postponed)",
      "règle inconnue « lenient » (utilisez standard, inclure-annulées, exclure-reportées, inclure-annulées-exclure-reportées)",
    ],
    [
      "a 2-D range where a column is expected",
      () =>
        aggregateRate(
          [
            [1, 2],
            [3, 4],
          ],
          [
            [1, 2],
            [3, 4],
          ]
        ),
      "#VALUE!",
      "numerators must be a single row or column (2 rows × 2 columns given)",
      "numérateurs doit être une seule ligne ou colonne (2 lignes × 2 colonnes reçues)",
    ],
    [
      "a filter range without a value",
      () => budgetShare(col([1]), col(["A"]), "A", filters([col([2020]), null])),
      "#VALUE!",
      "filter 1 is given without a value to keep",
      "filtre 1 est donné sans valeur à retenir",
    ],
    [
      "a filter value without a range",
      () => budgetShare(col([1]), col(["A"]), "A", filters([null, null], [null, 2020])),
      "#VALUE!",
      "a value to keep (“2020”) is given for filter 2, but no range",
      "une valeur à retenir (« 2020 ») est donnée pour filtre 2, mais sans plage",
    ],
    [
      "a pillar without the pillars",
      () => completionRate(col(["Completed"]), { pillar: 2 }),
      "#VALUE!",
      "a value to keep (“2”) is given for pillars, but no range",
      "une valeur à retenir (« 2 ») est donnée pour axes, mais sans plage",
    ],
    [
      "more women than people",
      () => quotaCheck(12, 10),
      "#VALUE!",
      "12 women is more than the total of 10",
      "12 femmes, c’est plus que le total de 10",
    ],
    [
      "text where a count is expected",
      () => quotaCheck("nine", 38),
      "#VALUE!",
      "women: “nine” is not a number",
      "femmes : « nine » n’est pas un nombre",
    ],
    [
      "a negative count",
      () => quotaCheck(-1, 38),
      "#VALUE!",
      "women: “-1” is not a count (a number, 0 or more)",
      "femmes : « -1 » n’est pas un effectif (un nombre, 0 ou plus)",
    ],
    [
      "a minimum given as a percentage number",
      () => quotaCheck(9, 38, 30),
      "#NUM!",
      "the minimum must be a share between 0 and 1, such as 30% or 0.3 (“30” given)",
      "le minimum doit être une part entre 0 et 1, comme 30 % ou 0,3 (« 30 » reçu)",
    ],
    [
      "an empty denominator: a total budget of 0",
      () => budgetShare(col([0, 0]), col(["A", "B"]), "A"),
      "#DIV/0!",
      "the total of amounts is 0: there is no share to compute",
      "le total des montants est nul : aucune part à calculer",
    ],
    [
      "an empty denominator: no amounts at all",
      () => budgetShare(col([null, ""]), col(["A", "B"]), "A"),
      "#DIV/0!",
      "the total of amounts is 0: there is no share to compute",
      "le total des montants est nul : aucune part à calculer",
    ],
    [
      "an empty denominator: nothing left planned",
      () => completionRate(col(["Cancelled", "Annulée"])),
      "#DIV/0!",
      "no action is left planned under the policy “standard”: there is no rate to compute",
      "aucune action ne reste prévue selon la règle « standard » : aucun taux à calculer",
    ],
    [
      "an empty denominator: a total of 0 people",
      () => quotaCheck(0, 0),
      "#DIV/0!",
      "the total is 0: there is no share to compute",
      "le total est nul : aucune part à calculer",
    ],
    [
      "an empty denominator: denominators adding up to 0",
      () => aggregateRate(col([0, null]), col([0, null])),
      "#DIV/0!",
      "the denominators add up to 0: there is no rate to compute",
      "la somme des dénominateurs est nulle : aucun taux à calculer",
    ],
    [
      "a filter that matches nothing",
      () => budgetShare(col([1]), col(["A"]), "A", filters([col([2020]), 1999])),
      "#N/A",
      "no row matches the filters (filter 1 = 1999)",
      "aucune ligne ne correspond aux filtres (filtre 1 = 1999)",
    ],
    [
      "a pillar with no action",
      () => completionRate(col(["Completed"]), { pillars: col(["1"]), pillar: "9" }),
      "#N/A",
      "no row matches the filters (pillars = 9)",
      "aucune ligne ne correspond aux filtres (axes = 9)",
    ],
    ["a missing count", () => quotaCheck(null, 38), "#N/A", "women is missing", "femmes manque"],
  ])("%s", (_what, f, error, message, messageFr) => {
    expect(fails(f)).toEqual({ error, message, messageFr });
  });

  test("a faulty cell is named by its address when Excel gives the range's", () => {
    const r = fails(() =>
      budgetShare(col([1, 2, "n/a"]), col(["A", "B", "C"]), "A", [], {
        main: ["'Budget'!$H$5:$H$7", "Budget!N5:N7"],
      })
    );
    expect(r.message).toBe("amounts, 'Budget'!H7: “n/a” is not a number (0 or more)");
    const across = fails(() =>
      completionRate([["Completed", "Réalisée", "??"]], {
        addresses: { statuses: "Sheet1!Z3:AB3" },
      })
    );
    expect(across.message).toMatch(/^statuses, Sheet1!AB3: “\?\?”/);
  });

  test("a large range finishes in one pass (no hang): 200,000 rows", () => {
    const n = 200000;
    const a = Array.from({ length: n }, (_x, i) => [i % 7]);
    const c = Array.from({ length: n }, (_x, i) => [i % 2 ? "A" : "B"]);
    const y = Array.from({ length: n }, (_x, i) => [2019 + (i % 5)]);
    const t0 = Date.now();
    const share = budgetShare(a, c, "A", filters([y, 2021]));
    expect(share).toBeGreaterThan(0.3);
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});
