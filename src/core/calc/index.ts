/**
 * The calculations planners need, over ranges as Excel hands them to custom
 * functions (2-D arrays; optional arguments null or undefined). Pure: the
 * custom functions, the summaries and the command line share them.
 *
 * Bad input never gives a silent wrong number: mismatched range sizes, text
 * in an amount cell, an unknown status -> #VALUE!; nothing to divide by ->
 * #DIV/0!; a filter that matches no row -> #N/A. Rows blank in every range
 * are ignored. Percentages aggregate from numerators and denominators,
 * never by averaging percentages.
 */
import { fold } from "../i18n";
import type { ActionStatus, Direction } from "../model";
import { listValue } from "../template/tables";

export type Scalar = string | number | boolean | null | undefined;
export type Range = Scalar[][];

export type ErrorCode = "#VALUE!" | "#DIV/0!" | "#N/A" | "#NUM!";

export class CalcError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly messageFr: string
  ) {
    super(message);
    this.name = "CalcError";
  }
}

const fail = (code: ErrorCode, en: string, fr: string): never => {
  throw new CalcError(code, en, fr);
};

const blank = (v: Scalar) => v === null || v === undefined || v === "";

const FRENCH_NAMES: Record<string, string> = {
  amounts: "montants",
  categories: "catégories",
  planned: "prévus",
  secured: "acquis",
  statuses: "statuts",
  numerators: "numérateurs",
  denominators: "dénominateurs",
  filter: "filtre",
};
/** A range's name in French messages ("filter 2" -> "filtre 2"). */
const fr = (name: string) => name.replace(/^[a-z]+/, (w) => FRENCH_NAMES[w] ?? w);

/** A range as one column of values (a single row or column, or one value). */
export function vector(range: Range | Scalar, name: string): Scalar[] {
  if (!Array.isArray(range)) return [range];
  const rows = range.length;
  const cols = rows ? range[0].length : 0;
  if (rows <= 1) return range[0] ?? [];
  if (cols === 1) return range.map((r) => r[0]);
  return fail(
    "#VALUE!",
    `${name} must be a single row or column`,
    `${fr(name)} doit être une seule ligne ou colonne`
  );
}

function sameLength(ranges: [Scalar[], string][]): void {
  const [first, firstName] = ranges[0];
  for (const [r, name] of ranges.slice(1)) {
    if (r.length !== first.length) {
      fail(
        "#VALUE!",
        `${name} has ${r.length} cells but ${firstName} has ${first.length}`,
        `${fr(name)} a ${r.length} cellules mais ${fr(firstName)} en a ${first.length}`
      );
    }
  }
}

function amount(v: Scalar, name: string, i: number): number {
  if (blank(v)) return 0;
  if (typeof v === "number" && Number.isFinite(v)) return v;
  return fail(
    "#VALUE!",
    `${name}, cell ${i + 1}: "${String(v)}" is not a number`,
    `${fr(name)}, cellule ${i + 1} : « ${String(v)} » n'est pas un nombre`
  );
}

const same = (a: Scalar, b: Scalar) => fold(String(a ?? "")) === fold(String(b ?? ""));

export interface Filter {
  range: Range | Scalar;
  value: Scalar;
}

/** Filters given as (range, value) pairs; a pair with no range is skipped. */
export function filters(...pairs: [Range | Scalar | undefined, Scalar][]): Filter[] {
  return pairs
    .filter(([r]) => r !== undefined && r !== null)
    .map(([range, value]) => ({ range: range as Range, value }));
}

interface Rows {
  /** Row indexes kept: not blank, matching every filter. */
  kept: number[];
  /** Rows not blank (before filtering). */
  present: number;
}

function select(main: [Scalar[], string][], fs: Filter[]): Rows {
  const cols = fs.map((f, i) => vector(f.range, `filter ${i + 1}`));
  sameLength([...main, ...cols.map((c, i): [Scalar[], string] => [c, `filter ${i + 1}`])]);
  const kept: number[] = [];
  let present = 0;
  const n = main[0][0].length;
  for (let i = 0; i < n; i++) {
    if (main.every(([r]) => blank(r[i]))) continue;
    present++;
    if (fs.every((f, k) => same(cols[k][i], f.value))) kept.push(i);
  }
  return { kept, present };
}

function noMatch(): never {
  return fail("#N/A", "no row matches the filters", "aucune ligne ne correspond aux filtres");
}

/** A category's share of the total (both under the same filters), 0 to 1. */
export function budgetShare(
  amounts: Range,
  categories: Range,
  category: Scalar,
  fs: Filter[] = []
): number {
  const a = vector(amounts, "amounts");
  const c = vector(categories, "categories");
  const { kept } = select(
    [
      [a, "amounts"],
      [c, "categories"],
    ],
    fs
  );
  if (kept.length === 0) noMatch();
  let total = 0;
  let mine = 0;
  for (const i of kept) {
    const x = amount(a[i], "amounts", i);
    total += x;
    if (same(c[i], category)) mine += x;
  }
  if (total === 0) fail("#DIV/0!", "the total budget is 0", "le budget total est nul");
  return mine / total;
}

/** Planned minus secured, under the filters. */
export function fundingGap(planned: Range, secured: Range, fs: Filter[] = []): number {
  const p = vector(planned, "planned");
  const s = vector(secured, "secured");
  const { kept } = select(
    [
      [p, "planned"],
      [s, "secured"],
    ],
    fs
  );
  if (kept.length === 0 && fs.length) noMatch();
  let gap = 0;
  for (const i of kept) gap += amount(p[i], "planned", i) - amount(s[i], "secured", i);
  return gap;
}

/**
 * How cancelled and postponed actions count. "standard": cancelled actions
 * leave the planned, postponed ones stay planned and not completed.
 */
export const POLICIES = [
  "standard",
  "include-cancelled",
  "exclude-postponed",
  "exclude-both",
] as const;
export type Policy = (typeof POLICIES)[number];

export function policyOf(v: Scalar): Policy {
  if (blank(v)) return "standard";
  const p = POLICIES.find((x) => fold(x) === fold(String(v)));
  return (
    p ??
    fail(
      "#VALUE!",
      `unknown policy "${String(v)}" (${POLICIES.join(", ")})`,
      `règle inconnue « ${String(v)} » (${POLICIES.join(", ")})`
    )
  );
}

/** Status of a cell, in French or English; blank -> undefined; unknown -> #VALUE!. */
export function statusOf(v: Scalar, i: number): ActionStatus | undefined {
  if (blank(v)) return undefined;
  const s = listValue("status", String(v));
  return (
    (s as ActionStatus | undefined) ??
    fail(
      "#VALUE!",
      `statuses, cell ${i + 1}: "${String(v)}" is not a status (completed, in progress, not started, postponed, cancelled)`,
      `statuts, cellule ${i + 1} : « ${String(v)} » n'est pas un statut (réalisée, en cours, non démarrée, reportée, annulée)`
    )
  );
}

/** Completed over planned actions, 0 to 1, with the policy for cancelled and postponed ones. */
export function completionRate(
  statuses: Range | Scalar[],
  fs: Filter[] = [],
  policy: Policy = "standard"
): number {
  const s =
    Array.isArray(statuses) && !Array.isArray(statuses[0])
      ? (statuses as Scalar[])
      : vector(statuses as Range, "statuses");
  const { kept } = select([[s, "statuses"]], fs);
  if (kept.length === 0) noMatch();
  let planned = 0;
  let completed = 0;
  for (const i of kept) {
    const st = statusOf(s[i], i)!;
    if (st === "cancelled" && policy !== "include-cancelled") continue;
    if (st === "postponed" && (policy === "exclude-postponed" || policy === "exclude-both"))
      continue;
    planned++;
    if (st === "completed") completed++;
  }
  if (planned === 0) fail("#DIV/0!", "no action is left planned", "aucune action ne reste prévue");
  return completed / planned;
}

/** An indicator to maintain is met within this fraction of its target. */
export const MAINTAIN_TOLERANCE = 0.05;

export function directionOf(v: Scalar): Direction {
  if (blank(v)) return "increase";
  const d = listValue("direction", String(v));
  return (
    (d as Direction | undefined) ??
    fail("#VALUE!", `unknown direction "${String(v)}"`, `sens inconnu « ${String(v)} »`)
  );
}

/**
 * Progress toward target, direction-aware: (actual - baseline) / (target -
 * baseline), which for a decrease is (baseline - actual) / (baseline -
 * target). To maintain: 1 within MAINTAIN_TOLERANCE of the target, else 0.
 * Null when a needed value is missing.
 */
export function progressToTarget(
  baseline: number | null,
  actual: number | null,
  target: number | null,
  direction: Direction
): number | null {
  if (direction === "maintain") {
    if (actual === null || target === null) return null;
    return Math.abs(actual - target) <= MAINTAIN_TOLERANCE * Math.abs(target) ? 1 : 0;
  }
  if (baseline === null || actual === null || target === null) return null;
  if (target === baseline) return actual === target ? 1 : 0;
  return (actual - baseline) / (target - baseline);
}

/** The minimum share of women in nominated and elected positions, Law 2015-052. */
export const QUOTA_MINIMUM = 0.3;

export interface Quota {
  share: number;
  met: boolean;
}

export function quota(women: number, total: number, minimum: number = QUOTA_MINIMUM): Quota {
  if (!Number.isFinite(women) || !Number.isFinite(total) || women < 0 || total < 0) {
    fail(
      "#VALUE!",
      "women and total must be non-negative numbers",
      "femmes et total doivent être des nombres positifs"
    );
  }
  if (women > total)
    fail(
      "#VALUE!",
      `${women} women is more than the total ${total}`,
      `${women} femmes, c'est plus que le total ${total}`
    );
  if (minimum < 0 || minimum > 1)
    fail("#NUM!", "the minimum is a share between 0 and 1", "le minimum est une part entre 0 et 1");
  if (total === 0) fail("#DIV/0!", "the total is 0", "le total est nul");
  const share = women / total;
  return { share, met: share >= minimum - 1e-12 };
}

/** A rate aggregated from numerators and denominators: sum(numerators) / sum(denominators). */
export function aggregateRate(numerators: Range, denominators: Range): number {
  const n = vector(numerators, "numerators");
  const d = vector(denominators, "denominators");
  const { kept } = select(
    [
      [n, "numerators"],
      [d, "denominators"],
    ],
    []
  );
  let num = 0;
  let den = 0;
  for (const i of kept) {
    num += amount(n[i], "numerators", i);
    den += amount(d[i], "denominators", i);
  }
  if (den === 0)
    fail("#DIV/0!", "the denominators add up to 0", "la somme des dénominateurs est nulle");
  return num / den;
}
