/**
 * Issue 17 (custom functions at most 3× a plain loop): the calculations
 * fold a constant once a call and each distinct cell text once, and keep
 * per-distinct tables (Matcher, FilterMatcher, Distinct). Two checks that
 * this changes no result and really folds per distinct value:
 * - budgetShare, fundingGap and completionRate on seeded random ranges
 *   (accents, case, spaces, French and English labels, numbers as text,
 *   blanks, error texts, bad amounts) give what a straightforward reference
 *   written here gives: every cell folded afresh on every row, no cache;
 *   also with three filters (Selection.next's general loop) and with
 *   ranges across a single row, one holding a hole (read as blank);
 * - a spy on fold counts the folds of a call over thousands of rows with a
 *   few distinct texts: bounded by the distinct texts, not the rows (code
 *   that folds per row fails it).
 * No timing here: the speed itself is bench/custom-functions.js.
 */
import * as i18n from "../../src/core/i18n";
import { fold, t, type MessageKey } from "../../src/core/i18n";
import {
  ACTION_STATUSES,
  BUDGET_STATUSES,
  FUNDING_TYPES,
  STAKEHOLDER_TYPES,
} from "../../src/core/model";
import {
  attempt,
  budgetShare,
  completionRate,
  filters,
  fundingGap,
  isFailure,
  PLANNED_UNDER,
  type CellValue,
  type Filter,
  type Range,
} from "../../src/core/calc";

// ---------------------------------------------------------------- reference

/** The lists whose labels match in either language, in the order the key is looked up. */
const LISTS: [string, readonly string[]][] = [
  ["status", ACTION_STATUSES],
  ["budgetStatus", BUDGET_STATUSES],
  ["fundingType", FUNDING_TYPES],
  ["stakeholderType", STAKEHOLDER_TYPES],
];

/** Each list's values with their labels (the value itself, English, French), folded: constants. */
const LABELS = new Map(
  LISTS.map(([list, values]) => [
    list,
    values.map((v) => {
      const key = `${list}.${v}` as MessageKey;
      return { v, folded: [v, t("en", key), t("fr", key)].map(fold) };
    }),
  ])
);

/** The list value a text is a label of, its fold compared afresh. */
function refListValue(list: string, s: string): string | undefined {
  const f = fold(s);
  return LABELS.get(list)!.find(({ folded }) => folded.includes(f))?.v;
}

/** The key two cells match on, computed from scratch each time. */
function refKey(v: CellValue): string {
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  const s = v ?? "";
  if (/^\s*-?\d+(\.\d+)?\s*$/.test(s)) return String(Number(s));
  for (const [list] of LISTS) {
    const value = refListValue(list, s);
    if (value !== undefined) return `${list}:${value}`;
  }
  return fold(s);
}

const refBlank = (v: CellValue) =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");
const cell = (r: Range, i: number) => r[i][0];

class RefError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}
function refAmount(v: CellValue): number {
  if (refBlank(v)) return 0;
  if (typeof v === "number" && Number.isFinite(v) && v >= 0) return v;
  throw new RefError("#VALUE!");
}
const keeps = (fs: Filter[], i: number) =>
  fs.every((f) => refKey(cell(f.range as Range, i)) === refKey(f.value));

function refBudgetShare(amounts: Range, cats: Range, category: CellValue, fs: Filter[]): number {
  let total = 0;
  let mine = 0;
  let found = false;
  let counted = 0;
  for (let i = 0; i < amounts.length; i++) {
    if (!keeps(fs, i) || refBlank(cell(amounts, i))) continue;
    const x = refAmount(cell(amounts, i));
    counted++;
    total += x;
    if (refKey(cell(cats, i)) === refKey(category)) {
      mine += x;
      found = true;
    }
  }
  if (fs.length && counted === 0) throw new RefError("#N/A");
  if (total === 0) throw new RefError("#DIV/0!");
  if (!found) throw new RefError("#N/A");
  return mine / total;
}

function refFundingGap(planned: Range, secured: Range, fs: Filter[]): number {
  let p = 0;
  let s = 0;
  let counted = 0;
  for (let i = 0; i < planned.length; i++) {
    if (!keeps(fs, i) || (refBlank(cell(planned, i)) && refBlank(cell(secured, i)))) continue;
    counted++;
    p += refAmount(cell(planned, i));
    s += refAmount(cell(secured, i));
  }
  if (fs.length && counted === 0) throw new RefError("#N/A");
  return p - s;
}

function refCompletion(statuses: Range, pillars: Range, pillar: CellValue): number {
  const planned = PLANNED_UNDER.standard as readonly string[];
  let n = 0;
  let done = 0;
  let counted = 0;
  for (let i = 0; i < statuses.length; i++) {
    const v = cell(statuses, i);
    if (refKey(cell(pillars, i)) !== refKey(pillar) || refBlank(v)) continue;
    counted++;
    const st = typeof v === "string" ? refListValue("status", v) : undefined;
    if (st === undefined) throw new RefError("#VALUE!");
    if (!planned.includes(st)) continue;
    n++;
    if (st === "completed") done++;
  }
  if (counted === 0) throw new RefError("#N/A");
  if (n === 0) throw new RefError("#DIV/0!");
  return done / n;
}

/** A calculation's value or error code, for comparing with the reference's. */
function outcome(f: () => number): number | string {
  const r = attempt(f);
  return isFailure(r) ? r.error : r;
}
function refOutcome(f: () => number): number | string {
  try {
    return f();
  } catch (e) {
    if (e instanceof RefError) return e.code;
    throw e;
  }
}

// ---------------------------------------------------------------- random ranges

/** A seeded generator (mulberry32): the same ranges on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES: CellValue[] = [
  "Partner",
  "partner",
  "  PARTNER ",
  "Partenaire",
  "partenaire",
  "National budget",
  "Budget national",
  "budget  NATIONAL",
  "Société civile",
  "societe civile",
  "SOCIETE CIVILE ",
  "Civil society",
  "S1",
  "s1",
  " S1",
  "S2",
  "Ministère",
  "ministere",
  "#N/A",
  "#VALUE!",
  "",
  "   ",
  null,
  undefined,
  true,
  2020,
  "2020",
  " 2020 ",
  "2020.0",
  "2021",
  2021,
];
const PILLARS: CellValue[] = [
  "1",
  1,
  " 1 ",
  "1.0",
  "2",
  2,
  "02",
  "3",
  "Pilier 3",
  "pilier 3",
  "",
  null,
  3,
];
const STATUSES: CellValue[] = [
  "Completed",
  "completed",
  "Réalisée",
  "REALISEE",
  " réalisée ",
  "In progress",
  "En cours",
  "en  cours",
  "Not started",
  "Non démarrée",
  "Postponed",
  "Reportée",
  "Cancelled",
  "Annulée",
  "annulee",
  "",
  null,
];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}
/** An amount: mostly numbers, some blanks; with `dirty`, now and then text, a negative or an error text. */
function amount(r: () => number, dirty: boolean): CellValue {
  const x = r();
  if (x < 0.1) return pick(r, [null, "", " ", undefined]);
  if (dirty && x < 0.13) return pick(r, ["12", -5, "#N/A", "abc", true]);
  return Math.floor(r() * 1000) * (r() < 0.3 ? 0.25 : 1);
}
const column = (n: number, f: () => CellValue): Range => Array.from({ length: n }, () => [f()]);

describe("the calculations give what a reference folding every cell afresh gives", () => {
  test.each(Array.from({ length: 40 }, (_x, k) => k))("random ranges, seed %i", (seed) => {
    const r = rng(seed + 1);
    const n = 1 + Math.floor(r() * 300);
    const dirty = seed % 4 === 3;
    const amounts = column(n, () => amount(r, dirty));
    const secured = column(n, () => amount(r, dirty));
    const cats = column(n, () => pick(r, CATEGORIES));
    const pillars = column(n, () => pick(r, PILLARS));
    const years = column(n, () => pick(r, [2019, 2020, "2020", " 2021", "2021.0", 2022, null]));
    const statuses = column(n, () => (dirty && r() < 0.02 ? "Done?" : pick(r, STATUSES)));
    let compared = 0;
    for (let k = 0; k < 6; k++) {
      const category = pick(
        r,
        CATEGORIES.filter((c) => !refBlank(c))
      );
      const pillar = pick(
        r,
        PILLARS.filter((c) => !refBlank(c))
      );
      const year = pick(r, [2020, "2020", 2021, " 2021 ", 2019]);
      const fs =
        k % 3 === 0
          ? []
          : k % 3 === 1
            ? filters([pillars, pillar])
            : filters([pillars, pillar], [years, year]);
      expect(outcome(() => budgetShare(amounts, cats, category, fs))).toEqual(
        refOutcome(() => refBudgetShare(amounts, cats, category, fs))
      );
      expect(outcome(() => fundingGap(amounts, secured, fs))).toEqual(
        refOutcome(() => refFundingGap(amounts, secured, fs))
      );
      expect(outcome(() => completionRate(statuses, { pillars, pillar }))).toEqual(
        refOutcome(() => refCompletion(statuses, pillars, pillar))
      );
      compared += 3;
    }
    expect(compared).toBe(18);
  });

  /** A column as a single row, as Excel passes a range across: one hole in it when `hole`. */
  const across = (c: Range, hole: boolean): Range => {
    const row: CellValue[] = c.map((x) => x[0]);
    if (hole && row.length > 2) delete row[1];
    return [row];
  };

  test.each(Array.from({ length: 12 }, (_x, k) => k))(
    "three filters, and ranges across a row (seed %i)",
    (seed) => {
      const r = rng(seed + 101);
      const n = 1 + Math.floor(r() * 200);
      const dirty = seed % 3 === 2;
      const amounts = column(n, () => amount(r, dirty));
      const secured = column(n, () => amount(r, dirty));
      const cats = column(n, () => pick(r, CATEGORIES));
      const pillars = column(n, () => pick(r, PILLARS));
      const years = column(n, () => pick(r, [2019, 2020, "2020", " 2021", 2022, null]));
      const more = column(n, () => pick(r, CATEGORIES));
      // The row read as the reference reads it: a hole is a blank cell.
      const holed = (c: Range): Range => (n > 2 ? c.map((x, i) => (i === 1 ? [undefined] : x)) : c);
      for (let k = 0; k < 4; k++) {
        const category = pick(r, ["Partner", "Partenaire", "S1", "2020", "Budget national"]);
        const pillar = pick(r, ["1", 2, "3"]);
        const year = pick(r, [2020, "2020", " 2021 "]);
        const other = pick(r, ["partner", "S2", 2021, "Société civile"]);
        const three = filters([pillars, pillar], [years, year], [more, other]);
        expect(outcome(() => budgetShare(amounts, cats, category, three))).toEqual(
          refOutcome(() => refBudgetShare(amounts, cats, category, three))
        );
        expect(outcome(() => fundingGap(amounts, secured, three))).toEqual(
          refOutcome(() => refFundingGap(amounts, secured, three))
        );
        // Across: every range a single row, a hole in the amounts, a filter across too.
        const rowFilters = filters([across(pillars, false), pillar]);
        const refFilters = filters([pillars, pillar]);
        expect(
          outcome(() =>
            budgetShare(across(amounts, true), across(cats, false), category, rowFilters)
          )
        ).toEqual(refOutcome(() => refBudgetShare(holed(amounts), cats, category, refFilters)));
        expect(
          outcome(() => fundingGap(across(amounts, false), across(secured, true), rowFilters))
        ).toEqual(refOutcome(() => refFundingGap(amounts, holed(secured), refFilters)));
      }
    }
  );

  test("the random ranges reach every outcome: shares, errors of each kind", () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 40; seed++) {
      const r = rng(seed + 1);
      const n = 1 + Math.floor(r() * 300);
      const dirty = seed % 4 === 3;
      const amounts = column(n, () => amount(r, dirty));
      column(n, () => amount(r, dirty));
      const cats = column(n, () => pick(r, CATEGORIES));
      const pillars = column(n, () => pick(r, PILLARS));
      for (let k = 0; k < 6; k++) {
        const category = pick(
          r,
          CATEGORIES.filter((c) => !refBlank(c))
        );
        const pillar = pick(
          r,
          PILLARS.filter((c) => !refBlank(c))
        );
        const o = refOutcome(() =>
          refBudgetShare(amounts, cats, category, filters([pillars, pillar]))
        );
        seen.add(typeof o === "number" ? (o > 0 ? "share" : "zero") : o);
      }
    }
    // A test set that never reaches an outcome could not tell a wrong one.
    expect([...seen].sort()).toEqual(expect.arrayContaining(["#N/A", "#VALUE!", "share"]));
  });
});

describe("folding is per distinct value, not per row", () => {
  afterEach(() => jest.restoreAllMocks());
  // The label tables are built (and their labels folded) on first use: before any spy.
  beforeAll(() => {
    budgetShare([[1], [2]], [["Partner"], ["x"]], "Partenaire", filters([[["1"], ["2"]], "1"]));
    completionRate([["En cours"], ["Réalisée"]]);
  });

  /** Texts no other test folds (the key cache is process-wide), in a few spellings each. */
  function spellings(tag: string, k: number): string[] {
    const w = `Zébulon-${tag}-${k}`;
    return [
      w,
      w.toUpperCase(),
      ` ${w.toLowerCase()} `,
      w.normalize("NFD").replace(/[\u0300-\u036f]/g, ""),
    ];
  }

  test("budgetShare with a text filter over 4,000 rows of 24 distinct texts folds a few times each", () => {
    const rows = 4000;
    const cats = Array.from({ length: 6 }, (_x, k) => spellings("cat", k)).flat();
    const regions = Array.from({ length: 6 }, (_x, k) => spellings("region", k)).flat();
    const amounts = column(rows, () => 10);
    let i = 0;
    const catCol = column(rows, () => cats[i++ % cats.length]);
    i = 0;
    const regionCol = column(rows, () => regions[(i++ * 7) % regions.length]);
    const fs = filters([regionCol, "ZÉBULON-region-2"]);
    const spy = jest.spyOn(i18n, "fold");
    const share = budgetShare(amounts, catCol, `  zebulon-CAT-1`, fs);
    const folds = spy.mock.calls.length;
    spy.mockRestore();
    expect(share).toBe(refBudgetShare(amounts, catCol, `  zebulon-CAT-1`, fs));
    expect(share).toBeGreaterThan(0);
    const distinct = cats.length + regions.length + 2;
    // A text's key: one fold, and one per list looked up (4 lists) when it is no label.
    expect(folds).toBeGreaterThan(0);
    expect(folds).toBeLessThanOrEqual(5 * distinct);
    expect(folds).toBeLessThan(rows / 10);
  });

  test("completionRate over 4,000 rows folds each distinct status spelling a few times, not each row", () => {
    const rows = 4000;
    const labels = [
      "rÉalisée  ",
      " EN   cours",
      "non DÉMARRÉE ",
      "Reportee",
      "ANNULEE",
      "completed ",
    ];
    const pillarTexts = Array.from({ length: 3 }, (_x, k) => spellings("pillar", k)).flat();
    let i = 0;
    const statuses = column(rows, () => labels[i++ % labels.length]);
    i = 0;
    const pillars = column(rows, () => pillarTexts[(i++ * 5) % pillarTexts.length]);
    const spy = jest.spyOn(i18n, "fold");
    const rate = completionRate(statuses, { pillars, pillar: "zebulon-PILLAR-0" });
    const folds = spy.mock.calls.length;
    spy.mockRestore();
    expect(rate).toBe(refCompletion(statuses, pillars, "zebulon-PILLAR-0"));
    expect(rate).toBeGreaterThan(0);
    expect(folds).toBeGreaterThan(0);
    expect(folds).toBeLessThanOrEqual(5 * (labels.length + pillarTexts.length + 1));
    expect(folds).toBeLessThan(rows / 10);
  });
});
