/**
 * A French workbook shows the plan in French: no English word of the plan's
 * texts appears in any cell of the French example workbook (built by the
 * command line, read back with the independent reader), except names and
 * words spelled the same in both languages, listed below. The French workbook
 * has no column showing the English source text (the English workbook shows
 * it), so no column is exempt.
 */
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { fr as frCatalogue } from "../../src/core/locales/fr";
import { CROSSCUTTING_AREAS, parsePlan, planIn, type Plan } from "../../src/core/model";
import { withExampleOperationalPlan } from "../../src/core/plans/example-operational-plan";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";
import { REFERENCE_LISTS } from "../../src/core/reference";
import { META_KEYS } from "../../src/core/tables";
import { buildWorkbookPlan, sheetName } from "../../src/core/template/build";
import { LISTS } from "../../src/core/vocabulary";
import { cli } from "../support/cli";
import { readXlsxCells, type XBook } from "../support/xlsx-cells";

/**
 * Names whose official French form is the English one (regions, bodies,
 * acronyms, pillars): allowed in a French cell although the English texts use
 * them. Words both languages spell alike (violent, services, zones...) need
 * no list: a word the French texts themselves use (the catalogue's labels and
 * the French sentences of the plan) is French.
 */
const SAME_NAMES = [
  "Mali",
  "Kayes",
  "Koulikoro",
  "Sikasso",
  "Mopti",
  "Gao",
  "Kidal",
  "MINUSMA",
  "MISAHEL",
  "MPFEF",
  "CNDDR",
  "CNRSS",
  "CSA",
  "DDR",
  "Participation",
  "Protection",
  // Words of official French names that English spells alike.
  "Administration",
  "Bamako",
  "Construction",
  "District",
  "Documentation",
  "Information",
  "Permanent",
];

/** English words no French text may hold, whatever the vocabulary says. */
const NEVER_FRENCH = ["the", "and", "of", "for", "with", "women", "girls", "peace", "security"];

/** Every English text of the plan model that has a French form. */
function englishTexts(plan: Plan): string[] {
  return [
    plan.title,
    plan.country,
    plan.source ?? "",
    ...plan.pillars.flatMap((p) => [p.name, p.objective]),
    ...plan.results.map((r) => r.text),
    ...plan.outputs.map((o) => o.text),
    ...plan.indicators.flatMap((i) => [i.text, i.comment ?? "", i.verification ?? ""]),
    ...plan.stakeholders.flatMap((s) => [s.name, s.acronym ?? ""]),
    ...plan.fundingSources.map((f) => f.name),
    ...plan.regions.map((r) => r.name),
    ...plan.actions.map((a) => a.text),
    ...plan.risks.flatMap((r) => [r.text, r.mitigation ?? ""]),
  ];
}

/** Words of a text: runs of letters (apostrophes split), two letters or more. */
function words(text: string): string[] {
  return (text.match(/\p{L}+/gu) ?? []).filter((w) => w.length >= 2);
}

/** An acronym is English only in capitals ("UN" is not the article "un"); a word in any case. */
const key = (w: string) => (/^\p{Lu}+$/u.test(w) && w.length <= 6 ? w : w.toLowerCase());

const plan = withExampleOperationalPlan(parsePlan(MALI_NAP_2019_2023));
const inFrench = planIn(plan, "fr");
/** The French the tool writes: its catalogue and the plan's French sentences (not its names). */
const frenchWords = new Set(
  [
    ...Object.values(frCatalogue).map((v) => v.replace(/\{\{[^}]*\}\}/g, " ")),
    inFrench.title,
    inFrench.source ?? "",
    ...inFrench.pillars.map((p) => p.objective),
    ...inFrench.results.map((r) => r.text),
    ...inFrench.outputs.map((o) => o.text),
    ...inFrench.indicators.flatMap((i) => [i.text, i.comment ?? ""]),
    ...inFrench.actions.map((a) => a.text),
    ...inFrench.risks.flatMap((r) => [r.text, r.mitigation ?? ""]),
    // The reference lists' official French wording (src/core/reference).
    ...Object.values(REFERENCE_LISTS).flatMap((items) => items.map((i) => i.fr)),
  ]
    .flatMap(words)
    .map(key)
    .flatMap((w) => [w, w.toLowerCase()])
);
/** The level scale's English names stay on purpose: a planner may type a level in either language. */
const allowed = new Set([...SAME_NAMES, ...plan.levelScale.map((l) => l.en)].map(key));
const never = new Set(NEVER_FRENCH);
/** English words of the plan a French cell may not show. */
const english = new Set(
  englishTexts(plan)
    .flatMap(words)
    .map(key)
    .filter((w) => never.has(w) || (!allowed.has(w) && !frenchWords.has(w)))
);
/**
 * Codes are identifiers, the same in every language (X-CSO-1, EX-001,
 * ONU-FEMMES...); so are the cross-cutting areas a cross-cutting indicator
 * names as its parent (their labels are the catalogue's business).
 */
const codes = new Set<string>([
  plan.id,
  ...CROSSCUTTING_AREAS,
  // The Lists sheet's list identifiers and the hidden stamp's keys.
  ...Object.keys(LISTS),
  "pillars",
  "outputs",
  "years",
  ...META_KEYS,
  ...[
    ...plan.pillars,
    ...plan.results,
    ...plan.outputs,
    ...plan.indicators,
    ...plan.stakeholders,
    ...plan.fundingSources,
    ...plan.regions,
    ...plan.actions,
    ...plan.risks,
  ].map((x) => x.code),
]);

/** The English words of the plan a cell's text shows, once its codes are set aside. */
function englishIn(text: string): string[] {
  const prose = text
    .split(/(?<=^|[\s;,(])|(?=[\s;,)]|$)/)
    .map((part) => (codes.has(part.trim()) ? " " : part))
    .join("");
  return words(prose).filter((w) => english.has(key(w)));
}

const listsName = sheetName("fr", "lists");

function findings(book: XBook): string[] {
  const out: string[] = [];
  for (const sheet of book.sheets) {
    for (const [ref, cell] of sheet.cells) {
      // The hidden stamp keeps the level scale as JSON in both languages (data, never shown).
      if (typeof cell.value !== "string" || /^[[{]/.test(cell.value)) continue;
      // The Lists sheet's column names are list identifiers (camelCase), not text.
      if (sheet === book.sheets.find((s) => s.name === listsName) && /^[A-Z]+1$/.test(ref)) {
        if (/^[a-z]+([A-Z][a-z]*)*$/.test(cell.value)) continue;
      }
      const found = englishIn(cell.value);
      if (found.length) out.push(`${sheet.name}!${ref}: ${found.join(", ")} in "${cell.value}"`);
    }
  }
  return out;
}

describe("the French workbook shows the plan in French", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "nap-fr-"));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test("the same-in-both names are names the plan's English texts use, and no French sentence needs them", () => {
    const used = new Set(englishTexts(plan).flatMap(words).map(key));
    expect(SAME_NAMES.filter((w) => !used.has(key(w)))).toEqual([]);
    expect(NEVER_FRENCH.filter((w) => frenchWords.has(w))).toEqual([]);
  });

  test("every French text of the plan differs from its English source, names the same in both excepted", () => {
    const fr = planIn(plan, "fr");
    const same = englishTexts(fr).filter(
      (t, i) => t && t === englishTexts(plan)[i] && !allowed.has(key(t))
    );
    expect(same).toEqual([]);
  });

  test("nap1325 build --lang fr --example: no English word of the plan in any cell", async () => {
    const file = path.join(dir, "fr.xlsx");
    const r = await cli(["build", "--lang", "fr", "--example", "--out", file]);
    expect(r.code).toBe(0);
    const book = await readXlsxCells(file);
    // The check sees the plan's texts: the French ones are there.
    const all = book.sheets.flatMap((s) => [...s.cells.values()].map((c) => c.value));
    expect(all).toContain("Ministère de la Promotion de la Femme, de l’Enfant et de la Famille");
    expect(all).toContain("District de Bamako");
    expect(all).toContain("Secours et relèvement");
    expect(findings(book)).toEqual([]);
  });

  test("nap1325 build --lang fr (the plan alone): no English word of the plan in any cell", async () => {
    const file = path.join(dir, "fr-blank.xlsx");
    expect((await cli(["build", "--lang", "fr", "--out", file])).code).toBe(0);
    expect(findings(await readXlsxCells(file))).toEqual([]);
  });

  test("the check would see English: the English workbook shows the source text", async () => {
    const file = path.join(dir, "en.xlsx");
    expect((await cli(["build", "--lang", "en", "--example", "--out", file])).code).toBe(0);
    const found = findings(await readXlsxCells(file));
    expect(found.length).toBeGreaterThan(100);
    expect(found.join("\n")).toContain("Relief");
    expect(found.join("\n")).toContain("Timbuktu");
  });

  test("the Guide says the plan's sentences are a working translation, and the print header of the sheets that show them", () => {
    const wp = buildWorkbookPlan(plan, "fr");
    const guide = wp.sheets.find((s) => s.key === "guide")!;
    const texts = guide.blocks.flatMap((b) => b.cells.flat()).filter((c) => typeof c === "string");
    expect(texts.some((t) => /traduction de travail/.test(t))).toBe(true);
    for (const key of ["framework", "indicators", "actions", "risks"]) {
      expect(wp.sheets.find((s) => s.key === key)?.print?.header).toMatch(/traduction de travail/);
    }
    // English shows the source: no marker.
    const en = buildWorkbookPlan(plan, "en");
    expect(JSON.stringify(en.sheets.find((s) => s.key === "guide"))).not.toMatch(/translation/);
  });

  test("a plan file gives the official French text: shown, and no longer marked a working translation", () => {
    const input = JSON.parse(JSON.stringify(MALI_NAP_2019_2023)) as Record<string, unknown> & {
      results: { code: string; fr?: { text?: string } }[];
    };
    input.workingTranslation = [];
    input.results[0].fr = { text: "Texte officiel du résultat 1.1." };
    const official = parsePlan(input);
    const wp = buildWorkbookPlan(official, "fr");
    const framework = wp.sheets.find((s) => s.key === "framework")!.tables[0];
    const textCol = framework.keys.indexOf("text");
    expect(framework.rows.map((r) => r[textCol])).toContain("Texte officiel du résultat 1.1.");
    expect(JSON.stringify(wp.sheets.find((s) => s.key === "guide"))).not.toMatch(
      /traduction de travail/
    );
    expect(wp.sheets.find((s) => s.key === "framework")?.print?.header).not.toMatch(/travail/);
    // Unknown fields in a French form are refused, naming them.
    input.results[0].fr = { text: "x", txt: "y" } as never;
    expect(() => parsePlan(input)).toThrow(/results\.0\.fr/);
  });
});
