/**
 * Issue 14's national workbook of value rows, generated once for
 * bench/values.js and test/office/values-size.test.ts: for each of a plan's
 * indicators, a tblValues row for each of the given years, quarter, sex
 * (women, men: "femmes", "hommes") and region ("femmes; KAY"), the values
 * steady over the years (a steady rise, different in each series: no
 * outlier), deterministic. The indicators become quarterly and declare sex
 * and region, so the check flags none of the rows. The Mali plan's 63
 * indicators × 5 years × 4 quarters × 2 sexes × 11 regions make 27,720 rows.
 *
 * Plain JavaScript (types in values-rows.d.ts): the bench runs under plain
 * node over dist/, which holds no test code, and the tests import it as any
 * other support file.
 */
const SEXES = ["femmes", "hommes"];
const QUARTERS = ["Q1", "Q2", "Q3", "Q4"];

/** The rows of `plan` (parsed) for `years`, and its indicators made quarterly by sex and region. */
function nationalValues(plan, years) {
  const values = [];
  for (const ind of plan.indicators)
    for (const [j, year] of years.entries())
      for (const [q, period] of QUARTERS.entries())
        for (const [s, sex] of SEXES.entries())
          for (const [r, region] of plan.regions.entries())
            values.push({
              indicator: ind.code,
              year,
              period,
              breakdown: `${sex}; ${region.code}`,
              // A steady rise over the years (no outlier), different in each series.
              value: 10 + j * 3 + q + s + (r % 3),
            });
  const indicators = plan.indicators.map((i) => ({
    ...i,
    disaggregation: ["sex", "region"],
    frequency: "quarterly",
  }));
  return { indicators, values };
}

module.exports = { SEXES, nationalValues };
