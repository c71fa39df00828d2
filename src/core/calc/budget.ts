/**
 * Budget: a category's share of the total (a stakeholder's, a pillar's, a
 * funding source's...) and the funding gap, under optional filters (pillar,
 * year, funding source...). A row counts when its amount cell is filled;
 * a category or filter cell alone does not make a row.
 */
import {
  amountAt,
  column,
  isBlank,
  matchKey,
  ratio,
  selectRows,
  type CellValue,
  type Filter,
  type Range,
} from "./values";

/** Where Excel gave them: the addresses of amounts, categories, then each filter's range. */
export interface Addresses {
  main?: (string | undefined)[];
  filters?: (string | undefined)[];
}

/**
 * A category's share of the total budget, both under the same filters, 0 to 1.
 * Categories match in French or English ("Partenaire" = "Partner").
 * Errors: ranges of different sizes, text or a negative in an amount ->
 * #VALUE!; filters matching no row -> #N/A; a total of 0 -> #DIV/0!.
 */
export function budgetShare(
  amounts: Range | CellValue,
  categories: Range | CellValue,
  category: CellValue,
  fs: Filter[] = [],
  at: Addresses = {}
): number {
  const a = column(amounts, { name: "cf.range.amounts", address: at.main?.[0] });
  const c = column(categories, { name: "cf.range.categories", address: at.main?.[1] });
  const rows = selectRows([a, c], fs, (i) => !isBlank(a.values[i]), at.filters);
  const want = matchKey(category);
  let total = 0;
  let mine = 0;
  for (const i of rows) {
    const x = amountAt(a, i);
    total += x;
    if (matchKey(c.values[i]) === want) mine += x;
  }
  return ratio(mine, total, "cf.err.zeroTotal", { range: { key: "cf.range.amounts" } });
}

/**
 * Funding gap: planned minus secured, under the filters. A row counts
 * when either amount is filled (a blank counts 0). Negative when more is
 * secured than planned. Errors as budgetShare; no total is needed, so no
 * #DIV/0!.
 */
export function fundingGap(
  planned: Range | CellValue,
  secured: Range | CellValue,
  fs: Filter[] = [],
  at: Addresses = {}
): number {
  const p = column(planned, { name: "cf.range.planned", address: at.main?.[0] });
  const s = column(secured, { name: "cf.range.secured", address: at.main?.[1] });
  const rows = selectRows(
    [p, s],
    fs,
    (i) => !isBlank(p.values[i]) || !isBlank(s.values[i]),
    at.filters
  );
  // Two sums, then the difference: what SUMIFS(planned) - SUMIFS(secured) gives.
  let sumPlanned = 0;
  let sumSecured = 0;
  for (const i of rows) {
    sumPlanned += amountAt(p, i);
    sumSecured += amountAt(s, i);
  }
  return sumPlanned - sumSecured;
}
