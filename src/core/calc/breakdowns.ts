/**
 * The breakdowns of tblValues (issue 14): the codes a breakdown cell may
 * hold, the dimension each belongs to, and the group a cell's breakdown
 * falls in (which rows make a year's total), in TypeScript and as the
 * native formula of tblValues' computed Group column, side by side.
 *
 * Dimensions (an indicator declares its own in tblIndicators' Disaggregation
 * column): sex, age group, region.
 * - sex: women, men, girls, boys, as the plan uses them (French femmes,
 *   hommes, filles, garçons); either language's word is read in either
 *   workbook, in any case;
 * - age group: AGE_GROUPS, inferred (the plan speaks of "girls (<18 years
 *   old)" and of young women; 18-35 is the youth of the African Youth
 *   Charter): a fixed list, since the Lists sheet is rebuilt on each
 *   rewrite and is not read back;
 * - region: the codes of tblRegions (KAY, BKO...).
 * A cell may combine dimensions, codes joined by a semicolon: "women; KAY"
 * ("femmes; KAY"), "girls; 0-17; MOP". Spaces around the codes do not count;
 * the cell is kept as typed (never rewritten): this file only reads it.
 *
 * A row's group: 0 for a total (a blank breakdown); otherwise its set of
 * dimensions, single dimensions first: 1 sex, 2 age group, 3 region, 4 sex
 * and age group, 5 sex and region, 6 age group and region, 7 all three; 8
 * when a part is not a known code. A year's actual is made by the rows of
 * its lowest group holding a figure (src/core/calc/value-rows.ts): a total
 * wins over breakdown rows, which are its detail; without a total, one
 * breakdown makes it (the sex rows, else the age groups, else the regions,
 * else the combinations), so no figure is counted twice.
 */
import { t } from "../i18n";
import type { Disaggregation, Lang } from "../model";

/** The sex codes, as the plan uses them. */
export const SEX_CODES = ["women", "men", "girls", "boys"] as const;
export type SexCode = (typeof SEX_CODES)[number];

/** Age groups (inferred, not given by the plan; language-neutral codes). */
export const AGE_GROUPS = ["0-17", "18-35", "36+"] as const;

const LANGS: Lang[] = ["en", "fr"];

/** A sex code's word in a language (women / femmes). */
export const sexLabel = (lang: Lang, code: SexCode): string => t(lang, `breakdown.${code}`);

/** Every word a planner may type for a sex code, in either language (lower case). */
let words: string[] | undefined;
export function sexWords(): string[] {
  words ??= [...new Set(SEX_CODES.flatMap((c) => LANGS.map((l) => sexLabel(l, c).toLowerCase())))];
  return words;
}

/** A breakdown cell's parts: split at semicolons or commas, spaces removed (as the formula does). */
export function breakdownParts(text: string): string[] {
  return text
    .replace(/\s+/g, "")
    .split(/[;,]/)
    .filter((p) => p !== "");
}

export interface BreakdownPart {
  /** As typed (trimmed). */
  typed: string;
  dimension: Disaggregation | null;
  /** The code it stands for (the sex code, the age group, the region code as the table has it). */
  code: string | null;
}

/** Each sex word (either language, lower case) to its code, built once. */
let sexMap: Map<string, SexCode> | undefined;
function sexCodes(): Map<string, SexCode> {
  if (!sexMap) {
    sexMap = new Map();
    for (const c of SEX_CODES) for (const l of LANGS) sexMap.set(sexLabel(l, c).toLowerCase(), c);
  }
  return sexMap;
}

/**
 * What is derived from a list of region codes, once per list (callers pass
 * one list for a whole table: the check of 27,720 value rows rebuilt it for
 * every cell). Kept beside a copy of the codes, so a list changed in place
 * is derived again.
 */
interface RegionIndex {
  codes: readonly string[];
  /** Each code, spaces removed and in lower case, to the code as the table has it. */
  byKey: Map<string, string>;
  /** The codes with their spaces removed (breakdownGroup's words). */
  words: string[];
}
const regionIndexes = new WeakMap<readonly string[], RegionIndex>();
function regionIndex(regions: readonly string[]): RegionIndex {
  const known = regionIndexes.get(regions);
  if (
    known &&
    known.codes.length === regions.length &&
    known.codes.every((c, i) => c === regions[i])
  )
    return known;
  const index: RegionIndex = {
    codes: [...regions],
    byKey: new Map(regions.map((r) => [r.replace(/\s+/g, "").toLowerCase(), r])),
    words: regions.map((x) => x.replace(/ /g, "")),
  };
  regionIndexes.set(regions, index);
  return index;
}

/** What a breakdown cell says, part by part (unknown parts: dimension null). */
export function readBreakdown(text: string, regions: readonly string[]): BreakdownPart[] {
  const sex = sexCodes();
  const region = regionIndex(regions).byKey;
  return breakdownParts(text).map((typed) => {
    const k = typed.toLowerCase();
    if (sex.has(k)) return { typed, dimension: "sex", code: sex.get(k)! };
    if ((AGE_GROUPS as readonly string[]).includes(k)) return { typed, dimension: "age", code: k };
    if (region.has(k)) return { typed, dimension: "region", code: region.get(k)! };
    return { typed, dimension: null, code: null };
  });
}

/**
 * Two cells name the same breakdown when they name the same codes, in any
 * order, language or case ("KAY; femmes" is "women; KAY"); unknown parts
 * compare as typed, case aside.
 */
export function breakdownKey(text: string | null | undefined, regions: readonly string[]): string {
  if (!text || text.trim() === "") return "";
  return readBreakdown(text, regions)
    .map((p) => (p.code ? `${p.dimension}:${p.code.toLowerCase()}` : `?:${p.typed.toLowerCase()}`))
    .sort()
    .join("|");
}

/** The group of each set of dimensions (bits: sex 1, age group 2, region 4). */
const GROUP_OF_BITS = [0, 1, 2, 4, 3, 5, 6, 7] as const;
/** A breakdown with a part that is no known code. */
export const UNKNOWN_GROUP = 8;

/**
 * A breakdown cell's group, as the native formula computes it: the number
 * of known words found between the separators must be the number of parts.
 */
export function breakdownGroup(
  text: string | null | undefined,
  regions: readonly string[]
): number {
  if (text === null || text === undefined || text.replace(/ /g, "") === "") return 0;
  const norm = `;${text.replace(/ /g, "").replace(/,/g, ";").toLowerCase()};`;
  const parts = norm.split(";").length - 2;
  // Each word of the list counts once if found (a region as often as tblRegions lists it).
  const found = (words: readonly string[]) =>
    words.filter((w) => w !== "" && norm.includes(`;${w.toLowerCase()};`)).length;
  const [s, a, r] = [found(sexWords()), found(AGE_GROUPS), found(regionIndex(regions).words)];
  if (s + a + r !== parts) return UNKNOWN_GROUP;
  return GROUP_OF_BITS[(s > 0 ? 1 : 0) + (a > 0 ? 2 : 0) + (r > 0 ? 4 : 0)];
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * breakdownGroup as a native formula: `cell` is the row's breakdown,
 * `regions` the code column of tblRegions (data rows). SEARCH is blind to
 * case, as the TypeScript is.
 */
export function breakdownGroupFormula(cell: string, regions: string): string {
  const norm = `";"&SUBSTITUTE(SUBSTITUTE(${cell}," ",""),",",";")&";"`;
  const parts = `(LEN(${norm})-LEN(SUBSTITUTE(${norm},";",""))-1)`;
  const among = (words: readonly string[]) =>
    `SUMPRODUCT(--ISNUMBER(SEARCH({${words.map((w) => quote(`;${w};`)).join(",")}},${norm})))`;
  const s = among(sexWords());
  const a = among(AGE_GROUPS);
  const r = `SUMPRODUCT((${regions}<>"")*ISNUMBER(SEARCH(";"&SUBSTITUTE(${regions}," ","")&";",${norm})))`;
  const bits = `(${s}>0)*1+(${a}>0)*2+(${r}>0)*4`;
  return `IF(TRIM(${cell})="",0,IF(${s}+${a}+${r}<>${parts},${UNKNOWN_GROUP},CHOOSE(${bits},${GROUP_OF_BITS.slice(1).join(",")})))`;
}

/** The drop-down of a breakdown cell: single codes (sex in the workbook's language, age groups, regions). */
export function breakdownChoices(lang: Lang, regions: readonly string[]): string[] {
  return [...SEX_CODES.map((c) => sexLabel(lang, c)), ...AGE_GROUPS, ...regions];
}
