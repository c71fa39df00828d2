import fs from "fs";
import path from "path";
import { call, installCustomFunctionsDouble } from "./excel-double";

installCustomFunctionsDouble();

const fn =
  require("../../src/functions/functions") as typeof import("../../src/functions/functions");

function seed(name: string): string {
  const shared = path.resolve(__dirname, "../../../shared/seeds", name);
  return fs.readFileSync(
    fs.existsSync(shared) ? shared : path.resolve(__dirname, "../fixtures/source", name),
    "utf8"
  );
}

const col = (xs: unknown[]) => xs.map((x) => [x]);

describe("COMPLETIONRATE against Appendix 2 of the plan (review of the previous NAP)", () => {
  const text = seed("001_532a9898be8d0150.txt").replace(/\s+/g, " ");
  const found = [
    ...text.matchAll(
      /(\d+) of the (\d+) initially planned activities were completed\. This represents a completion rate of (\d+)%/g
    ),
  ].map((m) => ({ done: Number(m[1]), planned: Number(m[2]), printed: Number(m[3]) }));

  test("the source gives five priorities with counts and printed rates", () => {
    expect(found).toHaveLength(5);
  });

  test.each([0, 1, 2, 3, 4])("priority %#: the rate from the counts, in French statuses", (k) => {
    const { done, planned, printed } = found[k];
    const statuses = col([
      ...Array(done).fill("Réalisée"),
      ...Array(planned - done).fill("Non démarrée"),
    ]);
    const rate = fn.completionRateFn(statuses, undefined, undefined, undefined);
    expect(rate).toBeCloseTo(done / planned, 12);
    const rounded = Math.round(rate * 100);
    if (done === 4 && planned === 13) {
      // The plan prints 30% for 4 of 13: 4/13 = 30.77%, which rounds to 31%. The function gives the right rate.
      expect(printed).toBe(30);
      expect(rounded).toBe(31);
    } else expect(rounded).toBe(printed);
  });
});

describe("QUOTA and QUOTAMET against the 2020 figures (Law 2015-052, 30% minimum)", () => {
  const text = seed("002_a9b46820cb5dbcd4.txt").replace(/\s+/g, " ");

  test("9 women among 38 ministers: 23.7%, not met; 11 among 32 the year before: 34.4%, met", () => {
    expect(text).toMatch(/38 ministers, including 9 women/);
    expect(text).toMatch(/32 ministers, including 11 women/);
    expect(fn.quotaFn(9, 38)).toBeCloseTo(9 / 38, 12);
    expect(Math.round(fn.quotaFn(9, 38) * 1000) / 10).toBe(23.7);
    expect(fn.quotaMetFn(9, 38)).toBe(false);
    expect(fn.quotaMetFn(11, 32)).toBe(true);
  });

  test("426 women among 1447 candidates: 29.4% (the note prints 29.5), not met", () => {
    expect(text).toMatch(
      /426 women were registered as candidates for the election \(out of 1447 total candidates, or 29\.5 percent\)/
    );
    expect(Math.round(fn.quotaFn(426, 1447) * 1000) / 10).toBe(29.4);
    expect(fn.quotaMetFn(426, 1447)).toBe(false);
    expect(fn.quotaMetFn(426, 1447, 0.25)).toBe(true);
  });

  test("RATE aggregates numerators and denominators, never averages percentages", () => {
    // Both governments together: 20 women among 70 ministers, 28.6%; the mean of 23.7% and 34.4% would be 29.0%.
    const r = fn.rateFn(col([9, 11]), col([38, 32]));
    expect(r).toBeCloseTo(20 / 70, 12);
    expect(Math.abs(r - (9 / 38 + 11 / 32) / 2)).toBeGreaterThan(0.004);
  });
});

describe("BUDGETSHARE, FUNDINGGAP, PROGRESS", () => {
  const amounts = col([100, 300, null, 600]);
  const leads = col(["MPFEF", "MEF", null, "mpfef "]);
  const years = col([2020, 2020, null, 2021]);

  test("a stakeholder's share, blank rows ignored, filters optional", () => {
    expect(fn.budgetShareFn(amounts, leads, "MPFEF")).toBeCloseTo(700 / 1000, 12);
    expect(fn.budgetShareFn(amounts, leads, "MPFEF", years, 2020)).toBeCloseTo(100 / 400, 12);
    expect(fn.budgetShareFn(amounts, leads, "NOBODY")).toBe(0);
  });

  test("funding gap under a filter", () => {
    expect(fn.fundingGapFn(amounts, col([50, 300, null, 0]), years, 2021)).toBe(600);
    expect(fn.fundingGapFn(amounts, col([50, 300, null, 0]))).toBe(650);
  });

  test("progress is direction-aware", () => {
    expect(fn.progressFn(10, 20, 30, "increase")).toBeCloseTo(0.5, 12);
    expect(fn.progressFn(40, 30, 20, "Baisse")).toBeCloseTo(0.5, 12);
    expect(fn.progressFn(40, 45, 20, "decrease")).toBeCloseTo(-0.25, 12);
    expect(fn.progressFn(0, 51, 50, "maintain")).toBe(1);
    expect(fn.progressFn(0, 60, 50, "Maintien")).toBe(0);
  });
});

describe("bad input gives the Excel error a user expects, with a message", () => {
  test.each([
    [
      "mismatched range sizes",
      () => fn.budgetShareFn(col([1, 2]), col(["A"]), "A"),
      "#VALUE!",
      /categories has 1 cells but amounts has 2/,
    ],
    [
      "text in an amount cell",
      () => fn.budgetShareFn(col([1, "lots"]), col(["A", "B"]), "A"),
      "#VALUE!",
      /amounts, cell 2: "lots" is not a number/,
    ],
    [
      "an unknown status",
      () => fn.completionRateFn(col(["Completed", "Done-ish"]), undefined, undefined, undefined),
      "#VALUE!",
      /"Done-ish" is not a status/,
    ],
    [
      "an unknown policy",
      () => fn.completionRateFn(col(["Completed"]), undefined, undefined, "lenient"),
      "#VALUE!",
      /unknown policy "lenient"/,
    ],
    [
      "nothing left planned",
      () => fn.completionRateFn(col(["Cancelled", "Annulée"]), undefined, undefined, undefined),
      "#DIV/0!",
      /no action is left planned/,
    ],
    [
      "a zero total",
      () => fn.budgetShareFn(col([0, 0]), col(["A", "B"]), "A"),
      "#DIV/0!",
      /total budget is 0/,
    ],
    [
      "a filter that matches nothing",
      () => fn.budgetShareFn(col([1]), col(["A"]), "A", col([2020]), 1999),
      "#N/A",
      /no row matches the filters/,
    ],
    [
      "a 2-D range where a column is expected",
      () =>
        fn.rateFn(
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
      /single row or column/,
    ],
    ["more women than people", () => fn.quotaFn(12, 10), "#VALUE!", /more than the total/],
    ["a missing value for progress", () => fn.progressFn(10, "", 30, undefined), "#N/A", /missing/],
    [
      "text where progress needs a number",
      () => fn.progressFn(10, "n/a", 30, undefined),
      "#VALUE!",
      /"n\/a" is not a number/,
    ],
  ])("%s", (_what, f, code, message) => {
    const r = call(f as () => unknown) as { error: string; message: string };
    expect(r.error).toBe(code);
    expect(r.message).toMatch(message);
  });

  test("messages follow Excel's display language", () => {
    installCustomFunctionsDouble("fr-FR");
    const r = call(() => fn.budgetShareFn(col([1, "beaucoup"]), col(["A", "B"]), "A")) as {
      message: string;
    };
    expect(r.message).toBe("montants, cellule 2 : « beaucoup » n'est pas un nombre");
    installCustomFunctionsDouble("en-US");
  });

  test("a large range finishes promptly and linearly (no hang)", () => {
    const n = 100000;
    const big = Array.from({ length: n }, (_x, i) => [i % 7]);
    const cats = Array.from({ length: n }, (_x, i) => [i % 2 ? "A" : "B"]);
    const share = fn.budgetShareFn(big, cats, "A");
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.6);
  });
});
