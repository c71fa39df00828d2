import { parsePlan, type Plan, type PlanInput } from '../../src/core/model';
import { MALI_NAP_2019_2023 } from '../../src/core/plans/mali-2019-2023';
import { withExampleOperationalPlan } from '../../src/core/plans/example-operational-plan';
import { buildWorkbookPlan } from '../../src/core/template/build';
import type { WorkbookValues } from '../../src/core/template/read';
import { validateWorkbook, type Finding, type Rule } from '../../src/core/validate';
import { TINY_PLAN } from '../fixtures/tiny-plan';
import { setCell, valuesOf } from '../support/values';

const tiny = parsePlan(TINY_PLAN);
const fresh = (plan: Plan = tiny) => valuesOf(buildWorkbookPlan(plan, 'en'));
const rules = (f: Finding[]) => f.map((x) => x.rule);

/** Each rule: a workbook that breaks it (one finding of that rule, at that cell) and one that keeps it. */
const CASES: { rule: Rule; cell?: string; bad: (v: WorkbookValues) => void; good: (v: WorkbookValues) => void }[] = [
  { rule: 'measure.percent', bad: (v) => setCell(v, 'tblIndicators', 'I1', 'Actual 2021', 130), good: (v) => setCell(v, 'tblIndicators', 'I1', 'Actual 2021', 30) },
  { rule: 'measure.percent', bad: (v) => setCell(v, 'tblActions', 'A1', 'Progress (%)', 140), good: (v) => setCell(v, 'tblActions', 'A1', 'Progress (%)', 40) },
  { rule: 'measure.count', bad: (v) => setCell(v, 'tblIndicators', 'I1.1.1', 'Actual 2021', 2.5), good: (v) => setCell(v, 'tblIndicators', 'I1.1.1', 'Actual 2021', 3) },
  {
    rule: 'measure.level',
    bad: (v) => {
      setCell(v, 'tblIndicators', 'I1.1.1', 'Measure', 'Level');
      setCell(v, 'tblIndicators', 'I1.1.1', 'Actual 2021', 7);
    },
    good: (v) => {
      setCell(v, 'tblIndicators', 'I1.1.1', 'Measure', 'Level');
      setCell(v, 'tblIndicators', 'I1.1.1', 'Actual 2021', 2);
    },
  },
  {
    rule: 'measure.yesno',
    bad: (v) => {
      setCell(v, 'tblIndicators', 'I1.1.1', 'Measure', 'Yes/No');
      setCell(v, 'tblIndicators', 'I1.1.1', 'Actual 2021', 2);
    },
    good: (v) => {
      setCell(v, 'tblIndicators', 'I1.1.1', 'Measure', 'Oui/Non');
      setCell(v, 'tblIndicators', 'I1.1.1', 'Actual 2021', 1);
    },
  },
  { rule: 'time.baseline-after-actual', bad: (v) => setCell(v, 'tblIndicators', 'I1', 'Baseline year', 2021), good: (v) => setCell(v, 'tblIndicators', 'I1', 'Baseline year', 2020) },
  { rule: 'time.baseline-after-period', bad: (v) => setCell(v, 'tblIndicators', 'I1.1.1', 'Baseline year', 2030), good: (v) => setCell(v, 'tblIndicators', 'I1.1.1', 'Baseline year', 2018) },
  { rule: 'time.end-target', bad: (v) => setCell(v, 'tblIndicators', 'I1', 'End-of-plan target', 25), good: (v) => setCell(v, 'tblIndicators', 'I1', 'End-of-plan target', 30) },
  {
    rule: 'structure.duplicate-code',
    bad: (v) => {
      setCell(v, 'tblRegions', 'R2', 'Code', 'R1');
      setCell(v, 'tblActions', 'A1', 'Regions', 'R1');
    },
    good: (v) => setCell(v, 'tblActions', 'A1', 'Regions', 'R1'),
  },
  { rule: 'structure.unknown-parent', bad: (v) => setCell(v, 'tblActions', 'A2', 'Output', '9.9.9'), good: (v) => setCell(v, 'tblActions', 'A2', 'Output', '1.1.1') },
  { rule: 'structure.unknown-reference', bad: (v) => setCell(v, 'tblActions', 'A1', 'Partners', 'CSO; NOBODY'), good: (v) => setCell(v, 'tblActions', 'A1', 'Partners', 'CSO; MIN1') },
  { rule: 'money.negative', bad: (v) => setCell(v, 'tblBudget', 'A1', 'Amount secured', -5), good: (v) => setCell(v, 'tblBudget', 'A1', 'Amount secured', 5) },
  { rule: 'money.secured-above-planned', bad: (v) => setCell(v, 'tblBudget', 'A1', 'Amount secured', 2000000), good: (v) => setCell(v, 'tblBudget', 'A1', 'Amount secured', 1000000) },
  { rule: 'money.total', bad: (v) => setCell(v, 'tblActions', 'A1', 'Total budget', 999), good: (v) => setCell(v, 'tblActions', 'A1', 'Total budget', 3500000.5) },
  { rule: 'money.cost', bad: (v) => setCell(v, 'tblBudget', 'A1', 'Quantity', 11), good: (v) => setCell(v, 'tblBudget', 'A1', 'Quantity', 10) },
  { rule: 'status.completed-progress', bad: (v) => setCell(v, 'tblActions', 'A2', 'Progress (%)', 90), good: (v) => setCell(v, 'tblActions', 'A2', 'Progress (%)', 100) },
  {
    rule: 'status.not-started-progress',
    bad: (v) => setCell(v, 'tblActions', 'A1', 'Status', 'Not started'),
    good: (v) => {
      setCell(v, 'tblActions', 'A1', 'Status', 'Not started');
      setCell(v, 'tblActions', 'A1', 'Progress (%)', 0);
    },
  },
  { rule: 'not-a-number', bad: (v) => setCell(v, 'tblIndicators', 'I1', 'Actual 2022', 'twelve'), good: (v) => setCell(v, 'tblIndicators', 'I1', 'Actual 2022', '12,5') },
  { rule: 'excel-error', bad: (v) => setCell(v, 'tblBudget', 'A1', 'Amount planned', '#N/A'), good: (v) => setCell(v, 'tblBudget', 'A1', 'Amount planned', 1000000) },
  { rule: 'unknown-label', bad: (v) => setCell(v, 'tblActions', 'A1', 'Status', 'Finished-ish'), good: (v) => setCell(v, 'tblActions', 'A1', 'Status', 'En cours') },
];

describe('validation rules, each failing and passing', () => {
  test('the tiny plan as written has no finding', () => {
    expect(validateWorkbook(fresh())).toEqual([]);
  });

  test.each(CASES.map((c) => [c.rule, c] as const))('%s', (rule, c) => {
    const bad = fresh();
    c.bad(bad);
    const found = validateWorkbook(bad);
    expect(rules(found)).toEqual([rule]);
    expect(found[0].cell).toMatch(/^[A-Z]+\d+$/);
    expect(found[0].message).toMatch(new RegExp(`^${found[0].sheet}!${found[0].cell}: `));
    const good = fresh();
    c.good(good);
    expect(validateWorkbook(good)).toEqual([]);
  });

  test('outliers (DHIS2): far from the other years is a warning; a comment acknowledges it', () => {
    const plan: PlanInput = {
      ...TINY_PLAN,
      period: { start: 2016, end: 2023 },
      indicators: [
        {
          ...TINY_PLAN.indicators![1],
          actuals: [10, 11, 10, 12, 11, 10, 95].map((value, i) => ({ year: 2016 + i, value })),
        },
      ],
    };
    const v = fresh(parsePlan({ ...plan, indicators: [{ ...plan.indicators![0], comment: undefined }] }));
    const found = validateWorkbook(v);
    expect(rules(found)).toEqual(['outlier.zscore']);
    expect(found[0].severity).toBe('warning');
    expect(found[0].acknowledged).toBeUndefined();
    const within = fresh(parsePlan({ ...plan, indicators: [{ ...plan.indicators![0], actuals: [10, 11, 10, 12, 11, 10, 12].map((value, i) => ({ year: 2016 + i, value })) }] }));
    expect(validateWorkbook(within)).toEqual([]);
    const range = fresh(parsePlan({ ...plan, indicators: [{ ...plan.indicators![0], actuals: [10, 12, 10, 12, 11, 10, 13].map((value, i) => ({ year: 2016 + i, value })) }] }));
    expect(rules(validateWorkbook(range))).toEqual(['outlier.range']);
    setCell(v, 'tblIndicators', 'I1.1.1', 'Comment', 'New national survey in 2022');
    expect(validateWorkbook(v)[0].acknowledged).toBe(true);
  });

  test('messages in French say what is wrong and what would be right', () => {
    const v = valuesOf(buildWorkbookPlan(tiny, 'fr'));
    setCell(v, 'tblIndicators', 'I1', 'Réalisé 2021', 130);
    expect(validateWorkbook(v, 'fr')[0].message).toBe('Indicateurs!Q2: 130 n’est pas un pourcentage : saisissez un nombre de 0 à 100');
  });
});

describe('structure', () => {
  test('a renamed, a moved and a deleted column: the missing one is named, moving is fine', () => {
    const moved = fresh();
    const a = moved.tblActions!;
    a.values = a.values.map((r) => [...r.slice(1), r[0]]);
    expect(validateWorkbook(moved)).toEqual([]);
    const renamed = fresh();
    renamed.tblBudget!.values[0][renamed.tblBudget!.values[0].indexOf('Amount planned')] = 'Money';
    const f = validateWorkbook(renamed);
    expect(f.map((x) => [x.rule, x.message])).toEqual([['structure', 'the table tblBudget has no column "Amount planned" (it may have been renamed or deleted)']]);
    const deleted = fresh();
    delete deleted.tblStakeholders;
    expect(validateWorkbook(deleted).map((x) => x.rule)).toContain('structure');
  });

  test('blank rows inside tables are ignored; extra sheets and columns are fine', () => {
    const v = fresh();
    const a = v.tblActions!;
    a.values.splice(2, 0, a.values[0].map(() => null));
    a.values[0].push('My notes');
    a.values.slice(1).forEach((r) => r.push('x'));
    expect(validateWorkbook(v)).toEqual([]);
  });

  test('a workbook that is not a NAP workbook is one clear error', () => {
    const f = validateWorkbook({ Table1: { sheet: 'Sheet1', row: 0, col: 0, values: [['a'], [1]] } });
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/is not a NAP 1325 workbook/);
  });

  test('the strategic framework exactly as the source prints it gives the duplicate-code findings and nothing else', () => {
    const mali = parsePlan(MALI_NAP_2019_2023);
    const printed = (code: string) => mali.outputs.find((o) => o.code === code)?.codeAsPrinted ?? code;
    const v = fresh(mali);
    const fw = v.tblFramework!;
    const codeCol = fw.values[0].indexOf('Code');
    fw.values.slice(1).forEach((r) => (r[codeCol] = printed(String(r[codeCol]))));
    const ind = v.tblIndicators!;
    const parentCol = ind.values[0].indexOf('Parent');
    ind.values.slice(1).forEach((r) => (r[parentCol] = printed(String(r[parentCol]))));
    const f = validateWorkbook(v);
    expect(new Set(rules(f))).toEqual(new Set(['structure.duplicate-code']));
    expect(f.map((x) => x.key).sort()).toEqual(['3.2.1', '3.2.2', '4.2.1', '4.2.2']);
    // As shipped (codes derived from the parent, printed codes kept aside), nothing at all.
    expect(validateWorkbook(fresh(withExampleOperationalPlan(mali)))).toEqual([]);
  });
});
