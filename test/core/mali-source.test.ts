/**
 * The embedded Mali plan checked against its source document, independently
 * of the data file: counts, fidelity of every text, printed codes, known
 * defects, and the Monitoring Committee members.
 */
import * as fs from "fs";
import * as path from "path";
import { parsePlan } from "../../src/core/model";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";
import { withExampleOperationalPlan } from "../../src/core/plans/example-operational-plan";

const SOURCE_NAME = "001_532a9898be8d0150.txt";
const SOURCE_CANDIDATES = [
  path.resolve(__dirname, "../../../shared/seeds", SOURCE_NAME),
  path.resolve(__dirname, "../fixtures/source", SOURCE_NAME),
];
const sourcePath = SOURCE_CANDIDATES.find((p) => fs.existsSync(p));
if (!sourcePath) throw new Error(`source text not found: ${SOURCE_CANDIDATES.join(", ")}`);
const SOURCE = fs.readFileSync(sourcePath, "utf8");

const plan = parsePlan(MALI_NAP_2019_2023);

// ---------------------------------------------------------------------------
// Tokens and the in-order subsequence check
// ---------------------------------------------------------------------------

interface Token {
  word: string;
  /** Part of a hyphenated word other than its last part: may match the start of a glued word. */
  head: boolean;
}

/**
 * Lower-case words of a text: apostrophes dropped ("women’s" -> "womens"),
 * hyphenated words split into their parts, any other character a separator.
 */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  const cleaned = text.toLowerCase().replace(/['’‘`]/g, "");
  for (const chunk of cleaned.split(/[^a-z0-9\-‐‑–]+/)) {
    const parts = chunk.split(/[-‐‑–]+/).filter(Boolean);
    parts.forEach((word, i) => out.push({ word, head: i < parts.length - 1 }));
  }
  return out;
}

const SOURCE_WORDS = tokens(SOURCE).map((t) => t.word);
const SOURCE_VOCAB = new Set(SOURCE_WORDS);

/** Is `word` the end of `token`, glued after another source word of 3+ letters? */
function glued(token: string, word: string): boolean {
  if (word.length < 3 || token.length < word.length + 3 || !token.endsWith(word)) return false;
  return SOURCE_VOCAB.has(word) && SOURCE_VOCAB.has(token.slice(0, token.length - word.length));
}

/**
 * Do the text's words occur in order in the source words, within a window of
 * 6 times the text's word count? Other words may come between them (the
 * extraction interleaves table columns). A hyphenated word of the text may
 * match a word the extraction glued at a line break: "decision-making"
 * matches "decisionmaking", and "gender-specific" matches "gender..." then a
 * later "specific"; a word may also match the second half of two words the
 * extraction glued ("political" in "genderpolitical").
 */
function inSource(text: string, words: string[] = SOURCE_WORDS, factor = 6, extra = 0): boolean {
  const want = tokens(text);
  if (!want.length) return false;
  const window = factor * want.length + extra;

  // Try matching `tok` at source word j from character offset off; returns the new offset or -1.
  const matchAt = (tok: Token, j: number, off: number): number => {
    const rest = words[j].slice(off);
    if (rest === tok.word) return rest.length + off;
    if (tok.head && rest.length > tok.word.length && rest.startsWith(tok.word))
      return off + tok.word.length;
    // The second half of two source words glued at a line break ("genderpolitical").
    if (off === 0 && glued(rest, tok.word)) return rest.length;
    return -1;
  };

  for (let start = 0; start < words.length; start++) {
    if (matchAt(want[0], start, 0) < 0) continue;
    let j = start;
    let off = 0;
    let ok = true;
    for (const tok of want) {
      let found = false;
      // The rest of a glued word first, then the following words.
      if (off > 0) {
        const o = matchAt(tok, j, off);
        if (o >= 0) {
          found = true;
          if (o === words[j].length) {
            j++;
            off = 0;
          } else off = o;
        } else {
          j++;
          off = 0;
        }
      }
      while (!found && j < words.length && j - start < window) {
        const o = matchAt(tok, j, 0);
        if (o >= 0) {
          found = true;
          if (o === words[j].length) {
            j++;
            off = 0;
          } else off = o;
        } else j++;
      }
      if (!found) {
        ok = false;
        break;
      }
    }
    const end = off > 0 ? j + 1 : j;
    if (ok && end - start <= window) return true;
  }
  return false;
}

/** The lines of the source between two marker lines (the first line matching each regex). */
function section(from: RegExp, to: RegExp): string {
  const lines = SOURCE.split(/\r?\n/);
  const a = lines.findIndex((l) => from.test(l));
  const b = lines.findIndex((l, i) => i > a && to.test(l));
  if (a < 0 || b < 0) throw new Error(`section ${from} .. ${to} not found in the source`);
  return lines.slice(a, b).join("\n");
}

/**
 * Cells the extraction split across the table: their first line is printed
 * beside the code, the rest only after the neighbouring cells of the row (up
 * to about 200 words: the other columns' cells). Checked in order with the
 * window widened by one row. Read off the source, lines ~1764-2628.
 */
const ROW_WORDS = 200;
const SPLIT_CELLS = [
  "output 1.2.2", // "1.2.2 Women participate" ... "in mediation, negotiation ..."
  "output 3.3.3", // "3.3.3 The participation" ... "of women in diplomatic services ..."
  "output 3.4.1", // "3.4.1 The national" ... "strategy for SSR is implemented ..."
  "output 4.3.3", // "4.2.3 The DDR process" ... "takes into account excombatants ..."
  "output 4.4.2", // "4.3.2 Women’s access," ... "especially young girls, ..."
  "output 4.5.1", // "4.5.1 Women have the" ... "capacities and the means ..."
  "output 4.5.2", // "4.5.2 Recovery activities" ... "in the face of climate change ..."
];

/**
 * Texts whose lines the extraction printed out of reading order, given here
 * in the extracted order (copied from the source): that order must be in the
 * source, and the plan's text must have exactly the same words.
 */
const REORDERED: Record<string, string> = {
  // Lines ~2538-2552: the second half of the cell comes before the first.
  "output 4.4.3":
    "The availability and childbirth, post-natal care, family planning) and other basic social services are improved in conflict zones. quality of accessible health services, including sexual and reproductive health (prenatal care,",
  // MONITORING AND EVALUATION, "Indicator: Number of annual" / "implementation progress." / "reports showing".
  "indicator X-ME-1": "Number of annual implementation progress. reports showing",
  // DECENTRALISATION, "Indicator: Number of regional" / "developed and implemented." / "and local" / (footnote) / "plans".
  "indicator X-DEC-1": "Number of regional developed and implemented. and local plans",
  // COMMUNICATION, "Indicator: Level of" / "communication strategy." / "implementation of the".
  "indicator X-COM-1": "Level of communication strategy. implementation of the",
};

const FRAMEWORK = section(/^\s*STRATEGIC FRAMEWORK\s*$/, /^\s*APPENDIX 1:/);
const MEMBERS = section(/National Monitoring Committee Members/, /As per decision number 0309/);

// ---------------------------------------------------------------------------

describe("Mali NAP 2019-2023 against its source text", () => {
  test("the fidelity check itself: accepts interleaved and glued text, rejects made-up text", () => {
    // From the source, read across interleaved columns and glued line breaks.
    expect(
      inSource(
        "Women take action regarding conflict prevention and early warnings at a community, intra-community, regional and national level."
      )
    ).toBe(true);
    expect(
      inSource(
        "Availability of gender-specific data on the social, cultural, political, religious and economic causes of violent extremism and terrorism in Mali."
      )
    ).toBe(true);
    // Made up: not in the source.
    expect(
      inSource(
        "Number of women journalists trained in conflict-sensitive reporting on mining concessions."
      )
    ).toBe(false);
    expect(
      inSource(
        "Proportion of municipal budgets earmarked for women-led cooperatives in border districts."
      )
    ).toBe(false);
    // Real words in the wrong order fail too.
    const real = "Holistic care for survivors of conflict-related SGBV is improved.";
    expect(inSource(real)).toBe(true);
    expect(inSource(real.replace(/\.$/, "").split(" ").reverse().join(" "))).toBe(false);
    // The window matters: two real phrases far apart in the source.
    expect(
      inSource("Security index for women and girls. Enrollment and retention rate of girls")
    ).toBe(false);
  });

  test("(a) counts and the results/outputs hierarchy", () => {
    expect(plan.pillars.map((p) => p.code)).toEqual(["1", "2", "3", "4"]);
    expect(plan.results).toHaveLength(15);
    expect(plan.outputs).toHaveLength(35);
    const byLevel = (level: string) => plan.indicators.filter((i) => i.level === level);
    expect(byLevel("objective")).toHaveLength(4);
    expect(byLevel("result")).toHaveLength(15);
    expect(byLevel("output")).toHaveLength(37);
    expect(byLevel("crosscutting")).toHaveLength(7);
    expect(plan.indicators).toHaveLength(63);

    const pillars = new Set(plan.pillars.map((p) => p.code));
    for (const r of plan.results) expect(pillars.has(r.pillar)).toBe(true);
    for (const r of plan.results) expect(r.code.startsWith(`${r.pillar}.`)).toBe(true);

    for (const r of plan.results) {
      const children = plan.outputs.filter((o) => o.result === r.code);
      expect(children.length).toBeGreaterThan(0);
      children.forEach((o, i) => expect(o.code).toBe(`${r.code}.${i + 1}`));
    }
    for (const o of plan.outputs) {
      expect(plan.results.filter((r) => r.code === o.result)).toHaveLength(1);
    }
    // Codes are unique.
    for (const list of [
      plan.pillars,
      plan.results,
      plan.outputs,
      plan.indicators,
      plan.stakeholders,
      plan.regions,
    ]) {
      const codes = list.map((x) => x.code);
      expect(new Set(codes).size).toBe(codes.length);
    }
    // Indicator parents and codes follow the naming scheme.
    for (const ind of byLevel("objective")) expect(ind.code).toBe(`I${ind.parent}`);
    for (const ind of byLevel("result")) expect(ind.code).toBe(`I${ind.parent}`);
    for (const ind of byLevel("output"))
      expect(ind.code).toMatch(new RegExp(`^I${ind.parent.replace(/\./g, "\\.")}[ab]?$`));
    for (const p of plan.pillars)
      expect(byLevel("objective").filter((i) => i.parent === p.code)).toHaveLength(1);
    for (const r of plan.results)
      expect(byLevel("result").filter((i) => i.parent === r.code)).toHaveLength(1);
    const cross = byLevel("crosscutting");
    expect(cross.map((i) => i.code)).toEqual([
      "X-COORD-1",
      "X-COORD-2",
      "X-ME-1",
      "X-CSO-1",
      "X-DEC-1",
      "X-COM-1",
      "X-BUD-1",
    ]);
    expect(cross.map((i) => i.parent)).toEqual([
      "coordination",
      "coordination",
      "monitoring",
      "civil-society",
      "decentralisation",
      "communication",
      "budget",
    ]);
  });

  describe("(b) every text occurs in the source", () => {
    const texts: [string, string][] = [
      ...plan.pillars.map((p): [string, string] => [`pillar ${p.code} name`, p.name]),
      ...plan.pillars.map((p): [string, string] => [`pillar ${p.code} objective`, p.objective]),
      ...plan.results.map((r): [string, string] => [`result ${r.code}`, r.text]),
      ...plan.outputs.map((o): [string, string] => [`output ${o.code}`, o.text]),
      ...plan.indicators.map((i): [string, string] => [`indicator ${i.code}`, i.text]),
      ...plan.stakeholders.map((s): [string, string] => [`stakeholder ${s.code}`, s.name]),
      ...plan.regions.map((r): [string, string] => [`region ${r.code}`, r.name]),
    ];
    test.each(texts)("%s", (what, text) => {
      const reordered = REORDERED[what];
      if (reordered) {
        // The words as the extraction ordered them are in the source, and they are the text's words.
        expect(inSource(reordered)).toBe(true);
        const sorted = (t: string) =>
          tokens(t)
            .map((x) => x.word)
            .sort();
        expect(sorted(text)).toEqual(sorted(reordered));
      } else if (SPLIT_CELLS.includes(what)) {
        expect(inSource(text, SOURCE_WORDS, 6, ROW_WORDS)).toBe(true);
      } else {
        expect(inSource(text)).toBe(true);
      }
    });

    test("the exceptions are needed: each fails the plain check", () => {
      const all = new Map(texts);
      for (const what of [...SPLIT_CELLS, ...Object.keys(REORDERED)]) {
        expect([what, all.has(what), inSource(all.get(what) ?? "")]).toEqual([what, true, false]);
      }
    });
  });

  test("(c) the codes printed at the start of a line in the strategic framework", () => {
    const printedOutputs = [...FRAMEWORK.matchAll(/^\s*(\d\.\d\.\d)\s/gm)].map((m) => m[1]);
    expect(printedOutputs).toEqual(plan.outputs.map((o) => o.codeAsPrinted ?? o.code));
    expect(printedOutputs).toHaveLength(35);

    const printedResults = [...FRAMEWORK.matchAll(/^\s*(\d\.\d)\s/gm)].map((m) => m[1]);
    expect(printedResults).toEqual([
      "1.1",
      "1.2",
      "1.3",
      "2.1",
      "2.2",
      "2.3",
      "3.1",
      "3.2",
      "3.3",
      "3.4",
      "3.5",
      "4.1",
      "4.3",
      "4.4",
      "4.5",
    ]);
    expect(plan.results.map((r) => r.code)).toEqual(printedResults);
  });

  test("(d) the known defects of the source (seeds README) are kept as printed", () => {
    // From /work/shared/seeds/README.md, "Known defects of the extracted strategic framework".
    const printedAs: Record<string, string> = {
      "3.1.1": "3.2.1",
      "3.1.2": "3.2.2",
      "4.1.1": "4.2.1",
      "4.1.2": "4.2.2",
      "4.3.1": "4.2.1",
      "4.3.2": "4.2.2",
      "4.3.3": "4.2.3",
      "4.4.1": "4.3.1",
      "4.4.2": "4.3.2",
      "4.4.3": "4.3.3",
    };
    for (const o of plan.outputs)
      expect([o.code, o.codeAsPrinted]).toEqual([o.code, printedAs[o.code]]);
    // Pillar 4 has results 4.1, 4.3, 4.4 and 4.5 (no 4.2).
    expect(plan.results.filter((r) => r.pillar === "4").map((r) => r.code)).toEqual([
      "4.1",
      "4.3",
      "4.4",
      "4.5",
    ]);
    // Two outputs carry two indicators each; every other output one.
    for (const o of plan.outputs) {
      const n = plan.indicators.filter((i) => i.level === "output" && i.parent === o.code).length;
      expect([o.code, n]).toEqual([o.code, o.code === "1.3.1" || o.code === "4.4.3" ? 2 : 1]);
    }
  });

  test("(e) the National Monitoring Committee members", () => {
    const ministries = [
      "Ministry for the Advancement of Women, Children and Families",
      "Ministry of Defense and Veterans",
      "Ministry of Foreign Affairs and International Cooperation",
      "Ministry of Economy and Finance",
      "Ministry of Territorial Administration and Decentralization",
      "Ministry of Justice",
      "Ministry of Internal Security and Civil Protection",
      "Ministry of Solidarity and Humanitarian Action",
      "Ministry of Public Health and Hygiene",
      "Ministry of National Education",
      "Ministry of Youth, Employment and Citizen Construction",
      "Ministry of Sport",
      "Ministry of Malians Abroad and African Integration",
      "Ministry of Social Cohesion, Peace and National Reconciliation",
      "Ministry of Religious Affairs and Worship",
    ];
    const planMinistries = plan.stakeholders.filter((s) => s.type === "ministry");
    expect(planMinistries.map((s) => s.name).sort()).toEqual([...ministries].sort());
    for (const s of planMinistries) expect(s.committee).toBe(true);
    expect(plan.stakeholders.find((s) => s.acronym === "MPFEF")?.name).toBe(ministries[0]);

    const memberWords = tokens(MEMBERS).map((t) => t.word);
    const members = plan.stakeholders.filter((s) => s.committee);
    expect(members.length).toBe(25);
    for (const s of members)
      expect([s.code, inSource(s.name, memberWords)]).toEqual([s.code, true]);
    for (const name of ["MINUSMA", "UN Women", "MISAHEL", "National Assembly"]) {
      expect(members.some((s) => s.name === name)).toBe(true);
    }
    // The Technical Management Unit is the secretariat, not a member.
    const tmu = plan.stakeholders.find((s) => s.acronym === "TMU");
    expect(tmu?.committee).toBe(false);
    expect(inSource("Technical Management Unit (TMU)")).toBe(true);
  });

  test("(f) the plan parses, has no actions, and the example operational plan is marked", () => {
    expect(() => parsePlan(MALI_NAP_2019_2023)).not.toThrow();
    expect(plan.actions).toEqual([]);
    expect(plan.example).toBe(false);
    for (const i of plan.indicators) expect(i.inferred).toBe(true);

    const ex = withExampleOperationalPlan(plan);
    expect(ex.example).toBe(true);
    expect(ex.actions.length).toBeGreaterThanOrEqual(20);
    for (const a of ex.actions) expect(a.text.startsWith("[EXAMPLE]")).toBe(true);
    for (const r of ex.risks) expect(r.text.startsWith("[EXAMPLE]")).toBe(true);
    expect(ex.risks).toHaveLength(3);
    // Deterministic, and the source plan is untouched.
    expect(withExampleOperationalPlan(plan)).toEqual(ex);
    expect(plan.actions).toEqual([]);
    // Consistent statuses and years within the three-year operational plan.
    for (const a of ex.actions) {
      if (a.status === "completed") expect(a.progress).toBe(100);
      if (a.status === "not-started") expect(a.progress).toBe(0);
      for (const y of a.years) expect(y >= 2019 && y <= 2021).toBe(true);
      for (const b of a.budget) {
        expect(a.years).toContain(b.year);
        expect(b.amount).toBeGreaterThanOrEqual(5_000_000);
        expect(b.amount).toBeLessThanOrEqual(60_000_000);
        if (b.secured !== null) expect(b.secured).toBeLessThanOrEqual(b.amount);
      }
    }
    const pillarOfOutput = new Map(
      ex.outputs.map((o) => [o.code, ex.results.find((r) => r.code === o.result)?.pillar])
    );
    expect(new Set(ex.actions.map((a) => pillarOfOutput.get(a.output)))).toEqual(
      new Set(["1", "2", "3", "4"])
    );
    expect(new Set(ex.actions.map((a) => a.status))).toEqual(
      new Set(["not-started", "in-progress", "completed", "postponed", "cancelled"])
    );
  });
});
